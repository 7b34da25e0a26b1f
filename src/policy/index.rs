//! Where each part of a user's policy document is in its source, so a problem found in the
//! document (by phase, rule, action and key) can be shown at a line of the TOML, YAML or JSON
//! the user wrote.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// One step of a path into a policy document: a mapping key or a list index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Seg {
    /// A key of a mapping.
    Key(String),
    /// A position in a list (0-based).
    Index(usize),
}

/// A path into a policy document, e.g. `on_http_request[0].actions[1].config.credentials`.
pub type DocPath = Vec<Seg>;

/// Renders a path the way users read it: `on_http_request[0].actions[1].config`.
pub fn show_path(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// A position in the policy's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A byte range of the config file (the inline `traffic_policy` table).
    Bytes(Range<usize>),
    /// A line and column (1-based) of the policy file.
    Line(usize, usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Bytes(r) => write!(f, "bytes {}..{}", r.start, r.end),
            Place::Line(l, c) => write!(f, "{l}:{c}"),
        }
    }
}

/// Every node of a document with its place in the source.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    places: BTreeMap<DocPath, Place>,
}

impl SpanIndex {
    /// Records where the node at `path` is.
    pub fn insert(&mut self, path: DocPath, place: Place) {
        self.places.entry(path).or_insert(place);
    }

    /// The place of `path`, or of its nearest ancestor that has one.
    pub fn nearest(&self, path: &[Seg]) -> Option<&Place> {
        (0..=path.len()).rev().find_map(|n| self.places.get(&path[..n]))
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

/// Parses a key path such as `config.credentials[2]` or `expressions[0]` into segments.
pub fn parse_key(key: &str) -> DocPath {
    let mut out = Vec::new();
    for part in key.trim_matches('`').split('.').filter(|p| !p.is_empty()) {
        let mut rest = part;
        let name_end = rest.find('[').unwrap_or(rest.len());
        if name_end > 0 {
            out.push(Seg::Key(rest[..name_end].to_owned()));
        }
        rest = &rest[name_end..];
        while let Some(open) = rest.strip_prefix('[') {
            let Some(close) = open.find(']') else { break };
            match open[..close].parse() {
                Ok(i) => out.push(Seg::Index(i)),
                Err(_) => out.push(Seg::Key(open[..close].trim_matches(['"', '\'']).to_owned())),
            }
            rest = &open[close + 1..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_paths() {
        assert_eq!(
            parse_key("config.credentials[2]"),
            vec![Seg::Key("config".into()), Seg::Key("credentials".into()), Seg::Index(2)]
        );
        assert_eq!(parse_key("`expressions[0]`"), vec![Seg::Key("expressions".into()), Seg::Index(0)]);
        assert_eq!(show_path(&parse_key("a[1].b")), "a[1].b");
    }

    #[test]
    fn nearest_ancestor() {
        let mut idx = SpanIndex::default();
        idx.insert(vec![Seg::Key("on_http_request".into())], Place::Line(1, 1));
        idx.insert(vec![Seg::Key("on_http_request".into()), Seg::Index(0)], Place::Line(2, 3));
        let deep = vec![Seg::Key("on_http_request".into()), Seg::Index(0), Seg::Key("actions".into())];
        assert_eq!(idx.nearest(&deep), Some(&Place::Line(2, 3)));
        assert_eq!(idx.nearest(&[Seg::Key("x".into())]), None);
    }
}
