//! Running a phase: rules in order, expressions ANDed, actions in order until one decides.

use base64::Engine;
use hyper::header::{HeaderValue, LOCATION, RETRY_AFTER, WWW_AUTHENTICATE};
use traffic_policy::Phase;

use super::actions::Act;
use super::cel_env::{Scope, canonical};
use super::exchange::{Exchange, Reply, Verdict, render_json, value};
use super::webhook::Signed;
use super::{CompiledRule, EndpointPolicy};
use crate::codes;
use serde_json::json;

impl EndpointPolicy {
    /// Runs one phase's rules on the exchange.
    pub(crate) fn run(&self, phase: Phase, x: &mut Exchange) -> Verdict {
        for rule in self.rules(phase) {
            match matches(rule, &x.scope()) {
                Ok(false) => continue,
                Ok(true) => {}
                Err(why) => return failure(phase, "ERR_NGROK_2253", why),
            }
            for act in &rule.actions {
                let decided =
                    run_action(phase, rule, act, x).unwrap_or_else(|why| failure(phase, "ERR_NGROK_2238", why));
                if !matches!(decided, Verdict::Continue) {
                    return decided;
                }
            }
        }
        Verdict::Continue
    }
}

/// Whether every expression of the rule holds.
fn matches(rule: &CompiledRule, scope: &Scope) -> Result<bool, String> {
    for (src, program) in &rule.expressions {
        if !scope.holds(program).map_err(|e| format!("Failed to evaluate CEL expression `{src}`: {e}"))? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A runtime evaluation failure: a 500 error page for HTTP, a closed connection for TCP.
fn failure(phase: Phase, code: &'static str, why: String) -> Verdict {
    tracing::info!(%phase, %why, "traffic policy evaluation failed");
    match phase {
        Phase::TcpConnect => Verdict::Close,
        _ => Verdict::Respond(Reply::page(500, code, codes::policy_error_page(&why, code))),
    }
}

fn status_reply(status: u16) -> Reply {
    let reason = hyper::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("");
    Reply::text(status, format!("{status} {reason}\n"))
}

fn run_action(phase: Phase, rule: &CompiledRule, act: &Act, x: &mut Exchange) -> Result<Verdict, String> {
    let scope = x.scope();
    Ok(match act {
        Act::Deny { .. } if phase == Phase::TcpConnect => Verdict::Close,
        Act::Deny { status } => Verdict::Respond(status_reply(*status)),
        Act::CloseConnection => Verdict::Close,
        Act::CustomResponse { status, body, headers } => {
            let body = body.render(&scope)?;
            let mut reply = Reply::text(*status, body.clone());
            reply.headers.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static(content_type_of(&body)));
            for (name, t) in headers {
                if let (Some(n), Some(v)) = (super::exchange::name(name), value(&t.render(&scope)?)) {
                    reply.headers.insert(n, v);
                }
            }
            Verdict::Respond(reply)
        }
        Act::AddHeaders { headers } => {
            let target = target_headers(phase, x);
            for (name, t) in headers {
                let v = value(&t.render(&scope)?)
                    .ok_or_else(|| format!("the value of header `{name}` is not a valid header value"))?;
                if name == hyper::header::HOST {
                    target.insert(name.clone(), v);
                } else {
                    target.append(name.clone(), v);
                }
            }
            Verdict::Continue
        }
        Act::RemoveHeaders { names } => {
            let target = target_headers(phase, x);
            for n in names {
                target.remove(n);
            }
            Verdict::Continue
        }
        Act::RestrictIps { allow, deny, enforce } => {
            let ip = canonical(x.client.ip());
            let denied_by = deny.iter().find(|n| n.contains(&ip));
            let allowed_by = allow.iter().find(|n| n.contains(&ip));
            let allowed = (allow.is_empty() || allowed_by.is_some()) && denied_by.is_none();
            let matched = denied_by.or(allowed_by).map(|n| n.to_string()).unwrap_or_default();
            x.result(
                "restrict_ips",
                json!({ "action": if allowed { "allow" } else { "deny" }, "matched_cidr": matched }),
            );
            match (allowed || !enforce, phase) {
                (true, _) => Verdict::Continue,
                (false, Phase::TcpConnect) => Verdict::Close,
                (false, _) => {
                    Verdict::Respond(Reply::page(403, "ERR_NGROK_3205", codes::ip_blocked_page(&ip.to_string())))
                }
            }
        }
        Act::BasicAuth { credentials, realm, enforce } => {
            let header =
                x.req.as_ref().and_then(|r| r.headers.get(hyper::header::AUTHORIZATION)).and_then(|v| v.to_str().ok());
            let pair = presented(header);
            let authorized = credentials_ok(credentials, pair.as_ref());
            x.result(
                "basic_auth",
                json!({ "credentials": { "presented": pair.is_some(), "authorized": authorized,
                                         "username": pair.map(|(u, _)| u).unwrap_or_default() } }),
            );
            if authorized || !enforce {
                Verdict::Continue
            } else {
                let mut reply = Reply::text(401, "401 Unauthorized: valid credentials are required.\n");
                let challenge = format!("Basic realm=\"{}\"", realm.replace('"', "'"));
                reply.headers.insert(WWW_AUTHENTICATE, value(&challenge).unwrap_or(HeaderValue::from_static("Basic")));
                Verdict::Respond(reply)
            }
        }
        Act::RateLimit { keys, limiter, enforce } => {
            let bucket = keys
                .iter()
                .map(|k| scope.eval(k).map(|v| super::cel_env::display(&v)))
                .collect::<Result<Vec<_>, _>>()?
                .join("\u{0}");
            let admitted = limiter.admit(&bucket);
            x.result("rate_limit", json!({ "limited": admitted.is_err(), "bucket_key": bucket.replace('\u{0}', ",") }));
            match admitted {
                Err(wait) if *enforce => {
                    let mut reply =
                        Reply::text(429, "429 Too Many Requests: the rate limit for this endpoint was reached.\n");
                    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                    reply.headers.insert(RETRY_AFTER, HeaderValue::from(secs.max(1)));
                    Verdict::Respond(reply)
                }
                _ => Verdict::Continue,
            }
        }
        Act::CircuitBreaker { breaker, enforce } => {
            if *enforce && breaker.is_open() {
                Verdict::Respond(Reply::page(503, "ERR_NGROK_3202", codes::breaker_page(&x.endpoint_url)))
            } else {
                x.breakers.push(breaker.clone());
                Verdict::Continue
            }
        }
        Act::Compress { algorithms } => {
            let accept = x.req.as_ref().map(|r| r.headers.clone()).unwrap_or_default();
            x.compress = super::http::negotiate(&accept, algorithms);
            Verdict::Continue
        }
        Act::Redirect { from, to, status, headers } => {
            let url = x.request_url();
            let target = rewrite(&url, from.as_ref().map(|f| f.render(&scope)).transpose()?, &to.render(&scope)?)?;
            if target == url {
                return Ok(Verdict::Continue);
            }
            let mut reply = status_reply(*status);
            reply.headers.insert(LOCATION, value(&target).ok_or("the redirect target is not a valid header value")?);
            for (name, t) in headers {
                if let (Some(n), Some(v)) = (super::exchange::name(name), value(&t.render(&scope)?)) {
                    reply.headers.insert(n, v);
                }
            }
            Verdict::Respond(reply)
        }
        Act::UrlRewrite { from, to } => {
            let url = x.request_url();
            let target = rewrite(&url, from.as_ref().map(|f| f.render(&scope)).transpose()?, &to.render(&scope)?)?;
            if target != url {
                super::http::set_url(x, &target)?;
            }
            Verdict::Continue
        }
        Act::SetVars { vars } => {
            for (k, v) in vars {
                let rendered = render_json(v, &scope)?;
                x.vars.insert(k.clone(), rendered);
            }
            Verdict::Continue
        }
        Act::Log { metadata } => {
            let rendered = render_json(metadata, &scope)?;
            x.log(phase, (rule.index, rule.name.clone()), rendered);
            Verdict::Continue
        }
        Act::ForwardInternal { url, halt } => super::forward_internal::run(phase, &url.render(&scope)?, *halt, x),
        Act::VerifyWebhook { provider, secret, enforce } => {
            let secret = secret.render(&scope)?;
            let url = x.request_url();
            let req = x.req.as_ref().ok_or("verify-webhook runs on requests only")?;
            let body = req.body.as_deref().unwrap_or_default();
            let verified = provider.verify(&secret, &Signed { headers: &req.headers, body, url: &url });
            let challenge = verified.as_ref().ok().and_then(|()| provider.challenge_answer(&secret, body));
            x.result("verify_webhook", json!({ "verified": verified.is_ok() }));
            match verified {
                Ok(()) => match challenge {
                    Some(answer) => {
                        let mut reply = Reply::text(200, answer.to_string());
                        reply.headers.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        Verdict::Respond(reply)
                    }
                    None => Verdict::Continue,
                },
                Err(why) => {
                    tracing::info!(?provider, %why, "webhook verification failed");
                    if *enforce {
                        Verdict::Respond(Reply::text(
                            403,
                            format!("403 Forbidden: webhook verification failed: {why}\n"),
                        ))
                    } else {
                        Verdict::Continue
                    }
                }
            }
        }
    })
}

/// The headers an action in `phase` changes: the request's or the response's.
fn target_headers(phase: Phase, x: &mut Exchange) -> &mut hyper::HeaderMap {
    match (phase, &mut x.req, &mut x.res) {
        (Phase::HttpResponse, _, Some(res)) => &mut res.headers,
        (_, Some(req), _) => &mut req.headers,
        _ => unreachable!("header actions are only allowed in HTTP phases, where a request exists"),
    }
}

/// `from` replaced by `to` in `url` (all matches); without `from`, the whole URL becomes `to`.
fn rewrite(url: &str, from: Option<String>, to: &str) -> Result<String, String> {
    match from {
        None => Ok(to.to_owned()),
        Some(pattern) => {
            let re = regex::Regex::new(&pattern).map_err(|e| format!("`from` is not a regular expression: {e}"))?;
            Ok(re.replace_all(url, to).into_owned())
        }
    }
}

fn content_type_of(body: &str) -> &'static str {
    let trimmed = body.trim_start();
    if (trimmed.starts_with('{') || trimmed.starts_with('[')) && serde_json::from_str::<serde_json::Value>(body).is_ok()
    {
        "application/json"
    } else if trimmed.starts_with('<') {
        "text/html; charset=utf-8"
    } else {
        "text/plain; charset=utf-8"
    }
}

/// The `(user, password)` an `Authorization: Basic …` value presents, if it is one.
fn presented(header: Option<&str>) -> Option<(String, String)> {
    let header = header?;
    let encoded = header.strip_prefix("Basic ").or_else(|| header.strip_prefix("basic "))?;
    let decoded = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?).ok()?;
    decoded.split_once(':').map(|(u, p)| (u.to_owned(), p.to_owned()))
}

/// Whether the presented pair is one of the credentials.
fn credentials_ok(credentials: &[(String, String)], pair: Option<&(String, String)>) -> bool {
    pair.is_some_and(|pair| credentials.contains(pair))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_credentials() {
        let creds = vec![("alice".to_owned(), "pass:with:colons".to_owned())];
        let ok = |h: &str| credentials_ok(&creds, presented(Some(h)).as_ref());
        assert!(ok("Basic YWxpY2U6cGFzczp3aXRoOmNvbG9ucw=="));
        assert!(!ok("Basic YWxpY2U6bm9wZQ=="));
        assert_eq!(presented(Some("Basic YWxpY2U6bm9wZQ==")).unwrap().0, "alice");
        assert!(!ok("Bearer abc"));
        assert!(presented(None).is_none());
    }

    #[test]
    fn rewrites() {
        assert_eq!(rewrite("https://h/a/1", Some("/a/([0-9]+)".into()), "/b/$1").unwrap(), "https://h/b/1");
        assert_eq!(rewrite("https://h/x", None, "https://o/").unwrap(), "https://o/");
        assert_eq!(content_type_of("{\"a\":1}"), "application/json");
        assert_eq!(content_type_of("<p>hi</p>"), "text/html; charset=utf-8");
    }
}
