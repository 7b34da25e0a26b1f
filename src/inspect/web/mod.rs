//! The local web server on `web_addr`: the agent-compatible API under `/api/` and the web UI
//! (embedded assets) at `/`, every request through [`guard::Guard`] first.

mod api;
mod assets;
pub mod guard;
mod replay;

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Method, Request, Response, StatusCode, header};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use super::Inspector;
use super::body::BoxError;
use super::proxy::ProxyBody;
use guard::{Guard, Refusal};

/// Serves the API and UI until `stop`.
pub async fn serve(listener: TcpListener, inspector: Arc<Inspector>, guard: Guard, stop: CancellationToken) {
    let guard = Arc::new(guard);
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = stop.cancelled() => return,
        };
        let (stream, _) = match accepted {
            Ok(a) => a,
            Err(error) => {
                tracing::debug!(%error, "web inspector: accept failed");
                continue;
            }
        };
        let (inspector, guard, stop) = (inspector.clone(), guard.clone(), stop.clone());
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let (inspector, guard) = (inspector.clone(), guard.clone());
                async move { Ok::<_, Infallible>(secure(handle(req, &inspector, &guard).await)) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                r = conn => if let Err(error) = r { tracing::debug!(%error, "web inspector connection failed") },
                _ = stop.cancelled() => {}
            }
        });
    }
}

async fn handle(req: Request<Incoming>, inspector: &Arc<Inspector>, guard: &Guard) -> Response<ProxyBody> {
    if let Err(refusal) = guard.check(req.method(), req.headers()) {
        let (code, msg) = match refusal {
            Refusal::Host(host) => {
                (StatusCode::FORBIDDEN, format!("invalid Host header {host:?}; add it to web_allow_hosts to allow it"))
            }
            Refusal::Origin(why) => (StatusCode::FORBIDDEN, why),
        };
        return error(code, &msg);
    }
    let path = req.uri().path().to_owned();
    let query = req.uri().query().unwrap_or("").to_owned();
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (req.method().clone(), segments.as_slice()) {
        (Method::GET, [""] | ["status"] | ["inspect", ..]) => assets::page(),
        (Method::GET, ["assets", file]) => assets::file(file),
        (Method::GET, ["api"]) => json_ok(&api::root()),
        (Method::GET, ["api", "tunnels"]) => json_ok(&api::tunnels(inspector)),
        (Method::GET, ["api", "tunnels", name]) => found(api::tunnel(inspector, name), "tunnel", name),
        (Method::GET, ["api", "endpoints"]) => json_ok(&api::endpoints(inspector)),
        (Method::GET, ["api", "endpoints", name]) => found(api::endpoint(inspector, name), "endpoint", name),
        (Method::GET, ["api", "status"]) => json_ok(&api::status(inspector)),
        (Method::GET, ["api", "requests", "http"]) => json_ok(&api::requests(inspector, &query)),
        (Method::GET, ["api", "requests", "http", id]) => found(api::request(inspector, id), "request", id),
        (Method::GET, ["api", "requests", "tcp"]) => json_ok(&api::tcp(inspector, &query)),
        (Method::GET, ["api", "requests", "live"]) => api::live(inspector),
        (Method::POST, ["api", "requests", "http"]) => replay::post(req, inspector).await,
        (Method::DELETE, ["api", "requests", "http"]) => {
            inspector.path.store().clear();
            empty(StatusCode::NO_CONTENT)
        }
        (_, ["api", "tunnels" | "endpoints", ..]) => error(
            StatusCode::METHOD_NOT_ALLOWED,
            "prx-tunnel runs the one tunnel of its config: tunnels cannot be started or stopped through this API",
        ),
        (_, ["api", ..]) => error(StatusCode::NOT_FOUND, &format!("no such resource: {} {path}", req.method())),
        _ => error(StatusCode::NOT_FOUND, &format!("not found: {path}")),
    }
}

/// Headers every answer carries: no sniffing, no framing, no caching, no referrer.
fn secure(mut resp: Response<ProxyBody>) -> Response<ProxyBody> {
    let h = resp.headers_mut();
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("cache-control", "no-store"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-resource-policy", "same-origin"),
    ] {
        h.insert(name, header::HeaderValue::from_static(value));
    }
    resp
}

fn body(bytes: impl Into<Bytes>) -> ProxyBody {
    Full::new(bytes.into()).map_err(BoxError::from).boxed_unsync()
}

fn json_ok(v: &Value) -> Response<ProxyBody> {
    json_status(StatusCode::OK, v)
}

fn json_status(code: StatusCode, v: &Value) -> Response<ProxyBody> {
    let mut resp = Response::new(body(v.to_string()));
    *resp.status_mut() = code;
    resp.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
    resp
}

fn empty(code: StatusCode) -> Response<ProxyBody> {
    let mut resp = Response::new(body(Bytes::new()));
    *resp.status_mut() = code;
    resp
}

/// ngrok's error shape: `{"error_code","status_code","msg","details"}`.
fn error(code: StatusCode, msg: &str) -> Response<ProxyBody> {
    let error_code = match code {
        StatusCode::NOT_FOUND => 100,
        StatusCode::FORBIDDEN => 103,
        _ => 102,
    };
    json_status(code, &json!({"error_code": error_code, "status_code": code.as_u16(), "msg": msg, "details": {}}))
}

fn found(v: Option<Value>, what: &str, name: &str) -> Response<ProxyBody> {
    match v {
        Some(v) => json_ok(&v),
        None => error(StatusCode::NOT_FOUND, &format!("{what} {name:?} not found")),
    }
}
