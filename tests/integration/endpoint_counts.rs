//! What each endpoint served, and the inspector with several endpoints, through the real binary
//! and the edge: `/api/tunnels` lists every endpoint, a replay goes to the local service of the
//! exchange's own endpoint, and `status` counts requests (http endpoints served as HTTP) or
//! connections (tcp endpoints; an agent not inspecting) for one endpoint or several.

use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::multi_endpoint::endpoint_lines;
use super::support::{Running, eventually};

use super::upstream::{HELLO, Upstream};
use super::world::{Mode, World};

/// Writes the config `w.config(extra)` with the inspector switched `inspect` (in SDK mode its
/// web interface on a free port; in CLI mode the agent picks its own).
fn config(w: &World, extra: &str, inspect: bool) -> std::path::PathBuf {
    let cfg = w.config(extra);
    let on = match (inspect, &w.mode) {
        (false, _) => "inspect = false",
        (true, Mode::Sdk) => "inspect = true\nweb_addr = \"127.0.0.1:0\"",
        (true, Mode::Cli(_)) => "inspect = true",
    };
    let text = std::fs::read_to_string(&cfg).unwrap().replace("inspect = false", on);
    std::fs::write(&cfg, text).unwrap();
    cfg
}

fn url_of<'a>(lines: &'a [(String, String)], name: &str) -> &'a str {
    &lines.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no endpoint {name} in {lines:?}")).1
}

/// Polls `status --json` until `counted` finds every `(endpoint, count, unit)` of `want`
/// (panics with the last status after 15 s).
async fn status_counts(w: &World, cfg: &std::path::Path, want: &[(&str, u64, &str)]) -> serde_json::Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let status = w.status_json(cfg, "default").await;
        if want.iter().all(|(name, n, unit)| counted(&status, name) == Some((*n, (*unit).to_owned()))) {
            return status;
        }
        assert!(tokio::time::Instant::now() < deadline, "status never reported {want:?}; the last one:\n{status:#}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// What `status --json` says endpoint `name` served: the `endpoints` entry of a tunnel with
/// several, the tunnel's own fields for one.
pub fn counted(status: &serde_json::Value, name: &str) -> Option<(u64, String)> {
    let entry = match status["endpoints"].as_array() {
        Some(list) => list.iter().find(|e| e["name"] == name)?,
        None => status,
    };
    Some((entry["served"].as_u64()?, entry["served_unit"].as_str()?.to_owned()))
}

async fn stop(mut run: Running) {
    run.signal(Signal::SIGTERM);
    run.wait(Duration::from_secs(10)).await;
}

/// Two http endpoints to two services: a request through the second is replayed through the
/// inspector to the second service (the first sees nothing), and `/api/tunnels` lists both.
#[tokio::test]
async fn the_inspector_lists_every_endpoint_and_replays_to_the_exchanges_own_service() {
    let w = World::new(Mode::Sdk).await;
    let second = Upstream::start().await;
    let extra = format!("[tunnel.ngrok.endpoints.second]\nlocal_addr = \"{}\"\n", second.host_port());
    let cfg = config(&w, &extra, true);
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let lines = endpoint_lines(&mut run, 2).await;
    let status = w.status_json(&cfg, "default").await;
    let web = format!("http://{}", status["inspect_addr"].as_str().expect("inspect_addr in status"));
    let resp = w.get(&format!("{}/hook?n=1", url_of(&lines, "second")), PublicRequest::default()).await;
    assert_eq!((resp.status, resp.text()), (200, HELLO.to_owned()));
    assert_eq!((w.upstream.served(), second.served()), (0, 1));

    let http = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(20)).build().unwrap();
    let api = |path: &'static str| {
        let (http, web) = (http.clone(), web.clone());
        async move { http.get(format!("{web}{path}")).send().await.unwrap().json::<serde_json::Value>().await.unwrap() }
    };
    let tunnels = api("/api/tunnels").await;
    let list = tunnels["tunnels"].as_array().expect("a tunnel list");
    let find = |name: &str| list.iter().find(|t| t["name"] == name).unwrap_or_else(|| panic!("{name} in {tunnels}"));
    let (own, other) = (find("prx-tunnel"), find("second"));
    assert_eq!(
        (list.len(), own["public_url"].as_str(), other["public_url"].as_str()),
        (2, Some(url_of(&lines, "default")), Some(url_of(&lines, "second")))
    );
    assert_eq!((own["proto"].as_str(), other["proto"].as_str()), (Some("https"), Some("https")));
    assert_eq!(own["config"]["addr"], format!("http://{}/", w.upstream.host_port()));
    assert_eq!(other["config"]["addr"], format!("http://{}/", second.host_port()));
    assert_eq!(other["metrics"]["http"]["count"], 1, "{other}");

    let captured = eventually(Duration::from_secs(10), "the exchange to be captured", || async {
        let list = api("/api/requests/http").await;
        list["requests"].as_array().filter(|l| l.len() == 1).map(|l| l[0].clone())
    })
    .await;
    assert_eq!(captured["tunnel_name"], "second");
    let replay = http
        .post(format!("{web}/api/requests/http"))
        .header("origin", &web)
        .json(&serde_json::json!({ "id": captured["id"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), reqwest::StatusCode::NO_CONTENT);
    assert_eq!((w.upstream.served(), second.served()), (0, 2), "the replay reached the second service only");
    let replays = api("/api/requests/http?tunnel_name=second").await;
    assert_eq!(replays["requests"][0]["replay_of"], captured["id"], "{replays}");
    stop(run).await;
}

/// One http endpoint: SDK mode serves it as HTTP with the inspector on or off, so requests are
/// counted (each public request here comes on a connection of its own); `status` says which.
async fn one_endpoint_counts(mode: Mode, inspect: bool, unit: &str) {
    let w = World::new(mode).await;
    let cfg = config(&w, "", inspect);
    let (run, url) = w.start(&cfg, &[]).await;
    for _ in 0..3 {
        assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    }
    status_counts(&w, &cfg, &[("default", 3, unit)]).await;
    let out = w.cmd(&cfg).args(["status"]).run().await.success();
    assert!(out.stdout.contains(&format!("served:      3 {unit} served")), "{}", out.stdout);
    stop(run).await;
}

#[tokio::test]
async fn one_endpoint_without_the_inspector_counts_requests_too() {
    one_endpoint_counts(Mode::Sdk, false, "requests").await;
}

#[tokio::test]
async fn one_endpoint_with_the_inspector_counts_requests() {
    one_endpoint_counts(Mode::Sdk, true, "requests").await;
}

#[tokio::test]
async fn one_endpoint_in_cli_mode_reports_what_the_v3_standin_counted() {
    one_endpoint_counts(Mode::standin(), true, "requests").await;
}

/// After requests through two http endpoints and connections through a tcp one, `status
/// --json` reports each endpoint's count: requests when the traffic is read as HTTP (SDK
/// mode's http endpoints, inspected or not, or an inspecting agent), connections when it is
/// not. In CLI mode the counts are the agent's own (`/api/tunnels` metrics).
async fn each_endpoint_counts(mode: Mode, inspect: bool) {
    let http = if inspect || matches!(mode, Mode::Sdk) { "requests" } else { "connections" };
    let sdk_inspecting = inspect && matches!(mode, Mode::Sdk);
    let w = World::new(mode).await;
    let cfg = config(&w, "[tunnel.ngrok.endpoints.web]\n[tunnel.ngrok.endpoints.ssh]\nurl = \"tcp://\"\n", inspect);
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let lines = endpoint_lines(&mut run, 3).await;
    for _ in 0..3 {
        assert_eq!(w.get(url_of(&lines, "default"), PublicRequest::default()).await.status, 200);
    }
    assert_eq!(w.get(url_of(&lines, "web"), PublicRequest::default()).await.status, 200);
    for _ in 0..2 {
        let mut conn = w.edge.tcp_connect(url_of(&lines, "ssh")).await.unwrap();
        conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
        let mut buf = Vec::new();
        conn.read_to_end(&mut buf).await.unwrap();
        assert!(String::from_utf8_lossy(&buf).ends_with(HELLO));
    }
    let status = status_counts(&w, &cfg, &[("default", 3, http), ("web", 1, http), ("ssh", 2, "connections")]).await;
    let out = w.cmd(&cfg).args(["status"]).run().await.success();
    assert!(out.stdout.contains(&format!("(online, 3 {http} served)")), "{}", out.stdout);
    if sdk_inspecting {
        // The inspector's API reads the same counters as `status` (one count per endpoint).
        let web = status["inspect_addr"].as_str().expect("inspect_addr in status");
        let http = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(20)).build().unwrap();
        let tunnels: serde_json::Value =
            http.get(format!("http://{web}/api/tunnels")).send().await.unwrap().json().await.unwrap();
        let count = |name: &str| {
            let list = tunnels["tunnels"].as_array().expect("a tunnel list");
            list.iter().find(|t| t["name"] == name).map(|t| t["metrics"]["http"]["count"].clone())
        };
        let counts = [count("prx-tunnel"), count("web"), count("ssh")];
        assert_eq!(counts, [Some(3.into()), Some(1.into()), Some(2.into())], "{tunnels:#}");
    }
    stop(run).await;
}

#[tokio::test]
async fn sdk_mode_counts_each_endpoint_inspecting() {
    each_endpoint_counts(Mode::Sdk, true).await;
}

#[tokio::test]
async fn sdk_mode_counts_each_endpoint_not_inspecting() {
    each_endpoint_counts(Mode::Sdk, false).await;
}

#[tokio::test]
async fn cli_mode_reports_what_the_real_2_3_41_agent_counted_inspecting() {
    each_endpoint_counts(Mode::Cli(super::cli_mode::real_v2()), true).await;
}

#[tokio::test]
async fn cli_mode_reports_what_the_real_2_3_41_agent_counted_not_inspecting() {
    each_endpoint_counts(Mode::Cli(super::cli_mode::real_v2()), false).await;
}

#[tokio::test]
async fn cli_mode_reports_what_the_v3_standin_counted_inspecting() {
    each_endpoint_counts(Mode::standin(), true).await;
}

#[tokio::test]
async fn cli_mode_reports_what_the_v3_standin_counted_not_inspecting() {
    each_endpoint_counts(Mode::standin(), false).await;
}
