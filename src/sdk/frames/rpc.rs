//! Watching the agent's Auth and Bind RPCs on the wire. The `ngrok` crate re-authenticates and
//! rebinds by itself after a reconnect and tells nobody whether that worked (nor which URL the
//! service gave back). The gate sees both directions of the connection, so it notes the streams
//! the agent opens with type Auth or Bind and reports their answers: that is how `status` and
//! the "reconnected" log line know the endpoint is bound again on a live session.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;

use super::wire::{DATA, FIN, HEADER, RST, SYN};

/// Stream types of the agent's RPCs that are watched.
const AUTH: u32 = 0;
const BIND: u32 = 1;
/// Answers larger than this are not parsed (an RPC answer is a small JSON object).
const MAX_ANSWER: usize = 64 * 1024;

/// The answer to one of the agent's RPCs, as seen on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rpc {
    /// Auth: accepted, or refused with this message.
    Auth(Result<(), String>),
    /// Bind: the URL the service gave, or the refusal.
    Bind(Result<String, String>),
}

/// Where the gate reports what it saw.
pub type RpcSink = Arc<dyn Fn(Rpc) + Send + Sync>;

/// The RPC streams of one connection and the partial bytes of the agent's outbound frames.
#[derive(Default)]
pub(super) struct Watch {
    /// Outbound: the header of the frame being written, as far as written.
    head: Vec<u8>,
    /// Outbound: body bytes of the current frame not yet written.
    body_left: usize,
    /// Outbound: the stream of the current frame, while its type is still being read.
    typing: Option<u32>,
    /// Agent streams opened whose 4-byte type is not complete yet.
    types: HashMap<u32, Vec<u8>>,
    /// Watched RPC streams: type and the answer so far.
    answers: HashMap<u32, (u32, Vec<u8>)>,
}

impl Watch {
    /// Notes the bytes the agent wrote (exactly those the connection accepted).
    pub(super) fn outbound(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            if self.body_left == 0 && self.head.len() < HEADER {
                let take = (HEADER - self.head.len()).min(bytes.len());
                self.head.extend_from_slice(&bytes[..take]);
                bytes = &bytes[take..];
                if self.head.len() == HEADER {
                    self.start_frame();
                }
                continue;
            }
            let take = self.body_left.min(bytes.len());
            if let Some(id) = self.typing {
                let typ = self.types.entry(id).or_default();
                let want = 4 - typ.len();
                typ.extend_from_slice(&bytes[..take.min(want)]);
                if typ.len() == 4 {
                    let typ = u32::from_be_bytes(typ[..4].try_into().unwrap());
                    self.types.remove(&id);
                    self.typing = None;
                    if typ == AUTH || typ == BIND {
                        self.answers.insert(id, (typ, Vec::new()));
                    }
                }
            }
            self.body_left -= take;
            bytes = &bytes[take..];
            if self.body_left == 0 {
                self.head.clear();
                self.typing = None;
            }
        }
    }

    fn start_frame(&mut self) {
        let head = u32::from_be_bytes(self.head[..4].try_into().unwrap());
        let id = u32::from_be_bytes(self.head[4..8].try_into().unwrap()) & 0x7FFF_FFFF;
        let (typ, flags) = ((head as u8) >> 4, head as u8 & 0x0F);
        self.body_left = (head >> 8) as usize;
        if typ == DATA && (flags & SYN != 0 || self.types.contains_key(&id)) {
            self.types.entry(id).or_default();
            self.typing = Some(id);
        }
        if self.body_left == 0 {
            self.head.clear();
            self.typing = None;
        }
    }

    /// Notes one inbound frame; returns the RPC answer it completed, if any.
    pub(super) fn inbound(&mut self, id: u32, typ: u8, flags: u8, body: &[u8]) -> Option<Rpc> {
        let (_, answer) = self.answers.get_mut(&id)?;
        if typ == RST {
            self.answers.remove(&id);
            return None;
        }
        if typ == DATA && answer.len() + body.len() <= MAX_ANSWER {
            answer.extend_from_slice(body);
        }
        if flags & FIN == 0 {
            return None;
        }
        let (rpc, answer) = self.answers.remove(&id)?;
        parse(rpc, &answer)
    }
}

/// The field `key` of a JSON object, matched ignoring case.
fn field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).and_then(|(_, v)| v.as_str())
}

fn parse(rpc: u32, answer: &[u8]) -> Option<Rpc> {
    let v: Value = serde_json::from_slice(answer).ok()?;
    let error = field(&v, "Error").filter(|e| !e.is_empty()).map(str::to_owned);
    Some(match (rpc, error) {
        (AUTH, Some(e)) => Rpc::Auth(Err(e)),
        (AUTH, None) => Rpc::Auth(Ok(())),
        (_, Some(e)) => Rpc::Bind(Err(e)),
        (_, None) => Rpc::Bind(Ok(field(&v, "URL").unwrap_or_default().to_owned())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(id: u32, flags: u8, body: &[u8]) -> Vec<u8> {
        let mut f = (((body.len() as u32) << 8) | (u32::from(DATA) << 4) | u32::from(flags)).to_be_bytes().to_vec();
        f.extend_from_slice(&id.to_be_bytes());
        f.extend_from_slice(body);
        f
    }

    #[test]
    fn an_auth_and_a_bind_written_in_pieces_are_matched_with_their_answers() {
        let mut w = Watch::default();
        let wire = [
            frame(1, SYN, &[&AUTH.to_be_bytes()[..2]].concat()),
            frame(1, 0, &[&AUTH.to_be_bytes()[2..], b"{\"Version\":[\"3\"]}"].concat()),
            frame(3, SYN, &[BIND.to_be_bytes().as_slice(), b"{\"Proto\":\"https\"}"].concat()),
            frame(5, SYN, &u32::MAX.to_be_bytes()),
        ]
        .concat();
        for chunk in wire.chunks(3) {
            w.outbound(chunk);
        }
        assert_eq!(w.inbound(5, DATA, 0, b"beat"), None, "heartbeats are not watched");
        assert_eq!(w.inbound(1, DATA, 0, b"{\"ClientId\":\"a\","), None);
        assert_eq!(w.inbound(1, DATA, FIN, b"\"Error\":\"\"}"), Some(Rpc::Auth(Ok(()))));
        let refused = w.inbound(3, DATA, FIN, b"{\"Error\":\"no\\r\\n\\r\\nERR_NGROK_334\\r\\n\"}");
        assert_eq!(refused, Some(Rpc::Bind(Err("no\r\n\r\nERR_NGROK_334\r\n".into()))));
    }

    #[test]
    fn a_bind_answer_gives_its_url_and_a_reset_stream_is_forgotten() {
        let mut w = Watch::default();
        w.outbound(&frame(7, SYN, &[BIND.to_be_bytes().as_slice(), b"{}"].concat()));
        w.outbound(&frame(9, SYN, &[AUTH.to_be_bytes().as_slice(), b"{}"].concat()));
        let ok = w.inbound(7, DATA, FIN, br#"{"Id":"tn_1","URL":"https://a.ngrok-free.app","Proto":"https"}"#);
        assert_eq!(ok, Some(Rpc::Bind(Ok("https://a.ngrok-free.app".into()))));
        assert_eq!(w.inbound(9, RST, 0, &[0, 0, 0, 1]), None);
        assert_eq!(w.inbound(9, DATA, FIN, b"{}"), None, "forgotten after the reset");
    }
}
