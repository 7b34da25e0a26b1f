//! `PRX_BENCH_INSPECT=1`: the cost of the request inspector — prx-tunnel in SDK mode with
//! `inspect = false` (the byte-copy path) and `inspect = true` (HTTP served and captured),
//! the same traffic plan through each. Prints a Markdown table and writes
//! `<target>/bench/inspect.json`.

use tokio::runtime::Runtime;

use crate::targets::{Target, World};
use crate::traffic::{self, Plan, Traffic};

/// Measures both and returns the Markdown table and the JSON.
pub fn run(world: &World, rt: &Runtime, plan: Plan) -> anyhow::Result<(String, serde_json::Value)> {
    let off = traffic::run(world, rt, Some(Target::PrxSdk), plan)?;
    let on = traffic::run(world, rt, Some(Target::PrxSdkInspect), plan)?;
    Ok((markdown(&off, &on), json(&off, &on)))
}

fn row(s: &mut String, what: &str, off: f64, on: f64, digits: usize) {
    let ratio = if off > 0.0 { format!("{:.2}×", on / off) } else { "–".into() };
    s.push_str(&format!("| {what} | {off:.digits$} | {on:.digits$} | {ratio} |\n"));
}

fn markdown(off: &Traffic, on: &Traffic) -> String {
    let mib = |kib: Option<u64>| kib.map_or(0.0, |k| k as f64 / 1024.0);
    let mut s = String::from("| prx-tunnel SDK | inspect off | inspect on | on / off |\n|---|---:|---:|---:|\n");
    row(&mut s, "download 1 GiB, median (MiB/s)", off.down_mib_s, on.down_mib_s, 0);
    row(&mut s, "upload 1 GiB, median (MiB/s)", off.up_mib_s, on.up_mib_s, 0);
    row(&mut s, "latency c=1 p50 (µs)", off.c1.p50, on.c1.p50, 0);
    row(&mut s, "latency c=1 p99 (µs)", off.c1.p99, on.c1.p99, 0);
    row(&mut s, "latency c=64 p50 (µs)", off.c64.p50, on.c64.p50, 0);
    row(&mut s, "latency c=64 p99 (µs)", off.c64.p99, on.c64.p99, 0);
    row(&mut s, "requests/s c=64", off.c64.rps, on.c64.rps, 0);
    row(&mut s, "RSS idle (MiB)", mib(off.rss_idle), mib(on.rss_idle), 1);
    row(&mut s, "RSS peak under c=64 load (MiB)", mib(off.rss_load), mib(on.rss_load), 1);
    s
}

fn json(off: &Traffic, on: &Traffic) -> serde_json::Value {
    let one = |t: &Traffic| {
        serde_json::json!({
            "download_mib_s": t.down_mib_s.round(), "upload_mib_s": t.up_mib_s.round(),
            "c1_p50_us": t.c1.p50.round(), "c1_p99_us": t.c1.p99.round(),
            "c64_p50_us": t.c64.p50.round(), "c64_p99_us": t.c64.p99.round(), "c64_rps": t.c64.rps.round(),
            "c64_errors": t.c64.errors, "rss_idle_kib": t.rss_idle, "rss_load_kib": t.rss_load,
        })
    };
    serde_json::json!({ "inspect_off": one(off), "inspect_on": one(on) })
}
