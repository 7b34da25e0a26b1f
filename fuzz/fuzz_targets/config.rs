//! The config loader: arbitrary TOML text (and flag lines after `#--flags--`) through
//! `config::parse_text`. See `prx_tunnel_fuzz::oracles::config`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| prx_tunnel_fuzz::oracles::config(data));
