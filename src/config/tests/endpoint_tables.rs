//! `[tunnel.ngrok.endpoints.NAME]`: inheritance, session options refused, errors naming the endpoint.

use super::World;
use crate::config::*;

const THREE: &str = r#"[tunnel]
local_addr = 8080
[tunnel.ngrok]
basic_auth = "alice:wonderland1"
metadata = "team-a"
[tunnel.ngrok.endpoints.api]
local_addr = 9000
basic_auth = []
traffic_policy = { on_http_request = [{ actions = [{ type = "deny", config = { status_code = 418 } }] }] }
[tunnel.ngrok.endpoints.ssh]
url = "tcp://"
local_addr = 22
"#;

#[test]
fn tables_inherit_what_they_do_not_set() {
    let c = World::new().text(THREE).unwrap().config;
    assert_eq!(c.endpoint, DEFAULT_ENDPOINT);
    assert_eq!(c.basic_auth.len(), 1);
    let names: Vec<&str> = c.endpoints.iter().map(|e| e.endpoint.as_str()).collect();
    assert_eq!(names, ["api", "ssh"], "name order");
    let (api, ssh) = (&c.endpoints[0], &c.endpoints[1]);
    assert!(api.basic_auth.is_empty(), "an empty list clears the inherited one");
    assert_eq!(api.local_addr.port, 9000);
    assert_eq!(api.metadata.as_deref(), Some("team-a"), "inherited");
    assert!(api.policy.is_some() && api.traffic_policy_inline);
    assert_eq!(ssh.proto, Proto::Tcp);
    assert!(ssh.basic_auth.is_empty(), "a tcp endpoint does not inherit http-only keys");
    assert_eq!(ssh.local_addr.port, 22);
    assert!(c.endpoints.iter().all(|e| e.endpoints.is_empty()));
}

#[test]
fn session_options_and_bad_values_in_a_table_name_the_endpoint() {
    let err = World::new().error(
        "[tunnel.ngrok]\n[tunnel.ngrok.endpoints.api]\nauthtoken = \"x\"\ndomain = \"a.example.com\"\ncircuit_breaker = 3.0\nfrobnicate = 1\n[tunnel.ngrok.endpoints.Bad]\n",
    );
    for want in [
        "c.toml:3:1: [tunnel.ngrok.endpoints.api] authtoken: is a session option, shared by every endpoint of the session; move it to [tunnel.ngrok]",
        "c.toml:4:1: [tunnel.ngrok.endpoints.api] domain: is deprecated by ngrok and not taken in an endpoint table; write url",
        "c.toml:5:19: [tunnel.ngrok.endpoints.api] circuit_breaker: is 3",
        "[tunnel.ngrok.endpoints.api] frobnicate: unknown key",
        "[tunnel.ngrok.endpoints.Bad]: \"Bad\" is not an endpoint name",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
}

#[test]
fn two_endpoints_on_one_url_must_both_pool() {
    let text = "[tunnel.ngrok]\nurl = \"https://a.example.com\"\n[tunnel.ngrok.endpoints.b]\nurl = \"https://a.example.com\"\n";
    let err = World::new().error(text);
    assert!(
        err.contains(
            "c.toml:3:25: [tunnel.ngrok.endpoints.b]: has the url https://a.example.com of endpoint \"default\" too"
        ),
        "{err}"
    );
    let pooled = text.replace("\n[", "\npooling_enabled = true\n[") + "pooling_enabled = true\n";
    assert_eq!(World::new().text(&pooled).unwrap().config.endpoints.len(), 1);
}
