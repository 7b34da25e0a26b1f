//! `cargo bench -p prx-tunnel --bench tunnel`: prx-tunnel against the real ngrok 2.3.41 agent
//! and direct loopback, through in-process edge simulators — one with the agents on loopback,
//! one with the agent link at a 40 ms round trip (`--latency 20ms`) — in one run: time to URL,
//! CLI URL delay, throughput, latency, memory, and SDK mode with the inspector on. Prints
//! Markdown tables on stdout (progress and the CPU share of each part on stderr) and writes
//! `<target dir>/bench/results.json`.
//!
//! Offline: the agent comes from `ngrok_sim::agent_v2::ensure_ngrok_v2` (cached copy or the
//! npm cache). Knobs for quick runs (defaults size the whole run to about five minutes on two
//! cores): `PRX_BENCH_RUNS` (time-to-URL runs per target, 10), `PRX_BENCH_SECS` (seconds of
//! each latency load, 5), `PRX_BENCH_MIB` (MiB moved each way per transfer, 256),
//! `PRX_BENCH_TRANSFERS` (transfers each way on loopback, median reported, 3),
//! `PRX_BENCH_TRANSFERS_RTT40` (the same at 40 ms, 1: a window-bound 256 MiB transfer takes
//! ~40 s there), `PRX_BENCH_TRANSFER_SECS` (the longest one transfer may run, 60: a transfer
//! still going then is cut and its rate is what reached the far end within it);
//! `PRX_BENCH_PRX` (another prx-tunnel binary to measure, for comparing builds).
//!
//! Threads: the simulators, the local service and the visitor each get their own runtime and
//! thread names (`sim`, `upstream`, `client`), so the CPU each uses is reported apart.

mod child;
mod client;
mod report;
mod roles;
mod sys;
mod targets;
mod traffic;
mod ttu;
mod upstream;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use ngrok_sim::{Distance, Edge, EdgeOptions};
use tokio::runtime::{Builder, Runtime};

use targets::{Rtt, Target, World};

/// One-way latency of the far edge: a 40 ms round trip.
const FAR_LATENCY: Duration = Duration::from_millis(20);

fn main() {
    roles::dispatch();
    if !std::env::args().any(|a| a == "--bench") {
        // `cargo test --all-targets` runs bench targets without `--bench`: not the place for
        // a five-minute measurement.
        println!("the tunnel benchmark runs under `cargo bench -p prx-tunnel --bench tunnel`; skipped");
        return;
    }
    if let Err(e) = run() {
        eprintln!("benchmark failed: {e:#}");
        std::process::exit(1);
    }
}

fn knob(name: &str, default: u64) -> anyhow::Result<u64> {
    match std::env::var(name) {
        Ok(v) => v.trim().parse().with_context(|| format!("{name}={v:?} is not a whole number")),
        Err(_) => Ok(default),
    }
}

fn runtime(name: &str, workers: usize) -> anyhow::Result<Runtime> {
    Builder::new_multi_thread().worker_threads(workers).thread_name(name).enable_all().build().map_err(Into::into)
}

/// The target directory this binary was built into (`<target>/release/deps/tunnel-…`).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    exe.ancestors().nth(3).map_or_else(|| PathBuf::from("target"), PathBuf::from)
}

fn run() -> anyhow::Result<()> {
    let begin = Instant::now();
    let runs = knob("PRX_BENCH_RUNS", 10)? as usize;
    let plan = traffic::Plan {
        load: Duration::from_secs(knob("PRX_BENCH_SECS", 5)?),
        warmup: Duration::from_secs(1),
        bytes: knob("PRX_BENCH_MIB", 256)? << 20,
        transfers: knob("PRX_BENCH_TRANSFERS", 3)? as usize,
        transfer_limit: Duration::from_secs(knob("PRX_BENCH_TRANSFER_SECS", 60)?),
        settle: Duration::from_secs(2),
    };
    let far_plan = traffic::Plan { transfers: knob("PRX_BENCH_TRANSFERS_RTT40", 1)? as usize, ..plan };
    let prx = std::env::var_os("PRX_BENCH_PRX")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_prx-tunnel")), PathBuf::from);
    if !prx.parent().is_some_and(|p| p.ends_with("release")) {
        eprintln!("warning: {} is not a release build", prx.display());
    }
    let v2 = ngrok_sim::agent_v2::ensure_ngrok_v2().context("the real ngrok 2.3.41 agent is needed")?;
    // The simulators on one worker: it costs both peers less (no cross-thread wake-ups on the
    // path of every frame) and so hides less of the difference between them.
    let (sim, service, visitor) = (runtime("sim", 1)?, runtime("upstream", 2)?, runtime("client", 2)?);
    // Visitors use the plain HTTP listener so the numbers measure the tunnel, not public TLS.
    let options = EdgeOptions { plain_http_for_https: true, ..EdgeOptions::default() };
    let far = Distance { latency: FAR_LATENCY, bandwidth: None };
    let world = World {
        edge: sim.block_on(Edge::start(options.clone()))?,
        far: sim.block_on(Edge::start(EdgeOptions { distance: far, ..options }))?,
        upstream: service.block_on(upstream::start())?,
        prx,
        v2,
        me: std::env::current_exe()?,
        dir: tempfile::Builder::new().prefix("prx-bench-").tempdir()?,
    };
    let load_start = sys::load_average();
    let machine = sys::machine();
    eprintln!(
        "prx-tunnel benchmark on {machine}\n  prx-tunnel: {}\n  agent: {}",
        world.prx.display(),
        world.v2.display()
    );
    eprintln!("time to URL ({runs} runs per target and distance, after one warm-up round)");
    let ttu = ttu::run(&world, &visitor, runs)?;
    eprintln!("traffic ({:?} per latency load, {} MiB each way)", plan.load, plan.bytes >> 20);
    let direct = traffic::run(&world, &visitor, None, Rtt::Zero, plan)?;
    let prx = traffic::run(&world, &visitor, Some(Target::PrxSdk), Rtt::Zero, plan)?;
    let prx_inspect = traffic::run(&world, &visitor, Some(Target::PrxSdkInspect), Rtt::Zero, plan)?;
    let v2 = traffic::run(&world, &visitor, Some(Target::NgrokV2), Rtt::Zero, plan)?;
    let prx_far = traffic::run(&world, &visitor, Some(Target::PrxSdk), Rtt::Forty, far_plan)?;
    let v2_far = traffic::run(&world, &visitor, Some(Target::NgrokV2), Rtt::Forty, far_plan)?;
    let supervisor_kib = supervisor_rss(&world, &visitor, plan.settle)?;
    // Other work on the machine skews every figure: say how busy it was.
    let machine = format!(
        "{machine}; load average {load_start:.2} at start, {:.2} at end; {:.0} s",
        sys::load_average(),
        begin.elapsed().as_secs_f64()
    );
    let sizes = report::Sizes {
        mib: plan.bytes >> 20,
        transfers: plan.transfers,
        transfers_far: far_plan.transfers,
        load_secs: plan.load.as_secs(),
        limit_secs: plan.transfer_limit.as_secs(),
    };
    let results =
        report::Results { machine, runs, sizes, ttu, direct, prx, prx_inspect, v2, prx_far, v2_far, supervisor_kib };
    let dir = target_dir().join("bench");
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    let file = dir.join("results.json");
    let json = results.json()?;
    std::fs::write(&file, json + "\n").with_context(|| format!("could not write {}", file.display()))?;
    println!("{}", results.markdown());
    eprintln!("wrote {} in {:.0} s", file.display(), begin.elapsed().as_secs_f64());
    drop(world);
    sim.shutdown_timeout(Duration::from_secs(1));
    Ok(())
}

/// RSS of prx-tunnel alone in CLI mode (its agent is a separate process), idle after one request.
fn supervisor_rss(world: &World, rt: &Runtime, settle: Duration) -> anyhow::Result<u64> {
    let running = world.launch(Target::PrxCliV2, Rtt::Zero, 2000)?;
    let measured = rt.block_on(async {
        client::first_ok(world.edge.http_addr(), &running.host, Duration::from_secs(10)).await?;
        tokio::time::sleep(settle).await;
        sys::rss_kib(running.proc.pid()).map(|(rss, _)| rss)
    });
    running.proc.stop();
    measured
}
