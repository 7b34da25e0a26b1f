//! The deprecated per-endpoint Bind options (basic auth, CIDR restrictions, circuit breaker,
//! compression, webhook verification, request/response headers; the 2.x agent's `Auth`)
//! translated into Traffic Policy rules, so they are enforced by the one policy path. The
//! options are checked as the service checked them (ERR_NGROK_359/360 for credentials).

use std::str::FromStr;

use ipnet::IpNet;
use serde_json::{Value, json};
use traffic_policy::{Action, Phase, Policy, Rule};

use super::{BREAKER_MIN_VOLUME, BREAKER_WINDOW};
use crate::codes;
use crate::opts::{field, text};
use crate::records::BindRecord;

/// Options the edge does not simulate: refused, never accepted and ignored.
const NOT_SIMULATED: &[(&str, &str)] = &[
    ("OAuth", "oauth"),
    ("OIDC", "oidc"),
    ("MutualTLSCA", "mutual TLS"),
    ("UserAgentFilter", "user agent filter"),
    ("WebsocketTCPConverter", "websocket-to-TCP converter"),
    ("MutualTLSAtEdge", "mutual TLS"),
    ("TLSTermination", "TLS termination"),
];

fn rule(name: &str, kind: &str, config: Value) -> Rule {
    Rule {
        name: Some(format!("{name} (deprecated Bind option)")),
        expressions: vec![],
        actions: vec![Action { kind: kind.to_owned(), config: Some(config) }],
    }
}

fn cidr(text: &str) -> Result<String, String> {
    IpNet::from_str(text)
        .or_else(|_| std::net::IpAddr::from_str(text).map(IpNet::from))
        .map(|n| n.to_string())
        .map_err(|_| format!("The CIDR '{text}' in the IP restriction is not a valid IPv4 or IPv6 network."))
}

/// `{add: ["Name: value"], remove: ["Name"]}` as remove-headers then add-headers rules.
fn header_rules(policy: &mut Policy, phase: Phase, opt: &str, opts: &Value) -> Result<(), String> {
    let Some(h) = field(opts, opt) else { return Ok(()) };
    let list = |k: &str| -> Vec<String> {
        field(h, k)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default()
    };
    let remove = list("remove");
    if !remove.is_empty() {
        policy.rules_mut(phase).push(rule(opt, "remove-headers", json!({ "headers": remove })));
    }
    let mut add = serde_json::Map::new();
    for entry in list("add") {
        let (name, value) =
            entry.split_once(':').ok_or_else(|| format!("The header '{entry}' in {opt} is not 'Name: value'."))?;
        add.insert(name.trim().to_ascii_lowercase(), Value::String(value.trim().to_owned()));
    }
    if let Some(parsed) = field(h, "add_parsed").and_then(Value::as_object) {
        for (k, v) in parsed {
            add.insert(k.to_ascii_lowercase(), v.clone());
        }
    }
    if !add.is_empty() {
        policy.rules_mut(phase).push(rule(opt, "add-headers", json!({ "headers": add })));
    }
    Ok(())
}

/// The rules equivalent to a Bind request's deprecated options.
pub(crate) fn deprecated_options(rec: &BindRecord) -> Result<Policy, String> {
    let opts = &rec.opts;
    for (key, what) in NOT_SIMULATED {
        if field(opts, key).is_some() {
            return Err(format!(
                "The ngrok edge simulator does not simulate the {what} endpoint option (Bind option {key}); remove it or run against ngrok's service."
            ));
        }
    }
    let http = rec.proto != "tcp";
    let mut policy = Policy::default();
    for (user, pass) in &rec.basic_auth {
        if user.is_empty() {
            return Err(codes::empty_username());
        }
        let n = pass.chars().count();
        if !(8..=128).contains(&n) {
            return Err(codes::bad_password_length(n));
        }
    }
    if http {
        header_rules(&mut policy, Phase::HttpRequest, "RequestHeaders", opts)?;
        header_rules(&mut policy, Phase::HttpResponse, "ResponseHeaders", opts)?;
    }
    let allow = rec.allow_cidrs.iter().map(|c| cidr(c)).collect::<Result<Vec<_>, _>>()?;
    let deny = rec.deny_cidrs.iter().map(|c| cidr(c)).collect::<Result<Vec<_>, _>>()?;
    if !allow.is_empty() || !deny.is_empty() {
        let phase = if http { Phase::HttpRequest } else { Phase::TcpConnect };
        policy
            .rules_mut(phase)
            .insert(0, rule("IPRestriction", "restrict-ips", json!({ "allow": allow, "deny": deny })));
    }
    if !rec.basic_auth.is_empty() {
        let credentials: Vec<String> = rec.basic_auth.iter().map(|(u, p)| format!("{u}:{p}")).collect();
        policy.on_http_request.push(rule("BasicAuth", "basic-auth", json!({ "credentials": credentials })));
    }
    if let Some(w) = field(opts, "WebhookVerification") {
        policy.on_http_request.push(rule(
            "WebhookVerification",
            "verify-webhook",
            json!({ "provider": text(w, "Provider"), "secret": text(w, "Secret") }),
        ));
    }
    if let Some(threshold) = rec.circuit_breaker {
        if !(0.0..=1.0).contains(&threshold) {
            return Err(format!("The circuit breaker threshold must be between 0 and 1, got {threshold}."));
        }
        if threshold > 0.0 {
            let window = format!("{}s", BREAKER_WINDOW.as_secs());
            policy.on_http_request.push(rule(
                "CircuitBreaker",
                "circuit-breaker",
                json!({ "error_threshold": threshold, "volume_threshold": BREAKER_MIN_VOLUME,
                        "window_duration": window, "tripped_duration": window }),
            ));
        }
    }
    if rec.compression {
        policy.on_http_response.push(rule("Compression", "compress-response", json!({})));
    }
    Ok(policy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::Bind;

    fn rec(opts: Value) -> BindRecord {
        let req = Bind { proto: "https".into(), opts, ..Bind::default() };
        crate::opts::record("s", &req, json!({}))
    }

    #[test]
    fn every_option_becomes_a_rule() {
        let p = deprecated_options(&rec(json!({
            "BasicAuth": {"credentials": [{"username": "u", "cleartext_password": "password1"}]},
            "IPRestriction": {"allow_cidrs": ["10.0.0.1"], "deny_cidrs": []},
            "CircuitBreaker": {"error_threshold": 0.25},
            "Compression": {},
            "WebhookVerification": {"provider": "github", "secret": "s"},
            "RequestHeaders": {"add": ["X-A: 1"], "remove": ["X-B"]},
            "ResponseHeaders": {"add": ["x-c:2"]}
        })))
        .unwrap();
        let kinds = |rules: &[Rule]| rules.iter().map(|r| r.actions[0].kind.clone()).collect::<Vec<_>>();
        assert_eq!(
            kinds(&p.on_http_request),
            ["restrict-ips", "remove-headers", "add-headers", "basic-auth", "verify-webhook", "circuit-breaker"]
        );
        assert_eq!(kinds(&p.on_http_response), ["add-headers", "compress-response"]);
        assert_eq!(p.on_http_request[0].actions[0].config.as_ref().unwrap()["allow"][0], "10.0.0.1/32");
        assert!(traffic_policy::validate(&p).is_empty(), "{:?}", traffic_policy::validate(&p));
    }

    #[test]
    fn refused_like_the_service() {
        let short = deprecated_options(&rec(json!({"Auth": "bob:short"}))).unwrap_err();
        assert!(short.ends_with("ERR_NGROK_360\r\n"), "{short}");
        let bad = deprecated_options(&rec(json!({"IPRestriction": {"AllowCIDRs": ["nonsense"]}}))).unwrap_err();
        assert!(bad.contains("'nonsense'"));
        let oauth = deprecated_options(&rec(json!({"OAuth": {"provider": "google"}}))).unwrap_err();
        assert!(oauth.contains("does not simulate the oauth"), "{oauth}");
    }
}
