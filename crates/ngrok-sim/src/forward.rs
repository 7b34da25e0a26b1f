//! One public HTTP request: route by scheme and Host, add ngrok's forwarded headers, run the
//! endpoint's Traffic Policy (`on_tcp_connect`, then `on_http_request`), carry the request to the
//! agent over a fresh Proxy stream, run `on_http_response` on the answer and stream it back.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, HOST, HeaderValue, UPGRADE};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use traffic_policy::Phase;

use crate::endpoint::Endpoint;
use crate::policy::{Exchange, Reply, Verdict};
use crate::public_http::{BoxBody, BoxError};
use crate::state::Shared;
use crate::{codes, compress, proxy};

/// The largest request body the edge reads whole (for verify-webhook).
const MAX_SIGNED_BODY: usize = 16 << 20;

/// The error that makes hyper close the public connection without an answer.
#[derive(Debug, thiserror::Error)]
#[error("the endpoint's traffic policy closed the connection")]
pub(crate) struct Closed;

/// One public connection's `on_tcp_connect` outcomes: as on ngrok the phase runs once per
/// connection (here: at its first request for each endpoint, since HTTP routes by Host), and
/// the variables it set stay with the connection's later requests.
#[derive(Default)]
pub(crate) struct Connection {
    accepted: Mutex<HashMap<String, (JsonMap, JsonMap)>>,
    /// URL → the pool member its last request went to.
    chosen: Mutex<HashMap<String, String>>,
}

type JsonMap = serde_json::Map<String, serde_json::Value>;

impl Connection {
    /// The variables and action results of the phase, when it already let this connection in.
    fn accepted(&self, endpoint_id: &str) -> Option<(JsonMap, JsonMap)> {
        self.accepted.lock().unwrap_or_else(|e| e.into_inner()).get(endpoint_id).cloned()
    }

    fn accept(&self, endpoint_id: &str, x: &Exchange) {
        let state = (x.vars.clone(), x.results.clone());
        self.accepted.lock().unwrap_or_else(|e| e.into_inner()).insert(endpoint_id.to_owned(), state);
    }
}

/// Handles one request of connection `conn` arriving from `peer` on the `scheme` listener at
/// `local`.
pub(crate) async fn handle(
    shared: Arc<Shared>,
    conn: Arc<Connection>,
    mut req: Request<Incoming>,
    peer: SocketAddr,
    local: SocketAddr,
    scheme: &'static str,
) -> Result<Response<BoxBody>, BoxError> {
    let host = host_of(&req);
    let Some(ep) = lookup(&shared, &conn, scheme, &host) else {
        return Ok(page(StatusCode::NOT_FOUND, "ERR_NGROK_3200", codes::offline_page(&host)));
    };
    let mut x = Exchange::new(peer, local, scheme, &ep.url, &ep.id);
    match conn.accepted(&ep.id) {
        Some((vars, results)) => (x.vars, x.results) = (vars, results),
        None => {
            let verdict = ep.policy.run(Phase::TcpConnect, &mut x);
            if let Some(early) = decided(&shared, &mut x, verdict)? {
                return Ok(early);
            }
            conn.accept(&ep.id, &x);
        }
    }
    forwarded_headers(req.headers_mut(), peer, scheme, &host);
    let client_upgrade = req.headers().contains_key(UPGRADE).then(|| hyper::upgrade::on(&mut req));
    let (parts, body) = req.into_parts();
    let hop = Hop { shared, ep, x, client_upgrade, forwards: 0 };
    through(hop, parts, body.map_err(BoxError::from).boxed()).await
}

/// One endpoint a request passes through: the public one, then any internal endpoint a
/// `forward-internal` action sends it to.
pub(crate) struct Hop {
    /// The edge's state.
    pub shared: Arc<Shared>,
    /// The endpoint (one pool member) the request is at.
    pub ep: Arc<Endpoint>,
    /// That endpoint's policy state for this request.
    pub x: Exchange,
    /// The client's side of an upgrade (WebSocket), spliced by whichever agent answers 101.
    pub client_upgrade: Option<hyper::upgrade::OnUpgrade>,
    /// How many `forward-internal` actions the request already went through.
    pub forwards: usize,
}

/// The endpoint's request phase, then its agent — or the internal endpoint its policy forwards
/// to —, then its response phase.
pub(crate) fn through(
    mut hop: Hop,
    mut parts: hyper::http::request::Parts,
    body: BoxBody,
) -> futures::future::BoxFuture<'static, Result<Response<BoxBody>, BoxError>> {
    Box::pin(async move {
        let (shared, ep) = (hop.shared.clone(), hop.ep.clone());
        let (body, bytes) = match read_body(body, ep.policy.needs_request_body()).await {
            Ok(read) => read,
            Err(too_large) => return Ok(too_large),
        };
        let x = &mut hop.x;
        x.internal_online = Some(crate::forward_internal::online_check(&shared, "http"));
        x.req = Some(crate::policy::RequestView {
            method: parts.method.clone(),
            uri: parts.uri.clone(),
            version: parts.version,
            headers: std::mem::take(&mut parts.headers),
            body: bytes,
        });
        let forward_to = match ep.policy.run(Phase::HttpRequest, x) {
            Verdict::Forward(url) => {
                shared.record_policy_logs(&mut x.logs);
                Some(url)
            }
            verdict => match decided(&shared, x, verdict)? {
                Some(early) => return Ok(early),
                None => None,
            },
        };
        let view = x.req.as_ref().expect("set above");
        parts.uri = view.uri.clone();
        parts.headers = view.headers.clone();
        let resp = match forward_to {
            Some(url) => match crate::forward_internal::forward(&mut hop, &url, parts, body).await {
                Ok(resp) => resp,
                Err(closed) => return Err(closed),
            },
            None => match to_agent(&mut hop, Request::from_parts(parts, body)).await {
                Ok(resp) => resp,
                Err(page) => return Ok(page),
            },
        };
        let x = &mut hop.x;
        x.breakers.iter().for_each(|b| b.record(resp.status().is_server_error()));
        let (mut parts, body) = resp.into_parts();
        x.res = Some(crate::policy::ResponseView { status: parts.status, headers: std::mem::take(&mut parts.headers) });
        let verdict = ep.policy.run(Phase::HttpResponse, x);
        if let Some(replaced) = decided(&shared, x, verdict)? {
            return Ok(replaced);
        }
        parts.headers = x.res.take().map(|r| r.headers).unwrap_or_default();
        let resp = Response::from_parts(parts, body);
        Ok(match x.compress {
            Some(algorithm) => compress::compress(resp, algorithm),
            None => resp,
        })
    })
}

/// The body, read whole (at most [`MAX_SIGNED_BODY`]) when the policy needs it
/// (verify-webhook signs it); a 413 answer when it cannot be. (Frame by frame: collecting a
/// `Limited` body inside the recursive `through` future trips the compiler's higher-ranked
/// lifetime check.)
async fn read_body(mut body: BoxBody, needed: bool) -> Result<(BoxBody, Option<Bytes>), Response<BoxBody>> {
    if !needed {
        return Ok((body, None));
    }
    let too_large = |why: String| {
        tracing::info!(%why, "request body not read");
        reply(Reply::text(413, "413 Request Entity Too Large: the body could not be read for verification.\n"))
    };
    let mut read = bytes::BytesMut::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| too_large(e.to_string()))?;
        if let Ok(data) = frame.into_data() {
            if read.len() + data.len() > MAX_SIGNED_BODY {
                return Err(too_large(format!("longer than {MAX_SIGNED_BODY} bytes")));
            }
            read.extend_from_slice(&data);
        }
    }
    let bytes = read.freeze();
    Ok((Full::from(bytes.clone()).map_err(BoxError::from).boxed(), Some(bytes)))
}

/// The endpoint's agent answers the request (upgrades spliced through); an error page when it
/// cannot (its circuit breakers count the failure).
async fn to_agent(hop: &mut Hop, mut upstream: Request<BoxBody>) -> Result<Response<BoxBody>, Response<BoxBody>> {
    crate::hop_headers::strip(upstream.headers_mut());
    let mut resp = match exchange(&hop.ep, hop.x.client, hop.x.scheme, upstream).await {
        Ok(resp) => resp,
        Err(page) => {
            hop.x.breakers.iter().for_each(|b| b.record(true));
            return Err(page);
        }
    };
    if let (StatusCode::SWITCHING_PROTOCOLS, Some(client)) = (resp.status(), hop.client_upgrade.take()) {
        let upstream = hyper::upgrade::on(&mut resp);
        tokio::spawn(async move {
            if let (Ok(client), Ok(upstream)) = tokio::join!(client, upstream) {
                let _ = tokio::io::copy_bidirectional(&mut TokioIo::new(client), &mut TokioIo::new(upstream)).await;
            }
        });
    }
    Ok(resp.map(|b| b.map_err(BoxError::from).boxed()))
}

/// Saves the phase's log entries; turns a terminating verdict into the answer (or a close).
fn decided(shared: &Shared, x: &mut Exchange, verdict: Verdict) -> Result<Option<Response<BoxBody>>, BoxError> {
    shared.record_policy_logs(&mut x.logs);
    match verdict {
        Verdict::Continue => Ok(None),
        Verdict::Respond(r) => Ok(Some(reply(r))),
        Verdict::Close => Err(Box::new(Closed)),
        // forward-internal is refused at Bind in on_tcp_connect and not allowed in
        // on_http_response; on_http_request's forward is taken by `through`.
        Verdict::Forward(url) => {
            tracing::warn!(%url, "forward-internal outside on_http_request; connection closed");
            Err(Box::new(Closed))
        }
    }
}

/// `X-Forwarded-For` and `-Proto` get the client's address and scheme appended;
/// `X-Forwarded-Host` is kept when the client sent one, else set to the Host (ngrok's HTTP
/// endpoint documentation).
fn forwarded_headers(headers: &mut hyper::HeaderMap, peer: SocketAddr, scheme: &'static str, host: &str) {
    let ip = crate::policy::cel_env::canonical(peer.ip()).to_string();
    if let Ok(ip) = HeaderValue::from_str(&ip) {
        headers.append("x-forwarded-for", ip);
    }
    headers.append("x-forwarded-proto", HeaderValue::from_static(scheme));
    if !headers.contains_key("x-forwarded-host") {
        let sent = headers.get(HOST).cloned().or_else(|| HeaderValue::from_str(host).ok());
        if let Some(h) = sent {
            headers.insert("x-forwarded-host", h);
        }
    }
}

/// Carries the request to the agent; an error page when the agent is unreachable or fails.
/// The endpoint may go offline (its agent leaves, the edge goes down) at any point of the
/// exchange: the request is still answered (404 ERR_NGROK_3200 before the proxy stream is
/// open, 502 ERR_NGROK_3004 after), never left hanging on a dead session.
async fn exchange(
    ep: &Endpoint,
    peer: SocketAddr,
    scheme: &'static str,
    req: Request<BoxBody>,
) -> Result<Response<Incoming>, Response<BoxBody>> {
    let host = ep.url.split_once("://").map(|(_, h)| h).unwrap_or(&ep.url).to_owned();
    let opened = tokio::select! {
        opened = proxy::open(ep, peer, scheme) => opened,
        _ = ep.gone.cancelled() => Err(std::io::Error::new(std::io::ErrorKind::NotConnected, "the endpoint went offline")),
    };
    let stream = opened.map_err(|error| {
        tracing::info!(%error, url = %ep.url, "no proxy stream to the agent");
        page(StatusCode::NOT_FOUND, "ERR_NGROK_3200", codes::offline_page(&host))
    })?;
    let answered = tokio::select! {
        answered = send(stream, req, ep.gone.clone()) => answered,
        _ = ep.gone.cancelled() => {
            tracing::info!(url = %ep.url, "the agent left before answering");
            return Err(page(StatusCode::BAD_GATEWAY, "ERR_NGROK_3004", codes::incomplete_page(&ep.url)));
        }
    };
    answered.map_err(|error| {
        tracing::info!(%error, url = %ep.url, "the agent closed the proxy stream without an answer");
        page(StatusCode::BAD_GATEWAY, "ERR_NGROK_8012", codes::upstream_failed_page(&ep.url, &ep.forwards_to))
    })
}

/// Sends `req` on the proxy stream, its header names in Go's canonical case (`X-Forwarded-For`,
/// `Content-Type`) as the real edge, a Go HTTP proxy, writes them. When the endpoint goes
/// (`gone`), the stream is dropped, so a response body still streaming ends with an error and
/// the client's connection is closed.
async fn send(
    stream: proxy::ProxyStream,
    req: Request<BoxBody>,
    gone: tokio_util::sync::CancellationToken,
) -> Result<Response<Incoming>, hyper::Error> {
    let (mut sender, conn) =
        hyper::client::conn::http1::Builder::new().title_case_headers(true).handshake(TokioIo::new(stream)).await?;
    tokio::spawn(async move {
        tokio::select! {
            ended = conn.with_upgrades() => if let Err(error) = ended {
                tracing::debug!(%error, "proxy stream ended");
            },
            _ = gone.cancelled() => tracing::debug!("the endpoint went offline; proxy stream dropped"),
        }
    });
    sender.send_request(req).await
}

/// A public endpoint serving `scheme://host` (one member of its pool, see `pool.rs`); on a
/// `.localhost` edge both listeners serve the endpoint keyed by its plain-HTTP URL; the plain
/// listener also finds `https://host` when the edge was started with `plain_http_for_https`.
fn lookup(shared: &Shared, conn: &Connection, scheme: &str, host: &str) -> Option<Arc<Endpoint>> {
    let reg = shared.read();
    let mut chosen = conn.chosen.lock().unwrap_or_else(|e| e.into_inner());
    let mut pick = |url: String| {
        let ep = crate::pool::choose_for_request(&reg, &url, chosen.get(&url).map(String::as_str))?;
        chosen.insert(url, ep.id.clone());
        Some(ep)
    };
    pick(format!("{scheme}://{host}"))
        .or_else(|| {
            (scheme == "http" && shared.opts.plain_http_for_https).then(|| pick(format!("https://{host}"))).flatten()
        })
        // A local edge's endpoint (`http://<name>.localhost:<port>`) is served over HTTPS too.
        .or_else(|| pick(crate::localhost::url(host, shared.http_port)))
}

/// The request's host name, lowercased, without a port.
fn host_of(req: &Request<Incoming>) -> String {
    let raw = req
        .headers()
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| req.uri().host().map(str::to_owned))
        .unwrap_or_default();
    let host = match raw.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !h.ends_with(':') => h.to_owned(),
        _ => raw,
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

pub(crate) fn reply(r: Reply) -> Response<BoxBody> {
    let mut resp = Response::new(Full::from(r.body).map_err(BoxError::from).boxed());
    *resp.status_mut() = r.status;
    *resp.headers_mut() = r.headers;
    resp
}

/// An ngrok error page: HTML body plus an `ngrok-error-code` header.
pub(crate) fn page(status: StatusCode, code: &'static str, body: String) -> Response<BoxBody> {
    let mut resp = Response::new(Full::from(body).map_err(BoxError::from).boxed());
    *resp.status_mut() = status;
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    resp.headers_mut().insert("ngrok-error-code", HeaderValue::from_static(code));
    resp
}
