//! Secrets inside a policy document: the config values the action catalog marks secret
//! (basic-auth `credentials`, verify-webhook `secret`, …), masked for printing and collected
//! for scrubbing every output.

use serde_json::Value;
use traffic_policy::{Phase, Policy, action_spec};

use super::index::{Seg, parse_key};
use crate::secret::{MASK, Secret};

/// The document as a value, secrets masked unless `reveal` (only for handing it to ngrok).
pub fn document(policy: &Policy, reveal: bool) -> Value {
    let mut doc = serde_json::to_value(policy).unwrap_or(Value::Null);
    if !reveal {
        for_each_secret(&mut doc, &mut |v| *v = masked(v));
    }
    doc
}

/// Every secret the policy holds (for a credential `user:password`, both the password and the
/// whole pair), for the output scrubber.
pub fn secrets(policy: &Policy) -> Vec<Secret> {
    let mut doc = serde_json::to_value(policy).unwrap_or(Value::Null);
    let mut out = Vec::new();
    for_each_secret(&mut doc, &mut |v| {
        if let Value::String(s) = v {
            out.push(Secret::new(s.clone()));
            if let Some((_, pass)) = s.split_once(':') {
                out.push(Secret::new(pass));
            }
        }
    });
    out.retain(|s| !s.is_empty());
    out
}

/// A secret string masked: `user:password` keeps the user (not secret), anything else is the mask.
fn masked(v: &Value) -> Value {
    match v.as_str() {
        Some(s) => match s.split_once(':') {
            Some((user, _)) if !user.is_empty() && !user.contains("${") => Value::String(format!("{user}:{MASK}")),
            _ => Value::String(MASK.to_owned()),
        },
        None => Value::String(MASK.to_owned()),
    }
}

/// Calls `f` on every string (or list item) at a secret key of an action config.
fn for_each_secret(doc: &mut Value, f: &mut dyn FnMut(&mut Value)) {
    for phase in Phase::ALL {
        let Some(rules) = doc.get_mut(phase.key()).and_then(Value::as_array_mut) else { continue };
        for rule in rules {
            let Some(actions) = rule.get_mut("actions").and_then(Value::as_array_mut) else { continue };
            for action in actions {
                let Some(spec) = action.get("type").and_then(Value::as_str).and_then(action_spec) else { continue };
                let Some(config) = action.get_mut("config") else { continue };
                for key in spec.secret_keys {
                    if let Some(target) = lookup(config, &parse_key(key)) {
                        match target {
                            Value::Array(items) => items.iter_mut().for_each(&mut *f),
                            other => f(other),
                        }
                    }
                }
            }
        }
    }
}

fn lookup<'a>(mut v: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    for seg in path {
        v = match seg {
            Seg::Key(k) => v.get_mut(k.as_str())?,
            Seg::Index(i) => v.get_mut(*i)?,
        };
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy::from_yaml(
            "on_http_request:\n  - actions:\n      - type: basic-auth\n        config:\n          credentials: [\"alice:wonderland1\", \"bob:builder123\"]\n      - type: verify-webhook\n        config: {provider: github, secret: whsec-abcdef}\n",
        )
        .unwrap()
    }

    #[test]
    fn masks_credentials_and_webhook_secrets() {
        let text = serde_json::to_string(&document(&policy(), false)).unwrap();
        assert!(text.contains("alice:********") && text.contains("bob:********"), "{text}");
        assert!(!text.contains("wonderland1") && !text.contains("whsec-abcdef"), "{text}");
        let revealed = serde_json::to_string(&document(&policy(), true)).unwrap();
        assert!(revealed.contains("alice:wonderland1") && revealed.contains("whsec-abcdef"));
    }

    #[test]
    fn the_effective_policy_debug_prints_masked() {
        let shown = format!("{:?}", super::super::Effective::new(policy()));
        assert!(
            shown.contains("alice:********") && !shown.contains("wonderland1") && !shown.contains("whsec-abcdef"),
            "{shown}"
        );
    }

    #[test]
    fn collects_secrets_for_scrubbing() {
        let all: Vec<String> = secrets(&policy()).iter().map(|s| s.expose().to_owned()).collect();
        for want in ["alice:wonderland1", "wonderland1", "builder123", "whsec-abcdef"] {
            assert!(all.iter().any(|s| s == want), "{want} missing from {all:?}");
        }
    }
}
