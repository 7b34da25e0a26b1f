//! Unix signals turned into one shutdown token and a reload notification.

use std::sync::Arc;

use anyhow::{Context, Result};
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

/// The process-wide signals: SIGINT/SIGTERM cancel `shutdown`; SIGHUP notifies `reload`.
#[derive(Clone)]
pub struct Signals {
    /// Cancelled on SIGINT or SIGTERM; every task watches it.
    pub shutdown: CancellationToken,
    /// Notified on SIGHUP (reload the config file).
    pub reload: Arc<Notify>,
}

impl Signals {
    /// Installs the handlers; call inside the runtime.
    pub fn install() -> Result<Signals> {
        let shutdown = CancellationToken::new();
        let reload = Arc::new(Notify::new());
        let mut int = signal(SignalKind::interrupt()).context("could not install SIGINT handler")?;
        let mut term = signal(SignalKind::terminate()).context("could not install SIGTERM handler")?;
        let mut hup = signal(SignalKind::hangup()).context("could not install SIGHUP handler")?;
        let (token, notify) = (shutdown.clone(), reload.clone());
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = int.recv() => { tracing::info!("received SIGINT, stopping"); token.cancel(); }
                    _ = term.recv() => { tracing::info!("received SIGTERM, stopping"); token.cancel(); }
                    _ = hup.recv() => notify.notify_one(),
                }
            }
        });
        Ok(Signals { shutdown, reload })
    }

    /// Signals for code paths that are not driven by process signals (tests, children).
    pub fn detached() -> Signals {
        Signals { shutdown: CancellationToken::new(), reload: Arc::new(Notify::new()) }
    }
}
