//! Go muxado's send window, on the edge. The real edge runs Go's muxado
//! (github.com/inconshreveable/muxado, `window_manager.go`): a stream's send window starts at
//! the peer's initial window and grows by every WINDOW_INCREMENT the peer sends, without a cap,
//! so an agent that grants more than the initial window gets more data in flight. The Rust
//! muxado the simulator is built on caps the window at its initial size instead.
//!
//! The gate sits between the agent's (TLS) byte stream and the edge's muxado session and keeps,
//! per stream, the credit Go would: the agent's initial window plus every increment it sent,
//! minus the data forwarded. A data frame from the edge goes on when the credit covers it, else
//! waits (in order) for increments. The agent's increments are consumed here; muxado instead
//! gets an increment for each frame as it is forwarded, so its own (capped) window only bounds
//! what waits here — at most one initial window per stream.

mod frames;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, DuplexStream};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio_util::sync::CancellationToken;

use crate::distance::Link;
use frames::{DATA, FrameReader, RST, RawFrame, WNDINC};

/// The receive window an agent grants each stream at its start: 256 KiB, the default of both
/// the `ngrok` crate's muxado and Go's.
pub(crate) const AGENT_INITIAL_WINDOW: u64 = 256 * 1024;

/// What the edge may still send on one stream, and what waits for credit.
struct SendWindow {
    credit: u64,
    waiting: VecDeque<RawFrame>,
}

/// The per-stream send windows and the two outputs. Every decision and every send happens under
/// one lock, so frames leave in the order they were decided.
struct Gate {
    windows: HashMap<u32, SendWindow>,
    to_agent: UnboundedSender<Bytes>,
    to_mux: UnboundedSender<Bytes>,
}

impl Gate {
    /// A frame the edge's muxado wrote, on its way to the agent.
    fn edge_sent(&mut self, frame: RawFrame) {
        let stream = frame.stream();
        match frame.typ() {
            DATA => {
                let window = self
                    .windows
                    .entry(stream)
                    .or_insert_with(|| SendWindow { credit: AGENT_INITIAL_WINDOW, waiting: VecDeque::new() });
                window.waiting.push_back(frame);
                self.release(stream);
            }
            RST => {
                self.windows.remove(&stream);
                let _ = self.to_agent.send(frame.bytes);
            }
            _ => {
                let _ = self.to_agent.send(frame.bytes);
            }
        }
    }

    /// A frame the agent wrote, on its way to the edge's muxado.
    fn agent_sent(&mut self, frame: RawFrame) {
        let stream = frame.stream();
        match (frame.typ(), frame.increment(), self.windows.get_mut(&stream)) {
            (WNDINC, Some(by), Some(window)) => {
                window.credit += u64::from(by);
                self.release(stream);
            }
            (RST, _, _) => {
                self.windows.remove(&stream);
                let _ = self.to_mux.send(frame.bytes);
            }
            _ => {
                let _ = self.to_mux.send(frame.bytes);
            }
        }
    }

    /// Forwards the stream's waiting frames the credit covers; forgets the stream after its FIN.
    fn release(&mut self, stream: u32) {
        let Some(window) = self.windows.get_mut(&stream) else { return };
        while let Some(frame) = window.waiting.front() {
            let len = frame.len() as u64;
            if len > window.credit {
                return;
            }
            window.credit -= len;
            let frame = window.waiting.pop_front().expect("the front frame exists");
            let fin = frame.is_fin();
            let _ = self.to_agent.send(frame.bytes);
            if len > 0 {
                let refill = RawFrame::window_increment(stream, len as u32);
                let _ = self.to_mux.send(refill.bytes);
            }
            if fin {
                self.windows.remove(&stream);
                return;
            }
        }
    }
}

/// The agent link with Go muxado's send windows applied: give the returned stream to the edge's
/// muxado session. Runs until either side closes or `stop` fires.
pub(crate) fn gate<T: Link + 'static>(agent: T, stop: CancellationToken) -> DuplexStream {
    let (mux_end, gate_end) = tokio::io::duplex(256 * 1024);
    let (agent_read, agent_write) = tokio::io::split(agent);
    let (mux_read, mux_write) = tokio::io::split(gate_end);
    let (to_agent, agent_queue) = unbounded_channel();
    let (to_mux, mux_queue) = unbounded_channel();
    let gate = Arc::new(Mutex::new(Gate { windows: HashMap::new(), to_agent, to_mux }));
    let done = stop.child_token();
    spawn_until(done.clone(), true, write_out(agent_queue, agent_write));
    spawn_until(done.clone(), true, write_out(mux_queue, mux_write));
    let edge_side = gate.clone();
    spawn_until(done.clone(), false, async move {
        read_in(mux_read, |f| edge_side.lock().unwrap().edge_sent(f)).await;
        let _ = edge_side.lock().unwrap().to_agent.send(Bytes::new());
    });
    spawn_until(done, false, async move {
        read_in(agent_read, |f| gate.lock().unwrap().agent_sent(f)).await;
        let _ = gate.lock().unwrap().to_mux.send(Bytes::new());
    });
    mux_end
}

/// Runs `task` until it ends or `done` fires; a task that is `last` fires `done` as it ends,
/// ending the others.
fn spawn_until(done: CancellationToken, last: bool, task: impl Future<Output = ()> + Send + 'static) {
    tokio::spawn(async move {
        tokio::select! {
            () = task => if last { done.cancel() },
            () = done.cancelled() => {}
        }
    });
}

/// Hands each frame read from `from` to `each`, until end of stream.
async fn read_in<R: AsyncRead + Unpin>(from: R, mut each: impl FnMut(RawFrame)) {
    let mut frames = FrameReader::new(from);
    while let Some(frame) = frames.next().await {
        each(frame);
    }
}

/// Writes queued frames in order, flushing when the queue is empty; an empty entry means the
/// other side ended: shut down.
async fn write_out<W: AsyncWrite + Unpin>(mut queue: UnboundedReceiver<Bytes>, mut to: W) {
    while let Some(bytes) = queue.recv().await {
        if bytes.is_empty() {
            let _ = to.shutdown().await;
            return;
        }
        if to.write_all(&bytes).await.is_err() {
            return;
        }
        // A TLS writer may keep the tail of what it was given (tokio-rustls stops writing
        // records when the socket is busy) until the next write: flush when nothing else waits,
        // or the last frame of a burst sits in it until the next heartbeat.
        if queue.is_empty() && to.flush().await.is_err() {
            return;
        }
    }
}
