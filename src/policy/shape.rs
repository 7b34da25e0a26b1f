//! The shape of a user's document before it becomes a [`traffic_policy::Policy`]: phases,
//! rules and actions with only the keys ngrok knows, each of the right type. Every problem is
//! named by its path; the offending parts are removed so the rest can still be validated.

use serde_json::{Map, Value};

use super::index::{DocPath, Seg};

/// The phases, in the order traffic meets them.
pub const PHASES: [&str; 3] = ["on_tcp_connect", "on_http_request", "on_http_response"];
const RULE_KEYS: [&str; 3] = ["name", "expressions", "actions"];
const ACTION_KEYS: [&str; 2] = ["type", "config"];

/// The type given to an action whose own type was missing or not a string (already reported):
/// `deny` needs no config, so validation finds nothing more to say about it.
const PLACEHOLDER: &str = "deny";

/// A shape problem: the path of the node and what is wrong with it.
pub type ShapeProblem = (DocPath, String);

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table",
    }
}

fn unknown(name: &str, known: &[&str], what: &str) -> String {
    let hint = crate::suggest::closest(name, known).map_or(String::new(), |c| format!("; did you mean `{c}`?"));
    format!("unknown key `{name}` in {what} (it has {}){hint}", known.join(", "))
}

/// Checks `doc`, returning the document with every bad part removed and the problems.
pub fn check(doc: Value) -> (Value, Vec<ShapeProblem>) {
    let mut problems = Vec::new();
    let root = match doc {
        Value::Object(m) => m,
        Value::Null => Map::new(),
        other => {
            problems.push((
                Vec::new(),
                format!("a traffic policy is a table of phases ({}), not {}", PHASES.join(", "), kind(&other)),
            ));
            return (Value::Object(Map::new()), problems);
        }
    };
    let mut out = Map::new();
    for (name, rules) in root {
        let path = vec![Seg::Key(name.clone())];
        if !PHASES.contains(&name.as_str()) {
            let message = match name.as_str() {
                "inbound" => {
                    "unknown phase `inbound`: ngrok renamed it; use on_http_request (or on_tcp_connect for tcp)"
                        .to_owned()
                }
                "outbound" => "unknown phase `outbound`: ngrok renamed it; use on_http_response".to_owned(),
                _ => {
                    let hint = crate::suggest::closest(&name, &PHASES)
                        .map_or(String::new(), |c| format!("; did you mean `{c}`?"));
                    format!("unknown phase `{name}`; the phases are {}{hint}", PHASES.join(", "))
                }
            };
            problems.push((path, message));
            continue;
        }
        let list = match rules {
            Value::Array(list) => list,
            Value::Null => Vec::new(),
            other => {
                problems.push((path, format!("`{name}` must be a list of rules, not {}", kind(&other))));
                continue;
            }
        };
        let mut kept = Vec::with_capacity(list.len());
        let mut phase_ok = true;
        for (ri, rule) in list.into_iter().enumerate() {
            let mut rpath = path.clone();
            rpath.push(Seg::Index(ri));
            match rule_shape(rule, &rpath, &mut problems) {
                Some(r) => kept.push(r),
                None => phase_ok = false,
            }
        }
        // A rule that is not even a table would shift the indices of the rules after it.
        if phase_ok {
            out.insert(name, Value::Array(kept));
        }
    }
    (Value::Object(out), problems)
}

fn rule_shape(rule: Value, path: &DocPath, problems: &mut Vec<ShapeProblem>) -> Option<Value> {
    let Value::Object(map) = rule else {
        problems
            .push((path.clone(), format!("a rule is a table {{ name, expressions, actions }}, not {}", kind(&rule))));
        return None;
    };
    let mut out = Map::new();
    for (key, v) in map {
        let mut kpath = path.clone();
        kpath.push(Seg::Key(key.clone()));
        match key.as_str() {
            "name" if v.is_string() => {
                out.insert(key, v);
            }
            "name" => problems.push((kpath, format!("a rule's name is a string, not {}", kind(&v)))),
            "expressions" => {
                if let Some(list) = strings(v, &kpath, "expressions are a list of CEL expressions in quotes", problems)
                {
                    out.insert(key, list);
                }
            }
            "actions" => {
                let Value::Array(actions) = v else {
                    problems
                        .push((kpath, format!("actions are a list of {{ type, config }} tables, not {}", kind(&v))));
                    continue;
                };
                let mut kept = Vec::new();
                for (ai, action) in actions.into_iter().enumerate() {
                    let mut apath = kpath.clone();
                    apath.push(Seg::Index(ai));
                    kept.push(action_shape(action, &apath, problems));
                }
                out.insert(key, Value::Array(kept));
            }
            other => problems.push((kpath, unknown(other, &RULE_KEYS, "a rule"))),
        }
    }
    Some(Value::Object(out))
}

fn action_shape(action: Value, path: &DocPath, problems: &mut Vec<ShapeProblem>) -> Value {
    let Value::Object(map) = action else {
        problems.push((path.clone(), format!("an action is a table {{ type, config }}, not {}", kind(&action))));
        return serde_json::json!({ "type": PLACEHOLDER });
    };
    let mut out = Map::new();
    for (key, v) in map {
        let mut kpath = path.clone();
        kpath.push(Seg::Key(key.clone()));
        match key.as_str() {
            "type" if v.is_string() => {
                out.insert(key, v);
            }
            "type" => {
                problems.push((kpath, format!("an action's type is a string such as \"deny\", not {}", kind(&v))))
            }
            "config" if v.is_object() || v.is_null() => {
                out.insert(key, v);
            }
            "config" => problems.push((kpath, format!("an action's config is a table, not {}", kind(&v)))),
            other => problems.push((kpath, unknown(other, &ACTION_KEYS, "an action"))),
        }
    }
    if !out.contains_key("type") && !problems.iter().any(|(p, _)| p.starts_with(path)) {
        problems.push((path.clone(), "an action needs a type, e.g. type = \"deny\"".to_owned()));
    }
    // An action whose type was reported here keeps its place (so later actions keep their
    // indices) as an action that validates cleanly and is never sent: the document is refused.
    if !out.contains_key("type") {
        out.insert("type".into(), Value::String(PLACEHOLDER.into()));
        out.remove("config");
    }
    Value::Object(out)
}

fn strings(v: Value, path: &DocPath, what: &str, problems: &mut Vec<ShapeProblem>) -> Option<Value> {
    match v {
        Value::Array(items) => {
            let mut ok = true;
            for (i, item) in items.iter().enumerate() {
                if !item.is_string() {
                    let mut ipath = path.clone();
                    ipath.push(Seg::Index(i));
                    problems.push((ipath, format!("{what}, not {}", kind(item))));
                    ok = false;
                }
            }
            ok.then_some(Value::Array(items))
        }
        other => {
            problems.push((path.clone(), format!("{what}, not {}", kind(&other))));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn good_documents_pass_unchanged() {
        let doc = json!({"on_http_request": [{"name": "a", "expressions": ["true"], "actions": [{"type": "deny", "config": {"status_code": 404}}]}]});
        let (out, problems) = check(doc.clone());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(out, doc);
    }

    #[test]
    fn every_shape_problem_is_named_by_path() {
        let doc = json!({
            "on_http_requests": [],
            "inbound": [],
            "on_http_request": [{"nmae": "x", "expressions": "true", "actions": [{"typ": "deny"}, {"type": 3}, "deny"]}],
            "on_http_response": {"actions": []},
        });
        let (_, problems) = check(doc);
        let shown: Vec<String> =
            problems.iter().map(|(p, m)| format!("{}: {m}", super::super::index::show_path(p))).collect();
        let all = shown.join("\n");
        for want in [
            "on_http_requests: unknown phase `on_http_requests`; the phases are on_tcp_connect, on_http_request, on_http_response; did you mean `on_http_request`?",
            "inbound: unknown phase `inbound`: ngrok renamed it",
            "on_http_request[0].nmae: unknown key `nmae` in a rule (it has name, expressions, actions); did you mean `name`?",
            "on_http_request[0].expressions: expressions are a list",
            "on_http_request[0].actions[0].typ: unknown key `typ` in an action (it has type, config); did you mean `type`?",
            "on_http_request[0].actions[1].type: an action's type is a string",
            "on_http_request[0].actions[2]: an action is a table",
            "on_http_response: `on_http_response` must be a list of rules, not a table",
        ] {
            assert!(all.contains(want), "{want:?} not in:\n{all}");
        }
    }
}
