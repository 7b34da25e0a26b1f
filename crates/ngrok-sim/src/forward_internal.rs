//! The edge side of `forward-internal` for HTTP (the action itself is in
//! `policy/forward_internal.rs`; tcp connections are forwarded in `tcp_edge.rs`): a request goes on to one member of the internal endpoint pool at the URL, whose own Traffic
//! Policy runs on it (not `on_tcp_connect`: no new connection is made), with the `Host` and
//! `X-Forwarded-*` headers the public endpoint gave it; its answer comes back through the
//! forwarding endpoint's `on_http_response`.

use std::sync::Arc;

use hyper::{Response, StatusCode};

use crate::codes;
use crate::forward::{Hop, page, through};
use crate::policy::{Exchange, InternalOnline, MAX_FORWARDS};
use crate::public_http::{BoxBody, BoxError};
use crate::state::Shared;

/// Whether an internal endpoint is online at a normalised URL whose scheme starts with
/// `scheme` (`http` for http and https, `tcp`): a forward goes to the same protocol only.
pub(crate) fn online_check(shared: &Arc<Shared>, scheme: &'static str) -> InternalOnline {
    let shared = shared.clone();
    Arc::new(move |url: &str| url.starts_with(scheme) && crate::pool::choose(&shared.read(), url, false).is_some())
}

/// Carries the request on to the internal endpoint at `url`.
pub(crate) async fn forward(
    hop: &mut Hop,
    url: &str,
    parts: hyper::http::request::Parts,
    body: BoxBody,
) -> Result<Response<BoxBody>, BoxError> {
    if hop.forwards >= MAX_FORWARDS {
        tracing::info!(%url, forwards = hop.forwards, "forward-internal: too many forwards");
        return Ok(page(StatusCode::BAD_GATEWAY, "ERR_NGROK_3501", codes::forward_hops_page(MAX_FORWARDS)));
    }
    let Some(target) = crate::pool::choose(&hop.shared.read(), url, false) else {
        let host = url.split_once("://").map_or(url, |(_, h)| h);
        return Ok(page(StatusCode::NOT_FOUND, "ERR_NGROK_3200", codes::offline_page(host)));
    };
    tracing::info!(from = %hop.ep.url, to = %target.url, id = %target.id, "forward-internal");
    let scheme = if target.proto == "http" { "http" } else { "https" };
    let mut x = Exchange::new(hop.x.client, hop.x.server, scheme, &target.url, &target.id);
    x.started = hop.x.started;
    let next = Hop {
        shared: hop.shared.clone(),
        ep: target,
        x,
        client_upgrade: hop.client_upgrade.take(),
        forwards: hop.forwards + 1,
    };
    through(next, parts, body).await
}
