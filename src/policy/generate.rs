//! The rules prx-tunnel generates from the seed's keys (`basic_auth`, `ip_restrictions`,
//! `circuit_breaker`, `compression`) and from `webhook_verification`, `request_headers` and
//! `response_headers`, in ngrok's action vocabulary. They run before the user's own rules.

use ipnet::IpNet;
use serde::Serialize;
use serde_json::{Value, json};

use crate::secret::Secret;

/// `webhook_verification = { provider = "github", secret = "${GITHUB_WEBHOOK_SECRET}" }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Webhook {
    /// The provider whose signatures are checked (ngrok's identifier, e.g. `github`).
    pub provider: String,
    /// The signing secret.
    pub secret: Secret,
}

/// `request_headers` / `response_headers`: `{ add = { Name = "value" }, remove = ["Name"] }`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct HeaderRewrite {
    /// Headers to add, in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<(String, String)>,
    /// Header names to remove.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
}

/// The config keys that become generated rules.
#[derive(Debug, Clone, Default)]
pub struct Seeds {
    /// True for a tcp endpoint (only `restrict-ips`, at `on_tcp_connect`).
    pub tcp: bool,
    /// `basic_auth`: user names and passwords.
    pub basic_auth: Vec<(String, Secret)>,
    /// `ip_restrictions.allow`.
    pub allow: Vec<IpNet>,
    /// `ip_restrictions.deny`.
    pub deny: Vec<IpNet>,
    /// `circuit_breaker`.
    pub circuit_breaker: Option<f64>,
    /// `compression`.
    pub compression: bool,
    /// `webhook_verification`.
    pub webhook: Option<Webhook>,
    /// `request_headers`.
    pub request_headers: Option<HeaderRewrite>,
    /// `response_headers`.
    pub response_headers: Option<HeaderRewrite>,
}

/// A generated rule and the config key it came from.
#[derive(Debug, Clone)]
pub struct GeneratedRule {
    /// `on_tcp_connect`, `on_http_request` or `on_http_response`.
    pub phase: &'static str,
    /// The config key, e.g. `basic_auth`.
    pub key: &'static str,
    /// The rule, in ngrok's document shape.
    pub rule: Value,
}

fn rule(phase: &'static str, key: &'static str, kind: &str, config: Value) -> GeneratedRule {
    let rule = json!({ "name": format!("prx-tunnel {key}"), "actions": [{ "type": kind, "config": config }] });
    GeneratedRule { phase, key, rule }
}

fn headers_rules(phase: &'static str, key: &'static str, h: &HeaderRewrite, out: &mut Vec<GeneratedRule>) {
    if !h.remove.is_empty() {
        out.push(rule(phase, key, "remove-headers", json!({ "headers": h.remove })));
    }
    if !h.add.is_empty() {
        let map: serde_json::Map<String, Value> =
            h.add.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();
        out.push(rule(phase, key, "add-headers", json!({ "headers": map })));
    }
}

/// The generated rules, in the order they run: IP restrictions first, then authentication,
/// webhook verification, the circuit breaker and request headers; compression and response
/// headers on the way back.
pub fn rules(s: &Seeds) -> Vec<GeneratedRule> {
    let mut out = Vec::new();
    if !s.allow.is_empty() || !s.deny.is_empty() {
        let mut config = json!({ "enforce": true });
        if !s.allow.is_empty() {
            config["allow"] = json!(s.allow.iter().map(ToString::to_string).collect::<Vec<_>>());
        }
        if !s.deny.is_empty() {
            config["deny"] = json!(s.deny.iter().map(ToString::to_string).collect::<Vec<_>>());
        }
        let phase = if s.tcp { "on_tcp_connect" } else { "on_http_request" };
        out.push(rule(phase, "ip_restrictions", "restrict-ips", config));
    }
    if s.tcp {
        return out;
    }
    if !s.basic_auth.is_empty() {
        let creds: Vec<String> = s.basic_auth.iter().map(|(u, p)| format!("{u}:{}", p.expose())).collect();
        out.push(rule("on_http_request", "basic_auth", "basic-auth", json!({ "credentials": creds })));
    }
    if let Some(w) = &s.webhook {
        let config = json!({ "provider": w.provider, "secret": w.secret.expose() });
        out.push(rule("on_http_request", "webhook_verification", "verify-webhook", config));
    }
    if let Some(t) = s.circuit_breaker {
        out.push(rule("on_http_request", "circuit_breaker", "circuit-breaker", json!({ "error_threshold": t })));
    }
    if let Some(h) = &s.request_headers {
        headers_rules("on_http_request", "request_headers", h, &mut out);
    }
    if s.compression {
        out.push(rule("on_http_response", "compression", "compress-response", json!({})));
    }
    if let Some(h) = &s.response_headers {
        headers_rules("on_http_response", "response_headers", h, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_key_becomes_its_action() {
        let s = Seeds {
            basic_auth: vec![("alice".into(), Secret::new("wonderland1"))],
            allow: vec!["10.0.0.0/8".parse().unwrap()],
            deny: vec!["10.1.0.0/16".parse().unwrap()],
            circuit_breaker: Some(0.5),
            compression: true,
            webhook: Some(Webhook { provider: "github".into(), secret: Secret::new("whsec") }),
            request_headers: Some(HeaderRewrite { add: vec![("X-A".into(), "1".into())], remove: vec!["X-B".into()] }),
            response_headers: Some(HeaderRewrite { add: vec![], remove: vec!["Server".into()] }),
            ..Seeds::default()
        };
        let got: Vec<(&str, &str, String)> = rules(&s)
            .iter()
            .map(|g| (g.phase, g.key, g.rule["actions"][0]["type"].as_str().unwrap().to_owned()))
            .collect();
        let want = [
            ("on_http_request", "ip_restrictions", "restrict-ips"),
            ("on_http_request", "basic_auth", "basic-auth"),
            ("on_http_request", "webhook_verification", "verify-webhook"),
            ("on_http_request", "circuit_breaker", "circuit-breaker"),
            ("on_http_request", "request_headers", "remove-headers"),
            ("on_http_request", "request_headers", "add-headers"),
            ("on_http_response", "compression", "compress-response"),
            ("on_http_response", "response_headers", "remove-headers"),
        ];
        assert_eq!(got, want.map(|(p, k, t)| (p, k, t.to_owned())));
        let all = rules(&s);
        assert_eq!(
            all[0].rule["actions"][0]["config"],
            json!({"enforce": true, "allow": ["10.0.0.0/8"], "deny": ["10.1.0.0/16"]})
        );
        assert_eq!(all[1].rule["actions"][0]["config"]["credentials"], json!(["alice:wonderland1"]));
        assert_eq!(all[3].rule["actions"][0]["config"]["error_threshold"], json!(0.5));
        assert_eq!(all[5].rule["actions"][0]["config"]["headers"], json!({"X-A": "1"}));
    }

    #[test]
    fn tcp_gets_ip_restrictions_at_connect_only() {
        let s = Seeds { tcp: true, allow: vec!["127.0.0.1/32".parse().unwrap()], ..Seeds::default() };
        let r = rules(&s);
        assert_eq!((r.len(), r[0].phase), (1, "on_tcp_connect"));
        assert!(rules(&Seeds::default()).is_empty());
    }
}
