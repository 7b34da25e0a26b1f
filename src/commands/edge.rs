//! `prx-tunnel edge`: runs the local ngrok edge in the foreground until SIGINT or SIGTERM.

use anyhow::Result;

use super::out_line;
use crate::cli::EdgeArgs;
use crate::edge::info::Ready;
use crate::edge::{Access, LocalEdge};
use crate::exit::Fail;
use crate::signals::Signals;

/// `edge`.
pub async fn run(args: EdgeArgs, signals: Signals) -> Result<()> {
    if let Some(bad) = args.authtokens.iter().find(|t| !ngrok_sim::well_formed(t)) {
        let shown = crate::secret::Secret::new(bad.as_str());
        return Err(Fail::usage(format!(
            "invalid --authtoken {shown:?}: use 20-100 characters of letters, digits, '_' or '-' (as ngrok's tokens are)"
        )));
    }
    if args.session_limit == Some(0) {
        return Err(Fail::usage("invalid --session-limit 0: allow at least 1 session per authtoken"));
    }
    let access = Access { authtokens: args.authtokens, session_limit: args.session_limit };
    let edge = LocalEdge::shared(access.clone()).await?;
    let ready = Ready::of(&edge, &access);
    if args.json {
        out_line(&serde_json::to_string(&ready)?);
    } else {
        out_line(&ready.text());
    }
    signals.shutdown.cancelled().await;
    edge.shutdown().await;
    tracing::info!("local edge stopped");
    Ok(())
}
