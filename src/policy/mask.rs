//! Secrets inside a policy document: the config values the action catalog marks secret
//! (basic-auth `credentials`, verify-webhook `secret`, …), masked for printing (by the policy
//! crate) and collected for scrubbing every output.

use serde_json::Value;
use traffic_policy::Policy;

use crate::secret::{MASK, Secret};

/// The document as a value, secrets masked unless `reveal` (only for handing it to ngrok). The
/// secret keys are the action catalog's ([`Policy::masked`]).
pub fn document(policy: &Policy, reveal: bool) -> Value {
    let shown = if reveal { policy.clone() } else { policy.masked(MASK) };
    serde_json::to_value(&shown).unwrap_or(Value::Null)
}

/// Every secret the policy holds (for a credential `user:password`, both the password and the
/// whole pair), for the output scrubber: the strings that masking changes.
pub fn secrets(policy: &Policy) -> Vec<Secret> {
    let mut out = Vec::new();
    changed(&document(policy, true), &document(policy, false), &mut out);
    out.retain(|s| !s.is_empty());
    out
}

fn changed(clear: &Value, masked: &Value, out: &mut Vec<Secret>) {
    match (clear, masked) {
        (Value::String(c), Value::String(m)) if c != m => {
            out.push(Secret::new(c.clone()));
            if let Some((_, pass)) = c.split_once(':') {
                out.push(Secret::new(pass));
            }
        }
        (Value::Array(c), Value::Array(m)) => c.iter().zip(m).for_each(|(c, m)| changed(c, m, out)),
        (Value::Object(c), Value::Object(m)) => {
            for (k, v) in c {
                if let Some(mv) = m.get(k) {
                    changed(v, mv, out);
                }
            }
        }
        _ => {}
    }
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
