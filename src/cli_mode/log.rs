//! The ngrok agent's output, line by line: `json` records (what we ask for), `logfmt` and
//! `term` records (what a user's own config or an older agent may produce), the plain
//! `ERROR:  …` block a dying agent prints, and anything else. Never fails: every line is
//! something.

use serde_json::{Map, Value};

use super::logfmt::{from_logfmt, from_term, strip_ansi};

/// Severity of an agent log record (the agent spells them `dbug`, `info`, `warn`, `eror`, `crit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// `dbug`.
    Debug,
    /// `info`.
    Info,
    /// `warn`.
    Warn,
    /// `eror`.
    Error,
    /// `crit`: the agent is about to exit.
    Crit,
}

impl Level {
    /// Reads a level in any spelling the agent (or a log15/logrus-style writer) uses.
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "trce" | "trace" | "dbug" | "debug" => Some(Level::Debug),
            "info" => Some(Level::Info),
            "warn" | "warning" => Some(Level::Warn),
            "eror" | "err" | "error" => Some(Level::Error),
            "crit" | "critical" | "fatal" | "panic" => Some(Level::Crit),
            _ => None,
        }
    }
}

/// A structured log record: level, message, and the other fields as text, in their order.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Its severity.
    pub level: Level,
    /// The `msg` field.
    pub msg: String,
    /// Every other field except the timestamp; objects and numbers rendered as text.
    pub fields: Vec<(String, String)>,
}

impl Record {
    /// The value of field `key`, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// One line of agent output, understood.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// A log record (json, logfmt or term).
    Record(Record),
    /// A plain `ERROR:  …` line (the text after `ERROR:`).
    Error(String),
    /// Anything else, trimmed (banners, bare error text, panics).
    Text(String),
}

/// Parses one line of agent output.
pub fn parse(line: &str) -> Line {
    let plain = strip_ansi(line);
    let trimmed = plain.trim();
    if let Some(rest) = trimmed.strip_prefix("ERROR:") {
        return Line::Error(rest.trim().to_owned());
    }
    let json = trimmed.starts_with('{').then(|| serde_json::from_str::<Map<String, Value>>(trimmed).ok());
    if let Some(rec) = json.flatten().and_then(from_json) {
        return Line::Record(rec);
    }
    if let Some(rec) = from_term(trimmed).or_else(|| from_logfmt(trimmed)) {
        return Line::Record(rec);
    }
    Line::Text(trimmed.to_owned())
}

fn from_json(map: Map<String, Value>) -> Option<Record> {
    let mut level = None;
    let mut msg = None;
    let mut fields = Vec::new();
    for (k, v) in map {
        match k.as_str() {
            "lvl" | "level" => level = v.as_str().and_then(Level::parse),
            "msg" | "message" => msg = Some(text_of(&v)),
            "t" | "time" | "ts" => {}
            _ => fields.push((k, text_of(&v))),
        }
    }
    Some(Record { level: level?, msg: msg.unwrap_or_default(), fields })
}

/// Renders a JSON value as text: strings as themselves, an address object such as
/// `{"Scheme":"http","Host":"localhost:8080"}` as `http://localhost:8080`, others as JSON.
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Object(o) => {
            let get = |name: &str| o.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).and_then(|(_, v)| v.as_str());
            match (get("scheme"), get("host")) {
                (Some(s), Some(h)) if !s.is_empty() => {
                    format!("{s}://{h}{}", get("path").unwrap_or(""))
                }
                (_, Some(h)) => h.to_owned(),
                _ => v.to_string(),
            }
        }
        other => other.to_string(),
    }
}

/// Collapses the agent's `\r\n\r\nERR_NGROK_NNN\r\n` tails and other runs of whitespace to
/// single spaces, and drops `<nil>` placeholders.
pub fn tidy(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s == "<nil>" { String::new() } else { s }
}

/// The first `ERR_NGROK_<digits>` in `text` (any case, as in the agent's docs URLs), uppercased.
pub fn error_code(text: &str) -> Option<String> {
    let upper = text.to_ascii_uppercase();
    let mut from = 0;
    while let Some(at) = upper[from..].find("ERR_NGROK_") {
        let start = from + at;
        let digits: String = upper[start + 10..].chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            return Some(format!("ERR_NGROK_{digits}"));
        }
        from = start + 10;
    }
    None
}

#[cfg(test)]
#[path = "log_tests.rs"]
mod tests;
