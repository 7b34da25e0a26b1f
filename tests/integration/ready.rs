//! `start --wait-ready` / `wait_ready = true` against an edge that, like the real one, answers
//! ERR_NGROK_3200 for a moment after the Bind (`set_propagation_delay`): without the flag an
//! immediate request fails; with it, the first request after the URL is printed succeeds.

use std::time::{Duration, Instant};

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::upstream::HELLO;
use super::world::{Mode, URL_WAIT, World};

const DELAY: Duration = Duration::from_secs(3);

fn connect_to(w: &World) -> String {
    format!(":443:{}", w.edge.https_addr())
}

#[tokio::test]
async fn without_wait_ready_an_immediate_request_can_fail() {
    let w = World::new(Mode::Sdk).await;
    w.edge.set_propagation_delay(DELAY);
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &[]).await;
    let res = w.edge.request(&url, PublicRequest::default()).await.unwrap();
    assert_eq!(res.status, 404, "{}", res.text());
    assert!(res.text().contains("ERR_NGROK_3200"), "{}", res.text());
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn with_wait_ready_the_first_request_succeeds() {
    with_wait_ready(Mode::Sdk).await;
}

#[tokio::test]
async fn with_wait_ready_the_first_request_succeeds_in_cli_mode() {
    with_wait_ready(Mode::standin()).await;
}

async fn with_wait_ready(mode: Mode) {
    let w = World::new(mode).await;
    w.edge.set_propagation_delay(DELAY);
    let cfg = w.config("");
    let started = Instant::now();
    let mut run =
        w.cmd(&cfg).env("PRX_TUNNEL_CONNECT_TO", connect_to(&w)).args(["-v", "start", "--wait-ready"]).spawn();
    let url = run.line(URL_WAIT).await;
    assert!(started.elapsed() >= DELAY, "printed before the endpoint could take traffic");
    let res = w.edge.request(&url, PublicRequest::default()).await.unwrap();
    assert_eq!((res.status, res.text().contains(HELLO)), (200, true), "{}", res.text());
    let stderr = run.stderr();
    assert!(stderr.contains("not ready yet: the edge answered 404 Not Found ERR_NGROK_3200"), "{stderr}");
    assert!(stderr.contains("the public URL is ready: HTTP 200 OK"), "{stderr}");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn wait_ready_in_the_config_is_bounded_by_the_startup_timeout() {
    let w = World::new(Mode::Sdk).await;
    w.edge.set_propagation_delay(Duration::from_secs(60));
    let cfg = w.config("wait_ready = true\n");
    let out = w.cmd(&cfg).env("PRX_TUNNEL_CONNECT_TO", connect_to(&w)).args(["start", "--timeout", "2"]).run().await;
    let out = out.code(4).stderr_has("but no request through it reached the tunnel within 2s");
    let out = out.stderr_has("last attempt: the edge answered 404 Not Found ERR_NGROK_3200");
    assert!(out.stdout.is_empty(), "the URL was printed: {}", out.stdout);
}

#[tokio::test]
async fn a_tcp_endpoint_waits_until_connections_are_routed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let w = World::new(Mode::Sdk).await;
    w.edge.set_propagation_delay(DELAY);
    let cfg = w.config("proto = \"tcp\"\n");
    let started = Instant::now();
    let cmd = w.cmd(&cfg).env("PRX_TUNNEL_CONNECT_TO", "0.tcp.ngrok.io::127.0.0.1:");
    let mut run = cmd.args(["-v", "start", "--wait-ready"]).spawn();
    let url = run.line(URL_WAIT).await;
    assert!(url.starts_with("tcp://") && started.elapsed() >= DELAY, "{url}");
    let mut conn = w.edge.tcp_connect(&url).await.unwrap();
    conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut buf = Vec::new();
    conn.read_to_end(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf).ends_with(HELLO), "{}", String::from_utf8_lossy(&buf));
    assert!(run.stderr().contains("was closed at once (endpoint not online yet)"), "{}", run.stderr());
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}
