//! The visitor: plain HTTP/1.1 to an address with a chosen `Host` (the edge's public HTTP
//! listener routes by it; the local service ignores it). One-shot requests, single-stream
//! downloads and uploads (optionally cut at a time limit), and a closed-loop load of `c`
//! keep-alive connections recording each latency.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use bytes::Bytes;
use futures::stream;
use http_body_util::{BodyExt, Empty, StreamBody, combinators::BoxBody};
use hyper::Request;
use hyper::body::Frame;
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

type Body = BoxBody<Bytes, Infallible>;

/// A keep-alive HTTP/1.1 connection to `addr`.
pub async fn connect(addr: SocketAddr) -> anyhow::Result<SendRequest<Body>> {
    let tcp = TcpStream::connect(addr).await.with_context(|| format!("could not connect to {addr}"))?;
    tcp.set_nodelay(true)?;
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await?;
    tokio::spawn(conn);
    Ok(sender)
}

fn request(method: &str, host: &str, path: &str, body: Body) -> Request<Body> {
    Request::builder().method(method).uri(path).header("host", host).body(body).expect("valid request")
}

/// GET `path` on a connection; the status and the body length.
async fn get_on(sender: &mut SendRequest<Body>, host: &str, path: &str) -> anyhow::Result<(u16, u64)> {
    sender.ready().await?;
    let resp = sender.send_request(request("GET", host, path, Empty::new().boxed())).await?;
    let status = resp.status().as_u16();
    let mut body = resp.into_body();
    let mut len = 0u64;
    while let Some(frame) = body.frame().await {
        len += frame?.data_ref().map_or(0, |d| d.len() as u64);
    }
    Ok((status, len))
}

/// Retries `GET /` on fresh connections until it answers 200 (the edge answers 404 until the
/// endpoint is routable); returns when it did. Polls every millisecond up to `within`.
pub async fn first_ok(addr: SocketAddr, host: &str, within: Duration) -> anyhow::Result<Instant> {
    let deadline = Instant::now() + within;
    let mut last = String::new();
    while Instant::now() < deadline {
        match async { get_on(&mut connect(addr).await?, host, "/").await }.await {
            Ok((200, _)) => return Ok(Instant::now()),
            Ok((status, _)) => last = format!("HTTP {status}"),
            Err(e) => last = format!("{e:#}"),
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    bail!("no 200 from {host} via {addr} within {within:?} (last: {last})")
}

/// What one transfer moved: the bytes that reached the far end, in how long, and whether the
/// time limit cut it short.
pub struct Moved {
    /// Bytes that arrived (at the visitor for a download, at the local service for an upload).
    pub bytes: u64,
    /// From the request to the last byte (or to the time limit).
    pub took: Duration,
    /// True when the time limit ended the transfer before all `n` bytes arrived.
    pub cut: bool,
}

/// Downloads `/bytes/n`, for at most `limit`: what arrived and in how long.
pub async fn download(addr: SocketAddr, host: &str, n: u64, limit: Duration) -> anyhow::Result<Moved> {
    let mut sender = connect(addr).await?;
    let start = Instant::now();
    let deadline = tokio::time::Instant::from_std(start + limit);
    sender.ready().await?;
    let resp = sender.send_request(request("GET", host, &format!("/bytes/{n}"), Empty::new().boxed()));
    let resp = tokio::time::timeout_at(deadline, resp).await.context("download: no answer within the time limit")??;
    let status = resp.status().as_u16();
    let mut body = resp.into_body();
    let mut len = 0u64;
    loop {
        match tokio::time::timeout_at(deadline, body.frame()).await {
            Ok(Some(frame)) => len += frame?.data_ref().map_or(0, |d| d.len() as u64),
            Ok(None) => break,
            Err(_) => return Ok(Moved { bytes: len, took: start.elapsed(), cut: true }),
        }
    }
    let took = start.elapsed();
    ensure!(status == 200 && len == n, "download via {addr}: HTTP {status}, {len} of {n} bytes");
    Ok(Moved { bytes: len, took, cut: false })
}

/// Uploads `n` bytes to `/sink`, for at most `limit`: what reached the local service and in
/// how long (to the answer, or to the time limit).
pub async fn upload(addr: SocketAddr, host: &str, n: u64, limit: Duration) -> anyhow::Result<Moved> {
    use std::sync::atomic::Ordering;
    let chunk = Bytes::from(vec![b'u'; super::upstream::CHUNK]);
    let mut frames = Vec::new();
    let mut left = n;
    while left > 0 {
        let take = left.min(chunk.len() as u64) as usize;
        frames.push(Ok::<_, Infallible>(Frame::data(chunk.slice(..take))));
        left -= take as u64;
    }
    let mut sender = connect(addr).await?;
    let body = StreamBody::new(stream::iter(frames)).boxed();
    let mut req = request("POST", host, "/sink", body);
    req.headers_mut().insert("content-length", n.into());
    let before = super::upstream::SUNK.load(Ordering::Relaxed);
    let start = Instant::now();
    let exchange = async {
        let resp = sender.send_request(req).await?;
        let status = resp.status().as_u16();
        anyhow::Ok((status, resp.into_body().collect().await?.to_bytes()))
    };
    let Ok(answer) = tokio::time::timeout(limit, exchange).await else {
        let bytes = super::upstream::SUNK.load(Ordering::Relaxed) - before;
        return Ok(Moved { bytes, took: start.elapsed(), cut: true });
    };
    let (status, text) = answer?;
    let took = start.elapsed();
    ensure!(status == 200 && text == n.to_string().as_bytes(), "upload via {addr}: HTTP {status}, {text:?}");
    Ok(Moved { bytes: n, took, cut: false })
}

/// What a load run saw.
pub struct Load {
    /// Latency of every successful request after the warm-up, in microseconds.
    pub latencies_us: Vec<u32>,
    /// Requests that failed or did not answer 200.
    pub errors: u64,
    /// The measured duration.
    pub measured: Duration,
}

/// `c` connections each sending `GET /` back to back for `warmup + measure`; only requests
/// started after the warm-up are recorded. A failed connection is replaced.
pub async fn load(addr: SocketAddr, host: &str, c: usize, warmup: Duration, measure: Duration) -> Load {
    let begin = Instant::now() + warmup;
    let end = begin + measure;
    let tasks: Vec<_> = (0..c)
        .map(|_| {
            let host = host.to_owned();
            tokio::spawn(async move {
                let (mut lat, mut errors) = (Vec::with_capacity(1 << 16), 0u64);
                let mut conn = None;
                while Instant::now() < end {
                    if conn.is_none() {
                        conn = connect(addr).await.ok();
                    }
                    let Some(sender) = conn.as_mut() else {
                        errors += 1;
                        tokio::time::sleep(Duration::from_millis(1)).await;
                        continue;
                    };
                    let start = Instant::now();
                    match get_on(sender, &host, "/").await {
                        Ok((200, _)) if start >= begin => lat.push(start.elapsed().as_micros() as u32),
                        Ok((200, _)) => {}
                        _ => {
                            errors += 1;
                            conn = None;
                        }
                    }
                }
                (lat, errors)
            })
        })
        .collect();
    let mut out = Load { latencies_us: Vec::new(), errors: 0, measured: measure };
    for task in tasks {
        if let Ok((lat, errors)) = task.await {
            out.latencies_us.extend(lat);
            out.errors += errors;
        }
    }
    out
}
