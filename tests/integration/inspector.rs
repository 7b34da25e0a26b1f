//! SDK mode's request inspector, end to end: the real binary with `inspect = true`, the edge
//! simulator, a recording local service, and the local API read over HTTP like a client would.
//! The shared pieces live here; the scenarios in `inspector_api`, `inspector_stream` and
//! `inspector_browser`.

#![allow(dead_code)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response, body::Incoming, service::service_fn};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::sync::CancellationToken;

use super::support::{Running, eventually};
use super::world::{Mode, URL_WAIT, World};

/// One request as the local service saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// Method.
    pub method: String,
    /// Path and query.
    pub uri: String,
    /// Headers (lower-case names).
    pub headers: Vec<(String, String)>,
    /// The whole body (`/upload` keeps only its size here, as a decimal string).
    pub body: Vec<u8>,
}

impl Seen {
    /// The first value of header `name`.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A local service that records every request: `/json` answers JSON, `/upload` counts the
/// body's bytes as they stream, `/echo` upgrades to a raw echo protocol, anything else `ok`.
pub struct Recorder {
    /// Where it listens.
    pub addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    pages: Pages,
    stop: CancellationToken,
}

/// HTML pages the recorder serves, by path (for pages of "another origin").
type Pages = Arc<Mutex<std::collections::HashMap<String, String>>>;

/// What `/json` answers.
pub const JSON_ANSWER: &str = r#"{"greeting":"hello","items":[1,2,3],"nested":{"ok":true}}"#;

impl Recorder {
    /// Starts on 127.0.0.1, port 0.
    pub async fn start() -> Recorder {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind recorder");
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let pages = Pages::default();
        let stop = CancellationToken::new();
        let (s, st, pg) = (seen.clone(), stop.clone(), pages.clone());
        tokio::spawn(async move {
            loop {
                let (sock, _) = tokio::select! {
                    r = listener.accept() => match r { Ok(x) => x, Err(_) => continue },
                    _ = st.cancelled() => return,
                };
                let (s, pg) = (s.clone(), pg.clone());
                tokio::spawn(async move {
                    let svc = service_fn(move |req| handle(req, s.clone(), pg.clone()));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(sock), svc)
                        .with_upgrades()
                        .await;
                });
            }
        });
        Recorder { addr, seen, pages, stop }
    }

    /// Stops listening and keeps the port bound without listening (connections are refused,
    /// and no other test's listener can take the port meanwhile).
    pub async fn stop_and_hold(&self) -> tokio::net::TcpSocket {
        self.stop.cancel();
        eventually(Duration::from_secs(5), "the recorder to refuse connections", || async {
            tokio::net::TcpStream::connect(self.addr).await.is_err().then_some(())
        })
        .await;
        let socket = tokio::net::TcpSocket::new_v4().expect("socket");
        socket.set_reuseaddr(true).expect("SO_REUSEADDR");
        socket.bind(self.addr).expect("hold the recorder's port");
        socket
    }

    /// Serves `html` at `path` (as text/html).
    pub fn page(&self, path: &str, html: String) {
        self.pages.lock().unwrap().insert(path.to_owned(), html);
    }

    /// Everything seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// Waits (5 s at most) until `n` requests were seen, and returns them.
    pub async fn wait_for(&self, n: usize) -> Vec<Seen> {
        eventually(Duration::from_secs(10), &format!("{n} requests at the local service"), || async {
            let seen = self.seen();
            (seen.len() >= n).then_some(seen)
        })
        .await
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn handle(
    mut req: Request<Incoming>,
    seen: Arc<Mutex<Vec<Seen>>>,
    pages: Pages,
) -> Result<Response<Full<Bytes>>, Infallible> {
    if let Some(html) = pages.lock().unwrap().get(req.uri().path()).cloned() {
        return Ok(Response::builder().header("content-type", "text/html").body(Full::from(html)).unwrap());
    }
    let method = req.method().to_string();
    let uri = req.uri().path_and_query().map_or("/".into(), |p| p.to_string());
    let headers = req
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let path = req.uri().path().to_owned();
    if path == "/ws" {
        return Ok(websocket(req, method, uri, headers, &seen));
    }
    if path == "/echo" {
        let upgrade = hyper::upgrade::on(&mut req);
        seen.lock().unwrap().push(Seen { method, uri, headers, body: Vec::new() });
        tokio::spawn(async move {
            if let Ok(up) = upgrade.await {
                let mut io = TokioIo::new(up);
                let mut buf = [0u8; 4096];
                while let Ok(n) = io.read(&mut buf).await {
                    if n == 0 || io.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
            }
        });
        let resp = Response::builder()
            .status(101)
            .header("connection", "upgrade")
            .header("upgrade", "echo")
            .body(Full::new(Bytes::new()))
            .unwrap();
        return Ok(resp);
    }
    let mut body = req.into_body();
    let mut kept = Vec::new();
    let mut size = 0u64;
    while let Some(Ok(frame)) = body.frame().await {
        if let Some(data) = frame.data_ref() {
            size += data.len() as u64;
            if path != "/upload" {
                kept.extend_from_slice(data);
            }
        }
    }
    if path == "/upload" {
        kept = size.to_string().into_bytes();
    }
    seen.lock().unwrap().push(Seen { method, uri, headers, body: kept });
    let resp = match path.as_str() {
        "/json" => Response::builder().header("content-type", "application/json").body(Full::from(JSON_ANSWER)),
        "/upload" => Response::builder().body(Full::from(size.to_string())),
        _ => Response::builder().header("content-type", "text/plain").body(Full::from("ok")),
    };
    Ok(resp.unwrap())
}

/// A tunnel with the inspector on, its local API, and the recording service behind it.
pub struct Inspected {
    /// The world (edge, sealed environment).
    pub w: World,
    /// The running `prx-tunnel start --json`.
    pub run: Running,
    /// The public URL.
    pub url: String,
    /// The inspector's base URL, `http://127.0.0.1:PORT`, as `start --json` printed it.
    pub web: String,
    /// The local service.
    pub recorder: Recorder,
    /// The config file.
    pub cfg: std::path::PathBuf,
    /// An HTTP client for the local API.
    pub http: reqwest::Client,
}

/// Starts a tunnel in SDK mode with `inspect = true`, `web_addr` on a free port unless
/// `extra` sets it, and `extra` [tunnel.ngrok] lines.
pub async fn start(extra: &str) -> Inspected {
    let web = if extra.contains("web_addr") { "" } else { "web_addr = \"127.0.0.1:0\"\n" };
    launch(&format!("{web}{extra}")).await
}

/// Starts a tunnel with `inspect = true` and no `web_addr`: 127.0.0.1:4040 or the next free port.
pub async fn start_on_default_web_addr() -> Inspected {
    launch("").await
}

async fn launch(extra: &str) -> Inspected {
    let w = World::new(Mode::Sdk).await;
    let recorder = Recorder::start().await;
    let cfg = w.config(extra);
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("inspect = false", "inspect = true")
        .replace(&w.upstream.host_port(), &recorder.addr.to_string());
    std::fs::write(&cfg, text).unwrap();
    let mut run = w.cmd(&cfg).args(["start", "--json"]).spawn();
    let line = run.line(URL_WAIT).await;
    let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    let url = v["public_url"].as_str().expect("public_url").to_owned();
    let web = v["inspect_url"].as_str().unwrap_or_else(|| panic!("no inspect_url in {line}")).to_owned();
    let http = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(20)).build().unwrap();
    Inspected { w, run, url, web, recorder, cfg, http }
}

impl Inspected {
    /// `GET {web}{path}` as JSON (panics on a non-2xx answer).
    pub async fn api(&self, path: &str) -> serde_json::Value {
        let resp = self.http.get(format!("{}{path}", self.web)).send().await.expect("local API");
        assert!(resp.status().is_success(), "GET {path}: {}", resp.status());
        resp.json().await.expect("JSON")
    }

    /// Waits until the API lists `n` captured requests; returns them (newest first).
    pub async fn captured(&self, n: usize) -> Vec<serde_json::Value> {
        eventually(Duration::from_secs(10), &format!("{n} captured requests"), || async {
            let v = self.api("/api/requests/http?limit=100000").await;
            let list = v["requests"].as_array().cloned().unwrap_or_default();
            (list.len() >= n).then_some(list)
        })
        .await
    }

    /// A request through the edge (retried while the endpoint is not yet routable).
    pub async fn send(&self, req: ngrok_sim::PublicRequest) -> ngrok_sim::PublicResponse {
        self.w.get(&self.url, req).await
    }

    /// Stops the tunnel with SIGTERM and expects exit 0.
    pub async fn stop(mut self) {
        self.run.signal(nix::sys::signal::Signal::SIGTERM);
        assert_eq!(self.run.wait(Duration::from_secs(10)).await, Some(0), "stderr:\n{}", self.run.stderr());
    }
}

/// `/ws`: a real WebSocket echo server (the handshake by hand, the frames by tungstenite).
fn websocket(
    mut req: Request<Incoming>,
    method: String,
    uri: String,
    headers: Vec<(String, String)>,
    seen: &Arc<Mutex<Vec<Seen>>>,
) -> Response<Full<Bytes>> {
    use futures::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::protocol::Role;
    let key = req.headers().get("sec-websocket-key").map(|k| k.as_bytes().to_vec()).unwrap_or_default();
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(&key);
    let upgrade = hyper::upgrade::on(&mut req);
    seen.lock().unwrap().push(Seen { method, uri, headers, body: Vec::new() });
    tokio::spawn(async move {
        let Ok(up) = upgrade.await else { return };
        let mut ws = tokio_tungstenite::WebSocketStream::from_raw_socket(TokioIo::new(up), Role::Server, None).await;
        while let Some(Ok(msg)) = ws.next().await {
            if (msg.is_text() || msg.is_binary()) && ws.send(msg).await.is_err() {
                break;
            }
        }
    });
    Response::builder()
        .status(101)
        .header("connection", "upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-accept", accept)
        .body(Full::new(Bytes::new()))
        .unwrap()
}

/// The peak resident memory of process `pid` so far (VmHWM), in bytes.
pub fn peak_rss(pid: i32) -> u64 {
    proc_status_bytes(pid, "VmHWM:")
}

/// The current resident memory of process `pid` (VmRSS), in bytes.
pub fn rss(pid: i32) -> u64 {
    proc_status_bytes(pid, "VmRSS:")
}

/// A `kB` field of `/proc/PID/status`, in bytes.
fn proc_status_bytes(pid: i32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("{field} in /proc/{pid}/status"));
    kib * 1024
}
