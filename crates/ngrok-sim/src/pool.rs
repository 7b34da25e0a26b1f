//! Endpoint pools, as ngrok's `endpoints/endpoint-pooling` describes them: endpoints with the
//! same URL and binding, each with pooling enabled, share the URL's traffic — HTTP per request,
//! tcp per connection, each time a member chosen at random among those taking traffic. A member
//! whose session ends leaves the pool; a failed request is never retried on another member.

use std::sync::Arc;

use rand::seq::IndexedRandom;

use crate::endpoint::Endpoint;
use crate::state::Registry;

/// Whether an endpoint with `pooling_enabled` may join the endpoints already serving its URL
/// (`others`, the rebound endpoint itself excluded): only when every one allows pooling too.
/// Otherwise the service answers ERR_NGROK_334.
pub(crate) fn may_join(others: &[&Arc<Endpoint>], pooling_enabled: bool, binding: &str) -> bool {
    others.is_empty() || (pooling_enabled && others.iter().all(|e| e.pooling_enabled && e.binding == binding))
}

/// One member of the pool at `url` for the next request or connection: at random among those
/// taking traffic with the wanted reachability (`public` listeners see public endpoints only,
/// `forward-internal` internal ones only).
pub(crate) fn choose(reg: &Registry, url: &str, public: bool) -> Option<Arc<Endpoint>> {
    let members: Vec<&Arc<Endpoint>> =
        reg.endpoints.get(url)?.iter().filter(|e| e.is_public() == public && crate::propagation::routable(e)).collect();
    members.choose(&mut rand::rng()).map(|e| Arc::clone(e))
}

/// The URL of the tcp pool already listening on `port`, if any (a tcp URL's port is its
/// listener's).
pub(crate) fn tcp_url_on_port(reg: &Registry, port: u16) -> Option<String> {
    let suffix = format!(":{port}");
    reg.endpoints
        .iter()
        .find(|(url, pool)| url.starts_with("tcp://") && url.ends_with(&suffix) && pool.iter().any(|e| e.is_public()))
        .map(|(url, _)| url.clone())
}
