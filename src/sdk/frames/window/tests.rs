//! The receive windows' accounting, frame by frame.

use super::*;

const SMALL: WindowLimits = WindowLimits { initial: 100, stream: 400, budget: 500 };

/// A whole DATA frame.
fn put(id: u32, flags: u8, payload: &[u8]) -> Bytes {
    let mut out = Outq::default();
    put_data(&mut out, id, flags, Bytes::copy_from_slice(payload));
    out.take().into()
}

/// The DATA frames in `out`: (stream, flags, payload).
fn frames(out: &mut Outq) -> Vec<(u32, u8, Vec<u8>)> {
    let mut got = Vec::new();
    let all = out.take();
    let mut rest = &all[..];
    while !rest.is_empty() {
        let head = u32::from_be_bytes(rest[..4].try_into().unwrap());
        let len = (head >> 8) as usize;
        assert_eq!((head as u8) >> 4, DATA);
        let id = u32::from_be_bytes(rest[4..8].try_into().unwrap());
        got.push((id, head as u8 & 0x0F, rest[8..8 + len].to_vec()));
        rest = &rest[8 + len..];
    }
    got
}

#[test]
fn data_beyond_muxados_window_waits_and_follows_in_order_as_muxado_reads() {
    let mut w = Windows::new(SMALL);
    let mut out = Outq::default();
    w.inbound(2, SYN, put(2, SYN, &[1; 60]), &mut out).unwrap();
    assert_eq!(w.increment(2, 60, &mut out), 120, "muxado read 60: the edge gets 60 more from the gate");
    w.check();
    w.inbound(2, 0, put(2, 0, &[2; 50]), &mut out).unwrap();
    w.inbound(2, 0, put(2, 0, &[3; 40]), &mut out).unwrap();
    w.inbound(2, 0, put(2, 0, &[4; 30]), &mut out).unwrap();
    w.inbound(2, FIN, put(2, FIN, &[5; 20]), &mut out).unwrap();
    w.check();
    assert_eq!(
        frames(&mut out),
        vec![(2, SYN, vec![1; 60]), (2, 0, vec![2; 50]), (2, 0, vec![3; 40]), (2, 0, vec![4; 10])]
    );
    assert_eq!(w.held(), 40, "20 + 20 wait: muxado's window is full");
    w.increment(2, 25, &mut out);
    assert_eq!(frames(&mut out), vec![(2, 0, vec![4; 20]), (2, 0, vec![5; 5])]);
    w.increment(2, 100, &mut out);
    assert_eq!(frames(&mut out), vec![(2, FIN, vec![5; 15])], "the FIN comes with the last bytes");
    assert_eq!((w.held(), w.granted(), w.streams()), (0, 0, 0), "the stream's grant is returned at its end");
}

#[test]
fn a_stream_that_keeps_reading_doubles_its_window_up_to_the_stream_limit() {
    let mut w = Windows::new(SMALL);
    let mut out = Outq::default();
    let mut sendable = SMALL.initial;
    let mut windows = Vec::new();
    for _ in 0..6 {
        windows.push(sendable);
        w.inbound(2, 0, put(2, 0, &vec![0; sendable as usize]), &mut out).unwrap();
        sendable = 0;
        // muxado's reader takes all it is handed, until nothing more comes.
        while !out.is_empty() {
            let read: usize = frames(&mut out).iter().map(|f| f.2.len()).sum();
            sendable += w.increment(2, read as u32, &mut out);
            w.check();
        }
    }
    assert_eq!(windows[..3], [100, 200, 400], "doubling per round trip, up to the stream limit");
    assert!(
        windows[3..].iter().all(|w| *w * 2 > SMALL.stream),
        "then more than half the stream limit in every round (the rest owed, paid in batches): {windows:?}"
    );
    assert_eq!(w.granted(), (SMALL.stream - SMALL.initial) as usize);
}

#[test]
fn increments_are_owed_while_the_edge_has_over_half_its_window_then_paid_in_one() {
    let mut w = Windows::new(WindowLimits { initial: 800, stream: 800, budget: 0 });
    let mut out = Outq::default();
    // Small requests read at once: the edge keeps most of its window, the debt grows.
    w.inbound(2, SYN, put(2, SYN, &[1; 10]), &mut out).unwrap();
    let mut sent = vec![w.increment(2, 10, &mut out)];
    for _ in 0..11 {
        w.inbound(2, 0, put(2, 0, &[2; 10]), &mut out).unwrap();
        sent.push(w.increment(2, 10, &mut out));
        w.check();
    }
    assert_eq!(
        sent,
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0],
        "one increment per eighth of the window, not one per read"
    );
    // Data in flight to the reader: once the edge has half its window or less, the debt is paid
    // at the next read, however small.
    w.inbound(2, 0, put(2, 0, &[3; 400]), &mut out).unwrap();
    assert_eq!(w.increment(2, 10, &mut out), 30, "owed 20, read 10 more with 390 left of 800: paid in full");
    assert_eq!(frames(&mut out).iter().map(|f| f.2.len()).sum::<usize>(), 520, "every byte handed on meanwhile");
}

#[test]
fn a_stream_limited_by_the_round_trip_gets_nearly_its_whole_window_back() {
    let mut w = Windows::new(WindowLimits { initial: 800, stream: 800, budget: 0 });
    let mut out = Outq::default();
    // The edge sends its whole window, then waits a round trip; the reader takes it in 7 reads.
    let mut sendable = 800u32;
    for _ in 0..4 {
        w.inbound(2, 0, put(2, 0, &vec![0; sendable as usize]), &mut out).unwrap();
        frames(&mut out);
        sendable = (0..7).map(|i| w.increment(2, if i < 6 { 115 } else { 110 }, &mut out)).sum();
        w.check();
        assert!(sendable * 8 >= 800 * 7, "the edge got {sendable} of its 800 back for the next round trip");
    }
}

#[test]
fn grants_across_streams_stay_within_the_budget_and_a_stalled_stream_does_not_stop_others() {
    let mut w = Windows::new(SMALL);
    let mut out = Outq::default();
    for id in [2, 4] {
        for _ in 0..3 {
            w.inbound(id, 0, put(id, 0, &[0; 100]), &mut out).unwrap();
            w.increment(id, 100, &mut out);
        }
    }
    assert_eq!(w.granted(), 500, "stream 2 took 300, stream 4 the 200 left");
    // Stream 2 stalls: its reader takes nothing more, and the edge fills the window it has.
    w.inbound(2, 0, put(2, 0, &[0; 100]), &mut out).unwrap();
    w.inbound(2, 0, put(2, 0, &[0; 300]), &mut out).unwrap();
    assert!(w.inbound(2, 0, put(2, 0, &[0; 1]), &mut out).is_err(), "beyond the grant: the edge broke the protocol");
    w.check();
    assert_eq!(w.held(), 300);
    out.take();
    // Stream 6 flows at muxado's own window, within the budget.
    w.inbound(6, 0, put(6, 0, &[7; 100]), &mut out).unwrap();
    assert_eq!(w.increment(6, 100, &mut out), 100, "no budget left: muxado's own increment only");
    assert_eq!(frames(&mut out), vec![(6, 0, vec![7; 100])]);
    w.check();
}

#[test]
fn a_reset_either_way_frees_what_waits_and_returns_the_grant() {
    let mut w = Windows::new(SMALL);
    let mut out = Outq::default();
    w.inbound(2, 0, put(2, 0, &[0; 100]), &mut out).unwrap();
    w.increment(2, 100, &mut out);
    w.inbound(2, 0, put(2, 0, &[0; 180]), &mut out).unwrap();
    assert_eq!((w.held(), w.granted()), (80, 100));
    w.forget(2);
    w.check();
    assert_eq!((w.held(), w.granted(), w.streams()), (0, 0, 0));
    assert_eq!(w.increment(2, 50, &mut out), 50, "a late increment of a forgotten stream passes as it is");
}

#[test]
fn an_overrun_with_nothing_waiting_goes_to_muxado_whole() {
    let mut w = Windows::new(SMALL);
    let mut out = Outq::default();
    w.inbound(2, 0, put(2, 0, &[9; 150]), &mut out).unwrap();
    assert_eq!(frames(&mut out), vec![(2, 0, vec![9; 150])], "muxado resets the stream, as without the gate");
    w.check();
}

#[test]
fn muxados_fin_with_data_waiting_probes_the_stream() {
    let mut w = Windows::new(SMALL);
    let mut out = Outq::default();
    w.agent_finished(2, &mut out);
    assert!(out.is_empty(), "nothing waits: no probe");
    w.inbound(2, 0, put(2, 0, &[0; 100]), &mut out).unwrap();
    w.increment(2, 100, &mut out);
    w.inbound(2, 0, put(2, 0, &[0; 150]), &mut out).unwrap();
    out.take();
    w.agent_finished(2, &mut out);
    assert_eq!(frames(&mut out), vec![(2, 0, vec![])], "an empty frame: muxado resets a stream it dropped");
}
