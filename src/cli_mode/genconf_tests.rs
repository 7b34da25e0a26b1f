//! The generated agent config per agent version, and reading the user's config.

use super::*;
use crate::cli_mode::TUNNEL_NAME;
use crate::cli_mode::test_support::{agent, cfg};
use crate::cli_mode::userconf::UserConfig;
use crate::config::BasicAuth;

fn doc(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

/// The last v3 agent that reads only `tunnels:`.
fn tunnels_agent() -> Agent {
    Agent { version: "3.15.0".into(), ..agent(Major::V3) }
}

fn full() -> TunnelConfig {
    let mut c = cfg();
    c.authtoken = Some(Secret::new("2tokTOKENtok"));
    c.server_addr = Some("127.0.0.1:4443".into());
    c.ca_cert = Some("/tmp/ca.pem".into());
    c.heartbeat_interval = Some(Duration::from_secs(5));
    c.heartbeat_tolerance = Some(Duration::from_millis(1500));
    c.metadata = Some("{\"team\": \"x\"}".into());
    c.domain = Some("app.example.test".into());
    c.basic_auth = vec![BasicAuth { username: "alice".into(), password: Secret::new("wonderland1") }];
    c.inspect = true;
    c
}

#[test]
fn v2_agent_gets_v2_spellings_and_the_token_in_the_file() {
    let y = doc(&yaml(&full(), &agent(Major::V2), &[], None, true).unwrap());
    assert_eq!(y.get("version"), None, "2.3.41 has no version key");
    assert_eq!(y["authtoken"], Value::from("2tokTOKENtok"));
    assert_eq!(y["server_addr"], Value::from("127.0.0.1:4443"));
    assert_eq!(y["root_cas"], Value::from("/tmp/ca.pem"));
    assert_eq!(y["heartbeat_interval"], Value::from("5s"));
    assert_eq!(y["heartbeat_tolerance"], Value::from("1500ms"));
    assert_eq!((y["update_check"].clone(), y["console_ui"].clone()), (Value::from(false), Value::from(false)));
    assert_eq!(y.get("web_addr"), None, "the agent's default (4040, then alternatives) is kept");
    let t = &y["tunnels"][TUNNEL_NAME];
    assert_eq!(t["proto"], Value::from("http"));
    assert_eq!(t["addr"], Value::from("127.0.0.1:8080"));
    assert_eq!(t["inspect"], Value::from(true));
    assert_eq!(t["bind_tls"], Value::from(true));
    assert_eq!(t["hostname"], Value::from("app.example.test"));
    assert_eq!(t["auth"], Value::from("alice:wonderland1"));
    assert_eq!(t["metadata"], Value::from("{\"team\": \"x\"}"));
    assert_eq!(y["metadata"], Value::from("{\"team\": \"x\"}"));
}

#[test]
fn v3_agent_before_3_16_gets_a_version_2_file_without_the_token() {
    let mut c = full();
    c.allow_cidrs = vec!["10.0.0.0/8".parse().unwrap()];
    c.deny_cidrs = vec!["10.1.2.3/32".parse().unwrap()];
    c.circuit_breaker = Some(0.25);
    c.compression = true;
    c.basic_auth.push(BasicAuth { username: "bob".into(), password: Secret::new("builder123") });
    c.policy = crate::policy::effective(&c.seeds(), None).0;
    let y = doc(&yaml(&c, &tunnels_agent(), &[], None, true).unwrap());
    assert_eq!(y["version"], Value::from("2"));
    assert_eq!(y.get("authtoken"), None, "v3 gets it through NGROK_AUTHTOKEN");
    let t = &y["tunnels"][TUNNEL_NAME];
    assert_eq!(t["domain"], Value::from("app.example.test"));
    assert_eq!(t.get("bind_tls"), None);
    for deprecated in ["basic_auth", "ip_restriction", "circuit_breaker", "compression", "policy"] {
        assert_eq!(t.get(deprecated), None, "{deprecated} is delivered as policy, not as the deprecated option");
    }
    let p = &t["traffic_policy"];
    let actions = |phase: &str| -> Vec<String> {
        p[phase].as_sequence().unwrap().iter().map(|r| r["actions"][0]["type"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(actions("inbound"), ["restrict-ips", "basic-auth", "circuit-breaker"]);
    assert_eq!(actions("outbound"), ["compress-response"]);
    assert_eq!(p["inbound"][1]["actions"][0]["config"]["credentials"], doc("[alice:wonderland1, bob:builder123]"));
    assert_eq!(p["inbound"][0]["actions"][0]["config"]["deny"], doc("[10.1.2.3/32]"));
    let masked = yaml(&c, &tunnels_agent(), &[], None, false).unwrap();
    assert!(masked.contains("alice:********") && !masked.contains("wonderland1"), "{masked}");
}

#[test]
fn older_v3_agents_get_the_policy_under_their_own_field_and_phases() {
    let mut c = full();
    c.compression = true;
    c.policy = crate::policy::effective(&c.seeds(), None).0;
    let old = Agent { version: "3.13.2".into(), ..agent(Major::V3) };
    let y = doc(&yaml(&c, &old, &[], None, true).unwrap());
    let t = &y["tunnels"][TUNNEL_NAME];
    assert_eq!(t.get("traffic_policy"), None);
    assert_eq!(t["policy"]["inbound"][0]["actions"][0]["type"], Value::from("basic-auth"));
    assert_eq!(t["policy"]["outbound"][0]["actions"][0]["type"], Value::from("compress-response"));
    let mid = Agent { version: "3.14.0".into(), ..agent(Major::V3) };
    let y = doc(&yaml(&c, &mid, &[], None, true).unwrap());
    assert!(y["tunnels"][TUNNEL_NAME]["traffic_policy"].get("inbound").is_some());
}

#[test]
fn v3_before_3_16_follows_a_version_3_user_config_and_overrides_its_token() {
    let user = UserConfig { path: "/u/ngrok.yml".into(), format3: true, authtoken: Some("theirs".into()) };
    let y = doc(&yaml(&full(), &tunnels_agent(), std::slice::from_ref(&user), None, true).unwrap());
    assert!(y["tunnels"].get(TUNNEL_NAME).is_some());
    assert_eq!(y["version"], Value::from(3));
    let a = &y["agent"];
    assert_eq!(
        (a["connect_url"].clone(), a["connect_cas"].clone()),
        (Value::from("127.0.0.1:4443"), Value::from("/tmp/ca.pem"))
    );
    assert_eq!(a["authtoken"], Value::from("2tokTOKENtok"), "ours must win over the user's");
    assert_eq!(y.get("server_addr"), None);
    let same = UserConfig { authtoken: Some("2tokTOKENtok".into()), ..user };
    let y = doc(&yaml(&full(), &tunnels_agent(), &[same], None, true).unwrap());
    assert_eq!(y["agent"].get("authtoken"), None, "the same token needs no copy on disk");
}

#[test]
fn masked_for_plans() {
    let text = yaml(&full(), &agent(Major::V2), &[], None, false).unwrap();
    assert!(!text.contains("2tokTOKENtok") && !text.contains("wonderland1"), "{text}");
    assert!(text.contains("alice:********"), "{text}");
}

#[test]
fn subdomain_tcp_region_root_cas_and_pinned_web_addr() {
    let mut c = cfg();
    c.subdomain = Some("demo".into());
    c.region = crate::config::Region::Eu;
    c.region_explicit = true;
    c.root_cas = Some(RootCas::Host);
    let y = doc(&yaml(&c, &agent(Major::V2), &[], Some("127.0.0.1:4999"), true).unwrap());
    assert_eq!(y["tunnels"][TUNNEL_NAME]["subdomain"], Value::from("demo"));
    assert_eq!((y["region"].clone(), y["root_cas"].clone()), (Value::from("eu"), Value::from("host")));
    assert_eq!(y["web_addr"], Value::from("127.0.0.1:4999"));
    let mut t = cfg();
    t.proto = Proto::Tcp;
    t.local_addr = "tcp://127.0.0.1:22".parse().unwrap();
    t.allow_cidrs = vec!["127.0.0.1/32".parse().unwrap()];
    let y = doc(&yaml(&t, &tunnels_agent(), &[], None, true).unwrap());
    let tun = &y["tunnels"][TUNNEL_NAME];
    assert_eq!((tun["proto"].clone(), tun["addr"].clone()), (Value::from("tcp"), Value::from("127.0.0.1:22")));
    assert_eq!(tun.get("traffic_policy"), None, "no policy was built for this hand-made config");
    let mut s = cfg();
    s.local_addr = "https://localhost:8443".parse().unwrap();
    let y = doc(&yaml(&s, &tunnels_agent(), &[], None, true).unwrap());
    assert_eq!(y["tunnels"][TUNNEL_NAME]["addr"], Value::from("https://localhost:8443"));
}

#[test]
fn current_agents_get_version_3_with_agent_and_endpoints() {
    let mut c = full();
    c.compression = true;
    c.inspect = false;
    c.policy = crate::policy::effective(&c.seeds(), None).0;
    let current = Agent { version: "3.39.10".into(), ..agent(Major::V3) };
    let user = UserConfig { path: "/u/ngrok.yml".into(), format3: false, authtoken: Some("2tokTOKENtok".into()) };
    let y = doc(&yaml(&c, &current, &[user], Some("127.0.0.1:4999"), true).unwrap());
    assert_eq!(y["version"], Value::from(3), "even after a user's version 2 file");
    assert_eq!(y.get("tunnels"), None);
    let a = &y["agent"];
    assert_eq!(a.get("authtoken"), None, "the token goes through NGROK_AUTHTOKEN");
    assert_eq!(a["connect_url"], Value::from("127.0.0.1:4443"));
    assert_eq!(a["connect_cas"], Value::from("/tmp/ca.pem"));
    assert_eq!(a["heartbeat_tolerance"], Value::from("1500ms"));
    assert_eq!(a["web_addr"], Value::from("127.0.0.1:4999"));
    assert_eq!(a["inspect_db_size"], Value::from(-1), "inspect = false");
    let list = y["endpoints"].as_sequence().unwrap();
    assert_eq!(list.len(), 1);
    let e = &list[0];
    assert_eq!(e["name"], Value::from(TUNNEL_NAME));
    assert_eq!(e["url"], Value::from("https://app.example.test"));
    assert_eq!(e["upstream"], doc("{url: 'http://127.0.0.1:8080'}"));
    assert_eq!(e["metadata"], Value::from("{\"team\": \"x\"}"));
    assert_eq!(e["traffic_policy"]["on_http_request"][0]["actions"][0]["type"], Value::from("basic-auth"));
    assert_eq!(e["traffic_policy"]["on_http_response"][0]["actions"][0]["type"], Value::from("compress-response"));
    for old in ["proto", "addr", "inspect", "domain", "policy"] {
        assert_eq!(e.get(old), None, "{old} is a tunnels: key");
    }
    let masked = yaml(&c, &current, &[], None, false).unwrap();
    assert!(masked.contains("alice:********") && !masked.contains("wonderland1"), "{masked}");
}

#[test]
fn endpoints_from_3_16_random_urls_tcp_and_subdomain() {
    let first = Agent { version: "3.16.0".into(), ..agent(Major::V3) };
    let y = doc(&yaml(&cfg(), &first, &[], None, true).unwrap());
    assert_eq!(y["endpoints"][0]["url"], Value::from("https://"), "a random https address");
    assert_eq!(y["agent"].get("inspect_db_size"), None, "inspection stays on by default");
    let mut t = cfg();
    t.proto = Proto::Tcp;
    t.local_addr = "tcp://127.0.0.1:22".parse().unwrap();
    let y = doc(&yaml(&t, &first, &[], None, true).unwrap());
    assert_eq!(y["endpoints"][0]["url"], Value::from("tcp://"));
    assert_eq!(y["endpoints"][0]["upstream"]["url"], Value::from("127.0.0.1:22"));
    let mut s = cfg();
    s.local_addr = "https://localhost:8443".parse().unwrap();
    let y = doc(&yaml(&s, &first, &[], None, true).unwrap());
    assert_eq!(y["endpoints"][0]["upstream"]["url"], Value::from("https://localhost:8443"));
    s.subdomain = Some("demo".into());
    let y = doc(&yaml(&s, &first, &[], None, true).unwrap());
    assert_eq!(y["tunnels"][TUNNEL_NAME]["subdomain"], Value::from("demo"), "no url can name a bare subdomain");
}

#[test]
fn endpoint_keys_go_into_a_current_agents_endpoint() {
    let mut c = cfg();
    c.url = Some(crate::config::EndpointUrl::parse("https://api.internal").unwrap());
    c.pooling_enabled = true;
    c.description = Some("orders API".into());
    let y = doc(&yaml(&c, &agent(Major::V3), &[], None, true).unwrap());
    let e = &y["endpoints"][0];
    assert_eq!(e["url"], Value::from("https://api.internal"));
    assert_eq!(e["bindings"], Value::Sequence(vec![Value::from("internal")]), "inferred from .internal, written out");
    assert_eq!(e["pooling_enabled"], Value::from(true));
    assert_eq!(e["description"], Value::from("orders API"));
}

#[test]
fn url_becomes_the_tunnel_keys_of_older_agents() {
    let mut c = cfg();
    c.url = Some(crate::config::EndpointUrl::parse("http://plain.example.com").unwrap());
    let y = doc(&yaml(&c, &tunnels_agent(), &[], None, true).unwrap());
    let t = &y["tunnels"][TUNNEL_NAME];
    assert_eq!((t["domain"].clone(), t["schemes"].clone()), (Value::from("plain.example.com"), doc("[http]")));
    let v2 = doc(&yaml(&c, &agent(Major::V2), &[], None, true).unwrap());
    let t = &v2["tunnels"][TUNNEL_NAME];
    assert_eq!((t["hostname"].clone(), t["bind_tls"].clone()), (Value::from("plain.example.com"), Value::from(false)));
    c.proto = crate::config::Proto::Tcp;
    c.url = Some(crate::config::EndpointUrl::parse("tcp://1.tcp.ngrok.io:21045").unwrap());
    let y = doc(&yaml(&c, &tunnels_agent(), &[], None, true).unwrap());
    assert_eq!(y["tunnels"][TUNNEL_NAME]["remote_addr"], Value::from("1.tcp.ngrok.io:21045"));
}

#[test]
fn endpoint_keys_an_agent_cannot_express_are_refused_with_the_version() {
    let mut c = cfg();
    c.url = Some(crate::config::EndpointUrl::parse("https://api.internal").unwrap());
    c.pooling_enabled = true;
    let err = super::super::args::check_supported(&c, &tunnels_agent()).unwrap_err().to_string();
    assert!(err.contains("bindings (an internal endpoint): needs ngrok agent 3.20.0"), "{err}");
    assert!(err.contains("pooling_enabled: needs ngrok agent 3.16.0"), "{err}");
    let v319 = Agent { version: "3.19.1".into(), ..agent(Major::V3) };
    let err = super::super::args::check_supported(&c, &v319).unwrap_err().to_string();
    assert!(err.contains("bindings") && !err.contains("pooling_enabled"), "{err}");
    let v339 = Agent { version: "3.39.10".into(), ..agent(Major::V3) };
    assert!(super::super::args::check_supported(&c, &v339).is_ok());
    let err = super::super::args::check_supported(&c, &agent(Major::V2)).unwrap_err().to_string();
    assert!(err.contains("version 2.3.41") && err.contains("pooling_enabled"), "{err}");
}
