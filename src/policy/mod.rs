//! The effective Traffic Policy of a tunnel: rules generated from the seed's keys
//! (`basic_auth`, `ip_restrictions`, `circuit_breaker`, `compression`) and from
//! `webhook_verification`, `request_headers` and `response_headers`, followed by the user's own
//! `traffic_policy` (inline TOML) or `traffic_policy_file` (YAML or JSON). The combined document
//! is validated with the shared `traffic_policy` crate before anything connects, and every
//! problem is mapped back to where the user wrote it.

pub mod generate;
mod index;
mod mask;
mod shape;
mod toml_doc;
mod yaml_doc;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use traffic_policy::{Location, Phase, Policy};

pub use generate::{HeaderRewrite, Seeds, Webhook};
pub use index::{DocPath, Place, Seg, SpanIndex};
pub use mask::{document, secrets};

/// The effective policy of a tunnel. It reads as the [`Policy`] it holds; its `Debug` masks
/// the secrets inside (a config is debug-printed in logs and panics).
#[derive(Clone, PartialEq)]
pub struct Effective(Policy);

impl std::ops::Deref for Effective {
    type Target = Policy;

    fn deref(&self) -> &Policy {
        &self.0
    }
}

impl std::fmt::Debug for Effective {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Effective({})", document(&self.0, false))
    }
}

impl Effective {
    /// Wraps a validated policy.
    pub fn new(policy: Policy) -> Effective {
        Effective(policy)
    }
}

/// The user's own policy, parsed, with the place of every node in its source.
#[derive(Debug, Clone)]
pub struct UserPolicy {
    /// The document as written (ngrok's shape, not yet checked).
    pub doc: Value,
    /// Where each node is.
    pub index: SpanIndex,
    /// The policy file, or None for the inline table of the config file.
    pub file: Option<PathBuf>,
}

/// Where a policy problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Where {
    /// A byte range of the config file (the inline table).
    Config(Range<usize>),
    /// A line and column of a policy file.
    File(PathBuf, usize, usize),
    /// A policy file as a whole.
    WholeFile(PathBuf),
    /// The inline table as a whole (no finer place known).
    Inline,
    /// A rule generated from this config key.
    Key(&'static str),
}

/// One problem with the effective policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it is.
    pub at: Where,
    /// What is wrong, starting with the phase, rule, action and key it is about.
    pub message: String,
}

impl UserPolicy {
    /// The inline `traffic_policy` table, each string passed through `expand`.
    pub fn from_toml(
        table: &toml::Spanned<toml::de::DeValue<'_>>,
        expand: &mut dyn FnMut(&str) -> Result<String, String>,
    ) -> (UserPolicy, Vec<Problem>) {
        let (doc, index, converted) = toml_doc::convert(table, expand);
        let user = UserPolicy { doc, index, file: None };
        let problems = converted.into_iter().map(|c| user.problem(&c.path, c.message)).collect();
        (user, problems)
    }

    /// A policy file's text: JSON when its name ends in `.json` or it starts with `{`, else YAML.
    pub fn from_file(path: &Path, text: &str) -> Result<UserPolicy, Problem> {
        let json =
            path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) || text.trim_start().starts_with('{');
        let parsed: Result<Value, (Option<(usize, usize)>, String)> = if json {
            serde_json::from_str(text).map_err(|e| {
                let at = (e.line() > 0).then(|| (e.line(), e.column()));
                (at, format!("is not valid JSON: {}", strip_position(&e.to_string())))
            })
        } else {
            serde_yaml::from_str(text).map_err(|e| {
                let at = e.location().map(|l| (l.line(), l.column()));
                (at, format!("is not valid YAML: {}", strip_position(&e.to_string())))
            })
        };
        match parsed {
            Ok(doc) => Ok(UserPolicy { doc, index: yaml_doc::index(text), file: Some(path.to_owned()) }),
            Err((at, message)) => {
                let at = match at {
                    Some((line, col)) => Where::File(path.to_owned(), line, col),
                    None => Where::WholeFile(path.to_owned()),
                };
                Err(Problem { at, message })
            }
        }
    }

    fn place(&self, path: &[Seg]) -> Where {
        match (self.index.nearest(path), &self.file) {
            (Some(Place::Bytes(r)), _) => Where::Config(r.clone()),
            (Some(Place::Line(l, c)), Some(f)) => Where::File(f.clone(), *l, *c),
            (None, Some(f)) => Where::WholeFile(f.clone()),
            (_, None) => Where::Inline,
        }
    }

    /// A problem at `path` of this document, described by its phase, rule, action and key.
    fn problem(&self, path: &[Seg], message: String) -> Problem {
        Problem { at: self.place(path), message: format!("{}: {message}", describe(path, &self.doc)) }
    }
}

/// "on_http_request rule 2 ("admin") action 1 key `config.credentials`" for a path (1-based,
/// as a person counts; the rule named when it has a name).
fn describe(path: &[Seg], doc: &Value) -> String {
    let [Seg::Key(phase), rest @ ..] = path else { return "the policy".to_owned() };
    let Some(p) = Phase::ALL.into_iter().find(|p| p.key() == phase) else { return format!("phase `{phase}`") };
    let [Seg::Index(rule), rest @ ..] = rest else { return p.key().to_owned() };
    let rule_name = doc[phase][*rule].get("name").and_then(Value::as_str).map(str::to_owned);
    let (action, rest) = match rest {
        [Seg::Key(a), Seg::Index(i), rest @ ..] if a == "actions" => (Some(*i), rest),
        _ => (None, rest),
    };
    let key = (!rest.is_empty()).then(|| index::show_path(rest));
    Location { phase: p, rule: *rule, rule_name, action, key }.to_string()
}

fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// The effective policy: the generated rules, then the user's, in each phase; None when it has
/// no rule. Every problem is reported (none stops the others from being found).
pub fn effective(seeds: &Seeds, user: Option<&UserPolicy>) -> (Option<Effective>, Vec<Problem>) {
    let generated = generate::rules(seeds);
    let mut problems = Vec::new();
    let user_doc = match user {
        Some(u) => {
            let (doc, shape_problems) = shape::check(u.doc.clone());
            problems.extend(shape_problems.into_iter().map(|(path, message)| u.problem(&path, message)));
            doc
        }
        None => Value::Object(Map::new()),
    };
    let mut combined = Map::new();
    for phase in Phase::ALL {
        let mut rules: Vec<Value> =
            generated.iter().filter(|g| g.phase == phase.key()).map(|g| g.rule.clone()).collect();
        if let Some(Value::Array(own)) = user_doc.get(phase.key()) {
            rules.extend(own.iter().cloned());
        }
        if !rules.is_empty() {
            combined.insert(phase.key().to_owned(), Value::Array(rules));
        }
    }
    let policy = match Policy::from_value(Value::Object(combined)) {
        Ok(p) => p,
        Err(e) => {
            let at = match user {
                Some(UserPolicy { file: Some(f), .. }) => Where::WholeFile(f.clone()),
                _ => Where::Inline,
            };
            problems.push(Problem { at, message: format!("is not a traffic policy: {}", e.message) });
            return (None, problems);
        }
    };
    for p in traffic_policy::validate(&policy) {
        let code = p.code.map_or(String::new(), |c| format!(" ({c})"));
        let own_before = generated.iter().filter(|g| g.phase == p.at.phase.key()).count();
        if p.at.rule < own_before {
            let from = generated.iter().filter(|g| g.phase == p.at.phase.key()).nth(p.at.rule);
            let key = from.map_or("traffic_policy", |g| g.key);
            problems.push(Problem {
                at: Where::Key(key),
                message: format!("the rule generated from {key} is refused: {}{code}", p.message),
            });
            continue;
        }
        let Some(u) = user else { continue };
        let mut path = vec![Seg::Key(p.at.phase.key().to_owned()), Seg::Index(p.at.rule - own_before)];
        if let Some(a) = p.at.action {
            path.extend([Seg::Key("actions".into()), Seg::Index(a)]);
        }
        if let Some(k) = &p.at.key {
            path.extend(index::parse_key(k));
        }
        problems.push(u.problem(&path, format!("{}{code}", p.message)));
    }
    (Some(policy).filter(|p| !p.is_empty()).map(Effective), problems)
}

/// The document as YAML, secrets masked unless `reveal`.
pub fn to_yaml(policy: &Policy, reveal: bool) -> String {
    serde_yaml::to_string(&document(policy, reveal)).unwrap_or_default()
}
