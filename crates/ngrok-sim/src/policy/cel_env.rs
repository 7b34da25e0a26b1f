//! CEL as ngrok's edge evaluates it: the documented dotted variables (`req.url.path`, …), its
//! macros (`hasReqHeader`, `getReqHeader`, `inCidrRange`, …) and `${…}` interpolation.
//!
//! ngrok declares `req.url` and `req.url.path` as separate variables (one a string, the other
//! a string under it), which a CEL map cannot express. Expressions are therefore rewritten
//! before compiling: every chain of identifiers starting with a documented variable name is
//! replaced by one flat identifier (`req.url.path` → `req__url__path`), outside string literals.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::Arc;

use cel::objects::{Key, Map};
use cel::{Context, Program, Value};
use traffic_policy::cel::{Segment, split_interpolations};

/// Every variable the edge provides, by its documented dotted name.
pub(crate) const VARIABLES: &[&str] = &[
    "conn.client_ip",
    "conn.client_port",
    "conn.server_ip",
    "conn.server_port",
    "conn.ts.start",
    "endpoint.url",
    "endpoint.id",
    "endpoint.host",
    "endpoint.port",
    "endpoint.protocol",
    "time.now",
    "req.method",
    "req.url",
    "req.url.path",
    "req.url.query",
    "req.url.query_params",
    "req.url.host",
    "req.url.port",
    "req.url.scheme",
    "req.url.authority",
    "req.url.raw_path",
    "req.headers",
    "req.host",
    "req.user_agent",
    "req.content_length",
    "req.content_type",
    "req.version",
    "res.status_code",
    "res.headers",
    "res.content_type",
    "res.content_length",
    "vars",
    "actions",
];

/// The flat identifier a dotted variable name is compiled to.
pub(crate) fn mangle(name: &str) -> String {
    name.replace('.', "__")
}

/// Rewrites documented dotted variable names in `expr` into their flat identifiers.
pub(crate) fn rewrite(expr: &str) -> String {
    let chars: Vec<char> = expr.chars().collect();
    let mut out = String::with_capacity(expr.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' || c == '"' {
            let end = string_end(&chars, i);
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        let starts_ident = (c.is_ascii_alphabetic() || c == '_')
            && (i == 0 || !(chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == '.'));
        if !starts_ident {
            out.push(c);
            i += 1;
            continue;
        }
        let mut segments = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            segments.push(chars[start..j].iter().collect::<String>());
            let next_is_ident =
                j + 1 < chars.len() && chars[j] == '.' && (chars[j + 1].is_ascii_alphabetic() || chars[j + 1] == '_');
            if !next_is_ident {
                break;
            }
            j += 1;
        }
        let known = (1..=segments.len()).rev().find(|k| VARIABLES.contains(&segments[..*k].join(".").as_str()));
        match known {
            Some(k) => {
                out.push_str(&mangle(&segments[..k].join(".")));
                for s in &segments[k..] {
                    out.push('.');
                    out.push_str(s);
                }
            }
            None => out.push_str(&segments.join(".")),
        }
        i = j;
    }
    out
}

/// Index just past the string literal starting at `start` (quotes, triple quotes, escapes).
fn string_end(chars: &[char], start: usize) -> usize {
    let q = chars[start];
    let triple = chars.get(start + 1) == Some(&q) && chars.get(start + 2) == Some(&q);
    let mut i = start + if triple { 3 } else { 1 };
    while i < chars.len() {
        if chars[i] == '\\' {
            i += 2;
            continue;
        }
        if chars[i] == q && (!triple || (chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q))) {
            return i + if triple { 3 } else { 1 };
        }
        i += 1;
    }
    chars.len()
}

/// Compiles one documented-syntax expression.
pub(crate) fn compile(expr: &str) -> Result<Program, String> {
    traffic_policy::cel::compile(&rewrite(expr))
}

/// A config string with its `${…}` parts compiled.
pub(crate) struct Template {
    parts: Vec<Part>,
}

enum Part {
    Text(String),
    Expr(String, Box<Program>),
}

impl Template {
    /// Compiles the interpolations of `s`.
    pub(crate) fn new(s: &str) -> Result<Template, String> {
        let parts = split_interpolations(s)?
            .into_iter()
            .map(|seg| match seg {
                Segment::Literal(t) => Ok(Part::Text(t)),
                Segment::Expr(e) => compile(&e).map(|p| Part::Expr(e, Box::new(p))),
            })
            .collect::<Result<_, String>>()?;
        Ok(Template { parts })
    }

    /// The string with every interpolation replaced by its value.
    pub(crate) fn render(&self, scope: &Scope) -> Result<String, String> {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Expr(src, p) => out.push_str(&display(&scope.eval(p).map_err(|e| format!("${{{src}}}: {e}"))?)),
            }
        }
        Ok(out)
    }
}

/// A value as interpolation writes it: strings bare, everything else as JSON.
pub(crate) fn display(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        Value::Int(i) => i.to_string(),
        Value::UInt(u) => u.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        Value::Timestamp(t) => t.to_rfc3339(),
        other => to_json(other).to_string(),
    }
}

/// A CEL value as JSON (for logs and interpolated structures).
pub(crate) fn to_json(v: &Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        Value::List(l) => J::Array(l.iter().map(to_json).collect()),
        Value::Map(m) => J::Object(m.map.iter().map(|(k, v)| (key_text(k), to_json(v))).collect()),
        Value::Int(i) => J::from(*i),
        Value::UInt(u) => J::from(*u),
        Value::Float(f) => J::from(*f),
        Value::String(s) => J::String(s.to_string()),
        Value::Bool(b) => J::Bool(*b),
        Value::Bytes(b) => J::String(String::from_utf8_lossy(b).into_owned()),
        Value::Timestamp(t) => J::String(t.to_rfc3339()),
        Value::Duration(d) => J::String(format!("{}s", d.num_milliseconds() as f64 / 1000.0)),
        _ => J::Null,
    }
}

fn key_text(k: &Key) -> String {
    match k {
        Key::String(s) => s.to_string(),
        Key::Int(i) => i.to_string(),
        Key::Uint(u) => u.to_string(),
        Key::Bool(b) => b.to_string(),
    }
}

/// A JSON value as a CEL value (set-vars values, header maps).
pub(crate) fn from_json(v: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => n.as_i64().map(Value::Int).unwrap_or_else(|| Value::Float(n.as_f64().unwrap_or_default())),
        J::String(s) => Value::String(Arc::new(s.clone())),
        J::Array(a) => Value::List(Arc::new(a.iter().map(from_json).collect())),
        J::Object(o) => {
            let map: std::collections::HashMap<Key, Value> =
                o.iter().map(|(k, v)| (Key::String(Arc::new(k.clone())), from_json(v))).collect();
            Value::Map(Map { map: Arc::new(map) })
        }
    }
}

/// The variables of one evaluation, by documented dotted name.
#[derive(Default, Clone)]
pub(crate) struct Scope {
    vars: BTreeMap<&'static str, Value>,
}

impl Scope {
    /// Sets a documented variable.
    pub(crate) fn set(&mut self, name: &'static str, v: impl Into<Value>) {
        debug_assert!(VARIABLES.contains(&name), "{name} is not a documented variable");
        self.vars.insert(name, v.into());
    }

    /// Evaluates a compiled program with these variables and ngrok's macros.
    pub(crate) fn eval(&self, program: &Program) -> Result<Value, String> {
        let mut ctx = Context::default();
        for (name, v) in &self.vars {
            ctx.add_variable_from_value(mangle(name), v.clone());
        }
        super::macros::register_macros(&mut ctx);
        program.execute(&ctx).map_err(|e| demangle(&e.to_string()))
    }

    /// Evaluates a rule expression: true only for a boolean `true`.
    pub(crate) fn holds(&self, program: &Program) -> Result<bool, String> {
        match self.eval(program)? {
            Value::Bool(b) => Ok(b),
            other => Err(format!("the expression gave {}, not a boolean", display(&other))),
        }
    }
}

fn demangle(s: &str) -> String {
    VARIABLES.iter().fold(s.to_string(), |acc, name| acc.replace(&mangle(name), name))
}

/// IPv4-mapped IPv6 addresses are checked as IPv4.
pub(crate) fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        let mut s = Scope::default();
        s.set("req.url", "https://h.example/admin/x?a=1");
        s.set("req.url.path", "/admin/x");
        s.set("conn.client_ip", "127.0.0.2");
        let headers = serde_json::json!({"x-token": ["abc"], "host": ["h.example"]});
        s.set("req.headers", from_json(&headers));
        s.set("req.url.query_params", from_json(&serde_json::json!({"a": ["1"]})));
        s
    }

    fn holds(expr: &str) -> bool {
        scope().holds(&compile(expr).unwrap()).unwrap()
    }

    #[test]
    fn dotted_variables_are_rewritten_outside_strings() {
        assert_eq!(rewrite("req.url.path.startsWith('req.url')"), "req__url__path.startsWith('req.url')");
        assert_eq!(rewrite("req.url == \"x\" && vars.a"), "req__url == \"x\" && vars.a");
        assert_eq!(rewrite("size(req.headers['a'])"), "size(req__headers['a'])");
    }

    #[test]
    fn expressions_and_macros() {
        assert!(holds("req.url.path.startsWith('/admin')"));
        assert!(holds("req.url.contains('?a=1')"));
        assert!(holds("inCidrRange(conn.client_ip, '127.0.0.0/30') && !inCidrRanges(conn.client_ip, ['10.0.0.0/8'])"));
        assert!(holds("hasReqHeader('X-Token') && getReqHeader('x-token')[0] == 'abc' && !hasReqHeader('nope')"));
        assert!(holds("size(getReqHeader('nope')) == 0 && hasQueryParam('a') && getQueryParam('a') == ['1']"));
        assert!(holds("'ABC'.lower() == 'abc' && conn.client_ip.isPrivateIp()"));
        let err = scope().holds(&compile("req.url.path").unwrap()).unwrap_err();
        assert!(err.contains("not a boolean"), "{err}");
    }

    #[test]
    fn templates_interpolate() {
        let t = Template::new("ip=${conn.client_ip} path=${req.url.path} n=${1 + 2}").unwrap();
        assert_eq!(t.render(&scope()).unwrap(), "ip=127.0.0.2 path=/admin/x n=3");
        assert!(Template::new("${req.method").is_err());
    }
}
