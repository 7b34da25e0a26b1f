//! Tunnel sessions (`/tunnel_sessions`: the agents online on the account, with `stop` and
//! `restart`) and endpoints (`/endpoints`): what to look at after ERR_NGROK_108 (too many agent
//! sessions) or ERR_NGROK_334 (an endpoint already online elsewhere).

use serde::Deserialize;
use serde_json::Value;

use super::resource::{Collection, Fetched, Listed, Paging, check_id};
use super::{Client, Error};

/// A tunnel session (one connected agent) as the API returns it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TunnelSession {
    /// Unique identifier (`ts_…`).
    pub id: String,
    /// The agent's version.
    #[serde(default)]
    pub agent_version: String,
    /// The region it connected to.
    #[serde(default)]
    pub region: String,
    /// The agent's source IP address.
    #[serde(default)]
    pub ip: String,
    /// When it connected (RFC 3339).
    #[serde(default)]
    pub started_at: String,
    /// The agent's metadata.
    #[serde(default)]
    pub metadata: String,
    /// The agent host's operating system.
    #[serde(default)]
    pub os: String,
}

/// An endpoint as the API returns it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Endpoint {
    /// Unique identifier (`ep_…`).
    pub id: String,
    /// The endpoint's URL.
    #[serde(default)]
    pub url: String,
    /// The public URL (older endpoints may have only this).
    #[serde(default)]
    pub public_url: String,
    /// `ephemeral` (agent), `edge` or `cloud`.
    #[serde(default, rename = "type")]
    pub kind: String,
    /// The agent session serving it (`{id, uri}`), for agent endpoints.
    #[serde(default)]
    pub tunnel_session: Option<Value>,
    /// Whether several agents may serve it together.
    #[serde(default)]
    pub pooling_enabled: bool,
}

impl Endpoint {
    /// The URL, falling back to `public_url`.
    pub fn address(&self) -> &str {
        if self.url.is_empty() { &self.public_url } else { &self.url }
    }

    /// The id of the session serving it, if any.
    pub fn session_id(&self) -> Option<&str> {
        self.tunnel_session.as_ref()?.get("id")?.as_str().filter(|s| !s.is_empty())
    }
}

/// The tunnel-session operations of a [`Client`].
#[derive(Debug, Clone)]
pub struct TunnelSessions<'a> {
    items: Collection<'a>,
}

/// The endpoint operations of a [`Client`].
#[derive(Debug, Clone)]
pub struct Endpoints<'a> {
    items: Collection<'a>,
}

impl Client {
    /// The tunnel-session operations.
    pub fn tunnel_sessions(&self) -> TunnelSessions<'_> {
        TunnelSessions { items: self.collection(&["tunnel_sessions"], "tunnel_sessions") }
    }

    /// The endpoint operations.
    pub fn endpoints(&self) -> Endpoints<'_> {
        Endpoints { items: self.collection(&["endpoints"], "endpoints") }
    }
}

impl TunnelSessions<'_> {
    /// One page of sessions, or every page with `all`.
    pub async fn list(&self, paging: &Paging, all: bool) -> Result<Listed<TunnelSession>, Error> {
        self.items.list(paging, all).await
    }

    /// One session.
    pub async fn get(&self, id: &str) -> Result<Fetched<TunnelSession>, Error> {
        self.items.get(check_id("id", id, "ts_2ABC…")?).await
    }

    /// Tells the agent of the session to exit.
    pub async fn stop(&self, id: &str) -> Result<(), Error> {
        self.items.action(check_id("id", id, "ts_2ABC…")?, "stop").await
    }

    /// Tells the agent of the session to restart (it comes back with a new session id).
    pub async fn restart(&self, id: &str) -> Result<(), Error> {
        self.items.action(check_id("id", id, "ts_2ABC…")?, "restart").await
    }
}

impl Endpoints<'_> {
    /// One page of endpoints, or every page with `all`.
    pub async fn list(&self, paging: &Paging, all: bool) -> Result<Listed<Endpoint>, Error> {
        self.items.list(paging, all).await
    }

    /// One endpoint.
    pub async fn get(&self, id: &str) -> Result<Fetched<Endpoint>, Error> {
        self.items.get(check_id("id", id, "ep_2ABC…")?).await
    }
}
