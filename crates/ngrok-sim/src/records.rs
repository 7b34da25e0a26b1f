//! What the edge observed: every Auth and Bind request as received, and the live sessions.
//! All of these are plain data (Clone + Serialize) so tests and the control API can share them.

use std::net::SocketAddr;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

/// One Auth request exactly as an agent sent it, with the edge's answer.
#[derive(Clone, Debug, Serialize)]
pub struct AuthRecord {
    /// The agent's address (the TCP peer of the TLS connection).
    pub remote_addr: SocketAddr,
    /// Protocol versions offered, in the agent's order of preference (`["3","2"]`, `["2"]`).
    pub versions: Vec<String>,
    /// The session id the agent asked to resume (empty for a new session).
    pub client_id: String,
    /// `Extra.Authtoken` (recorded in clear: tests compare it).
    pub authtoken: String,
    /// `Extra.Metadata`.
    pub metadata: String,
    /// `Extra.UserAgent` (client_info entries joined by spaces).
    pub user_agent: String,
    /// `Extra.OS`.
    pub os: String,
    /// `Extra.Arch`.
    pub arch: String,
    /// `Extra.Version`: the client's version.
    pub client_version: String,
    /// `Extra.ClientType`.
    pub client_type: String,
    /// `Extra.HeartbeatInterval` (nanoseconds on the wire and in JSON).
    #[serde(serialize_with = "nanos")]
    pub heartbeat_interval: Option<Duration>,
    /// `Extra.HeartbeatTolerance` (nanoseconds on the wire and in JSON).
    #[serde(serialize_with = "nanos")]
    pub heartbeat_tolerance: Option<Duration>,
    /// The whole request as JSON.
    pub raw: Value,
    /// The session id given, when the edge accepted.
    pub session_id: Option<String>,
    /// The error text answered, when the edge refused (`...ERR_NGROK_NNN`).
    pub error: Option<String>,
}

fn nanos<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_u64(d.as_nanos() as u64),
        None => s.serialize_none(),
    }
}

/// One Bind request exactly as an agent sent it, with the edge's answer.
#[derive(Clone, Debug, Default, Serialize)]
pub struct BindRecord {
    /// The session that sent it.
    pub session_id: String,
    /// `Proto`: `http`, `https`, `tcp`, `tls`.
    pub proto: String,
    /// `Id`: empty for a new endpoint, the old endpoint id when an agent rebinds after reconnecting.
    pub requested_id: String,
    /// `ForwardsTo`.
    pub forwards_to: String,
    /// `ForwardsProto`.
    pub forwards_proto: String,
    /// `Opts.Domain`.
    pub domain: String,
    /// `Opts.Hostname` (what ngrok v2 sends for `--hostname`).
    pub hostname: String,
    /// `Opts.Subdomain`.
    pub subdomain: String,
    /// Basic-auth credentials (`Opts.BasicAuth.Credentials`, or the v2 `Opts.Auth` "user:pass").
    pub basic_auth: Vec<(String, String)>,
    /// `Opts.IPRestriction.AllowCIDRs`.
    pub allow_cidrs: Vec<String>,
    /// `Opts.IPRestriction.DenyCIDRs`.
    pub deny_cidrs: Vec<String>,
    /// `Opts.Compression` present.
    pub compression: bool,
    /// `Opts.CircuitBreaker.ErrorThreshold`, when present.
    pub circuit_breaker: Option<f64>,
    /// `Extra.Metadata`.
    pub metadata: String,
    /// `Extra.Bindings` as sent (empty: inferred from the URL).
    pub bindings: Vec<String>,
    /// `Extra.PoolingEnabled` as sent.
    pub pooling_enabled: bool,
    /// `Opts.TrafficPolicy` as sent (a JSON or YAML document), when the agent sent one.
    pub traffic_policy: Option<String>,
    /// The policy the edge enforces for this endpoint (JSON): the deprecated options translated
    /// into rules first, then the agent's own; `None` when there is nothing to enforce.
    pub effective_policy: Option<Value>,
    /// `Opts` as sent.
    pub opts: Value,
    /// The whole request as JSON.
    pub raw: Value,
    /// The URL given, when the edge accepted.
    pub url: Option<String>,
    /// The endpoint id answered, when the edge accepted.
    pub endpoint_id: Option<String>,
    /// The error text answered, when the edge refused.
    pub error: Option<String>,
}

/// A live agent session.
#[derive(Clone, Debug, Serialize)]
pub struct SessionInfo {
    /// Session id (the `ClientId` answered to Auth).
    pub id: String,
    /// The authtoken it authenticated with.
    pub authtoken: String,
    /// The agent's address.
    pub remote_addr: SocketAddr,
    /// The client's version (`Extra.Version`).
    pub client_version: String,
    /// The client's user agent.
    pub user_agent: String,
    /// URLs of the endpoints it serves.
    pub urls: Vec<String>,
    /// Heartbeats the edge has answered on this session.
    pub heartbeats: u64,
    /// Proxy streams the edge counts as open at the agent: from opening until both ends are
    /// closed (at most [`crate::proxy::MAX_OPEN`]; further public connections wait).
    pub proxy_streams: usize,
}

/// One online endpoint.
#[derive(Clone, Debug, Serialize)]
pub struct EndpointInfo {
    /// Its public URL.
    pub url: String,
    /// The endpoint id (`Id` in the Bind answer and in every ProxyHeader).
    pub id: String,
    /// The session serving it.
    pub session_id: String,
    /// `http`, `https` or `tcp`.
    pub proto: String,
    /// Where a client connects for it (for an internal endpoint, the listener its scheme
    /// would use: it is not reachable there).
    pub public_addr: SocketAddr,
    /// `public` or `internal` (`Extra.Bindings`, or inferred from a `.internal` host).
    pub binding: String,
    /// `Extra.PoolingEnabled` as the agent sent it.
    pub pooling_enabled: bool,
    /// How many endpoints serve this URL (a pool when more than one; this one included).
    pub pool_size: usize,
}

/// One entry written by a Traffic Policy `log` action.
#[derive(Clone, Debug, Serialize)]
pub struct PolicyLog {
    /// The endpoint's URL.
    pub endpoint_url: String,
    /// The endpoint's id.
    pub endpoint_id: String,
    /// The phase the action ran in (`on_http_request`, …).
    pub phase: String,
    /// 0-based index of the rule in its phase.
    pub rule: usize,
    /// The rule's name, when it has one.
    pub rule_name: Option<String>,
    /// The client's address.
    pub client_ip: String,
    /// The action's `metadata`, interpolations resolved.
    pub metadata: Value,
    /// When it was written (RFC 3339).
    pub time: String,
}
