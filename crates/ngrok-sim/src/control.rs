//! The control API: the observe and fault methods of [`Edge`] over JSON/HTTP on loopback, for
//! out-of-process tests, benchmarks and people. Routes are documented in the crate README.

use std::convert::Infallible;
use std::sync::Weak;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::Edge;
use crate::edge::Inner;

/// Serves the control API until the edge shuts down.
pub(crate) async fn serve(edge: Weak<Inner>, listener: TcpListener, stop: CancellationToken) {
    loop {
        let (tcp, _) = tokio::select! {
            r = listener.accept() => match r { Ok(a) => a, Err(_) => continue },
            _ = stop.cancelled() => return,
        };
        let edge = edge.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| {
                let edge = edge.clone();
                async move { Ok::<_, Infallible>(route(edge, req).await) }
            });
            let _ = http1::Builder::new().serve_connection(TokioIo::new(tcp), service).await;
        });
    }
}

fn reply(status: StatusCode, body: Value) -> Response<Full<Bytes>> {
    let mut resp = Response::new(Full::from(format!("{body}\n")));
    *resp.status_mut() = status;
    resp.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("application/json"));
    resp
}

fn ok(body: Value) -> Response<Full<Bytes>> {
    reply(StatusCode::OK, body)
}

fn error(status: StatusCode, message: impl std::fmt::Display) -> Response<Full<Bytes>> {
    reply(status, json!({ "error": message.to_string() }))
}

async fn route(edge: Weak<Inner>, req: Request<Incoming>) -> Response<Full<Bytes>> {
    let Some(edge) = Edge::from_weak(&edge) else {
        return error(StatusCode::SERVICE_UNAVAILABLE, "the edge is shutting down");
    };
    let method = req.method().clone();
    let path = req.uri().path().trim_end_matches('/').to_owned();
    let bytes = match req.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => return error(StatusCode::BAD_REQUEST, e),
    };
    let body: Value = if bytes.is_empty() {
        Value::Null
    } else {
        match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) => {
                return error(StatusCode::BAD_REQUEST, format!("the body is not JSON: {e}"));
            }
        }
    };
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match (&method, parts.as_slice()) {
        (&Method::GET, ["api", "status"]) => ok(json!({
            "agent_addr": edge.agent_addr(),
            "ca_cert": edge.ca_cert_path(),
            "http_addr": edge.http_addr(),
            "https_addr": edge.https_addr(),
            "control_addr": edge.control_addr(),
            "up": edge.is_up().await,
            "heartbeats_silenced": *edge.shared().silenced.borrow(),
        })),
        (&Method::GET, ["api", "auths"]) => ok(json!(edge.auths())),
        (&Method::GET, ["api", "binds"]) => ok(json!(edge.binds())),
        (&Method::GET, ["api", "sessions"]) => ok(json!(edge.sessions())),
        (&Method::GET, ["api", "policy-logs"]) => ok(json!(edge.policy_logs())),
        (&Method::GET, ["api", "endpoints"]) => ok(json!(edge.endpoint_infos())),
        (&Method::DELETE, ["api", "sessions"]) | (&Method::POST, ["api", "sessions", "drop-all"]) => {
            edge.drop_all_sessions().await;
            ok(json!({ "dropped": "all" }))
        }
        (&Method::DELETE, ["api", "sessions", id]) | (&Method::POST, ["api", "sessions", id, "drop"]) => {
            match edge.drop_session(id).await {
                Ok(()) => ok(json!({ "dropped": id })),
                Err(e) => error(StatusCode::NOT_FOUND, e),
            }
        }
        (&Method::POST, ["api", "sessions", id, command @ ("stop" | "restart" | "update")]) => {
            let answer = match *command {
                "stop" => edge.send_stop(id).await,
                "restart" => edge.send_restart(id).await,
                _ => edge.send_update(id).await,
            };
            match answer {
                Ok(answer) => ok(json!({ "command": command, "error": answer })),
                Err(e) => error(StatusCode::BAD_GATEWAY, format!("{e:#}")),
            }
        }
        (&Method::POST, ["api", "down"]) => {
            edge.go_down().await;
            ok(json!({ "up": false }))
        }
        (&Method::POST, ["api", "up"]) => {
            edge.come_up().await;
            ok(json!({ "up": edge.is_up().await }))
        }
        (&Method::POST, ["api", "heartbeats"]) => match body.get("silence").and_then(Value::as_bool) {
            Some(on) => {
                edge.silence_heartbeats(on);
                ok(json!({ "heartbeats_silenced": on }))
            }
            None => error(StatusCode::BAD_REQUEST, "expected {\"silence\": true|false}"),
        },
        (&Method::POST, ["api", "fail-next-auth"]) => match body.get("code").and_then(Value::as_str) {
            Some(code) => {
                let count = body.get("count").and_then(Value::as_u64).unwrap_or(1) as usize;
                edge.fail_next_auths(code, count);
                ok(json!({ "next_auth_fails_with": code, "count": count }))
            }
            None => error(StatusCode::BAD_REQUEST, "expected {\"code\": \"ERR_NGROK_NNN\", \"count\": N (default 1)}"),
        },
        _ => error(StatusCode::NOT_FOUND, format!("no route {method} {path}; see crates/ngrok-sim/README.md")),
    }
}
