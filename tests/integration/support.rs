//! A sealed environment for running the real `prx-tunnel` binary, with a small fluent API so
//! each test reads as a scenario: temp HOME and XDG dirs, no NGROK_*/PRX_* variables leaking in.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::sync::mpsc;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_prx-tunnel");

/// A throwaway HOME with its own config, state and data dirs.
pub struct Sealed {
    dir: tempfile::TempDir,
}

impl Sealed {
    /// A fresh sealed environment.
    pub fn new() -> Sealed {
        let dir = tempfile::tempdir().expect("tempdir");
        for d in ["home", "config", "state", "data", "cache"] {
            std::fs::create_dir_all(dir.path().join(d)).unwrap();
        }
        Sealed { dir }
    }

    /// The temp root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The HOME directory.
    pub fn home(&self) -> PathBuf {
        self.root().join("home")
    }

    /// Where prx-tunnel keeps state and locks.
    pub fn state_dir(&self) -> PathBuf {
        self.root().join("state/prx-tunnel")
    }

    /// Writes a file under the temp root and returns its path.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// A `prx-tunnel` command in this environment.
    pub fn cmd(&self) -> Cmd {
        let mut env = BTreeMap::new();
        env.insert("HOME".into(), self.home().display().to_string());
        env.insert("XDG_CONFIG_HOME".into(), self.root().join("config").display().to_string());
        env.insert("XDG_STATE_HOME".into(), self.root().join("state").display().to_string());
        env.insert("XDG_DATA_HOME".into(), self.root().join("data").display().to_string());
        env.insert("XDG_CACHE_HOME".into(), self.root().join("cache").display().to_string());
        env.insert("PATH".into(), std::env::var("PATH").unwrap_or_default());
        env.insert("NO_COLOR".into(), "1".into());
        Cmd { program: BIN.into(), args: Vec::new(), env, cwd: self.root().to_owned() }
    }
}

/// A command line about to run, with its environment.
#[derive(Clone)]
pub struct Cmd {
    program: PathBuf,
    args: Vec<String>,
    env: BTreeMap<String, String>,
    cwd: PathBuf,
}

impl Cmd {
    /// Another program in the same sealed environment.
    pub fn program(mut self, program: impl Into<PathBuf>) -> Cmd {
        self.program = program.into();
        self
    }

    /// Adds arguments.
    pub fn args<I, S>(mut self, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.args.extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Sets an environment variable.
    pub fn env(mut self, k: &str, v: impl AsRef<str>) -> Cmd {
        self.env.insert(k.into(), v.as_ref().into());
        self
    }

    /// The command as one `sh` line (`cd DIR && env -i K=V… PROGRAM ARGS…`), for running
    /// it inside another program such as a terminal multiplexer.
    pub fn shell_line(&self) -> String {
        let q = |s: &str| shlex::try_quote(s).expect("no NUL in a test command").into_owned();
        let env: Vec<String> = self.env.iter().map(|(k, v)| q(&format!("{k}={v}"))).collect();
        let args: Vec<String> = self.args.iter().map(|a| q(a)).collect();
        format!(
            "cd {} && env -i {} {} {}",
            q(&self.cwd.display().to_string()),
            env.join(" "),
            q(&self.program.display().to_string()),
            args.join(" ")
        )
    }

    /// Removes an environment variable the sealed environment sets (e.g. `NO_COLOR`).
    pub fn env_remove(mut self, k: &str) -> Cmd {
        self.env.remove(k);
        self
    }

    fn command(&self) -> tokio::process::Command {
        let mut c = tokio::process::Command::new(&self.program);
        c.args(&self.args).env_clear().envs(&self.env).current_dir(&self.cwd).kill_on_drop(true);
        c
    }

    /// Runs to completion (60 s at most) and returns what it printed.
    pub async fn run(self) -> Output {
        let mut c = self.command();
        c.stdin(Stdio::null());
        let out = tokio::time::timeout(Duration::from_secs(60), c.output())
            .await
            .unwrap_or_else(|_| panic!("{:?} did not finish within 60 s", self.args))
            .expect("spawn");
        Output {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            args: self.args,
        }
    }

    /// Starts it in the background, collecting stdout lines and stderr as they come.
    pub fn spawn(self) -> Running {
        let mut c = self.command();
        c.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn");
        let (tx, rx) = mpsc::unbounded_channel();
        let stdout = child.stdout.take().unwrap();
        let all_out = Arc::new(Mutex::new(String::new()));
        let out2 = all_out.clone();
        let out_task = tokio::spawn(async move {
            let mut lines = BufReader::new(stdout).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                out2.lock().unwrap().push_str(&format!("{line}\n"));
                let _ = tx.send(line);
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let err2 = stderr.clone();
        let mut pipe = child.stderr.take().unwrap();
        let err_task = tokio::spawn(async move {
            let mut buf = [0u8; 8192];
            while let Ok(n) = pipe.read(&mut buf).await {
                if n == 0 {
                    break;
                }
                err2.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Running { child, lines: rx, stdout: all_out, stderr, args: self.args, readers: vec![out_task, err_task] }
    }
}

/// What a finished command printed.
#[derive(Debug)]
pub struct Output {
    /// Exit code (None when killed by a signal).
    pub code: Option<i32>,
    /// Everything on stdout.
    pub stdout: String,
    /// Everything on stderr.
    pub stderr: String,
    args: Vec<String>,
}

impl Output {
    /// Asserts the exit code, showing the output when it differs.
    pub fn code(self, code: i32) -> Output {
        assert_eq!(
            self.code,
            Some(code),
            "{:?}: expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.args,
            self.stdout,
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{:?} panicked:\n{}", self.args, self.stderr);
        self
    }

    /// Asserts success (exit 0).
    pub fn success(self) -> Output {
        self.code(0)
    }

    /// Asserts stderr contains `needle`.
    pub fn stderr_has(self, needle: &str) -> Output {
        assert!(self.stderr.contains(needle), "{:?}: stderr lacks {needle:?}:\n{}", self.args, self.stderr);
        self
    }

    /// Asserts stdout contains `needle`.
    pub fn stdout_has(self, needle: &str) -> Output {
        assert!(self.stdout.contains(needle), "{:?}: stdout lacks {needle:?}:\n{}", self.args, self.stdout);
        self
    }

    /// Asserts `secret` appears in neither stream.
    pub fn hides(self, secret: &str) -> Output {
        assert!(!self.stdout.contains(secret), "{:?}: secret on stdout:\n{}", self.args, self.stdout);
        assert!(!self.stderr.contains(secret), "{:?}: secret on stderr:\n{}", self.args, self.stderr);
        self
    }
}

/// A command running in the background.
pub struct Running {
    /// The child process.
    pub child: tokio::process::Child,
    lines: mpsc::UnboundedReceiver<String>,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
    args: Vec<String>,
    readers: Vec<tokio::task::JoinHandle<()>>,
}

impl Running {
    /// Its pid.
    pub fn pid(&self) -> i32 {
        self.child.id().expect("running") as i32
    }

    /// The next stdout line, waiting at most `deadline`.
    pub async fn line(&mut self, deadline: Duration) -> String {
        match tokio::time::timeout(deadline, self.lines.recv()).await {
            Ok(Some(line)) => line,
            _ => panic!(
                "{:?}: no stdout line within {deadline:?}\nstdout so far:\n{}\nstderr so far:\n{}",
                self.args,
                self.stdout(),
                self.stderr()
            ),
        }
    }

    /// Everything printed on stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Everything printed on stdout so far.
    pub fn stdout(&self) -> String {
        self.stdout.lock().unwrap().clone()
    }

    /// Sends a signal.
    pub fn signal(&self, sig: nix::sys::signal::Signal) {
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(self.pid()), sig).expect("kill");
    }

    /// Waits for exit (at most `deadline`) and returns the exit code (None: killed by a signal).
    pub async fn wait(&mut self, deadline: Duration) -> Option<i32> {
        let status = tokio::time::timeout(deadline, self.child.wait())
            .await
            .unwrap_or_else(|_| panic!("{:?} still running after {deadline:?}\nstderr:\n{}", self.args, self.stderr()))
            .expect("wait");
        // Let the readers drain what the process wrote before it exited (a grandchild holding
        // the pipes open must not hang the test, hence the bound).
        for reader in self.readers.drain(..) {
            let _ = tokio::time::timeout(Duration::from_secs(2), reader).await;
        }
        status.code()
    }

    /// Stops it as a user would (SIGTERM) and asserts a clean exit (0) within 10 s.
    pub async fn stop_cleanly(mut self) {
        self.signal(nix::sys::signal::Signal::SIGTERM);
        assert_eq!(
            self.wait(Duration::from_secs(10)).await,
            Some(0),
            "clean exit on SIGTERM:\nstderr:\n{}",
            self.stderr()
        );
    }
}

/// Polls `check` every 20 ms until it returns Some, or panics after `deadline` with `what`.
pub async fn eventually<T, F, Fut>(deadline: Duration, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(start.elapsed() < deadline, "timed out after {deadline:?} waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
