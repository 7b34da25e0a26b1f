//! The server side: a hyper HTTP/1 server on each public connection (header case kept,
//! upgrades handed over, stopped gracefully), and the plain service forwarding every request
//! with nothing recorded.

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{Either, Full};
use hyper::body::{Body, Incoming};
use hyper::service::HttpService;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_util::sync::CancellationToken;

use super::{BoxError, Forwarder, drain};
use crate::tunnel::Meter;

/// Serves one public connection as HTTP/1 with `service` until it closes; on `stop`, the
/// request in flight is finished and the connection closed.
pub async fn serve_connection<C, S, B>(conn: C, service: S, stop: &CancellationToken)
where
    C: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: HttpService<Incoming, ResBody = B>,
    S::Error: Into<BoxError>,
    B: Body + 'static,
    B::Error: Into<BoxError>,
{
    let served = hyper::server::conn::http1::Builder::new()
        .preserve_header_case(true)
        .timer(TokioTimer::new())
        .serve_connection(TokioIo::new(conn), service)
        .with_upgrades();
    tokio::pin!(served);
    let ended = tokio::select! {
        ended = served.as_mut() => ended,
        _ = stop.cancelled() => {
            served.as_mut().graceful_shutdown();
            served.await
        }
    };
    if let Err(error) = ended {
        tracing::debug!(%error, "public connection ended with an error");
    }
}

/// What the plain path answers: the service's body, or a page of prx-tunnel's own.
type PlainBody = Either<Incoming, Full<Bytes>>;

/// Serves one public connection of an http endpoint, forwarding each request through
/// `forwarder` with nothing recorded; `meter` counts the requests.
pub async fn serve_plain<C>(conn: C, forwarder: Arc<Forwarder<Incoming>>, meter: Arc<Meter>, stop: CancellationToken)
where
    C: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |req: Request<Incoming>| {
        meter.add();
        let forwarder = forwarder.clone();
        async move { Ok::<_, Infallible>(forward(&forwarder, req).await) }
    });
    serve_connection(conn, service, &stop).await;
}

/// One request to the local service and its answer: the service's response streaming, an
/// empty body after a protocol switch (the connection is spliced), or the 502 page once the
/// request has been read.
async fn forward(forwarder: &Forwarder<Incoming>, req: Request<Incoming>) -> Response<PlainBody> {
    match forwarder.send(req).await {
        Ok(resp) if resp.status() == StatusCode::SWITCHING_PROTOCOLS => resp.map(|_| Either::Right(Full::default())),
        Ok(resp) => resp.map(Either::Left),
        Err(failed) => {
            drain(failed.body).await;
            forwarder.page(failed.status, &failed.why).map(Either::Right)
        }
    }
}
