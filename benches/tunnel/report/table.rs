//! The Markdown table of figures: one column per peer, rows on loopback and at a 40 ms round
//! trip side by side.

use std::fmt::Write as _;

use super::{Results, pct, sorted};
use crate::traffic::{Latency, Traffic};

/// The table's columns, in order.
const COLUMNS: [&str; 6] = [
    "prx-tunnel SDK",
    "prx-tunnel SDK, inspect on",
    "prx-tunnel CLI → ngrok 2.3.41",
    "ngrok 2.3.41",
    "bare `ngrok` crate",
    "direct",
];

const NONE: &str = "—";

/// Which rate of a peer a throughput row shows.
type Rate = fn(&Traffic) -> f64;

/// One row: its label and a cell per column (`None` shows as a dash).
fn row(s: &mut String, label: &str, cells: [Option<String>; 6]) {
    let cells: Vec<String> = cells.into_iter().map(|c| c.unwrap_or_else(|| NONE.to_owned())).collect();
    let _ = writeln!(s, "| {label} | {} |", cells.join(" | "));
}

fn lat(x: &Latency) -> Option<String> {
    Some(format!("{:.0} / {:.0}", x.p50, x.p99))
}

fn mib(kib: Option<u64>) -> Option<String> {
    kib.map(|k| format!("{:.1}", k as f64 / 1024.0))
}

/// MiB/s: whole numbers, one decimal below 10 (the window-bound rates at a distance).
fn rate(x: f64) -> Option<String> {
    Some(if x < 10.0 { format!("{x:.1}") } else { format!("{x:.0}") })
}

fn cpu(t: &Traffic) -> Option<String> {
    t.cpu_s_per_gib.map(|(d, u)| format!("{d:.2} / {u:.2}"))
}

impl Results {
    /// The figures, one Markdown table.
    pub(super) fn table(&self) -> String {
        let ttu = |k: &str| self.ttu(k).map(|(a, b)| format!("{a:.0} / {b:.0}"));
        let delay = sorted(&self.ttu.cli_delay_ms);
        let (p, i, v, d) = (&self.prx, &self.prx_inspect, &self.v2, &self.direct);
        let (pf, vf) = (&self.prx_far, &self.v2_far);
        let z = self.sizes;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "Machine: {}. Time to URL: {} runs each. Latency loads: {} s each. RTT 40 ms: the edge \
             started with `--latency 20ms`; RTT 0: on loopback.\n",
            self.machine, self.runs, z.load_secs
        );
        let _ = writeln!(s, "| | {} |", COLUMNS.join(" | "));
        let _ = writeln!(s, "|---|{}", "---:|".repeat(COLUMNS.len()));
        row(
            &mut s,
            "time to URL p50 / p90, RTT 0 (ms)",
            [ttu("prx_sdk"), None, ttu("prx_cli_v2"), ttu("ngrok_v2"), ttu("bare_crate"), None],
        );
        row(
            &mut s,
            "time to URL p50 / p90, RTT 40 ms (ms)",
            [ttu("prx_sdk_rtt40"), None, None, ttu("ngrok_v2_rtt40"), ttu("bare_crate_rtt40"), None],
        );
        row(
            &mut s,
            "… bare crate with the crate's default connector (Nagle on), RTT 0, p50 / p90 (ms)",
            [None, None, None, None, ttu("bare_crate_defaults"), None],
        );
        let cli_delay = format!("{:.2} / {:.2}", pct(&delay, 50.0), pct(&delay, 100.0));
        row(&mut s, "CLI URL delay p50 / max (ms)", [None, None, Some(cli_delay), None, None, None]);
        let near = format!("{} MiB, median of {}", z.mib, z.transfers);
        let far = format!("{} MiB at RTT 40 ms, median of {}", z.mib, z.transfers_far);
        // A transfer cut at the time limit is marked: its rate is what arrived within it.
        let t = |x: &Traffic, f: Rate| rate(f(x)).map(|r| if x.cut { format!("{r}¹") } else { r });
        let (down, up): (Rate, Rate) = (|x| x.down_mib_s, |x| x.up_mib_s);
        row(&mut s, &format!("download {near} (MiB/s)"), [t(p, down), t(i, down), None, t(v, down), None, t(d, down)]);
        row(&mut s, &format!("upload {near} (MiB/s)"), [t(p, up), t(i, up), None, t(v, up), None, t(d, up)]);
        row(&mut s, &format!("download {far} (MiB/s)"), [t(pf, down), None, None, t(vf, down), None, None]);
        row(&mut s, &format!("upload {far} (MiB/s)"), [t(pf, up), None, None, t(vf, up), None, None]);
        row(&mut s, "agent CPU per GiB moved, RTT 0, down / up (s)", [cpu(p), cpu(i), None, cpu(v), None, None]);
        row(&mut s, "latency c=1 p50 / p99, RTT 0 (µs)", [lat(&p.c1), lat(&i.c1), None, lat(&v.c1), None, lat(&d.c1)]);
        row(
            &mut s,
            "latency c=64 p50 / p99, RTT 0 (µs)",
            [lat(&p.c64), lat(&i.c64), None, lat(&v.c64), None, lat(&d.c64)],
        );
        row(&mut s, "latency c=1 p50 / p99, RTT 40 ms (µs)", [lat(&pf.c1), None, None, lat(&vf.c1), None, None]);
        row(&mut s, "latency c=64 p50 / p99, RTT 40 ms (µs)", [lat(&pf.c64), None, None, lat(&vf.c64), None, None]);
        let rps = |x: &Traffic| Some(format!("{:.0} · {:.0}", x.c1.rps, x.c64.rps));
        row(&mut s, "requests/s c=1 · c=64, RTT 0", [rps(p), rps(i), None, rps(v), None, rps(d)]);
        row(&mut s, "requests/s c=1 · c=64, RTT 40 ms", [rps(pf), None, None, rps(vf), None, None]);
        let supervisor = mib(Some(self.supervisor_kib)).map(|m| format!("{m} (supervisor)"));
        row(&mut s, "RSS idle (MiB)", [mib(p.rss_idle), mib(i.rss_idle), supervisor, mib(v.rss_idle), None, None]);
        row(
            &mut s,
            "of which anonymous (heap, stacks), idle (MiB)",
            [mib(p.anon_idle), mib(i.anon_idle), None, mib(v.anon_idle), None, None],
        );
        row(
            &mut s,
            "RSS peak under c=64 load, RTT 0 (MiB)",
            [mib(p.rss_load), mib(i.rss_load), None, mib(v.rss_load), None, None],
        );
        row(
            &mut s,
            "RSS peak under c=64 load, RTT 40 ms (MiB)",
            [mib(pf.rss_load), None, None, mib(vf.rss_load), None, None],
        );
        if [p, i, v, d, pf, vf].iter().any(|x| x.cut) {
            let _ = writeln!(
                s,
                "\n¹ At least one transfer was cut at the {} s limit; its rate is the bytes that reached the \
                 far end within it.",
                z.limit_secs
            );
        }
        s
    }
}
