//! When `start` fails with ERR_NGROK_108 (too many agent sessions; usually an agent forgotten
//! elsewhere) or ERR_NGROK_334 (the endpoint is already online), ask the ngrok API which
//! sessions and endpoints are online and say exactly which `prx-tunnel sessions stop ID` would
//! free the way. Without an API key, say which key would allow it.

use std::time::Duration;

use crate::api::tunnel_sessions::{Endpoint, TunnelSession};
use crate::api::{self, Client, Paging, RetryPolicy};
use crate::cli::GlobalArgs;
use crate::commands::api_access;
use crate::config::{self, LoadOptions, TunnelFlags};
use crate::exit::{Exit, Fail, exit_code};
use crate::secret::Secret;

/// How long the hint may take: the user is waiting for the error.
const HINT_TIMEOUT: Duration = Duration::from_secs(5);

const NO_KEY: &str = "With an ngrok API key (NGROK_API_KEY, or api_key under [tunnel.ngrok]; made at \
https://dashboard.ngrok.com/api) prx-tunnel would list them here with the `prx-tunnel sessions stop ID` that ends one.";

/// What a command that runs a tunnel (`start`, `exec`) was given, kept to explain its failure.
pub struct StartContext {
    load: LoadOptions,
}

impl StartContext {
    /// The config file and tunnel flags of a `start` or `exec`.
    pub fn of(global: &GlobalArgs, flags: &TunnelFlags) -> StartContext {
        StartContext { load: LoadOptions { config_path: global.config.clone(), flags: flags.clone() } }
    }

    /// `result` of the command, with the hint added to an ERR_NGROK_108 or ERR_NGROK_334 failure.
    pub async fn explain(self, result: anyhow::Result<()>) -> anyhow::Result<()> {
        let Err(err) = result else { return Ok(()) };
        let text = format!("{err:#}");
        if !text.contains("ERR_NGROK_108") && !text.contains("ERR_NGROK_334") {
            return Err(err);
        }
        // The config loaded when the tunnel started; it can only fail here if it changed since.
        let (api_key, domain) = match config::load(&self.load) {
            Ok(loaded) => (loaded.config.api_key.clone(), loaded.config.effective_domain()),
            Err(_) => (None, None),
        };
        Err(enrich(err, api_key, domain).await)
    }
}

/// `err` with the hint appended when it is ERR_NGROK_108 or ERR_NGROK_334 (the exit code kept).
/// `config_api_key` is `api_key` of the config; `domain` the domain the tunnel asked for.
pub async fn enrich(err: anyhow::Error, config_api_key: Option<Secret>, domain: Option<String>) -> anyhow::Error {
    let text = format!("{err:#}");
    let hint = if text.contains("ERR_NGROK_108") {
        sessions_hint(config_api_key).await
    } else if text.contains("ERR_NGROK_334") {
        endpoint_hint(config_api_key, domain.or_else(|| quoted_url(&text))).await
    } else {
        return err;
    };
    let message = format!("{text}\n{hint}");
    match exit_code(&err) {
        Exit::Runtime => anyhow::anyhow!(message),
        code => Fail::new(code, message),
    }
}

/// The URL ngrok quoted in its message (`The endpoint 'https://x.example' is already online`).
fn quoted_url(text: &str) -> Option<String> {
    text.split('\'').find(|part| part.contains("://") && !part.contains(' ')).map(str::to_owned)
}

fn client(config_api_key: Option<Secret>) -> Result<Client, String> {
    let Some((key, _)) = api_access::find(std::env::var("NGROK_API_KEY").ok(), config_api_key) else {
        return Err(NO_KEY.to_owned());
    };
    crate::logging::register_secrets([key.clone()]);
    let base = std::env::var("NGROK_API_URL").unwrap_or_else(|_| api::DEFAULT_BASE_URL.to_owned());
    Client::builder(base, key)
        .timeout(HINT_TIMEOUT)
        .retry(RetryPolicy::never())
        .build()
        .map_err(|e| format!("Could not ask the ngrok API which sessions are online: {e}"))
}

fn describe(s: &TunnelSession) -> String {
    let mut parts = vec![format!("agent {}", s.agent_version)];
    for (label, value) in [("region", &s.region), ("ip", &s.ip), ("os", &s.os), ("started", &s.started_at)] {
        if !value.is_empty() {
            parts.push(format!("{label} {value}"));
        }
    }
    if !s.metadata.is_empty() {
        parts.push(format!("metadata {:?}", s.metadata));
    }
    parts.join(", ")
}

async fn sessions_hint(config_api_key: Option<Secret>) -> String {
    let client = match client(config_api_key) {
        Ok(c) => c,
        Err(msg) => return format!("The agent sessions online on the account are not shown. {msg}"),
    };
    match client.tunnel_sessions().list(&Paging::default(), false).await {
        Err(e) => format!("Could not list the agent sessions through the ngrok API: {e}"),
        Ok(l) if l.items.is_empty() => {
            "The ngrok API lists no agent session online now; the other session may have just ended: try again.".into()
        }
        Ok(l) => {
            let mut out = String::from("Agent sessions online on this account (ngrok API):");
            for s in &l.items {
                out.push_str(&format!("\n  {}  {}", s.id, describe(s)));
            }
            out.push_str("\nTo end a forgotten one, run:");
            for s in &l.items {
                out.push_str(&format!("\n  prx-tunnel sessions stop {}", s.id));
            }
            out
        }
    }
}

fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', ':']).next().unwrap_or(rest)
}

async fn endpoint_hint(config_api_key: Option<Secret>, wanted: Option<String>) -> String {
    let client = match client(config_api_key) {
        Ok(c) => c,
        Err(msg) => return format!("The session serving the endpoint is not shown. {msg}"),
    };
    let listed = match client.endpoints().list(&Paging::default(), true).await {
        Ok(l) => l,
        Err(e) => return format!("Could not list the endpoints through the ngrok API: {e}"),
    };
    let wanted_host = wanted.as_deref().map(host);
    let matching: Vec<&Endpoint> =
        listed.items.iter().filter(|e| wanted_host.is_none_or(|w| host(e.address()).eq_ignore_ascii_case(w))).collect();
    if matching.is_empty() {
        let at = wanted.as_deref().unwrap_or("that URL");
        return format!(
            "The ngrok API lists no endpoint at {at} now (it may have just gone offline); `prx-tunnel endpoints list` shows them."
        );
    }
    let mut out = String::new();
    for e in matching {
        out.push_str(&format!("{} is endpoint {} ({})", e.address(), e.id, e.kind));
        match e.session_id() {
            Some(ts) => out.push_str(&format!(
                ", served by agent session {ts}. To stop that agent, run:\n  prx-tunnel sessions stop {ts}\n"
            )),
            None => out.push_str(", not served by an agent session (see `prx-tunnel endpoints get`).\n"),
        }
    }
    if listed.items.iter().any(|e| e.pooling_enabled) {
        out.push_str("It allows pooling: start this tunnel with pooling enabled too to share the traffic instead.\n");
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_quoted_url_and_hosts() {
        let text = "ERR_NGROK_334: The endpoint 'https://app.example.com' is already online. Either";
        assert_eq!(quoted_url(text).as_deref(), Some("https://app.example.com"));
        assert_eq!(host("https://app.example.com:443/x"), "app.example.com");
        assert_eq!(host("app.example.com"), "app.example.com");
    }
}
