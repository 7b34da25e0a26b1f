//! One life of the agent: spawn it, read every line it writes, report its web address and
//! URL, classify fatal errors, and end when it exits, fails fatally or we are told to stop.

use std::time::{Duration, Instant};

use anyhow::Result;
use tokio_util::sync::CancellationToken;

use super::Launch;
use super::life::Life;
use super::notice::Masker;
use super::process::AgentProcess;
use crate::state::AgentState;
use crate::tunnel::{Event, Events, STOP_GRACE, emit};

/// How long a stop for a fatal error waits before SIGKILL (exit 3 must come within a second).
const FATAL_GRACE: Duration = Duration::from_millis(300);

/// How one life of the agent ended.
pub enum End {
    /// We were told to stop; the agent was stopped and reaped.
    Stopped,
    /// The agent was told to stop by someone else (the ngrok service's remote stop, or a signal
    /// sent to the agent) and exited cleanly: restarting it would undo that stop.
    StoppedElsewhere,
    /// A failure that restarting cannot fix (credentials, session limit, domain taken).
    Fatal(anyhow::Error),
    /// The agent exited (or was killed) on its own.
    Died {
        /// Its exit status, as text.
        status: String,
        /// Its last error lines, secrets masked.
        errors: Vec<String>,
        /// It reported a public URL during this life.
        had_url: bool,
        /// How long it lived.
        lived: Duration,
        /// It died because its web address was taken.
        web_busy: bool,
    },
}

/// Runs the agent once, until it ends. `restarts` is how often it was restarted before.
pub async fn run_once(
    launch: &Launch,
    events: &Events,
    masker: &Masker,
    shutdown: &CancellationToken,
    restarts: u64,
    updates: &mut crate::backend::EndpointUpdates,
) -> Result<End> {
    let mut open = super::live_reload::running(launch);
    let (mut proc, mut lines) = AgentProcess::spawn(&launch.agent.path, &launch.args, &launch.env).await?;
    let born = Instant::now();
    let agent = AgentState { pid: proc.pid(), version: launch.agent.version.clone(), web_addr: None, restarts };
    tracing::info!(pid = agent.pid, version = %agent.version, "ngrok agent started");
    emit(events, Event::Agent(agent.clone()));
    let (mut life, mut api_rx) = Life::new(launch, events, masker, agent);
    let end = loop {
        tokio::select! {
            _ = shutdown.cancelled() => {
                let status = proc.stop(STOP_GRACE).await;
                life.drain(&mut lines).await;
                let status = status.map_or_else(|e| e.to_string(), |s| s.to_string());
                tracing::info!(pid = life.agent.pid, %status, "ngrok agent stopped");
                break End::Stopped;
            }
            Some((stream, raw)) = lines.recv() => {
                if let Some(err) = life.on_line(stream, &raw) {
                    let _ = proc.stop(FATAL_GRACE).await;
                    break End::Fatal(err);
                }
            }
            Some(url) = api_rx.recv() => life.on_api_url(url),
            Ok(()) = updates.changed() => {
                let wanted = updates.borrow_and_update().clone();
                super::live_reload::apply(launch, life.agent.web_addr.as_deref(), &mut open, &wanted, events).await;
            }
            status = proc.wait() => {
                let clean = status.as_ref().is_ok_and(|s| s.success());
                let status = status.map_or_else(|e| format!("unknown status ({e})"), |s| s.to_string());
                let fatal = life.drain(&mut lines).await;
                if let Some(err) = fatal {
                    break End::Fatal(err);
                }
                if life.stop_requested && clean {
                    break End::StoppedElsewhere;
                }
                break End::Died { status, errors: life.errors.clone(), had_url: life.url.is_some(), lived: born.elapsed(), web_busy: life.web_busy };
            }
        }
    };
    Ok(end)
}
