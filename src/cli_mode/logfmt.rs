//! The agent's text log formats: `logfmt` (`lvl=info msg="…" key=value`) and log15's `term`
//! (`INFO[11-23|08:54:04] message   key=value`, possibly coloured).

use super::log::{Level, Record};

/// Removes terminal colour sequences (`ESC [ … letter`), which a `term` writer adds.
pub fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `lvl=info msg="started tunnel" obj=tunnels url=https://…` (keys in any order).
pub fn from_logfmt(line: &str) -> Option<Record> {
    let pairs = logfmt_pairs(line)?;
    let mut level = None;
    let mut msg = None;
    let mut fields = Vec::new();
    for (k, v) in pairs {
        match k.as_str() {
            "lvl" | "level" => level = Level::parse(&v),
            "msg" | "message" => msg = Some(v),
            "t" | "time" | "ts" => {}
            _ => fields.push((k, v)),
        }
    }
    Some(Record { level: level?, msg: msg.unwrap_or_default(), fields })
}

/// `INFO[11-23|08:54:04] started tunnel    obj=tunnels url=https://…` (log15's terminal format).
pub fn from_term(line: &str) -> Option<Record> {
    let open = line.find('[')?;
    let level = Level::parse(&line[..open])?;
    let close = open + line[open..].find(']')?;
    let rest = line[close + 1..].trim_start();
    let split = first_key_at(rest).unwrap_or(rest.len());
    let msg = rest[..split].trim().to_owned();
    let fields = logfmt_pairs(&rest[split..]).unwrap_or_default();
    Some(Record { level, msg, fields })
}

/// Where the first ` key=` of a logfmt tail begins in `s`.
pub fn first_key_at(s: &str) -> Option<usize> {
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            start = i + 1;
        } else if c == '=' && i > start && s[start..i].chars().all(is_key_char) {
            return Some(start);
        } else if !is_key_char(c) {
            start = usize::MAX / 2;
        }
    }
    None
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/')
}

/// Splits `k=v k="quoted \" value" …`; None when a token is not a key=value pair.
fn logfmt_pairs(s: &str) -> Option<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut chars = s.trim().chars().peekable();
    while chars.peek().is_some() {
        let key: String = chars.by_ref().take_while(|c| *c != '=').collect();
        if key.is_empty() || !key.chars().all(is_key_char) {
            return None;
        }
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some('n') => value.push('\n'),
                        Some('r') => value.push('\r'),
                        Some('t') => value.push('\t'),
                        Some(other) => value.push(other),
                        None => break,
                    },
                    '"' => break,
                    c => value.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ' ' {
                    break;
                }
                value.push(c);
                chars.next();
            }
        }
        out.push((key, value));
        while chars.peek() == Some(&' ') {
            chars.next();
        }
    }
    (!out.is_empty()).then_some(out)
}
