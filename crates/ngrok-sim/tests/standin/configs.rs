//! Configuration files: every version "2" and "3" key observed at the edge, merge order.

use std::time::Duration;

use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use reqwest::Method;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::support::{Agent, Stream, api, echo, q, upstream, v2_config, web_addr, write};

#[tokio::test]
async fn v2_config_keys_reach_the_edge_and_are_enforced() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (up, tcp_up) = (upstream().await, echo().await);
    let tunnels = format!(
        "log: stdout\nlog_format: json\nlog_level: info\nmetadata: {}\nheartbeat_interval: 7s\n\
         heartbeat_tolerance: 9s\nregion: eu\nremote_management: true\nconnect_timeout: 5s\n\
         tunnels:\n  web:\n    proto: http\n    addr: {up}\n    subdomain: cfgweb\n    inspect: false\n\
         \x20   basic_auth: [\"carol:hunter2hunter2\"]\n    ip_restriction:\n      allow_cidrs: [127.0.0.0/8]\n\
         \x20     deny_cidrs: [127.0.0.3/32]\n    circuit_breaker: 0.25\n    compression: true\n\
         \x20   metadata: web-meta\n  ssh:\n    proto: tcp\n    addr: {tcp_up}\n    metadata: ssh-meta\n",
        q("{\"serial\":\"00012xa\"}")
    );
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", &tunnels);
    let mut agent = Agent::spawn(&["start", "--all", "--config", cfg.to_str().unwrap()], &[]);
    let open = agent.wait_msg("open config file").await.unwrap();
    assert_eq!((open.str("path"), open.str("err")), (cfg.to_str().unwrap(), "<nil>"));
    let first = agent.wait_msg_nth("started tunnel", 1).await.unwrap();
    let second = agent.wait_msg_nth("started tunnel", 2).await.unwrap();
    let (web, ssh) = if first.str("name") == "web" { (first, second) } else { (second, first) };
    assert_eq!(web.str("url"), "https://cfgweb.ngrok-free.app");

    let auth = edge.auths().pop().unwrap();
    assert_eq!(auth.metadata, "{\"serial\":\"00012xa\"}");
    assert_eq!(auth.heartbeat_interval, Some(Duration::from_secs(7)));
    assert_eq!(auth.heartbeat_tolerance, Some(Duration::from_secs(9)));
    let binds = edge.binds();
    let wb = binds.iter().find(|b| b.domain == "cfgweb.ngrok-free.app").expect("web bind");
    assert_eq!(wb.basic_auth, vec![("carol".into(), "hunter2hunter2".into())]);
    assert_eq!((wb.allow_cidrs.len(), wb.deny_cidrs.clone()), (1, vec!["127.0.0.3/32".to_string()]));
    assert_eq!((wb.circuit_breaker, wb.compression, wb.metadata.as_str()), (Some(0.25), true, "web-meta"));
    let sb = binds.iter().find(|b| b.proto == "tcp").expect("tcp bind");
    assert_eq!(sb.metadata, "ssh-meta");

    let url = web.str("url");
    let creds = Some(("carol".to_string(), "hunter2hunter2".to_string()));
    assert_eq!(edge.request(url, PublicRequest::default()).await.unwrap().status, 401);
    let blocked = PublicRequest {
        basic_auth: creds.clone(),
        source_ip: Some("127.0.0.3".parse().unwrap()),
        ..Default::default()
    };
    assert_eq!(edge.request(url, blocked).await.unwrap().status, 403);
    let ok =
        edge.request(url, PublicRequest { basic_auth: creds, accept_gzip: true, ..Default::default() }).await.unwrap();
    assert_eq!((ok.status, ok.header("content-encoding")), (200, Some("gzip")));
    let mut conn = edge.tcp_connect(ssh.str("url")).await.unwrap();
    conn.write_all(b"hi").await.unwrap();
    let mut two = [0u8; 2];
    conn.read_exact(&mut two).await.unwrap();
    assert_eq!(&two, b"hi");

    let web_api = web_addr(&mut agent).await;
    let (_, status) = api(Method::GET, &web_api, "/api/status").await;
    assert_eq!(status["session"]["legs"][0]["region"], "eu");
    let (_, t) = api(Method::GET, &web_api, "/api/tunnels/web").await;
    assert_eq!(t["config"]["inspect"], false);
}

#[tokio::test]
async fn v3_config_endpoints_and_files_merged_in_order() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let up = upstream().await;
    let v3 = format!(
        "version: 3\nagent:\n  authtoken: \"2firstToken_is_overridden_0001\"\n  connect_url: {}\n  connect_cas: {}\n\
         \x20 web_addr: 127.0.0.1:0\n  log: stdout\n  log_level: info\n  log_format: json\n  metadata: v3-session\n\
         \x20 heartbeat_interval: 11s\n  heartbeat_tolerance: 12s\n  update_check: false\n  console_ui: false\n\
         endpoints:\n  - name: api\n    url: https://api.example.test\n    metadata: api-meta\n    upstream:\n      url: {up}\n\
         \x20 - name: other\n    url: https://other.example.test\n    upstream:\n      url: {up}\n",
        q(&edge.agent_addr().to_string()),
        q(&edge.ca_cert_path().display().to_string()),
    );
    let first = write(dir.path(), "first.yml", &v3);
    let second =
        write(dir.path(), "second.yml", "version: 3\nagent:\n  authtoken: \"2secondToken_wins_the_merge_02\"\n");
    let both = format!("{},{}", first.display(), second.display());
    let mut agent = Agent::spawn(&["start", "api", "--config", &both], &[]);
    let started = agent.wait_msg("started tunnel").await.unwrap();
    assert_eq!((started.str("name"), started.str("url")), ("api", "https://api.example.test"));
    let opened: Vec<String> =
        agent.records().iter().filter(|r| r.msg == "open config file").map(|r| r.str("path").to_string()).collect();
    assert_eq!(opened, vec![first.display().to_string(), second.display().to_string()]);
    let auth = edge.auths().pop().unwrap();
    assert_eq!(auth.authtoken, "2secondToken_wins_the_merge_02");
    assert_eq!((auth.metadata.as_str(), auth.heartbeat_interval), ("v3-session", Some(Duration::from_secs(11))));
    assert_eq!(auth.heartbeat_tolerance, Some(Duration::from_secs(12)));
    let binds = edge.binds();
    assert_eq!(binds.len(), 1, "only the named endpoint starts");
    assert_eq!((binds[0].domain.as_str(), binds[0].metadata.as_str()), ("api.example.test", "api-meta"));
    let resp = edge.request("https://api.example.test/v3", PublicRequest::default()).await.unwrap();
    assert!(resp.text().starts_with("hello from upstream /v3"), "{}", resp.text());

    let mut none = Agent::spawn(&["start", "--none", "--config", first.to_str().unwrap()], &[]);
    none.wait_msg("client session established").await.unwrap();
    edge.wait_for_sessions(2, crate::support::WAIT).await.unwrap();
    assert_eq!(edge.binds().len(), 1, "--none starts no endpoint");

    let mut missing = Agent::spawn(&["start", "nope", "--config", first.to_str().unwrap()], &[]);
    assert_eq!(missing.exit_code().await.unwrap(), 1);
    assert_eq!(
        missing.lines(Stream::Err),
        vec!["ERROR:  tunnel or endpoint \"nope\" is not defined in the configuration file"]
    );
}
