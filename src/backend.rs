//! Runs the tunnel in the configured mode.

use anyhow::Result;
use tokio_util::sync::CancellationToken;

use crate::config::{Mode, TunnelConfig};
use crate::tunnel::Events;

/// Runs the tunnel until `shutdown` is cancelled, the edge stops it, or it fails.
pub async fn run(cfg: TunnelConfig, events: Events, shutdown: CancellationToken) -> Result<()> {
    match cfg.mode {
        Mode::Sdk => crate::sdk::run(cfg, events, shutdown).await,
        Mode::Cli => crate::cli_mode::run(cfg, events, shutdown).await,
    }
}
