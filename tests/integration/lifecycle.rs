//! start → status → url → stop, in the foreground and detached; names, locks, stale state.

use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::support::eventually;
use super::world::{Mode, URL_WAIT, World};

#[tokio::test]
async fn foreground_start_status_url_stop() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "web"]).await;
    let status = w.cmd(&cfg).args(["status", "--name", "web"]).run().await.success();
    assert!(status.stdout.contains(&url) && status.stdout.contains("online"), "{}", status.stdout);
    let json = w.cmd(&cfg).args(["status", "--name", "web", "--json"]).run().await.success();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        (v["public_url"].as_str(), v["state"].as_str(), v["mode"].as_str()),
        (Some(url.as_str()), Some("online"), Some("sdk"))
    );
    assert_eq!(v["pid"].as_i64(), Some(run.pid() as i64));
    assert_eq!(v["reconnects"].as_u64(), Some(0));
    let got = w.cmd(&cfg).args(["url", "--name", "web"]).run().await.success();
    assert_eq!(got.stdout.trim(), url);
    let stopped = w.cmd(&cfg).args(["stop", "--name", "web"]).run().await.success();
    assert!(stopped.stderr.contains("stopped tunnel \"web\""), "{}", stopped.stderr);
    assert_eq!(run.wait(Duration::from_secs(5)).await, Some(0));
    w.cmd(&cfg).args(["status", "--name", "web"]).run().await.code(1).stderr_has("not running");
    w.cmd(&cfg).args(["url", "--name", "web"]).run().await.code(1);
    assert!(!w.env.state_dir().join("web.json").exists());
}

#[tokio::test]
async fn json_start_output_for_scripts() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, line) = w.start(&cfg, &["--json", "--name", "j"]).await;
    let v: serde_json::Value = serde_json::from_str(&line).expect("one JSON object");
    for key in ["name", "mode", "public_url", "local_addr", "pid", "started_at"] {
        assert!(!v[key].is_null(), "{key} missing from {line}");
    }
    assert!(v["local_addr"].as_str().unwrap().ends_with(&w.upstream.host_port()), "{line}");
    run.signal(Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn detached_tunnel_outlives_start_and_stops_by_name() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let out = w.cmd(&cfg).args(["start", "--detach", "--name", "bg"]).run().await.success();
    let url = out.stdout.trim().to_owned();
    assert!(url.starts_with("https://"), "{out:?}");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200, "serves after start returned");
    w.cmd(&cfg).args(["status", "--name", "bg"]).run().await.success().stdout_has(&url);
    w.cmd(&cfg).args(["stop", "--name", "bg"]).run().await.success();
    w.cmd(&cfg).args(["status", "--name", "bg"]).run().await.code(1);
    eventually(Duration::from_secs(10), "the endpoint to go offline", || async {
        w.edge.endpoints().is_empty().then_some(())
    })
    .await;
}

#[tokio::test]
async fn two_names_side_by_side_and_a_duplicate_refused() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut a, url_a) = w.start(&cfg, &["--name", "a"]).await;
    let (mut b, url_b) = w.start(&cfg, &["--name", "b"]).await;
    assert_ne!(url_a, url_b);
    let dup = w.cmd(&cfg).args(["start", "--name", "a"]).run().await.code(2);
    assert!(
        dup.stderr.contains("\"a\" is already running") && dup.stderr.contains(&a.pid().to_string()),
        "{}",
        dup.stderr
    );
    let all = w.cmd(&cfg).args(["status", "--all"]).run().await.success();
    assert!(all.stdout.contains(&url_a) && all.stdout.contains(&url_b));
    w.cmd(&cfg).args(["stop", "--all"]).run().await.success();
    assert_eq!(a.wait(Duration::from_secs(10)).await, Some(0));
    assert_eq!(b.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn stale_state_after_kill_9_is_recovered() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, _url) = w.start(&cfg, &["--name", "crash"]).await;
    let pid = run.pid();
    run.signal(Signal::SIGKILL);
    run.wait(Duration::from_secs(5)).await;
    assert!(w.env.state_dir().join("crash.json").exists(), "kill -9 leaves the state behind");
    let st = w.cmd(&cfg).args(["status", "--name", "crash"]).run().await.code(1);
    assert!(st.stderr.contains(&format!("pid {pid}")), "names the dead pid: {}", st.stderr);
    assert!(!w.env.state_dir().join("crash.json").exists(), "stale state cleaned");
    let (mut again, _) = w.start(&cfg, &["--name", "crash"]).await;
    again.signal(Signal::SIGTERM);
    assert_eq!(again.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn sigterm_leaves_no_state_file() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, _url) = w.start(&cfg, &["--name", "term"]).await;
    let state = w.env.state_dir().join("term.json");
    assert!(state.exists());
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&state).unwrap().permissions().mode() & 0o777, 0o600);
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    assert!(!state.exists());
    assert!(w.edge.endpoints().is_empty() || eventually_empty(&w).await);
}

async fn eventually_empty(w: &World) -> bool {
    eventually(URL_WAIT, "the endpoint to go", || async { w.edge.endpoints().is_empty().then_some(true) }).await
}

#[tokio::test]
async fn dry_run_connects_to_nothing_and_masks() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!("basic_auth = \"bob:{}\"\n", super::world::PASSWORD));
    let out = w.cmd(&cfg).args(["start", "--dry-run"]).run().await.success();
    assert!(out.stdout.contains("dry run") && out.stdout.contains(&w.edge.agent_addr().to_string()), "{}", out.stdout);
    assert!(out.stdout.contains("type: basic-auth") && out.stdout.contains("bob:********"), "{}", out.stdout);
    let out = out.hides(super::world::TOKEN).hides(super::world::PASSWORD);
    assert!(out.stdout.contains("bob:${PRX_TUNNEL_PASSWORD}"), "{}", out.stdout);
    assert!(w.edge.auths().is_empty(), "a dry run sends nothing");
}
