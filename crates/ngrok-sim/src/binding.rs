//! Endpoint bindings at Bind, as ngrok's `endpoints/bindings` and `internal-endpoints` documents
//! describe them: `public` (the default) or `internal` (inferred for a `.internal` host), one per
//! endpoint; an internal endpoint names its host, which ends in `.internal`.

use crate::codes;
use crate::records::BindRecord;

/// The binding of endpoints reachable from the public listeners.
pub(crate) const PUBLIC: &str = "public";
/// The binding of endpoints reachable only through `forward-internal`.
pub(crate) const INTERNAL: &str = "internal";
/// The top-level domain of internal endpoint hosts.
const INTERNAL_TLD: &str = ".internal";

/// The host the Bind asks for: the domain (or v2 hostname) of an http(s) endpoint, the host of a
/// tcp endpoint's `Addr`; empty when the edge is to choose.
pub(crate) fn requested_host(rec: &BindRecord) -> String {
    let host = if rec.proto == "tcp" {
        let addr = crate::opts::text(&rec.opts, "Addr");
        addr.rsplit_once(':').map_or(addr.clone(), |(h, _)| h.to_owned())
    } else if rec.domain.is_empty() {
        rec.hostname.clone()
    } else {
        rec.domain.clone()
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// Whether `host` is under `.internal`.
pub(crate) fn is_internal_host(host: &str) -> bool {
    host.ends_with(INTERNAL_TLD)
}

/// The binding a Bind gets, or the service's refusal: unknown (15005) or repeated (15006)
/// bindings, `kubernetes` (not simulated), an internal endpoint without a host (9028) or with a
/// host outside `.internal` (9029), a `.internal` host bound `public` (assumption: refused like
/// 9029's counterpart, see the README), `on_tcp_connect` rules on an internal http endpoint (2262).
pub(crate) fn binding_of(rec: &BindRecord, has_tcp_connect_rules: bool) -> Result<String, String> {
    for (i, b) in rec.bindings.iter().enumerate() {
        if rec.bindings[..i].contains(b) {
            return Err(codes::duplicate_binding(b));
        }
    }
    let host = requested_host(rec);
    let binding = match rec.bindings.as_slice() {
        [] if is_internal_host(&host) => INTERNAL,
        [] => PUBLIC,
        [one] if one == PUBLIC || one == INTERNAL => one.as_str(),
        [one] if one == "kubernetes" => {
            return Err("The ngrok edge simulator does not simulate the kubernetes binding (no Kubernetes operator exists here); bind public or internal endpoints.".to_owned());
        }
        [one] => return Err(codes::invalid_binding(one)),
        [_, second, ..] => return Err(codes::invalid_binding(second)),
    };
    let url = format!("{}://{host}", rec.proto);
    match binding {
        INTERNAL if host.is_empty() => Err(codes::internal_without_domain()),
        INTERNAL if !is_internal_host(&host) => Err(codes::internal_needs_internal_tld(&url)),
        INTERNAL if rec.proto != "tcp" && has_tcp_connect_rules => Err(codes::internal_http_tcp_phase()),
        PUBLIC if is_internal_host(&host) => Err(codes::with_code(
            &format!(
                "Failed to start endpoint with {url}. URLs ending in \".internal\" are reserved for endpoints with a \"internal\" binding; remove the \"public\" binding."
            ),
            "ERR_NGROK_15005",
        )),
        other => Ok(other.to_owned()),
    }
}

/// An internal endpoint's URL: `<proto>://<host>` (tcp: `tcp://<host>:<port>`, the port
/// required — ngrok's internal endpoint documentation; refused like ERR_NGROK_9030 without one).
pub(crate) fn internal_url(rec: &BindRecord) -> Result<String, String> {
    let host = requested_host(rec);
    if rec.proto != "tcp" {
        return Ok(format!("{}://{host}", rec.proto));
    }
    let addr = crate::opts::text(&rec.opts, "Addr");
    match addr.rsplit_once(':').and_then(|(_, p)| p.parse::<u16>().ok()).filter(|p| *p != 0) {
        Some(port) => Ok(format!("tcp://{host}:{port}")),
        None => Err(codes::with_code(
            &format!(
                "Failed to start endpoint with URL tcp://{host}, invalid port. Port must be in range range 1-65535."
            ),
            "ERR_NGROK_9030",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(proto: &str, domain: &str, bindings: &[&str]) -> BindRecord {
        BindRecord {
            proto: proto.into(),
            domain: domain.into(),
            bindings: bindings.iter().map(|b| (*b).to_owned()).collect(),
            ..BindRecord::default()
        }
    }

    #[test]
    fn inferred_and_explicit_bindings() {
        assert_eq!(binding_of(&rec("https", "api.internal", &[]), false).unwrap(), INTERNAL);
        assert_eq!(binding_of(&rec("https", "app.example.com", &[]), false).unwrap(), PUBLIC);
        assert_eq!(binding_of(&rec("https", "API.Internal.", &["internal"]), false).unwrap(), INTERNAL);
    }

    #[test]
    fn refusals_carry_ngrok_codes() {
        let code = |r: BindRecord, tcp_rules: bool| binding_of(&r, tcp_rules).unwrap_err();
        assert!(code(rec("https", "", &["internal"]), false).ends_with("ERR_NGROK_9028\r\n"));
        assert!(code(rec("https", "app.example.com", &["internal"]), false).ends_with("ERR_NGROK_9029\r\n"));
        assert!(code(rec("https", "a.internal", &["internal", "internal"]), false).ends_with("ERR_NGROK_15006\r\n"));
        assert!(code(rec("https", "a.internal", &["private"]), false).ends_with("ERR_NGROK_15005\r\n"));
        assert!(code(rec("https", "a.internal", &["public"]), false).ends_with("ERR_NGROK_15005\r\n"));
        assert!(code(rec("https", "a.internal", &[]), true).ends_with("ERR_NGROK_2262\r\n"));
        assert!(code(rec("https", "a.internal", &["kubernetes"]), false).contains("does not simulate"));
    }
}
