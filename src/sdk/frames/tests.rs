//! The gate's frame reordering and protocol checks, on recorded wire bytes.

use super::*;
use tokio::io::AsyncReadExt;

fn frame(id: u32, flags: u8, body: &[u8]) -> Vec<u8> {
    let mut f = (((body.len() as u32) << 8) | (u32::from(DATA) << 4) | u32::from(flags)).to_be_bytes().to_vec();
    f.extend_from_slice(&id.to_be_bytes());
    f.extend_from_slice(body);
    f
}

fn proxy_header(json: &[u8]) -> Vec<u8> {
    let mut h = (json.len() as i64).to_le_bytes().to_vec();
    h.extend_from_slice(json);
    h
}

async fn through_gate(wire: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::new();
    Gate::new(&wire[..]).read_to_end(&mut out).await.unwrap();
    out
}

#[tokio::test]
async fn a_burst_of_proxy_streams_reaches_the_crate_one_complete_opening_at_a_time() {
    let (syn2, syn4) = (frame(2, SYN, &PROXY.to_be_bytes()), frame(4, SYN, &PROXY.to_be_bytes()));
    let (head2, head4) = (frame(2, 0, &proxy_header(b"{\"Id\":\"a\"}")), frame(4, 0, &proxy_header(b"{}")));
    let other = frame(3, 0, b"heartbeat");
    let wire = [syn2.clone(), syn4.clone(), other.clone(), head2.clone(), head4.clone()].concat();
    assert_eq!(through_gate(wire).await, [other, syn2, head2, syn4, head4].concat());
}

#[tokio::test]
async fn a_header_split_over_frames_and_other_stream_types_are_released_in_order() {
    let head = proxy_header(b"{\"Id\":\"tn_1\"}");
    let syn = frame(2, SYN, &[PROXY.to_be_bytes().as_slice(), &head[..5]].concat());
    let rest = frame(2, 0, &head[5..]);
    let heartbeat = frame(6, SYN, &u32::MAX.to_be_bytes());
    let body = frame(2, 0, b"GET / HTTP/1.1\r\n\r\n");
    let wire = [syn.clone(), heartbeat.clone(), rest.clone(), body.clone()].concat();
    let reset = rst(6).to_vec();
    assert_eq!(
        through_gate(wire).await,
        [heartbeat, syn, rest, body, reset].concat(),
        "the heartbeat stream reset at EOF"
    );
}

#[tokio::test]
async fn a_reused_or_foreign_stream_id_fails_the_read_after_the_frames_before_it() {
    for bad in [4, 3, 0] {
        let first = [frame(2, SYN, &u32::MAX.to_be_bytes()), frame(4, SYN, &u32::MAX.to_be_bytes())].concat();
        let wire = [first.clone(), frame(bad, SYN, &u32::MAX.to_be_bytes())].concat();
        let mut gate = Gate::new(&wire[..]);
        let mut out = vec![0; first.len()];
        gate.read_exact(&mut out).await.unwrap();
        assert_eq!(out, first, "frames before the bad one are handed over");
        let mut resets = vec![0; 2 * (HEADER + 4)];
        gate.read_exact(&mut resets).await.unwrap();
        assert_eq!(resets, [rst(2), rst(4)].concat(), "then the edge's heartbeat streams are reset");
        let err = gate.read_u8().await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData, "stream id {bad}");
    }
}

#[test]
fn ids_opened_out_of_order_are_accepted_once_within_the_window() {
    let mut opened = Opened::default();
    assert!([8, 2, 4, 6, 10].iter().all(|&id| opened.open(id)), "late ids below the highest are fine");
    assert!(!opened.open(4) && !opened.open(10), "but only once");
    let far = 12 + OPEN_WINDOW + 2;
    assert!(opened.open(far));
    assert!(!opened.open(12), "more than the window late");
    assert!(opened.open(14) && opened.open(far - 2), "within the window");
    assert!(opened.gaps.len() <= (OPEN_WINDOW / 2) as usize, "bounded memory");
}

#[tokio::test]
async fn an_unfinished_opening_and_a_partial_frame_are_handed_over_at_eof() {
    let syn = frame(2, SYN, &PROXY.to_be_bytes());
    let partial = frame(4, 0, b"cut short")[..10].to_vec();
    let wire = [syn.clone(), partial.clone()].concat();
    assert_eq!(through_gate(wire).await, [syn, partial].concat());
}

#[tokio::test]
async fn at_the_end_of_the_connection_the_edges_heartbeat_streams_are_reset_before_eof() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let (heartbeat, proxy) = (frame(2, SYN, &HEARTBEAT.to_be_bytes()), frame(4, SYN, &PROXY.to_be_bytes()));
    let beat = frame(2, 0, &[1, 2, 3, 4]);
    let wire = [heartbeat.clone(), beat.clone(), proxy.clone()].concat();
    let closed = Arc::new(AtomicBool::new(false));
    let seen = closed.clone();
    let mut gate = Gate::new(&wire[..]).on_close(move || seen.store(true, Ordering::SeqCst));
    let mut out = Vec::new();
    gate.read_to_end(&mut out).await.unwrap();
    assert_eq!(out, [heartbeat, beat, proxy, rst(2).to_vec()].concat(), "only the heartbeat stream is reset");
    assert!(closed.load(Ordering::SeqCst), "the end is reported");
}

#[tokio::test]
async fn a_heartbeat_stream_the_edge_ends_is_reset_right_after_its_fin() {
    let open = frame(2, SYN, &HEARTBEAT.to_be_bytes());
    let fin = frame(2, FIN, &[]);
    let later = frame(4, SYN, &HEARTBEAT.to_be_bytes());
    let wire = [open.clone(), fin.clone(), later.clone()].concat();
    let out = through_gate(wire).await;
    assert_eq!(out, [open, fin, rst(2).to_vec(), later, rst(4).to_vec()].concat(), "each reset once");
}
