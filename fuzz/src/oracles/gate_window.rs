//! The `gate_window` target: SDK mode's frame gate between a model of the edge (Go muxado: its
//! send window grows by every increment, uncapped) and a model of the agent's muxado 0.5.4 (a
//! fixed receive window; it resets a stream that is sent more than its window), driven by an
//! arbitrary sequence of frames and reads from both sides, with small window limits so the
//! limits are reached. Checked after every step: the gate's accounting (`Windows::check`), what
//! it holds within the budget, and muxado never handed more than its window (unless the edge
//! overran first); each stream's bytes arrive in order and unchanged; and at the end, once
//! muxado reads everything, every byte the edge sent on a stream still open has arrived and the
//! edge has over half a window left on it (increments are batched, never withheld).

use std::collections::{HashMap, VecDeque};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use prx_tunnel::sdk::frames::{Gate, WindowLimits};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Small sizes, so that grants, the stream limit and the budget are all reached.
const LIMITS: WindowLimits = WindowLimits { initial: 64, stream: 256, budget: 512 };
/// The streams the edge opens.
const STREAMS: [u32; 4] = [2, 4, 6, 8];

/// Both directions of the connection under the gate.
#[derive(Default)]
struct Wire {
    to_gate: VecDeque<u8>,
    from_gate: Vec<u8>,
    read_chunk: usize,
    write_chunk: usize,
}

#[derive(Clone)]
struct Conn(Arc<Mutex<Wire>>);

impl AsyncRead for Conn {
    fn poll_read(self: Pin<&mut Self>, _: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        let mut w = self.0.lock().unwrap();
        if w.to_gate.is_empty() {
            return Poll::Pending;
        }
        let n = w.read_chunk.min(buf.remaining()).min(w.to_gate.len());
        let bytes: Vec<u8> = w.to_gate.drain(..n).collect();
        buf.put_slice(&bytes);
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Conn {
    fn poll_write(self: Pin<&mut Self>, _: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        let mut w = self.0.lock().unwrap();
        let n = w.write_chunk.min(buf.len());
        w.from_gate.extend_from_slice(&buf[..n]);
        Poll::Ready(Ok(n))
    }
    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// Byte `at` of stream `id`: a stream type (not one the gate holds openings of), then a pattern.
fn byte(id: u32, at: usize) -> u8 {
    if at < 4 { [0, 0, 0, 1][at] } else { (id as usize * 31 + at * 7) as u8 }
}

fn frame(typ: u8, flags: u8, id: u32, body: &[u8]) -> Vec<u8> {
    let mut f = (((body.len() as u32) << 8) | (u32::from(typ) << 4) | u32::from(flags)).to_be_bytes().to_vec();
    f.extend_from_slice(&id.to_be_bytes());
    f.extend_from_slice(body);
    f
}

/// Takes the first whole frame off `bytes`: its stream id and its bytes.
fn next_frame(bytes: &mut Vec<u8>) -> Option<(u32, Vec<u8>)> {
    let len = 8 + (u32::from_be_bytes(bytes.get(..4)?.try_into().unwrap()) >> 8) as usize;
    if bytes.len() < len.max(8) {
        return None;
    }
    let f: Vec<u8> = bytes.drain(..len).collect();
    Some((u32::from_be_bytes(f[4..8].try_into().unwrap()), f))
}

/// One stream, as both ends see it.
#[derive(Default)]
struct Stream {
    /// Edge: bytes sent, and what its window still allows (below 0 after an overrun).
    sent: usize,
    credit: i64,
    edge_done: bool,
    /// muxado: bytes received, of which read; its window left.
    got: usize,
    read: usize,
    window: usize,
    /// The edge sent more than its window while nothing waited in the gate.
    overran: bool,
    /// Either end reset the stream.
    reset: bool,
}

/// The whole setting: the gate, both wires, both models.
struct Run {
    gate: Gate<Conn>,
    wire: Arc<Mutex<Wire>>,
    streams: HashMap<u32, Stream>,
    /// Unparsed bytes each end received.
    at_muxado: Vec<u8>,
    at_edge: Vec<u8>,
    cx: Context<'static>,
}

impl Run {
    fn edge_sends(&mut self, id: u32, len: usize, flags: u8, overrun: bool) {
        let s = self.streams.get_mut(&id).unwrap();
        if s.edge_done || s.reset {
            return;
        }
        // A first frame carries the whole stream type (the gate holds an opening until it has it).
        let len = if s.sent == 0 { len.max(4) } else { len };
        let credit = s.credit.max(0) as usize;
        let len = if overrun { credit + 1 } else { len.min(credit) };
        s.overran |= overrun;
        if len == 0 && flags == 0 {
            return;
        }
        let syn = if s.sent == 0 { 0b0010 } else { 0 };
        let body: Vec<u8> = (s.sent..s.sent + len).map(|at| byte(id, at)).collect();
        s.sent += len;
        s.credit -= len as i64;
        s.edge_done |= flags & 1 != 0;
        self.wire.lock().unwrap().to_gate.extend(frame(1, flags | syn, id, &body));
    }

    /// muxado writes `bytes` (whole frames) through the gate, in the wire's write sizes.
    fn muxado_writes(&mut self, bytes: &[u8]) {
        let mut at = 0;
        while at < bytes.len() {
            match Pin::new(&mut self.gate).poll_write(&mut self.cx, &bytes[at..]) {
                Poll::Ready(Ok(n)) => {
                    assert!(n > 0, "a write accepted nothing");
                    at += n;
                }
                other => panic!("a write to an always-ready connection gave {other:?}"),
            }
        }
        assert!(Pin::new(&mut self.gate).poll_flush(&mut self.cx).is_ready(), "flush did not complete");
        self.edge_receives();
    }

    /// The edge parses what the gate wrote: increments grow its windows, resets end streams.
    fn edge_receives(&mut self) {
        self.at_edge.extend(std::mem::take(&mut self.wire.lock().unwrap().from_gate));
        while let Some((id, f)) = next_frame(&mut self.at_edge) {
            let Some(s) = self.streams.get_mut(&id) else { continue };
            match f[3] >> 4 {
                2 => s.credit += i64::from(u32::from_be_bytes(f[8..12].try_into().unwrap())),
                0 => s.reset = true,
                _ => {}
            }
        }
    }

    /// muxado's reader takes what the gate hands it; false when the read failed (the gate cut
    /// the session: only after an overrun).
    fn muxado_receives(&mut self, chunk: usize) -> bool {
        let mut buf = vec![0u8; chunk.max(1)];
        loop {
            let mut rb = ReadBuf::new(&mut buf);
            match Pin::new(&mut self.gate).poll_read(&mut self.cx, &mut rb) {
                Poll::Pending => break,
                Poll::Ready(Ok(())) if rb.filled().is_empty() => panic!("EOF from a connection that stays open"),
                Poll::Ready(Ok(())) => self.at_muxado.extend_from_slice(rb.filled()),
                Poll::Ready(Err(e)) => {
                    assert_eq!(e.kind(), std::io::ErrorKind::InvalidData, "{e}");
                    assert!(self.streams.values().any(|s| s.overran), "the session was cut without an overrun: {e}");
                    return false;
                }
            }
        }
        let mut resets = Vec::new();
        while let Some((id, f)) = next_frame(&mut self.at_muxado) {
            let s = self.streams.get_mut(&id).expect("a frame for a stream nobody opened");
            if f[3] >> 4 != 1 || s.reset {
                continue;
            }
            let body = &f[8..];
            if body.len() > s.window {
                assert!(s.overran, "stream {id}: muxado was handed {} bytes with a window of {}", body.len(), s.window);
                s.reset = true; // muxado resets the stream (FlowControl)
                resets.push(frame(0, 0, id, &[0, 0, 0, 3]));
                continue;
            }
            for (i, b) in body.iter().enumerate() {
                assert_eq!(*b, byte(id, s.got + i), "stream {id}: byte {} changed or out of order", s.got + i);
            }
            s.got += body.len();
            s.window -= body.len();
        }
        for r in resets {
            self.muxado_writes(&r);
        }
        true
    }

    /// muxado's reader of stream `id` consumes up to `max` bytes: it writes an increment.
    fn muxado_reads(&mut self, id: u32, max: usize) {
        let s = self.streams.get_mut(&id).unwrap();
        let n = (s.got - s.read).min(max);
        if n == 0 || s.reset {
            return;
        }
        s.read += n;
        s.window += n;
        self.muxado_writes(&frame(2, 0, id, &(n as u32).to_be_bytes()));
    }

    fn check(&self) {
        let w = self.gate.windows();
        w.check();
        assert!(w.held() <= w.granted() && w.granted() <= LIMITS.budget, "held {} granted {}", w.held(), w.granted());
        for (id, s) in &self.streams {
            assert!(s.window <= LIMITS.initial as usize, "stream {id}: muxado's window grew past its size");
            let limit = LIMITS.stream;
            assert!(
                s.reset || (s.sent - s.read) as i64 + s.credit <= i64::from(limit),
                "stream {id}: the edge may send past the stream limit"
            );
        }
    }
}

/// Runs one input: see the module docs. Each step is two bytes: what happens, and a size.
pub fn gate_window(data: &[u8]) {
    let Some((&cut, steps)) = data.split_first() else { return };
    let wire = Arc::new(Mutex::new(Wire {
        read_chunk: 1 + usize::from(cut & 0x0F) * 37,
        write_chunk: 1 + usize::from(cut >> 4) * 5,
        ..Default::default()
    }));
    let gate = Gate::new(Conn(wire.clone())).with_window_limits(LIMITS);
    let streams = STREAMS
        .iter()
        .map(|id| {
            (*id, Stream { credit: i64::from(LIMITS.initial), window: LIMITS.initial as usize, ..Default::default() })
        })
        .collect();
    let cx = Context::from_waker(std::task::Waker::noop());
    let mut run = Run { gate, wire, streams, at_muxado: Vec::new(), at_edge: Vec::new(), cx };
    for step in steps.chunks_exact(2) {
        let (op, size) = (step[0], usize::from(step[1]));
        let id = STREAMS[usize::from(op >> 4) % STREAMS.len()];
        match op & 0x0F {
            0..=4 => run.edge_sends(id, size + 1, 0, false),
            5 => run.edge_sends(id, size, 1, false),
            6 if size == 0 => run.edge_sends(id, 0, 0, true),
            7 => {
                let s = run.streams.get_mut(&id).unwrap();
                if !s.reset {
                    s.reset = true;
                    run.wire.lock().unwrap().to_gate.extend(frame(0, 0, id, &[0, 0, 0, 0x0E]));
                }
            }
            8 => {
                if !run.streams[&id].reset {
                    run.streams.get_mut(&id).unwrap().reset = true;
                    run.muxado_writes(&frame(0, 0, id, &[0, 0, 0, 0x0E]));
                }
            }
            9 => run.muxado_writes(&frame(1, 0, id, &vec![0x5A; size])), // download data passes as is
            10..=12 => run.muxado_reads(id, size * 4 + 1),
            _ => {
                if !run.muxado_receives(size * 3 + 1) {
                    return;
                }
            }
        }
        run.check();
    }
    // The end: muxado reads everything it is handed until nothing moves.
    loop {
        if !run.muxado_receives(4096) {
            return;
        }
        let before: usize = run.streams.values().map(|s| s.read).sum();
        for id in STREAMS {
            run.muxado_reads(id, usize::MAX);
        }
        run.check();
        if run.streams.values().map(|s| s.read).sum::<usize>() == before {
            break;
        }
    }
    for (id, s) in &run.streams {
        if !s.reset && !s.overran {
            assert_eq!(s.got, s.sent, "stream {id}: the edge sent {} bytes, muxado got {}", s.sent, s.got);
        }
        if !s.reset && !s.overran && !s.edge_done {
            // Increments are batched, never withheld from an edge that needs them: once muxado
            // has read everything, the edge has over half of muxado's window at least.
            assert!(
                s.credit * 2 > i64::from(LIMITS.initial),
                "stream {id}: the edge is left with {} of a {} window after every byte was read",
                s.credit,
                LIMITS.initial
            );
        }
    }
    assert_eq!(run.gate.windows().held(), 0, "bytes left in the gate after muxado read everything");
}
