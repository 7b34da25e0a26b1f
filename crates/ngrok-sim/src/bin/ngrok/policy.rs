//! Traffic Policy in the agent's configuration, as the version the stand-in reports reads it
//! (ngrok's agent changelog): the `policy` field from 3.6.0, renamed `traffic_policy` in 3.14.0
//! (`policy` still read, deprecated); the phases `inbound`/`outbound` until 3.17.0 added
//! `on_tcp_connect`/`on_http_request`/`on_http_response`. Whatever the spelling, the policy
//! goes to the edge as the `ngrok` crate sends it: one `on_*` JSON document in the Bind's
//! `TrafficPolicy`.

use serde_json::{Map, Value as Json};
use serde_yaml::Value;

use crate::endpoint::Proto;
use crate::plan::{at_least, version};
use crate::yaml::{Node, invalid, scalar_text};

/// The first version with the `policy` field.
const POLICY_SINCE: (u32, u32, u32) = (3, 6, 0);
/// The version that renamed it `traffic_policy`.
const TRAFFIC_POLICY_SINCE: (u32, u32, u32) = (3, 14, 0);
/// The version that added the `on_*` phases.
const PHASES_SINCE: (u32, u32, u32) = (3, 17, 0);

/// The policy fields a tunnel or endpoint definition may have at the reported version.
pub fn fields() -> Vec<&'static str> {
    let v = version();
    let mut out = Vec::new();
    if at_least(&v, POLICY_SINCE) {
        out.push("policy");
    }
    if at_least(&v, TRAFFIC_POLICY_SINCE) {
        out.push("traffic_policy");
    }
    out
}

/// The phases the reported version reads.
fn phases() -> Vec<&'static str> {
    let mut out = vec!["inbound", "outbound"];
    if at_least(&version(), PHASES_SINCE) {
        out.extend(["on_tcp_connect", "on_http_request", "on_http_response"]);
    }
    out
}

/// The policy of a definition (`traffic_policy` or `policy`), as the JSON document sent to the
/// edge; None when it has none.
pub fn read(node: &Node, raw: &str, proto: Proto) -> Result<Option<String>, String> {
    let given: Vec<&str> = fields().into_iter().filter(|f| node.get(f).is_some()).collect();
    let field = match given.as_slice() {
        [] => return Ok(None),
        [one] => *one,
        _ => return Err(
            "only one of 'traffic_policy' and 'policy' may be set ('policy' was renamed 'traffic_policy' in 3.14.0)"
                .into(),
        ),
    };
    let value = node.get(field).cloned().unwrap_or(Value::Null);
    let value = match value {
        // A string holds the document itself (YAML or JSON).
        Value::String(text) => {
            serde_yaml::from_str(&text).map_err(|e| invalid(field, "", &format!("not a traffic policy: {e}")))?
        }
        other => other,
    };
    let doc = Node::new(&value, raw, field)?;
    let errs = doc.unknown_keys(&phases(), "config.trafficPolicy");
    if !errs.is_empty() {
        return Err(format!("YAML parsing error: yaml: unmarshal errors:\n  {}", errs.join("\n  ")));
    }
    let json = serde_json::to_value(&value).map_err(|e| invalid(field, &scalar_text(&value), &e.to_string()))?;
    Ok(Some(normalize(json, proto)?))
}

/// A document read from `--traffic-policy-file` or the config, with `inbound`/`outbound`
/// renamed to the phases the edge reads, as compact JSON.
pub fn normalize(doc: Json, proto: Proto) -> Result<String, String> {
    let Json::Object(map) = doc else {
        return Err("a traffic policy must be a mapping of phases".into());
    };
    let mut out = Map::new();
    for (phase, rules) in map {
        let name = match (phase.as_str(), proto) {
            ("inbound", Proto::Http) => "on_http_request".to_owned(),
            ("inbound", Proto::Tcp) => "on_tcp_connect".to_owned(),
            ("outbound", _) => "on_http_response".to_owned(),
            _ => phase,
        };
        match (out.get_mut(&name), rules) {
            (Some(Json::Array(existing)), Json::Array(more)) => existing.extend(more),
            (_, rules) => {
                out.insert(name, rules);
            }
        }
    }
    serde_json::to_string(&Json::Object(out)).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_phases_become_the_edge_phases() {
        let doc = serde_json::json!({"inbound": [{"actions": [{"type": "deny"}]}], "outbound": []});
        let out: Json = serde_json::from_str(&normalize(doc.clone(), Proto::Http).unwrap()).unwrap();
        assert_eq!(out["on_http_request"][0]["actions"][0]["type"], "deny");
        assert!(out.get("on_http_response").is_some());
        let out: Json = serde_json::from_str(&normalize(doc, Proto::Tcp).unwrap()).unwrap();
        assert!(out.get("on_tcp_connect").is_some());
    }
}
