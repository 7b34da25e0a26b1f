//! Network distance on the agent link: a one-way delay, and optionally a bandwidth, applied to
//! both directions of every agent connection, below TLS.
//!
//! Each direction is a pump: a reader takes whatever chunk the socket yields, stamps it with the
//! time it may arrive (departure after the previous chunk has been serialised at the bandwidth,
//! plus the latency), and queues it; a writer sleeps until the stamp of the queue's head and
//! writes it. Stamps never decrease, so bytes are never reordered, and the cost is one timer per
//! chunk, not per byte. The queue is bounded, so a stalled peer backs the other side up.

use std::pin::Pin;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

/// The largest chunk one read takes off a socket.
const CHUNK: usize = 64 * 1024;
/// Chunks in flight per direction (at most `QUEUED * CHUNK` bytes buffered).
const QUEUED: usize = 256;

/// How far away the agents are, as the edge sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Distance {
    /// One-way delay, added to each direction (a round trip costs twice this).
    pub latency: Duration,
    /// Bytes per second each direction carries; `None` = as fast as loopback goes.
    pub bandwidth: Option<u64>,
}

impl Distance {
    /// True when the link adds nothing (no latency, no bandwidth limit).
    pub fn is_none(&self) -> bool {
        self.latency.is_zero() && self.bandwidth.is_none()
    }

    /// How long `len` bytes take to serialise at the bandwidth.
    fn transmit(&self, len: usize) -> Duration {
        match self.bandwidth {
            Some(rate) if rate > 0 => Duration::from_secs_f64(len as f64 / rate as f64),
            _ => Duration::ZERO,
        }
    }
}

/// Parses a bandwidth as `tc` spells it: a number and `bit`, `kbit`, `mbit` or `gbit` per second
/// (decimal, as network rates are), e.g. `100mbit`; returns bytes per second.
pub fn parse_bandwidth(text: &str) -> Result<u64, String> {
    let lower = text.trim().to_ascii_lowercase();
    let split = lower.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(lower.len());
    let (number, unit) = lower.split_at(split);
    let bits_per_unit: f64 = match unit.trim_end_matches("/s").trim_end_matches("ps") {
        "bit" => 1.0,
        "kbit" => 1e3,
        "mbit" => 1e6,
        "gbit" => 1e9,
        _ => return Err(format!("{text:?}: give a rate like 100mbit (units: bit, kbit, mbit, gbit)")),
    };
    let value: f64 = number.parse().map_err(|_| format!("{text:?}: {number:?} is not a number"))?;
    let bytes = (value * bits_per_unit / 8.0).round();
    if bytes < 1.0 {
        return Err(format!("{text:?}: the rate must be at least 8bit"));
    }
    Ok(bytes as u64)
}

/// Anything an agent connection can run over.
pub(crate) trait Link: AsyncRead + AsyncWrite + Send + Unpin {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin> Link for T {}

/// The agent connection's byte stream with `distance` applied: `io` itself when there is none,
/// else one end of an in-memory pipe whose other end is pumped to and from `io` through delay
/// queues until either side closes or `stop` fires.
pub(crate) fn apply<T: Link + 'static>(io: T, distance: Distance, stop: CancellationToken) -> Pin<Box<dyn Link>> {
    if distance.is_none() {
        return Box::pin(io);
    }
    let (near, far) = tokio::io::duplex(CHUNK);
    let (io_read, io_write) = tokio::io::split(io);
    let (far_read, far_write) = tokio::io::split(far);
    spawn_direction(io_read, far_write, distance, stop.clone());
    spawn_direction(far_read, io_write, distance, stop);
    Box::pin(near)
}

/// One direction: a reader stamping chunks and a writer delivering them at their stamps.
fn spawn_direction<R, W>(from: R, to: W, distance: Distance, stop: CancellationToken)
where
    R: AsyncRead + Send + Unpin + 'static,
    W: AsyncWrite + Send + Unpin + 'static,
{
    let (queue, due) = mpsc::channel(QUEUED);
    let reader_stop = stop.clone();
    tokio::spawn(async move {
        tokio::select! {
            () = stamp(from, queue, distance) => {}
            () = reader_stop.cancelled() => {}
        }
    });
    tokio::spawn(async move {
        tokio::select! {
            () = deliver(due, to) => {}
            () = stop.cancelled() => {}
        }
    });
}

/// Reads chunks and queues each with its arrival time; an empty chunk marks end of stream.
async fn stamp<R: AsyncRead + Unpin>(mut from: R, queue: mpsc::Sender<(Instant, Bytes)>, distance: Distance) {
    let mut wire_free = Instant::now();
    let mut buf = BytesMut::with_capacity(CHUNK);
    loop {
        buf.reserve(CHUNK);
        let n = from.read_buf(&mut buf).await.unwrap_or(0);
        let chunk = buf.split().freeze();
        let now = Instant::now();
        wire_free = wire_free.max(now) + distance.transmit(n);
        if queue.send((wire_free + distance.latency, chunk)).await.is_err() || n == 0 {
            return;
        }
    }
}

/// Writes each queued chunk once its time has come; shuts the write side at end of stream.
async fn deliver<W: AsyncWrite + Unpin>(mut due: mpsc::Receiver<(Instant, Bytes)>, mut to: W) {
    while let Some((at, chunk)) = due.recv().await {
        tokio::time::sleep_until(at).await;
        if chunk.is_empty() {
            break;
        }
        if to.write_all(&chunk).await.is_err() {
            return;
        }
    }
    let _ = to.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bandwidths_in_tc_units() {
        assert_eq!(parse_bandwidth("100mbit"), Ok(12_500_000));
        assert_eq!(parse_bandwidth("1.5Gbit"), Ok(187_500_000));
        assert_eq!(parse_bandwidth("64kbit/s"), Ok(8_000));
        assert!(parse_bandwidth("10MB").unwrap_err().contains("units"));
        assert!(parse_bandwidth("1.2.3mbit").unwrap_err().contains("not a number"));
    }

    #[tokio::test]
    async fn delays_each_direction_once_and_keeps_order() {
        let latency = Duration::from_millis(30);
        let (near_app, far_app) = tokio::io::duplex(1024);
        let mut link = apply(near_app, Distance { latency, bandwidth: None }, CancellationToken::new());
        let mut far_app = far_app;
        let start = Instant::now();
        link.write_all(b"ping-1 ping-2").await.unwrap();
        let mut got = [0u8; 13];
        far_app.read_exact(&mut got).await.unwrap();
        assert!(start.elapsed() >= latency, "one way took {:?}", start.elapsed());
        assert_eq!(&got, b"ping-1 ping-2");
        far_app.write_all(b"pong").await.unwrap();
        let mut back = [0u8; 4];
        link.read_exact(&mut back).await.unwrap();
        assert!(start.elapsed() >= 2 * latency, "a round trip took {:?}", start.elapsed());
        assert_eq!(&back, b"pong");
    }

    #[tokio::test]
    async fn bandwidth_paces_a_burst() {
        let (near_app, mut far_app) = tokio::io::duplex(1 << 20);
        let distance = Distance { latency: Duration::ZERO, bandwidth: Some(1_000_000) };
        let mut link = apply(near_app, distance, CancellationToken::new());
        let start = Instant::now();
        let writer = tokio::spawn(async move {
            link.write_all(&vec![7u8; 100_000]).await.unwrap();
            link
        });
        let mut got = vec![0u8; 100_000];
        far_app.read_exact(&mut got).await.unwrap();
        assert!(start.elapsed() >= Duration::from_millis(95), "100 kB at 1 MB/s took {:?}", start.elapsed());
        assert!(got.iter().all(|b| *b == 7));
        drop(writer.await.unwrap());
    }
}
