//! `${VAR}` expansion in string values: `${NAME}` is replaced by the environment variable
//! NAME, `$${` is a literal `${`, and any other `$` is kept as is. Expanded text is never
//! expanded again.

use thiserror::Error;

/// Why a string could not be expanded. Messages name the variable, never a value.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExpandError {
    /// `${NAME}` where NAME is not set.
    #[error(
        "${{{0}}} refers to the environment variable {0}, which is not set; set it (export {0}=...) or write $${{ for a literal ${{"
    )]
    Unset(String),
    /// `${` without a closing `}`.
    #[error("\"${{\" is never closed; write ${{NAME}}, or $${{ for a literal ${{")]
    Unclosed,
    /// `${...}` whose content is not a variable name.
    #[error(
        "${{...}} must hold a variable name (letters, digits and _, not starting with a digit); write $${{ for a literal ${{"
    )]
    BadName,
}

/// Expands `${VAR}` references in `input` with `env`.
pub fn expand(input: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<String, ExpandError> {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos..];
        if let Some(tail) = after.strip_prefix("$${") {
            out.push_str("${");
            rest = tail;
        } else if let Some(tail) = after.strip_prefix("${") {
            let end = tail.find('}').ok_or(ExpandError::Unclosed)?;
            let name = &tail[..end];
            if !is_var_name(name) {
                return Err(ExpandError::BadName);
            }
            let value = env(name).ok_or_else(|| ExpandError::Unset(name.to_owned()))?;
            out.push_str(&value);
            rest = &tail[end + 1..];
        } else {
            out.push('$');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// [`expand`] for strings inside a traffic policy, where `${…}` is also ngrok's CEL
/// interpolation: `${NAME}` (a plain variable name) is the environment variable as everywhere,
/// anything else inside `${…}` (`${req.url.path}`, `${conn.client_ip + "x"}`) is kept for ngrok
/// to evaluate (found with the policy crate's own interpolation splitter), and `$${` is a
/// literal `${`.
pub fn expand_keeping_cel(input: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<String, ExpandError> {
    use traffic_policy::cel::{Segment, split_interpolations};
    let mut out = String::with_capacity(input.len());
    for (n, piece) in input.split("$${").enumerate() {
        if n > 0 {
            out.push_str("${");
        }
        for segment in split_interpolations(piece).map_err(|_| ExpandError::Unclosed)? {
            match segment {
                Segment::Literal(text) => out.push_str(&text),
                Segment::Expr(name) if is_var_name(&name) => {
                    out.push_str(&env(&name).ok_or_else(|| ExpandError::Unset(name.clone()))?);
                }
                Segment::Expr(cel) => out.push_str(&format!("${{{cel}}}")),
            }
        }
    }
    Ok(out)
}

/// True for a string holding a `${` reference (after `$${` escapes are set aside): such a
/// value does not itself hold a secret.
pub fn has_reference(input: &str) -> bool {
    input.replace("$${", "").contains("${")
}

fn is_var_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "TOKEN" => Some("tok-123".into()),
            "EMPTY" => Some(String::new()),
            "LOOP" => Some("${TOKEN}".into()),
            _ => None,
        }
    }

    #[test]
    fn expands_references() {
        assert_eq!(expand("${TOKEN}", &env).unwrap(), "tok-123");
        assert_eq!(expand("a-${TOKEN}-b-${EMPTY}", &env).unwrap(), "a-tok-123-b-");
        assert_eq!(expand("plain", &env).unwrap(), "plain");
        assert_eq!(expand("é${TOKEN}ü", &env).unwrap(), "étok-123ü");
    }

    #[test]
    fn escapes_and_lone_dollars_stay_literal() {
        assert_eq!(expand("$${TOKEN}", &env).unwrap(), "${TOKEN}");
        assert_eq!(expand("pa$$word$", &env).unwrap(), "pa$$word$");
        assert_eq!(expand("$TOKEN", &env).unwrap(), "$TOKEN");
    }

    #[test]
    fn expanded_text_is_not_expanded_again() {
        assert_eq!(expand("${LOOP}", &env).unwrap(), "${TOKEN}");
    }

    #[test]
    fn errors_name_the_variable() {
        let err = expand("x${NOPE}", &env).unwrap_err();
        assert_eq!(err, ExpandError::Unset("NOPE".into()));
        assert!(err.to_string().contains("${NOPE}") && err.to_string().contains("export NOPE="));
        assert_eq!(expand("${TOKEN", &env), Err(ExpandError::Unclosed));
        assert_eq!(expand("${}", &env), Err(ExpandError::BadName));
        assert_eq!(expand("${1A}", &env), Err(ExpandError::BadName));
        assert_eq!(expand("${A B}", &env), Err(ExpandError::BadName));
    }

    #[test]
    fn policy_strings_keep_cel_interpolations() {
        assert_eq!(expand_keeping_cel("${TOKEN}:${req.url.path}", &env).unwrap(), "tok-123:${req.url.path}");
        assert_eq!(expand_keeping_cel("${ {'a': '}'}['a'] }", &env).unwrap(), "${ {'a': '}'}['a'] }");
        assert_eq!(expand_keeping_cel("$${TOKEN}", &env).unwrap(), "${TOKEN}");
        assert_eq!(expand_keeping_cel("${NOPE}", &env), Err(ExpandError::Unset("NOPE".into())));
        assert_eq!(expand_keeping_cel("${req.url", &env), Err(ExpandError::Unclosed));
    }

    #[test]
    fn detects_references() {
        assert!(has_reference("${NGROK_AUTHTOKEN}"));
        assert!(!has_reference("$${literal}"));
        assert!(!has_reference("2abcdef"));
    }
}
