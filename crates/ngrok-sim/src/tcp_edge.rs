//! Public side of a tcp endpoint: its own loopback listener; every connection (after the
//! endpoint's `on_tcp_connect` policy) becomes one Proxy stream, copied both ways with 64 KiB
//! buffers.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tracing::Instrument;

use traffic_policy::Phase;

use crate::endpoint::Endpoint;
use crate::policy::{Exchange, Verdict};
use crate::proxy;
use crate::state::Shared;

/// Copy buffer size for public connections.
pub(crate) const COPY_BUF: usize = 64 * 1024;

/// Accepts connections for the tcp URL `url` while any endpoint serves it; each connection goes
/// to one member of its pool (see `pool.rs`).
pub(crate) async fn serve(shared: Arc<Shared>, listener: TcpListener, url: String) {
    let mut changes = shared.subscribe();
    loop {
        let accepted = tokio::select! {
            r = listener.accept() => r,
            changed = changes.changed() => {
                if changed.is_err() || !shared.read().endpoints.contains_key(&url) {
                    return tracing::debug!(%url, "tcp endpoint offline; listener closed");
                }
                continue;
            }
        };
        match accepted {
            Ok((tcp, peer)) => match crate::pool::choose(&shared.read(), &url, true) {
                Some(ep) => {
                    let span = tracing::info_span!("tcp", url = %ep.url, id = %ep.id, %peer);
                    tokio::spawn(connection(shared.clone(), tcp, peer, ep).instrument(span));
                }
                None => drop(tcp),
            },
            Err(error) => tracing::warn!(%error, %url, "accept failed"),
        }
    }
}

async fn connection(shared: Arc<Shared>, mut tcp: TcpStream, peer: SocketAddr, mut ep: Arc<Endpoint>) {
    let _ = tcp.set_nodelay(true);
    let local = tcp.local_addr().unwrap_or(peer);
    // The endpoint's on_tcp_connect, then — while a forward-internal sends the connection on —
    // the internal tcp endpoint's (one member of its pool), at most MAX_FORWARDS times.
    for forwards in 0..=crate::policy::MAX_FORWARDS {
        let mut x = Exchange::new(peer, local, "tcp", &ep.url, &ep.id);
        x.internal_online = Some(crate::forward_internal::online_check(&shared, "tcp"));
        let verdict = ep.policy.run(Phase::TcpConnect, &mut x);
        shared.record_policy_logs(&mut x.logs);
        let next = match verdict {
            Verdict::Continue => break,
            Verdict::Forward(url) if forwards < crate::policy::MAX_FORWARDS => {
                crate::pool::choose(&shared.read(), &url, false)
            }
            _ => None,
        };
        match next {
            Some(target) => {
                tracing::info!(from = %ep.url, to = %target.url, id = %target.id, "forward-internal");
                ep = target;
            }
            None => return tracing::info!("connection closed by the endpoint's traffic policy"),
        }
    }
    // When the endpoint goes offline the public connection is closed, whatever stage it is at.
    let opened = tokio::select! {
        opened = proxy::open(&ep, peer, "tcp") => opened,
        _ = ep.gone.cancelled() => return tracing::info!("endpoint offline; connection closed"),
    };
    let mut stream = match opened {
        Ok(s) => s,
        Err(error) => {
            tracing::info!(%error, "agent unreachable");
            return;
        }
    };
    tokio::select! {
        copied = tokio::io::copy_bidirectional_with_sizes(&mut tcp, &mut stream, COPY_BUF, COPY_BUF) => match copied {
            Ok((up, down)) => tracing::debug!(up, down, "connection closed"),
            Err(error) => tracing::debug!(%error, "connection ended"),
        },
        _ = ep.gone.cancelled() => tracing::info!("endpoint offline; connection closed"),
    }
}
