//! The `[tunnel]` and `[tunnel.ngrok]` tables as serde reads them, every value with its span.
//!
//! [`super::schema`] runs first on the parsed document: it reports unknown keys and wrong
//! types, expands `${VAR}`, and rewrites the shorthand forms (a bare port, a single
//! `basic_auth` string, an `ip_restrictions` list, a duration in seconds) into the one shape
//! each field has here. So deserialising these structs only fails on a bug, never on user input.

use serde::Deserialize;
use toml::Spanned;

use crate::secret::Secret;

/// The whole file: only `tunnel` matters; every other top-level key of a PRX config is ignored.
#[derive(Debug, Default, Deserialize)]
pub struct RawFile {
    /// `[tunnel]`.
    #[serde(default)]
    pub tunnel: RawTunnel,
}

/// `[tunnel]`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTunnel {
    /// `backend`: only `"ngrok"`.
    pub backend: Option<Spanned<String>>,
    /// `local_addr`: host:port, a port, or a URL.
    pub local_addr: Option<Spanned<String>>,
    /// `[tunnel.ngrok]`.
    #[serde(default)]
    pub ngrok: RawNgrok,
}

/// `[tunnel.ngrok]`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNgrok {
    /// `authtoken` (secret).
    pub authtoken: Option<Spanned<Secret>>,
    /// `api_key` for the ngrok REST API (secret).
    pub api_key: Option<Spanned<Secret>>,
    /// `region`.
    pub region: Option<Spanned<String>>,
    /// `domain`.
    pub domain: Option<Spanned<String>>,
    /// `subdomain`.
    pub subdomain: Option<Spanned<String>>,
    /// `url`: the endpoint's URL.
    pub url: Option<Spanned<String>>,
    /// `bindings`: `["public"]` or `["internal"]`.
    pub bindings: Option<Spanned<Vec<Spanned<String>>>>,
    /// `pooling_enabled`.
    pub pooling_enabled: Option<Spanned<bool>>,
    /// `description` of the endpoint.
    pub description: Option<Spanned<String>>,
    /// `ngrok_path`.
    pub ngrok_path: Option<Spanned<String>>,
    /// `inspect`.
    pub inspect: Option<Spanned<bool>>,
    /// `log_level`.
    pub log_level: Option<Spanned<String>>,
    /// `metadata`.
    pub metadata: Option<Spanned<String>>,
    /// `basic_auth`, each entry `user:password` (secret).
    pub basic_auth: Option<Spanned<Vec<Spanned<Secret>>>>,
    /// `ip_restrictions`.
    pub ip_restrictions: Option<Spanned<RawIpRestrictions>>,
    /// `circuit_breaker`.
    pub circuit_breaker: Option<Spanned<f64>>,
    /// `compression`.
    pub compression: Option<Spanned<bool>>,
    /// `mode`.
    pub mode: Option<Spanned<String>>,
    /// `edge`: `"ngrok"` (the service) or `"local"` (an edge inside prx-tunnel).
    pub edge: Option<Spanned<String>>,
    /// `proto`.
    pub proto: Option<Spanned<String>>,
    /// `startup_timeout_secs`.
    pub startup_timeout_secs: Option<Spanned<i64>>,
    /// `server_addr`.
    pub server_addr: Option<Spanned<String>>,
    /// `root_cas`.
    pub root_cas: Option<Spanned<String>>,
    /// `ca_cert`.
    pub ca_cert: Option<Spanned<String>>,
    /// `heartbeat_interval` (a duration string).
    pub heartbeat_interval: Option<Spanned<String>>,
    /// `heartbeat_tolerance` (a duration string).
    pub heartbeat_tolerance: Option<Spanned<String>>,
    /// `proxy_url` (may hold a password).
    pub proxy_url: Option<Spanned<Secret>>,
    /// `wait_ready`.
    pub wait_ready: Option<Spanned<bool>>,
    /// `inspect_db_size` (bytes as a string, or a size with a unit).
    pub inspect_db_size: Option<Spanned<String>>,
    /// `web_addr` (`host:port`, or `"false"` for off).
    pub web_addr: Option<Spanned<String>>,
    /// `web_allow_hosts`.
    pub web_allow_hosts: Option<Spanned<Vec<Spanned<String>>>>,
    /// `traffic_policy_file`: a YAML or JSON policy, relative to the config file. (The inline
    /// `traffic_policy` table is taken out by [`super::schema`], which keeps its spans.)
    pub traffic_policy_file: Option<Spanned<String>>,
    /// `webhook_verification`.
    pub webhook_verification: Option<Spanned<RawWebhook>>,
    /// `request_headers`.
    pub request_headers: Option<Spanned<RawHeaders>>,
    /// `response_headers`.
    pub response_headers: Option<Spanned<RawHeaders>>,
    /// `[tunnel.ngrok.endpoints.NAME]` tables, by name.
    #[serde(default)]
    pub endpoints: std::collections::BTreeMap<String, RawEndpoint>,
}

/// `[tunnel.ngrok.endpoints.NAME]`: the endpoint keys (the schema pass refused every other).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEndpoint {
    /// `local_addr`.
    pub local_addr: Option<Spanned<String>>,
    /// `url`.
    pub url: Option<Spanned<String>>,
    /// `proto`.
    pub proto: Option<Spanned<String>>,
    /// `bindings`.
    pub bindings: Option<Spanned<Vec<Spanned<String>>>>,
    /// `pooling_enabled`.
    pub pooling_enabled: Option<Spanned<bool>>,
    /// `description`.
    pub description: Option<Spanned<String>>,
    /// `metadata`.
    pub metadata: Option<Spanned<String>>,
    /// `basic_auth` (secret).
    pub basic_auth: Option<Spanned<Vec<Spanned<Secret>>>>,
    /// `ip_restrictions`.
    pub ip_restrictions: Option<Spanned<RawIpRestrictions>>,
    /// `circuit_breaker`.
    pub circuit_breaker: Option<Spanned<f64>>,
    /// `compression`.
    pub compression: Option<Spanned<bool>>,
    /// `traffic_policy_file`.
    pub traffic_policy_file: Option<Spanned<String>>,
    /// `webhook_verification`.
    pub webhook_verification: Option<Spanned<RawWebhook>>,
    /// `request_headers`.
    pub request_headers: Option<Spanned<RawHeaders>>,
    /// `response_headers`.
    pub response_headers: Option<Spanned<RawHeaders>>,
}

/// `webhook_verification = { provider = "...", secret = "..." }`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWebhook {
    /// ngrok's provider identifier.
    pub provider: Option<Spanned<String>>,
    /// The signing secret.
    pub secret: Option<Spanned<Secret>>,
}

/// `request_headers` / `response_headers = { add = { ... }, remove = [...] }`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHeaders {
    /// Headers to add (name to value).
    #[serde(default)]
    pub add: std::collections::BTreeMap<String, Spanned<String>>,
    /// Header names to remove.
    #[serde(default)]
    pub remove: Vec<Spanned<String>>,
}

/// `ip_restrictions` as a table (the list form is rewritten to `allow`).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIpRestrictions {
    /// CIDRs allowed.
    #[serde(default)]
    pub allow: Vec<Spanned<String>>,
    /// CIDRs denied.
    #[serde(default)]
    pub deny: Vec<Spanned<String>>,
}

/// The defaults of the keys that have one (also documented in the README's reference table).
pub mod defaults {
    use std::time::Duration;

    use crate::config::LocalAddr;

    /// `local_addr`: PRX's gateway, `127.0.0.1:8080`.
    pub fn local_addr() -> LocalAddr {
        LocalAddr::default()
    }

    /// `inspect`: true (as documented by PRX).
    pub fn inspect() -> bool {
        true
    }

    /// `startup_timeout_secs`: 30 seconds.
    pub fn startup_timeout() -> Duration {
        Duration::from_secs(30)
    }

    /// The longest `startup_timeout_secs` and heartbeat setting accepted: one day.
    pub const MAX_SECS: u64 = 86_400;

    /// The longest metadata ngrok accepts, in bytes.
    pub const MAX_METADATA: usize = 4096;

    /// The largest config file read, in bytes.
    pub const MAX_FILE: u64 = 1024 * 1024;
}
