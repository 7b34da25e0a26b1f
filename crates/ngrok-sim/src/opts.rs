//! Reading Bind options. The `ngrok` crate spells nested fields in snake case
//! (`error_threshold`, `allow_cidrs`, `cleartext_password`) and top-level ones in Pascal case
//! (`CircuitBreaker`, `IPRestriction`); Go agents may differ. Keys are therefore matched ignoring
//! case and underscores, and missing or `null` fields read as empty.

use std::str::FromStr;

use ipnet::IpNet;
use serde_json::Value;

use crate::codes;
use crate::endpoint::Policy;
use crate::records::BindRecord;
use crate::wire::Bind;

fn norm(key: &str) -> String {
    key.chars().filter(|c| *c != '_').flat_map(char::to_lowercase).collect()
}

/// The field `key` of an object, matched loosely; `None` when absent or null.
pub(crate) fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    let want = norm(key);
    v.as_object()?.iter().find(|(k, _)| norm(k) == want).map(|(_, v)| v).filter(|v| !v.is_null())
}

/// A string field (empty when absent).
pub(crate) fn text(v: &Value, key: &str) -> String {
    field(v, key).and_then(Value::as_str).unwrap_or_default().to_owned()
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Fills a Bind record from a request.
pub(crate) fn record(session_id: &str, req: &Bind, raw: Value) -> BindRecord {
    let opts = &req.opts;
    let mut basic_auth: Vec<(String, String)> = field(opts, "BasicAuth")
        .and_then(|b| field(b, "Credentials"))
        .and_then(Value::as_array)
        .map(|creds| creds.iter().map(|c| (text(c, "Username"), text(c, "CleartextPassword"))).collect())
        .unwrap_or_default();
    let v2_auth = text(opts, "Auth");
    if !v2_auth.is_empty() {
        let (user, pass) = v2_auth.split_once(':').unwrap_or((v2_auth.as_str(), ""));
        basic_auth.push((user.to_owned(), pass.to_owned()));
    }
    let ip = field(opts, "IPRestriction");
    BindRecord {
        session_id: session_id.to_owned(),
        proto: req.proto.clone(),
        requested_id: req.client_id.clone(),
        forwards_to: req.forwards_to.clone(),
        forwards_proto: req.forwards_proto.clone(),
        domain: text(opts, "Domain"),
        hostname: text(opts, "Hostname"),
        subdomain: text(opts, "Subdomain"),
        basic_auth,
        allow_cidrs: strings(ip.and_then(|i| field(i, "AllowCIDRs"))),
        deny_cidrs: strings(ip.and_then(|i| field(i, "DenyCIDRs"))),
        compression: field(opts, "Compression").is_some(),
        circuit_breaker: field(opts, "CircuitBreaker")
            .map(|c| field(c, "ErrorThreshold").and_then(Value::as_f64).unwrap_or(0.0)),
        metadata: text(&req.extra, "Metadata"),
        opts: opts.clone(),
        raw,
        url: None,
        endpoint_id: None,
        error: None,
    }
}

fn cidr(text: &str) -> Result<IpNet, String> {
    IpNet::from_str(text)
        .or_else(|_| std::net::IpAddr::from_str(text).map(IpNet::from))
        .map_err(|_| format!("The CIDR '{text}' in the IP restriction is not a valid IPv4 or IPv6 network."))
}

/// Validates the options the way the real service does and turns them into edge policies.
pub(crate) fn policy(rec: &BindRecord) -> Result<Policy, String> {
    for (user, pass) in &rec.basic_auth {
        if user.is_empty() {
            return Err(codes::empty_username());
        }
        let n = pass.chars().count();
        if !(8..=128).contains(&n) {
            return Err(codes::bad_password_length(n));
        }
    }
    let allow = rec.allow_cidrs.iter().map(|c| cidr(c)).collect::<Result<Vec<_>, _>>()?;
    let deny = rec.deny_cidrs.iter().map(|c| cidr(c)).collect::<Result<Vec<_>, _>>()?;
    if let Some(t) = rec.circuit_breaker
        && !(0.0..=1.0).contains(&t)
    {
        return Err(format!("The circuit breaker threshold must be between 0 and 1, got {t}."));
    }
    Ok(Policy {
        basic_auth: rec.basic_auth.clone(),
        allow,
        deny,
        compression: rec.compression,
        circuit_breaker: rec.circuit_breaker.filter(|t| *t > 0.0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn bind(opts: Value) -> Bind {
        Bind { proto: "https".into(), opts, extra: json!({"Metadata": "m"}), ..Bind::default() }
    }

    #[test]
    fn crate_spelling_of_nested_options() {
        let req = bind(json!({
            "Domain": "x.example.com",
            "BasicAuth": {"credentials": [{"username": "u", "cleartext_password": "password1"}]},
            "IPRestriction": {"allow_cidrs": ["10.0.0.0/8"], "deny_cidrs": ["10.1.0.0/16"]},
            "Compression": {},
            "CircuitBreaker": {"error_threshold": 0.25},
            "OAuth": null
        }));
        let rec = record("s", &req, json!({}));
        assert_eq!(rec.domain, "x.example.com");
        assert_eq!(rec.basic_auth, [("u".to_owned(), "password1".to_owned())]);
        assert_eq!((rec.allow_cidrs.len(), rec.deny_cidrs.len()), (1, 1));
        assert!(rec.compression);
        assert_eq!(rec.circuit_breaker, Some(0.25));
        assert_eq!(rec.metadata, "m");
        let p = policy(&rec).unwrap();
        assert_eq!(p.circuit_breaker, Some(0.25));
    }

    #[test]
    fn v2_auth_string_and_validation() {
        let rec = record("s", &bind(json!({"Auth": "bob:secret12", "Compression": null})), json!({}));
        assert_eq!(rec.basic_auth, [("bob".to_owned(), "secret12".to_owned())]);
        assert!(!rec.compression, "null means absent");
        let short = record("s", &bind(json!({"Auth": "bob:short"})), json!({}));
        assert!(policy(&short).unwrap_err().ends_with("ERR_NGROK_360\r\n"));
        let bad = record("s", &bind(json!({"IPRestriction": {"AllowCIDRs": ["nonsense"]}})), json!({}));
        assert!(policy(&bad).unwrap_err().contains("'nonsense'"));
        let bare = record("s", &bind(json!({"IPRestriction": {"AllowCIDRs": ["127.0.0.3"]}})), json!({}));
        assert_eq!(policy(&bare).unwrap().allow[0].to_string(), "127.0.0.3/32");
    }
}
