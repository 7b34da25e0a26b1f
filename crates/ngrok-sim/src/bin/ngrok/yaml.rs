//! Strict readers for the agent's YAML: unknown keys are reported the way the real agent
//! reports them (`line N: field K not found in type config.T`), values are type-checked.

use std::time::Duration;

use serde_yaml::{Mapping, Value};

/// One mapping of a configuration file, with enough context to report errors.
pub struct Node<'a> {
    map: &'a Mapping,
    raw: &'a str,
}

/// The line (1-based) on which `key:` first appears in `raw`.
pub fn line_of(raw: &str, key: &str) -> Option<usize> {
    raw.lines()
        .position(|line| {
            let t = line.trim_start();
            let t = t.strip_prefix("- ").map(str::trim_start).unwrap_or(t);
            [key.to_string(), format!("\"{key}\""), format!("'{key}'")]
                .iter()
                .any(|k| t.strip_prefix(k.as_str()).is_some_and(|rest| rest.trim_start().starts_with(':')))
        })
        .map(|i| i + 1)
}

/// Renders a YAML scalar the way an error message quotes it.
pub fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Null => String::new(),
        other => serde_yaml::to_string(other).unwrap_or_default().trim().to_string(),
    }
}

/// The real agent's message for a bad value.
pub fn invalid(key: &str, value: &str, why: &str) -> String {
    format!("Invalid configuration property value for '{key}', '{value}': {why}")
}

impl<'a> Node<'a> {
    /// Wraps `value`, which must be a mapping (or null, read as empty).
    pub fn new(value: &'a Value, raw: &'a str, key: &str) -> Result<Node<'a>, String> {
        static EMPTY: std::sync::OnceLock<Mapping> = std::sync::OnceLock::new();
        match value {
            Value::Mapping(map) => Ok(Node { map, raw }),
            Value::Null => Ok(Node { map: EMPTY.get_or_init(Mapping::new), raw }),
            other => Err(invalid(key, &scalar_text(other), "expected a mapping")),
        }
    }

    /// Lists every key that is not in `known`, as yaml.v3's unmarshal errors do.
    pub fn unknown_keys(&self, known: &[&str], type_name: &str) -> Vec<String> {
        self.map
            .keys()
            .map(scalar_text)
            .filter(|k| !known.contains(&k.as_str()))
            .map(|k| match line_of(self.raw, &k) {
                Some(n) => format!("line {n}: field {k} not found in type {type_name}"),
                None => format!("field {k} not found in type {type_name}"),
            })
            .collect()
    }

    /// The whole file's text (for line numbers of nested nodes).
    pub fn raw(&self) -> &'a str {
        self.raw
    }

    /// The keys present, in file order.
    pub fn keys(&self) -> Vec<String> {
        self.map.keys().map(scalar_text).collect()
    }

    /// The raw value under `key`.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// A nested mapping.
    pub fn child(&self, key: &str) -> Result<Option<Node<'a>>, String> {
        self.get(key).map(|v| Node::new(v, self.raw, key)).transpose()
    }

    /// A string; numbers are accepted and rendered (`addr: 80`).
    pub fn string(&self, key: &str) -> Result<Option<String>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(v @ Value::Number(_)) => Ok(Some(scalar_text(v))),
            Some(v) => Err(invalid(key, &scalar_text(v), "expected a string")),
        }
    }

    /// A string or the boolean `false` (`web_addr: false`, `log: false`).
    pub fn string_or_false(&self, key: &str) -> Result<Option<String>, String> {
        match self.get(key) {
            Some(Value::Bool(false)) => Ok(Some("false".into())),
            _ => self.string(key),
        }
    }

    /// A boolean.
    pub fn boolean(&self, key: &str) -> Result<Option<bool>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(invalid(key, &scalar_text(v), "expected true or false")),
        }
    }

    /// A floating point number.
    pub fn float(&self, key: &str) -> Result<Option<f64>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(v) => Err(invalid(key, &scalar_text(v), "expected a number")),
        }
    }

    /// A Go duration such as `10s` or `1m30s`.
    pub fn duration(&self, key: &str) -> Result<Option<Duration>, String> {
        match self.string(key)? {
            None => Ok(None),
            Some(s) => parse_go_duration(&s)
                .map(Some)
                .ok_or_else(|| invalid(key, &s, &format!("time: invalid duration \"{s}\""))),
        }
    }

    /// A list of strings (a lone string is not accepted, as in the real agent).
    pub fn strings(&self, key: &str) -> Result<Vec<String>, String> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Sequence(items)) => items
                .iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s.clone()),
                    Value::Number(_) => Ok(scalar_text(v)),
                    other => Err(invalid(key, &scalar_text(other), "expected a list of strings")),
                })
                .collect(),
            Some(v) => Err(invalid(key, &scalar_text(v), "expected a list of strings")),
        }
    }
}

/// Parses Go's `time.ParseDuration` syntax (`300ms`, `1.5h`, `2h45m`).
pub fn parse_go_duration(s: &str) -> Option<Duration> {
    if s == "0" {
        return Some(Duration::ZERO);
    }
    let mut rest = s;
    let mut total = 0f64;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        if num_len == 0 {
            return None;
        }
        let value: f64 = rest[..num_len].parse().ok()?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[unit_len..];
    }
    Some(Duration::from_secs_f64(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("10s"), Some(Duration::from_secs(10)));
        assert_eq!(parse_go_duration("1m30s"), Some(Duration::from_secs(90)));
        assert_eq!(parse_go_duration("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(parse_go_duration("0"), Some(Duration::ZERO));
        assert_eq!(parse_go_duration("10"), None);
        assert_eq!(parse_go_duration("ten seconds"), None);
    }

    #[test]
    fn unknown_keys_name_their_line_and_type() {
        let raw = "version: \"2\"\nauthtoken: x\nbogus: 1\n";
        let value: Value = serde_yaml::from_str(raw).unwrap();
        let node = Node::new(&value, raw, "").unwrap();
        assert_eq!(
            node.unknown_keys(&["version", "authtoken"], "config.v2yamlConfig"),
            vec!["line 3: field bogus not found in type config.v2yamlConfig".to_string()]
        );
    }

    #[test]
    fn typed_readers_reject_wrong_types() {
        let raw = "a: yes-please\nb: [x, 2]\nc: false\nd: 80\n";
        let value: Value = serde_yaml::from_str(raw).unwrap();
        let node = Node::new(&value, raw, "").unwrap();
        assert!(node.boolean("a").unwrap_err().contains("'a', 'yes-please'"));
        assert_eq!(node.strings("b").unwrap(), vec!["x", "2"]);
        assert_eq!(node.string_or_false("c").unwrap().as_deref(), Some("false"));
        assert_eq!(node.string("d").unwrap().as_deref(), Some("80"));
    }
}
