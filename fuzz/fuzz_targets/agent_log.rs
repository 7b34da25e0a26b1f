//! The CLI-mode agent log-line parser: arbitrary lines through `cli_mode::log::parse`, plus
//! JSON and logfmt round trips. See `prx_tunnel_fuzz::oracles::agent_log`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| prx_tunnel_fuzz::oracles::agent_log(data));
