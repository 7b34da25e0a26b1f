//! The edge's send window against a hand-driven agent that speaks raw muxado frames: it starts
//! at the agent's initial window and grows by every increment, without a cap, as in Go's muxado.

use std::time::Duration;

use muxado::{OpenClose, Session, SessionBuilder};
use tokio::io::{AsyncWriteExt, WriteHalf};
use tokio::sync::mpsc;

use super::frames::{DATA, FrameReader, RawFrame};
use super::*;

const WAIT: Duration = Duration::from_secs(10);
const TOTAL: usize = 2 << 20;

fn pattern() -> Vec<u8> {
    (0..TOTAL).map(|i| (i % 251) as u8).collect()
}

/// The agent's view: data of the edge's first stream (the bulk) as it arrives, and the stream
/// ids of later edge streams, each a marker written after the agent asked for it.
struct Agent<R> {
    frames: FrameReader<R>,
    write: WriteHalf<tokio::io::DuplexStream>,
    bulk: Option<u32>,
    received: Vec<u8>,
}

impl<R: tokio::io::AsyncRead + Unpin> Agent<R> {
    /// Reads until `until(self)`, within the deadline.
    async fn read_until(&mut self, what: &str, mut until: impl FnMut(&Self, Option<u32>) -> bool) {
        let read = async {
            loop {
                let frame = self.frames.next().await.expect("the edge keeps the link open");
                if frame.typ() != DATA {
                    continue;
                }
                let stream = *self.bulk.get_or_insert(frame.stream());
                let marker = (stream != frame.stream()).then_some(frame.stream());
                if marker.is_none() {
                    self.received.extend_from_slice(&frame.bytes[8..]);
                }
                if until(self, marker) {
                    return;
                }
            }
        };
        tokio::time::timeout(WAIT, read).await.unwrap_or_else(|_| panic!("{what}: only {} bytes", self.received.len()));
    }

    async fn grant(&mut self, by: u32) {
        let frame = RawFrame::window_increment(self.bulk.expect("the bulk stream started"), by);
        self.write.write_all(&frame.bytes).await.unwrap();
    }
}

#[tokio::test]
async fn the_send_window_grows_by_every_increment_without_a_cap() {
    let (agent_io, edge_io) = tokio::io::duplex(4 << 20);
    let (mut open, _accept) = SessionBuilder::new(gate(edge_io, CancellationToken::new())).server().start().split();
    let (agent_read, agent_write) = tokio::io::split(agent_io);
    let mut agent =
        Agent { frames: FrameReader::new(agent_read), write: agent_write, bulk: None, received: Vec::new() };

    // The edge writes 2 MiB on one stream, and a marker on a new stream whenever asked: a marker
    // goes out at once, so whatever bulk data precedes it is all the window let through.
    let (ask, mut asked) = mpsc::unbounded_channel::<()>();
    let mut bulk = open.open().await.unwrap();
    let writer = tokio::spawn(async move { bulk.write_all(&pattern()).await.map(|()| bulk) });
    tokio::spawn(async move {
        // Kept open: a closing marker would send another frame on its stream.
        let mut markers = Vec::new();
        while asked.recv().await.is_some() {
            let mut marker = open.open().await.unwrap();
            marker.write_all(b"marker").await.unwrap();
            markers.push(marker);
        }
    });

    agent.read_until("the initial window", |a, _| a.received.len() >= 256 << 10).await;
    ask.send(()).unwrap();
    agent.read_until("the first marker", |_, marker| marker.is_some()).await;
    assert_eq!(agent.received.len(), 256 << 10, "before any increment, exactly the initial window");

    // Three increments without reading: Go adds each (1 MiB in all); a capped window would
    // stop at 256 KiB in flight.
    for _ in 0..3 {
        agent.grant(256 << 10).await;
    }
    agent.read_until("three increments", |a, _| a.received.len() >= 1 << 20).await;
    ask.send(()).unwrap();
    agent.read_until("the second marker", |_, marker| marker.is_some()).await;
    assert_eq!(agent.received.len(), 1 << 20, "the initial window plus every increment, and no more");

    agent.grant(1 << 20).await;
    agent.read_until("the rest", |a, _| a.received.len() >= TOTAL).await;
    assert!(agent.received == pattern(), "the data arrives intact and in order");
    tokio::time::timeout(WAIT, writer).await.unwrap().unwrap().unwrap();
}
