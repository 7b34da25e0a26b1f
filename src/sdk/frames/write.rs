//! The gate's outbound side: frames muxado writes pass through unchanged (without a copy),
//! except WINDOW_INCREMENT frames, which carry the gate's grants too and are batched (`window.rs`:
//! an increment the gate owes rather than sends is dropped from the byte stream). The bytes of
//! an increment frame are taken into `stage` (12 bytes, perhaps over several writes), rewritten,
//! and written from `pending` before anything after them. muxado's resets and FINs are noted on
//! the way, so the windows of streams that end are dropped.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use bytes::Buf;
use tokio::io::AsyncWrite;

use super::Gate;
use super::wire::{DATA, FIN, HEADER, RST, WND_INC, WND_INC_BODY};

/// A frame header's body length, type and flags, and stream id.
fn header(bytes: &[u8]) -> (usize, u8, u8, u32) {
    let head = u32::from_be_bytes(bytes[..4].try_into().unwrap());
    let id = u32::from_be_bytes(bytes[4..8].try_into().unwrap()) & 0x7FFF_FFFF;
    ((head >> 8) as usize, (head as u8) >> 4, head as u8 & 0x0F, id)
}

/// Where the gate is in the outbound byte stream.
#[derive(Default)]
pub(super) struct Outbound {
    /// Bytes of the current frame still to pass unchanged.
    pass_left: usize,
    /// The start of a frame whose header (and, for an increment, body) is not complete yet.
    stage: Vec<u8>,
}

impl<S: AsyncWrite + Unpin> Gate<S> {
    /// Writes what the gate has to write before muxado's next bytes.
    pub(super) fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.pending.is_empty() {
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.pending.advance(n);
        }
        Poll::Ready(Ok(()))
    }

    /// One write of muxado's: see the module docs. Accepts at least one byte of a non-empty `buf`.
    pub(super) fn poll_write_frames(&mut self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        ready!(self.poll_pending(cx))?;
        if buf.is_empty() {
            return Pin::new(&mut self.inner).poll_write(cx, buf);
        }
        let region = self.pass_region(buf);
        if region == 0 {
            let took = self.stage(buf);
            // Best effort: a pending write is retried before the next bytes, and by flush.
            if let Poll::Ready(Err(e)) = self.poll_pending(cx) {
                return Poll::Ready(Err(e));
            }
            return Poll::Ready(Ok(took));
        }
        let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &buf[..region]))?;
        self.passed(&buf[..n], buf);
        self.wrote(&buf[..n]);
        Poll::Ready(Ok(n))
    }

    /// How many leading bytes of `buf` pass unchanged: the rest of the current frame, then
    /// whole headers (and their bodies) up to an increment frame or an incomplete header.
    fn pass_region(&self, buf: &[u8]) -> usize {
        if !self.outbound.stage.is_empty() {
            return 0;
        }
        let mut pos = self.outbound.pass_left;
        while pos < buf.len() && buf.len() - pos >= HEADER {
            let (len, typ, _, _) = header(&buf[pos..]);
            if typ == WND_INC && len == WND_INC_BODY {
                break;
            }
            pos += HEADER + len;
        }
        pos.min(buf.len())
    }

    /// Notes the `written` leading bytes of `buf` (a pass region) as sent.
    fn passed(&mut self, written: &[u8], buf: &[u8]) {
        let mut pos = self.outbound.pass_left.min(written.len());
        self.outbound.pass_left -= pos;
        while pos < written.len() {
            let (len, typ, flags, id) = header(&buf[pos..]);
            self.noted(typ, flags, id);
            let end = pos + HEADER + len;
            if end > written.len() {
                self.outbound.pass_left = end - written.len();
            }
            pos = end;
        }
    }

    /// muxado's reset or FIN of a stream: its window is dropped, or probed.
    fn noted(&mut self, typ: u8, flags: u8, id: u32) {
        if typ == RST {
            self.windows.forget(id);
        } else if typ == DATA && flags & FIN != 0 {
            self.windows.agent_finished(id, &mut self.out);
            self.wake_reader();
        }
    }

    /// Takes the start of `buf` into `stage`; returns how many bytes it took (at least one).
    fn stage(&mut self, buf: &[u8]) -> usize {
        let stage = &mut self.outbound.stage;
        let want = if stage.len() < HEADER { HEADER } else { HEADER + WND_INC_BODY };
        let took = (want - stage.len()).min(buf.len());
        stage.extend_from_slice(&buf[..took]);
        if stage.len() < HEADER {
            return took;
        }
        let (len, typ, flags, id) = header(stage);
        if typ != WND_INC || len != WND_INC_BODY {
            // Only the header was staged (it came in pieces); the rest passes unchanged.
            let staged = std::mem::take(stage);
            self.outbound.pass_left = len;
            self.noted(typ, flags, id);
            self.pending.extend_from_slice(&staged);
            self.wrote(&staged);
            return took;
        }
        if stage.len() < HEADER + WND_INC_BODY {
            return took;
        }
        let mut frame = std::mem::take(stage);
        let by = u32::from_be_bytes(frame[HEADER..].try_into().unwrap()) & 0x7FFF_FFFF;
        let before = self.out.len();
        let by = self.windows.increment(id, by, &mut self.out);
        if self.out.len() > before {
            self.wake_reader();
        }
        if by == 0 {
            // Owed, sent with a later increment of the stream (`window.rs`).
            return took;
        }
        frame[HEADER..].copy_from_slice(&by.to_be_bytes());
        self.pending.extend_from_slice(&frame);
        self.wrote(&frame);
        took
    }

    /// Wakes muxado's reader when the gate has new bytes for it.
    fn wake_reader(&mut self) {
        if !self.out.is_empty()
            && let Some(w) = self.read_waker.take()
        {
            w.wake();
        }
    }
}
