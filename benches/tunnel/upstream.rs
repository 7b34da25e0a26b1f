//! The local service every tunnel forwards to (hyper, HTTP/1.1, keep-alive, TCP_NODELAY):
//! `GET /` answers a short greeting, `GET /bytes/N` streams N bytes from one shared 1 MiB
//! buffer (no allocation per chunk), `POST /sink` drains the body and answers its length,
//! counting what arrived in [`SUNK`] as it arrives (so a transfer cut at a time limit still
//! knows how much reached the service).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use futures::stream;
use http_body_util::{BodyExt, Either, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// The greeting of `/`.
pub const HELLO: &[u8] = b"hello from the benchmark upstream\n";
/// Bytes of `/sink` bodies received so far, by every upload (one runs at a time).
pub static SUNK: AtomicU64 = AtomicU64::new(0);
/// Size of each body chunk the service writes.
pub const CHUNK: usize = 1 << 20;

type Body = Either<Full<Bytes>, StreamBody<stream::Iter<std::vec::IntoIter<Result<Frame<Bytes>, Infallible>>>>>;

/// Starts the service on 127.0.0.1 (port 0) on the current runtime; returns its address.
pub async fn start() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let chunk = Bytes::from(vec![b'x'; CHUNK]);
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { continue };
            let _ = tcp.set_nodelay(true);
            let chunk = chunk.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| answer(req, chunk.clone()));
                let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(tcp), service).await;
            });
        }
    });
    Ok(addr)
}

async fn answer(req: Request<Incoming>, chunk: Bytes) -> Result<Response<Body>, Infallible> {
    let path = req.uri().path().to_owned();
    if let Some(n) = path.strip_prefix("/bytes/").and_then(|n| n.parse::<u64>().ok()) {
        let mut frames = Vec::with_capacity((n / CHUNK as u64 + 1) as usize);
        let mut left = n;
        while left > 0 {
            let take = left.min(CHUNK as u64) as usize;
            frames.push(Ok(Frame::data(chunk.slice(..take))));
            left -= take as u64;
        }
        let body = StreamBody::new(stream::iter(frames));
        let resp = Response::builder().header("content-length", n).body(Either::Right(body));
        return Ok(resp.expect("valid response"));
    }
    if path == "/sink" {
        let mut body = req.into_body();
        let mut got = 0u64;
        while let Some(frame) = body.frame().await {
            match frame {
                Ok(f) => {
                    let n = f.data_ref().map_or(0, |d| d.len() as u64);
                    SUNK.fetch_add(n, Ordering::Relaxed);
                    got += n;
                }
                Err(_) => break,
            }
        }
        return Ok(Response::new(Either::Left(Full::from(got.to_string()))));
    }
    Ok(Response::new(Either::Left(Full::from(Bytes::from_static(HELLO)))))
}
