//! Action configurations compiled once at Bind: templates parsed, CIDRs and durations read,
//! stateful actions given their state.

use std::sync::Arc;
use std::time::Duration;

use hyper::header::HeaderName;
use ipnet::IpNet;
use serde_json::{Map, Value};

use super::cel_env::{Template, compile};
use super::limits::{Breaker, BreakerConfig, RateLimiter};
use super::webhook::Provider;

/// A compression algorithm the edge can apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Algorithm {
    /// `gzip`
    Gzip,
    /// `deflate` (zlib-wrapped, as HTTP means it)
    Deflate,
    /// `br`
    Brotli,
}

impl Algorithm {
    /// The `Content-Encoding` token.
    pub(crate) fn token(self) -> &'static str {
        match self {
            Algorithm::Gzip => "gzip",
            Algorithm::Deflate => "deflate",
            Algorithm::Brotli => "br",
        }
    }
}

/// One compiled action.
pub(crate) enum Act {
    Deny { status: u16 },
    CloseConnection,
    CustomResponse { status: u16, body: Template, headers: Vec<(String, Template)> },
    AddHeaders { headers: Vec<(HeaderName, Template)> },
    RemoveHeaders { names: Vec<HeaderName> },
    RestrictIps { allow: Vec<IpNet>, deny: Vec<IpNet>, enforce: bool },
    BasicAuth { credentials: Vec<(String, String)>, realm: String, enforce: bool },
    RateLimit { keys: Vec<cel::Program>, limiter: RateLimiter, enforce: bool },
    CircuitBreaker { breaker: Arc<Breaker>, enforce: bool },
    Compress { algorithms: Vec<Algorithm> },
    Redirect { from: Option<Template>, to: Template, status: u16, headers: Vec<(String, Template)> },
    UrlRewrite { from: Option<Template>, to: Template },
    SetVars { vars: Vec<(String, Value)> },
    Log { metadata: Value },
    VerifyWebhook { provider: Provider, secret: Template, enforce: bool },
    ForwardInternal { url: Template, halt: bool },
}

fn text<'c>(c: &'c Map<String, Value>, key: &str) -> Option<&'c str> {
    c.get(key).and_then(Value::as_str)
}

fn flag(c: &Map<String, Value>, key: &str, default: bool) -> bool {
    c.get(key).and_then(Value::as_bool).unwrap_or(default)
}

fn strings<'c>(c: &'c Map<String, Value>, key: &str) -> Vec<&'c str> {
    c.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

fn duration(c: &Map<String, Value>, key: &str, default: Duration) -> Result<Duration, String> {
    match text(c, key) {
        Some(s) => humantime::parse_duration(s).map_err(|e| format!("`{key}`: {e}")),
        None => Ok(default),
    }
}

fn template(c: &Map<String, Value>, key: &str) -> Result<Option<Template>, String> {
    text(c, key).map(|s| Template::new(s).map_err(|e| format!("`{key}`: {e}"))).transpose()
}

fn header_templates(c: &Map<String, Value>) -> Result<Vec<(String, Template)>, String> {
    let Some(map) = c.get("headers").and_then(Value::as_object) else { return Ok(vec![]) };
    map.iter().map(|(k, v)| Ok((k.to_ascii_lowercase(), Template::new(v.as_str().unwrap_or_default())?))).collect()
}

fn cidrs(list: Vec<&str>) -> Result<Vec<IpNet>, String> {
    list.into_iter().map(|s| s.parse::<IpNet>().map_err(|_| format!("'{s}' is not a CIDR"))).collect()
}

/// Compiles an action already checked by `traffic_policy::validate`; errors name the key.
pub(crate) fn compile_action(kind: &str, config: Option<&Value>) -> Result<Act, String> {
    let empty = Map::new();
    let c = config.and_then(Value::as_object).unwrap_or(&empty);
    Ok(match kind {
        "deny" => Act::Deny { status: c.get("status_code").and_then(Value::as_u64).unwrap_or(403) as u16 },
        "close-connection" => Act::CloseConnection,
        "custom-response" => Act::CustomResponse {
            status: c.get("status_code").and_then(Value::as_u64).unwrap_or(200) as u16,
            body: template(c, "body")?.unwrap_or(Template::new("")?),
            headers: header_templates(c)?,
        },
        "add-headers" => Act::AddHeaders {
            headers: header_templates(c)?
                .into_iter()
                .map(|(k, t)| {
                    HeaderName::from_bytes(k.as_bytes()).map(|n| (n, t)).map_err(|e| format!("`headers`: {e}"))
                })
                .collect::<Result<_, _>>()?,
        },
        "remove-headers" => Act::RemoveHeaders {
            names: strings(c, "headers")
                .into_iter()
                .map(|h| {
                    HeaderName::from_bytes(h.to_ascii_lowercase().as_bytes()).map_err(|e| format!("`headers`: {e}"))
                })
                .collect::<Result<_, _>>()?,
        },
        "restrict-ips" => Act::RestrictIps {
            allow: cidrs(strings(c, "allow"))?,
            deny: cidrs(strings(c, "deny"))?,
            enforce: flag(c, "enforce", true),
        },
        "basic-auth" => Act::BasicAuth {
            credentials: strings(c, "credentials")
                .into_iter()
                .filter_map(|s| s.split_once(':').map(|(u, p)| (u.to_owned(), p.to_owned())))
                .collect(),
            realm: text(c, "realm").unwrap_or("ngrok").to_owned(),
            enforce: flag(c, "enforce", true),
        },
        "rate-limit" => Act::RateLimit {
            keys: strings(c, "bucket_key").into_iter().map(compile).collect::<Result<_, _>>()?,
            limiter: RateLimiter::new(
                c.get("capacity").and_then(Value::as_u64).unwrap_or(1) as usize,
                duration(c, "rate", Duration::from_secs(60))?,
            ),
            enforce: flag(c, "enforce", true),
        },
        "circuit-breaker" => Act::CircuitBreaker {
            breaker: Arc::new(Breaker::new(BreakerConfig {
                error_threshold: c.get("error_threshold").and_then(Value::as_f64).unwrap_or(0.5),
                volume_threshold: c.get("volume_threshold").and_then(Value::as_u64).unwrap_or(10) as usize,
                window: duration(c, "window_duration", Duration::from_secs(10))?,
                tripped: duration(c, "tripped_duration", Duration::from_secs(10))?,
            })),
            enforce: flag(c, "enforce", true),
        },
        "compress-response" => {
            let known = [Algorithm::Gzip, Algorithm::Deflate, Algorithm::Brotli];
            let listed = strings(c, "algorithms");
            let algorithms = if listed.is_empty() {
                known.to_vec()
            } else {
                listed.iter().filter_map(|t| known.iter().find(|a| a.token() == *t).copied()).collect()
            };
            Act::Compress { algorithms }
        }
        "redirect" => Act::Redirect {
            from: template(c, "from")?,
            to: template(c, "to")?.ok_or("`to` is required")?,
            status: c.get("status_code").and_then(Value::as_u64).unwrap_or(302) as u16,
            headers: header_templates(c)?,
        },
        "url-rewrite" => {
            Act::UrlRewrite { from: template(c, "from")?, to: template(c, "to")?.ok_or("`to` is required")? }
        }
        "set-vars" => Act::SetVars {
            vars: c
                .get("vars")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_object)
                        .flat_map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())))
                        .collect()
                })
                .unwrap_or_default(),
        },
        "log" => Act::Log { metadata: c.get("metadata").cloned().unwrap_or(Value::Null) },
        "verify-webhook" => {
            let id = text(c, "provider").unwrap_or_default();
            Act::VerifyWebhook {
                provider: Provider::from_id(id).ok_or_else(|| format!("provider `{id}` is not simulated"))?,
                secret: template(c, "secret")?.ok_or("`secret` is required")?,
                enforce: flag(c, "enforce", true),
            }
        }
        "forward-internal" => Act::ForwardInternal {
            url: template(c, "url")?.ok_or("`url` is required")?,
            halt: text(c, "on_error") != Some("continue"),
        },
        other => return Err(format!("the `{other}` action is not simulated")),
    })
}
