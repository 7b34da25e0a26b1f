//! Secrets: where the authtoken comes from, and that no secret is ever shown.

use super::World;
use crate::config::*;

#[test]
fn authtoken_fallbacks_in_order() {
    let world = World::new();
    world.write("config/ngrok/ngrok.yml", "version: \"3\"\nagent:\n  authtoken: tok-from-agent-yml\n");
    let c = world.text("[tunnel]\n").unwrap().config;
    assert_eq!(c.authtoken.unwrap().expose(), "tok-from-agent-yml");
    assert!(c.authtoken_source.unwrap().starts_with("ngrok agent config "));
    let world = world.var("NGROK_AUTHTOKEN", "tok-from-env");
    let c = world.text("[tunnel]\n").unwrap().config;
    assert_eq!(
        (c.authtoken.unwrap().expose(), c.authtoken_source.unwrap().as_str()),
        ("tok-from-env", "NGROK_AUTHTOKEN")
    );
    let c = world.text("[tunnel.ngrok]\nauthtoken = \"tok-in-file\"\n").unwrap().config;
    assert_eq!(c.authtoken.unwrap().expose(), "tok-in-file");
    assert!(c.authtoken_source.unwrap().contains("c.toml"));
}

#[test]
fn secrets_never_appear_in_errors_or_warnings() {
    const TOKEN: &str = "2sEcReTtOkEnVaLuE";
    const PASSWORD: &str = "pAsSwOrDsEcReT";
    let world = World::new().var("T", TOKEN);
    for text in [
        format!("[tunnel.ngrok]\nauthtoken = {TOKEN}\n"),
        format!("[tunnel.ngrok]\nauthtoken = \"{TOKEN}\nregion = 1\n"),
        format!("[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\nauthtoken = \"{TOKEN}\"\n"),
        format!("[tunnel.ngrok]\nauthtoken = [\"{TOKEN}\"]\napi_key = {{ k = \"{TOKEN}\" }}\n"),
        format!("[tunnel]\nauthtoken = \"{TOKEN}\"\n"),
        format!(
            "[tunnel.ngrok]\nbasic_auth = [\"{PASSWORD}\", \"u:{PASSWORD}x\", \":{PASSWORD}\", \"u:{}\"]\n",
            &PASSWORD[..6]
        ),
        format!("[tunnel.ngrok]\nbasic_auth = \"u${{{TOKEN}\"\n"),
        "[tunnel.ngrok]\nbasic_auth = [\"u:${T}\", \"${T}\"]\nregion = \"x\"\n".to_owned(),
    ] {
        let err = world.error(&text);
        assert!(
            !err.contains(TOKEN) && !err.contains(PASSWORD) && !err.contains(&PASSWORD[..6]),
            "secret leaked:\n{err}"
        );
    }
}

#[cfg(unix)]
#[test]
fn world_readable_file_with_a_secret_warns() {
    use std::os::unix::fs::PermissionsExt;
    let world = World::new();
    let path = world.write("c.toml", "[tunnel.ngrok]\nauthtoken = \"tok-literal-secret\"\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let loaded = world.load(Some(path.clone()), TunnelFlags::default()).unwrap();
    let shown = path.display();
    assert_eq!(
        loaded.warnings,
        [format!("{shown} is readable by other users and holds a secret (authtoken); run: chmod 600 {shown}")]
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(world.load(Some(path.clone()), TunnelFlags::default()).unwrap().warnings.is_empty());
    let inline = "[tunnel.ngrok]\ntraffic_policy = { on_http_request = [{ actions = [{ type = \"basic-auth\", config = { credentials = [\"carol:policy-password\"] } }] }] }\n";
    let path = world.write("policy.toml", inline);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let warnings = world.load(Some(path.clone()), TunnelFlags::default()).unwrap().warnings;
    assert!(warnings.iter().any(|w| w.contains("holds a secret (traffic_policy)")), "{warnings:?}");
    let world = world.var("NGROK_AUTHTOKEN", "x1234");
    let path = world.write("ref.toml", "[tunnel.ngrok]\nauthtoken = \"${NGROK_AUTHTOKEN}\"\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(world.load(Some(path), TunnelFlags::default()).unwrap().warnings.is_empty());
}

#[test]
fn serialized_config_masks_secrets_and_is_valid_toml() {
    let world = World::new().var("NGROK_API_KEY", "api-key-secret");
    let c = world
        .text("[tunnel.ngrok]\nauthtoken = \"tok-secret-value\"\napi_key = \"${NGROK_API_KEY}\"\nbasic_auth = \"bob:password-secret\"\nheartbeat_interval = 20\nip_restrictions = [\"10.0.0.0/8\"]\n")
        .unwrap()
        .config;
    let text = toml::to_string(&serde_json::json!({ "tunnel": &c })).unwrap();
    for secret in c.secrets() {
        assert!(!text.contains(secret.expose()), "{text}");
    }
    assert!(text.contains("authtoken = \"********\"") && text.contains("heartbeat_interval = \"20s\""), "{text}");
    assert!(
        text.contains("startup_timeout = \"30s\"") && text.contains("local_addr = \"http://127.0.0.1:8080\""),
        "{text}"
    );
    let json = serde_json::to_string(&c).unwrap();
    assert!(!json.contains("secret") && json.contains("bob"), "{json}");
    let secrets: Vec<String> = c.secrets().iter().map(|s| s.expose().to_owned()).collect();
    assert!(
        secrets.contains(&"tok-secret-value".into())
            && secrets.contains(&"api-key-secret".into())
            && secrets.contains(&"password-secret".into())
    );
}
