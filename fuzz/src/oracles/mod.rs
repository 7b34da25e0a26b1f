//! What each fuzz target checks, for one input. Shared, unchanged, by the cargo-fuzz targets
//! (`fuzz/fuzz_targets/*.rs`) and by `tests/integration/fuzz_regressions.rs`, which replays the
//! kept corpora (`tests/data/fuzz/<target>/`) through these same functions on every `cargo test`.
//! A finding is a panic: either one in the product, or a failed assertion here.

mod config_text;
mod gate;
mod gate_window;
mod log_lines;
mod muxado_bugs;
mod wire;

pub use config_text::config;
pub use gate::sdk_gate;
pub use gate_window::gate_window;
pub use log_lines::agent_log;
pub use muxado_bugs::{KNOWN_PANICS, bad_goaway, known_muxado_panic};
pub use wire::{WIRE_DEADLINE, sim_wire, wire_client};
