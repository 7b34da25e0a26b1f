//! The agent's command line and environment, and the options an agent version cannot honour.
//!
//! We run `ngrok start prx-tunnel --config USER --config GENERATED --log stdout --log-format
//! json --log-level L` rather than `ngrok http ADDR --flags…`: with `start`, every tunnel
//! option (basic-auth passwords included) lives in the generated 0600 file, so the command line
//! carries no secret and no option is spelled differently per version; the same form works for
//! the 2.3.41 agent and for v3, and only our tunnel starts even if the user's config defines others.

use std::path::Path;

use anyhow::Result;

use super::find::{Agent, Major};
use super::policy;
use crate::config::TunnelConfig;
use crate::exit::Fail;
use crate::secret::Secret;

/// Regions the 2.3.41 agent knows (`ngrok http --help`).
const V2_REGIONS: [&str; 7] = ["us", "eu", "au", "ap", "sa", "jp", "in"];

/// Refuses, all at once, the options `agent` cannot honour, naming each option and the agent
/// version it needs. Nothing is ever dropped silently.
pub fn check_supported(cfg: &TunnelConfig, agent: &Agent) -> Result<()> {
    if cfg.endpoints.is_empty() {
        return check_endpoint(cfg, agent);
    }
    for (_, ep) in super::named_endpoints(cfg) {
        check_endpoint(ep, agent)
            .map_err(|e| e.context(format!("endpoint \"{}\" cannot run on this agent", ep.endpoint)))?;
    }
    Ok(())
}

/// [`check_supported`] for one endpoint (with the session's settings).
fn check_endpoint(cfg: &TunnelConfig, agent: &Agent) -> Result<()> {
    super::genconf_endpoint::check_supported(cfg, agent)?;
    if agent.major == Major::V3 {
        return check_policy(cfg, agent);
    }
    let mut problems = Vec::new();
    if !cfg.allow_cidrs.is_empty() || !cfg.deny_cidrs.is_empty() {
        problems.push("ip_restrictions (allow/deny CIDRs, --allow-cidr/--deny-cidr)");
    }
    if cfg.circuit_breaker.is_some() {
        problems.push("circuit_breaker (--circuit-breaker)");
    }
    if cfg.compression {
        problems.push("compression (--compression)");
    }
    if cfg.basic_auth.len() > 1 {
        problems.push("more than one basic_auth credential (the 2.x agent takes a single `auth`)");
    }
    let region = cfg.region.as_str();
    if cfg.region_explicit && !V2_REGIONS.contains(&region) {
        problems.push("this region (the 2.x agent knows us, eu, au, ap, sa, jp, in)");
    }
    problems.extend(policy_only_options(cfg));
    if problems.is_empty() {
        return Ok(());
    }
    let since = policy::show(policy::POLICY_FIELD_SINCE);
    let list: String = problems.iter().map(|p| format!("\n  - {p}")).collect();
    Err(Fail::usage(format!(
        "the ngrok agent at {} is version {}, which cannot honour these options (they need ngrok agent v3, {since} or \
         later, which takes them as a Traffic Policy in its config):{list}\n\
         Upgrade the agent (https://ngrok.com/download), remove the options, or use mode = \"sdk\".",
        agent.path.display(),
        agent.version,
    )))
}

/// The options that exist only as Traffic Policy (the 2.x agent has no equivalent at all).
fn policy_only_options(cfg: &TunnelConfig) -> Vec<&'static str> {
    let mut out = Vec::new();
    if cfg.traffic_policy_inline {
        out.push("traffic_policy");
    }
    if cfg.traffic_policy_file.is_some() {
        out.push("traffic_policy_file (--traffic-policy-file)");
    }
    if cfg.webhook_verification.is_some() {
        out.push("webhook_verification");
    }
    if cfg.request_headers.is_some() {
        out.push("request_headers");
    }
    if cfg.response_headers.is_some() {
        out.push("response_headers");
    }
    out
}

/// A v3 agent older than the policy needs is refused, naming the options and the version.
fn check_policy(cfg: &TunnelConfig, agent: &Agent) -> Result<()> {
    let Some(doc) = &cfg.policy else { return Ok(()) };
    let Some(needed) = policy::version_needed(doc, cfg.proto, agent) else { return Ok(()) };
    let mut options = Vec::new();
    for (set, name) in [
        (!cfg.basic_auth.is_empty(), "basic_auth"),
        (!cfg.allow_cidrs.is_empty() || !cfg.deny_cidrs.is_empty(), "ip_restrictions"),
        (cfg.circuit_breaker.is_some(), "circuit_breaker"),
        (cfg.compression, "compression"),
    ] {
        if set {
            options.push(name);
        }
    }
    options.extend(policy_only_options(cfg));
    let why = if needed == policy::PHASES_SINCE {
        "reads on_tcp_connect rules for an http endpoint (older agents know only inbound/outbound)"
    } else {
        "reads a Traffic Policy from its config file"
    };
    Err(Fail::usage(format!(
        "the ngrok agent at {} is version {}, which cannot honour {}: they are delivered as a Traffic Policy, and \
         ngrok agent {} or later {why}.\nUpgrade the agent (https://ngrok.com/download), remove the options, or use mode = \"sdk\".",
        agent.path.display(),
        agent.version,
        options.join(", "),
        policy::show(needed),
    )))
}

/// The agent's `--log-level` for the configured `log_level`: `debug` when asked for, else
/// `info` — never higher, because the lines prx-tunnel reads ("starting web service",
/// "started tunnel", "client session established") are info lines. What is *shown* follows
/// `log_level` through the tracing filter on the re-emitted lines.
pub fn agent_log_level(level: &str) -> &'static str {
    match level.to_ascii_lowercase().as_str() {
        "trace" | "debug" => "debug",
        _ => "info",
    }
}

/// The arguments after the program name: `start` with the agent names of our endpoints, the
/// user's configs first, ours last (later files override earlier ones). No secret ever
/// appears here.
pub fn command_line(names: &[String], user_configs: &[&Path], generated: &Path, log_level: &str) -> Vec<String> {
    let mut args = vec!["start".to_owned()];
    args.extend(names.iter().cloned());
    for user in user_configs {
        args.push("--config".into());
        args.push(user.display().to_string());
    }
    args.push("--config".into());
    args.push(generated.display().to_string());
    for (flag, value) in [("--log", "stdout"), ("--log-format", "json"), ("--log-level", agent_log_level(log_level))] {
        args.push(flag.into());
        args.push(value.into());
    }
    args
}

/// Environment for the agent: the authtoken through `NGROK_AUTHTOKEN` for v3. The 2.3.41
/// agent does not read that variable, so for v2 the token goes into the generated 0600 file.
pub fn environment(cfg: &TunnelConfig, agent: &Agent) -> Vec<(&'static str, Secret)> {
    match (&cfg.authtoken, agent.major) {
        (Some(token), Major::V3) => vec![("NGROK_AUTHTOKEN", token.clone())],
        _ => Vec::new(),
    }
}

/// The command line as a shell would show it, secrets in the environment masked.
pub fn display(agent_path: &Path, env: &[(&'static str, Secret)], args: &[String]) -> String {
    let mut out: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
    out.push(shell_word(&agent_path.display().to_string()));
    out.extend(args.iter().map(|a| shell_word(a)));
    out.join(" ")
}

fn shell_word(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+".contains(c)) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
#[path = "args_tests.rs"]
mod tests;
