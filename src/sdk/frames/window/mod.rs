//! The upload window: the gate grants the edge more receive window per stream than muxado's
//! 256 KiB, and holds what arrives beyond muxado's own window until muxado reads on.
//!
//! muxado 0.5.4 (the `ngrok` crate's) lets the edge have at most 256 KiB unacknowledged per
//! stream, so a single upload at 40 ms round trip is capped near 6 MiB/s. Go's muxado (the real
//! edge) grows a stream's send window by every WINDOW_INCREMENT the agent sends, without a cap.
//! The gate therefore adds its own increments to the ones muxado writes: it stands between
//! muxado and the socket like a second receive buffer. Per stream it tracks
//! - `muxado`: what muxado's own window still takes (256 KiB at the start, less every data byte
//!   handed to muxado, plus every increment muxado writes — muxado writes one per byte its reader
//!   consumed);
//! - `extra`: what the gate granted on top (it grows by up to the bytes muxado consumed, so a
//!   stream that reads fast doubles its window each round trip, up to [`WindowLimits::stream`]);
//! - `queued`: data that arrived while muxado's window was full, handed on (in order) as muxado's
//!   increments reopen it.
//!
//! - `owed`: increments (muxado's and the gate's grants) not sent to the edge yet.
//!
//! The edge may have at most `muxado + extra - queued - owed` in flight, so `queued <= extra`:
//! what the gate holds for a stream never exceeds what it granted, and the grants of all streams
//! together never exceed [`WindowLimits::budget`]. A reset (either way) drops the stream's queue
//! and returns its grant; so does the end of the edge's data once it is handed on.
//!
//! Increments are sent in batches: muxado writes one for every read of a stream (each a TLS
//! record and a system call on both ends — a fifth of the agent's CPU during an upload, and one
//! more frame for the edge per request), so the gate keeps them as `owed` while the edge still
//! has more than half of the stream's window and the debt is under an eighth of it, and sends
//! what it owes in one frame as soon as either is no longer true. The edge is never starved:
//! whenever it has sent half its window, the reads of that data make muxado write an increment,
//! and the gate then pays everything it owes; and a stream that sends a whole window per round
//! trip gets at least seven eighths of it back each time.

use std::collections::{HashMap, VecDeque};

use bytes::Bytes;

use super::outq::Outq;
use super::wire::{DATA, FIN, HEADER, SYN};

/// The window sizes the gate works with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowLimits {
    /// muxado's own receive window per stream, which both peers assume at a stream's start.
    pub initial: u32,
    /// The most a stream's window may reach with the gate's grants (muxado's part included).
    pub stream: u32,
    /// The most the gate grants (and so holds) across all streams of a connection.
    pub budget: usize,
}

/// muxado 0.5.4's default stream window, which the `ngrok` crate keeps (and Go's muxado uses).
pub const MUXADO_WINDOW: u32 = 256 * 1024;

/// What SDK mode runs with: up to 4 MiB per stream, at most 32 MiB held by the gate in all.
pub const UPLOAD_WINDOW: WindowLimits = WindowLimits { initial: MUXADO_WINDOW, stream: 4 << 20, budget: 32 << 20 };

impl Default for WindowLimits {
    fn default() -> Self {
        UPLOAD_WINDOW
    }
}

/// The gate pays what it owes a stream once that reaches this part of the stream's window, even
/// while the edge has more than half of it left: a stream limited by the round trip (the edge
/// sends its whole window, then waits) must get nearly its whole window back each round trip.
const OWED_PART: u64 = 8;

/// The largest increment one WINDOW_INCREMENT frame carries.
const WNDINC_MAX: u32 = 0x7FFF_FFFF;

/// One stream's receive window as the gate sees it (see the module docs).
#[derive(Debug)]
struct StreamWindow {
    muxado: u32,
    extra: u32,
    queued: VecDeque<Bytes>,
    queued_len: usize,
    /// The edge's FIN, waiting behind `queued`.
    fin: bool,
    /// Increments not sent to the edge yet.
    owed: u32,
}

impl StreamWindow {
    /// What the edge may still send on this stream.
    fn edge_left(&self) -> u64 {
        (u64::from(self.muxado) + u64::from(self.extra)).saturating_sub(self.queued_len as u64 + u64::from(self.owed))
    }
}

/// What went wrong with a data frame from the edge.
#[derive(Debug, PartialEq, Eq)]
pub struct Overrun;

/// The receive windows of every stream of one connection.
#[derive(Debug, Default)]
pub struct Windows {
    limits: WindowLimits,
    streams: HashMap<u32, StreamWindow>,
    /// The sum of every stream's `extra`.
    granted: usize,
    /// The sum of every stream's `queued_len`.
    held: usize,
}

/// Appends a DATA frame for stream `id` carrying `payload` (not copied) to `out`.
fn put_data(out: &mut Outq, id: u32, flags: u8, payload: Bytes) {
    let head = ((payload.len() as u32) << 8) | (u32::from(DATA) << 4) | u32::from(flags);
    let mut header = [0u8; HEADER];
    header[..4].copy_from_slice(&head.to_be_bytes());
    header[4..].copy_from_slice(&id.to_be_bytes());
    out.extend_from_slice(&header);
    out.push(payload);
}

impl Windows {
    /// Windows of the given sizes.
    pub fn new(limits: WindowLimits) -> Self {
        Windows { limits, ..Default::default() }
    }

    /// The sizes in use.
    pub fn limits(&self) -> WindowLimits {
        self.limits
    }

    /// Data bytes the gate holds for muxado, across streams.
    pub fn held(&self) -> usize {
        self.held
    }

    /// Window the gate granted beyond muxado's, across streams (an upper bound of [`held`]).
    ///
    /// [`held`]: Windows::held
    pub fn granted(&self) -> usize {
        self.granted
    }

    /// The streams the gate tracks.
    pub fn streams(&self) -> usize {
        self.streams.len()
    }

    fn stream(&mut self, id: u32) -> &mut StreamWindow {
        let initial = self.limits.initial;
        self.streams.entry(id).or_insert_with(|| StreamWindow {
            muxado: initial,
            extra: 0,
            queued: VecDeque::new(),
            queued_len: 0,
            fin: false,
            owed: 0,
        })
    }

    /// Forgets stream `id`, dropping what it holds and returning its grant.
    pub fn forget(&mut self, id: u32) {
        if let Some(s) = self.streams.remove(&id) {
            self.granted -= s.extra as usize;
            self.held -= s.queued_len;
        }
    }

    /// A DATA frame from the edge: what muxado's window takes goes to `out` now, the rest waits.
    /// `Err` when the edge sent more than it was granted while data already waits (the stream's
    /// order could not be kept without holding it all); an overrun with nothing waiting is handed
    /// on whole, so muxado resets the stream as it always did.
    /// `frame` is the whole frame, header included; a frame handed on whole goes as it came.
    pub fn inbound(&mut self, id: u32, flags: u8, frame: Bytes, out: &mut Outq) -> Result<(), Overrun> {
        let payload = frame.slice(HEADER..);
        let s = self.stream(id);
        let len = payload.len();
        if s.queued_len == 0 && !s.fin {
            let fits = s.muxado as usize;
            if len <= fits || len - fits > s.extra as usize {
                s.muxado = s.muxado.saturating_sub(len as u32);
                out.push(frame);
                if flags & FIN != 0 {
                    self.forget(id);
                }
                return Ok(());
            }
            if fits > 0 {
                put_data(out, id, flags & SYN, payload.slice(..fits));
            }
            s.muxado = 0;
            // Held data is copied out of the read buffer: a slice would keep the whole buffer
            // (other streams' frames too) alive for as long as this stream stalls.
            s.queued.push_back(Bytes::copy_from_slice(&payload[fits..]));
            s.queued_len = len - fits;
            s.fin = flags & FIN != 0;
            self.held += len - fits;
            return Ok(());
        }
        if s.fin || s.queued_len + len > s.extra as usize {
            return Err(Overrun);
        }
        s.fin = flags & FIN != 0;
        if len > 0 {
            s.queued.push_back(Bytes::copy_from_slice(&payload));
            s.queued_len += len;
            self.held += len;
        }
        Ok(())
    }

    /// muxado wrote a WINDOW_INCREMENT of `by` for stream `id` (its reader consumed that much):
    /// hands waiting data on to `out` as far as muxado's window now allows, and returns the
    /// increment to send the edge instead — 0 for none: `by` plus the gate's new grant are owed,
    /// and everything owed is sent once the edge has half of the stream's window or less (see the
    /// module docs). The grant is at most `by` (the window doubles per round trip of a stream that
    /// keeps reading), within the stream's limit and the budget left.
    pub fn increment(&mut self, id: u32, by: u32, out: &mut Outq) -> u32 {
        let limits = self.limits;
        let budget_left = limits.budget - self.granted;
        let Some(s) = self.streams.get_mut(&id) else { return by };
        s.muxado = s.muxado.saturating_add(by).min(limits.initial);
        let mut released = 0;
        while s.muxado > 0
            && let Some(front) = s.queued.front_mut()
        {
            let take = front.len().min(s.muxado as usize);
            let chunk = front.split_to(take);
            if front.is_empty() {
                s.queued.pop_front();
            }
            let last = s.queued.is_empty() && s.fin;
            put_data(out, id, if last { FIN } else { 0 }, chunk);
            s.muxado -= take as u32;
            released += take;
        }
        s.queued_len -= released;
        self.held -= released;
        if s.queued.is_empty() && s.fin {
            self.forget(id);
            return by;
        }
        let room = limits.stream.saturating_sub(limits.initial).saturating_sub(s.extra);
        let by = by.min(WNDINC_MAX);
        let grant = by.min(room).min(u32::try_from(budget_left).unwrap_or(u32::MAX)).min(WNDINC_MAX - by);
        s.extra += grant;
        self.granted += grant as usize;
        s.owed = s.owed.saturating_add(by + grant).min(WNDINC_MAX);
        let window = u64::from(limits.initial) + u64::from(s.extra);
        if s.edge_left() * 2 > window && u64::from(s.owed) * OWED_PART < window {
            return 0;
        }
        std::mem::take(&mut s.owed)
    }

    /// muxado ended its side of stream `id` (FIN). If data still waits, `out` gets an empty DATA
    /// frame: muxado answers it with a reset when the stream is gone (its reader dropped it),
    /// which frees what waits; a stream still being read takes it as nothing.
    pub fn agent_finished(&mut self, id: u32, out: &mut Outq) {
        if self.streams.get(&id).is_some_and(|s| s.queued_len > 0) {
            put_data(out, id, 0, Bytes::new());
        }
    }

    /// Checks the accounting (for tests and the fuzz target): panics when it is broken.
    pub fn check(&self) {
        let (mut granted, mut held) = (0usize, 0usize);
        for (id, s) in &self.streams {
            let queued: usize = s.queued.iter().map(Bytes::len).sum();
            assert_eq!(queued, s.queued_len, "stream {id}: queued bytes miscounted");
            assert!(
                s.queued_len <= s.extra as usize,
                "stream {id}: holds {} beyond its grant {}",
                s.queued_len,
                s.extra
            );
            assert!(s.queued_len == 0 || s.muxado == 0, "stream {id}: data waits while muxado's window is open");
            assert!(s.muxado <= self.limits.initial, "stream {id}: muxado's window above its size");
            assert!(
                s.extra <= self.limits.stream.saturating_sub(self.limits.initial),
                "stream {id}: grant above the stream limit"
            );
            granted += s.extra as usize;
            held += s.queued_len;
        }
        assert_eq!(granted, self.granted, "grants miscounted");
        assert_eq!(held, self.held, "held bytes miscounted");
        assert!(self.granted <= self.limits.budget, "grants {} above the budget {}", self.granted, self.limits.budget);
    }
}

#[cfg(test)]
mod tests;
