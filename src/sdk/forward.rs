//! Forwarding public connections from the tunnel to the local service, one task and one
//! tracing span per connection. http endpoints are served as HTTP (`http_forward`: pooled
//! keep-alive connections to the service, through the inspector when it is on, a 502 page when
//! the service is down); tcp endpoints are byte copies with 64 KiB buffers, closed when the
//! service is down. An outage is logged once, and its end once.

use std::sync::Arc;

use futures::TryStreamExt;
use ngrok::conn::ConnInfo;
use ngrok::tunnel::{AcceptError, Tunnel};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::Instrument;

use crate::http_forward::{Forwarder, Outage, Outages, serve_plain};
use crate::inspect::{Inspector, TcpWatch};
use crate::state::ServedUnit;
use crate::tunnel::Meter;

const BUF: usize = 64 * 1024;

/// How the forwarder answers a client when the local service cannot be reached.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Upstream502 {
    /// HTTP endpoints, served as HTTP: answer a 502 page.
    Http,
    /// TCP endpoints, copied as bytes: close the connection.
    Close,
}

/// Where an endpoint's connections go and what counts them.
pub struct Target {
    /// The local service, `host:port`.
    pub local: String,
    /// How a client learns the service is down.
    pub mode: Upstream502,
    /// Counts the requests (http endpoints) or connections (tcp endpoints) served.
    pub meter: Arc<Meter>,
}

/// Accepts connections until the tunnel ends (returns its error) or `stop` is cancelled
/// (returns `None` after in-flight requests and connections had `grace` to finish). The state
/// of the local service is kept in `outages`, shared by every endpoint and session.
pub async fn serve<T: Tunnel>(
    mut tunnel: T,
    target: Target,
    outages: Arc<Outages>,
    inspector: Option<Arc<Inspector>>,
    stop: CancellationToken,
    grace: std::time::Duration,
) -> Option<AcceptError> {
    let Target { local, mode, meter } = target;
    meter.counts(if mode == Upstream502::Http { ServedUnit::Requests } else { ServedUnit::Connections });
    let outage = outages.of(&local);
    // Not inspecting: one pooled client for the endpoint's every connection, recording nothing.
    let plain = (mode == Upstream502::Http && inspector.is_none())
        .then(|| Arc::new(Forwarder::new(local.clone(), outage.clone())));
    let tracker = TaskTracker::new();
    let ended = loop {
        let next = tokio::select! {
            next = tunnel.try_next() => next,
            _ = stop.cancelled() => break None,
        };
        match next {
            Ok(Some(conn)) => {
                let span = tracing::debug_span!("conn", client = %conn.remote_addr());
                match (&inspector, &plain, mode) {
                    (Some(inspector), _, Upstream502::Http) => {
                        let client = conn.remote_addr();
                        let serving = inspector.clone().serve_http(conn, client, meter.clone(), stop.clone());
                        tracker.spawn(serving.instrument(span));
                    }
                    (_, Some(plain), _) => {
                        tracker.spawn(serve_plain(conn, plain.clone(), meter.clone(), stop.clone()).instrument(span));
                    }
                    _ => {
                        meter.add();
                        let watch = inspector.as_ref().map(|i| i.tcp_opened(conn.remote_addr()));
                        tracker.spawn(forward(conn, local.clone(), outage.clone(), watch).instrument(span));
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

/// Copies the bytes of a tcp connection both ways; closes it when the service is down.
async fn forward<C>(mut conn: C, local: String, outage: Arc<Outage>, watch: Option<TcpWatch>)
where
    C: AsyncRead + AsyncWrite + Unpin,
{
    let mut up = match TcpStream::connect(&local).await {
        Ok(up) => {
            outage.answered(&local);
            up
        }
        Err(err) => {
            outage.failed(&local, &err);
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
