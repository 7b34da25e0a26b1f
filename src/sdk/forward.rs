//! Forwarding public connections from the tunnel to the local service: one task and one
//! tracing span per connection, 64 KiB copy buffers, a clear 502 when the service is down,
//! logged once per outage rather than once per request.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use bytes::Bytes;
use futures::TryStreamExt;
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::rt::TokioIo;
use ngrok::conn::ConnInfo;
use ngrok::tunnel::{AcceptError, Tunnel};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::Instrument;

use crate::inspect::{Inspector, TcpWatch};
use crate::state::ServedUnit;
use crate::tunnel::Meter;

const BUF: usize = 64 * 1024;
/// How much of a request body is read (and dropped) before the 502 answer.
const DRAIN_LIMIT: usize = 1 << 20;
/// How long the request may take to arrive before the 502 answer.
const DRAIN_TIME: std::time::Duration = std::time::Duration::from_secs(5);

/// Tracks whether the local service answers, so an outage is logged once, and its end once.
#[derive(Default)]
pub struct Upstream {
    down: AtomicBool,
    failures: AtomicU64,
}

impl Upstream {
    fn failed(&self, addr: &str, err: &std::io::Error) {
        self.failures.fetch_add(1, Ordering::Relaxed);
        if !self.down.swap(true, Ordering::Relaxed) {
            tracing::warn!(%addr, error = %err, "local service is not answering; clients get 502 until it is back");
        }
    }

    fn ok(&self, addr: &str) {
        if self.down.swap(false, Ordering::Relaxed) {
            let n = self.failures.swap(0, Ordering::Relaxed);
            tracing::info!(%addr, failed_connections = n, "local service is answering again");
        }
    }
}

/// How the forwarder answers a client when the local service cannot be reached.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Upstream502 {
    /// HTTP endpoints: write a 502 response.
    Http,
    /// TCP endpoints: close the connection.
    Close,
}

/// Where an endpoint's connections go and what counts them.
pub struct Target {
    /// The local service, `host:port`.
    pub local: String,
    /// How a client learns the service is down.
    pub mode: Upstream502,
    /// Counts the requests (the inspector serving HTTP) or connections (byte copy) served.
    pub meter: Arc<Meter>,
}

/// Accepts connections until the tunnel ends (returns its error) or `stop` is cancelled
/// (returns `None` after in-flight connections had `grace` to finish).
pub async fn serve<T: Tunnel>(
    mut tunnel: T,
    target: Target,
    upstream: Arc<Upstream>,
    inspector: Option<Arc<Inspector>>,
    stop: CancellationToken,
    grace: std::time::Duration,
) -> Option<AcceptError> {
    let Target { local, mode, meter } = target;
    let inspecting_http = inspector.is_some() && mode == Upstream502::Http;
    meter.counts(if inspecting_http { ServedUnit::Requests } else { ServedUnit::Connections });
    let tracker = TaskTracker::new();
    let ended = loop {
        let next = tokio::select! {
            next = tunnel.try_next() => next,
            _ = stop.cancelled() => break None,
        };
        match next {
            Ok(Some(conn)) => {
                let span = tracing::debug_span!("conn", client = %conn.remote_addr());
                match (&inspector, mode) {
                    (Some(inspector), Upstream502::Http) => {
                        let client = conn.remote_addr();
                        tracker.spawn(inspector.clone().serve_http(conn, client, meter.clone()).instrument(span));
                    }
                    _ => {
                        meter.add();
                        let watch = inspector.as_ref().map(|i| i.tcp_opened(conn.remote_addr()));
                        let (local, upstream) = (local.clone(), upstream.clone());
                        tracker.spawn(forward(conn, local, mode, upstream, watch).instrument(span));
                    }
                }
            }
            Ok(None) => break None,
            Err(err) => break Some(err),
        }
    };
    if ended.is_none() {
        // Unbind first: it frees the URL at once, whatever happens to the session.
        if let Err(err) = tokio::time::timeout(grace, tunnel.close()).await.unwrap_or(Ok(())) {
            tracing::debug!(error = %err, "could not close the endpoint");
        }
    }
    tracker.close();
    let _ = tokio::time::timeout(grace, tracker.wait()).await;
    ended
}

async fn forward<C>(mut conn: C, local: String, mode: Upstream502, upstream: Arc<Upstream>, watch: Option<TcpWatch>)
where
    C: AsyncRead + AsyncWrite + Unpin,
{
    let mut up = match TcpStream::connect(&local).await {
        Ok(up) => {
            upstream.ok(&local);
            up
        }
        Err(err) => {
            upstream.failed(&local, &err);
            if mode == Upstream502::Http {
                answer_502(conn, &local, &err).await;
            }
            return;
        }
    };
    let _ = up.set_nodelay(true);
    match tokio::io::copy_bidirectional_with_sizes(&mut conn, &mut up, BUF, BUF).await {
        Ok((to_local, to_client)) => {
            tracing::debug!(to_local, to_client, "connection closed");
            if let Some(watch) = watch {
                watch.closed(to_local, to_client);
            }
        }
        Err(err) => tracing::debug!(error = %err, "connection ended with an error"),
    }
}

/// Answers the request on `conn` with a 502 naming the local address, through a real HTTP
/// server: the request (and up to 1 MiB of body) is read before the answer is written, so the
/// edge never sees the stream reset under its feet and the client gets the whole page.
async fn answer_502<C>(conn: C, local: &str, err: &std::io::Error)
where
    C: AsyncRead + AsyncWrite + Unpin,
{
    let body = format!(
        "prx-tunnel could not reach the local service at {local}: {err}\n\
         Check that it is running and that local_addr points at it.\n"
    );
    let service = hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
        let body = body.clone();
        async move {
            let drained = Limited::new(req.into_body(), DRAIN_LIMIT).collect();
            let _ = tokio::time::timeout(DRAIN_TIME, drained).await;
            hyper::Response::builder()
                .status(hyper::StatusCode::BAD_GATEWAY)
                .header(hyper::header::CONTENT_TYPE, "text/plain; charset=utf-8")
                .body(Full::new(Bytes::from(body)))
        }
    });
    let serve =
        hyper::server::conn::http1::Builder::new().keep_alive(false).serve_connection(TokioIo::new(conn), service);
    match tokio::time::timeout(DRAIN_TIME * 2, serve).await {
        Ok(Err(error)) => tracing::debug!(%error, "502 answer not delivered"),
        Err(_) => tracing::debug!("client too slow for the 502 answer"),
        Ok(Ok(())) => {}
    }
}
