//! Time to URL — process start until the first successful public request through the edge —
//! for each target, on loopback and at a 40 ms round trip, interleaved run by run so drift
//! hits all alike; and CLI mode's URL delay:
//! the agent's own "started tunnel" timestamp (`t`) to the moment prx-tunnel prints the URL.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use anyhow::Context;
use tokio::runtime::Runtime;

use crate::client;
use crate::targets::{Rtt, Running, Target, World};

/// How long the first successful request may take once the URL is printed.
const FIRST_OK: Duration = Duration::from_secs(10);
/// The targets timed, in the order each round runs them.
pub const TIMED: [Target; 5] =
    [Target::PrxSdk, Target::PrxCliV2, Target::NgrokV2, Target::BareCrate, Target::BareCrateDefault];
/// The targets also timed at a 40 ms round trip (the bare crate with Nagle on would take
/// seconds there: each RPC waits for a delayed ACK).
pub const TIMED_FAR: [Target; 3] = [Target::PrxSdk, Target::NgrokV2, Target::BareCrate];

/// What this phase measured.
#[derive(Default)]
pub struct Ttu {
    /// Time to URL in ms, by results key (`prx_sdk`, `prx_sdk_rtt40`, …).
    pub ms: BTreeMap<String, Vec<f64>>,
    /// Agent "started tunnel" timestamp → prx-tunnel's URL line read by us, ms.
    pub cli_delay_ms: Vec<f64>,
    /// Of that: the agent line reaching the tee → prx-tunnel's URL line, ms.
    pub cli_delay_after_tee_ms: Vec<f64>,
}

/// Runs one unrecorded warm-up round, then `runs` recorded rounds (none when `runs` is 0).
pub fn run(world: &World, rt: &Runtime, runs: usize) -> anyhow::Result<Ttu> {
    let mut out = Ttu::default();
    for round in (0..=runs).filter(|_| runs > 0) {
        let near = TIMED.iter().map(|&t| (t, Rtt::Zero));
        for (target, at) in near.chain(TIMED_FAR.iter().map(|&t| (t, Rtt::Forty))) {
            let ms = time_to_url(world, rt, target, at, round)?;
            if round > 0 {
                out.ms.entry(format!("{}{}", target.key(), at.suffix())).or_default().push(ms);
            }
        }
        let (total, after_tee) = cli_delay(world, round)?;
        if round > 0 {
            out.cli_delay_ms.push(total);
            out.cli_delay_after_tee_ms.push(after_tee);
        }
        eprintln!("  time to URL: round {round}/{runs} done{}", if round == 0 { " (warm-up)" } else { "" });
    }
    Ok(out)
}

fn time_to_url(world: &World, rt: &Runtime, target: Target, at: Rtt, round: usize) -> anyhow::Result<f64> {
    let running = world.launch(target, at, round)?;
    let ok = rt.block_on(client::first_ok(world.edge(at).http_addr(), &running.host, FIRST_OK));
    let Running { proc, started, .. } = running;
    let ok = ok.with_context(|| format!("{target:?}{}: the URL was printed but never answered", at.suffix()));
    proc.stop();
    Ok(ok?.duration_since(started).as_secs_f64() * 1e3)
}

/// One CLI-mode launch through the tee: (agent timestamp → URL line, tee → URL line), ms.
fn cli_delay(world: &World, round: usize) -> anyhow::Result<(f64, f64)> {
    let running = world.launch(Target::PrxCliV2Tee, Rtt::Zero, round)?;
    let printed = running.url_line.wall;
    // The tee copies each line to prx-tunnel before logging it: poll the log for it.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let found = loop {
        let log = std::fs::read_to_string(running.root.join("tee.log")).unwrap_or_default();
        match started_line(&log, &running.url) {
            Some(found) => break Some(found),
            None if std::time::Instant::now() > deadline => break None,
            None => std::thread::sleep(Duration::from_millis(2)),
        }
    };
    let url = running.url.clone();
    running.proc.stop();
    let (arrived, t) = found.with_context(|| format!("the agent never logged \"started tunnel\" for {url}"))?;
    let logged = agent_time(&t)?;
    let ms = |a: SystemTime, b: SystemTime| match b.duration_since(a) {
        Ok(d) => d.as_secs_f64() * 1e3,
        Err(e) => -e.duration().as_secs_f64() * 1e3,
    };
    Ok((ms(logged, printed), ms(arrived, printed)))
}

/// In the tee log, the "started tunnel" line for `url`: when it reached the tee, and its `t`.
fn started_line(log: &str, url: &str) -> Option<(SystemTime, String)> {
    log.lines().find_map(|entry| {
        let (arrived, line) = entry.split_once(' ')?;
        let v = serde_json::from_str::<serde_json::Value>(line).ok()?;
        if v["msg"] != "started tunnel" || v["url"] != url {
            return None;
        }
        let arrived = SystemTime::UNIX_EPOCH + Duration::from_nanos(arrived.parse().ok()?);
        Some((arrived, v["t"].as_str()?.to_owned()))
    })
}

/// The agent's `t`: RFC 3339 with nanoseconds and a zone offset (`…+0000`, `…Z` or `…+00:00`).
pub fn agent_time(t: &str) -> anyhow::Result<SystemTime> {
    let (stamp, offset_s) = split_offset(t).with_context(|| format!("unrecognised agent timestamp {t:?}"))?;
    let utc = humantime::parse_rfc3339_weak(stamp).with_context(|| format!("unrecognised agent timestamp {t:?}"))?;
    let shift = Duration::from_secs(offset_s.unsigned_abs());
    Ok(if offset_s >= 0 { utc - shift } else { utc + shift })
}

/// `("2024-05-01T10:00:00.123", offset seconds)` from a timestamp with a zone suffix.
fn split_offset(t: &str) -> Option<(&str, i64)> {
    if let Some(stamp) = t.strip_suffix('Z') {
        return Some((stamp, 0));
    }
    let at = t.rfind(['+', '-']).filter(|&i| i > t.find('T').unwrap_or(usize::MAX))?;
    let (stamp, zone) = t.split_at(at);
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
    let (h, m) = (digits.get(0..2)?.parse::<i64>().ok()?, digits.get(2..4).unwrap_or("0").parse::<i64>().ok()?);
    Some((stamp, sign * (h * 3600 + m * 60)))
}
