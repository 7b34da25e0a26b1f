//! Agent configuration files, version "2" (top-level settings, `tunnels:`) and version "3"
//! (`agent:`, `endpoints:`, deprecated `tunnels:`), read strictly and merged in order: later
//! values override earlier ones, lists are replaced, the `tunnels` map is merged by name.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_yaml::Value;

use crate::defs;
use crate::endpoint::EndpointSpec;
use crate::yaml::{Node, invalid, scalar_text};

/// Agent settings shared by both versions (v3 names in comments).
#[derive(Clone, Debug, Default)]
pub struct AgentSettings {
    /// `authtoken`
    pub authtoken: Option<String>,
    /// `server_addr` (v3: `connect_url`)
    pub server_addr: Option<String>,
    /// `root_cas` (v3: `connect_cas`): `trusted`, `host` or a PEM path
    pub root_cas: Option<String>,
    /// `region` (deprecated)
    pub region: Option<String>,
    /// `web_addr`: an address or `false`
    pub web_addr: Option<String>,
    /// `log`: `stdout`, `stderr`, `false` or a path
    pub log: Option<String>,
    /// `log_format`
    pub log_format: Option<String>,
    /// `log_level`
    pub log_level: Option<String>,
    /// `metadata` (session)
    pub metadata: Option<String>,
    /// `heartbeat_interval`
    pub heartbeat_interval: Option<Duration>,
    /// `heartbeat_tolerance`
    pub heartbeat_tolerance: Option<Duration>,
    /// `inspect_db_size` (negative: no endpoint is inspected)
    pub inspect_db_size: Option<f64>,
    /// `connect_timeout`
    pub connect_timeout: Option<Duration>,
    /// `update_check` (never acted on: the stand-in never contacts an update server)
    pub update_check: Option<bool>,
    /// `console_ui`: `true`, `false` or `iftty` (the stand-in draws no console UI)
    pub console_ui: Option<String>,
    /// `remote_management`: whether edge stop commands are honoured
    pub remote_management: Option<bool>,
}

/// All configuration files, merged.
#[derive(Debug, Default)]
pub struct Config {
    /// The files read, in order.
    pub paths: Vec<PathBuf>,
    /// Agent settings.
    pub agent: AgentSettings,
    /// `tunnels:` by name.
    pub tunnels: BTreeMap<String, EndpointSpec>,
    /// `endpoints:` (v3), in file order.
    pub endpoints: Vec<EndpointSpec>,
    /// A version 3 file defines `tunnels:` (deprecated there since agent 3.16.0).
    pub tunnels_in_v3: bool,
}

const COMMON_AGENT_KEYS: &[&str] = &[
    "authtoken",
    "api_key",
    "connect_timeout",
    "console_ui",
    "console_ui_color",
    "crl_noverify",
    "dns_resolver_ips",
    "heartbeat_interval",
    "heartbeat_tolerance",
    "inspect_db_size",
    "log_level",
    "log_format",
    "log",
    "metadata",
    "region",
    "remote_management",
    "update_channel",
    "update_check",
    "web_addr",
    "web_allow_hosts",
];
/// Documented agent keys the stand-in refuses rather than silently ignoring.
const UNSUPPORTED_AGENT_KEYS: &[&str] = &["proxy_url", "connect_interface"];

fn overlay<T: Clone>(dst: &mut Option<T>, src: &Option<T>) {
    if src.is_some() {
        dst.clone_from(src);
    }
}

impl AgentSettings {
    fn merge(&mut self, o: &AgentSettings) {
        overlay(&mut self.authtoken, &o.authtoken);
        overlay(&mut self.server_addr, &o.server_addr);
        overlay(&mut self.root_cas, &o.root_cas);
        overlay(&mut self.region, &o.region);
        overlay(&mut self.web_addr, &o.web_addr);
        overlay(&mut self.log, &o.log);
        overlay(&mut self.log_format, &o.log_format);
        overlay(&mut self.log_level, &o.log_level);
        overlay(&mut self.metadata, &o.metadata);
        overlay(&mut self.heartbeat_interval, &o.heartbeat_interval);
        overlay(&mut self.heartbeat_tolerance, &o.heartbeat_tolerance);
        overlay(&mut self.inspect_db_size, &o.inspect_db_size);
        overlay(&mut self.connect_timeout, &o.connect_timeout);
        overlay(&mut self.update_check, &o.update_check);
        overlay(&mut self.console_ui, &o.console_ui);
        overlay(&mut self.remote_management, &o.remote_management);
    }
}

fn one_of(key: &str, v: Option<String>, allowed: &[&str]) -> Result<Option<String>, String> {
    match v {
        Some(s) if !allowed.contains(&s.as_str()) => {
            Err(invalid(key, &s, &format!("must be one of {}", allowed.join(", "))))
        }
        v => Ok(v),
    }
}

/// Reads the agent settings of `node` (the top level in v2, `agent:` in v3).
fn agent(node: &Node, v3: bool) -> Result<AgentSettings, String> {
    let (server, cas) = if v3 { ("connect_url", "connect_cas") } else { ("server_addr", "root_cas") };
    if let Some(key) = node.keys().into_iter().find(|k| UNSUPPORTED_AGENT_KEYS.contains(&k.as_str())) {
        return Err(format!("the ngrok stand-in does not implement the configuration property '{key}'"));
    }
    let console_ui = match node.get("console_ui") {
        Some(Value::Bool(b)) => Some(b.to_string()),
        _ => one_of("console_ui", node.string("console_ui")?, &["iftty"])?,
    };
    let metadata = node.string("metadata")?;
    if let Some(m) = metadata.as_ref().filter(|m| m.chars().count() > 4096) {
        return Err(invalid(
            "metadata",
            &m.chars().take(32).collect::<String>(),
            "metadata may be at most 4096 characters",
        ));
    }
    Ok(AgentSettings {
        authtoken: node.string("authtoken")?,
        server_addr: node.string(server)?,
        root_cas: node.string(cas)?,
        region: one_of("region", node.string("region")?, &["us", "us-cal-1", "eu", "au", "ap", "sa", "jp", "in"])?,
        web_addr: node.string_or_false("web_addr")?,
        log: node.string_or_false("log")?,
        log_format: one_of("log_format", node.string("log_format")?, &["term", "logfmt", "json"])?,
        log_level: one_of("log_level", node.string("log_level")?, &["debug", "info", "warn", "error", "crit"])?,
        metadata,
        heartbeat_interval: node.duration("heartbeat_interval")?,
        heartbeat_tolerance: node.duration("heartbeat_tolerance")?,
        inspect_db_size: node.float("inspect_db_size")?,
        connect_timeout: node.duration("connect_timeout")?,
        update_check: node.boolean("update_check")?,
        console_ui,
        remote_management: node.boolean("remote_management")?,
    })
}

fn unknown(node: &Node, known: &[&str], ty: &str) -> Result<(), String> {
    let errs = node.unknown_keys(known, ty);
    if errs.is_empty() {
        return Ok(());
    }
    Err(format!("YAML parsing error: yaml: unmarshal errors:\n  {}", errs.join("\n  ")))
}

fn tunnels(root: &Node, out: &mut BTreeMap<String, EndpointSpec>) -> Result<(), String> {
    if let Some(t) = root.child("tunnels")? {
        for name in t.keys() {
            let def = t.child(&name)?.expect("listed keys are present");
            out.insert(name.clone(), defs::tunnel(&name, &def)?);
        }
    }
    Ok(())
}

/// Parses one file's text into a partial [`Config`]. `endpoints_known`: the reported agent
/// version reads `endpoints:` (3.16.0 on); before it the field is unknown, as in the real agent.
pub fn parse(raw: &str, endpoints_known: bool) -> Result<Config, String> {
    let value: Value = serde_yaml::from_str(raw).map_err(|e| format!("YAML parsing error: {e}"))?;
    let root = Node::new(&value, raw, "")?;
    let version = root.get("version").map(scalar_text);
    let mut cfg = Config::default();
    match version.as_deref() {
        None => {
            return Err("`version` property is required.\n\nIf you're upgrading from an older version of ngrok, you can run:\n\n    ngrok config upgrade\n\nto upgrade to the new format and add the version number.".into());
        }
        Some("2") => {
            let mut keys = COMMON_AGENT_KEYS.to_vec();
            keys.extend(["version", "server_addr", "root_cas", "tunnels"]);
            keys.extend(UNSUPPORTED_AGENT_KEYS);
            unknown(&root, &keys, "config.v2yamlConfig")?;
            cfg.agent = agent(&root, false)?;
            tunnels(&root, &mut cfg.tunnels)?;
        }
        Some("3") => {
            let top: &[&str] = if endpoints_known {
                &["version", "agent", "endpoints", "tunnels"]
            } else {
                &["version", "agent", "tunnels"]
            };
            unknown(&root, top, "config.v3yamlConfig")?;
            let a = root.child("agent")?.ok_or("the `agent` property is required in version 3 configuration files")?;
            let mut keys = COMMON_AGENT_KEYS.to_vec();
            keys.extend(["connect_url", "connect_cas"]);
            keys.extend(UNSUPPORTED_AGENT_KEYS);
            unknown(&a, &keys, "config.v3yamlAgent")?;
            cfg.agent = agent(&a, true)?;
            tunnels(&root, &mut cfg.tunnels)?;
            cfg.tunnels_in_v3 = root.get("tunnels").is_some();
            if let Some(Value::Sequence(items)) = root.get("endpoints") {
                for item in items {
                    cfg.endpoints.push(defs::endpoint(&Node::new(item, raw, "endpoints")?)?);
                }
            }
        }
        Some(other) => {
            return Err(format!("unsupported configuration file version '{other}'; valid versions are 2 and 3"));
        }
    }
    Ok(cfg)
}

/// Reads and merges `paths` in order. Errors carry the real agent's wording.
pub fn load(paths: &[PathBuf], endpoints_known: bool) -> Result<Config, String> {
    let mut merged = Config::default();
    for path in paths {
        let shown = path.display();
        let raw = std::fs::read_to_string(path)
            .map_err(|e| format!("Error reading configuration file '{shown}': open {shown}: {}", go_io(&e)))?;
        let cfg = parse(&raw, endpoints_known).map_err(|e| {
            if e.starts_with("Invalid configuration property") || e.starts_with("the ngrok stand-in") {
                e
            } else {
                format!("Error reading configuration file '{shown}': {e}")
            }
        })?;
        merged.agent.merge(&cfg.agent);
        merged.tunnels.extend(cfg.tunnels);
        merged.tunnels_in_v3 |= cfg.tunnels_in_v3;
        if !cfg.endpoints.is_empty() {
            merged.endpoints = cfg.endpoints;
        }
        merged.paths.push(path.clone());
    }
    Ok(merged)
}

/// Go's wording for common file errors.
fn go_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The default config path used when no `--config` is given (Linux layout).
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".config")))?;
    Some(base.join("ngrok").join("ngrok.yml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v2_and_v3_agent_keys() {
        let v2 = parse("version: \"2\"\nauthtoken: a\nserver_addr: 127.0.0.1:1\nroot_cas: /ca.pem\nweb_addr: false\nheartbeat_interval: 5s\nupdate_check: false\nconsole_ui: iftty\n", true).unwrap();
        assert_eq!(v2.agent.server_addr.as_deref(), Some("127.0.0.1:1"));
        assert_eq!(v2.agent.web_addr.as_deref(), Some("false"));
        assert_eq!(v2.agent.heartbeat_interval, Some(Duration::from_secs(5)));
        let v3 = parse("version: 3\nagent:\n  connect_url: 127.0.0.1:2\n  connect_cas: /ca.pem\n  log: stdout\n", true)
            .unwrap();
        assert_eq!(v3.agent.server_addr.as_deref(), Some("127.0.0.1:2"));
        assert_eq!(v3.agent.root_cas.as_deref(), Some("/ca.pem"));
    }

    #[test]
    fn unknown_keys_and_bad_versions_fail_like_the_real_agent() {
        let err = parse("version: 3\nauthtoken: x\nagent: {}\n", true).unwrap_err();
        assert!(err.contains("line 2: field authtoken not found in type config.v3yamlConfig"), "{err}");
        let err = parse("version: \"2\"\nconnect_url: x\n", true).unwrap_err();
        assert!(err.contains("field connect_url not found in type config.v2yamlConfig"), "{err}");
        assert!(parse("authtoken: x\n", true).unwrap_err().starts_with("`version` property is required."));
        assert!(
            parse("version: \"2\"\nlog_level: loud\n", true)
                .unwrap_err()
                .starts_with("Invalid configuration property value for 'log_level', 'loud'")
        );
        assert!(parse("version: \"2\"\nproxy_url: socks5://x\n", true).unwrap_err().contains("'proxy_url'"));
    }

    #[test]
    fn files_merge_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yml");
        let b = dir.path().join("b.yml");
        std::fs::write(&a, "version: \"2\"\nauthtoken: first\nregion: eu\ntunnels:\n  one: {proto: http, addr: 1}\n  two: {proto: http, addr: 2}\n").unwrap();
        std::fs::write(&b, "version: \"2\"\nauthtoken: second\ntunnels:\n  two: {proto: tcp, addr: 22}\n").unwrap();
        let cfg = load(&[a, b], true).unwrap();
        assert_eq!(cfg.agent.authtoken.as_deref(), Some("second"));
        assert_eq!(cfg.agent.region.as_deref(), Some("eu"));
        assert_eq!(cfg.tunnels.len(), 2);
        assert_eq!(cfg.tunnels["two"].addr, "localhost:22");
        let missing = load(&[dir.path().join("nope.yml")], true).unwrap_err();
        assert!(missing.contains("no such file or directory"), "{missing}");
    }
}
