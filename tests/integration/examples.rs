//! Every shipped example config, pointed at the simulator, yields a URL that serves.

use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::world::{Mode, TOKEN, URL_WAIT, World};

const PASSWORD: &str = "example-password-123";

/// The example with its edge settings pointed at the simulator (everything else untouched).
pub fn pointed_at_sim(w: &World, file: &str) -> std::path::PathBuf {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(file);
    let mut doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
    let tunnel = doc.entry("tunnel").or_insert(toml::Value::Table(Default::default())).as_table_mut().unwrap();
    tunnel.insert("local_addr".into(), w.upstream.host_port().into());
    let ngrok = tunnel.entry("ngrok").or_insert(toml::Value::Table(Default::default())).as_table_mut().unwrap();
    ngrok.insert("server_addr".into(), w.edge.agent_addr().to_string().into());
    ngrok.insert("ca_cert".into(), w.edge.ca_cert_path().display().to_string().into());
    if let Mode::Cli(agent) = &w.mode {
        ngrok.insert("ngrok_path".into(), agent.display().to_string().into());
    }
    let out = w.env.write(file, toml::to_string(&doc).unwrap());
    super::world::set_mode(&out, 0o600);
    out
}

async fn serves(file: &str, mode: Mode, expect_url: Option<&str>, extra_args: &[&str]) {
    let w = World::new(mode).await;
    let cfg = pointed_at_sim(&w, file);
    let mut run = w
        .cmd(&cfg)
        .env("NGROK_AUTHTOKEN", TOKEN)
        .env("NGROK_API_KEY", "unused-api-key")
        .env("PRX_TUNNEL_PASSWORD", PASSWORD)
        .args(["start"])
        .args(extra_args)
        .spawn();
    let url = run.line(URL_WAIT).await;
    if let Some(expect) = expect_url {
        assert_eq!(url, expect, "{file}");
    }
    let user = if file == "prx-full.toml" || file == "cli-mode.toml" { "admin" } else { "" };
    let req = PublicRequest {
        basic_auth: (!user.is_empty()).then(|| (user.to_owned(), PASSWORD.to_owned())),
        ..Default::default()
    };
    let resp = w.get(&url, req).await;
    assert_eq!(resp.status, 200, "{file}: {}", resp.text());
    assert_eq!(w.edge.auths().last().unwrap().authtoken, TOKEN, "{file}: the token from the environment");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "{file}:\n{}", run.stderr());
}

#[tokio::test]
async fn basic_example_serves() {
    serves("ngrok-basic.toml", Mode::Sdk, None, &[]).await;
}

#[tokio::test]
async fn custom_domain_example_serves() {
    serves("ngrok-custom-domain.toml", Mode::Sdk, Some("https://agent.example.com"), &[]).await;
}

#[tokio::test]
async fn reserved_domain_example_serves() {
    serves("ngrok-reserved-domain.toml", Mode::Sdk, Some("https://example-agent.ngrok-free.app"), &[]).await;
}

#[tokio::test]
async fn full_prx_example_serves() {
    // Its allow list is 203.0.113.0/24; the test client comes from 127.0.0.1.
    serves("prx-full.toml", Mode::Sdk, Some("https://agent.example.com"), &["--allow-cidr", "127.0.0.1/32"]).await;
}

#[tokio::test]
async fn cli_mode_example_serves() {
    serves("cli-mode.toml", Mode::standin(), None, &[]).await;
}

/// The Traffic Policy example serves `/`, refuses `/admin` from outside 10.0.0.0/8 with its
/// custom response, and adds its response header; its rules arrive as one policy.
#[tokio::test]
async fn traffic_policy_example_serves_and_enforces_its_rules() {
    let w = World::new(Mode::Sdk).await;
    let cfg = pointed_at_sim(&w, "traffic-policy.toml");
    let mut run = w.cmd(&cfg).env("NGROK_AUTHTOKEN", TOKEN).args(["start"]).spawn();
    let url = run.line(URL_WAIT).await;
    super::contract::sent_as_policy(&w, "rate-limit");
    let home = w.get(&url, PublicRequest::default()).await;
    assert_eq!((home.status, home.header("x-frame-options")), (200, Some("DENY")), "{}", home.text());
    let admin = w.get(&url, PublicRequest { path: "/admin/users".into(), ..Default::default() }).await;
    assert_eq!((admin.status, admin.text()), (403, "/admin/users is only served inside the office network".to_owned()));
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "{}", run.stderr());
}

/// The multi-endpoint example (every endpoint pointed at the test service): one session, one
/// `NAME URL` line each, each endpoint serving what it says.
#[tokio::test]
async fn multi_endpoint_example_serves_each_endpoint() {
    let w = World::new(Mode::Sdk).await;
    let cfg = pointed_at_sim(&w, "multi-endpoint.toml");
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("127.0.0.1:9000", &w.upstream.host_port())
        .replace("127.0.0.1:22", &w.upstream.host_port());
    std::fs::write(&cfg, text).unwrap();
    let mut run =
        w.cmd(&cfg).env("NGROK_AUTHTOKEN", TOKEN).env("PRX_TUNNEL_PASSWORD", PASSWORD).args(["start"]).spawn();
    let lines = super::multi_endpoint::endpoint_lines(&mut run, 3).await;
    let url = |name: &str| lines.iter().find(|(n, _)| n == name).unwrap().1.clone();
    assert_eq!(w.edge.sessions().len(), 1);
    assert_eq!(w.get(&url("default"), PublicRequest::default()).await.status, 401);
    let admin = PublicRequest { basic_auth: Some(("admin".into(), PASSWORD.into())), ..Default::default() };
    assert_eq!(w.get(&url("default"), admin).await.status, 200);
    let get = w.get(&url("hooks"), PublicRequest::default()).await;
    assert_eq!((get.status, get.text()), (405, "webhooks are POSTed".to_owned()));
    let post = PublicRequest { method: "POST".into(), body: b"{}".to_vec(), ..Default::default() };
    assert_eq!(w.get(&url("hooks"), post).await.status, 200);
    assert!(url("ssh").starts_with("tcp://"));
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "{}", run.stderr());
}
