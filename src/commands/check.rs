//! `prx-tunnel check` and `start --dry-run`: the effective config (secrets masked) and the plan.

use anyhow::Result;

use super::out_line;
use crate::config::{Loaded, Mode, Proto, TunnelConfig};

/// Prints the effective settings and what a start would do. Connects to nothing.
pub fn print(loaded: &Loaded) -> Result<()> {
    let cfg = &loaded.config;
    let source =
        loaded.source.as_ref().map_or("no config file (defaults and flags)".to_owned(), |p| p.display().to_string());
    out_line(&format!("# config: {source}"));
    let body = toml::to_string(&serde_json::json!({ "tunnel": cfg }))
        .or_else(|_| serde_json::to_string_pretty(cfg))
        .unwrap_or_default();
    out_line(body.trim_end());
    out_line("");
    for line in policy_lines(cfg) {
        out_line(&line);
    }
    out_line("");
    for line in plan(cfg)? {
        out_line(&line);
    }
    Ok(())
}

/// What starting this config would do, one line each.
pub fn plan(cfg: &TunnelConfig) -> Result<Vec<String>> {
    match cfg.mode {
        Mode::Sdk => Ok(sdk_plan(cfg)),
        Mode::Cli => crate::cli_mode::plan(cfg),
    }
}

fn sdk_plan(cfg: &TunnelConfig) -> Vec<String> {
    let mut lines = vec!["# plan: SDK mode (in process, through the ngrok crate)".to_owned()];
    lines.push(format!("connect to {}", crate::sdk::server_addr(cfg)));
    lines.push(match &cfg.authtoken_source {
        Some(src) => format!("authenticate with the authtoken from {src}"),
        None => "authenticate without an authtoken (ngrok will answer ERR_NGROK_4018)".to_owned(),
    });
    let mut opts = Vec::new();
    if let Some(d) = cfg.effective_domain() {
        opts.push(format!("domain {d}"));
    }
    if let Some(p) = &cfg.policy {
        let rules = p.on_tcp_connect.len() + p.on_http_request.len() + p.on_http_response.len();
        opts.push(format!("the traffic policy above ({rules} rules)"));
    }
    if let Some(m) = &cfg.metadata {
        opts.push(format!("metadata {m:?}"));
    }
    let kind = match cfg.proto {
        Proto::Http => "an http endpoint",
        Proto::Tcp => "a tcp endpoint",
    };
    let with = if opts.is_empty() { String::new() } else { format!(" with {}", opts.join(", ")) };
    lines.push(format!("bind {kind}{with}"));
    lines.push(format!("forward public connections to {}", cfg.local_addr.forward_url()));
    lines
}

/// The effective traffic policy as YAML, secrets masked, under a header saying what it is.
fn policy_lines(cfg: &TunnelConfig) -> Vec<String> {
    let Some(policy) = &cfg.policy else {
        return vec!["# traffic policy: none (no policy keys are set)".to_owned()];
    };
    let mut lines = vec![
        "# traffic policy (the effective document sent to ngrok: rules generated from the config keys first, then your own; secrets masked):".to_owned(),
    ];
    lines.extend(crate::policy::to_yaml(policy, false).lines().map(str::to_owned));
    lines
}
