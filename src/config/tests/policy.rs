//! The policy keys through `load_in`: files relative to the config file, the flag relative to
//! the current directory and replacing the keys, generated rules before the user's, secrets.

use std::path::PathBuf;

use super::World;
use crate::config::*;

const YAML: &str = "on_http_request:\n  - name: mine\n    actions:\n      - type: deny\n";

fn names(c: &TunnelConfig) -> Vec<String> {
    let p = c.policy.as_ref().expect("a policy");
    p.on_http_request.iter().filter_map(|r| r.name.clone()).collect()
}

#[test]
fn a_policy_file_is_relative_to_the_config_file_and_follows_the_generated_rules() {
    let world = World::new();
    world.write("conf/policies/p.yml", YAML);
    let cfg = world.write(
        "conf/c.toml",
        "[tunnel.ngrok]\nbasic_auth = \"a:password1\"\ntraffic_policy_file = \"policies/p.yml\"\n",
    );
    let c = world.load(Some(cfg), TunnelFlags::default()).unwrap().config;
    assert_eq!(names(&c), ["prx-tunnel basic_auth", "mine"]);
    assert_eq!(c.traffic_policy_file, Some(world.dir.path().join("conf/policies/p.yml")));
    assert!(c.secrets().iter().any(|s| s.expose() == "password1"));
}

#[test]
fn the_flag_replaces_both_keys() {
    let world = World::new();
    let flag_file =
        world.write("flag.json", r#"{"on_http_request": [{"name": "from-flag", "actions": [{"type": "deny"}]}]}"#);
    let text = "[tunnel.ngrok]\ntraffic_policy = { on_http_request = [{ name = \"inline\", actions = [{ type = \"deny\" }] }] }\n";
    let flags = TunnelFlags { traffic_policy_file: Some(flag_file), ..Default::default() };
    let c = world.text_flags(text, flags).unwrap().config;
    assert_eq!(names(&c), ["from-flag"]);
    assert!(!c.traffic_policy_inline);
}

#[test]
fn inline_policy_secrets_are_collected_and_cel_kept() {
    let world = World::new().var("PW", "policy-password-9");
    let text = "[tunnel.ngrok]\n[[tunnel.ngrok.traffic_policy.on_http_request]]\nactions = [{ type = \"basic-auth\", config = { credentials = [\"carol:${PW}\"] } }]\n[[tunnel.ngrok.traffic_policy.on_http_request]]\nactions = [{ type = \"custom-response\", config = { body = \"${req.url.path}\" } }]\n";
    let c = world.text(text).unwrap().config;
    assert!(c.traffic_policy_inline);
    let secrets: Vec<String> = c.secrets().iter().map(|s| s.expose().to_owned()).collect();
    assert!(secrets.contains(&"policy-password-9".to_owned()), "{secrets:?}");
    let p = c.policy.unwrap();
    assert_eq!(p.on_http_request[1].actions[0].config.as_ref().unwrap()["body"], "${req.url.path}");
}

#[test]
fn no_policy_keys_no_policy() {
    let c = World::new().text("[tunnel.ngrok]\nregion = \"eu\"\n").unwrap().config;
    assert!(c.policy.is_none());
    let missing: PathBuf = World::new().dir.path().join("none.yml");
    let err = World::new()
        .error_flags("[tunnel.ngrok]\n", TunnelFlags { traffic_policy_file: Some(missing), ..Default::default() });
    assert!(err.contains("--traffic-policy-file") && err.contains("cannot read"), "{err}");
}
