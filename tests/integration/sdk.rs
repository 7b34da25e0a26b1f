//! SDK mode end to end through the simulator: the shared contract, the edge's commands,
//! credentials, timeouts, tcp.

use std::time::Duration;

use ngrok_sim::{EdgeOptions, PublicRequest};
use nix::sys::signal::Signal;

use super::contract;
use super::upstream::HELLO;
use super::world::{Mode, TOKEN, World};

#[tokio::test]
async fn serves_and_identifies() {
    contract::serves_and_identifies(Mode::Sdk).await;
}

#[tokio::test]
async fn basic_auth_enforced() {
    contract::basic_auth_enforced(Mode::Sdk).await;
}

#[tokio::test]
async fn ip_restrictions_enforced() {
    contract::ip_restrictions_enforced(Mode::Sdk).await;
}

#[tokio::test]
async fn compression_enforced() {
    contract::compression_enforced(Mode::Sdk).await;
}

#[tokio::test]
async fn circuit_breaker_enforced() {
    contract::circuit_breaker_enforced(Mode::Sdk).await;
}

#[tokio::test]
async fn secrets_stay_hidden() {
    contract::secrets_stay_hidden(Mode::Sdk).await;
}

#[tokio::test]
async fn user_agent_names_prx_tunnel() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("heartbeat_interval = \"7s\"\nheartbeat_tolerance = \"11s\"\n");
    let (mut run, _url) = w.start(&cfg, &[]).await;
    let auth = w.edge.auths().into_iter().last().unwrap();
    assert!(auth.user_agent.starts_with(&format!("prx-tunnel/{}", env!("CARGO_PKG_VERSION"))), "{}", auth.user_agent);
    assert_eq!(auth.raw["Extra"]["HeartbeatInterval"], 7_000_000_000i64);
    assert_eq!(auth.raw["Extra"]["HeartbeatTolerance"], 11_000_000_000i64);
    run.signal(Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn subdomain_and_domain_become_the_url() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("subdomain = \"my-prx-agent\"\n");
    let (mut run, url) = w.start(&cfg, &[]).await;
    assert_eq!(url, "https://my-prx-agent.ngrok-free.app");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    run.signal(Signal::SIGTERM);
    run.wait(Duration::from_secs(10)).await;
    let cfg = w.config_named("domain.toml", "domain = \"file.example.com\"\n");
    let (mut run, url) = w.start(&cfg, &["--domain", "agent.example.com"]).await;
    assert_eq!(url, "https://agent.example.com", "--domain overrides the file");
    run.signal(Signal::SIGTERM);
    run.wait(Duration::from_secs(10)).await;
}

#[tokio::test]
async fn tcp_endpoint_carries_bytes() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("proto = \"tcp\"\n");
    let (mut run, url) = w.start(&cfg, &[]).await;
    assert!(url.starts_with("tcp://0.tcp.ngrok.io:"), "{url}");
    let mut conn = w.edge.tcp_connect(&url).await.unwrap();
    conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut buf = Vec::new();
    conn.read_to_end(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf).ends_with(HELLO));
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn rejected_authtoken_exits_3_without_echoing_it() {
    let w = World::with(
        Mode::Sdk,
        EdgeOptions { authtokens: Some(vec!["2someOTHERvalidTOKENxxxxxxxxxx".into()]), ..Default::default() },
    )
    .await;
    let cfg = w.config("");
    let out = w.cmd(&cfg).args(["start"]).run().await.code(3).stderr_has("ERR_NGROK_107").hides(TOKEN);
    assert!(out.stderr.contains("dashboard.ngrok.com"), "says where to get a token:\n{}", out.stderr);
    let w2 = World::new(Mode::Sdk).await;
    let cfg = w2.config("").to_str().unwrap().to_owned();
    let text = std::fs::read_to_string(&cfg).unwrap().replace(TOKEN, "short");
    std::fs::write(&cfg, text).unwrap();
    w2.env.cmd().args(["--config", &cfg, "start"]).run().await.code(3).stderr_has("ERR_NGROK_105");
}

#[tokio::test]
async fn unreachable_edge_times_out_with_exit_4_naming_the_error() {
    let w = World::new(Mode::Sdk).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let cfg = w.config("");
    let text = std::fs::read_to_string(&cfg).unwrap().replace(&w.edge.agent_addr().to_string(), &closed.to_string());
    std::fs::write(&cfg, text).unwrap();
    let out = w.cmd(&cfg).args(["start", "--timeout", "2s"]).run().await.code(4);
    assert!(
        out.stderr.contains(&closed.to_string()) && out.stderr.to_lowercase().contains("refused"),
        "{}",
        out.stderr
    );
}

#[tokio::test]
async fn a_burst_of_200_concurrent_connections_all_served() {
    // ngrok 0.19 deadlocks when the edge opens more streams than its accept queue (64) before
    // their headers arrive; prx-tunnel reorders the frames (src/sdk/frames.rs). Regression test.
    let w = std::sync::Arc::new(World::new(Mode::Sdk).await);
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &[]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let tasks: Vec<_> = (0..200)
        .map(|_| {
            let (w, url) = (w.clone(), url.clone());
            tokio::spawn(async move { w.edge.request(&url, PublicRequest::default()).await.map(|r| r.status) })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap().unwrap(), 200);
    }
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}
