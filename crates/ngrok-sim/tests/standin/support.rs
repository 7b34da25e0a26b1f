//! Test support: run the `ngrok` stand-in with its output collected per stream, a small
//! upstream HTTP server and TCP echo server, config files for an [`Edge`], and the one JSON
//! log-line parser shared with the real-agent comparison.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, bail};
use ngrok_sim::Edge;
use serde_json::{Map, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::process::{Child, Command};
use tokio::sync::watch;

/// The stand-in binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_ngrok");
/// A well-formed authtoken.
pub const TOKEN: &str = "2standinTestToken_0123456789abcdef";
/// How long any single wait may take.
pub const WAIT: Duration = Duration::from_secs(20);
/// The JSON log flags.
pub const JSON_LOG: [&str; 4] = ["--log", "stdout", "--log-format", "json"];

/// Which stream a line came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// stdout
    Out,
    /// stderr
    Err,
}

/// One parsed JSON log record: `msg`, `lvl` and the other fields.
#[derive(Clone, Debug)]
pub struct Record {
    /// `msg`
    pub msg: String,
    /// `lvl`
    pub lvl: String,
    /// every field, `t`, `lvl` and `msg` included, keys in line order
    pub fields: Map<String, Value>,
    /// the keys in the order the line had them
    pub keys: Vec<String>,
}

impl Record {
    /// A string field.
    pub fn str(&self, key: &str) -> &str {
        self.fields.get(key).and_then(Value::as_str).unwrap_or("")
    }
}

/// Parses one agent JSON log line (the stand-in's and the real agent's alike).
pub fn parse_record(line: &str) -> Option<Record> {
    let value: Value = serde_json::from_str(line.trim()).ok()?;
    let fields = value.as_object()?.clone();
    let keys = json_keys_in_order(line.trim());
    Some(Record {
        msg: fields.get("msg")?.as_str()?.to_string(),
        lvl: fields.get("lvl")?.as_str()?.to_string(),
        fields,
        keys,
    })
}

/// Top-level keys of a flat-ish JSON object in their textual order.
fn json_keys_in_order(line: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut depth = 0i32;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            '"' => {
                let start = i + 1;
                let mut end = start;
                while let Some((j, d)) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == '"' {
                        end = j;
                        break;
                    }
                }
                let is_key = line[end + 1..].trim_start().starts_with(':');
                if depth == 1 && is_key {
                    keys.push(line[start..end].to_string());
                }
            }
            _ => {}
        }
    }
    keys
}

/// A running stand-in. Killed when dropped.
pub struct Agent {
    child: Child,
    lines: Arc<Mutex<Vec<(Stream, String)>>>,
    grew: watch::Receiver<usize>,
    _home: tempfile::TempDir,
}

impl Agent {
    /// Starts the stand-in with `args` and extra environment; HOME is a fresh empty directory.
    pub fn spawn(args: &[&str], env: &[(&str, &str)]) -> Agent {
        Agent::spawn_bin(Path::new(BIN), args, env)
    }

    /// Starts any agent binary that way.
    pub fn spawn_bin(bin: &Path, args: &[&str], env: &[(&str, &str)]) -> Agent {
        let home = tempfile::tempdir().expect("temp HOME");
        let mut cmd = Command::new(bin);
        cmd.args(args).env("HOME", home.path()).env_remove("NGROK_AUTHTOKEN").env_remove("NGROK_STANDIN_VERSION");
        cmd.env_remove("XDG_CONFIG_HOME");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", bin.display()));
        let lines = Arc::new(Mutex::new(Vec::new()));
        let (tx, grew) = watch::channel(0);
        let tx = Arc::new(tx);
        collect(child.stdout.take().expect("piped"), Stream::Out, lines.clone(), tx.clone());
        collect(child.stderr.take().expect("piped"), Stream::Err, lines.clone(), tx);
        Agent { child, lines, grew, _home: home }
    }

    /// The process id.
    pub fn pid(&self) -> nix::unistd::Pid {
        nix::unistd::Pid::from_raw(self.child.id().expect("running") as i32)
    }

    /// Sends `sig` to the agent.
    pub fn signal(&self, sig: nix::sys::signal::Signal) {
        nix::sys::signal::kill(self.pid(), sig).expect("kill");
    }

    /// Lines of one stream so far.
    pub fn lines(&self, stream: Stream) -> Vec<String> {
        self.lines.lock().unwrap().iter().filter(|(s, _)| *s == stream).map(|(_, l)| l.clone()).collect()
    }

    /// Every JSON record on stdout so far.
    pub fn records(&self) -> Vec<Record> {
        self.lines(Stream::Out).iter().filter_map(|l| parse_record(l)).collect()
    }

    fn dump(&self) -> String {
        self.lines.lock().unwrap().iter().map(|(s, l)| format!("{s:?}: {l}")).collect::<Vec<_>>().join("\n")
    }

    /// Waits until `find` matches some line; returns what it found.
    pub async fn wait_for<T>(
        &mut self,
        what: &str,
        find: impl Fn(&[(Stream, String)]) -> Option<T>,
    ) -> anyhow::Result<T> {
        let until = tokio::time::Instant::now() + WAIT;
        loop {
            if let Some(found) = find(&self.lines.lock().unwrap()) {
                return Ok(found);
            }
            match tokio::time::timeout_at(until, self.grew.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) => bail!("the agent closed its output before {what}:\n{}", self.dump()),
                Err(_) => bail!("no {what} within {WAIT:?}:\n{}", self.dump()),
            }
        }
    }

    /// Waits for the `n`th (1-based) JSON record with this `msg`.
    pub async fn wait_msg_nth(&mut self, msg: &str, n: usize) -> anyhow::Result<Record> {
        self.wait_for(&format!("record #{n} {msg:?}"), |lines| {
            lines
                .iter()
                .filter(|(s, _)| *s == Stream::Out)
                .filter_map(|(_, l)| parse_record(l))
                .filter(|r| r.msg == msg)
                .nth(n - 1)
        })
        .await
    }

    /// Waits for the first JSON record with this `msg`.
    pub async fn wait_msg(&mut self, msg: &str) -> anyhow::Result<Record> {
        self.wait_msg_nth(msg, 1).await
    }

    /// Waits for the process to exit; returns its status code, with all output collected.
    pub async fn exit_code(&mut self) -> anyhow::Result<i32> {
        let status = tokio::time::timeout(WAIT, self.child.wait()).await.context("the agent did not exit")??;
        // both pipes close at exit: wait for the readers to hand over the last lines
        let until = tokio::time::Instant::now() + WAIT;
        while Arc::strong_count(&self.lines) > 1 {
            if tokio::time::timeout_at(until, self.grew.changed()).await.is_err() {
                break;
            }
        }
        status.code().context("the agent was killed by a signal")
    }
}

fn collect(
    out: impl AsyncRead + Unpin + Send + 'static,
    stream: Stream,
    lines: Arc<Mutex<Vec<(Stream, String)>>>,
    grew: Arc<watch::Sender<usize>>,
) {
    tokio::spawn(async move {
        let mut reader = BufReader::new(out).lines();
        while let Ok(Some(line)) = reader.next_line().await {
            let n = {
                let mut all = lines.lock().unwrap();
                all.push((stream, line));
                all.len()
            };
            grew.send_replace(n);
        }
        drop(lines);
        grew.send_modify(|n| *n += 0);
    });
}

/// An HTTP/1.1 upstream answering `hello from upstream <path>` plus padding; returns its address.
pub async fn upstream() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind upstream");
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&head);
                let path = text.split_whitespace().nth(1).unwrap_or("/").to_string();
                let body = format!("hello from upstream {path}\n{}", "padding ".repeat(200));
                let resp = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.write_all(resp.as_bytes()).await;
            });
        }
    });
    addr
}

/// A TCP server echoing every byte back; returns its address.
pub async fn echo() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind echo");
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let (mut r, mut w) = sock.split();
                let _ = tokio::io::copy(&mut r, &mut w).await;
            });
        }
    });
    addr
}

/// YAML-quotes a string.
pub fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Writes a version "2" config for `edge` (authtoken, server_addr, root_cas, web_addr on port 0,
/// no update check, no console UI) plus `extra` lines.
pub fn v2_config(edge: &Edge, dir: &Path, name: &str, extra: &str) -> PathBuf {
    let text = format!(
        "version: \"2\"\nauthtoken: {}\nserver_addr: {}\nroot_cas: {}\nweb_addr: 127.0.0.1:0\nupdate_check: false\nconsole_ui: false\n{extra}",
        q(TOKEN),
        q(&edge.agent_addr().to_string()),
        q(&edge.ca_cert_path().display().to_string()),
    );
    write(dir, name, &text)
}

/// Writes `text` to `dir/name`.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write config");
    path
}

/// Reads the agent API address from its "starting web service" record.
pub async fn web_addr(agent: &mut Agent) -> String {
    agent.wait_msg("starting web service").await.expect("web service").str("addr").to_string()
}

/// GETs (or DELETEs) `path` on the agent API; returns status and JSON body (Null when empty).
pub async fn api(method: reqwest::Method, web: &str, path: &str) -> (u16, Value) {
    let resp = reqwest::Client::new().request(method, format!("http://{web}{path}")).send().await.expect("api request");
    let status = resp.status().as_u16();
    let body = resp.bytes().await.expect("api body");
    (status, if body.is_empty() { Value::Null } else { serde_json::from_slice(&body).expect("api json") })
}
