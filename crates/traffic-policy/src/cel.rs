//! CEL checks with the `cel` crate's parser: rule expressions and `${…}` interpolations.

use std::panic::{AssertUnwindSafe, catch_unwind};

/// Parses one CEL expression; the error is the parser's own message.
pub fn check(expr: &str) -> Result<(), String> {
    compile(expr).map(|_| ())
}

/// Compiles one CEL expression into a program the `cel` crate can execute.
pub fn compile(expr: &str) -> Result<::cel::Program, String> {
    if expr.trim().is_empty() {
        return Err("empty expression".into());
    }
    // The generated parser must never take the caller down with it, whatever the input.
    match catch_unwind(AssertUnwindSafe(|| ::cel::Program::compile(expr))) {
        Ok(Ok(p)) => Ok(p),
        Ok(Err(e)) => Err(one_line(&e.to_string())),
        Err(_) => Err("the CEL parser could not read this expression".into()),
    }
}

/// Checks that every `${…}` in a string is closed and holds an expression that parses.
pub fn check_interpolations(s: &str) -> Result<(), String> {
    for part in split_interpolations(s)? {
        if let Segment::Expr(e) = part {
            check(&e).map_err(|why| format!("`${{{e}}}`: {why}"))?;
        }
    }
    Ok(())
}

/// A piece of a string that may hold `${…}` interpolations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text copied as is.
    Literal(String),
    /// A CEL expression whose value replaces `${…}`.
    Expr(String),
}

/// Splits a string into literal text and `${…}` expressions. Braces and quotes inside an
/// expression (e.g. a map literal or `'}'`) are honoured.
pub fn split_interpolations(s: &str) -> Result<Vec<Segment>, String> {
    let mut out = Vec::new();
    let mut literal = String::new();
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        literal.push_str(&rest[..start]);
        let body = &rest[start + 2..];
        let end = closing_brace(body)
            .ok_or_else(|| format!("`${{` at byte {} is never closed by `}}`", s.len() - rest.len() + start))?;
        if !literal.is_empty() {
            out.push(Segment::Literal(std::mem::take(&mut literal)));
        }
        out.push(Segment::Expr(body[..end].to_string()));
        rest = &body[end + 1..];
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        out.push(Segment::Literal(literal));
    }
    Ok(out)
}

/// Byte index of the `}` closing an interpolation body, skipping nested braces and quoted text.
fn closing_brace(body: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '{' => depth += 1,
            '}' if depth == 0 => return Some(i),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_parse_with_the_cel_parser() {
        check("req.url.path.startsWith('/admin')").unwrap();
        check("inCidrRange(conn.client_ip, '10.0.0.0/8') && hasReqHeader('x')").unwrap();
        assert!(check("req.url.path ==").is_err());
        assert!(check("(((").is_err());
        assert!(check("").is_err());
        assert!(check("'unterminated").is_err());
    }

    #[test]
    fn interpolations_split_and_check() {
        let parts = split_interpolations("ip=${conn.client_ip} m=${ {'a':'}'}['a'] }!").unwrap();
        assert_eq!(parts[0], Segment::Literal("ip=".into()));
        assert_eq!(parts[1], Segment::Expr("conn.client_ip".into()));
        assert_eq!(parts[3], Segment::Expr(" {'a':'}'}['a'] ".into()));
        assert_eq!(parts[4], Segment::Literal("!".into()));
        check_interpolations("plain $ text {}").unwrap();
        assert!(check_interpolations("${req.method").unwrap_err().contains("never closed"));
        assert!(check_interpolations("${req.method ==}").is_err());
        assert!(check_interpolations("${}").is_err());
    }
}
