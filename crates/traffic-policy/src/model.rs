//! The Traffic Policy document model and its JSON/YAML forms.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A Traffic Policy document: the rules of each phase, in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Rules run when a TCP/TLS connection is accepted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on_tcp_connect: Vec<Rule>,
    /// Rules run on every HTTP request before it reaches the upstream.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on_http_request: Vec<Rule>,
    /// Rules run on every HTTP response before it reaches the client.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on_http_response: Vec<Rule>,
}

/// One rule: when all its expressions hold (none = always), its actions run in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// An optional name, shown in problems and logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// CEL expressions, ANDed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expressions: Vec<String>,
    /// The actions run, in order, when the expressions hold.
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// One action of a rule: its type (e.g. `basic-auth`) and its configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The action type, as ngrok names it (`deny`, `rate-limit`, …).
    #[serde(rename = "type")]
    pub kind: String,
    /// The action's configuration object, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Value>,
}

/// The phase of traffic a list of rules applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// `on_tcp_connect`
    TcpConnect,
    /// `on_http_request`
    HttpRequest,
    /// `on_http_response`
    HttpResponse,
}

impl Phase {
    /// Every phase, in the order traffic meets them.
    pub const ALL: [Phase; 3] = [Phase::TcpConnect, Phase::HttpRequest, Phase::HttpResponse];

    /// The document key of this phase (`on_tcp_connect`, …).
    pub fn key(self) -> &'static str {
        match self {
            Phase::TcpConnect => "on_tcp_connect",
            Phase::HttpRequest => "on_http_request",
            Phase::HttpResponse => "on_http_response",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A document that is not a Traffic Policy: bad syntax, an unknown phase or key, a mistyped field.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}{message}", position(*line, *column))]
pub struct ParseError {
    /// 1-based line of the problem, when the parser knows it.
    pub line: Option<usize>,
    /// 1-based column of the problem, when the parser knows it.
    pub column: Option<usize>,
    /// What the parser said.
    pub message: String,
}

fn position(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("line {l} column {c}: "),
        (Some(l), None) => format!("line {l}: "),
        _ => String::new(),
    }
}

impl Policy {
    /// Parses a JSON document.
    pub fn from_json(s: &str) -> Result<Policy, ParseError> {
        serde_json::from_str(s).map_err(|e| ParseError {
            line: (e.line() > 0).then_some(e.line()),
            column: (e.column() > 0).then_some(e.column()),
            message: strip_position(&e.to_string()),
        })
    }

    /// Parses a YAML document (JSON is YAML too).
    pub fn from_yaml(s: &str) -> Result<Policy, ParseError> {
        serde_yaml::from_str(s).map_err(|e| {
            let at = e.location();
            ParseError {
                line: at.as_ref().map(|l| l.line()),
                column: at.as_ref().map(|l| l.column()),
                message: strip_position(&e.to_string()),
            }
        })
    }

    /// Builds a policy from an already parsed value (e.g. a TOML table converted to JSON).
    pub fn from_value(v: serde_json::Value) -> Result<Policy, ParseError> {
        serde_json::from_value(v).map_err(|e| ParseError { line: None, column: None, message: e.to_string() })
    }

    /// The document as YAML, empty phases omitted.
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).expect("a policy always serializes")
    }

    /// The document as compact JSON, empty phases omitted.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a policy always serializes")
    }

    /// True when no phase has a rule.
    pub fn is_empty(&self) -> bool {
        Phase::ALL.iter().all(|p| self.rules(*p).is_empty())
    }

    /// The rules of one phase.
    pub fn rules(&self, phase: Phase) -> &[Rule] {
        match phase {
            Phase::TcpConnect => &self.on_tcp_connect,
            Phase::HttpRequest => &self.on_http_request,
            Phase::HttpResponse => &self.on_http_response,
        }
    }

    /// A copy with every secret replaced by `mask`: the config keys the catalog marks secret
    /// ([`crate::ActionSpec::secret_keys`]); a basic-auth credential keeps its `user:` part.
    pub fn masked(&self, mask: &str) -> Policy {
        let mut copy = self.clone();
        for phase in Phase::ALL {
            for action in copy.rules_mut(phase).iter_mut().flat_map(|r| r.actions.iter_mut()) {
                let Some(spec) = crate::catalog::action_spec(&action.kind) else { continue };
                let Some(serde_json::Value::Object(config)) = action.config.as_mut() else { continue };
                for key in spec.secret_keys {
                    match config.get_mut(*key) {
                        Some(serde_json::Value::Array(items)) => {
                            for item in items.iter_mut() {
                                *item = serde_json::Value::String(mask_one(item, mask));
                            }
                        }
                        Some(v @ serde_json::Value::String(_)) => *v = serde_json::Value::String(mask.to_owned()),
                        _ => {}
                    }
                }
            }
        }
        copy
    }

    /// The rules of one phase, to change.
    pub fn rules_mut(&mut self, phase: Phase) -> &mut Vec<Rule> {
        match phase {
            Phase::TcpConnect => &mut self.on_tcp_connect,
            Phase::HttpRequest => &mut self.on_http_request,
            Phase::HttpResponse => &mut self.on_http_response,
        }
    }
}

/// A masked list entry: `user:password` keeps `user:`.
fn mask_one(item: &serde_json::Value, mask: &str) -> String {
    match item.as_str().and_then(|s| s.split_once(':')) {
        Some((user, _)) => format!("{user}:{mask}"),
        None => mask.to_owned(),
    }
}

/// The parsers append " at line L column C"; the position lives in its own fields.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_round_trip_omits_empty_phases() {
        let doc = "on_http_request:\n  - name: admin\n    expressions: [\"req.url.path == '/admin'\"]\n    actions:\n      - type: deny\n";
        let p = Policy::from_yaml(doc).unwrap();
        assert_eq!(p.on_http_request[0].actions[0].kind, "deny");
        let y = p.to_yaml();
        assert!(!y.contains("on_tcp_connect"), "{y}");
        assert_eq!(Policy::from_yaml(&y).unwrap(), p);
        assert_eq!(Policy::from_json(&p.to_json()).unwrap(), p);
    }

    #[test]
    fn unknown_phase_is_refused_with_its_line() {
        let e = Policy::from_yaml("on_http_request: []\non_http_requests: []\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("on_http_requests"), "{e}");
        let e = Policy::from_json("{\n \"on_tcp\": []\n}").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.to_string().starts_with("line 2 column"), "{e}");
    }

    #[test]
    fn unknown_rule_key_and_mistyped_actions_are_refused() {
        assert!(Policy::from_json(r#"{"on_http_request":[{"actions":[],"expr":[]}]}"#).is_err());
        assert!(Policy::from_json(r#"{"on_http_request":[{"actions":{}}]}"#).is_err());
        let v = serde_json::json!({"on_http_request":[{"actions":[{"type":"deny","cfg":{}}]}]});
        assert!(Policy::from_value(v).unwrap_err().message.contains("cfg"));
    }

    #[test]
    fn secrets_are_masked() {
        let doc = "on_http_request:\n  - actions:\n    - {type: basic-auth, config: {credentials: ['alice:hunter22pw']}}\n    - {type: verify-webhook, config: {provider: github, secret: whsec}}\n";
        let masked = Policy::from_yaml(doc).unwrap().masked("********").to_yaml();
        assert!(masked.contains("alice:********") && !masked.contains("hunter22pw"), "{masked}");
        assert!(masked.contains("secret: '********'") && !masked.contains("whsec"), "{masked}");
    }

    #[test]
    fn empty_policy() {
        assert!(Policy::from_json("{}").unwrap().is_empty());
        assert_eq!(Phase::HttpResponse.to_string(), "on_http_response");
    }
}
