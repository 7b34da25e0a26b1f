//! The HTTP plumbing of the API doubles: serving, ngrok's error body, and the header checks the
//! API makes before routing a request (codes from ngrok's error reference, ngrok-docs
//! `errors/err_ngrok_2xx.mdx`).

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

/// Serves HTTP/1 on `listener` with `handler` (given the request and the stop token) until
/// `stop` is cancelled.
pub fn serve<H, Fut>(listener: tokio::net::TcpListener, stop: CancellationToken, handler: H)
where
    H: Fn(Request<Incoming>, CancellationToken) -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Answer, Infallible>> + Send + 'static,
{
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                _ = stop.cancelled() => return,
                a = listener.accept() => a,
            };
            let Ok((tcp, _)) = accepted else { continue };
            let (handler, token) = (handler.clone(), stop.clone());
            tokio::spawn(async move {
                let stop = token.clone();
                let svc = hyper::service::service_fn(move |req| handler(req, stop.clone()));
                let conn = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(tcp), svc);
                tokio::select! {
                    _ = conn => {}
                    _ = token.cancelled() => {}
                }
            });
        }
    });
}

/// An HTTP answer of a fake.
pub type Answer = Response<Full<Bytes>>;

/// An answer with `status` and, if given, a JSON body.
pub fn answer(status: StatusCode, body: Option<Value>) -> Answer {
    let mut res = Response::builder().status(status);
    let bytes = match body {
        Some(v) => {
            res = res.header("content-type", "application/json");
            Bytes::from(serde_json::to_vec(&v).unwrap())
        }
        None => Bytes::new(),
    };
    res.body(Full::new(bytes)).unwrap()
}

/// ngrok's error body.
pub fn error(status: u16, code: &str, msg: &str) -> Answer {
    let body =
        json!({"error_code": code, "status_code": status, "msg": msg, "details": {"operation_id": "op_fake0001"}});
    answer(StatusCode::from_u16(status).unwrap(), Some(body))
}

/// What the API checks of every request before routing it: the bearer key, `Ngrok-Version: 2`
/// and a JSON content type for bodies. `Some` is the refusal.
pub fn check_headers(headers: &hyper::HeaderMap, key: &str, has_body: bool) -> Option<Answer> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    if header("authorization") != format!("Bearer {key}") {
        return Some(error(
            401,
            "ERR_NGROK_202",
            "The API key you specified is not valid. Use an API key from https://dashboard.ngrok.com/api.",
        ));
    }
    // The codes and messages of ngrok's error reference (ngrok-docs errors/err_ngrok_2xx.mdx).
    match header("ngrok-version").as_str() {
        "2" => {}
        "" => {
            return Some(error(
                400,
                "ERR_NGROK_218",
                "Your request has not specified an API version. Supported versions: 2.",
            ));
        }
        other => {
            return Some(error(
                400,
                "ERR_NGROK_217",
                &format!("The provided API version {other} is invalid or unsupported. Supported versions: 2."),
            ));
        }
    }
    match header("content-type") {
        _ if !has_body => {}
        t if t.starts_with("application/json") => {}
        t if t.is_empty() => {
            return Some(error(400, "ERR_NGROK_216", "You did not provide a Content-Type with your request."));
        }
        t => {
            return Some(error(
                415,
                "ERR_NGROK_210",
                &format!("The content type you specified {t} is not supported by the API."),
            ));
        }
    }
    None
}
