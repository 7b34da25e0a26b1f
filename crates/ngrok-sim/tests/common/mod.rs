//! Shared test fixtures: a local HTTP service, a TCP echo service, and `ngrok` crate sessions
//! pointed at a simulator edge.

#![allow(dead_code)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use ngrok::Session;
use ngrok::session::SessionBuilder;
use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A well-formed authtoken.
pub const TOKEN: &str = "2simTESTtokenAAAAAAAAAAAA_7fakeSecretXyz";
/// The body of `/`.
pub const HELLO: &str = "hello from the upstream\n";
/// How long anything may take in these tests.
pub const WAIT: Duration = Duration::from_secs(10);

/// Starts the local HTTP service: `/` says hello, `/big` is 64 KiB of text, `/fail` is a 500,
/// `/echo` echoes the body, `/client` reports `X-Forwarded-For`, `/inspect…` reports the method,
/// path and query and every header as received. Every answer carries `x-upstream: yes`.
pub async fn upstream() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let _ = http1::Builder::new().serve_connection(TokioIo::new(tcp), service_fn(answer)).await;
            });
        }
    });
    addr
}

async fn answer(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let forwarded = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let (status, body) = match req.uri().path() {
        p if p.starts_with("/inspect") => {
            let mut seen = format!("{} {}\n", req.method(), req.uri());
            for (k, v) in req.headers() {
                seen.push_str(&format!("{k}: {}\n", String::from_utf8_lossy(v.as_bytes())));
            }
            (200, seen)
        }
        "/big" => (200, "all work and no play makes jack a dull boy\n".repeat(1500)),
        "/fail" => (500, "upstream failure\n".to_owned()),
        "/echo" => (200, String::from_utf8_lossy(&req.into_body().collect().await.unwrap().to_bytes()).into_owned()),
        "/client" => (200, forwarded),
        _ => (200, HELLO.to_owned()),
    };
    let mut resp = Response::new(Full::from(body));
    *resp.status_mut() = hyper::StatusCode::from_u16(status).unwrap();
    resp.headers_mut().insert("x-upstream", hyper::header::HeaderValue::from_static("yes"));
    Ok(resp)
}

/// Starts a TCP service that echoes everything back.
pub async fn echo() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut tcp, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16 * 1024];
                while let Ok(n) = tcp.read(&mut buf).await {
                    if n == 0 || tcp.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    addr
}

/// A session builder for `edge` with `token` (server_addr + ca_cert, as the brief has it).
pub fn builder(edge: &Edge, token: Option<&str>) -> SessionBuilder {
    let mut b = Session::builder();
    b.connector(nodelay_connect);
    b.server_addr(edge.agent_addr().to_string()).unwrap();
    b.ca_cert(Bytes::copy_from_slice(edge.ca_cert_pem()));
    if let Some(token) = token {
        b.authtoken(token);
    }
    b
}

/// The `ngrok` crate's default connector with `TCP_NODELAY` set, as prx-tunnel dials: without
/// it each small muxado frame the agent writes can wait for the edge's delayed ACK (about 40 ms
/// per request).
async fn nodelay_connect(
    host: String,
    port: u16,
    tls_config: std::sync::Arc<rustls::ClientConfig>,
    _: Option<ngrok::tunnel::AcceptError>,
) -> Result<Box<dyn ngrok::session::IoStream>, ngrok::session::ConnectError> {
    let tcp = tokio::net::TcpStream::connect((host.as_str(), port)).await.map_err(ngrok::session::ConnectError::Tcp)?;
    let _ = tcp.set_nodelay(true);
    let name = rustls::pki_types::ServerName::try_from(host).expect("the edge's address is a valid server name");
    let tls = tokio_rustls::TlsConnector::from(tls_config).connect(name, tcp).await;
    Ok(Box::new(tls.map_err(ngrok::session::ConnectError::Tls)?))
}

/// A connected session with the test token.
pub async fn session(edge: &Edge) -> Session {
    builder(edge, Some(TOKEN)).connect().await.expect("the session connects")
}

/// An `http://` URL for a local address.
pub fn local(addr: SocketAddr) -> url::Url {
    format!("http://{addr}").parse().unwrap()
}

/// GETs `url` through the edge with a default request and returns (status, text).
pub async fn get(edge: &Edge, url: &str) -> (u16, String) {
    let resp = edge.request(url, Default::default()).await.expect("the edge answers");
    (resp.status, resp.text())
}

/// A fresh edge with default options.
pub async fn edge() -> Edge {
    Edge::start(EdgeOptions::default()).await.unwrap()
}

/// A public request from source address `ip`, with basic-auth credentials when given.
pub fn from(ip: &str, auth: Option<(&str, &str)>) -> PublicRequest {
    PublicRequest {
        source_ip: Some(ip.parse().unwrap()),
        basic_auth: auth.map(|(u, p)| (u.into(), p.into())),
        ..Default::default()
    }
}

/// Starts a local HTTP service that answers every request with `name` (which member of a pool
/// served it).
pub async fn named(name: &'static str) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let service = service_fn(move |_req: Request<Incoming>| async move {
                Ok::<_, Infallible>(Response::new(Full::new(Bytes::from_static(name.as_bytes()))))
            });
            tokio::spawn(http1::Builder::new().serve_connection(TokioIo::new(tcp), service));
        }
    });
    addr
}

/// Starts a TCP service that writes `name` to every connection and closes it.
pub async fn named_tcp(name: &'static str) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            tokio::spawn(async move {
                let _ = tcp.write_all(name.as_bytes()).await;
                let _ = tcp.shutdown().await;
            });
        }
    });
    addr
}

/// A loopback TCP relay to the edge's agent ingress: a session dialled through it dies for
/// good when the relay is cut (its connections reset, later dials refused) — an agent machine
/// that went away.
pub struct Relay {
    /// Where agents dial.
    pub addr: SocketAddr,
    cut: tokio_util::sync::CancellationToken,
}

impl Relay {
    /// Relays to `target` until cut.
    pub async fn start(target: SocketAddr) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let cut = tokio_util::sync::CancellationToken::new();
        let stop = cut.clone();
        tokio::spawn(async move {
            loop {
                let accepted = tokio::select! {
                    a = listener.accept() => a,
                    _ = stop.cancelled() => return,
                };
                let Ok((mut agent, _)) = accepted else { return };
                let stop = stop.clone();
                tokio::spawn(async move {
                    let Ok(mut edge) = tokio::net::TcpStream::connect(target).await else { return };
                    // Small muxado frames must not wait for Nagle's algorithm at the relay.
                    let _ = (agent.set_nodelay(true), edge.set_nodelay(true));
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut agent, &mut edge) => {}
                        _ = stop.cancelled() => {}
                    }
                });
            }
        });
        Relay { addr, cut }
    }

    /// Cuts every relayed connection and stops accepting.
    pub fn cut(&self) {
        self.cut.cancel();
    }
}

/// A connected session with the test token, dialling the edge through `relay`.
pub async fn session_via(edge: &Edge, relay: &Relay) -> Session {
    let mut b = builder(edge, Some(TOKEN));
    b.server_addr(relay.addr.to_string()).unwrap();
    b.connect().await.expect("the session connects through the relay")
}
