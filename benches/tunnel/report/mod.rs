//! What one run measured, and how it is reported: percentiles, the results file
//! (`target/bench/results.json`, `json.rs`), the Markdown table of figures (`table.rs`) and
//! the table of targets with how far each is met or missed (`goals.rs`).

mod goals;
mod json;
mod table;

use crate::traffic::Traffic;
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

fn p50_90(v: &[f64]) -> (f64, f64) {
    let s = sorted(v);
    (pct(&s, 50.0), pct(&s, 90.0))
}

/// The sizes of the run, for the table's headings.
#[derive(Clone, Copy)]
pub struct Sizes {
    /// MiB moved per transfer.
    pub mib: u64,
    /// Transfers each way on loopback (median reported).
    pub transfers: usize,
    /// Transfers each way at a 40 ms round trip (median reported).
    pub transfers_far: usize,
    /// Seconds of each latency load.
    pub load_secs: u64,
    /// The longest one transfer may run, seconds.
    pub limit_secs: u64,
}

/// Everything one run measured.
pub struct Results {
    /// The machine, in one line.
    pub machine: String,
    /// Time-to-URL runs per target.
    pub runs: usize,
    /// How much was moved and for how long.
    pub sizes: Sizes,
    /// Time to URL (both distances) and CLI URL delay.
    pub ttu: Ttu,
    /// Straight to the local service.
    pub direct: Traffic,
    /// Through prx-tunnel, SDK mode, inspector off, edge on loopback.
    pub prx: Traffic,
    /// Through prx-tunnel, SDK mode, inspector on, edge on loopback.
    pub prx_inspect: Traffic,
    /// Through the ngrok 2.3.41 agent, edge on loopback.
    pub v2: Traffic,
    /// Through prx-tunnel, SDK mode, inspector off, edge at a 40 ms round trip.
    pub prx_far: Traffic,
    /// Through the ngrok 2.3.41 agent, edge at a 40 ms round trip.
    pub v2_far: Traffic,
    /// RSS of the CLI-mode supervisor (prx-tunnel alone, not its agent), KiB.
    pub supervisor_kib: u64,
}

impl Results {
    /// Time to URL p50 and p90 of a results key (`prx_sdk_rtt40`, …), if it was measured.
    fn ttu(&self, key: &str) -> Option<(f64, f64)> {
        self.ttu.ms.get(key).filter(|v| !v.is_empty()).map(|v| p50_90(v))
    }

    /// The Markdown tables: the figures, then the targets.
    pub fn markdown(&self) -> String {
        self.table() + "\n" + &self.goals()
    }
}
