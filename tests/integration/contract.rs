//! The tunnel contract both modes are held to: every option observed at the edge AND felt by
//! a client. `sdk.rs` runs these with `Mode::Sdk`, `cli_mode.rs` with the agent stand-in.

use std::io::Read;
use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::upstream::HELLO;
use super::world::{Mode, PASSWORD, TOKEN, World};

fn gunzip(body: &[u8]) -> String {
    let mut s = String::new();
    flate2::read::GzDecoder::new(body).read_to_string(&mut s).expect("a gzip body");
    s
}

/// A request from `ip` with optional credentials.
fn from(ip: &str, auth: Option<(&str, &str)>) -> PublicRequest {
    PublicRequest {
        source_ip: Some(ip.parse().unwrap()),
        basic_auth: auth.map(|(u, p)| (u.to_owned(), p.to_owned())),
        ..Default::default()
    }
}

/// The edge's record of the last Bind: the option arrived as the `action` of a Traffic Policy,
/// and none of the deprecated Bind options was sent.
pub fn sent_as_policy(w: &World, action: &str) {
    let bind = w.edge.binds().into_iter().last().expect("a Bind request");
    let policy =
        bind.traffic_policy.as_deref().unwrap_or_else(|| panic!("no traffic policy in the Bind: {}", bind.raw));
    let doc: serde_json::Value = serde_json::from_str(policy).expect("the policy is JSON");
    let actions: Vec<&str> = ["on_tcp_connect", "on_http_request", "on_http_response"]
        .iter()
        .filter_map(|p| doc.get(*p).and_then(|r| r.as_array()))
        .flatten()
        .flat_map(|r| r["actions"].as_array().into_iter().flatten())
        .filter_map(|a| a["type"].as_str())
        .collect();
    assert!(actions.contains(&action), "{action} not among the policy's actions {actions:?}");
    assert!(
        bind.basic_auth.is_empty()
            && bind.allow_cidrs.is_empty()
            && bind.deny_cidrs.is_empty()
            && !bind.compression
            && bind.circuit_breaker.is_none(),
        "deprecated Bind options were sent: {}",
        bind.opts
    );
}

/// The URL serves the local service; session metadata and the user agent reach the edge.
pub async fn serves_and_identifies(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config("metadata = \"prx-contract-meta\"\n");
    let (run, url) = w.start(&cfg, &[]).await;
    assert!(url.starts_with("https://") && url.ends_with(".ngrok-free.app"), "{url}");
    let resp = w.get(&url, PublicRequest::default()).await;
    assert_eq!((resp.status, String::from_utf8_lossy(&resp.body).into_owned()), (200, HELLO.to_owned()));
    let plain = w.edge.request(&url, PublicRequest { use_http: true, ..Default::default() }).await.unwrap();
    assert_eq!(
        (plain.status, plain.header("ngrok-error-code")),
        (404, Some("ERR_NGROK_3200")),
        "the scheme is part of the URL: an https endpoint is not served over plain http"
    );
    let auth = w.edge.auths().into_iter().last().expect("an Auth request");
    assert_eq!(auth.authtoken, TOKEN);
    let raw = auth.raw.to_string();
    assert!(raw.contains("prx-contract-meta"), "session metadata sent: {raw}");
    run.stop_cleanly().await;
}

/// basic_auth: 401 with WWW-Authenticate without credentials, 200 with them.
pub async fn basic_auth_enforced(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config(&format!("basic_auth = \"alice:{PASSWORD}\"\n"));
    let (run, url) = w.start(&cfg, &[]).await;
    sent_as_policy(&w, "basic-auth");
    let denied = w.get(&url, from("127.0.0.1", None)).await;
    assert_eq!(denied.status, 401);
    assert!(denied.header("www-authenticate").is_some(), "{:?}", denied.headers);
    let wrong = w.get(&url, from("127.0.0.1", Some(("alice", "not-the-password")))).await;
    assert_eq!(wrong.status, 401);
    let ok = w.get(&url, from("127.0.0.1", Some(("alice", PASSWORD)))).await;
    assert_eq!(ok.status, 200);
    assert_eq!(String::from_utf8_lossy(&ok.body), HELLO);
    run.stop_cleanly().await;
}

/// ip_restrictions: a source outside the allow list or inside the deny list gets 403.
pub async fn ip_restrictions_enforced(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config("ip_restrictions = { allow = [\"127.0.0.0/8\"], deny = [\"127.0.0.2/32\"] }\n");
    let (run, url) = w.start(&cfg, &[]).await;
    sent_as_policy(&w, "restrict-ips");
    assert_eq!(w.get(&url, from("127.0.0.1", None)).await.status, 200);
    assert_eq!(w.get(&url, from("127.0.0.2", None)).await.status, 403);
    run.stop_cleanly().await;

    let w = World::new(w.mode.clone()).await;
    let cfg = w.config("ip_restrictions = [\"127.0.0.3/32\"]\n");
    let (run, url) = w.start(&cfg, &[]).await;
    assert_eq!(w.get(&url, from("127.0.0.3", None)).await.status, 200, "the seed's list form is an allow list");
    assert_eq!(w.get(&url, from("127.0.0.1", None)).await.status, 403);
    run.stop_cleanly().await;
}

/// compression: a gzip body when the client accepts gzip.
pub async fn compression_enforced(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config("compression = true\n");
    let (run, url) = w.start(&cfg, &[]).await;
    sent_as_policy(&w, "compress-response");
    let resp = w.get(&url, PublicRequest { path: "/big".into(), accept_gzip: true, ..Default::default() }).await;
    assert_eq!(resp.status, 200);
    assert_eq!(resp.header("content-encoding"), Some("gzip"));
    let text = gunzip(&resp.body);
    assert!(text.starts_with("all work and no play") && resp.body.len() < text.len() / 4);
    run.stop_cleanly().await;
}

/// circuit_breaker: 503 once the upstream's 5xx ratio passes the threshold.
pub async fn circuit_breaker_enforced(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config("circuit_breaker = 0.5\n");
    let (run, url) = w.start(&cfg, &[]).await;
    sent_as_policy(&w, "circuit-breaker");
    let fail = PublicRequest { path: "/fail".into(), ..Default::default() };
    assert_eq!(w.get(&url, fail.clone()).await.status, 500, "the first failure passes through");
    super::support::eventually(Duration::from_secs(10), "the breaker to open", || async {
        (w.edge.request(&url, fail.clone()).await.ok()?.status == 503).then_some(())
    })
    .await;
    run.stop_cleanly().await;
}

/// A secret-bearing run at trace level: the authtoken and the password appear nowhere.
pub async fn secrets_stay_hidden(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config(&format!("basic_auth = [\"alice:{PASSWORD}\"]\n"));
    let mut run = w.cmd(&cfg).args(["-vv", "start", "--name", "secret"]).spawn();
    let url = run.line(super::world::URL_WAIT).await;
    assert_eq!(w.get(&url, from("127.0.0.1", Some(("alice", PASSWORD)))).await.status, 200);
    let status = w.cmd(&cfg).args(["status", "--name", "secret", "--json"]).run().await.success();
    super::world::dir_hides(&w.env.state_dir(), &[TOKEN, PASSWORD]);
    let check = w.cmd(&cfg).args(["-vv", "check"]).run().await.success();
    run.signal(Signal::SIGTERM);
    run.wait(Duration::from_secs(10)).await;
    for text in [run.stdout(), run.stderr(), status.stdout, status.stderr, check.stdout, check.stderr] {
        assert!(!text.contains(TOKEN), "authtoken leaked:\n{text}");
        assert!(!text.contains(PASSWORD), "password leaked:\n{text}");
    }
    assert!(run.stderr().contains("TRACE") || run.stderr().contains("DEBUG"), "ran at trace level");
}
