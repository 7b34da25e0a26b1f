//! Logging on stderr through `tracing`, with every known secret scrubbed from every line.

use std::io::{self, Write};
use std::sync::{OnceLock, RwLock};

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::prelude::*;
use tracing_subscriber::{EnvFilter, reload};

use crate::secret::Secret;

static SECRETS: RwLock<Vec<Secret>> = RwLock::new(Vec::new());
static HANDLE: OnceLock<reload::Handle<EnvFilter, tracing_subscriber::Registry>> = OnceLock::new();
static VERBOSITY: OnceLock<(u8, bool)> = OnceLock::new();
/// The progress line on stderr, if one is drawn: log lines are written above it, not into it.
static SPINNER: RwLock<Option<indicatif::ProgressBar>> = RwLock::new(None);

/// Sets (or clears, with None) the progress line log lines must be written around.
pub fn set_spinner(bar: Option<indicatif::ProgressBar>) {
    *SPINNER.write().unwrap_or_else(|e| e.into_inner()) = bar;
}

/// Registers secrets to be masked in every log line and error message from now on.
pub fn register_secrets(secrets: impl IntoIterator<Item = Secret>) {
    let mut all = SECRETS.write().unwrap_or_else(|e| e.into_inner());
    all.extend(secrets.into_iter().filter(|s| !s.is_empty()));
}

/// Masks every registered secret in `text`.
pub fn scrub(text: &str) -> String {
    let all = SECRETS.read().unwrap_or_else(|e| e.into_inner());
    all.iter().fold(text.to_owned(), |t, s| s.scrub(&t))
}

/// A stderr writer that scrubs secrets from each formatted event before writing it.
#[derive(Clone, Copy)]
struct ScrubbingStderr;

impl Write for ScrubbingStderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = scrub(&String::from_utf8_lossy(buf));
        let bar = SPINNER.read().unwrap_or_else(|e| e.into_inner()).clone();
        match bar {
            // The bar is hidden while the line is written, then drawn again below it.
            Some(bar) if !bar.is_finished() => bar.suspend(|| io::stderr().lock().write_all(text.as_bytes()))?,
            _ => io::stderr().lock().write_all(text.as_bytes())?,
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        io::stderr().flush()
    }
}

impl<'a> MakeWriter<'a> for ScrubbingStderr {
    type Writer = ScrubbingStderr;
    fn make_writer(&'a self) -> Self::Writer {
        *self
    }
}

fn filter_for(verbose: u8, quiet: bool, session_level: &str) -> EnvFilter {
    let spec = match (quiet, verbose) {
        (true, _) => "error".to_owned(),
        // `ngrok` would also match the local edge's `ngrok_sim`, whose activity is for -v.
        (false, 0) => format!("warn,prx_tunnel=info,ngrok={session_level},ngrok_sim=warn"),
        (false, 1) => "info,prx_tunnel=debug,ngrok=debug,muxado=info".to_owned(),
        // muxado logs every frame it reads or writes at trace, payload included: the tunnel's
        // traffic, such as a client's `Authorization: Basic` header (the basic-auth password,
        // base64-encoded, which no scrubbing catches). Its debug lines carry no payload.
        _ => "trace,muxado=debug".to_owned(),
    };
    EnvFilter::new(spec)
}

/// Installs the subscriber: `-q` errors only, default info, `-v` debug, `-vv` trace.
pub fn init(verbose: u8, quiet: bool) {
    let _ = VERBOSITY.set((verbose, quiet));
    let (filter, handle) = reload::Layer::new(filter_for(verbose, quiet, "warn"));
    let fmt = tracing_subscriber::fmt::layer().with_writer(ScrubbingStderr).with_target(verbose > 0).with_ansi(false);
    let fmt = if verbose > 0 { fmt.boxed() } else { fmt.without_time().boxed() };
    if tracing_subscriber::registry().with(filter).with(fmt).try_init().is_ok() {
        let _ = HANDLE.set(handle);
    }
}

/// Applies the config's `log_level` to the ngrok session's own logs (unless -v/-q decided).
pub fn set_session_level(level: &str) {
    let (verbose, quiet) = VERBOSITY.get().copied().unwrap_or((0, false));
    if let Some(handle) = HANDLE.get() {
        let _ = handle.reload(filter_for(verbose, quiet, level));
    }
}
