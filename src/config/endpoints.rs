//! Several endpoints in one session: `[tunnel.ngrok.endpoints.NAME]` tables. `[tunnel.ngrok]`
//! itself stays the endpoint named [`DEFAULT_ENDPOINT`]; each table's endpoint is built like it,
//! from the table's keys with everything else inherited — except the keys that say where an
//! endpoint is (`url`, `domain`, `subdomain`, `bindings`, `pooling_enabled`, `description`:
//! two endpoints of one session cannot share a URL unless they pool), and, for a tcp endpoint,
//! the http-only keys.

use std::ops::Range;

use super::errors::Problems;
use super::model::TunnelConfig;
use super::raw::{RawEndpoint, RawTunnel};
use super::schema::EndpointSummary;

/// The name of the endpoint `[tunnel.ngrok]` describes.
pub const DEFAULT_ENDPOINT: &str = "default";

/// An endpoint name: 1–63 lowercase letters, digits, `-` and `_`, starting with a letter or
/// digit; not [`DEFAULT_ENDPOINT`]. It names the agent's endpoint in CLI mode and the variable
/// `PRX_TUNNEL_URL_<NAME>` of `exec`.
pub fn check_name(name: &str) -> Result<(), String> {
    if name == DEFAULT_ENDPOINT {
        return Err(format!(
            "\"{DEFAULT_ENDPOINT}\" is the name of the endpoint [tunnel.ngrok] itself describes; choose another name"
        ));
    }
    let ok = (1..=63).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && name.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{} is not an endpoint name; use 1 to 63 lowercase letters, digits, '-' and '_', starting with a letter or digit",
            super::errors::show(name)
        ))
    }
}

/// True when the endpoint of `ep` is tcp, by its own keys or else by the inherited `proto`.
fn is_tcp(parent: &RawTunnel, ep: &RawEndpoint) -> bool {
    let text = |v: &Option<toml::Spanned<String>>| v.as_ref().map(|s| s.get_ref().trim().to_owned());
    if let Some(p) = text(&ep.proto) {
        return p == "tcp";
    }
    if let Some(u) = text(&ep.url) {
        return u.starts_with("tcp://");
    }
    if text(&ep.local_addr).is_some_and(|a| a.starts_with("tcp://")) {
        return true;
    }
    text(&parent.ngrok.proto).is_some_and(|p| p == "tcp")
}

/// The `[tunnel]` an endpoint table is built from: its own keys over the inherited ones
/// (`own_inline`: the table has its own inline `traffic_policy`).
pub(crate) fn merged(parent: &RawTunnel, ep: RawEndpoint, own_inline: bool) -> RawTunnel {
    let tcp = is_tcp(parent, &ep);
    let mut out = parent.clone();
    out.ngrok.endpoints.clear();
    let n = &mut out.ngrok;
    // Where the endpoint is: its own, never inherited.
    n.domain = None;
    n.subdomain = None;
    n.url = ep.url.clone();
    n.bindings = ep.bindings;
    n.pooling_enabled = ep.pooling_enabled;
    n.description = ep.description;
    if ep.url.is_some() {
        n.proto = None;
    }
    if ep.proto.is_some() {
        n.proto = ep.proto;
    }
    out.local_addr = ep.local_addr.or(out.local_addr);
    n.metadata = ep.metadata.or(n.metadata.take());
    n.ip_restrictions = ep.ip_restrictions.or(n.ip_restrictions.take());
    if own_inline || ep.traffic_policy_file.is_some() {
        n.traffic_policy_file = ep.traffic_policy_file;
    }
    // The http-only keys: an http endpoint inherits them, a tcp one does not.
    macro_rules! take {
        ($field:ident) => {
            n.$field = ep.$field.or(if tcp { None } else { n.$field.take() });
        };
    }
    take!(basic_auth);
    take!(circuit_breaker);
    take!(compression);
    take!(webhook_verification);
    take!(request_headers);
    take!(response_headers);
    out
}

/// Two endpoints of one session on one URL (and binding) must both pool; each other pair is
/// reported at the later endpoint's name.
pub(crate) fn check_distinct(primary: &TunnelConfig, summaries: &[EndpointSummary], problems: &mut Problems) {
    let all: Vec<&TunnelConfig> = std::iter::once(primary).chain(&primary.endpoints).collect();
    for (i, later) in all.iter().enumerate() {
        let Some(url) = later.effective_url().filter(|u| u.host.is_some()) else { continue };
        let Some(earlier) = all[..i]
            .iter()
            .find(|e| e.effective_url().as_ref() == Some(&url) && e.effective_binding() == later.effective_binding())
        else {
            continue;
        };
        if earlier.pooling_enabled && later.pooling_enabled {
            continue;
        }
        let span = summaries.iter().find(|s| s.name == later.endpoint).map_or(0..0, |s| s.name_span.clone());
        problems.at(
            span,
            format!("[tunnel.ngrok.endpoints.{}]", later.endpoint),
            format!(
                "has the url {url} of endpoint \"{}\" too; give it another url, or set pooling_enabled = true on both",
                earlier.endpoint
            ),
        );
    }
}

/// `--only`: the endpoints named (in the config's order: `default` first, then by name), the
/// first of them as the primary carrying the others. An unknown name is reported with the
/// closest one and the list.
pub(crate) fn select(mut primary: TunnelConfig, only: &[String], problems: &mut Problems) -> TunnelConfig {
    let extra = std::mem::take(&mut primary.endpoints);
    let all: Vec<TunnelConfig> = std::iter::once(primary).chain(extra).collect();
    let names: Vec<&str> = all.iter().map(|c| c.endpoint.as_str()).collect();
    for wanted in only {
        if !names.contains(&wanted.as_str()) {
            let hint =
                super::errors::closest(wanted, &names).map_or(String::new(), |c| format!("did you mean \"{c}\"? "));
            problems.flag(
                "--only",
                format!(
                    "the config has no endpoint {}; {hint}its endpoints are: {}",
                    super::errors::show(wanted),
                    names.join(", ")
                ),
            );
        }
    }
    let mut chosen = all.into_iter().filter(|c| only.contains(&c.endpoint));
    let Some(mut first) = chosen.next() else {
        return TunnelConfig::default();
    };
    first.endpoints = chosen.collect();
    first
}

/// Renames `[tunnel.ngrok]`/`[tunnel]` to the endpoint's section in the problems recorded since
/// `start` that lie in the endpoint's table (`spans`), so each names the endpoint.
pub(crate) fn relabel(problems: &mut Problems, start: usize, spans: &[Range<usize>], name: &str) {
    let section = format!("[tunnel.ngrok.endpoints.{name}]");
    problems.relabel_since(start, spans, &["[tunnel.ngrok]", "[tunnel]"], &section);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_names() {
        assert!(check_name("webhooks").is_ok());
        assert!(check_name("api-2_b").is_ok());
        assert!(check_name("default").unwrap_err().contains("[tunnel.ngrok] itself"));
        for bad in ["Api", "-x", "a.b", "", "é"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
