//! The public HTTP and HTTPS listeners. HTTPS ends TLS here with a certificate for the SNI name
//! (from the run's CA); both route every request by its scheme and `Host` to the endpoint
//! serving it and hand it to the request handler (`forward.rs`).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use tracing::Instrument;

use crate::state::Shared;

/// Error type of response bodies.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;
/// Response body type.
pub(crate) type BoxBody = http_body_util::combinators::BoxBody<Bytes, BoxError>;

/// Accepts public connections until the edge shuts down.
pub(crate) async fn serve(shared: Arc<Shared>, listener: TcpListener, tls: Option<TlsAcceptor>) {
    let scheme = if tls.is_some() { "https" } else { "http" };
    loop {
        let accepted = tokio::select! {
            r = listener.accept() => r,
            _ = shared.root.cancelled() => return,
        };
        match accepted {
            Ok((tcp, peer)) => {
                let span = tracing::info_span!("public", scheme, %peer);
                tokio::spawn(connection(shared.clone(), tcp, peer, tls.clone()).instrument(span));
            }
            Err(error) => tracing::warn!(%error, scheme, "accept failed"),
        }
    }
}

async fn connection(shared: Arc<Shared>, tcp: TcpStream, peer: SocketAddr, tls: Option<TlsAcceptor>) {
    let _ = tcp.set_nodelay(true);
    let root = shared.root.clone();
    let Ok(local) = tcp.local_addr() else { return };
    let served = async move {
        match tls {
            Some(acceptor) => match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp)).await {
                Ok(Ok(stream)) => http(shared, stream, peer, local, "https").await,
                Ok(Err(error)) => tracing::debug!(%error, "TLS handshake failed"),
                Err(_) => tracing::debug!("TLS handshake timed out"),
            },
            None => http(shared, tcp, peer, local, "http").await,
        }
    };
    tokio::select! {
        _ = served => {}
        _ = root.cancelled() => {}
    }
}

async fn http<IO>(shared: Arc<Shared>, io: IO, peer: SocketAddr, local: SocketAddr, scheme: &'static str)
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let conn = Arc::new(crate::forward::Connection::default());
    let service = service_fn(move |req| crate::forward::handle(shared.clone(), conn.clone(), req, peer, local, scheme));
    let served = http1::Builder::new().serve_connection(TokioIo::new(io), service).with_upgrades().await;
    if let Err(error) = served {
        tracing::debug!(%error, "public connection ended");
    }
}
