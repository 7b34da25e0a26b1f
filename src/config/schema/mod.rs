//! The first pass over a parsed file, before serde: every key of `[tunnel]` and
//! `[tunnel.ngrok]` is checked against the schema (unknown keys with the closest valid one,
//! wrong types with the expected one), `${VAR}` is expanded in every string, and shorthand
//! forms are rewritten into the shapes of [`super::raw`]. Bad entries are reported and
//! removed, so every problem of the file is found in one run.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::errors::{Problems, closest};
use super::expand::{ExpandError, expand, expand_keeping_cel, has_reference};
use super::keys::{
    Kind, NGROK_KEYS, OTHER_BACKENDS, SECRET_KEYS, TABLE_KEYS, TUNNEL_KEYS, unknown_key_message,
    unknown_section_message,
};
use crate::policy::UserPolicy;

mod endpoints;

/// What the first pass learned about the file.
#[derive(Debug, Default)]
pub struct Summary {
    /// The file has a `tunnel` table.
    pub has_tunnel: bool,
    /// Secret keys written literally in the file (not as `${VAR}` references).
    pub literal_secrets: Vec<&'static str>,
    /// The inline `traffic_policy` table and the span of its key, converted (with its problems
    /// already reported).
    pub policy: Option<InlinePolicy>,
    /// Each `[tunnel.ngrok.endpoints.NAME]` table, in file order: its name, the spans of its
    /// keys and values, and its inline `traffic_policy`.
    pub endpoints: Vec<EndpointSummary>,
}

/// An inline `traffic_policy` table: the converted document, the span of its key, the
/// problems of the conversion.
pub type InlinePolicy = (UserPolicy, Range<usize>, Vec<crate::policy::Problem>);

/// What the first pass learned about one endpoint table.
#[derive(Debug)]
pub struct EndpointSummary {
    /// The endpoint's name.
    pub name: String,
    /// Where the name is written (its table header or dotted key).
    pub name_span: Range<usize>,
    /// The spans of every key and value written in the table.
    pub spans: Vec<Range<usize>>,
    /// Its inline `traffic_policy`.
    pub policy: Option<InlinePolicy>,
}

/// Checks, expands and normalises `root` in place; problems go to `problems`.
pub fn walk(root: &mut DeTable<'_>, env: &dyn Fn(&str) -> Option<String>, problems: &mut Problems) -> Summary {
    let mut w = Walker { env, problems, summary: Summary::default(), endpoint: None };
    if let Some(tunnel) = root.get_mut("tunnel") {
        w.summary.has_tunnel = true;
        let span = tunnel.span();
        match tunnel.get_mut() {
            DeValue::Table(t) => w.table(t, "tunnel"),
            other => {
                let found = article(other.type_str());
                w.problems.at(span, "[tunnel]", format!("expected a table (a [tunnel] section), found {found}"));
                root.remove("tunnel");
            }
        }
    }
    w.summary
}

struct Walker<'a> {
    env: &'a dyn Fn(&str) -> Option<String>,
    problems: &'a mut Problems,
    summary: Summary,
    /// The endpoint table being walked (its inline policy goes to it).
    endpoint: Option<EndpointSummary>,
}

impl Walker<'_> {
    /// Walks `[tunnel]` (section "tunnel") or `[tunnel.ngrok]` (section "tunnel.ngrok").
    fn table(&mut self, table: &mut DeTable<'_>, section: &str) {
        let (keys, elsewhere, other_section) = if section == "tunnel" {
            (TUNNEL_KEYS, NGROK_KEYS, "tunnel.ngrok")
        } else {
            (NGROK_KEYS, TUNNEL_KEYS, "tunnel")
        };
        let mut dropped = Vec::new();
        for (k, v) in table.iter_mut() {
            let name: &str = k.get_ref();
            let label = format!("[{section}] {name}");
            let keep = if section == "tunnel" && name == "ngrok" {
                let span = v.span();
                match v.get_mut() {
                    DeValue::Table(t) => {
                        self.table(t, "tunnel.ngrok");
                        true
                    }
                    other => {
                        let found = article(other.type_str());
                        self.problems.at(
                            span,
                            "[tunnel.ngrok]",
                            format!("expected a table (a [tunnel.ngrok] section), found {found}"),
                        );
                        false
                    }
                }
            } else if section == "tunnel" && OTHER_BACKENDS.contains(&name) {
                false
            } else if section == "tunnel.ngrok" && name == "endpoints" {
                self.endpoints(v)
            } else if let Some((key, kind, example)) = keys.iter().find(|(n, _, _)| *n == name) {
                self.value(&label, key, *kind, example, v)
            } else {
                let message = if elsewhere.iter().any(|(n, _, _)| *n == name) {
                    format!("belongs in [{other_section}]; move it below the [{other_section}] header")
                } else if section == "tunnel" && matches!(v.get_ref(), DeValue::Table(_)) {
                    unknown_section_message(name)
                } else {
                    unknown_key_message(name, keys)
                };
                self.problems.at(k.span(), label, message);
                false
            };
            if !keep {
                dropped.push(name.to_owned());
            }
        }
        for name in dropped {
            table.remove(name.as_str());
        }
    }

    /// Checks one value; false when it was reported and must be dropped.
    fn value(
        &mut self,
        label: &str,
        key: &'static str,
        kind: Kind,
        example: &str,
        v: &mut Spanned<DeValue<'_>>,
    ) -> bool {
        let span = v.span();
        let secret = SECRET_KEYS.contains(&key)
            || (key == "proxy_url" && matches!(v.get_ref(), DeValue::String(s) if s.contains('@')));
        match (kind, v.get_mut()) {
            (Kind::Str | Kind::Addr | Kind::Duration | Kind::Size | Kind::AddrOrOff, DeValue::String(_)) => {
                self.expand(label, key, secret, v)
            }
            (Kind::AddrOrOff, DeValue::Boolean(false)) => {
                *v.get_mut() = DeValue::String(Cow::Borrowed("false"));
                true
            }
            (Kind::Strings, DeValue::Array(items)) => self.strings(label, key, secret, items, "a string"),
            (Kind::Bool, DeValue::Boolean(_)) | (Kind::Fraction, DeValue::Float(_) | DeValue::Integer(_)) => true,
            (Kind::Seconds | Kind::Addr | Kind::Duration | Kind::Size | Kind::AddrOrOff, DeValue::Integer(i)) => {
                let Some(n) = i64::from_str_radix(i.as_str(), i.radix()).ok() else {
                    self.problems.at(span, label, "is too large; use a smaller whole number");
                    return false;
                };
                match kind {
                    Kind::Addr | Kind::Size | Kind::AddrOrOff => {
                        *v.get_mut() = DeValue::String(Cow::Owned(n.to_string()))
                    }
                    Kind::Duration if n <= 0 => {
                        self.problems.at(
                            span,
                            label,
                            format!("must be a positive number of seconds; write e.g. {key} = {example}"),
                        );
                        return false;
                    }
                    Kind::Duration => *v.get_mut() = DeValue::String(Cow::Owned(format!("{n}s"))),
                    _ => {}
                }
                true
            }
            (Kind::Credentials, DeValue::String(_)) => {
                let ok = self.expand(label, key, secret, v);
                wrap_in_array(v, span);
                ok
            }
            (Kind::Credentials, DeValue::Array(items)) => self.strings(label, key, secret, items, "\"user:password\""),
            (Kind::Cidrs, DeValue::Array(items)) => {
                let ok = self.strings(label, key, false, items, "a CIDR such as \"203.0.113.0/24\"");
                allow_table(v, span);
                ok
            }
            (Kind::Cidrs, DeValue::Table(t)) => self.cidr_table(label, t),
            (Kind::Policy, DeValue::Table(_)) => {
                let env = self.env;
                let mut expand = |s: &str| expand_keeping_cel(s, env).map_err(|e| e.to_string());
                let (user, problems) = UserPolicy::from_toml(v, &mut expand);
                match &mut self.endpoint {
                    Some(e) => e.policy = Some((user, span, problems)),
                    None => self.summary.policy = Some((user, span, problems)),
                }
                // Taken out here: serde never sees the document (see `raw`).
                false
            }
            (Kind::Table, DeValue::Table(t)) => self.known_table(label, key, t),
            (_, other) => {
                let found = article(other.type_str());
                self.problems.at(
                    span,
                    label,
                    format!("expected {}, found {found}; write e.g. {key} = {example}", kind.describe()),
                );
                false
            }
        }
    }

    /// Every item of a list must be a string; each is expanded.
    fn strings(&mut self, label: &str, key: &'static str, secret: bool, items: &mut DeArray<'_>, what: &str) -> bool {
        let mut ok = true;
        for (n, item) in items.iter_mut().enumerate() {
            let item_label = format!("{label}[{n}]");
            if let DeValue::String(_) = item.get_ref() {
                ok &= self.expand(&item_label, key, secret, item);
            } else {
                let found = article(item.get_ref().type_str());
                self.problems.at(item.span(), item_label, format!("expected {what} in quotes, found {found}"));
                ok = false;
            }
        }
        ok
    }

    /// `ip_restrictions = { allow = [...], deny = [...] }`.
    fn cidr_table(&mut self, label: &str, table: &mut DeTable<'_>) -> bool {
        let mut ok = true;
        for (k, v) in table.iter_mut() {
            let name: &str = k.get_ref();
            let sub = format!("{label}.{name}");
            let span = v.span();
            match (name, v.get_mut()) {
                ("allow" | "deny", DeValue::Array(items)) => {
                    ok &= self.strings(&sub, "ip_restrictions", false, items, "a CIDR such as \"203.0.113.0/24\"");
                }
                ("allow" | "deny", other) => {
                    let found = article(other.type_str());
                    self.problems.at(
                        span,
                        sub,
                        format!("expected a list of CIDRs, found {found}; write e.g. {name} = [\"203.0.113.0/24\"]"),
                    );
                    ok = false;
                }
                _ => {
                    let hint =
                        closest(name, &["allow", "deny"]).map_or(String::new(), |c| format!("; did you mean \"{c}\"?"));
                    self.problems.at(
                        k.span(),
                        sub,
                        format!("unknown key (ip_restrictions has only allow and deny){hint}"),
                    );
                    ok = false;
                }
            }
        }
        ok
    }

    /// `webhook_verification`, `request_headers`, `response_headers`: only their keys, each of
    /// its type, every string expanded.
    fn known_table(&mut self, label: &str, key: &'static str, table: &mut DeTable<'_>) -> bool {
        let known: Vec<(&str, Option<&str>)> =
            TABLE_KEYS.iter().filter(|(t, _, _)| *t == key).map(|(_, k, what)| (*k, *what)).collect();
        let names: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
        let mut ok = true;
        for (k, v) in table.iter_mut() {
            let name: &str = k.get_ref();
            let sub = format!("{label}.{name}");
            let span = v.span();
            let secret = key == "webhook_verification" && name == "secret";
            ok &= match (known.iter().find(|(n, _)| *n == name).map(|(_, w)| *w), v.get_mut()) {
                (Some(None), DeValue::String(_)) => self.expand(&sub, key, secret, v),
                (Some(Some("list")), DeValue::Array(items)) => self.strings(&sub, key, false, items, "a header name"),
                (Some(Some("table")), DeValue::Table(t)) => {
                    let mut all = true;
                    for (_, hv) in t.iter_mut() {
                        if let DeValue::String(_) = hv.get_ref() {
                            all &= self.expand(&sub, key, false, hv);
                        } else {
                            let found = article(hv.get_ref().type_str());
                            self.problems.at(
                                hv.span(),
                                sub.clone(),
                                format!("expected a header value in quotes, found {found}"),
                            );
                            all = false;
                        }
                    }
                    all
                }
                (Some(what), other) => {
                    let want = match what {
                        None => "a string in quotes",
                        Some("list") => "a list of header names, e.g. [\"X-Debug\"]",
                        _ => "a table of header values, e.g. { X-Env = \"prod\" }",
                    };
                    let found = article(other.type_str());
                    self.problems.at(span, sub, format!("expected {want}, found {found}"));
                    false
                }
                (None, _) => {
                    let hint = closest(name, &names).map_or(String::new(), |c| format!("; did you mean \"{c}\"?"));
                    self.problems.at(
                        k.span(),
                        sub,
                        format!("unknown key ({key} has only {}){hint}", names.join(" and ")),
                    );
                    false
                }
            };
        }
        ok
    }

    /// Expands `${VAR}` in a string value; false (reported) when a reference cannot be.
    fn expand(&mut self, label: &str, key: &'static str, secret: bool, v: &mut Spanned<DeValue<'_>>) -> bool {
        let span = v.span();
        let DeValue::String(text) = v.get_mut() else { return true };
        if secret && !text.is_empty() && !has_reference(text) && !self.summary.literal_secrets.contains(&key) {
            self.summary.literal_secrets.push(key);
        }
        match expand(text, self.env) {
            Ok(expanded) => {
                *text = Cow::Owned(expanded);
                true
            }
            // The API key serves only the REST API commands, which expand it themselves (an
            // unset variable there is an error naming it); a tunnel must not need it.
            Err(ExpandError::Unset(var)) if key == API_ONLY_KEY => {
                tracing::debug!("{label}: ${{{var}}} is not set; the key is only used by the API commands");
                false
            }
            // `authtoken = "${NGROK_AUTHTOKEN}"` names the very variable the authtoken falls back
            // to: unset, the key is as good as absent, and the agent's config is looked at next
            // (with none there, `start` lists every place a token can come from).
            Err(ExpandError::Unset(var)) if key == "authtoken" && var == "NGROK_AUTHTOKEN" => false,
            Err(e) => {
                self.problems.at(span, label, e.to_string());
                false
            }
        }
    }
}

/// The key only the REST API commands use (never a tunnel command).
const API_ONLY_KEY: &str = "api_key";

fn wrap_in_array(v: &mut Spanned<DeValue<'_>>, span: Range<usize>) {
    let one = std::mem::replace(v.get_mut(), DeValue::Boolean(false));
    let mut list = DeArray::new();
    list.push(Spanned::new(span, one));
    *v.get_mut() = DeValue::Array(list);
}

fn allow_table(v: &mut Spanned<DeValue<'_>>, span: Range<usize>) {
    let list = std::mem::replace(v.get_mut(), DeValue::Boolean(false));
    let mut table = DeTable::new();
    table.insert(Spanned::new(span.clone(), Cow::Borrowed("allow")), Spanned::new(span, list));
    *v.get_mut() = DeValue::Table(table);
}

/// "a string", "an integer", … for a TOML type name.
pub(super) fn article(type_str: &str) -> String {
    let an = matches!(type_str.as_bytes().first(), Some(b'a' | b'e' | b'i' | b'o' | b'u'));
    format!("{} {type_str}", if an { "an" } else { "a" })
}
