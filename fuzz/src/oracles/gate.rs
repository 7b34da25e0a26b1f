//! The `sdk_gate` target: bytes from the edge through SDK mode's inbound frame gate.

use std::collections::HashSet;

use prx_tunnel::sdk::frames::OPEN_WINDOW;

use super::muxado_bugs::bad_goaway;

/// One muxado frame of a byte stream: its stream id and its bytes (header included).
type Frame = (u32, Vec<u8>);

/// Splits `data` into whole frames and the incomplete tail.
fn frames_of(data: &[u8]) -> (Vec<Frame>, Vec<u8>) {
    let mut frames = Vec::new();
    let mut rest = data;
    while rest.len() >= 8 {
        let len = (u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) >> 8) as usize;
        if rest.len() < 8 + len {
            break;
        }
        let id = u32::from_be_bytes([rest[4], rest[5], rest[6], rest[7]]) & 0x7FFF_FFFF;
        frames.push((id, rest[..8 + len].to_vec()));
        rest = &rest[8 + len..];
    }
    (frames, rest.to_vec())
}

/// True when a whole frame of `data` opens (SYN flag) a stream muxado 0.5.4 cannot take:
/// id 0, an odd id (the agent's side), an id opened before, or one more than [`OPEN_WINDOW`]
/// below the highest id opened so far. A plain model of the gate's bounded bookkeeping.
fn bad_opening(data: &[u8]) -> bool {
    let (frames, _) = frames_of(data);
    let (mut seen, mut max) = (HashSet::new(), 0u32);
    for (id, frame) in frames {
        let typ = frame[3] >> 4;
        if typ == 3 && bad_goaway(&frame) {
            return false; // the GoAway comes first: checked by the caller
        }
        if frame[3] & 0b0010 == 0 {
            continue;
        }
        if id == 0 || id % 2 == 1 || !seen.insert(id) || id < max.saturating_sub(OPEN_WINDOW) {
            return true;
        }
        max = max.max(id);
    }
    false
}

/// The bytes of one RST frame.
const RESET_LEN: usize = 12;

/// The ids of the heartbeat streams (type 0xFFFFFFFF) the edge opens in `sent`.
fn heartbeat_streams(sent: &[Frame]) -> HashSet<u32> {
    let mut payloads: std::collections::HashMap<u32, Vec<u8>> = std::collections::HashMap::new();
    for (id, frame) in sent {
        let (typ, flags) = (frame[3] >> 4, frame[3] & 0x0F);
        if typ == 1 && (flags & 0b0010 != 0 || payloads.contains_key(id)) {
            payloads.entry(*id).or_default().extend_from_slice(&frame[8..]);
        }
    }
    payloads.into_iter().filter(|(_, p)| p.starts_with(&[0xFF; 4])).map(|(id, _)| id).collect()
}

/// `got` without the resets the gate adds (one at most per heartbeat stream the edge opened,
/// so that muxado's heartbeat responder cannot spin on the stream's end), and their count.
fn without_heartbeat_resets(sent: &[Frame], got: Vec<Frame>) -> (Vec<Frame>, usize) {
    let heartbeats = heartbeat_streams(sent);
    let mut reset = HashSet::new();
    let kept: Vec<Frame> = got
        .into_iter()
        .filter(|(id, frame)| {
            let added = frame.len() == RESET_LEN && frame[3] >> 4 == 0 && frame[8..] == [0, 0, 0, 0x0E];
            let ours = added && heartbeats.contains(id) && !sent.iter().any(|(i, f)| i == id && f == frame);
            if ours {
                assert!(reset.insert(*id), "stream {id} was reset twice");
            }
            !ours
        })
        .collect();
    (kept, reset.len())
}

/// An in-memory connection that hands out at most `chunk` bytes per read.
struct Chunked {
    data: Vec<u8>,
    at: usize,
    chunk: usize,
}

impl tokio::io::AsyncRead for Chunked {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let n = self.chunk.min(buf.remaining()).min(self.data.len() - self.at);
        buf.put_slice(&self.data[self.at..self.at + n]);
        self.at += n;
        std::task::Poll::Ready(Ok(()))
    }
}

/// SDK mode's inbound frame gate (`sdk::frames::Gate`, between the edge and the `ngrok`
/// crate): the first byte picks how the connection is cut into reads, the rest is what the
/// edge sends. The gate may reorder frames across streams but must hand over every byte, keep
/// each stream's frames in order and the incomplete tail last — and fail the read, rather than
/// pass it on, when the edge sends a frame muxado would panic on: a malformed GoAway
/// ([`bad_goaway`]) or an opening with an id it cannot take ([`bad_opening`]).
pub fn sdk_gate(data: &[u8]) {
    use tokio::io::AsyncReadExt;
    let Some((first, wire)) = data.split_first() else { return };
    let chunk = if *first == 0 { usize::MAX } else { usize::from(*first) };
    let conn = Chunked { data: wire.to_vec(), at: 0, chunk };
    let mut out = Vec::new();
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let read = rt.block_on(prx_tunnel::sdk::frames::Gate::new(conn).read_to_end(&mut out));
    if bad_goaway(wire) || bad_opening(wire) {
        let err = read.expect_err("a frame muxado panics on was passed on to it");
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData, "{err}");
        return;
    }
    read.expect("reading through the gate");
    let ((sent, sent_tail), (got, got_tail)) = (frames_of(wire), frames_of(&out));
    let (got, resets) = without_heartbeat_resets(&sent, got);
    assert_eq!(out.len(), wire.len() + resets * RESET_LEN, "the gate lost or added bytes");
    assert_eq!(got_tail, sent_tail, "the incomplete tail is not handed over last");
    let mut ids: Vec<u32> = sent.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        let of = |frames: &[Frame]| frames.iter().filter(|(i, _)| *i == id).map(|(_, f)| f.clone()).collect::<Vec<_>>();
        assert_eq!(of(&got), of(&sent), "the frames of stream {id} were reordered or changed");
    }
    assert_eq!(got.len(), sent.len(), "frames were split or merged");
}
