//! Forwarding an http endpoint's traffic to its local service as HTTP, whether or not the
//! inspector records it: a hyper HTTP/1 server on each public connection (header case kept),
//! one pooled keep-alive hyper client per endpoint to the local service, upgrades (WebSockets)
//! spliced through as bytes, and a 502 page naming the local address when the service cannot
//! be reached. The inspector layers its recording on [`Forwarder::send`]; [`serve_plain`]
//! forwards with nothing recorded.

mod outage;
mod reclaim;
mod serve;
mod upgrade;

use std::sync::Arc;
use std::time::Duration;

use bytes::{Buf, Bytes};
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Incoming};
use hyper::http::uri::{self, Authority, PathAndQuery, Scheme};
use hyper::{Request, Response, StatusCode, Uri};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};

pub use outage::{Outage, Outages};
use reclaim::Reclaim;
pub use serve::{serve_connection, serve_plain};

/// The error type of the bodies on the forwarding path.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How much of a request body is read (and dropped) before a 502 answer.
const DRAIN_LIMIT: usize = 1 << 20;
/// How long the rest of the request may take to arrive before a 502 answer.
const DRAIN_TIME: Duration = Duration::from_secs(5);
/// How long an idle connection to the local service is kept for the next request (the
/// default of Go's `http.Transport`).
const POOL_IDLE: Duration = Duration::from_secs(90);
/// How many idle connections to the local service are kept (beyond, they are closed): enough
/// for bursts of a hundred concurrent requests without holding a descriptor per past client.
const POOL_MAX_IDLE: usize = 128;

/// Sends requests to one local service over pooled keep-alive connections.
pub struct Forwarder<B> {
    client: Client<HttpConnector, Reclaim<B>>,
    /// The local service, `host:port`.
    local: String,
    /// `local` as a URI authority (an error when it is not one).
    authority: Result<Authority, String>,
    outage: Arc<Outage>,
}

/// A request the local service did not answer.
pub struct Failed<B> {
    /// What the client is answered: 502.
    pub status: StatusCode,
    /// Why, for the page and the log (`Connection refused (os error 111)`).
    pub why: String,
    /// What is left of the request body, to read before answering.
    pub body: Option<B>,
}

impl<B> Forwarder<B>
where
    B: Body<Data = Bytes> + Send + Unpin + 'static,
    B::Error: Into<BoxError>,
{
    /// A forwarder to `local` (`host:port`) whose failures and recoveries are told by `outage`.
    pub fn new(local: String, outage: Arc<Outage>) -> Forwarder<B> {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        let client = Client::builder(TokioExecutor::new())
            .http1_preserve_header_case(true)
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(POOL_IDLE)
            .pool_max_idle_per_host(POOL_MAX_IDLE)
            .build(connector);
        let authority = local.parse::<Authority>().map_err(|e| format!("local_addr {local:?} is not host:port: {e}"));
        Forwarder { client, local, authority, outage }
    }

    /// The local service, `host:port`.
    pub fn local(&self) -> &str {
        &self.local
    }

    /// Sends `req` to the local service (its target kept, its `Host` and header case as they
    /// came) and returns the response, its body streaming. On a `101 Switching Protocols`
    /// answer to an upgrade request, both upgraded connections are spliced in a task.
    pub async fn send(&self, mut req: Request<B>) -> Result<Response<Incoming>, Failed<B>> {
        let upgrade = upgrade::is_upgrade(req.headers()).then(|| hyper::upgrade::on(&mut req));
        let (mut parts, body) = req.into_parts();
        let authority = match &self.authority {
            Ok(authority) => authority.clone(),
            Err(why) => return Err(Failed { status: StatusCode::BAD_GATEWAY, why: why.clone(), body: Some(body) }),
        };
        let mut target = uri::Parts::default();
        target.scheme = Some(Scheme::HTTP);
        target.authority = Some(authority);
        target.path_and_query =
            Some(parts.uri.path_and_query().cloned().unwrap_or_else(|| PathAndQuery::from_static("/")));
        parts.uri = match Uri::from_parts(target) {
            Ok(uri) => uri,
            Err(e) => {
                let why = format!("bad request target: {e}");
                return Err(Failed { status: StatusCode::BAD_REQUEST, why, body: Some(body) });
            }
        };
        let (body, reclaimed) = Reclaim::new(body);
        let mut resp = match self.client.request(Request::from_parts(parts, body)).await {
            Ok(resp) => resp,
            Err(err) => {
                let why = reason(&err);
                self.outage.failed(&self.local, &why);
                let body = reclaimed.and_then(|mut rx| rx.try_recv().ok());
                return Err(Failed { status: StatusCode::BAD_GATEWAY, why, body });
            }
        };
        self.outage.answered(&self.local);
        if resp.status() == StatusCode::SWITCHING_PROTOCOLS {
            if let Some(down) = upgrade {
                let up = hyper::upgrade::on(&mut resp);
                tokio::spawn(upgrade::splice(down, up));
            }
        }
        Ok(resp)
    }

    /// The page a client gets when the local service could not be reached: `status`, naming
    /// the local address and why.
    pub fn page(&self, status: StatusCode, why: &str) -> Response<Full<Bytes>> {
        let text = format!(
            "prx-tunnel could not reach the local service at {}: {why}\n\
             Check that it is running and that local_addr points at it.\n",
            self.local
        );
        let mut resp = Response::new(Full::new(Bytes::from(text)));
        *resp.status_mut() = status;
        resp.headers_mut()
            .insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("text/plain; charset=utf-8"));
        resp
    }
}

/// Reads what is left of a request body (at most 1 MiB, for at most 5 s) and drops it, so the
/// answer that follows reaches a client still sending.
pub async fn drain<B: Body + Unpin>(body: Option<B>) {
    let Some(mut body) = body else { return };
    let read = async {
        let mut read = 0;
        while let Some(Ok(frame)) = body.frame().await {
            read += frame.data_ref().map_or(0, |d| d.remaining());
            if read > DRAIN_LIMIT {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(DRAIN_TIME, read).await;
}

/// Why a request failed, in a user's words: the I/O error underneath when there is one
/// (`Connection refused (os error 111)`), else the whole chain of causes.
fn reason(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = Some(err);
    let mut chain = Vec::new();
    while let Some(e) = cause {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return io.to_string();
        }
        chain.push(e.to_string());
        cause = e.source();
    }
    chain.join(": ")
}
