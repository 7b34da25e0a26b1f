//! muxado frames as raw bytes: an 8-byte header (24-bit length, 4-bit type, 4-bit flags, 31-bit
//! stream id), then the body. Only what the window gate needs to read or write.

use bytes::{Buf, BufMut, Bytes, BytesMut};
use tokio::io::{AsyncRead, AsyncReadExt};

/// Header size.
const HEADER: usize = 8;
/// Frame type: reset a stream.
pub(crate) const RST: u8 = 0;
/// Frame type: stream data.
pub(crate) const DATA: u8 = 1;
/// Frame type: window increment.
pub(crate) const WNDINC: u8 = 2;
/// Flag: the sender's last frame on the stream.
const FIN: u8 = 0b0001;

/// One frame, kept whole so it is forwarded byte for byte.
#[derive(Debug, Clone)]
pub(crate) struct RawFrame {
    /// Header and body.
    pub bytes: Bytes,
}

impl RawFrame {
    fn word(&self) -> u32 {
        (&self.bytes[..4]).get_u32()
    }

    /// The frame type (4 bits).
    pub(crate) fn typ(&self) -> u8 {
        (self.word() as u8) >> 4
    }

    /// Whether the FIN flag is set.
    pub(crate) fn is_fin(&self) -> bool {
        (self.word() as u8) & FIN != 0
    }

    /// The body length.
    pub(crate) fn len(&self) -> usize {
        (self.word() >> 8) as usize
    }

    /// The stream id.
    pub(crate) fn stream(&self) -> u32 {
        (&self.bytes[4..8]).get_u32() & 0x7FFF_FFFF
    }

    /// A window increment's amount (`None` for other frames or a malformed body).
    pub(crate) fn increment(&self) -> Option<u32> {
        (self.typ() == WNDINC && self.bytes.len() == HEADER + 4)
            .then(|| (&self.bytes[HEADER..]).get_u32() & 0x7FFF_FFFF)
    }

    /// A window increment of `by` bytes for `stream`.
    pub(crate) fn window_increment(stream: u32, by: u32) -> RawFrame {
        let mut b = BytesMut::with_capacity(HEADER + 4);
        b.put_u32((4 << 8) | (u32::from(WNDINC) << 4));
        b.put_u32(stream);
        b.put_u32(by);
        RawFrame { bytes: b.freeze() }
    }
}

/// Reads whole frames off a byte stream.
pub(crate) struct FrameReader<R> {
    io: R,
    buf: BytesMut,
}

impl<R: AsyncRead + Unpin> FrameReader<R> {
    /// Frames from `io`.
    pub(crate) fn new(io: R) -> Self {
        FrameReader { io, buf: BytesMut::with_capacity(64 * 1024) }
    }

    /// The next frame; `None` at end of stream or on an error.
    pub(crate) async fn next(&mut self) -> Option<RawFrame> {
        self.fill(HEADER).await?;
        let len = ((&self.buf[..4]).get_u32() >> 8) as usize;
        self.fill(HEADER + len).await?;
        Some(RawFrame { bytes: self.buf.split_to(HEADER + len).freeze() })
    }

    async fn fill(&mut self, want: usize) -> Option<()> {
        while self.buf.len() < want {
            self.buf.reserve(want - self.buf.len());
            if self.io.read_buf(&mut self.buf).await.ok()? == 0 {
                return None;
            }
        }
        Some(())
    }
}
