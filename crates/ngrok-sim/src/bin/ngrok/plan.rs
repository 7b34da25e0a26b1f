//! Resolves the command line and the merged configuration into one [`Plan`]: session
//! options, log settings, the web address and the endpoints to start.

use std::path::PathBuf;
use std::time::Duration;

use crate::cli::{Cli, Cmd, StartArgs, TunnelArgs};
use crate::config::{self, Config};
use crate::defs::{SUBDOMAIN_SUFFIX, pair};
use crate::endpoint::{EndpointSpec, Proto};

/// The default local web/API address.
pub const DEFAULT_WEB_ADDR: &str = "127.0.0.1:4040";

/// Where the local API listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WebAddr {
    /// `web_addr: false`
    Disabled,
    /// No `web_addr`: 127.0.0.1:4040, else the next free port.
    Default,
    /// An explicit address; fatal when in use.
    Explicit(String),
}

/// Everything the agent run needs.
#[derive(Debug)]
pub struct Plan {
    /// Reported agent version.
    pub version: String,
    /// Configuration files read.
    pub config_paths: Vec<PathBuf>,
    /// Authtoken (flag, then config, then `NGROK_AUTHTOKEN`).
    pub authtoken: Option<String>,
    /// `host:port` of the agent ingress.
    pub server_addr: String,
    /// `trusted`, `host` or a PEM path.
    pub root_cas: Option<String>,
    /// Heartbeat interval.
    pub heartbeat_interval: Option<Duration>,
    /// Heartbeat tolerance.
    pub heartbeat_tolerance: Option<Duration>,
    /// Dial + TLS timeout.
    pub connect_timeout: Duration,
    /// Session metadata.
    pub metadata: Option<String>,
    /// Local API address.
    pub web_addr: WebAddr,
    /// Honour edge stop commands.
    pub remote_management: bool,
    /// Region shown by `/api/status`.
    pub region: String,
    /// `--log` target.
    pub log: String,
    /// `--log-format`.
    pub log_format: String,
    /// `--log-level`.
    pub log_level: String,
    /// Endpoints to start, in order.
    pub endpoints: Vec<EndpointSpec>,
    /// Deprecation warnings to print before starting.
    pub warnings: Vec<String>,
}

/// The version this stand-in reports by default: a current agent (ngrok's changelog, 2026-07).
pub const CURRENT_VERSION: &str = "3.39.10";

/// The version this stand-in reports (`NGROK_STANDIN_VERSION` overrides [`CURRENT_VERSION`]);
/// the deprecations, config fields and API routes follow it.
pub fn version() -> String {
    std::env::var("NGROK_STANDIN_VERSION").unwrap_or_else(|_| CURRENT_VERSION.into())
}

/// The first version that reads `endpoints:` and deprecates `tunnels:` in config version 3.
const ENDPOINTS_SINCE: (u32, u32, u32) = (3, 16, 0);

/// The warning for `tunnels:` in a version 3 file (the stand-in's wording: ngrok's docs name
/// the deprecation, not the agent's text).
pub const TUNNELS_DEPRECATED: &str = "WARN: the 'tunnels' configuration property is deprecated in configuration \
     version 3 since ngrok agent 3.16.0, use 'endpoints' instead (https://ngrok.com/docs/agent/config/v3/)";

/// True when `version` is `min` or later.
pub fn at_least(version: &str, min: (u32, u32, u32)) -> bool {
    let mut parts = version.split(['.', '-']).map(|p| p.parse::<u32>().unwrap_or(0));
    let v = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    v >= min
}

/// Deprecated flags: (flag, deprecated since, message), pflag-style.
const DEPRECATED: &[(&str, (u32, u32, u32), &str)] = &[
    ("subdomain", (3, 2, 1), "use --url instead"),
    ("hostname", (3, 2, 1), "use --url instead"),
    ("region", (3, 5, 0), "ngrok automatically chooses the region with lowest latency"),
    ("domain", (3, 16, 0), "use --url instead"),
    ("scheme", (3, 16, 0), "use --url instead"),
    ("remote-addr", (3, 16, 0), "use --url instead"),
    ("basic-auth", (3, 36, 0), "use --traffic-policy-file instead"),
    ("cidr-allow", (3, 36, 0), "use --traffic-policy-file instead"),
    ("cidr-deny", (3, 36, 0), "use --traffic-policy-file instead"),
    ("circuit-breaker", (3, 36, 0), "use --traffic-policy-file instead"),
    ("compression", (3, 36, 0), "use --traffic-policy-file instead"),
    ("host-header", (3, 36, 0), "use --traffic-policy-file instead"),
    ("request-header-add", (3, 36, 0), "use --traffic-policy-file instead"),
    ("request-header-remove", (3, 36, 0), "use --traffic-policy-file instead"),
    ("response-header-add", (3, 36, 0), "use --traffic-policy-file instead"),
    ("response-header-remove", (3, 36, 0), "use --traffic-policy-file instead"),
];

fn warn_for(used: &[&str], version: &str, proto: Proto) -> Vec<String> {
    DEPRECATED
        .iter()
        .filter(|(flag, since, _)| used.contains(flag) && at_least(version, *since))
        .filter(|(flag, ..)| !(proto == Proto::Tcp && flag.starts_with("cidr-")))
        .map(|(flag, _, msg)| format!("Flag --{flag} has been deprecated, {msg}"))
        .collect()
}

fn read_policy(path: &PathBuf, proto: Proto) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("failed to read traffic policy file '{}': {e}", path.display()))?;
    let doc: serde_json::Value = serde_yaml::from_str(&text)
        .map_err(|e| format!("failed to parse traffic policy file '{}': {e}", path.display()))?;
    crate::policy::normalize(doc, proto)
}

/// Builds the command-line endpoint of `ngrok http` / `ngrok tcp`; returns it and the flags used.
fn command_line(t: &TunnelArgs, proto: Proto) -> Result<(EndpointSpec, Vec<&'static str>), String> {
    let mut used = Vec::new();
    let http_only = [
        ("basic-auth", !t.basic_auth.is_empty()),
        ("circuit-breaker", t.circuit_breaker.is_some()),
        ("compression", t.compression.is_some()),
        ("domain", t.domain.is_some()),
        ("subdomain", t.subdomain.is_some()),
        ("hostname", t.hostname.is_some()),
        ("inspect", t.inspect.is_some()),
        ("host-header", t.host_header.is_some()),
        ("scheme", !t.scheme.is_empty()),
        ("request-header-add", !t.request_header_add.is_empty()),
        ("request-header-remove", !t.request_header_remove.is_empty()),
        ("response-header-add", !t.response_header_add.is_empty()),
        ("response-header-remove", !t.response_header_remove.is_empty()),
        ("upstream-protocol", t.upstream_protocol.is_some()),
    ];
    for (flag, set) in http_only.iter().filter(|(_, set)| *set) {
        if proto == Proto::Tcp && *set {
            return Err(format!("unknown flag: --{flag}"));
        }
        used.push(*flag);
    }
    if proto == Proto::Http && t.remote_addr.is_some() {
        return Err("unknown flag: --remote-addr".into());
    }
    for (flag, set) in [
        ("region", t.region.is_some()),
        ("remote-addr", t.remote_addr.is_some()),
        ("cidr-allow", !t.cidr_allow.is_empty()),
        ("cidr-deny", !t.cidr_deny.is_empty()),
    ] {
        if set {
            used.push(flag);
        }
    }
    let [addr] = t.args.as_slice() else {
        return Err(format!("accepts 1 arg(s), received {}", t.args.len()));
    };
    let mut spec = EndpointSpec::new(t.name.as_deref().unwrap_or("command_line"), proto, addr)?;
    spec.domain = t.hostname.clone().or_else(|| t.subdomain.as_ref().map(|s| format!("{s}.{SUBDOMAIN_SUFFIX}")));
    spec.domain = t.domain.clone().or(spec.domain.take());
    spec.remote_addr.clone_from(&t.remote_addr);
    if let [one] = t.scheme.as_slice() {
        spec.apply_url(&format!("{one}://"))?;
    } else if t.scheme.len() > 1 {
        return Err("the ngrok stand-in binds exactly one scheme per endpoint".into());
    }
    if let Some(url) = &t.url {
        spec.apply_url(url)?;
    }
    for cred in &t.basic_auth {
        spec.basic_auth.push(pair("basic-auth", cred)?);
    }
    spec.allow_cidrs.clone_from(&t.cidr_allow);
    spec.deny_cidrs.clone_from(&t.cidr_deny);
    spec.circuit_breaker = t.circuit_breaker;
    spec.compression = t.compression.unwrap_or(false);
    spec.inspect = t.inspect.unwrap_or(proto == Proto::Http);
    spec.metadata.clone_from(&t.metadata);
    spec.host_header.clone_from(&t.host_header);
    for kv in &t.request_header_add {
        spec.request_add.push(pair("request-header-add", kv)?);
    }
    for kv in &t.response_header_add {
        spec.response_add.push(pair("response-header-add", kv)?);
    }
    spec.request_remove.clone_from(&t.request_header_remove);
    spec.response_remove.clone_from(&t.response_header_remove);
    spec.traffic_policy = t.traffic_policy_file.as_ref().map(|p| read_policy(p, proto)).transpose()?;
    spec.binding.clone_from(&t.binding);
    spec.pooling_enabled = t.pooling_enabled;
    spec.app_protocol = t.upstream_protocol.clone().filter(|p| p == "http2");
    spec.verify_upstream_tls = t.upstream_tls_verify.unwrap_or(false);
    Ok((spec, used))
}

fn named(start: &StartArgs, cfg: &Config) -> Result<Vec<EndpointSpec>, String> {
    let find = |name: &str| cfg.endpoints.iter().find(|e| e.name == name).or_else(|| cfg.tunnels.get(name)).cloned();
    if start.none {
        return Ok(Vec::new());
    }
    if start.all {
        let mut all = cfg.endpoints.clone();
        all.extend(cfg.tunnels.values().filter(|t| !cfg.endpoints.iter().any(|e| e.name == t.name)).cloned());
        return Ok(all);
    }
    if start.names.is_empty() {
        return Err("Specify the names of tunnels or endpoints to start, or use --all or --none.".into());
    }
    start
        .names
        .iter()
        .map(|n| find(n).ok_or_else(|| format!("tunnel or endpoint \"{n}\" is not defined in the configuration file")))
        .collect()
}

/// Resolves `cli` into a plan, reading the configuration files.
pub fn build(cli: &Cli) -> Result<Plan, String> {
    let paths = if cli.config.is_empty() {
        config::default_path().filter(|p| p.exists()).into_iter().collect()
    } else {
        cli.config.clone()
    };
    let version = version();
    let cfg = config::load(&paths, at_least(&version, ENDPOINTS_SINCE))?;
    let (mut endpoints, mut warnings, flag_token, flag_region) = match &cli.cmd {
        Some(Cmd::Http(t)) | Some(Cmd::Tcp(t)) => {
            let proto = if matches!(cli.cmd, Some(Cmd::Http(_))) { Proto::Http } else { Proto::Tcp };
            let (spec, used) = command_line(t, proto)?;
            (vec![spec], warn_for(&used, &version, proto), t.authtoken.clone(), t.region.clone())
        }
        Some(Cmd::Start(s)) => {
            let used: Vec<&str> = if s.region.is_some() { vec!["region"] } else { vec![] };
            (named(s, &cfg)?, warn_for(&used, &version, Proto::Http), s.authtoken.clone(), s.region.clone())
        }
        _ => unreachable!("only tunnel commands are planned"),
    };
    if cfg.tunnels_in_v3 && at_least(&version, ENDPOINTS_SINCE) {
        warnings.push(TUNNELS_DEPRECATED.to_owned());
    }
    let a = &cfg.agent;
    if a.inspect_db_size.is_some_and(|size| size < 0.0) {
        // Nothing is kept for inspection: the agent reads no endpoint's traffic as HTTP.
        endpoints.iter_mut().for_each(|e| e.inspect = false);
    }
    let region = flag_region.or_else(|| a.region.clone());
    let server_addr = a.server_addr.clone().unwrap_or_else(|| match &region {
        Some(r) => format!("connect.{r}.ngrok-agent.com:443"),
        None => "connect.ngrok-agent.com:443".into(),
    });
    let web_addr = match a.web_addr.as_deref() {
        None => WebAddr::Default,
        Some("false") => WebAddr::Disabled,
        Some(addr) => WebAddr::Explicit(addr.to_string()),
    };
    Ok(Plan {
        version,
        config_paths: cfg.paths.clone(),
        authtoken: flag_token.or_else(|| a.authtoken.clone()).or_else(|| std::env::var("NGROK_AUTHTOKEN").ok()),
        server_addr,
        root_cas: a.root_cas.clone(),
        heartbeat_interval: a.heartbeat_interval,
        heartbeat_tolerance: a.heartbeat_tolerance,
        connect_timeout: a.connect_timeout.unwrap_or(Duration::from_secs(10)),
        metadata: a.metadata.clone(),
        web_addr,
        remote_management: a.remote_management.unwrap_or(true),
        region: region.unwrap_or_else(|| "us".into()),
        log: cli.log.clone().or_else(|| a.log.clone()).unwrap_or_else(|| "false".into()),
        log_format: cli.log_format.clone().or_else(|| a.log_format.clone()).unwrap_or_else(|| "term".into()),
        log_level: cli.log_level.clone().or_else(|| a.log_level.clone()).unwrap_or_else(|| "info".into()),
        endpoints,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprecations_follow_the_reported_version() {
        let used = ["domain", "basic-auth", "cidr-allow"];
        let old = warn_for(&used, "3.19.1", Proto::Http);
        assert_eq!(old, vec!["Flag --domain has been deprecated, use --url instead"]);
        let new = warn_for(&used, "3.36.0", Proto::Http);
        assert_eq!(new.len(), 3);
        assert!(warn_for(&["cidr-allow"], "3.36.0", Proto::Tcp).is_empty());
    }

    fn plan_for(config: &str, args: &[&str]) -> Plan {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yml");
        std::fs::write(&path, config).unwrap();
        let mut argv = vec!["ngrok", "http", "80", "--config", path.to_str().unwrap()];
        argv.extend(args);
        let crate::cli::Parsed::Run(cli) = crate::cli::parse(argv.iter().map(|s| s.into())) else { panic!("parse") };
        build(&cli).unwrap()
    }

    #[test]
    fn region_picks_the_ingress_only_without_server_addr() {
        let p = plan_for("version: \"2\"\n", &["--region", "eu"]);
        assert_eq!((p.server_addr.as_str(), p.region.as_str()), ("connect.eu.ngrok-agent.com:443", "eu"));
        let p = plan_for("version: \"2\"\nregion: au\n", &[]);
        assert_eq!(p.server_addr, "connect.au.ngrok-agent.com:443");
        let p = plan_for("version: \"2\"\nserver_addr: 127.0.0.1:9\n", &["--region", "eu"]);
        assert_eq!(p.server_addr, "127.0.0.1:9");
        let p = plan_for("version: \"2\"\n", &[]);
        assert_eq!((p.server_addr.as_str(), p.web_addr.clone()), ("connect.ngrok-agent.com:443", WebAddr::Default));
        assert_eq!((p.log.as_str(), p.log_format.as_str(), p.log_level.as_str()), ("false", "term", "info"));
    }

    #[test]
    fn tcp_refuses_http_flags_and_counts_args() {
        let t = TunnelArgs { args: vec!["22".into()], basic_auth: vec!["a:b".into()], ..Default::default() };
        assert_eq!(command_line(&t, Proto::Tcp).unwrap_err(), "unknown flag: --basic-auth");
        let t = TunnelArgs::default();
        assert_eq!(command_line(&t, Proto::Http).unwrap_err(), "accepts 1 arg(s), received 0");
    }
}
