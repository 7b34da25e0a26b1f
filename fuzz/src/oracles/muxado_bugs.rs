//! The two muxado 0.5.4 panics the fuzz targets found, and how the targets tell them apart.

/// True for a panic at one of the two places where muxado 0.5.4 (the `ngrok` crate's
/// multiplexer, which the simulator uses too) panics on a peer's bad frames, both found by
/// the `sim_wire` target:
/// - session.rs:273, `unreachable!()` in `Reader::handle_frame`: a GoAway frame with a
///   non-zero stream id or a body under 8 bytes is decoded as `Body::Invalid` but keeps its
///   GoAway type (every time; `tests/data/fuzz/sim_wire/crash-muxado-goaway-*`);
/// - stream_manager.rs:218, `unreachable!()` in `StreamManager::poll_next`: a stream removed
///   (for example by a second SYN for its id) while its output is still queued (timing
///   dependent; `tests/data/fuzz/sim_wire/crash-muxado-stream-id-reused.bin`).
///
/// Both panics end only the connection's muxado task (tokio catches them). The fuzz target
/// skips inputs with such a GoAway frame ([`bad_goaway`]: after it, the edge can be left
/// holding the connection, so every such input would cost [`super::WIRE_DEADLINE`]), lets the
/// timing-dependent one through to tokio (counted in [`KNOWN_PANICS`]) and aborts on every
/// other panic, so it can go on finding new bugs.
pub fn known_muxado_panic(file: &str, line: u32) -> bool {
    file.contains("muxado-0.5.4")
        && ((file.ends_with("src/session.rs") && line == 273)
            || (file.ends_with("src/stream_manager.rs") && line == 218))
}

/// How many known muxado panics the fuzz target's panic hook has let through.
pub static KNOWN_PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// True when `data` holds a whole muxado GoAway frame with a non-zero stream id or a body
/// shorter than 8 bytes, which makes muxado 0.5.4 panic (see [`known_muxado_panic`]).
pub fn bad_goaway(data: &[u8]) -> bool {
    let mut rest = data;
    while rest.len() >= 8 {
        let head = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let (length, typ) = ((head >> 8) as usize, (head >> 4) & 0xF);
        let stream_id = u32::from_be_bytes([rest[4], rest[5], rest[6], rest[7]]) & 0x7FFF_FFFF;
        let Some(next) = rest.get(8 + length..) else { return false }; // muxado waits for the rest
        if typ == 3 && (stream_id != 0 || length < 8) {
            return true;
        }
        rest = next;
    }
    false
}
