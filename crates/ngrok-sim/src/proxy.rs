//! Proxy streams: for every public connection the edge opens a stream of type 3 to the owning
//! agent and writes an i64 little-endian length followed by the JSON `ProxyHeader`; the bytes of
//! the public connection follow (plaintext for https endpoints: TLS ends at the edge).

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::time::Instant;

use muxado::typed::{TypedOpenClose, TypedStream};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};

use crate::endpoint::Endpoint;
use crate::wire::{self, ProxyHeader};

/// Proxy streams one agent connection may have open at once. muxado's default stream limit is
/// 512 on both sides, and an agent on the ngrok crate 0.19 ends its whole session when the
/// edge exceeds it; like a real edge, further public connections wait for a slot.
pub(crate) const MAX_OPEN: usize = 448;

/// The largest data frame the edge writes. muxado-rust turns each write into one frame of up
/// to the whole send window (256 KiB), and the receiver decodes a frame whole before it can
/// read (and return window for) any of it. A Go edge copying with `io.Copy` writes at most
/// 32 KiB at a time; so does this one, so an agent is never handed frames a real edge would
/// not send.
pub(crate) const MAX_WRITE: usize = 32 * 1024;

/// How long a finished proxy stream keeps its slot waiting for the agent's end of it.
const LINGER: Duration = Duration::from_secs(10);

/// An owned proxy stream usable as tokio IO. It holds one of the agent's slots until the agent
/// has closed its end too: the agent's muxado counts the stream until then, so releasing the
/// slot when only our end is done would let a burst of connections push the agent past its
/// stream limit (the ngrok crate ends its whole session there).
pub(crate) struct ProxyStream {
    stream: Option<TypedStream>,
    slot: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl ProxyStream {
    fn inner(&mut self) -> Pin<&mut muxado::Stream> {
        Pin::new(&mut **self.stream.as_mut().expect("present until dropped"))
    }
}

impl Drop for ProxyStream {
    fn drop(&mut self) {
        let (Some(mut stream), Some(slot)) = (self.stream.take(), self.slot.take()) else { return };
        let Ok(rt) = tokio::runtime::Handle::try_current() else { return };
        rt.spawn(async move {
            let drain = async {
                let _ = stream.shutdown().await;
                let mut sink = [0u8; 16 * 1024];
                while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {}
            };
            let _ = tokio::time::timeout(LINGER, drain).await;
            drop(slot);
        });
    }
}

impl AsyncRead for ProxyStream {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        self.inner().poll_read(cx, buf)
    }
}

impl AsyncWrite for ProxyStream {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let n = buf.len().min(MAX_WRITE);
        self.inner().poll_write(cx, &buf[..n])
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.inner().poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.inner().poll_shutdown(cx)
    }
}

/// How long a public connection waits for muxado to forget closed streams before it fails.
const EXHAUSTED_WAIT: Duration = Duration::from_secs(30);

/// Opens the typed stream. muxado counts a stream until both ends' FINs have been processed,
/// which lags behind our slots when the machine is busy; like a real edge, the connection
/// waits (retrying with a short capped backoff) rather than failing.
async fn open_typed(ep: &Endpoint) -> io::Result<TypedStream> {
    let deadline = Instant::now() + EXHAUSTED_WAIT;
    let mut pause = Duration::from_millis(2);
    loop {
        match ep.opener.clone().open_typed(wire::typ(wire::PROXY)).await {
            Ok(stream) => return Ok(stream),
            Err(muxado::Error::StreamsExhausted) if Instant::now() < deadline => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(e) => {
                return Err(io::Error::new(io::ErrorKind::NotConnected, format!("could not open a proxy stream: {e}")));
            }
        }
    }
}

/// Opens a Proxy stream to the agent serving `ep` for a client at `client`, arriving by `proto`
/// (`http`, `https` or `tcp`).
pub(crate) async fn open(ep: &Endpoint, client: SocketAddr, proto: &str) -> io::Result<ProxyStream> {
    let slot = ep
        .proxy_slots
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::NotConnected, "the agent connection is gone"))?;
    let mut stream = open_typed(ep).await?;
    let header = ProxyHeader {
        id: ep.id.clone(),
        client_addr: client.to_string(),
        proto: proto.to_owned(),
        edge_type: String::new(),
        passthrough_tls: false,
    };
    let json = serde_json::to_vec(&header).map_err(io::Error::other)?;
    let mut head = Vec::with_capacity(8 + json.len());
    head.extend_from_slice(&(json.len() as i64).to_le_bytes());
    head.extend_from_slice(&json);
    stream.write_all(&head).await?;
    Ok(ProxyStream { stream: Some(stream), slot: Some(slot) })
}
