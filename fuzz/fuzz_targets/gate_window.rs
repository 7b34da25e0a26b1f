//! SDK mode's upload window: the frame gate between a model of the edge and one of the agent's
//! muxado, driven by arbitrary frame sequences. See `prx_tunnel_fuzz::oracles::gate_window`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| prx_tunnel_fuzz::oracles::gate_window(data));
