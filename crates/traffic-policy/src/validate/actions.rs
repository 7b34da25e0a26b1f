//! The limits ngrok documents for individual actions (credential counts, ranges, CIDRs, regexes).

use serde_json::{Map, Value};

use super::Sink;
use super::fields::parse_duration;
use crate::catalog::{ActionSpec, COMPRESSION_ALGORITHMS, WEBHOOK_PROVIDERS};
use crate::model::Phase;

type Config = Map<String, Value>;

/// Checks the action-specific limits of a config whose shape is already known to be an object.
/// Fields of the wrong type were reported by the shape check and are skipped here.
pub(super) fn check(spec: &ActionSpec, _phase: Phase, c: &Config, sink: &mut Sink<'_>) {
    let kind = spec.kind;
    match kind {
        "basic-auth" => basic_auth(c, sink),
        "restrict-ips" => restrict_ips(c, sink),
        "rate-limit" => rate_limit(c, sink),
        "circuit-breaker" => circuit_breaker(c, sink),
        "compress-response" => compress(c, sink),
        "custom-response" | "deny" => status_range(kind, c, 100, 599, sink),
        "redirect" => {
            status_range(kind, c, 300, 399, sink);
            regex_field(kind, c, "from", sink);
        }
        "url-rewrite" => regex_field(kind, c, "from", sink),
        "add-headers" => {
            let names: Vec<&String> =
                c.get("headers").and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
            header_names(kind, names, sink);
        }
        "remove-headers" => {
            let names: Vec<&String> = strings(c, "headers").unwrap_or_default();
            header_names(kind, names, sink);
        }
        "set-vars" => set_vars(c, sink),
        "verify-webhook" => verify_webhook(c, sink),
        _ => {}
    }
}

fn strings<'c>(c: &'c Config, key: &str) -> Option<Vec<&'c String>> {
    c.get(key)?
        .as_array()?
        .iter()
        .map(|v| match v {
            Value::String(s) => Some(s),
            _ => None,
        })
        .collect()
}

fn key(k: &str) -> Option<String> {
    Some(format!("config.{k}"))
}

fn range(
    kind: &str,
    field: &str,
    min: impl std::fmt::Display,
    max: impl std::fmt::Display,
    actual: impl std::fmt::Display,
    sink: &mut Sink<'_>,
) {
    sink.push(Some("ERR_NGROK_2215"), key(field), format!(
        "Failed to parse configuration for `{kind}`: `{field}` must be between `{min}` and `{max}` inclusive, was `{actual}`."
    ));
}

fn basic_auth(c: &Config, sink: &mut Sink<'_>) {
    let Some(creds) = strings(c, "credentials") else { return };
    if creds.is_empty() {
        sink.push(
            Some("ERR_NGROK_2223"),
            key("credentials"),
            "Invalid configuration for `basic-auth`: `credentials` cannot be empty. Add \"user:password\" entries"
                .into(),
        );
    }
    if creds.len() > 10 {
        sink.push(
            Some("ERR_NGROK_2218"),
            key("credentials"),
            format!(
                "Too many entries for `credentials`. You provided `{}` entries, but the limit is `10`.",
                creds.len()
            ),
        );
    }
    for (i, cred) in creds.iter().enumerate() {
        let at = Some(format!("config.credentials[{i}]"));
        if cred.contains("${") {
            continue;
        }
        let Some((user, pass)) = cred.split_once(':') else {
            sink.push(Some("ERR_NGROK_2257"), at, format!(
                "Invalid basic auth credential. Username `{}` fails to meet requirements of RFC 7617 #2.1: an entry must be \"username:password\"",
                cred.chars().take(3).collect::<String>() + "…"
            ));
            continue;
        };
        if user.is_empty() || user.chars().any(char::is_control) {
            sink.push(Some("ERR_NGROK_2257"), at.clone(), format!(
                "Invalid basic auth credential. Username `{user}` fails to meet requirements of RFC 7617 #2.1: it must be non-empty without control characters"
            ));
        }
        let n = pass.chars().count();
        if !(8..=128).contains(&n) || pass.chars().any(char::is_control) {
            sink.push(Some("ERR_NGROK_2258"), at, format!(
                "Invalid basic auth credential. The password of user `{user}` fails to meet requirements of RFC 7617 #2.1: it must be 8 to 128 characters without control characters, was {n} characters"
            ));
        }
    }
}

fn restrict_ips(c: &Config, sink: &mut Sink<'_>) {
    let mut any = false;
    for list in ["allow", "deny"] {
        let Some(cidrs) = strings(c, list) else { continue };
        any |= !cidrs.is_empty();
        let bad: Vec<&str> = cidrs.iter().filter(|s| s.parse::<ipnet::IpNet>().is_err()).map(|s| s.as_str()).collect();
        if !bad.is_empty() {
            sink.push(
                Some("ERR_NGROK_2217"),
                key(list),
                format!(
                    "Invalid CIDR(s): `{}`. Write each as address/prefix, e.g. \"203.0.113.0/24\"",
                    bad.join("`, `")
                ),
            );
        }
    }
    any |= strings(c, "ip_policies").is_some_and(|p| !p.is_empty());
    if !any {
        sink.push(Some("ERR_NGROK_2223"), key("allow"),
            "Invalid configuration for `restrict-ips`: `allow`, `deny` or `ip_policies` cannot be empty. Add at least one CIDR".into());
    }
}

fn rate_limit(c: &Config, sink: &mut Sink<'_>) {
    if let Some(alg) = c.get("algorithm").and_then(Value::as_str)
        && alg != "sliding_window"
    {
        sink.push(
            Some("ERR_NGROK_2222"),
            key("algorithm"),
            format!("Invalid configuration for `rate-limit`: `algorithm` must be `sliding_window`, was `{alg}`."),
        );
    }
    if let Some(cap) = c.get("capacity").and_then(Value::as_i64)
        && !(1..=2_000_000_000).contains(&cap)
    {
        range("rate-limit", "capacity", 1, 2_000_000_000, cap, sink);
    }
    if let Some(name) = c.get("name").and_then(Value::as_str)
        && name.len() >= 1024
    {
        sink.push(
            Some("ERR_NGROK_2221"),
            key("name"),
            format!(
                "Invalid configuration for `rate-limit`: `name` length of `{}` exceeded limit of `1023`.",
                name.len()
            ),
        );
    }
    if let Some(Ok(rate)) = c.get("rate").and_then(Value::as_str).map(parse_duration) {
        let secs = rate.as_secs_f64();
        if !(60.0..=86_400.0).contains(&secs) {
            range("rate-limit", "rate", "60s", "24h", format!("{secs}s"), sink);
        } else if rate.as_millis() % 10_000 != 0 {
            sink.push(
                Some("ERR_NGROK_2222"),
                key("rate"),
                format!(
                    "Invalid configuration for `rate-limit`: `rate` must be `a multiple of ten seconds`, was `{secs}s`."
                ),
            );
        }
    }
    if let Some(keys) = strings(c, "bucket_key") {
        if keys.len() > 10 {
            sink.push(
                Some("ERR_NGROK_2218"),
                key("bucket_key"),
                format!(
                    "Too many entries for `bucket_key`. You provided `{}` entries, but the limit is `10`.",
                    keys.len()
                ),
            );
        }
        for (i, expr) in keys.iter().enumerate() {
            if let Err(why) = crate::cel::check(expr) {
                sink.push(
                    Some("ERR_NGROK_2200"),
                    Some(format!("config.bucket_key[{i}]")),
                    format!(
                        "Invalid policy expression. {why}. A bucket key is a CEL expression, e.g. \"conn.client_ip\""
                    ),
                );
            }
        }
    }
}

fn circuit_breaker(c: &Config, sink: &mut Sink<'_>) {
    if let Some(t) = c.get("error_threshold").and_then(Value::as_f64)
        && !(0.0..=1.0).contains(&t)
    {
        range("circuit-breaker", "error_threshold", "0.0", "1.0", t, sink);
    }
    if let Some(v) = c.get("volume_threshold").and_then(Value::as_i64)
        && !(1..=2_000_000_000).contains(&v)
    {
        range("circuit-breaker", "volume_threshold", 1, 2_000_000_000, v, sink);
    }
    for field in ["window_duration", "tripped_duration"] {
        if let Some(Ok(d)) = c.get(field).and_then(Value::as_str).map(parse_duration)
            && !(1.0..=120.0).contains(&d.as_secs_f64())
        {
            range("circuit-breaker", field, "1s", "2m", format!("{}s", d.as_secs_f64()), sink);
        }
    }
    if let Some(n) = c.get("num_buckets").and_then(Value::as_i64)
        && n != 10
    {
        sink.push(
            Some("ERR_NGROK_2222"),
            key("num_buckets"),
            format!("Invalid configuration for `circuit-breaker`: `num_buckets` must be `10`, was `{n}`."),
        );
    }
}

fn compress(c: &Config, sink: &mut Sink<'_>) {
    let Some(algs) = strings(c, "algorithms") else { return };
    for alg in &algs {
        if !COMPRESSION_ALGORITHMS.contains(&alg.as_str()) {
            sink.push(
                Some("ERR_NGROK_2214"),
                key("algorithms"),
                format!(
                    "Failed to parse configuration for compress: contained an invalid algorithm: `{alg}`. Use {}",
                    COMPRESSION_ALGORITHMS.join(", ")
                ),
            );
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    let dups: Vec<&str> = algs.iter().filter(|a| !seen.insert(a.as_str())).map(|a| a.as_str()).collect();
    if !dups.is_empty() {
        sink.push(
            Some("ERR_NGROK_2231"),
            key("algorithms"),
            format!(
                "Invalid configuration for `compress-response`: `algorithms` contains duplicate values: `{}`.",
                dups.join("`, `")
            ),
        );
    }
}

fn status_range(kind: &str, c: &Config, min: i64, max: i64, sink: &mut Sink<'_>) {
    if let Some(code) = c.get("status_code").and_then(Value::as_i64)
        && !(min..=max).contains(&code)
    {
        range(kind, "status_code", min, max, code, sink);
    }
}

fn regex_field(kind: &str, c: &Config, field: &str, sink: &mut Sink<'_>) {
    if let Some(Err(e)) = c.get(field).and_then(Value::as_str).filter(|s| !s.contains("${")).map(regex::Regex::new) {
        let why = e.to_string().split_whitespace().collect::<Vec<_>>().join(" ");
        sink.push(Some("ERR_NGROK_2261"), key(field), format!(
            "Failed to parse the configuration for policy action type `{kind}`. Field `{field}` is not a valid regular expression. ERROR: `{why}`."
        ));
    }
}

fn header_names(kind: &str, names: Vec<&String>, sink: &mut Sink<'_>) {
    if names.is_empty() {
        sink.push(
            Some("ERR_NGROK_2223"),
            key("headers"),
            format!("Invalid configuration for `{kind}`: `headers` cannot be empty. Name at least one header"),
        );
    }
    for name in names {
        let token =
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !token {
            sink.push(Some("ERR_NGROK_2210"), key("headers"), format!(
                "Failed to parse configuration for `{kind}`: name is invalid `{name}`. A header name is letters, digits and !#$%&'*+-.^_`|~"
            ));
        }
    }
}

fn set_vars(c: &Config, sink: &mut Sink<'_>) {
    let Some(vars) = c.get("vars").and_then(Value::as_array) else { return };
    if vars.iter().any(|v| v.as_object().is_none_or(|m| m.len() != 1)) {
        sink.push(
            Some("ERR_NGROK_2252"),
            key("vars"),
            "Invalid format for set-vars: vars must be a list of maps of exactly size 1, e.g. [{ region = \"eu\" }]"
                .into(),
        );
    }
}

fn verify_webhook(c: &Config, sink: &mut Sink<'_>) {
    if let Some(p) = c.get("provider").and_then(Value::as_str)
        && !WEBHOOK_PROVIDERS.contains(&p)
    {
        sink.push(Some("ERR_NGROK_2222"), key("provider"), format!(
            "Invalid configuration for `verify-webhook`: `provider` must be `a supported provider identifier (github, stripe, slack, twilio, zoom, …)`, was `{p}`."
        ));
    }
    if c.get("secret").and_then(Value::as_str).is_some_and(str::is_empty) {
        sink.push(
            Some("ERR_NGROK_2223"),
            key("secret"),
            "Invalid configuration for `verify-webhook`: `secret` cannot be empty. Set the provider's signing secret"
                .into(),
        );
    }
}
