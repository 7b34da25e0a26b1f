//! The targets beside the measured ratios: issue 19's (performance at distance) first, then the
//! earlier issues' that it does not replace; each met, or missed by how much.

use std::fmt::Write as _;

use super::{Results, pct, sorted};

/// One target: what, the measured value, the bound, whether the value must reach the bound
/// (at least) or stay under it (at most), and the unit shown.
struct Goal {
    what: &'static str,
    got: f64,
    bound: f64,
    at_least: bool,
    unit: &'static str,
}

impl Goal {
    fn at_most(what: &'static str, got: f64, bound: f64, unit: &'static str) -> Goal {
        Goal { what, got, bound, at_least: false, unit }
    }

    fn at_least(what: &'static str, got: f64, bound: f64, unit: &'static str) -> Goal {
        Goal { what, got, bound, at_least: true, unit }
    }

    /// "yes", or "**no**, missed by N %" (how far the measured value is from the bound,
    /// relative to the bound), or "not measured".
    fn verdict(&self) -> String {
        if !self.got.is_finite() {
            return "not measured".into();
        }
        let met = if self.at_least { self.got >= self.bound } else { self.got <= self.bound };
        if met {
            return "yes".into();
        }
        let off = (self.got - self.bound).abs() / self.bound * 100.0;
        format!("**no**, missed by {off:.0} %")
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { a / b } else { f64::NAN }
}

impl Results {
    fn p50(&self, key: &str) -> f64 {
        self.ttu(key).map_or(f64::NAN, |(p50, _)| p50)
    }

    /// The targets table.
    pub(super) fn goals(&self) -> String {
        let (p, i, v) = (&self.prx, &self.prx_inspect, &self.v2);
        let (pf, vf) = (&self.prx_far, &self.v2_far);
        let kib = |x: Option<u64>| x.map_or(f64::NAN, |k| k as f64);
        let cpu = |t: &crate::traffic::Traffic, down: bool| {
            t.cpu_s_per_gib.map_or(f64::NAN, |(d, u)| if down { d } else { u })
        };
        let delay = sorted(&self.ttu.cli_delay_ms);
        let x = "×";
        let issue19 = [
            Goal::at_most(
                "time to URL p50, prx SDK ≤ 1.0× ngrok 2.3.41, RTT 0",
                ratio(self.p50("prx_sdk"), self.p50("ngrok_v2")),
                1.0,
                x,
            ),
            Goal::at_most(
                "time to URL p50, prx SDK ≤ 1.0× ngrok 2.3.41, RTT 40 ms",
                ratio(self.p50("prx_sdk_rtt40"), self.p50("ngrok_v2_rtt40")),
                1.0,
                x,
            ),
            Goal::at_least("upload ≥ 5× ngrok 2.3.41, RTT 40 ms", ratio(pf.up_mib_s, vf.up_mib_s), 5.0, x),
            Goal::at_least("upload ≥ 1.5× ngrok 2.3.41, RTT 0", ratio(p.up_mib_s, v.up_mib_s), 1.5, x),
            Goal::at_least("download ≥ 1.5× ngrok 2.3.41, RTT 0", ratio(p.down_mib_s, v.down_mib_s), 1.5, x),
            Goal::at_most("p99 at c=64 ≤ 0.5× ngrok 2.3.41, RTT 0", ratio(p.c64.p99, v.c64.p99), 0.5, x),
            Goal::at_most("p99 at c=64 ≤ 0.5× ngrok 2.3.41, RTT 40 ms", ratio(pf.c64.p99, vf.c64.p99), 0.5, x),
            Goal::at_most("p99 at c=64, inspect on ≤ 1.15× inspect off, RTT 0", ratio(i.c64.p99, p.c64.p99), 1.15, x),
            Goal::at_most(
                "RSS under c=64 load ≤ 0.5× ngrok 2.3.41, RTT 0",
                ratio(kib(p.rss_load), kib(v.rss_load)),
                0.5,
                x,
            ),
            Goal::at_most("CPU s per GiB downloaded ≤ 0.5× ngrok 2.3.41", ratio(cpu(p, true), cpu(v, true)), 0.5, x),
            Goal::at_most("CPU s per GiB uploaded ≤ 0.5× ngrok 2.3.41", ratio(cpu(p, false), cpu(v, false)), 0.5, x),
        ];
        let earlier = [
            Goal::at_most(
                "SDK time to URL ≤ 1.2× bare crate (p50), RTT 0",
                ratio(self.p50("prx_sdk"), self.p50("bare_crate")),
                1.2,
                x,
            ),
            Goal::at_most("CLI URL delay < 10 ms (max)", pct(&delay, 100.0), 10.0, " ms"),
            Goal::at_most("SDK idle RSS ≤ ⅓ of ngrok 2.3.41's", ratio(kib(p.rss_idle), kib(v.rss_idle)), 1.0 / 3.0, x),
            Goal::at_most(
                "SDK RSS under load ≤ ⅓ of ngrok 2.3.41's",
                ratio(kib(p.rss_load), kib(v.rss_load)),
                1.0 / 3.0,
                x,
            ),
            Goal::at_most("CLI supervisor RSS < 10 MiB", self.supervisor_kib as f64 / 1024.0, 10.0, " MiB"),
        ];
        let mut s = String::from("| target | measured | met |\n|---|---:|:---:|\n");
        for (group, goals) in [("issue 19", &issue19[..]), ("earlier issues", &earlier[..])] {
            let _ = writeln!(s, "| *{group}* | | |");
            for g in goals {
                let _ = writeln!(s, "| {} | {:.2}{} | {} |", g.what, g.got, g.unit, g.verdict());
            }
        }
        s
    }
}
