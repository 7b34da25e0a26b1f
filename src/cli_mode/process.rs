//! The agent process: spawned in its own process group with a parent-death signal, its
//! stdout and stderr drained line by line for its whole life, stopped with SIGTERM to its
//! group, a grace period, then SIGKILL, and always reaped.
//!
//! On Linux the parent-death signal fires when the *thread* that forked the child exits, not
//! the process. Runtime worker threads can come and go, so every agent is forked from one
//! dedicated thread that lives as long as prx-tunnel: the agent dies exactly when we do.

use std::io;
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::{Mutex, OnceLock, mpsc as std_mpsc};
use std::time::Duration;

use anyhow::{Context, Result};
use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::{mpsc, oneshot};

use crate::secret::Secret;

/// Which pipe a line came from.
pub type Stream = &'static str;

/// A running (or exited but not yet reaped) agent.
pub struct AgentProcess {
    child: Child,
    pid: u32,
    reaped: bool,
}

/// Every line the agent writes, from both pipes, until both close.
pub type Lines = mpsc::UnboundedReceiver<(Stream, String)>;

type SpawnRequest = (Command, tokio::runtime::Handle, oneshot::Sender<io::Result<Child>>);

/// The long-lived thread that forks every agent (see the module docs); None when it could
/// not be started.
fn spawner() -> Option<&'static Mutex<std_mpsc::Sender<SpawnRequest>>> {
    static SPAWNER: OnceLock<Option<Mutex<std_mpsc::Sender<SpawnRequest>>>> = OnceLock::new();
    SPAWNER
        .get_or_init(|| {
            let (tx, rx) = std_mpsc::channel::<SpawnRequest>();
            let thread = std::thread::Builder::new().name("prx-agent-spawner".into()).spawn(move || {
                for (mut cmd, handle, reply) in rx {
                    let _guard = handle.enter();
                    let _ = reply.send(cmd.spawn());
                }
            });
            match thread {
                Ok(_) => Some(Mutex::new(tx)),
                Err(e) => {
                    tracing::error!(error = %e, "could not start the thread that starts ngrok agents");
                    None
                }
            }
        })
        .as_ref()
}

impl AgentProcess {
    /// Starts `program args…` with `env` added to our environment; returns it and its lines.
    pub async fn spawn(
        program: &Path,
        args: &[String],
        env: &[(&'static str, Secret)],
    ) -> Result<(AgentProcess, Lines)> {
        let mut cmd = Command::new(program);
        cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        cmd.kill_on_drop(true).process_group(0);
        for (k, v) in env {
            cmd.env(k, v.expose());
        }
        // prx-tunnel chose the proxy (proxy_url in the generated config): the agent must not
        // apply the environment's on its own.
        for var in crate::proxy::AGENT_ENV_VARS {
            cmd.env_remove(var);
        }
        let parent = nix::unistd::getpid();
        // SAFETY: runs in the forked child before exec; prctl and getppid are async-signal-safe
        // and nothing here allocates or takes a lock.
        unsafe {
            cmd.pre_exec(move || {
                #[cfg(target_os = "linux")]
                nix::sys::prctl::set_pdeathsig(Signal::SIGKILL).map_err(io::Error::from)?;
                if nix::unistd::getppid() != parent {
                    return Err(io::Error::other("prx-tunnel exited while starting the agent"));
                }
                Ok(())
            });
        }
        let (tx, rx) = oneshot::channel();
        spawner()
            .context("could not start the thread that starts ngrok agents")?
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send((cmd, tokio::runtime::Handle::current(), tx))
            .map_err(|_| anyhow::anyhow!("the agent spawner thread is gone"))?;
        let mut child = rx
            .await
            .context("the agent spawner thread is gone")?
            .with_context(|| format!("could not start the ngrok agent {}", program.display()))?;
        let pid = child.id().context("the agent exited at once")?;
        let (tx, lines) = mpsc::unbounded_channel();
        let out = child.stdout.take().context("agent stdout")?;
        let err = child.stderr.take().context("agent stderr")?;
        tokio::spawn(drain(out, "stdout", tx.clone()));
        tokio::spawn(drain(err, "stderr", tx));
        Ok((AgentProcess { child, pid, reaped: false }, lines))
    }

    /// Its pid (also its process group id).
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Waits for it to exit and reaps it. Cancel-safe.
    pub async fn wait(&mut self) -> io::Result<ExitStatus> {
        let status = self.child.wait().await?;
        self.reaped = true;
        Ok(status)
    }

    /// SIGTERM to its process group, up to `grace` to exit, then SIGKILL; reaped either way.
    pub async fn stop(&mut self, grace: Duration) -> io::Result<ExitStatus> {
        if !self.reaped {
            self.signal_group(Signal::SIGTERM);
            if let Ok(status) = tokio::time::timeout(grace, self.wait()).await {
                return status;
            }
            tracing::warn!(pid = self.pid, "the ngrok agent ignored SIGTERM for {grace:?}; killing it");
            self.signal_group(Signal::SIGKILL);
        }
        self.wait().await
    }

    fn signal_group(&self, sig: Signal) {
        let Ok(pid) = i32::try_from(self.pid) else {
            return;
        };
        if let Err(e) = killpg(Pid::from_raw(pid), sig) {
            tracing::debug!(pid, error = %e, "could not signal the agent's process group");
        }
    }
}

impl Drop for AgentProcess {
    /// A supervisor dropped mid-flight (its task aborted) still leaves no agent behind:
    /// the whole group is killed; tokio reaps the leader in the background (`kill_on_drop`).
    fn drop(&mut self) {
        if !self.reaped {
            self.signal_group(Signal::SIGKILL);
        }
    }
}

/// Sends every line of `pipe` (lossily decoded) until it closes: the agent never blocks on
/// a full pipe and never sees a closed one while it lives.
async fn drain(pipe: impl AsyncRead + Unpin, stream: Stream, tx: mpsc::UnboundedSender<(Stream, String)>) {
    let mut reader = BufReader::new(pipe);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                let line = String::from_utf8_lossy(&buf).trim_end_matches(['\r', '\n']).to_owned();
                // A supervisor that went away is no reason to stop reading: keep draining.
                let _ = tx.send((stream, line));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> (std::path::PathBuf, Vec<String>) {
        ("/bin/sh".into(), vec!["-c".into(), script.into()])
    }

    #[tokio::test]
    async fn reads_both_pipes_and_reaps() {
        let (p, a) = sh("echo out1; echo err1 >&2; printf 'no newline'; exit 3");
        let (mut agent, mut lines) = AgentProcess::spawn(&p, &a, &[]).await.unwrap();
        let status = agent.wait().await.unwrap();
        assert_eq!(status.code(), Some(3));
        let mut got = Vec::new();
        while let Some(l) = lines.recv().await {
            got.push(l);
        }
        got.sort();
        assert_eq!(got, vec![("stderr", "err1".into()), ("stdout", "no newline".into()), ("stdout", "out1".into())]);
    }

    #[tokio::test]
    async fn env_reaches_the_agent_and_the_group_is_its_own() {
        let (p, a) = sh("echo \"$NGROK_AUTHTOKEN\"; cut -d' ' -f5 /proc/$$/stat");
        let (mut agent, mut lines) =
            AgentProcess::spawn(&p, &a, &[("NGROK_AUTHTOKEN", Secret::new("tok-123"))]).await.unwrap();
        agent.wait().await.unwrap();
        let first = lines.recv().await.unwrap().1;
        assert_eq!(first, "tok-123");
        let pgid = lines.recv().await.unwrap().1;
        assert_eq!(pgid.trim(), agent.pid().to_string());
    }

    #[tokio::test]
    async fn stop_escalates_to_sigkill_when_sigterm_is_ignored() {
        let (p, a) = sh("trap '' TERM; echo ready; while :; do sleep 1; done");
        let (mut agent, mut lines) = AgentProcess::spawn(&p, &a, &[]).await.unwrap();
        assert_eq!(lines.recv().await.unwrap().1, "ready");
        let started = std::time::Instant::now();
        let status = agent.stop(Duration::from_millis(300)).await.unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9));
        assert!(started.elapsed() < Duration::from_secs(3));
    }

    #[tokio::test]
    async fn stop_is_graceful_when_sigterm_is_honoured() {
        let (p, a) = sh("trap 'echo bye; exit 0' TERM; echo ready; while :; do sleep 0.05; done");
        let (mut agent, mut lines) = AgentProcess::spawn(&p, &a, &[]).await.unwrap();
        assert_eq!(lines.recv().await.unwrap().1, "ready");
        let status = agent.stop(Duration::from_secs(5)).await.unwrap();
        assert_eq!(status.code(), Some(0));
        let mut rest = Vec::new();
        while let Some((_, l)) = lines.recv().await {
            rest.push(l);
        }
        assert!(rest.contains(&"bye".to_owned()), "{rest:?}");
    }

    #[tokio::test]
    async fn missing_program_names_it() {
        let err = AgentProcess::spawn(Path::new("/nonexistent/ngrok"), &[], &[]).await.err().unwrap();
        assert!(format!("{err:#}").contains("/nonexistent/ngrok"), "{err:#}");
    }
}
