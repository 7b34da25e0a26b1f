//! One public HTTP request: route by Host, enforce the endpoint's policies in the real edge's
//! order (IP restriction 403, basic auth 401, circuit breaker 503), then carry it to the agent
//! over a fresh Proxy stream and stream the answer back (gzipped when asked for).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HOST, HeaderValue, UPGRADE, WWW_AUTHENTICATE};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

use crate::endpoint::Endpoint;
use crate::public_http::{BoxBody, BoxError};
use crate::state::Shared;
use crate::{codes, gzip, proxy};

/// Handles one request arriving on the `scheme` listener from `peer`.
pub(crate) async fn handle(
    shared: Arc<Shared>,
    mut req: Request<Incoming>,
    peer: SocketAddr,
    scheme: &'static str,
) -> Result<Response<BoxBody>, Infallible> {
    let host = host_of(&req);
    let Some(ep) = lookup(&shared, scheme, &host) else {
        return Ok(page(StatusCode::NOT_FOUND, "ERR_NGROK_3200", codes::offline_page(&host)));
    };
    if !ep.policy.ip_allowed(peer.ip()) {
        return Ok(page(StatusCode::FORBIDDEN, "ERR_NGROK_3205", codes::ip_blocked_page(&peer.ip().to_string())));
    }
    if !ep.policy.basic_auth.is_empty()
        && !ep.policy.credentials_ok(req.headers().get(AUTHORIZATION).and_then(|v| v.to_str().ok()))
    {
        let mut resp = text(StatusCode::UNAUTHORIZED, "401 Unauthorized: valid credentials are required.\n");
        resp.headers_mut().insert(WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"ngrok\""));
        return Ok(resp);
    }
    if ep.breaker_open() {
        return Ok(page(StatusCode::SERVICE_UNAVAILABLE, "ERR_NGROK_3202", codes::breaker_page(&ep.url)));
    }
    let gzip = ep.policy.compression && gzip::accepts_gzip(req.headers());
    let headers = req.headers_mut();
    if let Ok(ip) = HeaderValue::from_str(&peer.ip().to_string()) {
        headers.append("x-forwarded-for", ip);
    }
    headers.insert("x-forwarded-proto", HeaderValue::from_static(scheme));
    let client_upgrade = req.headers().contains_key(UPGRADE).then(|| hyper::upgrade::on(&mut req));

    // The endpoint may go offline (its agent leaves, the edge goes down) at any point of the
    // exchange: the request is still answered, never left hanging on a dead session.
    let opened = tokio::select! {
        opened = proxy::open(&ep, peer, scheme) => opened,
        _ = ep.gone.cancelled() => Err(std::io::Error::new(std::io::ErrorKind::NotConnected, "the endpoint went offline")),
    };
    let stream = match opened {
        Ok(stream) => stream,
        Err(error) => {
            tracing::info!(%error, url = %ep.url, "no proxy stream to the agent");
            return Ok(page(StatusCode::NOT_FOUND, "ERR_NGROK_3200", codes::offline_page(&host)));
        }
    };
    let answered = tokio::select! {
        answered = send(stream, req, ep.gone.clone()) => Some(answered),
        _ = ep.gone.cancelled() => None,
    };
    let Some(answered) = answered else {
        tracing::info!(url = %ep.url, "the agent left before answering");
        return Ok(page(StatusCode::BAD_GATEWAY, "ERR_NGROK_3004", codes::incomplete_page(&ep.url)));
    };
    let mut resp = match answered {
        Ok(resp) => resp,
        Err(error) => {
            tracing::info!(%error, url = %ep.url, "the agent closed the proxy stream without an answer");
            ep.record_status(502);
            return Ok(page(
                StatusCode::BAD_GATEWAY,
                "ERR_NGROK_8012",
                codes::upstream_failed_page(&ep.url, &ep.forwards_to),
            ));
        }
    };
    ep.record_status(resp.status().as_u16());
    if let (StatusCode::SWITCHING_PROTOCOLS, Some(client)) = (resp.status(), client_upgrade) {
        let upstream = hyper::upgrade::on(&mut resp);
        tokio::spawn(async move {
            if let (Ok(client), Ok(upstream)) = tokio::join!(client, upstream) {
                let _ = tokio::io::copy_bidirectional(&mut TokioIo::new(client), &mut TokioIo::new(upstream)).await;
            }
        });
    }
    Ok(if gzip { gzip::compress(resp) } else { resp.map(|b| b.map_err(BoxError::from).boxed()) })
}

/// Sends `req` on the proxy stream. When the endpoint goes (`gone`), the stream is dropped, so
/// a response body still streaming ends with an error and the client's connection is closed.
async fn send(
    stream: proxy::ProxyStream,
    req: Request<Incoming>,
    gone: tokio_util::sync::CancellationToken,
) -> Result<Response<Incoming>, hyper::Error> {
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
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

/// The endpoint for `host`: the one on this scheme first, else the same host's other scheme.
fn lookup(shared: &Shared, scheme: &str, host: &str) -> Option<Arc<Endpoint>> {
    let other = if scheme == "https" { "http" } else { "https" };
    let reg = shared.read();
    reg.endpoints
        .get(&format!("{scheme}://{host}"))
        .or_else(|| reg.endpoints.get(&format!("{other}://{host}")))
        .cloned()
}

fn text(status: StatusCode, body: &str) -> Response<BoxBody> {
    let mut resp = Response::new(Full::from(body.to_owned()).map_err(BoxError::from).boxed());
    *resp.status_mut() = status;
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    resp
}

/// An ngrok error page: HTML body plus an `ngrok-error-code` header.
fn page(status: StatusCode, code: &'static str, body: String) -> Response<BoxBody> {
    let mut resp = Response::new(Full::from(body).map_err(BoxError::from).boxed());
    *resp.status_mut() = status;
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    resp.headers_mut().insert("ngrok-error-code", HeaderValue::from_static(code));
    resp
}
