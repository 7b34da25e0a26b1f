//! CLI mode with the real ngrok 2.3.41 agent beside the stand-in: names, session settings,
//! tcp, the user's own config, web addresses, log levels and session drops.

use std::time::Duration;

use ngrok_sim::{EdgeOptions, PublicRequest};

use crate::support::eventually;
use crate::world::{Mode, PASSWORD, TOKEN, World, alive};

use super::*;

#[tokio::test]
async fn real_2_3_41_serves_through_the_simulator_with_basic_auth() {
    let w = World::new(Mode::Cli(real_v2())).await;
    let cfg = w.config(&format!("basic_auth = \"alice:{PASSWORD}\"\n"));
    let (mut run, url) = w.start(&cfg, &["--name", "v2"]).await;
    assert!(url.starts_with("https://"), "{url}");
    let pid = agent_pid(&w, &cfg, "v2").await;
    let joined = cmdline(pid).join(" ");
    assert!(!joined.contains(TOKEN) && !joined.contains(PASSWORD), "{joined}");
    let auth = w.edge.auths().into_iter().last().expect("the agent authenticated");
    assert_eq!(auth.authtoken, TOKEN, "the token reached the edge through the generated file");
    let st = status(&w, &cfg, "v2").await;
    assert_eq!(st["agent"]["version"], "2.3.41");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 401);
    let ok =
        w.get(&url, PublicRequest { basic_auth: Some(("alice".into(), PASSWORD.into())), ..Default::default() }).await;
    assert_eq!(ok.status, 200);
    stop(&mut run).await;
    assert!(!alive(pid));
}

#[tokio::test]
async fn real_2_3_41_refuses_options_it_cannot_honour_naming_the_version() {
    let w = World::new(Mode::Cli(real_v2())).await;
    let cfg = w.config(
        "circuit_breaker = 0.5\ncompression = true\n\
         webhook_verification = { provider = \"github\", secret = \"whsec-never-shown-1\" }\n\
         response_headers = { remove = [\"Server\"] }\n\
         traffic_policy = { on_http_request = [{ actions = [{ type = \"deny\" }] }] }\n",
    );
    let out = w.cmd(&cfg).args(["start"]).run().await.code(2).stderr_has("2.3.41").stderr_has("circuit_breaker");
    assert!(out.stderr.contains("compression") && out.stderr.contains("v3"), "{}", out.stderr);
    for option in ["webhook_verification", "response_headers", "traffic_policy", "3.6.0"] {
        assert!(out.stderr.contains(option), "{option} not named:\n{}", out.stderr);
    }
    assert!(!out.stderr.contains("whsec-never-shown-1"), "{}", out.stderr);
    assert!(w.edge.auths().is_empty(), "refused before the agent started");
}

#[tokio::test]
async fn real_2_3_41_rejected_authtoken_exits_3_with_the_echoed_token_masked() {
    let opts = EdgeOptions { authtokens: Some(vec!["2someOTHERvalidTOKENxxxxxxxxxx".into()]), ..Default::default() };
    let w = World::with(Mode::Cli(real_v2()), opts).await;
    let cfg = w.config("");
    let out = w.cmd(&cfg).args(["-vv", "start"]).run().await.code(3).stderr_has("ERR_NGROK_107").hides(TOKEN);
    assert!(
        out.stderr.contains("Your authtoken: ********"),
        "the edge echoes the token; it is masked:\n{}",
        out.stderr
    );
}

/// Subdomain, domain, heartbeats and metadata reach the edge through the agent `mode` runs.
async fn names_and_session_settings_reach_the_edge(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config("subdomain = \"my-prx-agent\"\nheartbeat_interval = \"7s\"\nheartbeat_tolerance = \"11s\"\nmetadata = \"cli-meta\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "names"]).await;
    assert_eq!(url, "https://my-prx-agent.ngrok-free.app");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let auth = w.edge.auths().into_iter().last().unwrap();
    assert_eq!(auth.heartbeat_interval, Some(Duration::from_secs(7)));
    assert_eq!(auth.heartbeat_tolerance, Some(Duration::from_secs(11)));
    assert_eq!(auth.metadata, "cli-meta");
    let bind = w.edge.binds().into_iter().last().unwrap();
    assert_eq!(bind.metadata, "cli-meta", "endpoint metadata too");
    stop(&mut run).await;
    let cfg = w.config_named("domain.toml", "domain = \"file.example.com\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "names", "--domain", "agent.example.com"]).await;
    assert_eq!(url, "https://agent.example.com", "--domain overrides the file");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    stop(&mut run).await;
}

/// A tcp endpoint carries bytes both ways.
async fn tcp_endpoint_carries_bytes(mode: Mode) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let w = World::new(mode).await;
    let cfg = w.config("proto = \"tcp\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "tcp"]).await;
    assert!(url.starts_with("tcp://"), "{url}");
    let mut conn = w.edge.tcp_connect(&url).await.unwrap();
    conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut buf = Vec::new();
    conn.read_to_end(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf).ends_with(crate::upstream::HELLO));
    stop(&mut run).await;
}

#[tokio::test]
async fn names_and_session_settings_reach_the_edge_through_the_standin() {
    names_and_session_settings_reach_the_edge(Mode::standin()).await;
}

#[tokio::test]
async fn names_and_session_settings_reach_the_edge_through_real_2_3_41() {
    names_and_session_settings_reach_the_edge(Mode::Cli(real_v2())).await;
}

#[tokio::test]
async fn tcp_through_the_standin() {
    tcp_endpoint_carries_bytes(Mode::standin()).await;
}

#[tokio::test]
async fn tcp_through_real_2_3_41() {
    tcp_endpoint_carries_bytes(Mode::Cli(real_v2())).await;
}

#[tokio::test]
async fn a_version_3_user_config_with_another_token_is_followed_and_overridden() {
    let w = World::new(Mode::standin()).await;
    let theirs = "version: 3\nagent:\n  authtoken: 2theirOWNtokenZZZZZZZZZZZZZZ\n  console_ui: false\n";
    let user_cfg = w.env.write("config/ngrok/ngrok.yml", theirs);
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "v3user"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let auth = w.edge.auths().into_iter().last().unwrap();
    assert_eq!(auth.authtoken, TOKEN, "prx-tunnel's token wins over the user's agent config");
    stop(&mut run).await;
    assert_eq!(std::fs::read_to_string(&user_cfg).unwrap(), theirs);
}

#[tokio::test]
async fn a_taken_web_addr_from_the_user_config_is_replaced_by_a_free_port() {
    let held = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let taken = held.local_addr().unwrap();
    let w = World::new(Mode::standin()).await;
    w.env.write("config/ngrok/ngrok.yml", format!("version: \"2\"\nweb_addr: {taken}\n"));
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "webtaken"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let st = status(&w, &cfg, "webtaken").await;
    let web = st["agent"]["web_addr"].as_str().expect("a web address").to_owned();
    assert_ne!(web, taken.to_string());
    assert!(run.stderr().contains("web address was taken"), "{}", run.stderr());
    stop(&mut run).await;
}

#[tokio::test]
async fn a_quiet_log_level_hides_the_agent_lines_but_not_the_url() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config("log_level = \"error\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "quiet"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let st = status(&w, &cfg, "quiet").await;
    assert!(st["agent"]["web_addr"].is_string(), "{st}");
    stop(&mut run).await;
    assert!(!run.stderr().contains("ngrok agent: started tunnel"), "{}", run.stderr());
}

/// The edge drops the agent's session: the agent reconnects by itself; `status` counts the
/// disconnection, returns to online, and the URL keeps serving.
async fn session_drop_is_counted_and_recovered(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "drop"]).await;
    w.edge.wait_for_sessions(1, Duration::from_secs(10)).await.unwrap();
    w.edge.drop_all_sessions().await;
    eventually(Duration::from_secs(20), "a counted reconnect, online again", || async {
        let st = status(&w, &cfg, "drop").await;
        (st["reconnects"].as_u64() >= Some(1) && st["state"] == "online").then_some(())
    })
    .await;
    let now = status(&w, &cfg, "drop").await;
    let url = now["public_url"].as_str().unwrap_or(&url).to_owned();
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    assert_eq!(now["agent"]["restarts"], 0, "the agent reconnected by itself: {now}");
    stop(&mut run).await;
}

#[tokio::test]
async fn session_drop_through_the_standin() {
    session_drop_is_counted_and_recovered(Mode::standin()).await;
}

#[tokio::test]
async fn session_drop_through_real_2_3_41() {
    session_drop_is_counted_and_recovered(Mode::Cli(real_v2())).await;
}
