//! The `forward-internal` action (ngrok's `traffic-policy/actions/forward-internal`): the
//! request goes to an internal endpoint of the same account (a member of its pool) instead of
//! this endpoint's upstream. When no internal endpoint is online at the URL the action fails:
//! with `on_error: halt` (the default) the policy stops and the client gets the error — here
//! **404 ERR_NGROK_3200** naming the URL (ngrok documents the failure, not the code; this is the
//! code of an offline endpoint); with `on_error: continue` the next actions run and
//! `actions.ngrok.forward_internal.{url, error.code, error.message}` describe the failure.

use serde_json::json;
use traffic_policy::Phase;

use super::exchange::{Exchange, Reply, Verdict};
use crate::codes;

/// How many endpoints one request may be forwarded through (ERR_NGROK_3501 beyond; ngrok does
/// not document its number, this is the simulator's).
pub const MAX_FORWARDS: usize = 10;

/// `scheme://host[:port]` with the scheme and host lowercased and a default port (80 for
/// http, 443 for https) left out, as internal endpoint URLs are keyed; `None` when `url` is not
/// an absolute URL with a host.
pub(crate) fn normalize_target(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    let host = parsed.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    Some(match parsed.port() {
        Some(port) => format!("{}://{host}:{port}", parsed.scheme()),
        None => format!("{}://{host}", parsed.scheme()),
    })
}

/// Runs the action with its `url` already interpolated.
pub(super) fn run(phase: Phase, url: &str, halt: bool, x: &mut Exchange) -> Verdict {
    let target = normalize_target(url);
    let online = match (&target, &x.internal_online) {
        (Some(t), Some(online)) => online(t),
        _ => false,
    };
    if let (true, Some(target)) = (online, target.clone()) {
        return Verdict::Forward(target);
    }
    let shown = target.unwrap_or_else(|| url.to_owned());
    let message = format!("The endpoint {shown} is offline.");
    tracing::info!(url = %shown, halt, "forward-internal: no internal endpoint online");
    if halt {
        return match phase {
            Phase::TcpConnect => Verdict::Close,
            _ => Verdict::Respond(Reply::page(404, "ERR_NGROK_3200", codes::offline_page(&shown))),
        };
    }
    x.result("forward_internal", json!({ "url": shown, "error": { "code": "ERR_NGROK_3200", "message": message } }));
    Verdict::Continue
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_keyed_like_endpoint_urls() {
        assert_eq!(normalize_target("https://API.internal:443/x").as_deref(), Some("https://api.internal"));
        assert_eq!(normalize_target("http://a.internal:8080").as_deref(), Some("http://a.internal:8080"));
        assert_eq!(normalize_target("api.internal"), None);
    }
}
