//! A typed client for ngrok's REST API (<https://api.ngrok.com>), independent of the command
//! line: bearer API key, `Ngrok-Version: 2`, JSON bodies, ngrok's error body, retries of
//! idempotent calls, and pagination. Resources live in submodules ([`event_destinations`],
//! [`event_subscriptions`], [`tunnel_sessions`], and the retired [`event_streams`]).

pub mod error;
pub mod event_destinations;
pub mod event_streams;
pub mod event_subscriptions;
pub mod page;
pub mod resource;
pub mod retry;
mod transport;
pub mod tunnel_sessions;

use std::time::Duration;

use reqwest::header::HeaderValue;
use url::Url;

use crate::proxy::ProxyUrl;

pub use error::{ApiErrorBody, Error, Invalid};
pub use page::Listing;
pub use resource::{Fetched, Listed, Paging};
pub use retry::RetryPolicy;

use crate::secret::Secret;

/// The real API.
pub const DEFAULT_BASE_URL: &str = "https://api.ngrok.com";
/// The API version this client speaks (sent as `Ngrok-Version`).
pub const API_VERSION: &str = "2";
/// How long one request may take, connection included, unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// A client for one API base URL and one API key. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    /// `Bearer <key>`, marked sensitive so reqwest's `Debug` never shows it.
    auth: HeaderValue,
    retry: RetryPolicy,
    timeout: Duration,
    /// The proxy requests go through, and why.
    proxy: crate::proxy::Choice,
}

/// Settings for a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    api_key: Secret,
    retry: RetryPolicy,
    timeout: Duration,
    proxy_url: Option<ProxyUrl>,
}

impl ClientBuilder {
    /// The proxy of `proxy_url` in the config; without one, `HTTPS_PROXY`/`ALL_PROXY` apply
    /// unless `NO_PROXY` matches the API host (the same rules as the tunnel's connection).
    pub fn proxy_url(mut self, proxy_url: Option<ProxyUrl>) -> Self {
        self.proxy_url = proxy_url;
        self
    }

    /// The retry policy for GET and DELETE (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The timeout of each request (default [`DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Builds the client, checking the base URL and the API key.
    pub fn build(self) -> Result<Client, Error> {
        let bad = |reason: &str| Error::BaseUrl { url: self.base_url.clone(), reason: reason.to_owned() };
        let base = Url::parse(self.base_url.trim()).map_err(|e| bad(&e.to_string()))?;
        if !matches!(base.scheme(), "http" | "https") || base.cannot_be_a_base() || base.host().is_none() {
            return Err(bad("use an http:// or https:// URL such as https://api.ngrok.com"));
        }
        if base.query().is_some()
            || base.fragment().is_some()
            || !base.username().is_empty()
            || base.password().is_some()
        {
            return Err(bad("give the base URL only, without user, query or fragment"));
        }
        let mut auth =
            HeaderValue::from_str(&format!("Bearer {}", self.api_key.expose())).map_err(|_| Error::KeyNotHeaderSafe)?;
        auth.set_sensitive(true);
        let mut http = reqwest::Client::builder()
            .user_agent(concat!("prx-tunnel/", env!("CARGO_PKG_VERSION")))
            .timeout(self.timeout)
            .connect_timeout(self.timeout.min(Duration::from_secs(10)));
        // The proxy environment applies to the real API, never to a server on this machine.
        let env = |name: &str| std::env::var(name).ok().filter(|_| !is_loopback(&base));
        let proxy = crate::proxy::choose(self.proxy_url.as_ref(), &env, base.host_str().unwrap_or_default())?;
        http = http.no_proxy();
        if let Some(p) = &proxy.proxy {
            crate::logging::register_secrets(p.secrets());
            http = http.proxy(reqwest::Proxy::all(p.expose()).map_err(|e| bad(&error::flatten(&e)))?);
        }
        let http = http.build().map_err(|e| bad(&error::flatten(&e)))?;
        Ok(Client { http, base, auth, retry: self.retry, timeout: self.timeout, proxy })
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

impl Client {
    /// Settings for a client of the API at `base_url` (such as [`DEFAULT_BASE_URL`]).
    pub fn builder(base_url: impl Into<String>, api_key: Secret) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            api_key,
            retry: RetryPolicy::default(),
            timeout: DEFAULT_TIMEOUT,
            proxy_url: None,
        }
    }

    /// A client with default settings.
    pub fn new(base_url: impl Into<String>, api_key: Secret) -> Result<Client, Error> {
        Client::builder(base_url, api_key).build()
    }

    /// The base URL every request goes to.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// The URL of `segments` under the base (each segment percent-encoded) with `query`.
    pub fn url(&self, segments: &[&str], query: &[(&str, String)]) -> Url {
        let mut url = self.base.clone();
        url.path_segments_mut().expect("checked in build").pop_if_empty().extend(segments);
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query.iter().map(|(k, v)| (k, v.as_str())));
        }
        url
    }
}
