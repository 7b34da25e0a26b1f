//! The agent's structured log writer: the `json`, `logfmt` and `term` formats of the real
//! ngrok agent (log15 style), its level strings (`dbug info warn eror crit`) and its
//! destinations (`stdout`, `stderr`, `false`, or a file path).

use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use anyhow::Context;

use crate::timefmt::Stamp;

/// A log level, ordered from most to least verbose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// `dbug`
    Debug,
    /// `info`
    Info,
    /// `warn`
    Warn,
    /// `eror`
    Error,
    /// `crit`
    Crit,
}

impl Level {
    /// Parses a `--log-level` / `log_level` value.
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "debug" => Level::Debug,
            "info" => Level::Info,
            "warn" => Level::Warn,
            "error" => Level::Error,
            "crit" => Level::Crit,
            _ => return None,
        })
    }

    fn tag(self) -> &'static str {
        match self {
            Level::Debug => "dbug",
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "eror",
            Level::Crit => "crit",
        }
    }

    fn color(self) -> u8 {
        match self {
            Level::Debug => 36,
            Level::Info => 32,
            Level::Warn => 33,
            Level::Error => 31,
            Level::Crit => 35,
        }
    }
}

/// The record format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Colored terminal output when the destination is a TTY, logfmt otherwise.
    Term,
    /// `key=value` pairs.
    Logfmt,
    /// One JSON object per line, keys sorted.
    Json,
}

impl Format {
    /// Parses a `--log-format` / `log_format` value.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "term" => Format::Term,
            "logfmt" => Format::Logfmt,
            "json" => Format::Json,
            _ => return None,
        })
    }
}

/// A field value in a log record.
#[derive(Clone, Debug)]
pub enum Val {
    /// A string (quoted in logfmt when needed).
    Str(String),
    /// A Go `nil` error: `nil` in logfmt, `"<nil>"` in JSON.
    Nil,
    /// An empty struct: `{}`.
    Empty,
}

impl From<&str> for Val {
    fn from(s: &str) -> Val {
        Val::Str(s.to_string())
    }
}

impl From<String> for Val {
    fn from(s: String) -> Val {
        Val::Str(s)
    }
}

type Sink = Box<dyn Write + Send>;

/// A cheap, cloneable handle to the agent log.
#[derive(Clone)]
pub struct Logger {
    sink: Arc<Mutex<Option<Sink>>>,
    format: Format,
    level: Level,
    color: bool,
    to_stderr: bool,
}

impl Logger {
    /// Opens the destination named by `--log` (`false` disables logging).
    pub fn open(target: &str, format: Format, level: Level) -> anyhow::Result<Logger> {
        let (sink, tty, to_stderr): (Option<Sink>, bool, bool) = match target {
            "false" | "" => (None, false, false),
            "stdout" => (Some(Box::new(std::io::stdout())), std::io::stdout().is_terminal(), false),
            "stderr" => (Some(Box::new(std::io::stderr())), std::io::stderr().is_terminal(), true),
            path => {
                let file = OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .with_context(|| format!("could not open log file '{path}'"))?;
                (Some(Box::new(file)), false, false)
            }
        };
        Ok(Logger { sink: Arc::new(Mutex::new(sink)), format, level, color: format == Format::Term && tty, to_stderr })
    }

    /// Writes plain lines (the `ERROR:` block) to the log, unless the log already is stderr.
    pub fn raw_lines(&self, lines: &[String]) {
        if self.to_stderr {
            return;
        }
        if let Some(sink) = self.sink.lock().expect("log lock").as_mut() {
            for line in lines {
                let _ = writeln!(sink, "{line}");
            }
            let _ = sink.flush();
        }
    }

    /// Writes one record with `fields` in the given order.
    pub fn log(&self, level: Level, msg: &str, fields: &[(&str, Val)]) {
        if level < self.level {
            return;
        }
        let mut guard = self.sink.lock().expect("log lock");
        let Some(sink) = guard.as_mut() else { return };
        let now = Stamp::from(SystemTime::now());
        let line = match self.format {
            Format::Json => json_line(now, level, msg, fields),
            Format::Term if self.color => term_line(now, level, msg, fields),
            Format::Term | Format::Logfmt => logfmt_line(now, level, msg, fields),
        };
        let _ = sink.write_all(line.as_bytes());
        let _ = sink.flush();
    }

    /// Logs at `info`.
    pub fn info(&self, msg: &str, fields: &[(&str, Val)]) {
        self.log(Level::Info, msg, fields)
    }

    /// Logs at `warn`.
    pub fn warn(&self, msg: &str, fields: &[(&str, Val)]) {
        self.log(Level::Warn, msg, fields)
    }

    /// Logs at `eror`.
    pub fn error(&self, msg: &str, fields: &[(&str, Val)]) {
        self.log(Level::Error, msg, fields)
    }

    /// Logs at `crit`.
    pub fn crit(&self, msg: &str, fields: &[(&str, Val)]) {
        self.log(Level::Crit, msg, fields)
    }
}

/// Go's encoding/json escapes `<`, `>` and `&`; so does this.
fn go_json(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .expect("json values always serialize")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn json_line(now: Stamp, level: Level, msg: &str, fields: &[(&str, Val)]) -> String {
    let mut map = BTreeMap::new();
    for (key, val) in fields {
        let v = match val {
            Val::Str(s) => serde_json::Value::String(s.clone()),
            Val::Nil => serde_json::Value::String("<nil>".into()),
            Val::Empty => serde_json::Value::Object(Default::default()),
        };
        map.insert(key.to_string(), v);
    }
    map.insert("t".into(), now.rfc3339_nano().into());
    map.insert("lvl".into(), level.tag().into());
    map.insert("msg".into(), msg.into());
    let object: serde_json::Map<String, serde_json::Value> = map.into_iter().collect();
    let mut line = go_json(&serde_json::Value::Object(object));
    line.push('\n');
    line
}

/// log15's logfmt string escaping.
pub fn escape(s: &str) -> String {
    let quote = s.chars().any(|c| c <= ' ' || c == '=' || c == '"');
    let esc = s.chars().any(|c| matches!(c, '\\' | '"' | '\n' | '\r' | '\t'));
    if !quote && !esc {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' | '"' => {
                out.push('\\');
                out.push(c)
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn val_text(val: &Val) -> String {
    match val {
        Val::Str(s) => escape(s),
        Val::Nil => "nil".into(),
        Val::Empty => "{}".into(),
    }
}

fn logfmt_line(now: Stamp, level: Level, msg: &str, fields: &[(&str, Val)]) -> String {
    let mut line = format!("t={} lvl={} msg={}", now.logfmt(), level.tag(), escape(msg));
    for (key, val) in fields {
        line.push_str(&format!(" {key}={}", val_text(val)));
    }
    line.push('\n');
    line
}

fn term_line(now: Stamp, level: Level, msg: &str, fields: &[(&str, Val)]) -> String {
    let color = level.color();
    let tag = level.tag().to_uppercase();
    let mut line = format!("\x1b[{color}m{tag}\x1b[0m[{}] {msg} ", now.term());
    if !fields.is_empty() && msg.len() < 40 {
        line.push_str(&" ".repeat(40 - msg.len()));
    }
    let pairs: Vec<String> =
        fields.iter().map(|(key, val)| format!("\x1b[{color}m{key}\x1b[0m={}", val_text(val))).collect();
    line.push_str(&pairs.join(" "));
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp() -> Stamp {
        Stamp::from(SystemTime::UNIX_EPOCH + std::time::Duration::from_nanos(1_795_424_044_073_043_197))
    }

    #[test]
    fn json_keys_are_sorted_and_go_escaped() {
        let line =
            json_line(stamp(), Level::Info, "open config file", &[("path", "cfg.yml".into()), ("err", Val::Nil)]);
        assert_eq!(
            line,
            "{\"err\":\"\\u003cnil\\u003e\",\"lvl\":\"info\",\"msg\":\"open config file\",\
             \"path\":\"cfg.yml\",\"t\":\"2026-11-23T08:54:04.073043197Z\"}\n"
        );
    }

    #[test]
    fn logfmt_keeps_field_order_and_quotes_like_log15() {
        let line = logfmt_line(
            stamp(),
            Level::Warn,
            "can't bind default web address, trying alternatives",
            &[("obj", "web".into()), ("addr", "127.0.0.1:4040".into()), ("stopReq", Val::Empty)],
        );
        assert_eq!(
            line,
            "t=2026-11-23T08:54:04+0000 lvl=warn msg=\"can't bind default web address, trying \
             alternatives\" obj=web addr=127.0.0.1:4040 stopReq={}\n"
        );
        assert_eq!(escape("a\r\nb"), "\"a\\r\\nb\"");
        assert_eq!(escape(""), "");
    }

    #[test]
    fn term_pads_short_messages_and_uppercases_levels() {
        let line = term_line(stamp(), Level::Error, "x", &[("k", "v".into())]);
        assert!(line.starts_with("\x1b[31mEROR\x1b[0m[11-23|08:54:04] x "), "{line}");
        assert!(line.contains(&format!("x {}\x1b[31mk\x1b[0m=v", " ".repeat(39))), "{line}");
    }

    #[test]
    fn level_filter_and_parsers() {
        assert_eq!(Level::parse("error"), Some(Level::Error));
        assert_eq!(Level::parse("eror"), None);
        assert_eq!(Format::parse("json"), Some(Format::Json));
        assert!(Level::Debug < Level::Crit);
    }
}
