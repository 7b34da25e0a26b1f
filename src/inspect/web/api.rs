//! The JSON resources of the local API, in the shapes of ngrok's agent API.

use std::sync::atomic::Ordering;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures::StreamExt;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use hyper::{Response, header};
use serde_json::{Value, json};

use super::super::{Inspector, TUNNEL_NAME};
use super::{BoxError, ProxyBody};

/// How many captured requests a list returns without `limit`.
const DEFAULT_LIMIT: usize = 50;

/// `GET /api/`: what there is.
pub fn root() -> Value {
    json!({
        "uri": "/api/",
        "tunnels": "/api/tunnels",
        "endpoints": "/api/endpoints",
        "status": "/api/status",
        "requests": "/api/requests/http",
        "tcp_connections": "/api/requests/tcp",
        "live": "/api/requests/live",
    })
}

/// The query parameter `key`, percent-decoded.
fn param(query: &str, key: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}

fn percentiles(mut values: Vec<u64>) -> [f64; 4] {
    values.sort_unstable();
    let at = |q: f64| {
        if values.is_empty() { 0.0 } else { values[((values.len() - 1) as f64 * q).round() as usize] as f64 }
    };
    [at(0.5), at(0.9), at(0.95), at(0.99)]
}

fn metrics(inspector: &Inspector, name: &str) -> Value {
    let timings = inspector.path.store().timings(name);
    let now = SystemTime::now();
    let rate = |secs: u64| {
        let n = timings
            .iter()
            .filter(|(t, _)| now.duration_since(*t).unwrap_or_default() < Duration::from_secs(secs))
            .count();
        n as f64 / secs as f64
    };
    let total = inspector.served(name);
    let [p50, p90, p95, p99] = percentiles(timings.iter().map(|(_, d)| *d).collect());
    let (r1, r5, r15) = (rate(60), rate(300), rate(900));
    json!({
        "conns": {
            "count": inspector.conns.total.load(Ordering::Relaxed),
            "gauge": inspector.conns.open.load(Ordering::Relaxed),
            "rate1": r1, "rate5": r5, "rate15": r15,
            "p50": p50, "p90": p90, "p95": p95, "p99": p99,
        },
        "http": {
            "count": total,
            "rate1": r1, "rate5": r5, "rate15": r15,
            "p50": p50, "p90": p90, "p95": p95, "p99": p99,
        },
    })
}

/// `GET /api/status`: the session's status and how full the capture store is.
pub fn status(inspector: &Inspector) -> Value {
    let mut v = inspector.status.to_json();
    let (entries, bytes, total, limit) = inspector.path.store().usage();
    v["inspect_db"] = json!({ "entries": entries, "bytes": bytes, "limit": limit, "captured_total": total });
    v
}

/// The public URL, local service (as a URL) and proto of the endpoint named `name` (the
/// tunnel's own, or a further one), while it has a URL.
fn facts(inspector: &Inspector, name: &str) -> Option<(String, String, String)> {
    if name == TUNNEL_NAME {
        let url = inspector.status.public_url()?;
        return Some((url, inspector.status.local_url.clone(), inspector.status.proto.to_owned()));
    }
    let url = inspector.status.endpoint_url(name)?;
    let addr = inspector.further.get(name)?.addr;
    let proto = if url.starts_with("tcp://") { "tcp" } else { "http" };
    Some((url, addr, proto.to_owned()))
}

/// Every endpoint with a URL: the tunnel's own first, then the further ones by name.
fn names(inspector: &Inspector) -> Vec<String> {
    std::iter::once(TUNNEL_NAME.to_owned()).chain(inspector.status.further_names()).collect()
}

/// One tunnel (`/api/tunnels/:name`), once it has a URL.
pub fn tunnel(inspector: &Inspector, name: &str) -> Option<Value> {
    let (url, addr, _) = facts(inspector, name)?;
    let proto = url.split("://").next().unwrap_or_default().to_owned();
    Some(json!({
        "name": name,
        "uri": format!("/api/tunnels/{name}"),
        "public_url": url,
        "proto": proto,
        "config": { "addr": addr, "inspect": true },
        "metrics": metrics(inspector, name),
    }))
}

/// `GET /api/tunnels`: every endpoint of the session.
pub fn tunnels(inspector: &Inspector) -> Value {
    let list: Vec<Value> = names(inspector).iter().filter_map(|n| tunnel(inspector, n)).collect();
    json!({ "tunnels": list, "uri": "/api/tunnels" })
}

/// One endpoint (`/api/endpoints/:name`), once it has a URL.
pub fn endpoint(inspector: &Inspector, name: &str) -> Option<Value> {
    let (url, addr, proto) = facts(inspector, name)?;
    Some(json!({
        "name": name,
        "uri": format!("/api/endpoints/{name}"),
        "url": url,
        "upstream": { "url": addr, "protocol": proto },
        "inspect": true,
        "pooling_enabled": false,
        "metrics": metrics(inspector, name),
    }))
}

/// `GET /api/endpoints`: every endpoint of the session.
pub fn endpoints(inspector: &Inspector) -> Value {
    let list: Vec<Value> = names(inspector).iter().filter_map(|n| endpoint(inspector, n)).collect();
    json!({ "endpoints": list, "uri": "/api/endpoints" })
}

/// `GET /api/requests/http?limit=&tunnel_name=` (`summary=true`: the short form the UI lists).
pub fn requests(inspector: &Inspector, query: &str) -> Value {
    let limit = param(query, "limit").and_then(|l| l.parse().ok()).unwrap_or(DEFAULT_LIMIT);
    let tunnel = param(query, "tunnel_name");
    let summary = param(query, "summary").is_some_and(|s| s == "true" || s == "1");
    let list = inspector.path.store().list(limit, tunnel.as_deref());
    let requests: Vec<Value> = list.iter().map(|e| if summary { e.summary() } else { e.to_json() }).collect();
    json!({ "uri": "/api/requests/http", "requests": requests })
}

/// `GET /api/requests/http/:id`.
pub fn request(inspector: &Inspector, id: &str) -> Option<Value> {
    inspector.path.store().get(id).map(|e| e.to_json())
}

/// `GET /api/requests/tcp?limit=`: connections of tcp endpoints (no payload).
pub fn tcp(inspector: &Inspector, query: &str) -> Value {
    let limit = param(query, "limit").and_then(|l| l.parse().ok()).unwrap_or(DEFAULT_LIMIT);
    let conns: Vec<Value> = inspector.path.store().tcp(limit).iter().map(|c| c.to_json()).collect();
    json!({ "uri": "/api/requests/tcp", "connections": conns })
}

/// `GET /api/requests/live`: server-sent events, one `request` event (the summary) per new
/// exchange, and a comment every 15 s to keep the stream open.
pub fn live(inspector: &Inspector) -> Response<ProxyBody> {
    let rx = inspector.path.store().subscribe();
    let events = futures::stream::unfold(rx, |mut rx| async move {
        let next = tokio::time::timeout(Duration::from_secs(15), rx.recv()).await;
        let chunk = match next {
            Err(_) => ": keep-alive\n\n".to_owned(),
            Ok(Ok(e)) => format!("event: request\ndata: {}\n\n", e.summary()),
            Ok(Err(tokio::sync::broadcast::error::RecvError::Lagged(n))) => format!("event: lagged\ndata: {n}\n\n"),
            Ok(Err(tokio::sync::broadcast::error::RecvError::Closed)) => return None,
        };
        Some((Ok::<_, BoxError>(Frame::data(Bytes::from(chunk))), rx))
    });
    let opening = futures::stream::once(async { Ok(Frame::data(Bytes::from_static(b": live\n\n"))) });
    let mut resp = Response::new(StreamBody::new(opening.chain(events)).boxed_unsync());
    resp.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/event-stream"));
    resp
}
