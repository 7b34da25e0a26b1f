//! The agent ingress: the TLS listener agents connect to. It can be taken down (the listener is
//! closed, so connects are refused, and every agent connection is reset) and brought back on
//! the same address.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::state::Shared;

/// A running ingress listener.
pub(crate) struct Ingress {
    /// Cancelled to take this listener and all its connections down.
    pub down: CancellationToken,
    task: JoinHandle<()>,
}

impl Ingress {
    /// Listens on `addr` (port 0 for a fresh port); returns the ingress and its bound address.
    pub(crate) async fn start(
        shared: Arc<Shared>,
        addr: SocketAddr,
        tls: TlsAcceptor,
    ) -> anyhow::Result<(Ingress, SocketAddr)> {
        let listener = bind(addr).await?;
        let local = listener.local_addr()?;
        let down = shared.root.child_token();
        let task = tokio::spawn(
            accept_loop(shared, listener, tls, down.clone()).instrument(tracing::info_span!("ingress", addr = %local)),
        );
        Ok((Ingress { down, task }, local))
    }

    /// Stops listening and resets every agent connection; returns once the port is closed.
    pub(crate) async fn stop(self) {
        self.down.cancel();
        let _ = self.task.await;
    }
}

/// Binds, retrying briefly when the old listener on the same port is still being torn down.
async fn bind(addr: SocketAddr) -> anyhow::Result<TcpListener> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        match TcpListener::bind(addr).await {
            Ok(l) => return Ok(l),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && tokio::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            Err(e) => {
                return Err(e).with_context(|| format!("could not listen for agents on {addr}"));
            }
        }
    }
}

async fn accept_loop(shared: Arc<Shared>, listener: TcpListener, tls: TlsAcceptor, down: CancellationToken) {
    tracing::info!("accepting agents");
    loop {
        let accepted = tokio::select! {
            r = listener.accept() => r,
            _ = down.cancelled() => break,
        };
        match accepted {
            Ok((tcp, peer)) => {
                tokio::spawn(crate::session::serve(shared.clone(), tcp, peer, tls.clone(), down.clone()));
            }
            Err(error) => tracing::warn!(%error, "accept failed"),
        }
    }
    tracing::info!("agent ingress down");
}
