//! prx-tunnel: open ngrok tunnels from PRX-style `[tunnel]` configs, either in process through
//! the `ngrok` crate (SDK mode) or by supervising the ngrok agent CLI (CLI mode).

pub mod api;
pub mod backend;
pub mod cli;
pub mod cli_mode;
pub mod commands;
pub mod config;
pub mod exit;
pub mod inspect;
pub mod logging;
pub mod sdk;
pub mod secret;
pub mod signals;
pub mod state;
pub mod tunnel;

use anyhow::Result;

use cli::{Cli, Command};
use commands::{check, docs, start, status, stop};
use signals::Signals;

/// Runs one command line to completion.
pub async fn run(cli: Cli, signals: Signals) -> Result<()> {
    let global = cli.global;
    match cli.command {
        Command::Start(args) => start::run(&global, args, signals).await,
        Command::Status(args) => status::status(&args),
        Command::Url(args) => status::url(&args),
        Command::Stop(args) => stop::run(&args).await,
        Command::Check(args) => check::print(&start::load(&global, &args.tunnel)?),
        Command::EventStreams(args) => {
            let api_key = config::api_key_from(global.config.as_deref())?;
            commands::event_streams::run(args, api_key).await
        }
        Command::Completions(args) => {
            commands::out_line(String::from_utf8_lossy(&docs::completion(args.shell)).trim_end());
            Ok(())
        }
        Command::Man(args) => docs::man(args.dir.as_deref()),
    }
}
