//! The inspecting forwarding path of http endpoints: the forwarding of `http_forward` (a hyper
//! server on each public connection, a pooled keep-alive client to the local service, upgrades
//! spliced through) with bodies streamed through taps and each exchange recorded when its
//! response ends.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Empty};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_util::sync::CancellationToken;

use super::body::{BoxError, Capture, Captured, Tap, take};
use super::mask;
use super::record::{Exchange, RequestHead, ResponseHead, Side};
use super::store::Store;
use crate::http_forward::{Failed, Forwarder, Outage, drain, serve_connection};
use crate::tunnel::Meter;

/// Every body on the inspecting path.
pub type ProxyBody = UnsyncBoxBody<Bytes, BoxError>;

/// Forwards http exchanges to one local service, recording them.
pub struct HttpPath {
    store: Arc<Store>,
    forwarder: Forwarder<ProxyBody>,
    tunnel: String,
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
    /// A path to `local` (`host:port`) for the tunnel named `tunnel`, recording into `store`;
    /// its failures and recoveries are told by `outage` (the service's, shared with every other
    /// path to it).
    pub fn new(store: Arc<Store>, local: String, tunnel: String, outage: Arc<Outage>) -> HttpPath {
        HttpPath { store, forwarder: Forwarder::new(local, outage), tunnel }
    }

    /// The name of the tunnel (endpoint) this path records under.
    pub fn tunnel(&self) -> &str {
        &self.tunnel
    }

    /// The store this path records into.
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Serves one public connection as HTTP/1 until it closes (or `stop`, once the request in
    /// flight is answered); `meter` counts each request.
    pub async fn serve<C>(self: Arc<Self>, conn: C, client: SocketAddr, meter: Arc<Meter>, stop: CancellationToken)
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
        serve_connection(conn, service, &stop).await;
    }

    /// Forwards one request to the local service and returns its response (bodies streaming);
    /// the exchange is stored when the response body ends.
    pub async fn exchange(
        &self,
        req: Request<ProxyBody>,
        remote: String,
        replay_of: Option<String>,
    ) -> Response<ProxyBody> {
        let target = req.uri().path_and_query().map_or("/", |p| p.as_str()).to_owned();
        let draft = Draft {
            id: self.store.next_id(),
            remote,
            start: SystemTime::now(),
            began: Instant::now(),
            head: RequestHead { method: req.method().to_string(), uri: target, proto: version(req.version()) },
            headers: mask::headers(req.headers()),
            body: Capture::default(),
            replay_of,
        };
        let (parts, body) = req.into_parts();
        let body = Tap::new(body, draft.body.clone(), None).boxed_unsync();
        let resp = match self.forwarder.send(Request::from_parts(parts, body)).await {
            Ok(resp) => resp,
            Err(failed) => return self.failed(draft, failed).await,
        };
        let head = ResponseHead {
            status_code: resp.status().as_u16(),
            status: format!("{} {}", resp.status().as_str(), resp.status().canonical_reason().unwrap_or(""))
                .trim()
                .to_owned(),
            proto: version(resp.version()),
        };
        let headers = mask::headers(resp.headers());
        if resp.status() == StatusCode::SWITCHING_PROTOCOLS {
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

    /// Reads the rest of the request (into its capture), records an exchange that got no
    /// response and answers with the reason.
    async fn failed(&self, draft: Draft, failed: Failed<ProxyBody>) -> Response<ProxyBody> {
        drain(failed.body).await;
        let resp = self.forwarder.page(failed.status, &failed.why);
        self.store.push(draft.finish(&self.tunnel, None, Some(failed.why)));
        resp.map(|body| body.map_err(BoxError::from).boxed_unsync())
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

fn version(v: hyper::Version) -> String {
    format!("{v:?}")
}
