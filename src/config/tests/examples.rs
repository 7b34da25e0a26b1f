//! Every file in examples/ loads, with the values it says.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::World;
use crate::config::*;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn example_world() -> World {
    World::new()
        .var("NGROK_AUTHTOKEN", "tok-from-env-1234")
        .var("NGROK_API_KEY", "key-from-env-5678")
        .var("PRX_TUNNEL_PASSWORD", "a-long-password")
}

#[test]
fn every_example_loads() {
    let world = example_world();
    let mut seen = 0;
    for entry in std::fs::read_dir(examples()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let loaded = world
                .load(Some(path.clone()), TunnelFlags::default())
                .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
            assert_eq!(loaded.source.as_deref(), Some(path.as_path()));
            seen += 1;
        }
    }
    assert!(seen >= 5, "only {seen} examples");
}

#[test]
fn example_basic() {
    let loaded = example_world().load(Some(examples().join("ngrok-basic.toml")), TunnelFlags::default()).unwrap();
    let c = &loaded.config;
    assert_eq!(c.local_addr.to_string(), "http://127.0.0.1:8080");
    assert_eq!((c.region, c.region_explicit, c.mode, c.proto), (Region::Us, true, Mode::Sdk, Proto::Http));
    // authtoken = "" means "not here": NGROK_AUTHTOKEN is used.
    assert_eq!(c.authtoken.as_ref().unwrap().expose(), "tok-from-env-1234");
    assert_eq!(c.authtoken_source.as_deref(), Some("NGROK_AUTHTOKEN"));
    assert!(c.inspect && !c.compression && c.domain.is_none());
    assert_eq!(c.startup_timeout, Duration::from_secs(30));
}

#[test]
fn example_custom_and_reserved_domain() {
    let world = example_world();
    let c = world.load(Some(examples().join("ngrok-custom-domain.toml")), TunnelFlags::default()).unwrap().config;
    assert_eq!(c.domain.as_deref(), Some("agent.example.com"));
    assert_eq!(c.authtoken.unwrap().expose(), "tok-from-env-1234");
    assert!(c.authtoken_source.unwrap().starts_with("config file "));
    let c = world.load(Some(examples().join("ngrok-reserved-domain.toml")), TunnelFlags::default()).unwrap().config;
    assert_eq!(c.effective_domain().as_deref(), Some("example-agent.ngrok-free.app"));
    assert_eq!(c.local_addr, LocalAddr::default());
    assert!(!c.region_explicit);
}

#[test]
fn example_full_prx_config() {
    let c = example_world().load(Some(examples().join("prx-full.toml")), TunnelFlags::default()).unwrap().config;
    assert_eq!(c.api_key.as_ref().unwrap().expose(), "key-from-env-5678");
    assert_eq!((c.region, c.inspect, c.compression, c.log_level), (Region::Eu, false, true, LogLevel::Info));
    assert_eq!(c.basic_auth, vec![BasicAuth { username: "admin".into(), password: Secret::new("a-long-password") }]);
    assert_eq!(c.allow_cidrs.iter().map(ToString::to_string).collect::<Vec<_>>(), ["203.0.113.0/24", "2001:db8::/32"]);
    assert_eq!(c.deny_cidrs[0].to_string(), "203.0.113.66/32");
    assert_eq!((c.circuit_breaker, c.metadata.as_deref()), (Some(0.5), Some("prx-agent")));
    assert_eq!(c.server_addr.as_deref(), Some("connect.eu.ngrok-agent.com:443"));
    assert_eq!(c.root_cas, Some(RootCas::Trusted));
    assert_eq!(c.ngrok_path.as_deref(), Some(Path::new("ngrok")));
    assert_eq!(
        (c.heartbeat_interval, c.heartbeat_tolerance),
        (Some(Duration::from_secs(10)), Some(Duration::from_secs(15)))
    );
}

#[test]
fn example_cli_mode() {
    let c = example_world().load(Some(examples().join("cli-mode.toml")), TunnelFlags::default()).unwrap().config;
    assert_eq!((c.mode, c.log_level, c.region), (Mode::Cli, LogLevel::Warn, Region::Eu));
    assert_eq!(c.local_addr.host_port(), "127.0.0.1:3000");
    assert_eq!(c.basic_auth[0].password.expose(), "a-long-password");
    assert_eq!(c.startup_timeout, Duration::from_secs(20));
}

#[test]
fn example_traffic_policy() {
    let c = example_world().load(Some(examples().join("traffic-policy.toml")), TunnelFlags::default()).unwrap().config;
    let policy = c.policy.expect("an effective policy");
    let names: Vec<_> = policy.on_http_request.iter().filter_map(|r| r.name.as_deref()).collect();
    assert_eq!(names, ["no admin pages from outside", "100 requests a minute per client"]);
    let response: Vec<_> = policy.on_http_response.iter().map(|r| r.actions[0].kind.as_str()).collect();
    assert_eq!(response, ["compress-response", "remove-headers", "add-headers"], "generated rules first");
    let body = &policy.on_http_request[0].actions[0].config.as_ref().unwrap()["body"];
    assert_eq!(body, "${req.url.path} is only served inside the office network", "CEL interpolation kept");
}

#[test]
fn example_multi_endpoint() {
    let c = example_world().load(Some(examples().join("multi-endpoint.toml")), TunnelFlags::default()).unwrap().config;
    assert_eq!((c.endpoint.as_str(), c.basic_auth.len()), (DEFAULT_ENDPOINT, 1));
    let names: Vec<&str> = c.endpoints.iter().map(|e| e.endpoint.as_str()).collect();
    assert_eq!(names, ["hooks", "ssh"]);
    let (hooks, ssh) = (&c.endpoints[0], &c.endpoints[1]);
    assert!(hooks.basic_auth.is_empty() && hooks.policy.is_some());
    assert_eq!((hooks.local_addr.port, hooks.metadata.as_deref()), (9000, Some("webhook receiver")));
    assert_eq!((ssh.proto, ssh.local_addr.port), (Proto::Tcp, 22));
}
