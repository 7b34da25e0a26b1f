//! What the gate hands muxado's reader next: whole frames in order, most of them slices of the
//! buffer the connection was read into, so a frame passing through is copied once — into
//! muxado's buffer — rather than through intermediate buffers.

use std::collections::VecDeque;

use bytes::{Buf, Bytes};
use tokio::io::ReadBuf;

/// Bytes waiting for muxado's reader, as a queue of shared slices.
#[derive(Debug, Default)]
pub struct Outq {
    parts: VecDeque<Bytes>,
    len: usize,
}

impl Outq {
    /// Queues `bytes` without copying them.
    pub fn push(&mut self, bytes: Bytes) {
        if !bytes.is_empty() {
            self.len += bytes.len();
            self.parts.push_back(bytes);
        }
    }

    /// Queues a copy of `bytes` (small frames the gate writes itself).
    pub fn extend_from_slice(&mut self, bytes: &[u8]) {
        self.push(Bytes::copy_from_slice(bytes));
    }

    /// Bytes waiting.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Moves as much as fits into `buf`, in order.
    pub fn fill(&mut self, buf: &mut ReadBuf<'_>) {
        while buf.remaining() > 0
            && let Some(front) = self.parts.front_mut()
        {
            let n = front.len().min(buf.remaining());
            buf.put_slice(&front[..n]);
            front.advance(n);
            self.len -= n;
            if front.is_empty() {
                self.parts.pop_front();
            }
        }
    }

    /// Takes everything waiting, as one buffer (tests).
    #[cfg(test)]
    pub fn take(&mut self) -> Vec<u8> {
        self.len = 0;
        self.parts.drain(..).flat_map(|b| b.to_vec()).collect()
    }
}
