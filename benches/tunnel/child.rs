//! A measured child process: started in a sealed environment (its own HOME and XDG dirs),
//! every stdout line timestamped by a blocking reader thread the moment it arrives, stderr
//! kept in a file for the error message, stopped with SIGTERM (then SIGKILL) and reaped.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context, bail};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

/// One stdout line and when this process read it.
pub struct Line {
    /// Wall-clock arrival time (comparable with the agent's own log timestamps).
    pub wall: SystemTime,
    /// The line, without its newline.
    pub text: String,
}

/// A running child.
pub struct Proc {
    /// What it is, for messages.
    pub what: String,
    child: Child,
    lines: mpsc::Receiver<Line>,
    stderr: PathBuf,
}

/// A sealed environment: HOME, XDG dirs and PATH only.
pub fn sealed_env(root: &Path) -> Vec<(String, String)> {
    let mut env = Vec::new();
    for (key, dir) in [
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ] {
        let path = root.join(dir);
        let _ = std::fs::create_dir_all(&path);
        env.push((key.to_owned(), path.display().to_string()));
    }
    env.push(("PATH".into(), std::env::var("PATH").unwrap_or_default()));
    env.push(("NO_COLOR".into(), "1".into()));
    env
}

impl Proc {
    /// Starts `program args` in `root` with exactly `env`; returns it and its start instant.
    pub fn spawn(
        what: &str,
        program: &Path,
        args: &[String],
        root: &Path,
        env: &[(String, String)],
    ) -> anyhow::Result<(Proc, Instant)> {
        let stderr = root.join(format!("{}.stderr", what.replace(' ', "_")));
        let err_file =
            std::fs::File::create(&stderr).with_context(|| format!("could not create {}", stderr.display()))?;
        let mut cmd = Command::new(program);
        cmd.args(args).env_clear().envs(env.iter().cloned()).current_dir(root);
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(err_file);
        let start = Instant::now();
        let mut child = cmd.spawn().with_context(|| format!("could not start {what} ({})", program.display()))?;
        let out = child.stdout.take().context("stdout")?;
        let (tx, lines) = mpsc::channel();
        std::thread::Builder::new().name("reader".into()).spawn(move || {
            let mut reader = BufReader::new(out);
            let mut text = String::new();
            while reader.read_line(&mut text).is_ok_and(|n| n > 0) {
                let line = Line { wall: SystemTime::now(), text: text.trim_end().to_owned() };
                text.clear();
                if tx.send(line).is_err() {
                    break;
                }
            }
        })?;
        Ok((Proc { what: what.to_owned(), child, lines, stderr }, start))
    }

    /// Its pid.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The first stdout line `pick` accepts (its value and the line), within `within`.
    pub fn wait_line<T>(
        &mut self,
        within: Duration,
        mut pick: impl FnMut(&str) -> Option<T>,
    ) -> anyhow::Result<(T, Line)> {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    if let Some(v) = pick(&line.text) {
                        return Ok((v, line));
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    bail!("{} printed no such line within {within:?}; stderr:\n{}", self.what, self.stderr_text())
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let status = self.child.wait().map(|s| s.to_string()).unwrap_or_default();
                    bail!("{} exited ({status}) before printing it; stderr:\n{}", self.what, self.stderr_text())
                }
            }
        }
    }

    /// What it wrote on stderr so far (the last 4 KiB).
    pub fn stderr_text(&self) -> String {
        let text = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        let mut cut = text.len().saturating_sub(4096);
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        text[cut..].to_owned()
    }

    /// SIGTERM, up to 10 s for it to exit, then SIGKILL; always reaped.
    pub fn stop(mut self) {
        let _ = kill(Pid::from_raw(self.child.id() as i32), Signal::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        eprintln!("warning: {} did not exit within 10 s of SIGTERM; killing it", self.what);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
