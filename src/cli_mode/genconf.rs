//! The agent config file prx-tunnel generates for each tunnel: YAML in the format and
//! spellings of the agent's version, passed after the user's own config files.
//!
//! | agent | file |
//! |---|---|
//! | 2.x | top-level settings, `tunnels:` with 2.x spellings |
//! | 3.0 – 3.15 | `version: "2"` (or `3` when the user's own file is), `tunnels:` |
//! | 3.16 and later | `version: 3`, `agent:`, `endpoints:` (see `genconf_endpoint.rs`) |

use std::time::Duration;

use anyhow::{Context, Result};
use serde_yaml::{Mapping, Value};

use super::find::{Agent, Major};
use super::userconf::UserConfig;
use crate::config::{LocalScheme, Proto, RootCas, TunnelConfig, UrlScheme};
use crate::secret::{MASK, Secret};

/// A Go duration string (`10s`, `1500ms`).
fn go_duration(d: Duration) -> String {
    if d.subsec_millis() == 0 { format!("{}s", d.as_secs()) } else { format!("{}ms", d.as_millis()) }
}

fn secret(s: &Secret, reveal: bool) -> Value {
    Value::from(if reveal { s.expose().to_owned() } else { MASK.to_owned() })
}

pub(super) fn put(map: &mut Mapping, key: &str, value: impl Into<Value>) {
    map.insert(Value::from(key), value.into());
}

/// The generated agent config. `reveal = false` masks every secret (for `--dry-run`/`check`);
/// `web_addr` pins the agent's web address (only after its default ports were all taken).
pub fn yaml(
    cfg: &TunnelConfig,
    agent: &Agent,
    user: &[UserConfig],
    web_addr: Option<&str>,
    reveal: bool,
) -> Result<String> {
    let endpoints = super::genconf_endpoint::applies(cfg, agent);
    let format3 = endpoints || (agent.major == Major::V3 && user.last().is_some_and(|u| u.format3));
    let mut top = Mapping::new();
    if agent.major == Major::V3 {
        put(&mut top, "version", if format3 { Value::from(3) } else { Value::from("2") });
    }
    let mut settings = Mapping::new();
    if let Some(token) = &cfg.authtoken {
        let user_has_other = user.iter().filter_map(|u| u.authtoken.as_deref()).any(|t| t != token.expose());
        if agent.major == Major::V2 || user_has_other {
            put(&mut settings, "authtoken", secret(token, reveal));
        }
    }
    if let Some(addr) = &cfg.server_addr {
        put(&mut settings, if format3 { "connect_url" } else { "server_addr" }, addr.as_str());
    }
    let cas = match (&cfg.ca_cert, &cfg.root_cas) {
        (Some(pem), _) => Some(pem.display().to_string()),
        (None, Some(RootCas::Trusted)) => Some("trusted".to_owned()),
        (None, Some(RootCas::Host)) => Some("host".to_owned()),
        (None, Some(RootCas::Path(p))) => Some(p.display().to_string()),
        (None, None) => None,
    };
    if let Some(cas) = cas {
        put(&mut settings, if format3 { "connect_cas" } else { "root_cas" }, cas);
    }
    if cfg.region_explicit {
        put(&mut settings, "region", cfg.region.as_str());
    }
    if let Some(d) = cfg.heartbeat_interval {
        put(&mut settings, "heartbeat_interval", go_duration(d));
    }
    if let Some(d) = cfg.heartbeat_tolerance {
        put(&mut settings, "heartbeat_tolerance", go_duration(d));
    }
    if let Some(m) = &cfg.metadata {
        put(&mut settings, "metadata", m.as_str());
    }
    if let Some(proxy) = &cfg.proxy.proxy {
        put(&mut settings, "proxy_url", if reveal { proxy.expose() } else { proxy.masked() });
    }
    put(&mut settings, "update_check", false);
    put(&mut settings, "console_ui", false);
    if let Some(addr) = web_addr {
        put(&mut settings, "web_addr", addr);
    }
    if endpoints && !cfg.inspect {
        // An endpoint definition has no `inspect`; this agent runs our endpoint only.
        put(&mut settings, "inspect_db_size", -1);
    }
    if format3 {
        put(&mut top, "agent", settings);
    } else {
        top.extend(settings);
    }
    if endpoints {
        let list: Vec<Value> = super::named_endpoints(cfg)
            .into_iter()
            .map(|(name, ep)| Value::Mapping(super::genconf_endpoint::endpoint(&name, ep, agent, reveal)))
            .collect();
        put(&mut top, "endpoints", list);
        return serde_yaml::to_string(&Value::Mapping(top)).context("could not render the agent config");
    }
    let mut tunnels = Mapping::new();
    for (name, ep) in super::named_endpoints(cfg) {
        put(&mut tunnels, &name, tunnel(ep, agent, reveal));
    }
    put(&mut top, "tunnels", tunnels);
    serde_yaml::to_string(&Value::Mapping(top)).context("could not render the agent config")
}

/// An endpoint's tunnel definition (`tunnels: prx-tunnel: …`; also what the agent's
/// `POST /api/tunnels` takes, with `name`).
pub(super) fn tunnel(cfg: &TunnelConfig, agent: &Agent, reveal: bool) -> Mapping {
    let major = agent.major;
    let mut t = Mapping::new();
    let local = &cfg.local_addr;
    let addr = match local.scheme {
        LocalScheme::Https => format!("https://{}", local.host_port()),
        LocalScheme::Http | LocalScheme::Tcp => local.host_port(),
    };
    put(&mut t, "proto", if cfg.proto == Proto::Tcp { "tcp" } else { "http" });
    put(&mut t, "addr", addr);
    // The agent inspects http only: it refuses a tcp tunnel with `inspect: true` ("TCP tunnel
    // … cannot inspect traffic"), which a tcp endpoint inheriting `inspect` would get.
    put(&mut t, "inspect", cfg.inspect && cfg.proto == Proto::Http);
    let plain_http = cfg.url.as_ref().is_some_and(|u| u.scheme == UrlScheme::Http);
    if let Some(addr) = cfg.url.as_ref().and_then(|u| u.tcp_addr()) {
        put(&mut t, "remote_addr", addr);
    }
    if cfg.proto == Proto::Http {
        if major == Major::V2 {
            put(&mut t, "bind_tls", !plain_http);
        } else if plain_http {
            put(&mut t, "schemes", vec![Value::from("http")]);
        }
        if let Some(sub) = &cfg.subdomain {
            put(&mut t, "subdomain", sub.as_str());
        } else if let Some(domain) = cfg.effective_domain() {
            put(&mut t, if major == Major::V2 { "hostname" } else { "domain" }, domain);
        }
        if major == Major::V2
            && let Some(a) = cfg.basic_auth.first()
        {
            let pass = if reveal { a.password.expose().to_owned() } else { MASK.to_owned() };
            put(&mut t, "auth", format!("{}:{pass}", a.username));
        }
    }
    // v3: every endpoint option is in the policy (`args::check_supported` refused an agent too
    // old for it, and the 2.x agent any option beyond `auth`).
    if let (Major::V3, Some(policy)) = (major, &cfg.policy) {
        let (field, doc) = super::policy::field(policy, cfg.proto, agent, reveal);
        put(&mut t, field, doc);
    }
    if let Some(m) = &cfg.metadata {
        put(&mut t, "metadata", m.as_str());
    }
    t
}

#[cfg(test)]
#[path = "genconf_tests.rs"]
mod tests;
