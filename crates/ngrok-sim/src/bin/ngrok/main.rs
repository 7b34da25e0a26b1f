//! `ngrok`: a stand-in for the ngrok v3 agent CLI, built on the `ngrok` crate, for testing
//! programs that drive the agent against the local edge simulator (`ngrok-sim`).
//!
//! It accepts the v3 agent's commands, flags and configuration files (strictly: unknown
//! flags and keys fail as they do in the real agent), writes the real agent's log records,
//! serves its local API, and reconnects with its backoff.

mod api;
mod bind;
mod cli;
mod config;
mod counted;
mod defs;
mod endpoint;
mod fatal;
mod log;
mod metrics;
mod plan;
mod policy;
mod reconnect;
mod run;
mod state;
mod timefmt;
mod yaml;

use cli::{Cmd, Parsed};

fn main() {
    let cli = match cli::parse(std::env::args_os()) {
        Parsed::Run(cli) => cli,
        Parsed::Print(text) => {
            print!("{text}");
            std::process::exit(0);
        }
        Parsed::Usage(text) => std::process::exit(fatal::usage(&text)),
    };
    if cli.version || matches!(cli.cmd, Some(Cmd::Version)) {
        println!("ngrok version {}", plan::version());
        return;
    }
    match &cli.cmd {
        None => {
            use clap::CommandFactory;
            print!("{}", cli::Cli::command().render_help());
            return;
        }
        Some(Cmd::Config { rest }) => {
            let sub = rest.first().map(String::as_str).unwrap_or("");
            let text = format!(
                "the ngrok stand-in does not implement 'ngrok config {sub}': it never edits configuration files"
            );
            std::process::exit(fatal::usage(&text));
        }
        _ => {}
    }
    let plan = match plan::build(&cli) {
        Ok(plan) => plan,
        Err(text) => std::process::exit(fatal::usage(&text)),
    };
    for warning in &plan.warnings {
        eprintln!("{warning}");
    }
    let (Some(format), Some(level)) = (log::Format::parse(&plan.log_format), log::Level::parse(&plan.log_level)) else {
        unreachable!("log settings are validated by the CLI and the config reader")
    };
    let logger = match log::Logger::open(&plan.log, format, level) {
        Ok(l) => l,
        Err(e) => std::process::exit(fatal::usage(&format!("{e:#}"))),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            std::process::exit(fatal::command_failed(&logger, &format!("could not start the async runtime: {e}")))
        }
    };
    let code = runtime.block_on(run::run(plan, logger));
    std::process::exit(code);
}
