//! What ngrok's service refuses in a policy, every problem at once.
//!
//! `validate` does not refuse an action merely because the edge simulator does not enforce it:
//! that is the simulator's own Bind-time refusal.

mod actions;
mod fields;

use std::fmt;

use crate::catalog::action_spec;
use crate::model::{Phase, Policy};

/// One reason ngrok would refuse a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// ngrok's error code, e.g. `ERR_NGROK_2201`, when ngrok documents one for this problem.
    pub code: Option<&'static str>,
    /// Where in the document.
    pub at: Location,
    /// What is wrong, in ngrok's wording where it has one, and the fix.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(code) => write!(f, "{}: {} ({code})", self.at, self.message),
            None => write!(f, "{}: {}", self.at, self.message),
        }
    }
}

/// A place in a policy document.
///
/// `rule` and `action` are 0-based indices into the phase's rules and the rule's actions;
/// `Display` shows them 1-based, as a person counts:
/// `on_http_request rule 2 ("admin") action 1 key `config.credentials``.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The phase.
    pub phase: Phase,
    /// 0-based index of the rule in its phase.
    pub rule: usize,
    /// The rule's name, when it has one.
    pub rule_name: Option<String>,
    /// 0-based index of the action in its rule, when the problem is inside an action.
    pub action: Option<usize>,
    /// The key inside the rule or action (`expressions[0]`, `config.credentials`, …).
    pub key: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} rule {}", self.phase, self.rule + 1)?;
        if let Some(name) = &self.rule_name {
            write!(f, " ({name:?})")?;
        }
        if let Some(a) = self.action {
            write!(f, " action {}", a + 1)?;
        }
        if let Some(k) = &self.key {
            write!(f, " key `{k}`")?;
        }
        Ok(())
    }
}

/// Collects problems for one place in the document.
pub(crate) struct Sink<'a> {
    problems: &'a mut Vec<Problem>,
    at: Location,
}

impl Sink<'_> {
    /// Records a problem at `key` (relative to this place).
    pub(crate) fn push(&mut self, code: Option<&'static str>, key: Option<String>, message: String) {
        let mut at = self.at.clone();
        at.key = key;
        self.problems.push(Problem { code, at, message });
    }
}

/// Every problem ngrok's service would refuse this policy for (empty when it is valid).
pub fn validate(policy: &Policy) -> Vec<Problem> {
    let mut problems = Vec::new();
    for phase in Phase::ALL {
        for (ri, rule) in policy.rules(phase).iter().enumerate() {
            let at = Location { phase, rule: ri, rule_name: rule.name.clone(), action: None, key: None };
            let mut sink = Sink { problems: &mut problems, at };
            if let Some(name) = &rule.name
                && name.len() > 1024
            {
                sink.push(Some("ERR_NGROK_2208"), Some("name".into()), format!(
                    "Failed to parse configuration for `{phase}` rule: exceeds maximum allowed name length of `1024`, was `{}`.",
                    name.len()
                ));
            }
            for (ei, expr) in rule.expressions.iter().enumerate() {
                if let Err(why) = crate::cel::check(expr) {
                    sink.push(Some("ERR_NGROK_2200"), Some(format!("expressions[{ei}]")), format!(
                        "Invalid policy expression. {why}. Write a CEL expression, e.g. \"req.url.path.startsWith('/admin')\""
                    ));
                }
            }
            if rule.actions.is_empty() {
                sink.push(
                    Some("ERR_NGROK_2206"),
                    Some("actions".into()),
                    "A policy must define at least one action. Add an action to this rule or remove the rule".into(),
                );
            }
            let mut terminated_by: Option<&str> = None;
            for (ai, action) in rule.actions.iter().enumerate() {
                let mut sink = Sink { problems: sink.problems, at: Location { action: Some(ai), ..sink.at.clone() } };
                let kind = action.kind.as_str();
                if let Some(prior) = terminated_by {
                    sink.push(Some("ERR_NGROK_2207"), Some("type".into()), format!(
                        "Policy action type `{kind}` is unreachable due to a prior terminating action (`{prior}`). Move it before `{prior}` or into its own rule"
                    ));
                }
                let Some(spec) = action_spec(kind) else {
                    sink.push(
                        Some("ERR_NGROK_2201"),
                        Some("type".into()),
                        format!("Invalid policy action type `{kind}`.{}", suggestion(kind)),
                    );
                    continue;
                };
                if !spec.phases.contains(&phase) {
                    let allowed: Vec<_> = spec.phases.iter().map(|p| p.key()).collect();
                    sink.push(Some("ERR_NGROK_2202"), Some("type".into()), format!(
                        "Action type `{kind}` is not supported for `{phase}` traffic policy rule. It is allowed in: {}",
                        allowed.join(", ")
                    ));
                }
                // forward-internal "is not terminating if on_error is set to continue" (its docs).
                let continues = action
                    .config
                    .as_ref()
                    .and_then(|c| c.get("on_error"))
                    .and_then(serde_json::Value::as_str)
                    .is_some_and(|v| v == "continue");
                if spec.terminating && !continues && terminated_by.is_none() {
                    terminated_by = Some(spec.kind);
                }
                fields::check(spec, action.config.as_ref(), &mut sink);
                if let Some(serde_json::Value::Object(config)) = &action.config {
                    actions::check(spec, phase, config, &mut sink);
                }
            }
        }
    }
    problems
}

/// " Did you mean `x`?" for a near miss of a documented action type.
fn suggestion(kind: &str) -> String {
    let near = crate::catalog::ACTIONS
        .iter()
        .map(|a| a.kind)
        .find(|k| strsim::levenshtein(k, kind) <= 2 || k.replace('-', "_") == kind);
    match near {
        Some(k) => format!(" Did you mean `{k}`?"),
        None => " See the action types ngrok documents under traffic-policy/actions".into(),
    }
}

#[cfg(test)]
mod tests;
