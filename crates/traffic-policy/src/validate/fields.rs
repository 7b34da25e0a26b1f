//! The shape of an action's `config`: documented keys only, each of its documented type, required
//! ones present, and every `${…}` interpolation parseable.

use serde_json::Value;

use super::Sink;
use crate::catalog::{ActionSpec, FieldKind};

/// Checks `config` against the fields the catalog documents for the action.
pub(super) fn check(spec: &ActionSpec, config: Option<&Value>, sink: &mut Sink<'_>) {
    let kind = spec.kind;
    let empty = serde_json::Map::new();
    let map = match config {
        None | Some(Value::Null) => &empty,
        Some(Value::Object(m)) => m,
        Some(other) => {
            sink.push(Some("ERR_NGROK_2203"), Some("config".into()), format!(
                "Failed to parse the configuration for policy action type `{kind}`. `config` must be a table/object, was {}",
                type_name(other)
            ));
            return;
        }
    };
    for field in spec.fields.iter().filter(|f| f.required) {
        if !map.contains_key(field.name) {
            sink.push(
                Some("ERR_NGROK_2234"),
                Some(format!("config.{}", field.name)),
                format!(
                    "Invalid configuration for `{kind}`: `config` is missing required element `{}`. Add it ({})",
                    field.name,
                    describe(field.kind)
                ),
            );
        }
    }
    for (key, value) in map {
        let at = Some(format!("config.{key}"));
        let Some(field) = spec.fields.iter().find(|f| f.name == key) else {
            let known: Vec<_> = spec.fields.iter().map(|f| format!("`{}`", f.name)).collect();
            let known = if known.is_empty() { "none".to_string() } else { known.join(", ") };
            sink.push(Some("ERR_NGROK_2203"), at, format!(
                "Failed to parse the configuration for policy action type `{kind}`. Unknown key `{key}`; the documented keys are {known}"
            ));
            continue;
        };
        if !shape_ok(field.kind, value) {
            sink.push(
                Some("ERR_NGROK_2203"),
                at,
                format!(
                    "Failed to parse the configuration for policy action type `{kind}`. `{key}` must be {}, was {}",
                    describe(field.kind),
                    type_name(value)
                ),
            );
            continue;
        }
        if field.kind == FieldKind::Duration
            && let Some(Err(why)) = value.as_str().map(parse_duration)
        {
            sink.push(Some("ERR_NGROK_2203"), at.clone(), format!(
                "Failed to parse the configuration for policy action type `{kind}`. `{key}` is not a duration ({why}); write e.g. \"60s\" or \"10m\""
            ));
        }
        let mut strings = Vec::new();
        collect_strings(value, &mut strings);
        for s in strings {
            if let Err(why) = crate::cel::check_interpolations(s) {
                sink.push(Some("ERR_NGROK_2224"), at.clone(), format!(
                    "Invalid configuration for action `{kind}`: failed to compile CEL template expressions in `{key}`. {why}"
                ));
            }
        }
    }
}

/// Parses a duration as ngrok writes them (`60s`, `10m`, `1h30m`, `500ms`).
pub(crate) fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    humantime::parse_duration(s.trim()).map_err(|e| e.to_string())
}

fn shape_ok(kind: FieldKind, v: &Value) -> bool {
    match kind {
        FieldKind::Str | FieldKind::Duration => v.is_string(),
        FieldKind::Bool => v.is_boolean(),
        FieldKind::Int => v.is_i64() || v.is_u64(),
        FieldKind::Number => v.is_number(),
        FieldKind::StrList => v.as_array().is_some_and(|a| a.iter().all(Value::is_string)),
        FieldKind::StrMap => v.as_object().is_some_and(|m| m.values().all(Value::is_string)),
        FieldKind::Object => v.is_object(),
        FieldKind::List => v.is_array(),
        FieldKind::Any => true,
    }
}

fn describe(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Str => "a string",
        FieldKind::Duration => "a duration string such as \"60s\"",
        FieldKind::Bool => "true or false",
        FieldKind::Int => "a whole number",
        FieldKind::Number => "a number",
        FieldKind::StrList => "a list of strings",
        FieldKind::StrMap => "a table of string values",
        FieldKind::Object => "a table/object",
        FieldKind::List => "a list",
        FieldKind::Any => "any value",
    }
}

pub(super) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a fractional number",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table/object",
    }
}

fn collect_strings<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}
