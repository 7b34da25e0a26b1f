//! Forwarding a tunnel's connections to a plain upstream (`http://` or tcp, no PROXY header, no
//! HTTP/2) the way the real agent does, counting them into its [`Metrics`]: every connection,
//! and the HTTP requests of an inspected http tunnel. A refused upstream gets the `ngrok`
//! crate forwarder's 502 answer on http tunnels.

use std::convert::Infallible;
use std::sync::Arc;

use futures::TryStreamExt;
use hyper::{Response, StatusCode};
use hyper_util::rt::TokioIo;
use ngrok::prelude::EndpointInfo;
use ngrok::session::RpcError;
use ngrok::tunnel::Tunnel;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

use crate::metrics::{Metrics, Requests};

/// Asks the accepting task to unbind its tunnel, and hears the answer.
type CloseAsk = oneshot::Sender<oneshot::Sender<Result<(), RpcError>>>;

/// A tunnel whose connections this agent forwards itself.
pub struct Counted {
    /// The tunnel ID assigned by the edge.
    pub id: String,
    /// The public URL assigned by the edge.
    pub url: String,
    close: Option<CloseAsk>,
}

/// How the connections of a counted tunnel are forwarded.
pub struct Route {
    /// The upstream, `host:port`.
    pub upstream: String,
    /// An http tunnel (a refused upstream gets a 502 answer).
    pub http: bool,
    /// Its requests are counted (an http tunnel the agent inspects).
    pub read_http: bool,
}

impl Counted {
    /// Starts forwarding the connections of `tunnel` along `route` into `metrics`.
    pub fn start<T: Tunnel + EndpointInfo>(tunnel: T, route: Route, metrics: Arc<Metrics>) -> Counted {
        let (id, url) = (tunnel.id().to_owned(), tunnel.url().to_owned());
        let (close, asked) = oneshot::channel();
        tokio::spawn(accept(tunnel, Arc::new(route), metrics, asked));
        Counted { id, url, close: Some(close) }
    }

    /// Unbinds the tunnel at the edge.
    pub async fn close(&mut self) -> Result<(), RpcError> {
        let Some(ask) = self.close.take() else { return Ok(()) };
        let (reply, answer) = oneshot::channel();
        if ask.send(reply).is_err() {
            return Ok(());
        }
        answer.await.unwrap_or(Ok(()))
    }
}

async fn accept<T: Tunnel>(
    mut tunnel: T,
    route: Arc<Route>,
    metrics: Arc<Metrics>,
    mut asked: oneshot::Receiver<oneshot::Sender<Result<(), RpcError>>>,
) {
    loop {
        tokio::select! {
            next = tunnel.try_next() => match next {
                Ok(Some(conn)) => { tokio::spawn(relay(conn, route.clone(), metrics.clone())); }
                _ => return,
            },
            ask = &mut asked => {
                let closed = tunnel.close().await;
                if let Ok(reply) = ask {
                    let _ = reply.send(closed);
                }
                return;
            }
        }
    }
}

async fn relay<C>(conn: C, route: Arc<Route>, metrics: Arc<Metrics>)
where
    C: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let _open = metrics.conn();
    let upstream = match TcpStream::connect(&route.upstream).await {
        Ok(up) => up,
        Err(e) => {
            if route.http {
                bad_gateway(conn, format!("failed to dial backend: {e}")).await;
            }
            return;
        }
    };
    let _ = upstream.set_nodelay(true);
    if !route.read_http {
        let (mut conn, mut upstream) = (conn, upstream);
        let _ = tokio::io::copy_bidirectional(&mut conn, &mut upstream).await;
        return;
    }
    let (mut from_client, mut to_client) = tokio::io::split(conn);
    let (mut from_up, mut to_up) = upstream.into_split();
    let up = async {
        let mut requests = Requests::default();
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            let n = match from_client.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            metrics.requests(requests.feed(&buf[..n]));
            if to_up.write_all(&buf[..n]).await.is_err() {
                break;
            }
        }
        let _ = to_up.shutdown().await;
    };
    let down = async {
        let _ = tokio::io::copy(&mut from_up, &mut to_client).await;
        let _ = to_client.shutdown().await;
    };
    tokio::join!(up, down);
}

/// Answers every request on `conn` with a 502 saying `why`, as the `ngrok` crate's forwarder does.
async fn bad_gateway<C>(conn: C, why: String)
where
    C: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |_req| {
        let mut resp = Response::new(http_body_util::Full::new(bytes::Bytes::from(why.clone())));
        *resp.status_mut() = StatusCode::BAD_GATEWAY;
        async move { Ok::<_, Infallible>(resp) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .keep_alive(false)
        .serve_connection(TokioIo::new(conn), service)
        .await;
}
