//! Establishing a session and its endpoint: at start (any refusal is final, with its own exit
//! code), and again after a Restart or a session the crate could not resume — then every
//! failure but rejected credentials waits through the reconnect policy and is retried, and the
//! old URL is asked for, falling back to a new one only when the service keeps refusing it.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Result;
use ngrok::Error as _;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::connector::{AUTH_CODES, ConnectorState};
use super::failures::{bind_failure, connect_failure};
use super::heartbeat::PauseClock;
use super::session::{Endpoint, Remote, bind, builder, server_addr};
use crate::config::TunnelConfig;
use crate::tunnel::{Events, STOP_GRACE};

/// Binds of the old URL the service may refuse (e.g. ERR_NGROK_334 while it tears the old
/// session down) before the tunnel takes a new URL.
const KEEP_TRIES: u32 = 4;

/// Why a session is established again, with the URL it had.
#[derive(Debug, Clone)]
pub enum Again {
    /// The service asked for a restart.
    Restart(String),
    /// The crate could not resume the session.
    Lost(String),
}

impl Again {
    /// The URL the tunnel had.
    pub fn url(&self) -> &str {
        match self {
            Again::Restart(url) | Again::Lost(url) => url,
        }
    }
}

/// A session with its endpoints bound.
pub struct Live {
    /// The session.
    pub session: ngrok::Session,
    /// Its endpoint (the config's own).
    pub endpoint: Endpoint,
    /// The further endpoints (`[tunnel.ngrok.endpoints.NAME]`), by name.
    pub extra: Vec<(String, Endpoint)>,
    /// Commands (Stop, Restart) the service sends to it.
    pub remote_rx: mpsc::UnboundedReceiver<Remote>,
    /// Cancelling it ends the session's connection.
    pub session_stop: CancellationToken,
}

/// Binds every endpoint of `cfg` on `session` (with `keep`, the primary's old URL; the others'
/// old URLs in `kept`); on a refusal, the error and the config of the endpoint refused.
async fn bind_all<'c>(
    session: &ngrok::Session,
    cfg: &'c TunnelConfig,
    keep: Option<&str>,
    kept: Option<&HashMap<String, String>>,
) -> Result<(Endpoint, Vec<(String, Endpoint)>), (ngrok::session::RpcError, &'c TunnelConfig)> {
    let primary = bind(session, cfg, keep).await.map_err(|e| (e, cfg))?;
    let mut extra = Vec::new();
    for ep in &cfg.endpoints {
        let old = kept.and_then(|k| k.get(&ep.endpoint)).map(String::as_str);
        match bind(session, ep, old).await {
            Ok(bound) => extra.push((ep.endpoint.clone(), bound)),
            Err(e) if cfg.keep_going => {
                let failure = crate::logging::scrub(&format!("{:#}", bind_failure(&e, ep)));
                tracing::error!(endpoint = %ep.endpoint, "left out (--keep-going): the service refused it: {failure}");
            }
            Err(e) => return Err((e, ep)),
        }
    }
    Ok((primary, extra))
}

/// A bind failure, naming the endpoint when the session has several.
fn endpoint_failure(err: &ngrok::session::RpcError, cfg: &TunnelConfig, several: bool) -> anyhow::Error {
    let failure = bind_failure(err, cfg);
    if several { failure.context(format!("endpoint \"{}\" was refused", cfg.endpoint)) } else { failure }
}

/// Connects and binds; `None` when `shutdown` came first. `kept`: the further endpoints' URLs
/// of the session before, asked for again.
pub async fn establish(
    cfg: &TunnelConfig,
    state: &Arc<ConnectorState>,
    events: &Events,
    clock: &Arc<PauseClock>,
    (again, kept): (Option<&Again>, &HashMap<String, String>),
    shutdown: &CancellationToken,
) -> Result<Option<Live>> {
    let mut keep_refused = 0;
    loop {
        let (remote_tx, remote_rx) = mpsc::unbounded_channel();
        let session_stop = shutdown.child_token();
        let b = builder(cfg, state.clone(), events.clone(), remote_tx, session_stop.clone(), clock.clone())?;
        tracing::info!(server = %server_addr(cfg), proxy = %cfg.proxy.describe(), "connecting to ngrok");
        let connected = tokio::select! {
            s = b.connect() => s,
            _ = shutdown.cancelled() => return Ok(None),
        };
        let failure = match connected {
            Err(_) if shutdown.is_cancelled() => return Ok(None),
            Err(e) => {
                let credentials = e.error_code().is_some_and(|c| AUTH_CODES.contains(&c));
                let failure = connect_failure(&e, cfg);
                if again.is_none() || credentials {
                    return Err(failure);
                }
                failure
            }
            Ok(mut session) => {
                tracing::info!(session = %session.id(), "session established");
                let keep = again.map(Again::url).filter(|_| keep_refused < KEEP_TRIES);
                let kept = (keep.is_some()).then_some(kept);
                match bind_all(&session, cfg, keep, kept).await {
                    Ok((endpoint, extra)) => {
                        state.mark_online();
                        return Ok(Some(Live { session, endpoint, extra, remote_rx, session_stop }));
                    }
                    Err((e, refused)) => {
                        session_stop.cancel();
                        let _ = tokio::time::timeout(STOP_GRACE, session.close()).await;
                        let failure = endpoint_failure(&e, refused, !cfg.endpoints.is_empty());
                        if again.is_none() {
                            return Err(failure);
                        }
                        if keep.is_some() {
                            keep_refused += 1;
                        }
                        failure
                    }
                }
            }
        };
        let error = crate::logging::scrub(&format!("{failure:#}"));
        let wait = state.policy().failed();
        tracing::warn!(%error, retry_in_ms = wait.as_millis() as u64, "could not establish the ngrok session; retrying");
        state.attempt_failed(events, error);
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.cancelled() => return Ok(None),
        }
    }
}
