//! prx-tunnel: open ngrok tunnels from PRX-style `[tunnel]` configs, either in process through
//! the `ngrok` crate (SDK mode) or by supervising the ngrok agent CLI (CLI mode).

pub mod api;
pub mod backend;
pub mod cli;
pub mod cli_mode;
pub mod commands;
pub mod config;
pub mod diagnose;
pub mod edge;
pub mod exit;
pub mod http_forward;
pub mod inspect;
pub mod logging;
pub mod policy;
pub mod proxy;
pub mod ready;
pub mod sdk;
pub mod secret;
pub mod signals;
pub mod state;
pub mod suggest;
pub mod tunnel;

use anyhow::Result;

use cli::{Cli, Command};
use commands::{check, docs, start, status, stop};
use signals::Signals;

/// Runs one command line to completion.
pub async fn run(cli: Cli, signals: Signals) -> Result<()> {
    let global = cli.global;
    match cli.command {
        Command::Start(args) => {
            let context = commands::start_hints::StartContext::of(&global, &args.tunnel);
            context.explain(start::run(&global, args, signals).await).await
        }
        Command::Status(args) => status::status(&args),
        Command::Url(args) => status::url(&args),
        Command::Stop(args) => stop::run(&args).await,
        Command::Check(args) => check::print(&start::load(&global, &args.tunnel)?),
        Command::Diagnose(args) => commands::diagnose::run(&global, args).await,
        Command::EventStreams(args) => commands::event_streams::run(args, from_config(&global)?).await,
        Command::EventDestinations(args) => commands::event_destinations::run(args, from_config(&global)?).await,
        Command::EventSubscriptions(args) => commands::event_subscriptions::run(args, from_config(&global)?).await,
        Command::Sessions(args) => commands::sessions::run_sessions(args, from_config(&global)?).await,
        Command::Endpoints(args) => commands::sessions::run_endpoints(args, from_config(&global)?).await,
        Command::Completions(args) => {
            commands::out_line(String::from_utf8_lossy(&docs::completion(args.shell)).trim_end());
            Ok(())
        }
        Command::Man(args) => docs::man(args.dir.as_deref()),
        Command::Edge(args) => commands::edge::run(args, signals).await,
        Command::Exec(args) => {
            let context = commands::start_hints::StartContext::of(&global, &args.tunnel);
            context.explain(commands::exec::run(&global, args, signals).await).await
        }
    }
}

/// The API commands' settings from the config file.
fn from_config(global: &cli::GlobalArgs) -> Result<commands::api_access::FromConfig> {
    commands::api_access::FromConfig::read(global.config.as_deref())
}
