//! Reading Bind options. The `ngrok` crate spells nested fields in snake case
//! (`error_threshold`, `allow_cidrs`, `cleartext_password`) and top-level ones in Pascal case
//! (`CircuitBreaker`, `IPRestriction`); Go agents may differ. Keys are therefore matched ignoring
//! case and underscores, and missing or `null` fields read as empty.

use serde_json::Value;

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
        bindings: strings(field(&req.extra, "Bindings")),
        pooling_enabled: field(&req.extra, "PoolingEnabled").and_then(Value::as_bool).unwrap_or(false),
        traffic_policy: crate::policy::sent_policy(opts),
        effective_policy: None,
        opts: opts.clone(),
        raw,
        url: None,
        endpoint_id: None,
        error: None,
    }
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
    }

    #[test]
    fn v2_auth_string_and_traffic_policy() {
        let rec = record("s", &bind(json!({"Auth": "bob:secret12", "Compression": null})), json!({}));
        assert_eq!(rec.basic_auth, [("bob".to_owned(), "secret12".to_owned())]);
        assert!(!rec.compression, "null means absent");
        assert_eq!(rec.traffic_policy, None);
        let tp = record("s", &bind(json!({"TrafficPolicy": "on_http_request: []"})), json!({}));
        assert_eq!(tp.traffic_policy.as_deref(), Some("on_http_request: []"));
    }
}
