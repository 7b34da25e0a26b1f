//! A local HTTP service to tunnel to: `/` greets, `/fail` answers 500, `/big` sends 64 KiB of
//! text (compressible), `/headers` echoes the request headers. Counts the requests it served
//! and the connections it accepted.

#![allow(dead_code)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response, body::Incoming, service::service_fn};
use hyper_util::rt::TokioIo;
use tokio_util::sync::CancellationToken;

/// The greeting `/` answers with.
pub const HELLO: &str = "hello from upstream";

/// A running local service.
pub struct Upstream {
    /// Where it listens.
    pub addr: SocketAddr,
    served: Arc<AtomicU64>,
    accepted: Arc<AtomicU64>,
    stop: CancellationToken,
}

impl Upstream {
    /// Starts on 127.0.0.1, port 0.
    pub async fn start() -> Upstream {
        Self::start_on("127.0.0.1:0".parse().unwrap()).await
    }

    /// Starts on a given address (to bring a service back on the same port).
    pub async fn start_on(addr: SocketAddr) -> Upstream {
        let listener = tokio::net::TcpListener::bind(addr).await.expect("bind upstream");
        let addr = listener.local_addr().unwrap();
        let (served, accepted) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let stop = CancellationToken::new();
        let (s, a, st) = (served.clone(), accepted.clone(), stop.clone());
        tokio::spawn(async move {
            loop {
                let (sock, _) = tokio::select! {
                    r = listener.accept() => match r { Ok(x) => x, Err(_) => continue },
                    _ = st.cancelled() => return,
                };
                a.fetch_add(1, Ordering::Relaxed);
                let (s, st) = (s.clone(), st.clone());
                tokio::spawn(async move {
                    let svc = service_fn(move |req| {
                        s.fetch_add(1, Ordering::Relaxed);
                        handle(req)
                    });
                    let _ = sock.set_nodelay(true);
                    let conn = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(sock), svc);
                    // A stopped service closes its connections, the kept-alive ones too.
                    tokio::select! {
                        _ = conn => {}
                        _ = st.cancelled() => {}
                    }
                });
            }
        });
        Upstream { addr, served, accepted, stop }
    }

    /// Requests served so far.
    pub fn served(&self) -> u64 {
        self.served.load(Ordering::Relaxed)
    }

    /// TCP connections accepted so far.
    pub fn connections(&self) -> u64 {
        self.accepted.load(Ordering::Relaxed)
    }

    /// Stops listening (new connections are refused) and closes its open connections, as a
    /// stopped service would.
    pub fn stop(&self) {
        self.stop.cancel();
    }

    /// Stops listening, waits (polling, 5 s at most) until connections are refused, and keeps
    /// the port bound without listening, so that no other test's listener can take it while
    /// the service is "down" (connections to it are refused, as to a stopped service).
    pub async fn stop_and_hold(&self) -> HeldPort {
        self.stop();
        super::support::eventually(std::time::Duration::from_secs(5), "the upstream to refuse connections", || async {
            tokio::net::TcpStream::connect(self.addr).await.is_err().then_some(())
        })
        .await;
        let socket = tokio::net::TcpSocket::new_v4().expect("socket");
        socket.set_reuseaddr(true).expect("SO_REUSEADDR");
        socket.bind(self.addr).expect("hold the upstream's port");
        HeldPort { addr: self.addr, socket }
    }

    /// `host:port`.
    pub fn host_port(&self) -> String {
        self.addr.to_string()
    }
}

/// A stopped upstream's port, bound but not listening.
pub struct HeldPort {
    /// The port's address.
    pub addr: SocketAddr,
    socket: tokio::net::TcpSocket,
}

impl HeldPort {
    /// Brings a service back on the held port.
    pub async fn restart(self) -> Upstream {
        drop(self.socket);
        Upstream::start_on(self.addr).await
    }
}

impl Drop for Upstream {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn handle(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let resp = match req.uri().path() {
        "/fail" => Response::builder().status(500).body(Full::from("upstream failure\n")),
        "/big" => Response::builder()
            .header("content-type", "text/plain")
            .body(Full::from("all work and no play makes a tunnel a dull tunnel\n".repeat(1310))),
        "/headers" => {
            let text: String =
                req.headers().iter().map(|(k, v)| format!("{k}: {}\n", v.to_str().unwrap_or("?"))).collect();
            Response::builder().body(Full::from(text))
        }
        _ => Response::builder().header("content-type", "text/plain").body(Full::from(HELLO)),
    };
    Ok(resp.unwrap())
}
