//! Forwarding public connections from the tunnel to the local service: one task and one
//! tracing span per connection, 64 KiB copy buffers, a clear 502 when the service is down,
//! logged once per outage rather than once per request.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use futures::TryStreamExt;
use ngrok::conn::ConnInfo;
use ngrok::tunnel::{AcceptError, Tunnel};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::Instrument;

const BUF: usize = 64 * 1024;

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

/// Accepts connections until the tunnel ends (returns its error) or `stop` is cancelled
/// (returns `None` after in-flight connections had `grace` to finish).
pub async fn serve<T: Tunnel>(
    mut tunnel: T,
    local: String,
    mode: Upstream502,
    upstream: Arc<Upstream>,
    stop: CancellationToken,
    grace: std::time::Duration,
) -> Option<AcceptError> {
    let tracker = TaskTracker::new();
    let ended = loop {
        let next = tokio::select! {
            next = tunnel.try_next() => next,
            _ = stop.cancelled() => break None,
        };
        match next {
            Ok(Some(conn)) => {
                let span = tracing::debug_span!("conn", client = %conn.remote_addr());
                let (local, upstream) = (local.clone(), upstream.clone());
                tracker.spawn(forward(conn, local, mode, upstream).instrument(span));
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

async fn forward<C>(mut conn: C, local: String, mode: Upstream502, upstream: Arc<Upstream>)
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
                let body = format!(
                    "prx-tunnel could not reach the local service at {local}: {err}\n\
                     Check that it is running and that local_addr points at it.\n"
                );
                let resp = format!(
                    "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = conn.write_all(resp.as_bytes()).await;
                let _ = conn.shutdown().await;
            }
            return;
        }
    };
    let _ = up.set_nodelay(true);
    match tokio::io::copy_bidirectional_with_sizes(&mut conn, &mut up, BUF, BUF).await {
        Ok((to_local, to_client)) => tracing::debug!(to_local, to_client, "connection closed"),
        Err(err) => tracing::debug!(error = %err, "connection ended with an error"),
    }
}
