//! SDK mode's inbound frame gate: arbitrary bytes from the edge, cut into reads of arbitrary
//! sizes, through `sdk::frames::Gate`. See `prx_tunnel_fuzz::oracles::sdk_gate`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| prx_tunnel_fuzz::oracles::sdk_gate(data));
