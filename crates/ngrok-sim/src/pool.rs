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

/// The members of the pool at `url` taking traffic with the wanted reachability (`public`
/// listeners see public endpoints only, `forward-internal` internal ones only).
fn members<'r>(reg: &'r Registry, url: &str, public: bool) -> Vec<&'r Arc<Endpoint>> {
    let Some(pool) = reg.endpoints.get(url) else { return Vec::new() };
    pool.iter().filter(|e| e.is_public() == public && crate::propagation::routable(e)).collect()
}

/// One member of the pool at `url` for the next request or connection, at random.
pub(crate) fn choose(reg: &Registry, url: &str, public: bool) -> Option<Arc<Endpoint>> {
    members(reg, url, public).choose(&mut rand::rng()).map(|e| Arc::clone(e))
}

/// One public member for an HTTP request on a connection whose earlier request at this URL went
/// to member `before`: per request at random, except that when the members' `on_tcp_connect`
/// rules differ ngrok balances per connection, so the connection stays with `before` while it
/// is online.
pub(crate) fn choose_for_request(reg: &Registry, url: &str, before: Option<&str>) -> Option<Arc<Endpoint>> {
    let members = members(reg, url, true);
    let tcp_rules = |e: &Endpoint| e.policy.document.rules(traffic_policy::Phase::TcpConnect).to_vec();
    let first = tcp_rules(members.first()?);
    let per_connection = members.iter().any(|e| tcp_rules(e) != first);
    let sticky = before.filter(|_| per_connection).and_then(|id| members.iter().find(|e| e.id == id));
    sticky.or_else(|| members.choose(&mut rand::rng())).map(|e| Arc::clone(e))
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
