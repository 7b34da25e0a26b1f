//! The "connecting to ngrok…" line on a terminal while `start` waits for the URL. Log lines
//! are written above it (see `logging::set_spinner`) and it is erased once the tunnel is
//! online or has failed, so the screen keeps only the logs and the URL.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::ProgressBar;

/// Draws the line when stderr is a terminal that can redraw a line: not with `--json`, not
/// with `-q` (only the URL and errors), and not when `TERM` is `dumb`.
pub fn start(json: bool, quiet: bool) -> Option<ProgressBar> {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if json || quiet || dumb || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner().with_message("connecting to ngrok…");
    bar.tick(); // drawn at once, not at the first tick of the timer
    bar.enable_steady_tick(Duration::from_millis(100));
    crate::logging::set_spinner(Some(bar.clone()));
    Some(bar)
}

/// Erases the line (if drawn); log lines are written directly again.
pub fn clear(bar: &Option<ProgressBar>) {
    if let Some(bar) = bar {
        crate::logging::set_spinner(None);
        bar.finish_and_clear();
    }
}
