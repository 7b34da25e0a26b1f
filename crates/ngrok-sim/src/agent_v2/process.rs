//! A running ngrok v2 agent whose output is collected line by line, so tests can wait for a
//! log message (`--log stdout --log-format json`) with a deadline.

use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, bail};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::watch;

/// A running agent. Killed when dropped.
pub struct V2Agent {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    grew: watch::Receiver<usize>,
}

impl V2Agent {
    /// Starts `binary` with `args`, HOME set to `home` (so no user config is read or written).
    pub fn spawn(binary: &Path, args: &[&str], home: &Path) -> anyhow::Result<V2Agent> {
        let mut child = Command::new(binary)
            .args(args)
            .env("HOME", home)
            .env_remove("NGROK_AUTHTOKEN")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("could not start {}", binary.display()))?;
        let lines = Arc::new(Mutex::new(Vec::new()));
        let (tx, grew) = watch::channel(0);
        let tx = Arc::new(tx);
        collect(child.stdout.take().expect("piped"), lines.clone(), tx.clone());
        collect(child.stderr.take().expect("piped"), lines.clone(), tx);
        Ok(V2Agent { child, lines, grew })
    }

    /// Everything printed so far (stdout and stderr, one line each).
    pub fn output(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }

    /// Waits for a JSON log line whose `msg` is `msg` and returns it.
    pub async fn wait_for_msg(&mut self, msg: &str, deadline: Duration) -> anyhow::Result<Value> {
        self.wait_for(&format!("log message {msg:?}"), deadline, |line| {
            serde_json::from_str::<Value>(line).ok().filter(|v| v["msg"] == msg)
        })
        .await
    }

    /// Waits for a JSON log line for which `accept` holds and returns it.
    pub async fn wait_for_json(
        &mut self,
        what: &str,
        deadline: Duration,
        accept: impl Fn(&Value) -> bool,
    ) -> anyhow::Result<Value> {
        self.wait_for(what, deadline, |line| serde_json::from_str::<Value>(line).ok().filter(|v| accept(v))).await
    }

    /// Waits for any output line containing `needle` and returns it.
    pub async fn wait_for_text(&mut self, needle: &str, deadline: Duration) -> anyhow::Result<String> {
        self.wait_for(&format!("{needle:?}"), deadline, |line| line.contains(needle).then(|| line.to_owned())).await
    }

    async fn wait_for<T>(
        &mut self,
        what: &str,
        deadline: Duration,
        find: impl Fn(&str) -> Option<T>,
    ) -> anyhow::Result<T> {
        let until = tokio::time::Instant::now() + deadline;
        loop {
            if let Some(found) = self.lines.lock().unwrap().iter().find_map(|l| find(l)) {
                return Ok(found);
            }
            match tokio::time::timeout_at(until, self.grew.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) => bail!("the agent exited before printing {what}; output:\n{}", self.output().join("\n")),
                Err(_) => bail!("no {what} from the agent within {deadline:?}; output:\n{}", self.output().join("\n")),
            }
        }
    }

    /// Waits for the agent to exit on its own; returns its exit code.
    pub async fn wait_exit(&mut self, deadline: Duration) -> anyhow::Result<Option<i32>> {
        let status = tokio::time::timeout(deadline, self.child.wait())
            .await
            .with_context(|| format!("the agent did not exit within {deadline:?}"))??;
        Ok(status.code())
    }

    /// Kills the agent and waits for it.
    pub async fn kill(&mut self) {
        let _ = self.child.kill().await;
    }
}

fn collect(
    out: impl AsyncRead + Unpin + Send + 'static,
    lines: Arc<Mutex<Vec<String>>>,
    grew: Arc<watch::Sender<usize>>,
) {
    tokio::spawn(async move {
        let mut reader = BufReader::new(out).lines();
        while let Ok(Some(line)) = reader.next_line().await {
            let n = {
                let mut all = lines.lock().unwrap();
                all.push(line);
                all.len()
            };
            grew.send_replace(n);
        }
    });
}
