//! The edge's shared state: options, the CA, live sessions and endpoints, the records, and the
//! fault switches. Every change bumps a watch counter so waiters wake without polling loops.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use muxado::MuxadoOpen;
use muxado::typed::Typed;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use crate::EdgeOptions;
use crate::ca::Authority;
use crate::endpoint::Endpoint;
use crate::records::{AuthRecord, BindRecord, PolicyLog};

/// A live, authenticated agent session.
pub(crate) struct LiveSession {
    /// Session id.
    pub id: String,
    /// The connection carrying it.
    pub conn: u64,
    /// Token it authenticated with.
    pub authtoken: String,
    /// Agent address.
    pub remote_addr: SocketAddr,
    /// `Extra.Version`.
    pub client_version: String,
    /// `Extra.UserAgent`.
    pub user_agent: String,
    /// Opens edge → agent streams.
    pub opener: Typed<MuxadoOpen>,
    /// Cancel to drop the connection.
    pub kill: CancellationToken,
    /// The connection's socket: shut down in the same step that removes the session, so the
    /// agent learns of the drop at once, however busy the edge's tasks are.
    pub socket: Arc<std::net::TcpStream>,
    /// Heartbeats answered.
    pub heartbeats: Arc<AtomicU64>,
    /// The connection's proxy-stream slots (see [`crate::proxy::MAX_OPEN`]).
    pub proxy_slots: Arc<tokio::sync::Semaphore>,
}

/// Sessions, endpoints and records.
#[derive(Default)]
pub(crate) struct Registry {
    pub auths: Vec<AuthRecord>,
    pub binds: Vec<BindRecord>,
    /// Entries written by Traffic Policy `log` actions, in order.
    pub policy_logs: Vec<PolicyLog>,
    /// In connection order.
    pub sessions: Vec<LiveSession>,
    /// By URL: the endpoints serving it, in Bind order (more than one only for a pool, see
    /// `pool.rs`).
    pub endpoints: BTreeMap<String, Vec<Arc<Endpoint>>>,
    /// Endpoint id → the URL it had, so an agent rebinding after a reconnect gets it back.
    pub remembered: BTreeMap<String, String>,
}

impl Registry {
    /// Removes every endpoint of connection `conn` (cancelling their listeners).
    pub(crate) fn remove_endpoints_of(&mut self, conn: u64) {
        self.remove_endpoints_where(|ep| ep.conn == conn);
    }

    /// Removes (and cancels) every endpoint `gone` says is gone; a URL whose last endpoint
    /// left is offline. Returns how many were removed.
    pub(crate) fn remove_endpoints_where(&mut self, gone: impl Fn(&Endpoint) -> bool) -> usize {
        let mut removed = 0;
        self.endpoints.retain(|_, pool| {
            pool.retain(|ep| {
                let keep = !gone(ep);
                if !keep {
                    ep.gone.cancel();
                    removed += 1;
                }
                keep
            });
            !pool.is_empty()
        });
        removed
    }

    /// Every online endpoint (pool members one by one).
    pub(crate) fn all_endpoints(&self) -> impl Iterator<Item = &Arc<Endpoint>> {
        self.endpoints.values().flatten()
    }

    /// Removes the session carried by `conn` and its endpoints; returns whether one was there.
    pub(crate) fn remove_conn(&mut self, conn: u64) -> bool {
        let before = self.sessions.len();
        self.sessions.retain(|s| {
            if s.conn == conn {
                s.kill.cancel();
                let _ = s.socket.shutdown(std::net::Shutdown::Both);
            }
            s.conn != conn
        });
        self.remove_endpoints_of(conn);
        before != self.sessions.len()
    }

    /// The session with this id.
    pub(crate) fn session(&self, id: &str) -> Option<&LiveSession> {
        self.sessions.iter().find(|s| s.id == id)
    }
}

/// Everything the edge's tasks share.
pub(crate) struct Shared {
    pub opts: EdgeOptions,
    pub ca: Arc<Authority>,
    reg: Mutex<Registry>,
    changed: watch::Sender<u64>,
    /// While true, heartbeats are read but not answered.
    pub silenced: watch::Sender<bool>,
    /// While true, a Bind asking for a host under the free domain by name is refused (319).
    pub refuse_free_domains: std::sync::atomic::AtomicBool,
    /// The error code the next Auths fail with, and how many more fail.
    pub fail_next_auth: Mutex<Option<(String, usize)>>,
    /// Cancelled when the whole edge shuts down.
    pub root: CancellationToken,
    /// The delay between a Bind and its endpoint taking traffic (see `propagation`).
    pub propagation_delay: Mutex<std::time::Duration>,
    next_conn: AtomicU64,
    /// The port of the public HTTP listener (in [`crate::PublicUrls::Localhost`] URLs).
    pub http_port: u16,
}

impl Shared {
    /// New shared state; `http_port` is the public HTTP listener's.
    pub(crate) fn new(opts: EdgeOptions, ca: Arc<Authority>, http_port: u16) -> Shared {
        Shared {
            opts,
            ca,
            reg: Mutex::new(Registry::default()),
            changed: watch::Sender::new(0),
            silenced: watch::Sender::new(false),
            refuse_free_domains: std::sync::atomic::AtomicBool::new(false),
            fail_next_auth: Mutex::new(None),
            root: CancellationToken::new(),
            propagation_delay: Mutex::new(std::time::Duration::ZERO),
            next_conn: AtomicU64::new(1),
            http_port,
        }
    }

    /// Reads the registry.
    pub(crate) fn read(&self) -> MutexGuard<'_, Registry> {
        self.reg.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Changes the registry and wakes waiters.
    pub(crate) fn update<T>(&self, f: impl FnOnce(&mut Registry) -> T) -> T {
        let out = f(&mut self.read());
        self.changed.send_modify(|n| *n += 1);
        out
    }

    /// Keeps the entries of Traffic Policy `log` actions (queryable, and logged at info).
    pub(crate) fn record_policy_logs(&self, logs: &mut Vec<PolicyLog>) {
        if logs.is_empty() {
            return;
        }
        for entry in logs.iter() {
            tracing::info!(url = %entry.endpoint_url, phase = %entry.phase, rule = entry.rule, metadata = %entry.metadata, "policy log");
        }
        self.update(|reg| reg.policy_logs.append(logs));
    }

    /// A receiver that sees every change.
    pub(crate) fn subscribe(&self) -> watch::Receiver<u64> {
        self.changed.subscribe()
    }

    /// A fresh connection number.
    pub(crate) fn conn_id(&self) -> u64 {
        self.next_conn.fetch_add(1, Ordering::Relaxed)
    }
}
