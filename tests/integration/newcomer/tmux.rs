//! A real terminal for the tests: a private tmux server running one command in a pane of a
//! fixed size, whose screen is read with `capture-pane` and whose raw output (every byte the
//! program wrote, spinner frames included) is recorded with `pipe-pane`.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use super::debian;

/// One tmux server with one pane.
pub struct Tmux {
    tmux: PathBuf,
    socket: PathBuf,
    raw: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    /// Runs `shell_line` (an `sh -c` line) in a new `width`×`height` pane. The command starts
    /// only once the pane's output is being recorded; Ctrl-C reaches it, not the shell around
    /// it, which prints `[exited]` once it ended and keeps the pane open for reading.
    pub fn run(shell_line: &str, width: u16, height: u16) -> Tmux {
        let tmux = debian::ensure("tmux", "tmux");
        let dir = tempfile::Builder::new().prefix("tmx").tempdir_in("/tmp").expect("tempdir");
        let (socket, raw, go) = (dir.path().join("s"), dir.path().join("raw"), dir.path().join("go"));
        let t = Tmux { tmux, socket, raw, _dir: dir };
        // Wait (polling, bounded) for the go file: the recording is attached before any output.
        let gated = format!(
            "trap : INT; i=0; while [ ! -e {go} ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; {shell_line}; echo; echo '[exited]'; sleep 600",
            go = go.display()
        );
        t.tmux(&["-f", "/dev/null", "new-session", "-d", "-x", &width.to_string(), "-y", &height.to_string()])
            .args(["sh", "-c", &gated])
            .status()
            .expect("tmux new-session");
        let pipe = format!("cat >> {}", t.raw.display());
        assert!(t.tmux(&["pipe-pane", "-o", "-t", "0", &pipe]).status().unwrap().success(), "tmux pipe-pane");
        std::fs::write(go, "").unwrap();
        t
    }

    fn tmux(&self, args: &[&str]) -> Command {
        let mut c = Command::new(&self.tmux);
        c.arg("-S").arg(&self.socket).args(args);
        c
    }

    /// What the screen shows now, trailing blank lines removed.
    pub fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", "0"]).output().expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).trim_end().to_owned()
    }

    /// Every byte the program wrote so far.
    pub fn raw(&self) -> String {
        String::from_utf8_lossy(&std::fs::read(&self.raw).unwrap_or_default()).into_owned()
    }

    /// Types `keys` (tmux key names such as `Tab`, `Enter`, or literal text).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status().unwrap().success(), "tmux send-keys {keys:?}");
    }

    /// Polls the screen until `ready` holds (panics with the screen after `deadline`). Async:
    /// the edge under test runs on the same runtime and must keep running meanwhile.
    pub async fn wait_for(&self, deadline: Duration, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < deadline,
                "timed out after {deadline:?} waiting for {what}; the screen:\n{screen}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]).status();
    }
}
