//! `start --detach`: re-run `start` in a new session in the background, relay its first
//! stdout line (the URL), and leave it running. Its stderr goes to the tunnel's log file.

use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

use super::out_line;
use crate::exit::{Exit, Fail};

/// Starts the background tunnel and returns once it printed its URL (or failed).
pub async fn run(name: &str, startup_timeout: Duration) -> Result<()> {
    let exe = std::env::current_exe().context("could not find the prx-tunnel executable")?;
    let dir = crate::state::state_dir()?;
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    let log_path = dir.join(format!("{name}.log"));
    // A tunnel of that name still running keeps its log (this start will be refused, and its
    // message appended); otherwise the previous run's log is kept as NAME.log.1, .2, .3.
    let running = matches!(crate::state::lookup(name)?, crate::state::Lookup::Running(_));
    if !running {
        rotate(&log_path, KEPT_LOGS);
    }
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log_path)
        .with_context(|| format!("could not open the log file {}", log_path.display()))?;
    let mut cmd = Command::new(&exe);
    cmd.args(std::env::args_os().skip(1))
        .arg("--detached-child")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log));
    // SAFETY: setsid is async-signal-safe; the child leaves our session and terminal.
    unsafe {
        cmd.pre_exec(|| nix::unistd::setsid().map(|_| ()).map_err(std::io::Error::from));
    }
    let mut child = cmd.spawn().with_context(|| format!("could not start {}", exe.display()))?;
    let stdout = child.stdout.take().context("no stdout pipe")?;
    let mut lines = BufReader::new(stdout).lines();
    let wait = startup_timeout + Duration::from_secs(5);
    match tokio::time::timeout(wait, lines.next_line()).await {
        Ok(Ok(Some(line))) => {
            out_line(&line);
            tracing::info!(pid = child.id(), log = %log_path.display(), "tunnel running in the background");
            Ok(())
        }
        Ok(_) => {
            let status = child.wait().await.context("could not wait for the background tunnel")?;
            let tail = tail(&log_path);
            let code = status.code().unwrap_or(1);
            Err(Fail::new(
                exit_from(code),
                format!("the background tunnel exited ({status}) before printing a URL:\n{tail}"),
            ))
        }
        Err(_) => Err(Fail::timeout(format!(
            "the background tunnel printed no URL within {}; its log: {}",
            humantime::format_duration(wait),
            log_path.display()
        ))),
    }
}

/// How many previous logs of a detached tunnel are kept.
const KEPT_LOGS: u32 = 3;

/// Shifts `log` to `log.1`, `log.1` to `log.2`, … dropping the oldest beyond `keep`.
/// Best effort: a log that cannot be moved is overwritten rather than failing the start.
fn rotate(log: &std::path::Path, keep: u32) {
    let numbered = |n: u32| {
        let mut p = log.as_os_str().to_owned();
        p.push(format!(".{n}"));
        std::path::PathBuf::from(p)
    };
    if !log.metadata().is_ok_and(|m| m.len() > 0) {
        return;
    }
    for n in (1..keep).rev() {
        let _ = std::fs::rename(numbered(n), numbered(n + 1));
    }
    if let Err(e) = std::fs::rename(log, numbered(1)) {
        tracing::debug!(error = %e, log = %log.display(), "could not keep the previous log");
        let _ = std::fs::remove_file(log);
    }
}

fn exit_from(code: i32) -> Exit {
    match code {
        2 => Exit::Usage,
        3 => Exit::Auth,
        4 => Exit::Timeout,
        _ => Exit::Runtime,
    }
}

/// The last lines of the child's log, its own "error:" line included.
fn tail(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(15);
    lines[start..].iter().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
}
