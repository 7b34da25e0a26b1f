//! Building the ngrok session and endpoint from a validated config.

use std::sync::Arc;

use anyhow::{Context, Result};
use ngrok::Session;
use ngrok::config::ForwarderBuilder;
use ngrok::session::SessionBuilder;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::connector::{ConnectorState, connector};
use super::heartbeat::PauseClock;

/// The `ngrok` crate's (muxado's) heartbeat interval when the config sets none.
const DEFAULT_HEARTBEAT_INTERVAL: std::time::Duration = std::time::Duration::from_secs(10);
/// The `ngrok` crate's (muxado's) heartbeat tolerance when the config sets none.
const DEFAULT_HEARTBEAT_TOLERANCE: std::time::Duration = std::time::Duration::from_secs(15);
use crate::config::{RootCas, TunnelConfig};
use crate::tunnel::Events;

/// A command the edge sent to the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remote {
    /// Stop: end the tunnel gracefully, exit 0.
    Stop,
    /// Restart: re-establish the session and the endpoint.
    Restart,
}

/// The address the session dials (see [`TunnelConfig::ingress_addr`]).
pub fn server_addr(cfg: &TunnelConfig) -> String {
    cfg.ingress_addr()
}

/// A session builder with every session option of the config applied.
pub fn builder(
    cfg: &TunnelConfig,
    state: Arc<ConnectorState>,
    events: Events,
    remote: mpsc::UnboundedSender<Remote>,
    shutdown: CancellationToken,
    clock: Arc<PauseClock>,
) -> Result<SessionBuilder> {
    let mut b = Session::builder();
    if let Some(token) = &cfg.authtoken {
        b.authtoken(token.expose());
    }
    let addr = server_addr(cfg);
    b.server_addr(addr.clone()).with_context(|| format!("invalid server_addr {addr:?}"))?;
    match &cfg.root_cas {
        Some(RootCas::Trusted) | None => {}
        Some(RootCas::Host) => {
            b.root_cas("host").context("could not load the host's root certificates")?;
        }
        Some(RootCas::Path(p)) => {
            let pem = std::fs::read(p).with_context(|| format!("could not read root_cas {}", p.display()))?;
            b.ca_cert(pem.into());
        }
    }
    if let Some(p) = &cfg.ca_cert {
        let pem = std::fs::read(p).with_context(|| format!("could not read ca_cert {}", p.display()))?;
        b.ca_cert(pem.into());
    }
    if let Some(d) = cfg.heartbeat_interval {
        b.heartbeat_interval(d).context("invalid heartbeat_interval")?;
    }
    if let Some(d) = cfg.heartbeat_tolerance {
        b.heartbeat_tolerance(d).context("invalid heartbeat_tolerance")?;
    }
    if let Some(m) = &cfg.metadata {
        b.metadata(m);
    }
    b.client_info("prx-tunnel", env!("CARGO_PKG_VERSION"), None::<String>);
    let interval = cfg.heartbeat_interval.unwrap_or(DEFAULT_HEARTBEAT_INTERVAL);
    let tolerance = cfg.heartbeat_tolerance.unwrap_or(DEFAULT_HEARTBEAT_TOLERANCE);
    b.handle_heartbeat(super::heartbeat::handler(events.clone(), state.clone(), clock, interval, tolerance));
    let stop_tx = remote.clone();
    b.handle_stop_command(move |_| {
        let sent = stop_tx.send(Remote::Stop).map_err(|_| "prx-tunnel is already stopping".to_owned());
        async move { sent }
    });
    b.handle_restart_command(move |_| {
        let sent = remote.send(Remote::Restart).map_err(|_| "prx-tunnel is stopping".to_owned());
        async move { sent }
    });
    b.handle_update_command(|_| async {
        Err("update is not supported by prx-tunnel: upgrade it with your package manager".to_owned())
    });
    b.connector(connector(cfg.proxy.clone(), state, events, shutdown));
    Ok(b)
}

/// The listening endpoint, http or tcp.
pub enum Endpoint {
    /// An http endpoint (https URL).
    Http(ngrok::tunnel::HttpTunnel),
    /// A tcp endpoint.
    Tcp(ngrok::tunnel::TcpTunnel),
    /// An http endpoint forwarding to an https upstream through the crate's own forwarder.
    Forwarded(ngrok::forwarder::Forwarder<ngrok::tunnel::HttpTunnel>),
}

impl Endpoint {
    /// Its public URL.
    pub fn url(&self) -> String {
        use ngrok::tunnel::EndpointInfo;
        match self {
            Endpoint::Http(t) => t.url().to_owned(),
            Endpoint::Tcp(t) => t.url().to_owned(),
            Endpoint::Forwarded(f) => f.url().to_owned(),
        }
    }
}

/// Binds the endpoint the config describes on `session`, its options as a Traffic Policy;
/// with `keep`, on that URL (a random URL the tunnel had before a Restart or a new session:
/// asked for as its domain, or for tcp as its remote address).
pub async fn bind(
    session: &Session,
    cfg: &TunnelConfig,
    keep: Option<&str>,
) -> Result<Endpoint, ngrok::session::RpcError> {
    use crate::config::{LocalScheme, Proto, UrlScheme};
    use ngrok::config::TunnelBuilder;
    let forwards_to = cfg.local_addr.forward_url();
    match cfg.proto {
        Proto::Tcp => {
            let mut ep = session.tcp_endpoint();
            ep.forwards_to(forwards_to.as_str());
            let asked = cfg.url.as_ref().and_then(|u| u.tcp_addr());
            if let Some(addr) = asked.as_deref().or_else(|| keep.and_then(|u| u.strip_prefix("tcp://"))) {
                ep.remote_addr(addr);
            }
            if let Some(p) = &cfg.policy {
                ep.traffic_policy(p.to_json());
            }
            if let Some(m) = &cfg.metadata {
                ep.metadata(m);
            }
            if let Some(b) = cfg.binding_to_send() {
                ep.binding(b.as_str());
            }
            if cfg.pooling_enabled {
                ep.pooling_enabled(true);
            }
            ep.listen().await.map(Endpoint::Tcp)
        }
        Proto::Http => {
            let mut ep = session.http_endpoint();
            ep.forwards_to(forwards_to.as_str());
            if let Some(d) = cfg.effective_domain().or_else(|| keep.and_then(host_of).map(str::to_owned)) {
                ep.domain(d);
            }
            // Every endpoint option (basic_auth, ip_restrictions, circuit_breaker, compression,
            // webhook_verification, header rewriting, the user's own rules) travels as the one
            // Traffic Policy document; the deprecated Bind options are never sent.
            if let Some(p) = &cfg.policy {
                ep.traffic_policy(p.to_json());
            }
            if let Some(m) = &cfg.metadata {
                ep.metadata(m);
            }
            if cfg.url.as_ref().is_some_and(|u| u.scheme == UrlScheme::Http) {
                ep.scheme(ngrok::config::Scheme::HTTP);
            }
            if let Some(b) = cfg.binding_to_send() {
                ep.binding(b.as_str());
            }
            if cfg.pooling_enabled {
                ep.pooling_enabled(true);
            }
            if cfg.local_addr.scheme == LocalScheme::Https {
                ep.listen_and_forward(forwards_to).await.map(Endpoint::Forwarded)
            } else {
                ep.listen().await.map(Endpoint::Http)
            }
        }
    }
}

/// The host of an http(s) URL.
fn host_of(url: &str) -> Option<&str> {
    url.split_once("://").map(|(_, rest)| rest.split(['/', ':']).next().unwrap_or(rest))
}

#[cfg(test)]
mod tests {
    /// The TLS provider seeds its random generator from the OS: built without CPU jitter
    /// entropy (`.cargo/config.toml`), whose collection on the first handshake cost 10–40 ms
    /// of CPU on the way to the URL (README, "Time to URL").
    #[test]
    fn tls_randomness_comes_from_the_os_not_cpu_jitter() {
        assert_eq!(
            aws_lc_rs::try_fips_cpu_jitter_entropy(),
            Err("FIPS CPU Jitter Entropy not enabled!"),
            "AWS-LC was built with CPU jitter entropy: build inside the workspace (its .cargo/config.toml \
             sets AWS_LC_SYS_NO_JITTER_ENTROPY=1)"
        );
    }
}
