//! The validated, effective tunnel configuration every mode runs from.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Serialize, Serializer};

use super::endpoint_url::{Binding, EndpointUrl, UrlScheme};
use super::kinds::{Backend, EdgeKind, LogLevel, Mode, Proto, Region, RootCas};
use super::local_addr::LocalAddr;
use crate::policy::{HeaderRewrite, Seeds, Webhook};
use crate::proxy::{Choice, ProxyUrl};
use crate::secret::Secret;

/// Everything a tunnel needs, validated. `Serialize` masks every secret (used by `check` and
/// `start --dry-run`); unset options are left out.
#[derive(Debug, Clone, Serialize)]
pub struct TunnelConfig {
    /// The endpoint's name: [`super::DEFAULT_ENDPOINT`] for `[tunnel.ngrok]` itself, else its
    /// table's name.
    pub endpoint: String,
    /// The further endpoints of the session (`[tunnel.ngrok.endpoints.NAME]`, in name order),
    /// each a whole config with this one's session settings; empty on those endpoints themselves.
    #[serde(skip)]
    pub endpoints: Vec<TunnelConfig>,
    /// `--keep-going`: a further endpoint the service refuses is left out (logged) instead of
    /// failing the start.
    #[serde(skip)]
    pub keep_going: bool,
    /// The tunnel service (only ngrok).
    pub backend: Backend,
    /// The local service forwarded to.
    pub local_addr: LocalAddr,
    /// SDK (in process) or CLI (the ngrok agent).
    pub mode: Mode,
    /// The ngrok service, or a local edge inside prx-tunnel.
    pub edge: EdgeKind,
    /// http or tcp endpoint.
    pub proto: Proto,
    /// The ngrok authtoken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authtoken: Option<Secret>,
    /// Where the authtoken came from, for messages: "config file X", "NGROK_AUTHTOKEN", …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authtoken_source: Option<String>,
    /// The ngrok REST API key (Event Streams).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key: Option<Secret>,
    /// The region whose ingress the session dials.
    pub region: Region,
    /// True when the region was set in the file or by a flag.
    pub region_explicit: bool,
    /// Custom or reserved domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Subdomain of ngrok-free.app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<String>,
    /// The endpoint's `url` (excludes `domain`/`subdomain`); None: from them, or a random address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<EndpointUrl>,
    /// The endpoint's binding; None: public (ngrok's default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub binding: Option<Binding>,
    /// Pool with other endpoints on the same URL and binding (ngrok balances between them).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pooling_enabled: bool,
    /// The endpoint's description (CLI mode only: the `ngrok` crate cannot send one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ngrok agent binary (CLI mode); None = `ngrok` on PATH.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ngrok_path: Option<PathBuf>,
    /// Traffic inspection: the agent's inspector (CLI mode), prx-tunnel's own (SDK mode).
    pub inspect: bool,
    /// SDK mode: the most memory captured exchanges may hold, in bytes (oldest evicted first).
    pub inspect_db_size: u64,
    /// SDK mode: where the inspector's web UI and local API listen.
    pub web_addr: super::inspector::WebAddr,
    /// SDK mode: Host headers the local API accepts besides loopback names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub web_allow_hosts: Vec<super::inspector::AllowHost>,
    /// Log level of the ngrok session or agent.
    pub log_level: LogLevel,
    /// Metadata attached to the session and the endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    /// HTTP basic-auth credentials.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub basic_auth: Vec<BasicAuth>,
    /// Client CIDRs allowed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub allow_cidrs: Vec<ipnet::IpNet>,
    /// Client CIDRs denied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deny_cidrs: Vec<ipnet::IpNet>,
    /// Circuit-breaker error threshold, in (0, 1].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub circuit_breaker: Option<f64>,
    /// Gzip compression of responses.
    pub compression: bool,
    /// How long to wait for the public URL.
    #[serde(serialize_with = "human")]
    pub startup_timeout: Duration,
    /// The edge to dial instead of the region's ingress.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_addr: Option<String>,
    /// Trusted CAs for the edge's certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_cas: Option<RootCas>,
    /// An extra CA certificate (PEM) for the edge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// Session heartbeat interval.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "human_opt")]
    pub heartbeat_interval: Option<Duration>,
    /// Session heartbeat tolerance.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "human_opt")]
    pub heartbeat_tolerance: Option<Duration>,
    /// The outbound proxy of `proxy_url` (password masked when serialized).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_url: Option<ProxyUrl>,
    /// The proxy connections to the ingress use, and why (`proxy_url`, else the environment).
    #[serde(skip)]
    pub proxy: Choice,
    /// Confirm that a request through the public URL arrives before printing it.
    pub wait_ready: bool,
    /// The user's policy file (`traffic_policy_file` / `--traffic-policy-file`), resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub traffic_policy_file: Option<PathBuf>,
    /// True when the config has an inline `traffic_policy` table.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub traffic_policy_inline: bool,
    /// Webhook signature verification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_verification: Option<Webhook>,
    /// Request header rewriting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_headers: Option<HeaderRewrite>,
    /// Response header rewriting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_headers: Option<HeaderRewrite>,
    /// The effective Traffic Policy sent to ngrok: the generated rules, then the user's. None
    /// when it has no rule. Printed separately (YAML, secrets masked), never with the settings.
    #[serde(skip)]
    pub policy: Option<crate::policy::Effective>,
}

/// One basic-auth credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BasicAuth {
    /// The user name (not secret).
    pub username: String,
    /// The password (secret, 8–128 characters).
    pub password: Secret,
}

impl TunnelConfig {
    /// The public host name asked for: the host of an http(s) `url`, `domain`, or
    /// `<subdomain>.ngrok-free.app`.
    pub fn effective_domain(&self) -> Option<String> {
        if let Some(u) = &self.url {
            return if u.scheme == UrlScheme::Tcp { None } else { u.host.clone() };
        }
        self.domain.clone().or_else(|| self.subdomain.as_ref().map(|s| format!("{s}.ngrok-free.app")))
    }

    /// The `url` this endpoint asks for: `url`, or the one `domain`/`subdomain` mean (None: a
    /// random address of the protocol).
    pub fn effective_url(&self) -> Option<EndpointUrl> {
        self.url.clone().or_else(|| self.effective_domain().map(|d| EndpointUrl::from_domain(&d)))
    }

    /// The binding to send: None when it is the default (public, not set), so a plain endpoint
    /// binds exactly as before `bindings` existed.
    pub fn binding_to_send(&self) -> Option<Binding> {
        let b = self.effective_binding();
        (self.binding.is_some() || b == Binding::Internal).then_some(b)
    }

    /// The binding in force: the configured one, else internal for a `.internal` url (as
    /// ngrok infers it), else public.
    pub fn effective_binding(&self) -> Binding {
        self.binding.unwrap_or(if self.url.as_ref().is_some_and(EndpointUrl::is_internal) {
            Binding::Internal
        } else {
            Binding::Public
        })
    }

    /// What this config asks for, secrets included, its further endpoints left out: two configs
    /// with the same fingerprint run the same endpoint in the same session (for reloads).
    pub fn fingerprint(&self) -> String {
        let settings = serde_json::to_string(self).unwrap_or_default();
        let secrets: Vec<String> = self.secrets().iter().map(|s| s.expose().to_owned()).collect();
        let policy = self.policy.as_ref().map(|p| p.to_json()).unwrap_or_default();
        format!("{settings}\0{}\0{policy}\0{}", secrets.join("\0"), self.proxy.describe())
    }

    /// Every secret this config holds, for scrubbing output.
    pub fn secrets(&self) -> Vec<Secret> {
        let mut all: Vec<Secret> = self.authtoken.iter().chain(self.api_key.iter()).cloned().collect();
        for auth in &self.basic_auth {
            all.push(auth.password.clone());
            all.push(Secret::new(format!("{}:{}", auth.username, auth.password.expose())));
        }
        for p in self.proxy_url.iter().chain(self.proxy.proxy.iter()) {
            all.extend(p.secrets());
        }
        all.extend(self.webhook_verification.iter().map(|w| w.secret.clone()));
        all.extend(self.policy.iter().flat_map(|p| crate::policy::secrets(p)));
        all.retain(|s| !s.is_empty());
        all
    }

    /// The `host:port` the session dials: `server_addr`; else the ingress of a region set
    /// explicitly; else ngrok's default ingress, which picks the nearest point of presence.
    pub fn ingress_addr(&self) -> String {
        match &self.server_addr {
            Some(addr) => addr.clone(),
            None if self.region_explicit => self.region.connect_addr(),
            None => Region::DEFAULT_INGRESS.to_owned(),
        }
    }

    /// The keys that become generated policy rules.
    pub fn seeds(&self) -> Seeds {
        Seeds {
            tcp: self.proto == Proto::Tcp,
            basic_auth: self.basic_auth.iter().map(|a| (a.username.clone(), a.password.clone())).collect(),
            allow: self.allow_cidrs.clone(),
            deny: self.deny_cidrs.clone(),
            circuit_breaker: self.circuit_breaker,
            compression: self.compression,
            webhook: self.webhook_verification.clone(),
            request_headers: self.request_headers.clone(),
            response_headers: self.response_headers.clone(),
        }
    }
}

impl Default for TunnelConfig {
    /// The defaults: ngrok, SDK mode, http to 127.0.0.1:8080, region us, no authtoken.
    fn default() -> Self {
        TunnelConfig {
            endpoint: super::DEFAULT_ENDPOINT.to_owned(),
            endpoints: Vec::new(),
            keep_going: false,
            backend: Backend::Ngrok,
            local_addr: super::raw::defaults::local_addr(),
            mode: Mode::Sdk,
            edge: EdgeKind::Ngrok,
            proto: Proto::Http,
            authtoken: None,
            authtoken_source: None,
            api_key: None,
            region: Region::Us,
            region_explicit: false,
            domain: None,
            subdomain: None,
            url: None,
            binding: None,
            pooling_enabled: false,
            description: None,
            ngrok_path: None,
            inspect: super::raw::defaults::inspect(),
            inspect_db_size: super::inspector::DEFAULT_DB_SIZE,
            web_addr: super::inspector::WebAddr::Default,
            web_allow_hosts: Vec::new(),
            log_level: LogLevel::Info,
            metadata: None,
            basic_auth: Vec::new(),
            allow_cidrs: Vec::new(),
            deny_cidrs: Vec::new(),
            circuit_breaker: None,
            compression: false,
            startup_timeout: super::raw::defaults::startup_timeout(),
            server_addr: None,
            root_cas: None,
            ca_cert: None,
            heartbeat_interval: None,
            heartbeat_tolerance: None,
            proxy_url: None,
            proxy: Choice::default(),
            wait_ready: false,
            traffic_policy_file: None,
            traffic_policy_inline: false,
            webhook_verification: None,
            request_headers: None,
            response_headers: None,
            policy: None,
        }
    }
}

fn human<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&humantime::format_duration(*d))
}

fn human_opt<S: Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => human(d, s),
        None => s.serialize_none(),
    }
}
