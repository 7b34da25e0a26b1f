//! `prx-tunnel diagnose`: staged checks of the way to ngrok, each with its timing and, on
//! failure, the precise cause and the fix: configuration → authtoken → DNS of the ingress →
//! TCP (direct or through the proxy) → TLS → session → a test endpoint bound and closed →
//! optionally (`--public`) a request through its public URL arriving back.
//!
//! Stages after a failure are skipped (a missing authtoken still lets DNS, TCP and TLS run).
//! The exit code is the one of the first failure, as documented in the README.

mod checks;
mod network;
mod public;
mod report;
mod session;

use std::time::Instant;

pub use checks::{Check, Report, Status};

use crate::config::Loaded;
use crate::exit::Exit;

/// What `diagnose` was asked to do.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also send a request through the test endpoint's public URL.
    pub public: bool,
}

/// Runs every stage. `loaded` is the configuration, or the error loading it.
pub async fn run(loaded: anyhow::Result<Loaded>, opts: Options) -> Report {
    let mut report = Report::default();
    let started = Instant::now();
    let loaded = match loaded {
        Ok(l) => l,
        Err(e) => {
            let cause = crate::logging::scrub(&format!("{e:#}"));
            report.fail(
                "config",
                started,
                "the configuration is not valid",
                cause,
                "fix each problem listed (each names the key, file and line), then run diagnose again",
                Exit::Usage,
            );
            report.skip_rest("the configuration is not valid");
            return report;
        }
    };
    let cfg = &loaded.config;
    report.ingress = cfg.ingress_addr();
    report.proxy = cfg.proxy.describe();
    let source =
        loaded.source.as_ref().map_or("no config file: defaults and flags".to_owned(), |p| p.display().to_string());
    report.ok("config", started, format!("valid ({source}), {} mode", cfg.mode.as_str()));

    let started = Instant::now();
    match (&cfg.authtoken, &cfg.authtoken_source) {
        (Some(_), src) => report.ok(
            "authtoken",
            started,
            format!("present, from {}", src.as_deref().unwrap_or("the configuration")),
        ),
        (None, _) => report.fail(
            "authtoken",
            started,
            "no authtoken",
            "none in [tunnel.ngrok] authtoken, NGROK_AUTHTOKEN or the agent's ngrok.yml",
            "copy yours from https://dashboard.ngrok.com/get-started/your-authtoken into NGROK_AUTHTOKEN or [tunnel.ngrok] authtoken",
            Exit::Auth,
        ),
    }

    if !network::dns(&mut report, cfg).await {
        report.skip_rest("DNS failed");
        return report;
    }
    let Some(session) = session::connect(&mut report, cfg).await else {
        report.skip_rest("an earlier check failed");
        return report;
    };
    session::endpoint(&mut report, cfg, session, opts).await;
    report
}
