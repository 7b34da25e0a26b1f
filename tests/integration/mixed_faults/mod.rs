//! Issue 18's seeded mixed-fault run: drops, outages, silenced heartbeats, Restarts, refused
//! re-Auths and process pauses, one after another under continuous verifying load, against an
//! edge that allows one session per token (like a free account). It asserts zero wrong answers,
//! zero failures outside the fault windows, every recovery within the reconnect cap + 1 s,
//! `status` truthful at every sample (never "online" while the edge has no endpoint), the URL
//! never changing, and RSS and open fds flat. The seed is printed; `MIXED_FAULTS_SEED=N`
//! replays a run. The short variant runs with the suite, the long one with `--ignored`.

mod inject;
mod observe;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ngrok_sim::EdgeOptions;
use nix::sys::signal::Signal;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::faults::usage;
use super::load::{Load, Sample, probe};
use super::reliability::RECOVERY;
use super::support::eventually;
use super::world::{Mode, World};
use inject::{inject, plan};
use observe::{StatusSample, Timeline};

/// How long `status` may lag behind the edge dropping the endpoint: prx-tunnel noticing the
/// closed connection and writing its state file — milliseconds, unless the process waits for
/// a CPU (a 2-core machine running the whole suite, or other builds, can keep it waiting for
/// hundreds of milliseconds). The lies this catches last seconds to minutes (issue 18: 125 s).
const STATUS_LAG: Duration = Duration::from_secs(1);
/// Concurrent load clients.
const CLIENTS: usize = 2;
/// RSS may grow this much over the run (KiB): a session's buffers are freed when the next
/// session replaces it (README "Reliability").
const RSS_SLACK_KIB: u64 = 12 * 1024;

fn seed() -> u64 {
    std::env::var("MIXED_FAULTS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| rand::rng().random())
}

/// Polls with verifying requests until one is answered right; how long that took.
async fn recovered(w: &World, url: &str) -> Duration {
    let t0 = Instant::now();
    eventually(Duration::from_secs(15), "the tunnel to serve again", || async {
        (probe(w, url).await == (Ok(200), false)).then_some(())
    })
    .await;
    t0.elapsed()
}

/// Samples `status --json` until `stop`.
fn sample_status(
    w: &Arc<World>,
    cfg: &std::path::Path,
    stop: Arc<AtomicBool>,
) -> tokio::task::JoinHandle<Vec<StatusSample>> {
    let (w, cfg) = (w.clone(), cfg.to_owned());
    tokio::spawn(async move {
        let mut samples = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            let from = Instant::now();
            let st = w.status_json(&cfg, "mixed").await;
            let state = st["state"].as_str().unwrap_or_default().to_owned();
            samples.push(StatusSample {
                from,
                to: Instant::now(),
                state,
                attempts: st["attempts"].as_u64().unwrap_or(0),
            });
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
        samples
    })
}

async fn mixed(faults: usize) {
    let seed = seed();
    eprintln!("MIXED FAULTS: seed {seed} (replay with MIXED_FAULTS_SEED={seed}), {faults} faults");
    let mut rng = StdRng::seed_from_u64(seed);
    let plan = plan(&mut rng, faults);
    let opts = EdgeOptions { session_limit: Some(1), ..Default::default() };
    let w = Arc::new(World::with(Mode::Sdk, opts).await);
    let cfg = w.config("heartbeat_interval = \"500ms\"\nheartbeat_tolerance = \"1s\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "mixed"]).await;
    recovered(&w, &url).await;
    let stop = Arc::new(AtomicBool::new(false));
    let (timeline, watcher) = Timeline::watch(&w, &url, stop.clone());
    let sampler = sample_status(&w, &cfg, stop.clone());
    let load = Load::verifying(&w, &url, CLIENTS);
    let (mut windows, mut recoveries, mut baseline, mut rss_trace) = (Vec::new(), Vec::new(), None, Vec::new());
    for (i, fault) in plan.iter().enumerate() {
        // Fault-free traffic between faults: every request in it must succeed.
        tokio::time::sleep(Duration::from_millis(rng.random_range(150..=400))).await;
        let start = Instant::now();
        let ended = inject(&w, &run, *fault).await;
        let took = recovered(&w, &url).await;
        windows.push((start, Instant::now()));
        eventually(Duration::from_secs(3), "status to say online once serving again", || async {
            (w.status_json(&cfg, "mixed").await["state"] == "online").then_some(())
        })
        .await;
        recoveries.push((*fault, took, ended - start));
        let (fds, rss) = usage(run.pid());
        rss_trace.push(format!("{}:{}", fault.kind(), rss / 1024));
        if i + 1 == 6 {
            baseline = Some((fds, rss));
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await; // a last fault-free stretch
    let samples = load.finish().await;
    stop.store(true, Ordering::Relaxed);
    let statuses = sampler.await.unwrap();
    watcher.await.unwrap();
    let (fds1, rss1) = usage(run.pid());
    let (fds0, rss0) = baseline.expect("at least six faults");

    let mut by_kind: BTreeMap<&str, (usize, Duration)> = BTreeMap::new();
    for (fault, took, _) in &recoveries {
        let e = by_kind.entry(fault.kind()).or_default();
        *e = (e.0 + 1, e.1.max(*took));
    }
    let in_window = |s: &Sample| windows.iter().any(|(from, to)| s.overlaps(*from, *to));
    let wrong = samples.iter().filter(|s| s.wrong).count();
    let failed: Vec<_> = samples.iter().filter(|s| !s.ok() && !s.wrong).collect();
    let outside: Vec<_> = failed.iter().filter(|s| !in_window(s)).collect();
    let lies: Vec<_> =
        statuses.iter().filter(|s| s.state == "online" && !timeline.online_during(s.from - STATUS_LAG, s.to)).collect();
    eprintln!(
        "MIXED FAULTS: {} requests, {} failed (all inside fault windows: {}), {wrong} wrong answers; {} status samples ({} while reconnecting, max attempts {}), {} untruthful",
        samples.len(),
        failed.len(),
        outside.is_empty(),
        statuses.len(),
        statuses.iter().filter(|s| s.state == "reconnecting").count(),
        statuses.iter().map(|s| s.attempts).max().unwrap_or(0),
        lies.len()
    );
    for (kind, (n, worst)) in &by_kind {
        eprintln!("MIXED FAULTS: {kind} x{n}: slowest recovery {worst:?}");
    }
    eprintln!(
        "MIXED FAULTS: fds {fds0} -> {fds1}, RSS {rss0} -> {rss1} KiB; RSS MiB after each fault: {}",
        rss_trace.join(" ")
    );

    assert_eq!(wrong, 0, "zero wrong answers");
    assert!(outside.is_empty(), "failures outside the fault windows: {:?}", outside.iter().take(5).collect::<Vec<_>>());
    assert!(samples.len() > 20 * faults, "the load ran ({} requests)", samples.len());
    let slow: Vec<_> = recoveries.iter().filter(|(_, took, _)| *took > RECOVERY).collect();
    assert!(slow.is_empty(), "recoveries over {RECOVERY:?}: {slow:?}");
    let lied_in: Vec<String> = lies
        .iter()
        .map(|s| {
            let fault = windows.iter().position(|(from, to)| s.to >= *from && s.from <= *to);
            fault.map_or("no fault".to_owned(), |i| {
                let base = windows[i].0;
                format!(
                    "{:?} sample {:?}..{:?} timeline {:?}",
                    recoveries[i].0,
                    s.from - base,
                    s.to - base,
                    timeline.around(base, windows[i].1)
                )
            })
        })
        .collect();
    assert!(lies.is_empty(), "status said online while the edge had no endpoint, during: {lied_in:?}");
    assert!(statuses.iter().any(|s| s.state != "online"), "the sampler saw the outages");
    assert!(fds1 <= fds0 + 8, "open fds flat: {fds0} -> {fds1}");
    assert!(rss1 <= rss0 + RSS_SLACK_KIB, "RSS flat: {rss0} -> {rss1} KiB");
    let printed: Vec<String> = run.stdout().lines().map(str::to_owned).collect();
    assert!(printed.iter().all(|l| *l == url), "the URL never changed: {printed:?}");
    assert!(!run.stderr().contains("the public URL changed"), "no URL change logged");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mixed_faults_short_seeded() {
    mixed(25).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "100 mixed faults, about 3 minutes; run by .ci/run with --ignored"]
async fn mixed_faults_long_seeded() {
    mixed(100).await;
}
