//! Our endpoint in the agent config format v3 (`endpoints:`), for agents from 3.16.0 on, where
//! `tunnels:` is deprecated (ngrok's agent changelog, 3.16.0; `agent/config/v3.mdx`).

use serde_yaml::Mapping;

use super::TUNNEL_NAME;
use super::find::{Agent, Major};
use super::genconf::put;
use crate::config::{LocalScheme, Proto, TunnelConfig};

/// The first agent version that reads `endpoints:` (and deprecates `tunnels:`).
pub const ENDPOINTS_SINCE: (u32, u32, u32) = (3, 16, 0);

/// True when our tunnel is written as a v3 endpoint: a v3 agent from 3.16.0 on, and no
/// `subdomain` (an endpoint `url` needs the full host name, which a bare subdomain does not
/// give; such a tunnel keeps the `tunnels:` form, which these agents still read).
pub fn applies(cfg: &TunnelConfig, agent: &Agent) -> bool {
    agent.major == Major::V3 && agent.at_least(ENDPOINTS_SINCE) && cfg.subdomain.is_none()
}

/// The `url` of the endpoint: the reserved domain, or the scheme alone for a random address.
fn url(cfg: &TunnelConfig) -> String {
    match (cfg.proto, &cfg.domain) {
        (Proto::Tcp, _) => "tcp://".to_owned(),
        (Proto::Http, Some(domain)) => format!("https://{domain}"),
        (Proto::Http, None) => "https://".to_owned(),
    }
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

/// One item of `endpoints:` — `name`, `url`, `upstream.url`, the policy (every endpoint
/// option is in it: `args::check_supported` refused an agent too old for it), `metadata`.
pub fn endpoint(cfg: &TunnelConfig, agent: &Agent, reveal: bool) -> Mapping {
    let mut e = Mapping::new();
    put(&mut e, "name", TUNNEL_NAME);
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
    e
}
