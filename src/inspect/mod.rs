//! SDK mode's request inspector: every exchange of an http endpoint is captured on its way
//! through (bounded by `inspect_db_size`), and a local web server on `web_addr` serves the
//! agent-compatible API (`/api/tunnels`, `/api/requests/http`, …) and the web UI at `/`.

mod body;
mod listen;
mod mask;
mod proxy;
mod record;
mod status;
mod store;
mod web;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Instant, SystemTime};

use anyhow::Result;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_util::sync::CancellationToken;

pub use listen::BindError;
pub use status::Status;

use crate::config::TunnelConfig;
use crate::exit::Fail;
use crate::http_forward::Outages;
use crate::tunnel::{Event, Events, Meter, Meters, emit};
use proxy::HttpPath;
use record::TcpConn;

/// The name the local API gives the tunnel (the same as CLI mode's agent tunnel).
pub const TUNNEL_NAME: &str = crate::cli_mode::TUNNEL_NAME;

/// A running inspector: the capture path and what the local API reports.
pub struct Inspector {
    path: Arc<HttpPath>,
    status: Arc<Status>,
    conns: Arc<Conns>,
    further: Arc<Further>,
    /// What each endpoint served, counted on its forwarding path (the API's `metrics`).
    meters: Arc<Meters>,
    /// The name of the tunnel's own endpoint in `meters` (the API calls it [`TUNNEL_NAME`]).
    own_endpoint: String,
    /// Whether each local service answers (shared with the session's other forwarding paths).
    outages: Arc<Outages>,
}

/// The further endpoints of the session the inspector has seen, by name: where each forwards
/// (its replays go there too) and what the API says of it.
#[derive(Default)]
pub struct Further(std::sync::Mutex<std::collections::BTreeMap<String, FurtherEndpoint>>);

/// One further endpoint.
#[derive(Clone)]
pub struct FurtherEndpoint {
    /// Its capture path, to its own local service.
    path: Arc<HttpPath>,
    /// Its local service as a URL (`http://127.0.0.1:8080`).
    addr: String,
}

impl Further {
    fn get(&self, name: &str) -> Option<FurtherEndpoint> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).get(name).cloned()
    }

    fn insert(&self, name: &str, endpoint: FurtherEndpoint) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).insert(name.to_owned(), endpoint);
    }
}

/// Connection counters for the API's metrics.
#[derive(Default)]
pub struct Conns {
    /// Connections ever accepted.
    pub total: AtomicU64,
    /// Connections open now.
    pub open: AtomicU64,
}

/// Counts an open connection until dropped.
struct Open(Arc<Conns>);

impl Drop for Open {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Inspector {
    /// Starts the inspector of `cfg` (None when `inspect` is off): binds `web_addr`, serves the
    /// API and UI until `stop`, and returns the events channel the backend should use from now
    /// on (it also feeds the status page). The web address is announced as an event.
    /// `server_addr` is the edge the session dials (for the status page); `meters` count what
    /// each endpoint serves (the API's metrics read them); `outages` tell each local service's
    /// outages once, whichever path hits them.
    pub async fn start(
        cfg: &TunnelConfig,
        server_addr: String,
        events: Events,
        stop: CancellationToken,
        (meters, outages): (Arc<Meters>, Arc<Outages>),
    ) -> Result<(Option<Arc<Inspector>>, Events)> {
        if !cfg.inspect {
            return Ok((None, events));
        }
        let store = Arc::new(store::Store::new(cfg.inspect_db_size));
        let local = cfg.local_addr.host_port();
        let outage = outages.of(&local);
        let path = Arc::new(HttpPath::new(store, local, TUNNEL_NAME.to_owned(), outage));
        let status = Arc::new(Status::new(cfg, server_addr));
        let conns = Arc::new(Conns::default());
        let own_endpoint = cfg.endpoint.clone();
        let further = Arc::default();
        let inspector = Arc::new(Inspector { path, status, conns, further, meters, own_endpoint, outages });
        let listener = listen::bind(cfg.web_addr).await.map_err(|e| Fail::usage(e.to_string()))?;
        if let Some(listener) = listener {
            let addr = listener.local_addr()?;
            if !addr.ip().is_loopback() {
                tracing::warn!(%addr, "the web inspector listens beyond this machine: anyone who can reach {addr} can read captured requests and replay them");
            }
            let guard = web::guard::Guard { allow: cfg.web_allow_hosts.clone(), bound: addr };
            tokio::spawn(web::serve(listener, inspector.clone(), guard, stop.clone()));
            tracing::info!("inspector: http://{addr}");
            inspector.status.set_web_addr(addr);
            emit(&events, Event::Inspector(addr.to_string()));
        }
        let tee = inspector.status.clone().tee(events, stop);
        Ok((Some(inspector), tee))
    }

    /// The inspector of the further endpoint `cfg` of the session: the same store, status and
    /// web UI; its exchanges forwarded to its own local address and recorded under its name,
    /// where the API lists it and replays its exchanges.
    pub fn for_endpoint(&self, cfg: &TunnelConfig) -> Arc<Inspector> {
        let (name, local) = (cfg.endpoint.as_str(), cfg.local_addr.host_port());
        let outage = self.outages.of(&local);
        let path = Arc::new(HttpPath::new(self.path.store().clone(), local, name.to_owned(), outage));
        let addr = cfg.local_addr.forward_url().to_string();
        self.further.insert(name, FurtherEndpoint { path: path.clone(), addr });
        let (status, conns, further) = (self.status.clone(), self.conns.clone(), self.further.clone());
        let (meters, own_endpoint, outages) = (self.meters.clone(), self.own_endpoint.clone(), self.outages.clone());
        Arc::new(Inspector { path, status, conns, further, meters, own_endpoint, outages })
    }

    /// What the endpoint the API calls `name` served so far: requests (http) or connections
    /// (tcp), as `status` reports them.
    fn served(&self, name: &str) -> u64 {
        let endpoint = if name == TUNNEL_NAME { self.own_endpoint.as_str() } else { name };
        self.meters.read(&[endpoint.to_owned()]).first().map_or(0, |s| s.count)
    }

    /// The capture path of the endpoint the inspector records as `tunnel` (its own, or a
    /// further endpoint's): where its exchanges are replayed.
    fn path_of(&self, tunnel: &str) -> Option<Arc<HttpPath>> {
        if tunnel == TUNNEL_NAME {
            return Some(self.path.clone());
        }
        self.further.get(tunnel).map(|e| e.path)
    }

    fn open(&self) -> Open {
        self.conns.total.fetch_add(1, Ordering::Relaxed);
        self.conns.open.fetch_add(1, Ordering::Relaxed);
        Open(self.conns.clone())
    }

    /// Serves one public connection of an http endpoint as HTTP, capturing each exchange,
    /// until it closes or `stop`. `meter` counts its requests.
    pub async fn serve_http<C>(self: Arc<Self>, conn: C, client: SocketAddr, meter: Arc<Meter>, stop: CancellationToken)
    where
        C: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let _open = self.open();
        self.path.clone().serve(conn, client, meter, stop).await;
    }

    /// Marks a tcp connection as open; [`TcpWatch::closed`] records it.
    pub fn tcp_opened(self: &Arc<Self>, client: SocketAddr) -> TcpWatch {
        TcpWatch {
            inspector: self.clone(),
            _open: self.open(),
            client,
            start: SystemTime::now(),
            began: Instant::now(),
        }
    }
}

/// A tcp connection being watched: addresses, bytes and duration are recorded, no payload.
pub struct TcpWatch {
    inspector: Arc<Inspector>,
    _open: Open,
    client: SocketAddr,
    start: SystemTime,
    began: Instant,
}

impl TcpWatch {
    /// Records the connection with the bytes each way.
    pub fn closed(self, bytes_in: u64, bytes_out: u64) {
        self.inspector.path.store().push_tcp(TcpConn {
            tunnel_name: self.inspector.path.tunnel().to_owned(),
            remote_addr: self.client.to_string(),
            start: self.start,
            duration_ns: self.began.elapsed().as_nanos() as u64,
            bytes_in,
            bytes_out,
        });
    }
}
