//! What the status page and `/api/status` report: the endpoint, its URL, the session's state,
//! reconnects and heartbeat latency — kept current from the backend's own events.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::config::{Proto, TunnelConfig};
use crate::tunnel::{Event, Events};

/// The tunnel's facts and live state.
pub struct Status {
    /// `http://127.0.0.1:8080`, `tcp://…`.
    pub local_url: String,
    /// "http" or "tcp".
    pub proto: &'static str,
    /// The region the session dials.
    pub region: String,
    /// The edge dialled.
    pub server_addr: String,
    live: Mutex<Live>,
}

#[derive(Default)]
struct Live {
    public_url: Option<String>,
    state: &'static str,
    reconnects: u64,
    heartbeat: Option<Duration>,
    last_error: Option<String>,
    web_addr: Option<SocketAddr>,
    /// The public URL of each further endpoint of the session, by name.
    further: std::collections::BTreeMap<String, String>,
}

impl Status {
    /// The facts of `cfg` (dialling `server_addr`); state "starting".
    pub fn new(cfg: &TunnelConfig, server_addr: String) -> Status {
        Status {
            local_url: cfg.local_addr.forward_url().to_string(),
            proto: if cfg.proto == Proto::Tcp { "tcp" } else { "http" },
            region: cfg.region.as_str().to_owned(),
            server_addr,
            live: Mutex::new(Live { state: "starting", ..Live::default() }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Live> {
        self.live.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Where the web server listens.
    pub fn set_web_addr(&self, addr: SocketAddr) {
        self.lock().web_addr = Some(addr);
    }

    /// The public URL, once known.
    pub fn public_url(&self) -> Option<String> {
        self.lock().public_url.clone()
    }

    /// The public URL of the further endpoint `name`, while it is open.
    pub fn endpoint_url(&self, name: &str) -> Option<String> {
        self.lock().further.get(name).cloned()
    }

    /// The names of the further endpoints open now.
    pub fn further_names(&self) -> Vec<String> {
        self.lock().further.keys().cloned().collect()
    }

    /// Passes every event on to `events`, keeping this status current on the way.
    pub fn tee(self: Arc<Self>, events: Events, stop: CancellationToken) -> Events {
        let (tx, mut rx) = mpsc::unbounded_channel::<Event>();
        tokio::spawn(async move {
            loop {
                let ev = tokio::select! {
                    ev = rx.recv() => ev,
                    _ = stop.cancelled() => None,
                };
                let Some(ev) = ev else { break };
                self.apply(&ev);
                let _ = events.send(ev);
            }
            // Whatever was sent before the stop still reaches the supervisor.
            while let Ok(ev) = rx.try_recv() {
                let _ = events.send(ev);
            }
        });
        tx
    }

    fn apply(&self, ev: &Event) {
        let mut live = self.lock();
        match ev {
            Event::Url(url) => {
                live.public_url = Some(url.clone());
                live.state = "online";
                live.last_error = None;
            }
            Event::Disconnected { error, new } => {
                live.reconnects += u64::from(*new);
                live.state = "reconnecting";
                live.last_error = Some(error.clone());
            }
            Event::Reconnected => live.state = "online",
            Event::Heartbeat(d) => live.heartbeat = Some(*d),
            Event::Restarting => live.state = "restarting",
            Event::EndpointUrl { endpoint, url } => {
                live.further.insert(endpoint.clone(), url.clone());
            }
            Event::EndpointGone { endpoint } => {
                live.further.remove(endpoint);
            }
            Event::Agent(_) | Event::Inspector(_) | Event::Served(_) => {}
        }
    }

    /// `/api/status`: ngrok's shape (`status`, `agent_version`, `session.legs`) plus prx-tunnel's
    /// details (URL, reconnects, heartbeat, last error).
    pub fn to_json(&self) -> Value {
        let live = self.lock();
        let latency = live.heartbeat.map(|d| format!("{}ms", d.as_millis()));
        json!({
            "status": live.state,
            "agent_version": format!("prx-tunnel/{}", env!("CARGO_PKG_VERSION")),
            "session": {
                "legs": [{ "region": self.region, "latency": latency }],
                "server_addr": self.server_addr,
                "reconnects": live.reconnects,
                "heartbeat_latency_ms": live.heartbeat.map(|d| d.as_secs_f64() * 1000.0),
                "last_error": live.last_error,
            },
            "public_url": live.public_url,
            "local_addr": self.local_url,
            "web_addr": live.web_addr.map(|a| a.to_string()),
            "uri": "/api/status",
        })
    }
}
