//! The bad day, through the simulator's fault controls: edge outages, session drops, silenced
//! heartbeats, a dead local service, load, signals and reloads. Every wait is a poll with a
//! deadline; recovery times are measured and printed (README "Reliability" quotes them).

use std::sync::Arc;
use std::time::{Duration, Instant};

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::load::{Load, Sample};
use super::support::eventually;
use super::world::{Mode, URL_WAIT, World};

/// The recovery promise: serving again within this long after the edge comes back.
const RECOVERY: Duration = Duration::from_secs(2);

/// Takes the edge down for `outage`, brings it back, and returns how long until a request succeeds.
async fn outage(outage: Duration) -> Duration {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("domain = \"outage.example.com\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "outage"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    w.edge.go_down().await;
    eventually(Duration::from_secs(10), "the tunnel to notice", || async {
        (w.status_json(&cfg, "outage").await["state"] == "reconnecting").then_some(())
    })
    .await;
    tokio::time::sleep(outage).await; // the outage itself, not a synchronisation
    let back = Instant::now();
    w.edge.come_up().await;
    eventually(RECOVERY * 5, "the tunnel to serve again", || async {
        let r = w.edge.request(&url, PublicRequest::default()).await.ok()?;
        (r.status == 200).then_some(())
    })
    .await;
    let took = back.elapsed();
    eprintln!("RECOVERY after {outage:?} outage: {took:?}");
    let st = w.status_json(&cfg, "outage").await;
    assert_eq!(st["public_url"].as_str(), Some(url.as_str()), "same URL after the outage");
    assert_eq!(st["reconnects"].as_u64(), Some(1), "one disconnection counted: {st}");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    took
}

#[tokio::test]
async fn edge_down_5s_recovers_within_2s() {
    let took = outage(Duration::from_secs(5)).await;
    assert!(took <= RECOVERY, "recovered in {took:?}");
}

#[tokio::test]
#[ignore = "40 s outage; run by .ci/run with --ignored"]
async fn edge_down_40s_recovers_within_2s() {
    let took = outage(Duration::from_secs(40)).await;
    assert!(took <= RECOVERY, "recovered in {took:?}");
}

#[tokio::test]
#[ignore = "3 min outage; run by .ci/run with --ignored"]
async fn edge_down_3min_recovers_within_2s() {
    let took = outage(Duration::from_secs(180)).await;
    assert!(took <= RECOVERY, "recovered in {took:?}");
}

#[tokio::test]
async fn twenty_session_drops_under_load() {
    let w = Arc::new(World::new(Mode::Sdk).await);
    let cfg = w.config("domain = \"drops.example.com\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "drops"]).await;
    let load = Load::start(&w, &url, 1);
    let mut windows = Vec::new();
    for i in 1..=20u64 {
        let t0 = Instant::now();
        w.edge.drop_all_sessions().await;
        eventually(Duration::from_secs(10), "the reconnect", || async {
            let st = w.status_json(&cfg, "drops").await;
            (st["reconnects"].as_u64() == Some(i) && st["state"] == "online").then_some(())
        })
        .await;
        eventually(Duration::from_secs(10), "traffic to flow", || async {
            let r = w.edge.request(&url, PublicRequest::default()).await.ok()?;
            (r.status == 200).then_some(())
        })
        .await;
        windows.push((t0, Instant::now()));
    }
    let results = load.finish().await;
    let in_window = |s: &Sample| windows.iter().any(|(from, to)| s.overlaps(*from, *to));
    let outside_failures = results.iter().filter(|s| !s.ok() && !in_window(s)).count();
    let total = results.len();
    eprintln!(
        "DROPS: {total} requests, {} failed inside reconnect windows",
        results.iter().filter(|s| !s.ok()).count()
    );
    assert!(total > 100, "the load ran ({total} requests)");
    assert_eq!(outside_failures, 0, "requests outside reconnect windows all succeed");
    assert_eq!(w.status_json(&cfg, "drops").await["reconnects"].as_u64(), Some(20), "exact reconnect count");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn silenced_heartbeats_trigger_a_reconnect_from_the_configured_check() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("heartbeat_interval = \"1s\"\nheartbeat_tolerance = \"2s\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "hb"]).await;
    eventually(Duration::from_secs(5), "a first heartbeat", || async {
        w.status_json(&cfg, "hb").await["last_heartbeat_ms"].as_f64()
    })
    .await;
    let t0 = Instant::now();
    w.edge.silence_heartbeats(true);
    eventually(Duration::from_secs(10), "the heartbeat loss to be noticed", || async {
        (w.status_json(&cfg, "hb").await["reconnects"].as_u64() >= Some(1)).then_some(())
    })
    .await;
    // The 10 s deadline above already tells the configured 1 s + 2 s apart from the defaults
    // (10 s + 15 s); the figure itself belongs to README's Reliability table, not to an
    // assertion that a loaded machine can break.
    eprintln!("HEARTBEAT loss detected after {:?} (interval 1 s + tolerance 2 s)", t0.elapsed());
    let log = run.stderr();
    assert!(
        log.contains("no heartbeat answer within heartbeat_interval + heartbeat_tolerance"),
        "the reconnect is the heartbeat check's: {log}"
    );
    w.edge.silence_heartbeats(false);
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn local_service_down_gives_502_logged_once_and_recovers_without_restart() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "up"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let addr = w.upstream.addr;
    let held = w.upstream.stop_and_hold().await;
    // Uploads too: the request is read before the answer, so the page arrives whole.
    let upload = || PublicRequest { method: "POST".into(), body: vec![b'u'; 256 * 1024], ..Default::default() };
    for req in [PublicRequest::default(), upload(), PublicRequest::default(), upload(), PublicRequest::default()] {
        let r = w.edge.request(&url, req).await.unwrap();
        let body = String::from_utf8_lossy(&r.body);
        assert_eq!(r.status, 502, "{body}");
        assert!(body.contains(&format!("could not reach the local service at {addr}")), "{body}");
    }
    let back = held.restart().await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    assert_eq!(back.served(), 1);
    let log = run.stderr();
    assert_eq!(log.matches("local service is not answering").count(), 1, "logged once per outage:\n{log}");
    assert_eq!(log.matches("local service is answering again").count(), 1, "{log}");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn sigint_and_sigterm_stop_within_2s_even_under_load() {
    for sig in [Signal::SIGINT, Signal::SIGTERM] {
        let w = World::new(Mode::Sdk).await;
        let cfg = w.config("");
        let (mut run, url) = w.start(&cfg, &[]).await;
        assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
        let t0 = Instant::now();
        run.signal(sig);
        assert_eq!(run.wait(Duration::from_secs(5)).await, Some(0));
        assert!(t0.elapsed() <= Duration::from_secs(2), "{sig:?} took {:?}", t0.elapsed());
    }
}

#[tokio::test]
async fn sighup_reloads_valid_changes_and_rejects_invalid_ones() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("domain = \"before.example.com\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "hup"]).await;
    assert_eq!(url, "https://before.example.com");
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, text.replace("before.example.com", "after.example.com")).unwrap();
    run.signal(Signal::SIGHUP);
    assert_eq!(run.line(URL_WAIT).await, "https://after.example.com", "new URL reported on stdout");
    assert_eq!(w.get("https://after.example.com", PublicRequest::default()).await.status, 200);
    eventually(Duration::from_secs(5), "the old endpoint to close", || async {
        (!w.edge.endpoints().iter().any(|(u, _)| u.contains("before"))).then_some(())
    })
    .await;
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(
        &cfg,
        text.replace("domain = \"after.example.com\"", "domain = \"x.example.com\"\nregion = \"mars\""),
    )
    .unwrap();
    run.signal(Signal::SIGHUP);
    eventually(Duration::from_secs(5), "the rejection to be logged", || async {
        run.stderr().contains("config reload rejected").then_some(())
    })
    .await;
    assert!(run.stderr().contains("region"), "the reason names the key");
    assert_eq!(w.get("https://after.example.com", PublicRequest::default()).await.status, 200, "still serving");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
#[ignore = "heavy load; run by .ci/run with --ignored"]
async fn thousand_concurrent_connections_and_ten_thousand_sequential() {
    let w = Arc::new(World::new(Mode::Sdk).await);
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "load"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let mut tasks = Vec::new();
    let n: usize = std::env::var("LOADN").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    for _ in 0..n {
        let (w, url) = (w.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            w.edge.request(&url, PublicRequest::default()).await.map(|r| (r.status, r.text()))
        }));
    }
    let mut errors = Vec::new();
    for t in tasks {
        match t.await.unwrap() {
            Ok((200, _)) => {}
            other => errors.push(format!("{other:?}")),
        }
    }
    let log = run.stderr();
    let tail = &log[log.len().saturating_sub(3000)..];
    assert!(
        errors.is_empty(),
        "{n} concurrent connections, {} errors, first: {:?}\n{tail}",
        errors.len(),
        errors.first()
    );
    let (fds0, rss0) = usage(run.pid());
    for i in 0..10_000 {
        let r = w.edge.request(&url, PublicRequest::default()).await.unwrap();
        assert_eq!(r.status, 200, "request {i}");
    }
    let (fds1, rss1) = usage(run.pid());
    eprintln!("LOAD: fds {fds0} -> {fds1}, rss {rss0} KiB -> {rss1} KiB after 10,000 requests");
    assert!(fds1 <= fds0 + 8, "no fd growth: {fds0} -> {fds1}");
    assert!(rss1 <= rss0 + 16 * 1024, "rss growth under 16 MiB: {rss0} -> {rss1} KiB");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

/// Open fds and RSS (KiB) of `pid`.
pub fn usage(pid: i32) -> (usize, u64) {
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd")).map(|d| d.count()).unwrap_or(0);
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    (fds, rss)
}
