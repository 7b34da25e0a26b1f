//! Our endpoint in the agent config format v3 (`endpoints:`), for agents from 3.16.0 on, where
//! `tunnels:` is deprecated (ngrok's agent changelog, 3.16.0; `agent/config/v3.mdx`).

use anyhow::Result;
use serde_yaml::Mapping;

use super::find::{Agent, Major};
use super::genconf::put;
use crate::config::{LocalScheme, Proto, TunnelConfig};
use crate::exit::Fail;

/// The first agent version that reads `endpoints:` (and deprecates `tunnels:`).
pub const ENDPOINTS_SINCE: (u32, u32, u32) = (3, 16, 0);

/// True when our tunnel is written as a v3 endpoint: a v3 agent from 3.16.0 on, and no
/// `subdomain` (an endpoint `url` needs the full host name, which a bare subdomain does not
/// give; such a tunnel keeps the `tunnels:` form, which these agents still read).
pub fn applies(cfg: &TunnelConfig, agent: &Agent) -> bool {
    agent.major == Major::V3 && agent.at_least(ENDPOINTS_SINCE) && cfg.subdomain.is_none()
}

/// The first agent version that reads `bindings` in its config (ngrok's changelog, 3.20.0).
pub const BINDINGS_SINCE: (u32, u32, u32) = (3, 20, 0);

/// The `url` of the endpoint: `url`, the one `domain` means, or the scheme alone for a random
/// address.
fn url(cfg: &TunnelConfig) -> String {
    match cfg.effective_url() {
        Some(u) => u.to_string(),
        None if cfg.proto == Proto::Tcp => "tcp://".to_owned(),
        None => "https://".to_owned(),
    }
}

/// Refuses, all at once, the endpoint keys `agent` cannot express, naming each key and the
/// agent version it needs: only the `endpoints:` form has `bindings`, `pooling_enabled` and
/// `description` (and `bindings` only from 3.20.0).
pub fn check_supported(cfg: &TunnelConfig, agent: &Agent) -> Result<()> {
    let endpoints = applies(cfg, agent);
    let since = |v| super::policy::show(v);
    let mut problems = Vec::new();
    if cfg.binding_to_send().is_some() && !(endpoints && agent.at_least(BINDINGS_SINCE)) {
        problems.push(format!("bindings (an internal endpoint): needs ngrok agent {}", since(BINDINGS_SINCE)));
    }
    for (set, key) in [(cfg.pooling_enabled, "pooling_enabled"), (cfg.description.is_some(), "description")] {
        if set && !endpoints {
            problems.push(format!("{key}: needs ngrok agent {} (its endpoints: config)", since(ENDPOINTS_SINCE)));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let why = if cfg.subdomain.is_some() && agent.major == Major::V3 && agent.at_least(ENDPOINTS_SINCE) {
        " (with subdomain, the tunnel is written as tunnels:, which has none of them; write url instead)"
    } else {
        ""
    };
    let list: String = problems.iter().map(|p| format!("\n  - {p}")).collect();
    Err(Fail::usage(format!(
        "the ngrok agent at {} is version {}, which cannot express these endpoint keys{why}:{list}\n\
         Upgrade the agent (https://ngrok.com/download), remove the keys, or use mode = \"sdk\".",
        agent.path.display(),
        agent.version,
    )))
}

/// The `upstream.url`: always an origin with its scheme, so nothing is inferred by the agent.
fn upstream_url(cfg: &TunnelConfig) -> String {
    let local = &cfg.local_addr;
    match local.scheme {
        LocalScheme::Https => format!("https://{}", local.host_port()),
        LocalScheme::Http if cfg.proto == Proto::Http => format!("http://{}", local.host_port()),
        LocalScheme::Http | LocalScheme::Tcp => local.host_port(),
    }
}

/// One item of `endpoints:` — `name` (the agent name), `url`, `upstream.url`, the policy (every endpoint
/// option is in it: `args::check_supported` refused an agent too old for it), `metadata`.
pub fn endpoint(name: &str, cfg: &TunnelConfig, agent: &Agent, reveal: bool) -> Mapping {
    let mut e = Mapping::new();
    put(&mut e, "name", name);
    put(&mut e, "url", url(cfg));
    let mut upstream = Mapping::new();
    put(&mut upstream, "url", upstream_url(cfg));
    put(&mut e, "upstream", upstream);
    if let Some(policy) = &cfg.policy {
        let (field, doc) = super::policy::field(policy, cfg.proto, agent, reveal);
        put(&mut e, field, doc);
    }
    if let Some(m) = &cfg.metadata {
        put(&mut e, "metadata", m.as_str());
    }
    if let Some(d) = &cfg.description {
        put(&mut e, "description", d.as_str());
    }
    if let Some(b) = cfg.binding_to_send() {
        put(&mut e, "bindings", vec![serde_yaml::Value::from(b.as_str())]);
    }
    if cfg.pooling_enabled {
        put(&mut e, "pooling_enabled", true);
    }
    e
}
