//! One module per command.

pub mod check;
pub mod detach;
pub mod diagnose;
pub mod docs;
pub mod event_streams;
pub mod start;
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
