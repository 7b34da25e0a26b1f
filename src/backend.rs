//! Runs the tunnel in the configured mode.

use anyhow::Result;
use tokio_util::sync::CancellationToken;

use crate::config::{Mode, TunnelConfig};
use crate::tunnel::Events;

/// The further endpoints a reload asks a running tunnel to serve from now on (SDK mode opens and
/// closes them on its live session, CLI mode through the agent's local API).
pub type EndpointUpdates = tokio::sync::watch::Receiver<Vec<TunnelConfig>>;

/// Runs the tunnel until `shutdown` is cancelled, the edge stops it, or it fails.
pub async fn run(
    cfg: TunnelConfig,
    events: Events,
    shutdown: CancellationToken,
    updates: EndpointUpdates,
) -> Result<()> {
    match cfg.mode {
        Mode::Sdk => crate::sdk::run(cfg, events, shutdown, updates).await,
        Mode::Cli => crate::cli_mode::run(cfg, events, shutdown, updates).await,
    }
}
