//! The current agent (3.39.x by default): config version 3 with `agent:` and `endpoints:`,
//! the `tunnels:` deprecation from 3.16.0, the endpoint flags, and `/api/endpoints` (3.30.0 on).

use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use reqwest::Method;
use serde_json::json;

use crate::support::{Agent, JSON_LOG, Stream, api, echo, q, upstream, v2_config, web_addr, write};

/// The stand-in's `tunnels:` warning (printed on stderr before the session starts).
const TUNNELS_WARNING: &str = "WARN: the 'tunnels' configuration property is deprecated in configuration version 3 \
                               since ngrok agent 3.16.0, use 'endpoints' instead (https://ngrok.com/docs/agent/config/v3/)";

/// A version 3 config for `edge` (token, connect_url, connect_cas, web_addr on port 0) plus `rest`.
fn v3_config(edge: &Edge, dir: &std::path::Path, rest: &str) -> std::path::PathBuf {
    let text = format!(
        "version: 3\nagent:\n  authtoken: {}\n  connect_url: {}\n  connect_cas: {}\n  web_addr: 127.0.0.1:0\n\
         \x20 update_check: false\n  console_ui: false\n{rest}",
        q(crate::support::TOKEN),
        q(&edge.agent_addr().to_string()),
        q(&edge.ca_cert_path().display().to_string()),
    );
    write(dir, "ngrok.yml", &text)
}

#[tokio::test]
async fn endpoints_start_together_and_are_listed_by_api_endpoints() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (up, tcp_up) = (upstream().await, echo().await);
    let rest = format!(
        "endpoints:\n  - name: web\n    url: https://current.example.test\n    description: the web app\n\
         \x20   metadata: web-meta\n    upstream:\n      url: http://{up}\n\
         \x20 - name: ssh\n    url: tcp://\n    upstream:\n      url: {tcp_up}\n"
    );
    let cfg = v3_config(&edge, dir.path(), &rest);
    let mut args = vec!["start", "--all", "--config", cfg.to_str().unwrap()];
    args.extend(JSON_LOG);
    let mut agent = Agent::spawn(&args, &[]);
    let first = agent.wait_msg_nth("started tunnel", 1).await.unwrap();
    let second = agent.wait_msg_nth("started tunnel", 2).await.unwrap();
    assert_eq!((first.str("name"), first.str("url")), ("web", "https://current.example.test"), "in file order");
    assert_eq!(second.str("name"), "ssh");
    let ssh_url = second.str("url").to_owned();
    assert!(ssh_url.starts_with("tcp://"), "{ssh_url}");
    assert!(agent.lines(Stream::Err).is_empty(), "no deprecation for endpoints: {:?}", agent.lines(Stream::Err));
    let resp = edge.request("https://current.example.test/now", PublicRequest::default()).await.unwrap();
    assert!(resp.text().starts_with("hello from upstream /now"), "{}", resp.text());

    let web = web_addr(&mut agent).await;
    let (status, list) = api(Method::GET, &web, "/api/endpoints").await;
    assert_eq!((status, list["uri"].clone()), (200, json!("/api/endpoints")));
    let endpoints = list["endpoints"].as_array().unwrap();
    assert_eq!(endpoints.len(), 2);
    let w = &endpoints[0];
    assert_eq!(
        (w["name"].clone(), w["uri"].clone(), w["url"].clone()),
        (json!("web"), json!("/api/endpoints/web"), json!("https://current.example.test"))
    );
    assert_eq!(
        (w["upstream"]["url"].clone(), w["pooling_enabled"].clone()),
        (json!(format!("http://{up}")), json!(false))
    );
    assert_eq!(endpoints[1]["url"], json!(ssh_url));
    assert_eq!(api(Method::GET, &web, "/api/endpoints/web").await, (200, w.clone()));
    let (_, tunnels) = api(Method::GET, &web, "/api/tunnels").await;
    assert_eq!(tunnels["tunnels"].as_array().unwrap().len(), 2, "the deprecated API still answers");
    let (_, status) = api(Method::GET, &web, "/api/status").await;
    assert_eq!(status["agent_version"], "3.39.10");
    assert_eq!(api(Method::DELETE, &web, "/api/endpoints/ssh").await.0, 204);
    assert_eq!(api(Method::GET, &web, "/api/endpoints/ssh").await.0, 404);
    assert_eq!(api(Method::GET, &web, "/api/endpoints").await.1["endpoints"].as_array().unwrap().len(), 1);
    let binds = edge.binds();
    let wb = binds.iter().find(|b| b.domain == "current.example.test").expect("web bind");
    assert_eq!(wb.metadata, "web-meta");
}

#[tokio::test]
async fn tunnels_in_a_version_3_file_are_deprecated_from_3_16_and_endpoints_unknown_before() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let up = upstream().await;
    let rest = format!("tunnels:\n  old:\n    proto: http\n    addr: {up}\n    domain: old.example.test\n");
    let cfg = v3_config(&edge, dir.path(), &rest);
    for (version, warned) in [("3.39.10", true), ("3.16.0", true), ("3.15.0", false)] {
        let mut args = vec!["start", "old", "--config", cfg.to_str().unwrap()];
        args.extend(JSON_LOG);
        let mut agent = Agent::spawn(&args, &[("NGROK_STANDIN_VERSION", version)]);
        let started = agent.wait_msg("started tunnel").await.unwrap();
        assert_eq!(started.str("url"), "https://old.example.test", "{version}: tunnels: still start");
        if warned {
            let find = |lines: &[(Stream, String)]| {
                lines.iter().any(|(s, l)| *s == Stream::Err && l == TUNNELS_WARNING).then_some(())
            };
            agent.wait_for("the tunnels: deprecation", find).await.unwrap();
        } else {
            assert!(agent.lines(Stream::Err).is_empty(), "{version}: {:?}", agent.lines(Stream::Err));
        }
        drop(agent);
        edge.wait_for_sessions(0, crate::support::WAIT).await.unwrap();
    }
    let endpoints = v3_config(&edge, dir.path(), &format!("endpoints:\n  - name: e\n    upstream:\n      url: {up}\n"));
    let mut agent =
        Agent::spawn(&["start", "e", "--config", endpoints.to_str().unwrap()], &[("NGROK_STANDIN_VERSION", "3.15.0")]);
    assert_eq!(agent.exit_code().await.unwrap(), 1);
    let err = agent.lines(Stream::Err);
    assert_eq!(
        err.get(1).map(String::as_str),
        Some("ERROR:    line 9: field endpoints not found in type config.v3yamlConfig"),
        "{err:?}"
    );
    let v2 = v2_config(&edge, dir.path(), "v2.yml", "");
    let mut args = vec!["http", "80", "--config", v2.to_str().unwrap()];
    args.extend(JSON_LOG);
    let mut agent = Agent::spawn(&args, &[("NGROK_STANDIN_VERSION", "3.29.0")]);
    let web = web_addr(&mut agent).await;
    agent.wait_msg("started tunnel").await.unwrap();
    assert_eq!(api(Method::GET, &web, "/api/endpoints").await.0, 404, "/api/endpoints arrived in 3.30.0");
}

#[tokio::test]
async fn url_pooling_binding_and_traffic_policy_file_flags_reach_the_edge() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let policy = write(
        dir.path(),
        "policy.yml",
        "on_http_request:\n  - actions:\n      - type: custom-response\n        config:\n          status_code: 203\n          body: from the policy\n",
    );
    let up = upstream().await.to_string();
    let mut args = vec![
        "http",
        up.as_str(),
        "--config",
        cfg.to_str().unwrap(),
        "--url",
        "https://pool.example.test",
        "--pooling-enabled",
        "--binding",
        "public",
        "--traffic-policy-file",
        policy.to_str().unwrap(),
    ];
    args.extend(JSON_LOG);
    let mut agent = Agent::spawn(&args, &[]);
    let started = agent.wait_msg("started tunnel").await.unwrap();
    assert_eq!((started.str("name"), started.str("url")), ("command_line", "https://pool.example.test"));
    assert!(agent.lines(Stream::Err).is_empty(), "current flags are not deprecated: {:?}", agent.lines(Stream::Err));
    let bind = edge.binds().pop().unwrap();
    assert_eq!(bind.domain, "pool.example.test");
    assert_eq!(
        (bind.raw["Extra"]["PoolingEnabled"].clone(), bind.raw["Extra"]["Bindings"].clone()),
        (json!(true), json!(["public"]))
    );
    assert!(bind.traffic_policy.as_deref().unwrap_or("").contains("custom-response"), "{:?}", bind.traffic_policy);
    let resp = edge.request("https://pool.example.test/", PublicRequest::default()).await.unwrap();
    assert_eq!((resp.status, resp.text()), (203, "from the policy".to_owned()));
    let web = web_addr(&mut agent).await;
    let (_, e) = api(Method::GET, &web, "/api/endpoints/command_line").await;
    assert_eq!(e["pooling_enabled"], json!(true));
    assert!(e["traffic_policy"].as_str().unwrap_or("").contains("custom-response"), "{e}");
}
