//! Traffic through one target at one distance from the edge (or straight to the local
//! service): idle memory, latency under a closed-loop load at concurrency 1 and 64 (peak memory
//! during the latter), then single-stream downloads and uploads of 256 MiB. The CPU share of each part is printed for every phase, so the
//! simulator's own cost is visible next to the agent's.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::runtime::Runtime;

use crate::client::{self, Moved};
use crate::report::pct;
use crate::sys::{self, CpuMeter};
use crate::targets::{Rtt, Target, World};

/// Settings of the traffic phase.
#[derive(Clone, Copy)]
pub struct Plan {
    /// Measured seconds of each latency load.
    pub load: Duration,
    /// Warm-up before each latency load (not recorded).
    pub warmup: Duration,
    /// Bytes moved each way, per transfer.
    pub bytes: u64,
    /// Transfers each way; the median is reported (one transfer swings by ±15 %).
    pub transfers: usize,
    /// The longest one transfer may run; the rate is then what arrived within it.
    pub transfer_limit: Duration,
    /// How long a tunnel idles before its idle RSS is read.
    pub settle: Duration,
}

/// Latency of one load: p50, p99 (µs), concurrency, requests/s, errors.
#[derive(Clone, Copy, Default)]
pub struct Latency {
    /// Median, µs.
    pub p50: f64,
    /// 99th percentile, µs.
    pub p99: f64,
    /// Concurrency.
    pub c: usize,
    /// Successful requests per second.
    pub rps: f64,
    /// Failed requests.
    pub errors: u64,
}

/// Everything measured through one target.
#[derive(Default)]
pub struct Traffic {
    /// Download and upload, MiB/s.
    pub down_mib_s: f64,
    /// Upload, MiB/s.
    pub up_mib_s: f64,
    /// Latency at c = 1.
    pub c1: Latency,
    /// Latency at c = 64.
    pub c64: Latency,
    /// RSS after the first request and `settle` of idleness, KiB (tunnels only).
    pub rss_idle: Option<u64>,
    /// The anonymous part of `rss_idle` (heap, stacks; the rest is the mapped binary), KiB.
    pub anon_idle: Option<u64>,
    /// Peak RSS during the c = 64 load, KiB (tunnels only).
    pub rss_load: Option<u64>,
    /// True when a transfer was cut at the time limit (its rate is what arrived within it).
    pub cut: bool,
    /// CPU seconds the agent spent per GiB downloaded and uploaded, medians (tunnels only).
    pub cpu_s_per_gib: Option<(f64, f64)>,
}

/// Measures `target` against the edge at `at` (`None`: straight to the local service).
pub fn run(world: &World, rt: &Runtime, target: Option<Target>, at: Rtt, plan: Plan) -> anyhow::Result<Traffic> {
    let running = target.map(|t| world.launch(t, at, 1000)).transpose()?;
    let (addr, host): (SocketAddr, String) = match &running {
        Some(r) => (world.edge(at).http_addr(), r.host.clone()),
        None => (world.upstream, "localhost".into()),
    };
    let pid = running.as_ref().map(|r| r.proc.pid());
    let name = target.map_or_else(|| "direct".to_owned(), |t| format!("{}{}", t.key(), at.suffix()));
    let name = name.as_str();
    let mut out = Traffic::default();
    let measured = rt.block_on(async {
        client::first_ok(addr, &host, Duration::from_secs(10)).await?;
        if let Some(pid) = pid {
            tokio::time::sleep(plan.settle).await;
            out.rss_idle = Some(sys::rss_kib(pid)?.0);
            out.anon_idle = Some(sys::anon_kib(pid)?);
        }
        out.c1 = latency(addr, &host, 1, plan, pid, name).await;
        out.c64 = match pid {
            Some(pid) => {
                let (lat, peak) = sys::peak_during(pid, latency(addr, &host, 64, plan, Some(pid), name)).await;
                out.rss_load = Some(peak);
                lat
            }
            None => latency(addr, &host, 64, plan, None, name).await,
        };
        let mib_s = |m: &Moved| m.bytes as f64 / (1 << 20) as f64 / m.took.as_secs_f64();
        let per_gib = |meter: &CpuMeter, m: &Moved| {
            meter.agent_secs().filter(|_| m.bytes > 0).map(|s| s / (m.bytes as f64 / (1u64 << 30) as f64))
        };
        let cut = |m: &Moved| {
            if m.cut { format!(" (cut at the time limit: {} MiB moved)", m.bytes >> 20) } else { String::new() }
        };
        let (mut down, mut up, mut down_cpu, mut up_cpu) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for _ in 0..plan.transfers.max(1) {
            let meter = CpuMeter::start(pid);
            let moved = client::download(addr, &host, plan.bytes, plan.transfer_limit).await?;
            down.push(mib_s(&moved));
            down_cpu.extend(per_gib(&meter, &moved));
            eprintln!("  {name}: download {:.1} MiB/s{}  [cpu: {}]", mib_s(&moved), cut(&moved), meter.report());
            out.cut |= moved.cut;
            let meter = CpuMeter::start(pid);
            let moved = client::upload(addr, &host, plan.bytes, plan.transfer_limit).await?;
            up.push(mib_s(&moved));
            up_cpu.extend(per_gib(&meter, &moved));
            eprintln!("  {name}: upload {:.1} MiB/s{}  [cpu: {}]", mib_s(&moved), cut(&moved), meter.report());
            out.cut |= moved.cut;
        }
        (out.down_mib_s, out.up_mib_s) = (median(down), median(up));
        if !down_cpu.is_empty() {
            out.cpu_s_per_gib = Some((median(down_cpu), median(up_cpu)));
        }
        anyhow::Ok(())
    });
    if let Some(r) = running {
        if measured.is_err() {
            eprintln!("{} stderr:\n{}", r.proc.what, r.proc.stderr_text());
        }
        r.proc.stop();
    }
    measured.map(|()| out)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

async fn latency(addr: SocketAddr, host: &str, c: usize, plan: Plan, pid: Option<u32>, name: &str) -> Latency {
    if plan.load.is_zero() {
        return Latency { c, ..Latency::default() };
    }
    let meter = CpuMeter::start(pid);
    let mut load = client::load(addr, host, c, plan.warmup, plan.load).await;
    load.latencies_us.sort_unstable();
    let lat = Latency {
        p50: pct(&load.latencies_us, 50.0),
        p99: pct(&load.latencies_us, 99.0),
        c,
        rps: load.latencies_us.len() as f64 / load.measured.as_secs_f64(),
        errors: load.errors,
    };
    eprintln!(
        "  {name}: c={c}: p50 {:.0} µs, p99 {:.0} µs, {:.0} req/s, {} errors  [cpu: {}]",
        lat.p50,
        lat.p99,
        lat.rps,
        lat.errors,
        meter.report()
    );
    lat
}
