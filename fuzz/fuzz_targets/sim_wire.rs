//! The edge simulator's wire decoding: arbitrary post-handshake bytes into one running
//! `ngrok_sim::Edge` over TLS (muxado frames, typed streams, the Auth/Bind/Unbind JSON).
//! See `prx_tunnel_fuzz::oracles::sim_wire`.

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;

/// A fresh edge after this many inputs: the simulator records every Auth and Bind it sees.
const EDGE_LIFETIME: usize = 20_000;

struct Harness {
    rt: tokio::runtime::Runtime,
    edge: Mutex<(ngrok_sim::Edge, tokio_rustls::TlsConnector, usize)>,
}

fn start_edge(rt: &tokio::runtime::Runtime) -> (ngrok_sim::Edge, tokio_rustls::TlsConnector, usize) {
    let edge = rt.block_on(ngrok_sim::Edge::start(ngrok_sim::EdgeOptions::default())).expect("edge");
    let tls = prx_tunnel_fuzz::oracles::wire_client(&edge);
    (edge, tls, 0)
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        // libFuzzer's C main does not ignore SIGPIPE as a Rust main does; a write to a
        // connection the edge has already closed must be an error, not the end of the run.
        // SAFETY: setting a signal disposition to SIG_IGN, before any thread is started.
        unsafe { nix::sys::signal::signal(nix::sys::signal::Signal::SIGPIPE, nix::sys::signal::SigHandler::SigIgn) }
            .expect("ignore SIGPIPE");
        // libFuzzer's panic hook aborts on any panic; the two known muxado panics (see
        // `known_muxado_panic`) are let through to tokio, which ends only that connection.
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let known =
                info.location().is_some_and(|l| prx_tunnel_fuzz::oracles::known_muxado_panic(l.file(), l.line()));
            if known {
                prx_tunnel_fuzz::oracles::KNOWN_PANICS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            } else {
                abort(info);
            }
        }));
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
        let edge = Mutex::new(start_edge(&rt));
        Harness { rt, edge }
    })
}

fuzz_target!(|data: &[u8]| {
    if prx_tunnel_fuzz::oracles::bad_goaway(data) {
        return; // a known muxado 0.5.4 panic, see `known_muxado_panic`
    }
    let h = harness();
    let mut current = h.edge.lock().unwrap();
    if current.2 >= EDGE_LIFETIME {
        h.rt.block_on(current.0.shutdown());
        *current = start_edge(&h.rt);
    }
    current.2 += 1;
    h.rt.block_on(prx_tunnel_fuzz::oracles::sim_wire(&current.0, &current.1, data));
});
