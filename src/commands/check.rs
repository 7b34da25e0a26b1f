//! `prx-tunnel check` and `start --dry-run`: the effective config (secrets masked) and the plan.

use anyhow::Result;

use super::out_line;
use crate::config::{EdgeKind, Loaded, Mode, Proto, Region, TunnelConfig};
use crate::exit::Fail;

/// Prints the effective settings (as a config file that loads back to the same settings,
/// secrets as `${VAR}` references) and, as comments, what a start would do. Connects to
/// nothing. Exit 2 with "start would fail because …" when a start would fail for a reason
/// known here: no authtoken for ngrok's service, no agent binary, an option the agent cannot honour.
pub fn print(loaded: &Loaded) -> Result<()> {
    let cfg = &loaded.config;
    let source =
        loaded.source.as_ref().map_or("no config file (defaults and flags)".to_owned(), |p| p.display().to_string());
    out_line(&format!("# config: {source}"));
    out_line(super::effective::render(cfg).trim_end());
    for ep in &cfg.endpoints {
        out_line("");
        out_line(super::effective::render_endpoint(ep).trim_end());
    }
    out_line("");
    for line in policy_lines(cfg) {
        out_line(&comment(&line));
    }
    out_line("");
    let blockers = super::preflight::start_blockers(loaded);
    match plan(cfg) {
        Ok(lines) => {
            for line in lines {
                out_line(&comment(&line));
            }
        }
        Err(_) if !blockers.is_empty() => {}
        Err(e) => return Err(e.context("start would fail")),
    }
    out_line(&comment(&format!("proxy: {}", cfg.proxy.describe())));
    match blockers.as_slice() {
        [] => Ok(()),
        [one] => Err(Fail::usage(format!("start would fail because {one}"))),
        many => {
            let list: Vec<String> = many.iter().enumerate().map(|(i, r)| format!("{}. {r}", i + 1)).collect();
            Err(Fail::usage(format!("start would fail because:\n{}", list.join("\n"))))
        }
    }
}

/// A plan line as a TOML comment, so the whole output stays a loadable config file.
fn comment(line: &str) -> String {
    if line.starts_with('#') { line.to_owned() } else { format!("# {line}") }
}

/// What starting this config would do, one line each.
pub fn plan(cfg: &TunnelConfig) -> Result<Vec<String>> {
    let mut lines = match cfg.mode {
        Mode::Sdk => sdk_plan(cfg),
        Mode::Cli => crate::cli_mode::plan(cfg)?,
    };
    if cfg.edge == EdgeKind::Local {
        lines.insert(
            0,
            "# edge: local — an edge starts inside prx-tunnel on loopback ports, with its own CA and a one-time \
             token; no account, no network; the URL (http://<name>.localhost:<port>) works on this machine only"
                .to_owned(),
        );
    }
    lines.extend(host_key_notes(cfg));
    if cfg.region_explicit && cfg.edge != EdgeKind::Local {
        lines.push(format!(
            "note: ngrok deprecated `region`: its default ingress {} routes to the lowest-latency point of \
             presence by itself; remove `region` unless this tunnel must stay in {}",
            Region::DEFAULT_INGRESS,
            cfg.region
        ));
    }
    Ok(lines)
}

/// What the deprecated `domain`/`subdomain` mean as a `url`, and that ngrok deprecated them.
fn host_key_notes(cfg: &TunnelConfig) -> Vec<String> {
    let (key, value) = match (&cfg.domain, &cfg.subdomain) {
        (Some(d), _) => ("domain", d),
        (None, Some(s)) => ("subdomain", s),
        (None, None) => return Vec::new(),
    };
    let url = cfg.effective_url().map(|u| u.to_string()).unwrap_or_default();
    vec![format!(
        "note: {key} = {value:?} means url = {url:?}; ngrok deprecated {key} (agent 3.16 replaced it with url): \
         write url = {url:?} instead"
    )]
}

/// Where an SDK session connects, and why there.
fn connect_line(cfg: &TunnelConfig) -> String {
    let addr = crate::sdk::server_addr(cfg);
    if cfg.server_addr.is_some() {
        format!("connect to {addr} (server_addr)")
    } else if cfg.region_explicit {
        format!("connect to {addr} (region {})", cfg.region)
    } else {
        format!("connect to {addr} (ngrok's default ingress: the nearest point of presence)")
    }
}

fn sdk_plan(cfg: &TunnelConfig) -> Vec<String> {
    let mut lines = vec!["# plan: SDK mode (in process, through the ngrok crate)".to_owned()];
    if cfg.edge == EdgeKind::Local {
        lines.push("connect to the local edge (its agent address is chosen at start)".to_owned());
        lines.push("authenticate with the local edge's one-time token (no authtoken is sent)".to_owned());
    } else {
        lines.push(connect_line(cfg));
        lines.push(auth_line(cfg));
    }
    let mut opts = Vec::new();
    if let Some(u) = cfg.effective_url() {
        opts.push(format!("url {u}"));
    }
    if let Some(b) = cfg.binding_to_send() {
        opts.push(format!("binding {}", b.as_str()));
    }
    if cfg.pooling_enabled {
        opts.push("pooling enabled".to_owned());
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
    let named = if cfg.endpoints.is_empty() { String::new() } else { format!("endpoint {}: ", cfg.endpoint) };
    lines.push(format!("{named}bind {kind}{with}"));
    lines.push(format!("{named}forward public connections to {}", cfg.local_addr.forward_url()));
    for ep in &cfg.endpoints {
        let mut one = sdk_plan(ep);
        // The session lines are the config's own; only the endpoint's bind and forward lines.
        lines.extend(one.drain(..).rev().take(2).rev().map(|l| format!("endpoint {}: {l}", ep.endpoint)));
    }
    lines
}

/// The effective traffic policy of each endpoint as YAML, secrets masked.
fn policy_lines(cfg: &TunnelConfig) -> Vec<String> {
    let mut lines = endpoint_policy_lines(cfg);
    for ep in &cfg.endpoints {
        lines.push(format!("# endpoint {}:", ep.endpoint));
        lines.extend(endpoint_policy_lines(ep));
    }
    lines
}

/// The effective traffic policy as YAML, secrets masked, under a header saying what it is.
fn endpoint_policy_lines(cfg: &TunnelConfig) -> Vec<String> {
    let Some(policy) = &cfg.policy else {
        return vec!["# traffic policy: none (no policy keys are set)".to_owned()];
    };
    let mut lines = vec![
        "# traffic policy (the effective document sent to ngrok: rules generated from the config keys first, then your own; secrets masked):".to_owned(),
    ];
    lines.extend(crate::policy::to_yaml(policy, false).lines().map(str::to_owned));
    lines
}

fn auth_line(cfg: &TunnelConfig) -> String {
    match &cfg.authtoken_source {
        Some(src) => format!("authenticate with the authtoken from {src}"),
        None => "authenticate without an authtoken (ngrok will answer ERR_NGROK_4018)".to_owned(),
    }
}
