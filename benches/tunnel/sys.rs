//! What the kernel knows about a process: resident memory (VmRSS, and the peak VmHWM, which
//! can be reset through `clear_refs`), CPU time per process and per thread group of this
//! process, and a one-line description of the machine.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Clock ticks per second for `/proc/*/stat` times (`getconf CLK_TCK`; 100 on Linux).
const TICKS: f64 = 100.0;

/// `VmRSS` and `VmHWM` of `pid`, in KiB.
pub fn rss_kib(pid: u32) -> anyhow::Result<(u64, u64)> {
    let path = format!("/proc/{pid}/status");
    let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("could not read {path}: {e}"))?;
    let field = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or_else(|| anyhow::anyhow!("{path} has no {name}"))
    };
    Ok((field("VmRSS:")?, field("VmHWM:")?))
}

/// Anonymous resident memory of `pid` (heap, stacks) in KiB: VmRSS less the mapped files,
/// mostly the program's own binary.
pub fn anon_kib(pid: u32) -> anyhow::Result<u64> {
    let path = format!("/proc/{pid}/status");
    let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("could not read {path}: {e}"))?;
    text.lines()
        .find_map(|l| l.strip_prefix("RssAnon:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .ok_or_else(|| anyhow::anyhow!("{path} has no RssAnon"))
}

/// Resets the peak RSS of `pid` to its current RSS (`echo 5 > /proc/PID/clear_refs`); false
/// when the kernel refused, in which case the caller samples VmRSS instead.
pub fn reset_peak(pid: u32) -> bool {
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").is_ok()
}

/// Samples VmRSS of `pid` every 50 ms while `busy` runs and returns the largest sample and
/// the peak (VmHWM, reset first) — whichever is larger — in KiB.
pub async fn peak_during<F: std::future::Future>(pid: u32, busy: F) -> (F::Output, u64) {
    let reset = reset_peak(pid);
    let mut max = 0;
    let mut tick = tokio::time::interval(Duration::from_millis(50));
    tokio::pin!(busy);
    let out = loop {
        tokio::select! {
            out = &mut busy => break out,
            _ = tick.tick() => max = max.max(rss_kib(pid).map(|(rss, _)| rss).unwrap_or(0)),
        }
    };
    let (rss, hwm) = rss_kib(pid).unwrap_or((0, 0));
    let peak = if reset { hwm } else { 0 };
    (out, max.max(rss).max(peak))
}

/// utime + stime of a `/proc/.../stat` line, in seconds.
fn cpu_of_stat(stat: &str) -> Option<(String, f64)> {
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat[open + 1..close].to_owned();
    let rest: Vec<&str> = stat[close + 1..].split_whitespace().collect();
    // Fields after the comm start at field 3 (state); utime is field 14, stime field 15.
    let utime: f64 = rest.get(11)?.parse().ok()?;
    let stime: f64 = rest.get(12)?.parse().ok()?;
    Some((comm, (utime + stime) / TICKS))
}

/// CPU seconds used so far by process `pid` (all its threads).
pub fn process_cpu(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).ok().and_then(|s| cpu_of_stat(&s)).map_or(0.0, |(_, c)| c)
}

/// CPU seconds used so far by this process's threads, grouped by thread name.
pub fn own_threads_cpu() -> BTreeMap<String, f64> {
    let mut by_name = BTreeMap::new();
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else { return by_name };
    for task in tasks.flatten() {
        let stat = std::fs::read_to_string(task.path().join("stat")).unwrap_or_default();
        if let Some((comm, cpu)) = cpu_of_stat(&stat) {
            // Runtime threads are named after their part; the main thread and the stdout
            // readers belong to the harness.
            let group = match comm.split(['-', ':']).next().unwrap_or(&comm) {
                part @ ("sim" | "upstream" | "client") => part.to_owned(),
                _ => "harness".to_owned(),
            };
            *by_name.entry(group).or_insert(0.0) += cpu;
        }
    }
    by_name
}

/// CPU use of the parts of one measurement, as shares of the machine's capacity.
pub struct CpuMeter {
    start: Instant,
    own: BTreeMap<String, f64>,
    agent: Option<(u32, f64)>,
}

impl CpuMeter {
    /// Starts measuring this process's thread groups and, when given, the agent process.
    pub fn start(agent: Option<u32>) -> CpuMeter {
        CpuMeter { start: Instant::now(), own: own_threads_cpu(), agent: agent.map(|p| (p, process_cpu(p))) }
    }

    /// CPU seconds the agent process used since the start (`None` without an agent).
    pub fn agent_secs(&self) -> Option<f64> {
        self.agent.map(|(pid, before)| process_cpu(pid) - before)
    }

    /// `name share%` for each part that used CPU since the start, share of all cores.
    pub fn report(&self) -> String {
        let wall = self.start.elapsed().as_secs_f64() * cores() as f64;
        let mut parts = Vec::new();
        for (name, now) in own_threads_cpu() {
            let used = now - self.own.get(&name).copied().unwrap_or(0.0);
            if used > 0.01 * wall {
                parts.push(format!("{name} {:.0}%", 100.0 * used / wall));
            }
        }
        if let Some((pid, before)) = self.agent {
            parts.push(format!("agent {:.0}%", 100.0 * (process_cpu(pid) - before) / wall));
        }
        parts.join(", ")
    }
}

/// The 1-minute load average (other work on the machine skews every figure).
pub fn load_average() -> f64 {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    text.split_whitespace().next().and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
}

/// Online CPU cores.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// CPU model, cores, memory and kernel, in one line.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map_or("unknown CPU".to_owned(), |m| m.trim().to_owned());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_gib = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(0.0, |kib| kib / 1024.0 / 1024.0);
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    format!("{model}, {} cores, {mem_gib:.0} GiB RAM, Linux {}", cores(), kernel.trim())
}
