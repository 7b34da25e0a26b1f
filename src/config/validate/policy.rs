//! The policy keys: `traffic_policy` (inline, converted by the schema pass), `traffic_policy_file`
//! / `--traffic-policy-file`, `webhook_verification`, `request_headers` and `response_headers`;
//! then the effective policy (generated rules first) is built and validated, and each of its
//! problems is reported where the user wrote the thing it is about.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;

use super::{Pass, Src};
use crate::config::errors::{Origin, show};
use crate::config::flags::TunnelFlags;
use crate::config::kinds::Proto;
use crate::config::model::TunnelConfig;
use crate::config::raw::{RawHeaders, RawWebhook, defaults::MAX_FILE};
use crate::policy::{self, HeaderRewrite, UserPolicy, Webhook, Where};

/// The raw policy keys of `[tunnel.ngrok]`.
pub(crate) struct PolicyKeys {
    /// The inline table: converted document, span of its key, conversion problems.
    pub inline: Option<(UserPolicy, Range<usize>, Vec<policy::Problem>)>,
    /// `traffic_policy_file`.
    pub file: Option<Spanned<String>>,
    /// `webhook_verification`.
    pub webhook: Option<Spanned<RawWebhook>>,
    /// `request_headers`.
    pub request: Option<Spanned<RawHeaders>>,
    /// `response_headers`.
    pub response: Option<Spanned<RawHeaders>>,
}

const INLINE: &str = "[tunnel.ngrok] traffic_policy";

/// Reads the policy keys into `cfg` and sets `cfg.policy`; `seed_srcs` says where each seed
/// key came from, for problems in the rules generated from it.
pub(super) fn build(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    flags: &TunnelFlags,
    keys: PolicyKeys,
    seed_srcs: &[(&'static str, Src)],
) {
    let mut srcs: Vec<(&'static str, Src)> = seed_srcs.to_vec();
    if let Some(w) = keys.webhook {
        let src = Src::File(w.span(), "webhook_verification");
        cfg.webhook_verification = webhook(p, &src, w.into_inner());
        srcs.push(("webhook_verification", src));
    }
    for (raw, key) in [(keys.request, "request_headers"), (keys.response, "response_headers")] {
        let Some(h) = raw else { continue };
        let src = Src::File(h.span(), key);
        let rewrite = headers(p, key, h.into_inner());
        if key == "request_headers" {
            cfg.request_headers = Some(rewrite);
        } else {
            cfg.response_headers = Some(rewrite);
        }
        srcs.push((key, src));
    }
    if cfg.proto == Proto::Tcp {
        for (key, src) in
            srcs.iter().filter(|(k, _)| ["webhook_verification", "request_headers", "response_headers"].contains(k))
        {
            p.report(
                src,
                format!("{key} only applies to http tunnels, but proto is \"tcp\"; remove it or set proto = \"http\""),
            );
        }
    }

    let (inline, inline_span) = match keys.inline {
        Some((user, span, problems)) => {
            for problem in problems {
                report(p, problem, &span, &srcs);
            }
            (Some(user), span)
        }
        None => (None, 0..0),
    };
    let user = match (&flags.traffic_policy_file, keys.file, inline) {
        (Some(path), _, _) => read(p, path.clone(), &Src::Flag("--traffic-policy-file")),
        (None, Some(f), Some(_)) => {
            p.report(
                &Src::File(f.span(), "traffic_policy_file"),
                "cannot be combined with an inline traffic_policy table; keep one of them",
            );
            None
        }
        (None, Some(f), None) => {
            let src = Src::File(f.span(), "traffic_policy_file");
            let text = f.get_ref().trim();
            if text.is_empty() {
                p.report(&src, "is empty; give the path of a YAML or JSON policy file, or remove it");
                None
            } else {
                let resolved = p.path(text);
                read(p, resolved, &src)
            }
        }
        (None, None, inline) => {
            cfg.traffic_policy_inline = inline.is_some();
            inline
        }
    };
    if let Some(UserPolicy { file: Some(f), .. }) = &user {
        cfg.traffic_policy_file = Some(f.clone());
    }
    let (effective, problems) = policy::effective(&cfg.seeds(), user.as_ref());
    for problem in problems {
        report(p, problem, &inline_span, &srcs);
    }
    if cfg.proto == Proto::Tcp
        && let (Some(u), Some(doc)) = (&user, &effective)
        && (!doc.on_http_request.is_empty() || !doc.on_http_response.is_empty())
    {
        let at = match &u.file {
            Some(f) => Where::WholeFile(f.clone()),
            None => Where::Inline,
        };
        let message = "has on_http_request/on_http_response rules, but proto is \"tcp\": a tcp endpoint runs only on_tcp_connect; remove them or set proto = \"http\"";
        report(p, policy::Problem { at, message: message.to_owned() }, &inline_span, &srcs);
    }
    cfg.policy = effective;
}

/// Records a policy problem where it is.
fn report(p: &mut Pass<'_>, problem: policy::Problem, inline_span: &Range<usize>, srcs: &[(&'static str, Src)]) {
    match problem.at {
        Where::Config(span) => p.problems.at(span, INLINE, problem.message),
        Where::Inline => p.problems.at(inline_span.clone(), INLINE, problem.message),
        Where::File(path, line, col) => p.problems.push(Origin::Line(path, line, col), "", problem.message),
        Where::WholeFile(path) => p.problems.push(Origin::Other(path), "", problem.message),
        Where::Key(key) => match srcs.iter().find(|(k, _)| *k == key) {
            Some((_, src)) => p.report(src, problem.message),
            None => p.problems.push(Origin::File, key, problem.message),
        },
    }
}

/// Reads and parses a policy file.
fn read(p: &mut Pass<'_>, path: PathBuf, src: &Src) -> Option<UserPolicy> {
    let shown = show(&path.display().to_string());
    let meta = match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => m,
        Ok(_) => {
            p.report(src, format!("{shown} is not a file; give the path of a YAML or JSON policy file"));
            return None;
        }
        Err(e) => {
            p.report(
                src,
                format!("cannot read {shown}: {e}; fix the path (relative paths are relative to the config file)"),
            );
            return None;
        }
    };
    if meta.len() > MAX_FILE {
        p.report(src, format!("{shown} is {} bytes; a policy file may be at most {MAX_FILE} bytes", meta.len()));
        return None;
    }
    let text = match std::fs::read(&path).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        Ok(Err(_)) => {
            p.report(src, format!("{shown} is not UTF-8 text; save it as UTF-8 YAML or JSON"));
            return None;
        }
        Err(e) => {
            p.report(src, format!("cannot read {shown}: {e}"));
            return None;
        }
    };
    match UserPolicy::from_file(Path::new(&path), &text) {
        Ok(u) => Some(u),
        Err(problem) => {
            report(p, problem, &(0..0), &[]);
            None
        }
    }
}

fn webhook(p: &mut Pass<'_>, src: &Src, raw: RawWebhook) -> Option<Webhook> {
    let provider = raw.provider.map(|v| v.into_inner().trim().to_ascii_lowercase()).filter(|v| !v.is_empty());
    let secret = raw.secret.map(Spanned::into_inner).filter(|s| !s.is_empty());
    match (provider, secret) {
        (Some(provider), Some(secret)) => Some(Webhook { provider, secret }),
        (provider, _) => {
            let missing = if provider.is_none() { "provider" } else { "secret" };
            p.report(
                src,
                format!("needs a non-empty {missing}; write webhook_verification = {{ provider = \"github\", secret = \"${{GITHUB_WEBHOOK_SECRET}}\" }}"),
            );
            None
        }
    }
}

fn headers(p: &mut Pass<'_>, key: &'static str, raw: RawHeaders) -> HeaderRewrite {
    let mut out = HeaderRewrite::default();
    let valid = |name: &str| {
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    };
    for (name, value) in raw.add {
        if valid(&name) {
            out.add.push((name, value.into_inner()));
        } else {
            p.report(
                &Src::File(value.span(), key),
                format!("{} is not a header name; use letters, digits and '-'", show(&name)),
            );
        }
    }
    for name in raw.remove {
        if valid(name.get_ref()) {
            out.remove.push(name.get_ref().clone());
        } else {
            p.report(
                &Src::File(name.span(), key),
                format!("{} is not a header name; use letters, digits and '-'", show(name.get_ref())),
            );
        }
    }
    out
}
