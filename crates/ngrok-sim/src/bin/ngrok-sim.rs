//! `ngrok-sim`: runs the ngrok edge simulator until SIGINT or SIGTERM.
//!
//! Prints one JSON line on stdout once ready (`agent_addr`, `ca_cert`, `http_addr`,
//! `https_addr`, `control_addr`); logs go to stderr (`RUST_LOG` filters, default `info`).

use std::io::Write;

use anyhow::Context;
use clap::Parser;
use ngrok_sim::{Distance, Edge, EdgeOptions, PublicUrls};
use tokio::signal::unix::{SignalKind, signal};

/// A local stand-in for the ngrok edge: agents connect to it, public clients reach their
/// endpoints through it.
#[derive(Parser, Debug)]
#[command(name = "ngrok-sim", version)]
struct Args {
    /// Accept only this authtoken (repeatable). Without it any well-formed token
    /// (20–100 characters of A–Z a–z 0–9 _ -) is accepted.
    #[arg(long = "authtoken", value_name = "TOKEN")]
    authtokens: Vec<String>,
    /// Allow at most N live sessions per authtoken (one more gets ERR_NGROK_108).
    #[arg(long, value_name = "N")]
    session_limit: Option<usize>,
    /// Name http endpoints http://<name>.localhost:<http port> (reachable from curl and
    /// browsers on this machine) instead of https://<name>.ngrok-free.app.
    #[arg(long)]
    localhost_urls: bool,
    /// Delay between a Bind and its endpoint taking traffic (e.g. "2s"); until then its public
    /// URL answers 404 ERR_NGROK_3200, as the real edge briefly can.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    propagation_delay: Option<std::time::Duration>,
    /// One-way delay added to both directions of every agent connection (e.g. "20ms": a round
    /// trip between agent and edge then takes at least 40 ms), as at a real distance.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    latency: Option<std::time::Duration>,
    /// Bandwidth of each direction of every agent connection, in tc's units (e.g. "100mbit").
    #[arg(long, value_name = "RATE", value_parser = ngrok_sim::parse_bandwidth)]
    bandwidth: Option<u64>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let mut term = signal(SignalKind::terminate()).context("could not watch SIGTERM")?;
    let mut int = signal(SignalKind::interrupt()).context("could not watch SIGINT")?;
    let opts = EdgeOptions {
        authtokens: (!args.authtokens.is_empty()).then_some(args.authtokens),
        session_limit: args.session_limit,
        public_urls: if args.localhost_urls { PublicUrls::Localhost } else { PublicUrls::Ngrok },
        distance: Distance { latency: args.latency.unwrap_or_default(), bandwidth: args.bandwidth },
        ..EdgeOptions::default()
    };
    let edge = Edge::start(opts).await.context("could not start the ngrok edge simulator")?;
    if let Some(delay) = args.propagation_delay {
        edge.set_propagation_delay(delay);
    }
    let ready = serde_json::json!({
        "agent_addr": edge.agent_addr(),
        "ca_cert": edge.ca_cert_path(),
        "http_addr": edge.http_addr(),
        "https_addr": edge.https_addr(),
        "control_addr": edge.control_addr(),
        "pid": std::process::id(),
    });
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{ready}").context("could not write the ready line")?;
    stdout.flush()?;
    drop(stdout);
    let which = tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    };
    tracing::info!(signal = which, "shutting down");
    edge.shutdown().await;
    Ok(())
}
