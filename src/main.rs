//! prx-tunnel: parse the command line, set up logging and signals, run.

use std::process::ExitCode;

use clap::Parser;
use prx_tunnel::{cli::Cli, exit, logging, signals::Signals};

fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init(cli.global.verbose, cli.global.quiet);
    // One thread: a tunnel is I/O bound, and on one thread each hop of a proxied byte (TLS,
    // muxado, the forwarder) wakes the next without a cross-thread handoff (README, Benchmarks).
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: could not start the async runtime: {e}");
            return ExitCode::from(exit::Exit::Runtime.code());
        }
    };
    let result = runtime.block_on(async {
        let signals = Signals::install()?;
        prx_tunnel::run(cli, signals).await
    });
    runtime.shutdown_timeout(std::time::Duration::from_millis(500));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if let Some(status) = err.downcast_ref::<exit::CommandStatus>() {
                if let Some(message) = &status.message {
                    eprintln!("error: {}", logging::scrub(message));
                }
                return ExitCode::from(status.code);
            }
            eprintln!("error: {}", logging::scrub(&format!("{err:#}")));
            ExitCode::from(exit::exit_code(&err).code())
        }
    }
}
