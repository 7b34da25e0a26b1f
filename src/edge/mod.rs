//! The local edge: `ngrok-sim`'s protocol-faithful ngrok edge, run by prx-tunnel itself, so a
//! tunnel can be tried with no account and tested in CI with no secrets and no network.
//!
//! Its public URLs are `http://<name>.localhost:<port>`: names under `.localhost` resolve to
//! loopback in curl and browsers (RFC 6761), so the URL works without flags — on this machine
//! only. The same host on the edge's HTTPS listener serves clients that trust its CA.

pub mod info;

use std::net::SocketAddr;
use std::path::Path;

use anyhow::{Context, Result};
use ngrok_sim::{Edge, EdgeOptions, PublicUrls};

use crate::config::{EdgeKind, TunnelConfig};
use crate::secret::Secret;

/// A running local edge. Dropping it (or [`LocalEdge::shutdown`]) stops every listener and
/// session and removes its CA file.
pub struct LocalEdge {
    edge: Edge,
    /// The token a tunnel of this process authenticates with (edges of `--edge local` accept
    /// only this one).
    token: Option<Secret>,
}

/// Who may connect to a shared edge (`prx-tunnel edge`).
#[derive(Debug, Clone, Default)]
pub struct Access {
    /// Accepted authtokens; empty accepts any well-formed token.
    pub authtokens: Vec<String>,
    /// Live sessions allowed per authtoken (`None`: unlimited).
    pub session_limit: Option<usize>,
}

impl LocalEdge {
    /// Starts an edge for one tunnel of this process: it accepts a one-time token only, which
    /// [`LocalEdge::attach`] gives the tunnel.
    pub async fn for_tunnel() -> Result<LocalEdge> {
        let token = format!("prxLocalEdge_{:032x}", rand::random::<u128>());
        let opts = EdgeOptions { authtokens: Some(vec![token.clone()]), ..local_options() };
        let edge = Edge::start(opts).await.context("could not start the local edge")?;
        Ok(LocalEdge { edge, token: Some(Secret::new(token)) })
    }

    /// Starts an edge agents of other processes connect to (`prx-tunnel edge`).
    pub async fn shared(access: Access) -> Result<LocalEdge> {
        let opts = EdgeOptions {
            authtokens: (!access.authtokens.is_empty()).then_some(access.authtokens),
            session_limit: access.session_limit,
            ..local_options()
        };
        let edge = Edge::start(opts).await.context("could not start the local edge")?;
        Ok(LocalEdge { edge, token: None })
    }

    /// `cfg` pointed at this edge: its agent address and CA, and this edge's one-time token
    /// (a configured authtoken is never sent to a local edge).
    pub fn attach(&self, cfg: &TunnelConfig) -> TunnelConfig {
        let mut local = cfg.clone();
        local.server_addr = Some(self.agent_addr().to_string());
        local.root_cas = None;
        local.ca_cert = Some(self.ca_cert_path().to_owned());
        local.authtoken = self.token.clone();
        local.authtoken_source = Some("the local edge (a one-time token of this process)".into());
        local
    }

    /// Where agents connect (TLS; trust [`LocalEdge::ca_cert_path`]).
    pub fn agent_addr(&self) -> SocketAddr {
        self.edge.agent_addr()
    }

    /// The edge's CA certificate (PEM), valid while the edge runs.
    pub fn ca_cert_path(&self) -> &Path {
        self.edge.ca_cert_path()
    }

    /// The public plain-HTTP listener, where every `http://<name>.localhost:<port>` URL points.
    pub fn http_addr(&self) -> SocketAddr {
        self.edge.http_addr()
    }

    /// The public HTTPS listener (certificates from the edge's CA).
    pub fn https_addr(&self) -> SocketAddr {
        self.edge.https_addr()
    }

    /// The edge's control API (sessions, endpoints, Stop/Restart; see ngrok-sim's README).
    pub fn control_addr(&self) -> SocketAddr {
        self.edge.control_addr()
    }

    /// The HTTPS form of one of this edge's `http://<name>.localhost:<port>` URLs.
    pub fn https_url(&self, url: &str) -> Option<String> {
        https_form(url, self.https_addr().port())
    }

    /// Stops the edge: listeners, sessions, endpoints.
    pub async fn shutdown(&self) {
        self.edge.shutdown().await;
    }
}

/// The options every local edge shares: URLs under `.localhost`.
fn local_options() -> EdgeOptions {
    EdgeOptions { public_urls: PublicUrls::Localhost, ..EdgeOptions::default() }
}

/// `http://<name>.localhost:<any port>[/path]` → `https://<name>.localhost:<https_port>[/path]`.
pub fn https_form(url: &str, https_port: u16) -> Option<String> {
    let mut parsed = url::Url::parse(url).ok()?;
    if parsed.scheme() != "http" || !parsed.host_str()?.ends_with("localhost") {
        return None;
    }
    parsed.set_scheme("https").ok()?;
    parsed.set_port(Some(https_port)).ok()?;
    let text = parsed.to_string();
    Some(if url.ends_with('/') { text } else { text.trim_end_matches('/').to_owned() })
}

/// The local edge a tunnel runs against, kept across config reloads: started when the config
/// asks for `edge = "local"`, stopped when a reload turns it off or the tunnel ends.
#[derive(Default)]
pub struct TunnelEdge {
    running: Option<LocalEdge>,
}

impl TunnelEdge {
    /// The config a backend runs: `cfg` itself for the ngrok service, else `cfg` attached to
    /// this process's local edge (started on first use).
    pub async fn prepare(&mut self, cfg: TunnelConfig) -> Result<TunnelConfig> {
        if cfg.edge != EdgeKind::Local {
            self.stop().await;
            return Ok(cfg);
        }
        if self.running.is_none() {
            self.running = Some(LocalEdge::for_tunnel().await?);
        }
        Ok(self.running.as_ref().map_or(cfg.clone(), |edge| edge.attach(&cfg)))
    }

    /// The running local edge, if any.
    pub fn local(&self) -> Option<&LocalEdge> {
        self.running.as_ref()
    }

    /// Stops the local edge, if one runs.
    pub async fn stop(&mut self) {
        if let Some(edge) = self.running.take() {
            edge.shutdown().await;
        }
    }
}

/// What to tell a user about a URL of a local edge (stderr; stdout keeps the URL alone).
pub fn local_only_note(url: &str, https: Option<(&str, &Path)>) -> String {
    let mut note = format!(
        "{url} is served by a local edge inside prx-tunnel: it works on this machine only (curl, a browser), \
         not from the internet, and needs no ngrok account"
    );
    if let Some((https_url, ca)) = https {
        note.push_str(&format!("; HTTPS: {https_url} (trust {}, e.g. curl --cacert)", ca.display()));
    }
    note
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_form_keeps_the_host_and_path() {
        assert_eq!(https_form("http://a-b-c.localhost:8080", 8443).as_deref(), Some("https://a-b-c.localhost:8443"));
        assert_eq!(https_form("http://a.localhost:1/x?y=1", 2).as_deref(), Some("https://a.localhost:2/x?y=1"));
        assert_eq!(https_form("https://a.ngrok-free.app", 2), None);
        assert_eq!(https_form("tcp://localhost:5", 2), None);
    }
}
