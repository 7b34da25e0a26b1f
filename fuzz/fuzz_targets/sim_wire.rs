//! The edge simulator's wire decoding: arbitrary post-handshake bytes into one running
//! `ngrok_sim::Edge` over TLS (muxado frames, typed streams, the Auth/Bind/Unbind JSON).
//! See `prx_tunnel_fuzz::oracles::sim_wire`.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

struct Harness {
    rt: tokio::runtime::Runtime,
    edge: ngrok_sim::Edge,
    tls: tokio_rustls::TlsConnector,
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
        let edge = rt.block_on(ngrok_sim::Edge::start(ngrok_sim::EdgeOptions::default())).expect("edge");
        let tls = prx_tunnel_fuzz::oracles::wire_client(&edge);
        Harness { rt, edge, tls }
    })
}

fuzz_target!(|data: &[u8]| {
    let h = harness();
    h.rt.block_on(prx_tunnel_fuzz::oracles::sim_wire(&h.edge, &h.tls, data));
});
