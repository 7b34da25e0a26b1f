//! The inspecting forwarding path of http endpoints: a hyper server on each public connection,
//! a hyper client (pooled keep-alive) to the local service, bodies streamed through taps,
//! upgrades (WebSockets) spliced through, each exchange recorded when its response ends.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Instant, SystemTime};

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};

use super::body::{BoxError, Capture, Captured, Tap, take};
use super::mask;
use super::record::{Exchange, RequestHead, ResponseHead, Side};
use super::store::Store;
use crate::tunnel::Meter;

/// Every body on the inspecting path.
pub type ProxyBody = UnsyncBoxBody<Bytes, BoxError>;

/// Forwards http exchanges to one local service, recording them.
pub struct HttpPath {
    store: Arc<Store>,
    client: Client<HttpConnector, ProxyBody>,
    local: String,
    tunnel: String,
    down: AtomicBool,
}

/// A response as it ended: its status line, headers (masked) and what its body tap saw.
type Answer = (ResponseHead, Vec<(String, String)>, Captured);

/// What is known of an exchange before its response ends.
struct Draft {
    id: String,
    remote: String,
    start: SystemTime,
    began: Instant,
    head: RequestHead,
    headers: Vec<(String, String)>,
    body: Capture,
    replay_of: Option<String>,
}

impl HttpPath {
    /// A path to `local` (`host:port`) for the tunnel named `tunnel`, recording into `store`.
    pub fn new(store: Arc<Store>, local: String, tunnel: String) -> HttpPath {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        let client = Client::builder(TokioExecutor::new()).http1_preserve_header_case(true).build(connector);
        HttpPath { store, client, local, tunnel, down: AtomicBool::new(false) }
    }

    /// The name of the tunnel (endpoint) this path records under.
    pub fn tunnel(&self) -> &str {
        &self.tunnel
    }

    /// The store this path records into.
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Serves one public connection as HTTP/1 until it closes; `meter` counts each request.
    pub async fn serve<C>(self: Arc<Self>, conn: C, client: SocketAddr, meter: Arc<Meter>)
    where
        C: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let remote = client.ip().to_string();
        let service = hyper::service::service_fn(move |req: Request<Incoming>| {
            meter.add();
            let (this, remote) = (self.clone(), remote.clone());
            async move {
                Ok::<_, Infallible>(
                    this.exchange(req.map(|b| b.map_err(BoxError::from).boxed_unsync()), remote, None).await,
                )
            }
        });
        let served = hyper::server::conn::http1::Builder::new()
            .preserve_header_case(true)
            .timer(TokioTimer::new())
            .serve_connection(TokioIo::new(conn), service)
            .with_upgrades()
            .await;
        if let Err(error) = served {
            tracing::debug!(%error, "public connection ended with an error");
        }
    }

    /// Forwards one request to the local service and returns its response (bodies streaming);
    /// the exchange is stored when the response body ends.
    pub async fn exchange(
        &self,
        mut req: Request<ProxyBody>,
        remote: String,
        replay_of: Option<String>,
    ) -> Response<ProxyBody> {
        let upgrade = is_upgrade(req.headers()).then(|| hyper::upgrade::on(&mut req));
        let target = req.uri().path_and_query().map_or("/", |p| p.as_str()).to_owned();
        let draft = Draft {
            id: self.store.next_id(),
            remote,
            start: SystemTime::now(),
            began: Instant::now(),
            head: RequestHead { method: req.method().to_string(), uri: target.clone(), proto: version(req.version()) },
            headers: mask::headers(req.headers()),
            body: Capture::default(),
            replay_of,
        };
        let (mut parts, body) = req.into_parts();
        parts.uri = match format!("http://{}{target}", self.local).parse() {
            Ok(uri) => uri,
            Err(err) => return self.failed(draft, format!("bad request target: {err}"), StatusCode::BAD_REQUEST),
        };
        let body = Tap::new(body, draft.body.clone(), None).boxed_unsync();
        let mut resp = match self.client.request(Request::from_parts(parts, body)).await {
            Ok(resp) => resp,
            Err(err) => {
                let why = format!("{:#}", anyhow::Error::new(err));
                if !self.down.swap(true, Ordering::Relaxed) {
                    tracing::warn!(addr = %self.local, error = %why, "local service is not answering; clients get 502 until it is back");
                }
                return self.failed(draft, why, StatusCode::BAD_GATEWAY);
            }
        };
        if self.down.swap(false, Ordering::Relaxed) {
            tracing::info!(addr = %self.local, "local service is answering again");
        }
        let head = ResponseHead {
            status_code: resp.status().as_u16(),
            status: format!("{} {}", resp.status().as_str(), resp.status().canonical_reason().unwrap_or(""))
                .trim()
                .to_owned(),
            proto: version(resp.version()),
        };
        let headers = mask::headers(resp.headers());
        if resp.status() == StatusCode::SWITCHING_PROTOCOLS {
            if let Some(down) = upgrade {
                let up = hyper::upgrade::on(&mut resp);
                tokio::spawn(splice(down, up));
            }
            let (parts, _) = resp.into_parts();
            self.store.push(draft.finish(&self.tunnel, Some((head, headers, Captured::default())), None));
            return Response::from_parts(parts, Empty::new().map_err(BoxError::from).boxed_unsync());
        }
        let captured = Capture::default();
        let (store, tunnel, sink) = (self.store.clone(), self.tunnel.clone(), captured.clone());
        let done = move || {
            let side = take(&sink);
            let error = side.broken.then(|| "the response was cut off".to_owned());
            store.push(draft.finish(&tunnel, Some((head, headers, side)), error));
        };
        let (parts, body) = resp.into_parts();
        let body = body.map_err(BoxError::from).boxed_unsync();
        Response::from_parts(parts, Tap::new(body, captured, Some(Box::new(done))).boxed_unsync())
    }

    /// Records an exchange that got no response and answers `status` with the reason.
    fn failed(&self, draft: Draft, why: String, status: StatusCode) -> Response<ProxyBody> {
        let text = format!(
            "prx-tunnel could not reach the local service at {}: {why}\nCheck that it is running and that local_addr points at it.\n",
            self.local
        );
        self.store.push(draft.finish(&self.tunnel, None, Some(why)));
        let mut resp = Response::new(Full::new(Bytes::from(text)).map_err(BoxError::from).boxed_unsync());
        *resp.status_mut() = status;
        resp.headers_mut()
            .insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("text/plain; charset=utf-8"));
        resp
    }
}

impl Draft {
    fn finish(self, tunnel: &str, response: Option<Answer>, error: Option<String>) -> Exchange {
        let side = |headers, c: Captured| Side {
            headers,
            truncated: c.size > c.bytes.len() as u64,
            body_size: c.size,
            // A grown buffer may hold up to twice its length: keep only what was captured.
            body: mask::body(if c.bytes.capacity() > c.bytes.len() + c.bytes.len() / 8 {
                Bytes::copy_from_slice(&c.bytes)
            } else {
                c.bytes.freeze()
            }),
        };
        Exchange {
            id: self.id,
            tunnel_name: tunnel.to_owned(),
            remote_addr: self.remote,
            start: self.start,
            duration_ns: self.began.elapsed().as_nanos() as u64,
            request_head: self.head,
            request: side(self.headers, take(&self.body)),
            response: response.map(|(head, headers, c)| (head, side(headers, c))),
            error,
            replay_of: self.replay_of,
        }
    }
}

/// `Connection: upgrade` with an `Upgrade` header (WebSockets and the like).
fn is_upgrade(headers: &hyper::HeaderMap) -> bool {
    let conn_upgrade = headers
        .get_all(hyper::header::CONNECTION)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case("upgrade"))));
    conn_upgrade && headers.contains_key(hyper::header::UPGRADE)
}

/// Copies bytes both ways between the client's and the service's upgraded connections.
async fn splice(down: hyper::upgrade::OnUpgrade, up: hyper::upgrade::OnUpgrade) {
    let (down, up) = tokio::join!(down, up);
    match (down, up) {
        (Ok(down), Ok(up)) => {
            let (mut down, mut up) = (TokioIo::new(down), TokioIo::new(up));
            match tokio::io::copy_bidirectional(&mut down, &mut up).await {
                Ok((to_local, to_client)) => tracing::debug!(to_local, to_client, "upgraded connection closed"),
                Err(error) => tracing::debug!(%error, "upgraded connection ended with an error"),
            }
        }
        (down, up) => tracing::debug!(client = down.is_ok(), service = up.is_ok(), "upgrade failed"),
    }
}

fn version(v: hyper::Version) -> String {
    format!("{v:?}")
}
