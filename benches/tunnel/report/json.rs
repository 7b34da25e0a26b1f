//! `target/bench/results.json`: the keys of earlier runs kept as they were, the figures at a
//! 40 ms round trip added beside them with an `_rtt40` suffix (or an `rtt40` member), and the
//! inspector-on run of prx-tunnel SDK as the peer `prx_sdk_inspect_on`.

use serde::Serialize;

use super::{Results, p50_90, pct, sorted};
use crate::traffic::{Latency, Traffic};

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
    /// The same loads with the edge at a 40 ms round trip.
    #[serde(skip_serializing_if = "Option::is_none")]
    rtt40: Option<Box<Lat>>,
}

#[derive(Serialize)]
struct Through {
    download: f64,
    upload: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    download_rtt40: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    upload_rtt40: Option<f64>,
}

/// results.json, fields in the issues' order.
#[derive(Serialize)]
struct Json {
    machine: String,
    runs: usize,
    time_to_url_ms: TimeToUrl,
    cli_url_delay_ms: P50Max,
    throughput_mib_s: Peers<Through>,
    latency_us: Peers<Lat>,
    rss_kib: Rss,
    /// Beyond the shape: the agent's CPU seconds per GiB moved (its cost per byte).
    agent_cpu_s_per_gib: CpuPeers,
}

#[derive(Serialize)]
struct CpuPeers {
    prx_sdk: Option<Through>,
    ngrok_v2: Option<Through>,
    prx_sdk_inspect_on: Option<Through>,
}

#[derive(Serialize)]
struct TimeToUrl {
    prx_sdk: P50P90,
    prx_cli_v2: P50P90,
    ngrok_v2: P50P90,
    bare_crate: P50P90,
    prx_sdk_rtt40: P50P90,
    ngrok_v2_rtt40: P50P90,
    bare_crate_rtt40: P50P90,
}

#[derive(Serialize)]
struct Peers<T> {
    direct: T,
    prx_sdk: T,
    ngrok_v2: T,
    prx_sdk_inspect_on: T,
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
    prx_sdk_inspect_on_idle: Option<u64>,
    prx_sdk_inspect_on_load: Option<u64>,
    prx_sdk_load_rtt40: Option<u64>,
    ngrok_v2_load_rtt40: Option<u64>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn hundredths(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn one(x: &Latency) -> Lat {
    Lat { p50: x.p50.round(), p99: x.p99.round(), c: x.c, c1: None, rtt40: None }
}

/// Latency at c=64 with c=1 inside, and the same at a distance when it was measured.
fn lat(t: &Traffic, far: Option<&Traffic>) -> Lat {
    let at = |t: &Traffic| Lat { c1: Some(Box::new(one(&t.c1))), ..one(&t.c64) };
    Lat { rtt40: far.map(|f| Box::new(at(f))), ..at(t) }
}

fn cpu(t: &Traffic) -> Option<Through> {
    t.cpu_s_per_gib.map(|(d, u)| Through {
        download: hundredths(d),
        upload: hundredths(u),
        download_rtt40: None,
        upload_rtt40: None,
    })
}

fn through(t: &Traffic, far: Option<&Traffic>) -> Through {
    Through {
        download: round1(t.down_mib_s),
        upload: round1(t.up_mib_s),
        download_rtt40: far.map(|f| round1(f.down_mib_s)),
        upload_rtt40: far.map(|f| round1(f.up_mib_s)),
    }
}

impl Results {
    /// The results file's JSON.
    pub fn json(&self) -> serde_json::Result<String> {
        let series = |key: &str| {
            let (p50, p90) = p50_90(self.ttu.ms.get(key).map_or(&[][..], Vec::as_slice));
            P50P90 { p50: round1(p50), p90: round1(p90) }
        };
        let time_to_url_ms = TimeToUrl {
            prx_sdk: series("prx_sdk"),
            prx_cli_v2: series("prx_cli_v2"),
            ngrok_v2: series("ngrok_v2"),
            bare_crate: series("bare_crate"),
            prx_sdk_rtt40: series("prx_sdk_rtt40"),
            ngrok_v2_rtt40: series("ngrok_v2_rtt40"),
            bare_crate_rtt40: series("bare_crate_rtt40"),
        };
        let delay = sorted(&self.ttu.cli_delay_ms);
        let (p, v, i, d) = (&self.prx, &self.v2, &self.prx_inspect, &self.direct);
        let json = Json {
            machine: self.machine.clone(),
            runs: self.runs,
            time_to_url_ms,
            cli_url_delay_ms: P50Max { p50: hundredths(pct(&delay, 50.0)), max: hundredths(pct(&delay, 100.0)) },
            throughput_mib_s: Peers {
                direct: through(d, None),
                prx_sdk: through(p, Some(&self.prx_far)),
                ngrok_v2: through(v, Some(&self.v2_far)),
                prx_sdk_inspect_on: through(i, None),
            },
            latency_us: Peers {
                direct: lat(d, None),
                prx_sdk: lat(p, Some(&self.prx_far)),
                ngrok_v2: lat(v, Some(&self.v2_far)),
                prx_sdk_inspect_on: lat(i, None),
            },
            rss_kib: Rss {
                prx_sdk_idle: p.rss_idle,
                prx_sdk_load: p.rss_load,
                prx_cli_supervisor: self.supervisor_kib,
                ngrok_v2_idle: v.rss_idle,
                ngrok_v2_load: v.rss_load,
                prx_sdk_idle_anon: p.anon_idle,
                ngrok_v2_idle_anon: v.anon_idle,
                prx_sdk_inspect_on_idle: i.rss_idle,
                prx_sdk_inspect_on_load: i.rss_load,
                prx_sdk_load_rtt40: self.prx_far.rss_load,
                ngrok_v2_load_rtt40: self.v2_far.rss_load,
            },
            agent_cpu_s_per_gib: CpuPeers { prx_sdk: cpu(p), ngrok_v2: cpu(v), prx_sdk_inspect_on: cpu(i) },
        };
        serde_json::to_string_pretty(&json)
    }
}
