//! `POST /api/requests/http {id, tunnel_name?}`: replays a captured request against the local
//! service (ngrok's API), optionally with changes — prx-tunnel's addition: `method`, `uri`,
//! `headers` (`{"Name": ["value"]}`, replacing all), and `body` (text) or `body_base64`.
//! The replay is captured as a new exchange marked `replay_of`.

use std::collections::BTreeMap;
use std::sync::Arc;

use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use serde::Deserialize;

use super::super::Inspector;
use super::{BoxError, ProxyBody, empty, error};

/// The largest replay request accepted.
const MAX_BODY: usize = 16 << 20;

/// Headers that describe one connection, not the request: never replayed as captured.
const HOP: &[&str] = &["connection", "keep-alive", "transfer-encoding", "content-length", "upgrade", "te", "trailer"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Replay {
    id: String,
    tunnel_name: Option<String>,
    method: Option<String>,
    uri: Option<String>,
    headers: Option<BTreeMap<String, Vec<String>>>,
    body: Option<String>,
    body_base64: Option<String>,
}

/// Handles the POST.
pub async fn post(req: Request<Incoming>, inspector: &Arc<Inspector>) -> Response<ProxyBody> {
    let bytes = match Limited::new(req.into_body(), MAX_BODY).collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => return error(StatusCode::BAD_REQUEST, &format!("could not read the request body: {e}")),
    };
    let ask: Replay = match serde_json::from_slice(&bytes) {
        Ok(a) => a,
        Err(e) => return error(StatusCode::BAD_REQUEST, &format!("expected {{\"id\": \"...\"}}: {e}")),
    };
    let Some(original) = inspector.path.store().get(&ask.id) else {
        return error(StatusCode::NOT_FOUND, &format!("request {:?} not found (deleted or evicted)", ask.id));
    };
    // ngrok's `tunnel_name` says through which tunnel to replay; without it, the exchange's own
    // endpoint (and its local service) takes the replay.
    let name = ask.tunnel_name.as_deref().unwrap_or(&original.tunnel_name);
    let Some(path) = inspector.path_of(name) else {
        return error(StatusCode::NOT_FOUND, &format!("tunnel {name:?} not found"));
    };
    let body = match (&ask.body, &ask.body_base64) {
        (Some(text), _) => Bytes::from(text.clone()),
        (None, Some(b64)) => match base64::engine::general_purpose::STANDARD.decode(b64) {
            Ok(b) => Bytes::from(b),
            Err(e) => return error(StatusCode::BAD_REQUEST, &format!("body_base64 is not base64: {e}")),
        },
        (None, None) if original.request.truncated => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "only the beginning of this request's body was captured; replay it with a body",
            );
        }
        (None, None) => original.request.body.clone(),
    };
    let method = ask.method.as_deref().unwrap_or(&original.request_head.method);
    let uri = ask.uri.as_deref().unwrap_or(&original.request_head.uri);
    let headers: Vec<(String, String)> = match &ask.headers {
        Some(map) => map.iter().flat_map(|(k, vs)| vs.iter().map(move |v| (k.clone(), v.clone()))).collect(),
        None => original.request.headers.clone(),
    };
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers.iter().filter(|(n, _)| !HOP.contains(&n.to_ascii_lowercase().as_str())) {
        builder = builder.header(name.as_str(), value.as_str());
    }
    let request = match builder.body(Full::new(body).map_err(BoxError::from).boxed_unsync()) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, &format!("cannot replay: {e}")),
    };
    let response = path.exchange(request, "replay".into(), Some(original.id.clone())).await;
    // Reading the answer to its end is what records the replay.
    let mut body = response.into_body();
    while let Some(frame) = body.frame().await {
        if frame.is_err() {
            break;
        }
    }
    empty(StatusCode::NO_CONTENT)
}
