//! The local agent API on `web_addr`: `GET/POST /api/tunnels`, `GET/DELETE
//! /api/tunnels/:name`, `GET /api/endpoints`, `GET/DELETE /api/endpoints/:name` (3.30.0 on),
//! `GET /api/status`, with the real agent's JSON error body.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::bind;
use crate::defs;
use crate::fatal::{edge_text, go_io};
use crate::log::{Logger, Val};
use crate::plan::{self, DEFAULT_WEB_ADDR, WebAddr};
use crate::state::{State, Tunnel};
use crate::yaml::Node;

/// Binds the web address; for the default address falls back to 4041, 4042, ...
pub async fn bind(addr: &WebAddr, log: &Logger) -> Result<Option<TcpListener>, String> {
    let explicit = match addr {
        WebAddr::Disabled => return Ok(None),
        WebAddr::Explicit(a) => a.clone(),
        WebAddr::Default => match TcpListener::bind(DEFAULT_WEB_ADDR).await {
            Ok(l) => return Ok(Some(l)),
            Err(_) => {
                let fields = [("obj", Val::from("web")), ("addr", DEFAULT_WEB_ADDR.into())];
                log.warn("can't bind default web address, trying alternatives", &fields);
                for port in 4041..=4140u16 {
                    if let Ok(l) = TcpListener::bind(("127.0.0.1", port)).await {
                        return Ok(Some(l));
                    }
                }
                return Err("failed to bind any web address in 127.0.0.1:4041-4140".into());
            }
        },
    };
    TcpListener::bind(&explicit).await.map(Some).map_err(|e| format!("listen tcp {explicit}: {}", go_io(&e)))
}

/// The first agent version serving `/api/endpoints` (ngrok's agent changelog, 3.30.0).
const ENDPOINTS_API_SINCE: (u32, u32, u32) = (3, 30, 0);

type Resp = Response<Full<Bytes>>;

fn reply(status: StatusCode, body: Option<Value>) -> Resp {
    let mut resp = Response::new(Full::new(body.map(|b| Bytes::from(b.to_string())).unwrap_or_default()));
    *resp.status_mut() = status;
    resp.headers_mut().insert("content-type", "application/json".parse().expect("static header"));
    resp
}

/// The agent's error body.
pub fn error(status: StatusCode, code: u32, msg: &str, err: &str) -> Resp {
    let body = json!({"error_code": code, "status_code": status.as_u16(), "msg": msg, "details": {"err": err}});
    reply(status, Some(body))
}

/// Serves the API until the process exits.
pub async fn serve(listener: TcpListener, state: Arc<State>, log: Logger) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let (state, log) = (state.clone(), log.clone());
        tokio::spawn(async move {
            let svc = hyper::service::service_fn(move |req| {
                let (state, log) = (state.clone(), log.clone());
                async move { Ok::<_, Infallible>(route(req, &state, &log).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
        });
    }
}

async fn route(req: Request<Incoming>, state: &State, log: &Logger) -> Resp {
    let path = req.uri().path().trim_end_matches('/').to_string();
    let tunnel = path.strip_prefix("/api/tunnels/").map(str::to_string);
    let endpoint = path.strip_prefix("/api/endpoints/").map(str::to_string);
    let endpoints_api = plan::at_least(&state.version, ENDPOINTS_API_SINCE);
    match (req.method().clone(), path.as_str()) {
        (Method::GET, "/api/tunnels") => reply(StatusCode::OK, Some(state.tunnels_json())),
        (Method::POST, "/api/tunnels") => start(req, state, log).await,
        (Method::GET, "/api/endpoints") if endpoints_api => reply(StatusCode::OK, Some(state.endpoints_json())),
        (Method::GET, "/api/status") => reply(StatusCode::OK, Some(state.status_json())),
        (method, _) if tunnel.is_some() => named(&method, &tunnel.unwrap_or_default(), state, Tunnel::json).await,
        (method, _) if endpoint.is_some() && endpoints_api => {
            named(&method, &endpoint.unwrap_or_default(), state, Tunnel::endpoint_json).await
        }
        (_, p) => error(StatusCode::NOT_FOUND, 100, "not found", &format!("no API route for {p}")),
    }
}

/// `GET`/`DELETE` of one running tunnel or endpoint, shown by `show`.
async fn named(method: &Method, name: &str, state: &State, show: fn(&Tunnel) -> Value) -> Resp {
    match *method {
        Method::GET => match state.find(name, show) {
            Some(t) => reply(StatusCode::OK, Some(t)),
            None => not_found(name),
        },
        Method::DELETE => match state.remove(name) {
            Some(mut t) => {
                if let Some(started) = t.started.as_mut() {
                    let _ = started.close().await;
                }
                reply(StatusCode::NO_CONTENT, None)
            }
            None => not_found(name),
        },
        _ => error(StatusCode::METHOD_NOT_ALLOWED, 100, "method not allowed", &format!("{method} is not served here")),
    }
}

fn not_found(name: &str) -> Resp {
    error(StatusCode::NOT_FOUND, 100, "tunnel not found", &format!("tunnel '{name}' not found"))
}

/// `POST /api/tunnels`: a v2 tunnel definition plus `name`.
async fn start(req: Request<Incoming>, state: &State, log: &Logger) -> Resp {
    let invalid = |e: &str| error(StatusCode::BAD_REQUEST, 102, "invalid tunnel configuration", e);
    let Some(session) = state.session() else {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            104,
            "ngrok is not yet ready to start tunnels",
            "session not established",
        );
    };
    let body = match req.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => return invalid(&e.to_string()),
    };
    let json: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return invalid(&e.to_string()),
    };
    let Ok(yaml) = serde_yaml::to_value(&json) else {
        return invalid("body is not a JSON object");
    };
    let Some(name) = json.get("name").and_then(Value::as_str).filter(|n| !n.is_empty()) else {
        return invalid("'name' is required");
    };
    if state.has(name) {
        return invalid(&format!("a tunnel named '{name}' already exists"));
    }
    let spec = match Node::new(&yaml, "", "").and_then(|n| defs::tunnel(name, &n)) {
        Ok(s) => s,
        Err(e) => return invalid(&e),
    };
    let metrics = Arc::new(crate::metrics::Metrics::default());
    match bind::listen(&session, &spec, metrics.clone()).await {
        Ok(started) => {
            log_started(log, &spec.name, &spec.addr, &started.url());
            state.add(spec, started, metrics);
            reply(StatusCode::CREATED, state.find(name, Tunnel::json))
        }
        Err(e) => error(StatusCode::BAD_GATEWAY, 103, "failed to start tunnel", &edge_text("", &e)),
    }
}

/// The "started tunnel" record.
pub fn log_started(log: &Logger, name: &str, addr: &str, url: &str) {
    let fields = [("obj", Val::from("tunnels")), ("name", name.into()), ("addr", addr.into()), ("url", url.into())];
    log.info("started tunnel", &fields);
}

/// The address actually bound (what "starting web service" reports).
pub fn local(l: &TcpListener) -> String {
    l.local_addr().map(|a: SocketAddr| a.to_string()).unwrap_or_default()
}
