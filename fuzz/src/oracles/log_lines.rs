//! The `agent_log` target: agent output lines through the CLI-mode log parser.

use prx_tunnel::cli_mode::log::{self, Level, Line};
use serde_json::{Map, Value};

/// Agent log lines: `log::parse` never panics on any line; `error_code` returns a code that is
/// in the line; `tidy` is idempotent; and a record rendered from the input as a JSON line and
/// as a logfmt line parses back to the same level, message and fields.
pub fn agent_log(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for line in text.split('\n') {
        let _ = log::parse(line);
        if let Some(code) = log::error_code(line) {
            assert!(line.to_ascii_uppercase().contains(&code), "{code} is not in {line:?}");
        }
        let once = log::tidy(line);
        assert_eq!(log::tidy(&once), once, "tidy is not idempotent on {line:?}");
    }
    let (level, msg, fields) = record_from(&text);
    json_round_trip(level, &msg, &fields);
    logfmt_round_trip(level, &msg, &fields);
}

const LEVELS: [(&str, Level); 5] = [
    ("dbug", Level::Debug),
    ("info", Level::Info),
    ("warn", Level::Warn),
    ("eror", Level::Error),
    ("crit", Level::Crit),
];

/// Keys the parser treats specially (level, message, timestamp).
const RESERVED: [&str; 7] = ["lvl", "level", "msg", "message", "t", "time", "ts"];

/// A record drawn from the input: NUL-separated parts give the level (by the first part's
/// length), the message, then key/value pairs (distinct, unreserved keys).
fn record_from(text: &str) -> (usize, String, Vec<(String, String)>) {
    let parts: Vec<&str> = text.split('\0').collect();
    let level = parts[0].chars().count() % LEVELS.len();
    let msg = parts.get(1).copied().unwrap_or_default().to_owned();
    let mut fields: Vec<(String, String)> = Vec::new();
    for pair in parts.get(2..).unwrap_or_default().chunks(2) {
        let key = pair[0].to_owned();
        if key.is_empty() || RESERVED.contains(&key.as_str()) || fields.iter().any(|(k, _)| *k == key) {
            continue;
        }
        fields.push((key, pair.get(1).copied().unwrap_or_default().to_owned()));
    }
    (level, msg, fields)
}

fn json_round_trip(level: usize, msg: &str, fields: &[(String, String)]) {
    let mut map = Map::new();
    map.insert("lvl".into(), LEVELS[level].0.into());
    map.insert("msg".into(), msg.into());
    map.insert("t".into(), "2026-11-23T08:54:04.073043197Z".into());
    for (k, v) in fields {
        map.insert(k.clone(), Value::String(v.clone()));
    }
    let line = Value::Object(map).to_string();
    let Line::Record(rec) = log::parse(&line) else { panic!("a JSON record is not a record: {line:?}") };
    assert_eq!((rec.level, rec.msg.as_str()), (LEVELS[level].1, msg), "{line:?}");
    let mut got = rec.fields.clone();
    let mut want = fields.to_vec();
    got.sort();
    want.sort();
    assert_eq!(got, want, "{line:?}");
}

fn logfmt_round_trip(level: usize, msg: &str, fields: &[(String, String)]) {
    // logfmt keys are a restricted alphabet, and a raw ESC is a terminal colour sequence.
    let key_ok = |k: &str| k.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/'));
    let fields: Vec<(String, String)> = fields.iter().filter(|(k, _)| key_ok(k)).cloned().collect();
    let no_esc = |s: &str| s.replace('\x1b', "?");
    let quote = |s: &str| {
        let escaped = no_esc(s)
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .replace('\r', "\\r")
            .replace('\t', "\\t");
        format!("\"{escaped}\"")
    };
    let mut line = format!("t=2026-11-23T08:54:04+0000 lvl={} msg={}", LEVELS[level].0, quote(msg));
    for (k, v) in &fields {
        line.push_str(&format!(" {k}={}", quote(v)));
    }
    let Line::Record(rec) = log::parse(&line) else { panic!("a logfmt record is not a record: {line:?}") };
    assert_eq!((rec.level, rec.msg.clone()), (LEVELS[level].1, no_esc(msg)), "{line:?}");
    let want: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.clone(), no_esc(v))).collect();
    assert_eq!(rec.fields, want, "{line:?}");
}
