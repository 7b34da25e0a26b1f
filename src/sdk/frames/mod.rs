//! Works around a deadlock of the `ngrok` crate 0.19 under bursts of public connections.
//!
//! The crate's muxado reader pushes every stream the edge opens into a 64-slot accept queue
//! and *waits* while it is full; the crate's single accept loop takes one stream and reads its
//! stream type and ProxyHeader before taking the next. The edge writes the type and the header
//! as separate frames, so in a burst the wire holds: SYN 1, SYN 2, … SYN 66, header 1, … The
//! loop waits for header 1, which sits behind SYN 66, which the reader cannot queue: every
//! stream of the session, heartbeats included, stops, and the session dies on the missed
//! heartbeat. Go's muxado never blocks its reader there (it resets the stream instead).
//!
//! [`Gate`] wraps the connection under the crate and reorders inbound frames across streams,
//! which muxado allows (order is kept within each stream): a stream the edge opens is held back
//! until the bytes the accept loop reads inline have arrived — the type, and for Proxy
//! streams the length-prefixed header, for StopTunnel streams the JSON request — and is then
//! released in one piece. Whatever the reader waits on, the streams already queued are complete.
//!
//! The gate also fails the read on two edge frames muxado 0.5.4 would panic on (found by
//! fuzzing, `fuzz/README.md`): a malformed GoAway, and a stream opened with an id that is not
//! the edge's to open or was opened before. A failed read makes the crate reconnect at once
//! instead of leaving a half-dead session behind until the heartbeat times out.
//!
//! And it grants the edge a larger receive window per stream than muxado's 256 KiB, holding
//! what muxado cannot take yet within a memory budget: the upload window (`window/`, with the
//! outbound side, which rewrites muxado's WINDOW_INCREMENT frames, in `write.rs`).

use std::collections::HashMap;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, Waker, ready};

use bytes::{Bytes, BytesMut};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

mod opened;
mod outq;
mod rpc;
mod window;
mod wire;
mod write;

pub use opened::OPEN_WINDOW;
use opened::Opened;
use outq::Outq;
pub use rpc::{Rpc, RpcSink};
pub use window::{MUXADO_WINDOW, UPLOAD_WINDOW, WindowLimits, Windows};
use wire::{DATA, FIN, GO_AWAY, HEADER, HEARTBEAT, PROXY, RST, SESSION_CLOSED, STOP_TUNNEL, SYN};

/// Openings larger than this are released as they are (the crate reports them).
const MAX_OPENING: usize = 64 * 1024;

#[derive(Default)]
struct Held {
    frames: BytesMut,
    payload: Vec<u8>,
}

impl Held {
    /// Whether the accept loop can read everything it reads inline without waiting.
    fn complete(&self) -> bool {
        let p = &self.payload;
        if p.len() > MAX_OPENING {
            return true;
        }
        let Some(typ) = p.get(..4).map(|b| u32::from_be_bytes(b.try_into().unwrap())) else {
            return false;
        };
        match typ {
            PROXY => p.get(4..12).is_some_and(|b| {
                let len = i64::from_le_bytes(b.try_into().unwrap());
                usize::try_from(len).map_or(true, |len| len > MAX_OPENING || p.len() >= 12 + len)
            }),
            STOP_TUNNEL => serde_json::from_slice::<serde_json::Value>(&p[4..]).is_ok(),
            _ => true,
        }
    }
}

/// The connection to the edge, with inbound frames of newly opened streams held back until
/// their opening is complete (see the module docs).
pub struct Gate<S> {
    inner: S,
    /// What was read from the connection and not sorted into frames yet.
    raw: BytesMut,
    /// Whole frames for muxado's reader (`outq.rs`).
    out: Outq,
    held: HashMap<u32, Held>,
    opened: Opened,
    eof: bool,
    /// Set when the edge broke the protocol in a way muxado cannot take; the read fails.
    broken: Option<&'static str>,
    /// The agent's Auth and Bind streams and their answers.
    watch: rpc::Watch,
    /// Told every Auth and Bind answer.
    sink: Option<RpcSink>,
    /// Called once when the connection ends (EOF or a read error): the earliest moment the
    /// tunnel can know, well before the crate's accept loop reports it.
    on_close: Option<Box<dyn FnOnce() + Send + Sync>>,
    /// The heartbeat streams the edge opened (see [`Gate::ending`]).
    heartbeats: Vec<u32>,
    /// The read error that ended the connection, returned once `out` is handed over.
    failed: Option<io::Error>,
    /// Whether the end of the connection was handled.
    ended: bool,
    /// The streams' receive windows (the upload window, `window.rs`).
    windows: Windows,
    /// Where the outbound byte stream is (`write.rs`).
    outbound: write::Outbound,
    /// Outbound bytes the gate wrote in place of muxado's, sent before muxado's next.
    pending: BytesMut,
    /// muxado's reader, waiting for the connection while data waits in the gate.
    read_waker: Option<Waker>,
}

impl<S> Gate<S> {
    /// Wraps the TLS connection to the edge.
    pub fn new(inner: S) -> Self {
        Gate {
            inner,
            raw: BytesMut::new(),
            out: Outq::default(),
            held: HashMap::new(),
            opened: Opened::default(),
            eof: false,
            broken: None,
            watch: rpc::Watch::default(),
            sink: None,
            on_close: None,
            heartbeats: Vec::new(),
            failed: None,
            ended: false,
            windows: Windows::new(UPLOAD_WINDOW),
            outbound: write::Outbound::default(),
            pending: BytesMut::new(),
            read_waker: None,
        }
    }

    /// Uses other window sizes than [`UPLOAD_WINDOW`] (tests and the fuzz target).
    pub fn with_window_limits(mut self, limits: WindowLimits) -> Self {
        self.windows = Windows::new(limits);
        self
    }

    /// The streams' receive windows: what the gate granted and holds.
    pub fn windows(&self) -> &Windows {
        &self.windows
    }

    /// Calls `f` once when the connection ends.
    pub fn on_close(mut self, f: impl FnOnce() + Send + Sync + 'static) -> Self {
        self.on_close = Some(Box::new(f));
        self
    }

    /// The connection ended (EOF, a read error, or a protocol break): tells `on_close`, and
    /// resets every heartbeat stream the edge opened before muxado sees the end. muxado
    /// 0.5.4's heartbeat responder treats a read of 0 bytes (the stream's end: the edge closed
    /// it, or the session died) as a heartbeat and echoes it, in a loop that never yields
    /// until the stream's 256 KiB send window is spent: 65,536 empty frames, about 9 MiB of
    /// heap and a few hundred milliseconds of the only runtime thread at every reconnect. A
    /// reset stream fails that write, and the responder ends at once. (The same reset follows
    /// the edge's FIN on a heartbeat stream, in `sort_frames`.)
    fn ending(&mut self) {
        if std::mem::replace(&mut self.ended, true) {
            return;
        }
        for id in std::mem::take(&mut self.heartbeats) {
            self.out.extend_from_slice(&rst(id));
        }
        if let Some(f) = self.on_close.take() {
            f();
        }
    }

    /// Reports every answer to the agent's Auth and Bind RPCs on this connection to `sink`.
    pub fn with_rpc_sink(mut self, sink: RpcSink) -> Self {
        self.sink = Some(sink);
        self
    }

    /// Notes bytes the agent wrote (those the connection accepted).
    fn wrote(&mut self, bytes: &[u8]) {
        if self.sink.is_some() {
            self.watch.outbound(bytes);
        }
    }

    /// Drops what is left unread and fails the next read with `why`. The crate reports any
    /// transport failure only as "Session Closed", so the reason is logged here.
    fn break_session(&mut self, why: &'static str) {
        tracing::warn!(reason = why, "cutting the session to the ngrok edge; the tunnel reconnects");
        self.broken = Some(why);
        self.raw.clear();
        self.ending();
    }

    /// Moves every complete frame from `raw` to `out` or to its held stream.
    fn sort_frames(&mut self) {
        while self.raw.len() >= HEADER {
            let head = u32::from_be_bytes(self.raw[..4].try_into().unwrap());
            let len = (head >> 8) as usize;
            if self.raw.len() < HEADER + len {
                self.raw.reserve(HEADER + len - self.raw.len());
                return;
            }
            let (typ, flags) = ((head as u8) >> 4, head as u8 & 0x0F);
            let id = u32::from_be_bytes(self.raw[4..8].try_into().unwrap()) & 0x7FFF_FFFF;
            if typ == GO_AWAY && (id != 0 || len < 8) {
                // muxado 0.5.4 decodes this as an invalid frame that keeps its GoAway type, and
                // its reader then panics (`unreachable!()`), leaving the session half dead until
                // the heartbeat times out. Fail the read instead: the crate reconnects at once.
                return self.break_session("the ngrok edge sent a malformed GoAway frame (muxado cannot decode it)");
            }
            if flags & SYN != 0 && !self.opened.open(id) {
                return self.break_session(
                    "the ngrok edge opened a stream with an id muxado cannot take (reused, or the agent's)",
                );
            }
            let frame = self.raw.split_to(HEADER + len).freeze();
            if let Some(sink) = &self.sink
                && let Some(answer) = self.watch.inbound(id, typ, flags, &frame[HEADER..])
            {
                sink(answer);
            }
            let opens = typ == DATA && flags & SYN != 0 && flags & FIN == 0;
            let held = match self.held.get_mut(&id) {
                Some(held) => held,
                None if opens => self.held.entry(id).or_default(),
                None => {
                    if !self.deliver(frame) {
                        return;
                    }
                    if flags & FIN != 0 && self.heartbeats.contains(&id) {
                        // The edge ended its heartbeat stream: reset it at once (see `ending`).
                        self.heartbeats.retain(|h| *h != id);
                        self.out.extend_from_slice(&rst(id));
                    }
                    continue;
                }
            };
            if typ == DATA {
                held.payload.extend_from_slice(&frame[HEADER..]);
            }
            held.frames.extend_from_slice(&frame);
            if typ != DATA || flags & FIN != 0 || held.complete() {
                let held = self.held.remove(&id).unwrap();
                if held.payload.get(..4) == Some(&HEARTBEAT.to_be_bytes()[..]) {
                    self.heartbeats.push(id);
                }
                let mut frames = held.frames.freeze();
                while !frames.is_empty() {
                    let len = HEADER + (u32::from_be_bytes(frames[..4].try_into().unwrap()) >> 8) as usize;
                    if !self.deliver(frames.split_to(len)) {
                        return;
                    }
                }
            }
        }
    }

    /// Hands one whole frame on to muxado, through the stream's receive window; false when the
    /// edge overran a window and the session is cut.
    fn deliver(&mut self, frame: Bytes) -> bool {
        let head = frame[3];
        let (typ, flags) = (head >> 4, head & 0x0F);
        let id = u32::from_be_bytes(frame[4..8].try_into().unwrap()) & 0x7FFF_FFFF;
        match typ {
            DATA => {
                if self.windows.inbound(id, flags, frame, &mut self.out).is_err() {
                    self.break_session("the ngrok edge sent more on a stream than its window allows");
                    return false;
                }
            }
            RST => {
                self.windows.forget(id);
                self.out.push(frame);
            }
            _ => self.out.push(frame),
        }
        true
    }
}

/// How much room a read from the connection gets at least, and what the gate reserves then.
const READ_MIN: usize = 16 * 1024;
const READ_RESERVE: usize = 64 * 1024;

impl<S: AsyncRead + Unpin> Gate<S> {
    /// Reads from the connection straight into `raw`; the number of bytes read (0: EOF).
    fn poll_read_raw(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        if self.raw.capacity() - self.raw.len() < READ_MIN {
            self.raw.reserve(READ_RESERVE);
        }
        tokio_util::io::poll_read_buf(Pin::new(&mut self.inner), cx, &mut self.raw)
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Gate<S> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        loop {
            if !this.out.is_empty() {
                this.out.fill(buf);
                return Poll::Ready(Ok(()));
            }
            if let Some(e) = this.failed.take() {
                return Poll::Ready(Err(e));
            }
            if let Some(why) = this.broken {
                return Poll::Ready(Err(io::Error::new(io::ErrorKind::InvalidData, why)));
            }
            if this.eof {
                return Poll::Ready(Ok(()));
            }
            let Poll::Ready(result) = this.poll_read_raw(cx) else {
                // Muxado's reads on make the gate hand on data it holds: wake this reader then.
                this.read_waker = Some(cx.waker().clone());
                return Poll::Pending;
            };
            match result {
                Err(e) => {
                    this.failed = Some(e);
                    this.ending();
                }
                Ok(0) => {
                    // Hand over whatever is left, so the crate sees the same bytes (the resets
                    // before the incomplete tail, which must stay last), then EOF.
                    this.eof = true;
                    this.windows = Windows::new(this.windows.limits());
                    for (_, held) in this.held.drain() {
                        this.out.push(held.frames.freeze());
                    }
                    this.ending();
                    this.out.push(this.raw.split().freeze());
                }
                Ok(_) => this.sort_frames(),
            }
        }
    }
}

/// An RST frame for stream `id`.
fn rst(id: u32) -> [u8; HEADER + 4] {
    let mut frame = [0u8; HEADER + 4];
    frame[..4].copy_from_slice(&((4u32 << 8) | (u32::from(RST) << 4)).to_be_bytes());
    frame[4..8].copy_from_slice(&id.to_be_bytes());
    frame[8..].copy_from_slice(&SESSION_CLOSED.to_be_bytes());
    frame
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Gate<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.poll_write_frames(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests;
