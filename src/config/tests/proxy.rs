//! `proxy_url` and the proxy environment at load time.

use super::*;

#[test]
fn proxy_url_is_validated_masked_and_chosen() {
    let world = World::new().var("HTTPS_PROXY", "http://env-proxy:3128");
    let c = world.text("[tunnel.ngrok]\nproxy_url = \"socks5://bob:sEcReT-pw@10.0.0.1:1080\"\n").unwrap().config;
    assert_eq!(c.proxy.reason, "proxy_url in [tunnel.ngrok]");
    assert_eq!(c.proxy.proxy.as_ref().unwrap().masked(), "socks5://bob:********@10.0.0.1:1080");
    assert!(c.secrets().iter().any(|s| s.expose() == "sEcReT-pw"), "the password is masked everywhere");
    assert!(!toml::to_string(&c).unwrap().contains("sEcReT-pw"));

    let err = world.error("[tunnel.ngrok]\nproxy_url = \"gopher://bob:sEcReT-pw@h:70\"\n");
    assert!(err.contains("[tunnel.ngrok] proxy_url") && err.contains("c.toml:2"), "{err}");
    assert!(err.contains("use http://, https:// or socks5://") && !err.contains("sEcReT-pw"), "{err}");
}

#[test]
fn the_environment_applies_when_proxy_url_is_unset_unless_no_proxy_matches() {
    let text = "[tunnel.ngrok]\nserver_addr = \"connect.example.net:443\"\n";
    let world = World::new().var("ALL_PROXY", "socks5://p:1080");
    let c = world.text(text).unwrap().config;
    assert_eq!(c.proxy.reason, "ALL_PROXY from the environment");
    let world = world.var("no_proxy", "example.net");
    let c = world.text(text).unwrap().config;
    assert!(c.proxy.proxy.is_none(), "{}", c.proxy.reason);
    let err = World::new().var("https_proxy", "socks4://p:1").text(text).unwrap_err();
    assert_eq!(exit_code(&err), Exit::Usage);
    assert!(format!("{err:#}").contains("https_proxy"), "{err:#}");
}

#[cfg(unix)]
#[test]
fn only_a_proxy_url_with_a_password_counts_as_a_literal_secret() {
    use std::os::unix::fs::PermissionsExt;
    let world = World::new();
    for (text, warns) in [("proxy_url = \"http://p:3128\"", false), ("proxy_url = \"http://u:pw-1234@p:3128\"", true)] {
        let path = world.write("p.toml", &format!("[tunnel.ngrok]\n{text}\n"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let warnings = world.load(Some(path), TunnelFlags::default()).unwrap().warnings;
        assert_eq!(warnings.iter().any(|w| w.contains("holds a secret (proxy_url)")), warns, "{text}: {warnings:?}");
    }
}
