//! One module per command.

pub mod api_access;
pub mod check;
pub mod detach;
pub mod diagnose;
pub mod docs;
pub mod edge;
pub mod effective;
pub mod event_destinations;
pub mod event_streams;
pub mod event_subscriptions;
pub mod exec;
pub mod manual;
pub mod preflight;
pub mod reference;
pub mod roff;
pub mod sessions;
pub mod spinner;
pub mod start;
pub mod start_hints;
pub mod startup;
pub mod status;
pub mod stop;

use std::io::Write;

/// Writes one line to stdout, ignoring a closed pipe (a detached tunnel's parent goes away
/// after reading the first URL; later lines must not kill the tunnel).
pub fn out_line(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}
