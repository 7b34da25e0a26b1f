//! Percentiles, the results file (`target/bench/results.json`) and the Markdown tables.

use std::fmt::Write as _;

use serde::Serialize;

use crate::traffic::{Latency, Traffic};
use crate::ttu::Ttu;

/// Nearest-rank percentile `p` of ascending `sorted` values (0 when empty).
pub fn pct<T: Copy + Into<f64>>(sorted: &[T], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].into()
}

fn sorted(v: &[f64]) -> Vec<f64> {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v
}

/// Everything one run measured.
pub struct Results {
    /// The machine, in one line.
    pub machine: String,
    /// Time-to-URL runs per target.
    pub runs: usize,
    /// Time to URL and CLI URL delay.
    pub ttu: Ttu,
    /// Straight to the local service.
    pub direct: Traffic,
    /// Through prx-tunnel, SDK mode.
    pub prx: Traffic,
    /// Through the ngrok 2.3.41 agent.
    pub v2: Traffic,
    /// RSS of the CLI-mode supervisor (prx-tunnel alone, not its agent), KiB.
    pub supervisor_kib: u64,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn p50_90(v: &[f64]) -> (f64, f64) {
    let s = sorted(v);
    (pct(&s, 50.0), pct(&s, 90.0))
}

#[derive(Serialize)]
struct P50P90 {
    p50: f64,
    p90: f64,
}

#[derive(Serialize)]
struct P50Max {
    p50: f64,
    max: f64,
}

#[derive(Serialize)]
struct Lat {
    p50: f64,
    p99: f64,
    c: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    c1: Option<Box<Lat>>,
}

#[derive(Serialize)]
struct Through {
    download: f64,
    upload: f64,
}

/// results.json, fields in the order.
#[derive(Serialize)]
struct Json {
    machine: String,
    runs: usize,
    time_to_url_ms: Ttu4,
    cli_url_delay_ms: P50Max,
    throughput_mib_s: Trio<Through>,
    latency_us: Trio<Lat>,
    rss_kib: Rss,
    /// Beyond the shape: the agent's CPU seconds per GiB moved (its cost per byte).
    agent_cpu_s_per_gib: CpuPair,
}

#[derive(Serialize)]
struct CpuPair {
    prx_sdk: Option<Through>,
    ngrok_v2: Option<Through>,
}

#[derive(Serialize)]
struct Ttu4 {
    prx_sdk: P50P90,
    prx_cli_v2: P50P90,
    ngrok_v2: P50P90,
    bare_crate: P50P90,
}

#[derive(Serialize)]
struct Trio<T> {
    direct: T,
    prx_sdk: T,
    ngrok_v2: T,
}

#[derive(Serialize)]
struct Rss {
    prx_sdk_idle: Option<u64>,
    prx_sdk_load: Option<u64>,
    prx_cli_supervisor: u64,
    ngrok_v2_idle: Option<u64>,
    ngrok_v2_load: Option<u64>,
    /// Beyond the shape: the anonymous part of the idle figures (the rest is the
    /// mapped program binary).
    prx_sdk_idle_anon: Option<u64>,
    ngrok_v2_idle_anon: Option<u64>,
}

fn lat(t: &Traffic) -> Lat {
    let one = |x: &Latency| Lat { p50: x.p50.round(), p99: x.p99.round(), c: x.c, c1: None };
    Lat { c1: Some(Box::new(one(&t.c1))), ..one(&t.c64) }
}

fn cpu(t: &Traffic) -> Option<Through> {
    let hundredths = |x: f64| (x * 100.0).round() / 100.0;
    t.cpu_s_per_gib.map(|(d, u)| Through { download: hundredths(d), upload: hundredths(u) })
}

fn through(t: &Traffic) -> Through {
    Through { download: round1(t.down_mib_s), upload: round1(t.up_mib_s) }
}

impl Results {
    /// The results file's JSON.
    pub fn json(&self) -> serde_json::Result<String> {
        let series = |key: &str| {
            let (p50, p90) = p50_90(self.ttu.ms.get(key).map_or(&[][..], Vec::as_slice));
            P50P90 { p50: round1(p50), p90: round1(p90) }
        };
        let ttu = Ttu4 {
            prx_sdk: series("prx_sdk"),
            prx_cli_v2: series("prx_cli_v2"),
            ngrok_v2: series("ngrok_v2"),
            bare_crate: series("bare_crate"),
        };
        let delay = sorted(&self.ttu.cli_delay_ms);
        let hundredths = |x: f64| (x * 100.0).round() / 100.0;
        let json = Json {
            machine: self.machine.clone(),
            runs: self.runs,
            time_to_url_ms: ttu,
            cli_url_delay_ms: P50Max { p50: hundredths(pct(&delay, 50.0)), max: hundredths(pct(&delay, 100.0)) },
            throughput_mib_s: Trio {
                direct: through(&self.direct),
                prx_sdk: through(&self.prx),
                ngrok_v2: through(&self.v2),
            },
            latency_us: Trio { direct: lat(&self.direct), prx_sdk: lat(&self.prx), ngrok_v2: lat(&self.v2) },
            rss_kib: Rss {
                prx_sdk_idle: self.prx.rss_idle,
                prx_sdk_load: self.prx.rss_load,
                prx_cli_supervisor: self.supervisor_kib,
                ngrok_v2_idle: self.v2.rss_idle,
                ngrok_v2_load: self.v2.rss_load,
                prx_sdk_idle_anon: self.prx.anon_idle,
                ngrok_v2_idle_anon: self.v2.anon_idle,
            },
            agent_cpu_s_per_gib: CpuPair { prx_sdk: cpu(&self.prx), ngrok_v2: cpu(&self.v2) },
        };
        serde_json::to_string_pretty(&json)
    }

    /// The Markdown tables: the figures, then the targets.
    pub fn markdown(&self) -> String {
        let ttu =
            |k: &str| self.ttu.ms.get(k).map(|v| p50_90(v)).map_or("—".into(), |(a, b)| format!("{a:.0} / {b:.0}"));
        let delay = sorted(&self.ttu.cli_delay_ms);
        let (d50, dmax) = (pct(&delay, 50.0), pct(&delay, 100.0));
        let lat = |x: &Latency| format!("{:.0} / {:.0}", x.p50, x.p99);
        let mib = |k: Option<u64>| k.map_or("—".into(), |k| format!("{:.1}", k as f64 / 1024.0));
        let (p, v, d) = (&self.prx, &self.v2, &self.direct);
        let mut s = String::new();
        let _ = writeln!(s, "Machine: {}. Time to URL: {} runs each.\n", self.machine, self.runs);
        s += "| | prx-tunnel SDK | prx-tunnel CLI → ngrok 2.3.41 | ngrok 2.3.41 | bare `ngrok` crate | direct |\n";
        s += "|---|---:|---:|---:|---:|---:|\n";
        let _ = writeln!(
            s,
            "| time to URL p50 / p90 (ms) | {} | {} | {} | {} | — |",
            ttu("prx_sdk"),
            ttu("prx_cli_v2"),
            ttu("ngrok_v2"),
            ttu("bare_crate")
        );
        let _ = writeln!(
            s,
            "| … bare crate with the crate's default connector (Nagle on), p50 / p90 (ms) | — | — | — | {} | — |",
            ttu("bare_crate_defaults")
        );
        let _ = writeln!(s, "| CLI URL delay p50 / max (ms) | — | {d50:.2} / {dmax:.2} | — | — | — |");
        let _ = writeln!(
            s,
            "| download 1 GiB, median of 3 (MiB/s) | {:.0} | — | {:.0} | — | {:.0} |",
            p.down_mib_s, v.down_mib_s, d.down_mib_s
        );
        let _ = writeln!(
            s,
            "| upload 1 GiB, median of 3 (MiB/s) | {:.0} | — | {:.0} | — | {:.0} |",
            p.up_mib_s, v.up_mib_s, d.up_mib_s
        );
        let cpu = |t: &Traffic| t.cpu_s_per_gib.map_or("—".into(), |(d, u)| format!("{d:.2} / {u:.2}"));
        let _ = writeln!(s, "| agent CPU per GiB moved, down / up (s) | {} | — | {} | — | — |", cpu(p), cpu(v));
        let _ =
            writeln!(s, "| latency c=1 p50 / p99 (µs) | {} | — | {} | — | {} |", lat(&p.c1), lat(&v.c1), lat(&d.c1));
        let _ = writeln!(
            s,
            "| latency c=64 p50 / p99 (µs) | {} | — | {} | — | {} |",
            lat(&p.c64),
            lat(&v.c64),
            lat(&d.c64)
        );
        let _ = writeln!(
            s,
            "| requests/s c=1 · c=64 | {:.0} · {:.0} | — | {:.0} · {:.0} | — | {:.0} · {:.0} |",
            p.c1.rps, p.c64.rps, v.c1.rps, v.c64.rps, d.c1.rps, d.c64.rps
        );
        let _ = writeln!(
            s,
            "| RSS idle (MiB) | {} | {} (supervisor) | {} | — | — |",
            mib(p.rss_idle),
            mib(Some(self.supervisor_kib)),
            mib(v.rss_idle)
        );
        let _ = writeln!(
            s,
            "| of which anonymous (heap, stacks), idle (MiB) | {} | — | {} | — | — |",
            mib(p.anon_idle),
            mib(v.anon_idle)
        );
        let _ =
            writeln!(s, "| RSS peak under c=64 load (MiB) | {} | — | {} | — | — |", mib(p.rss_load), mib(v.rss_load));
        s + "\n" + &self.targets()
    }

    fn targets(&self) -> String {
        let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { f64::NAN };
        let ttu50 = |k: &str| self.ttu.ms.get(k).map_or(f64::NAN, |v| p50_90(v).0);
        let delay = sorted(&self.ttu.cli_delay_ms);
        let (p, v) = (&self.prx, &self.v2);
        let kib = |x: Option<u64>| x.unwrap_or(0) as f64;
        let rows = [
            ("SDK time to URL ≤ 1.2× bare crate (p50)", ratio(ttu50("prx_sdk"), ttu50("bare_crate")), 1.2, false, "×"),
            ("CLI URL delay < 10 ms (max)", pct(&delay, 100.0), 10.0, false, " ms"),
            ("SDK download ≥ 1.5× ngrok 2.3.41", ratio(p.down_mib_s, v.down_mib_s), 1.5, true, "×"),
            ("SDK upload ≥ 1.5× ngrok 2.3.41", ratio(p.up_mib_s, v.up_mib_s), 1.5, true, "×"),
            ("SDK p99 at c=64 ≤ ngrok 2.3.41's", ratio(p.c64.p99, v.c64.p99), 1.0, false, "×"),
            ("SDK idle RSS ≤ ⅓ of ngrok 2.3.41's", ratio(kib(p.rss_idle), kib(v.rss_idle)), 1.0 / 3.0, false, "×"),
            (
                "SDK RSS under load ≤ ⅓ of ngrok 2.3.41's",
                ratio(kib(p.rss_load), kib(v.rss_load)),
                1.0 / 3.0,
                false,
                "×",
            ),
            ("CLI supervisor RSS < 10 MiB", self.supervisor_kib as f64 / 1024.0, 10.0, false, " MiB"),
        ];
        let mut s = String::from("| target | measured | met |\n|---|---:|:---:|\n");
        for (what, got, bound, at_least, unit) in rows {
            let met = if at_least { got >= bound } else { got <= bound };
            let _ = writeln!(s, "| {what} | {got:.2}{unit} | {} |", if met { "yes" } else { "**no**" });
        }
        s
    }
}
