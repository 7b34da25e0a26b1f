//! The configuration layer: PRX-style `[tunnel]` / `[tunnel.ngrok]` TOML, environment and
//! command-line flags, validated into one [`TunnelConfig`] before anything connects.
//!
//! Loading runs in passes so that every problem is reported at once: the file is located and
//! read (`locate`), parsed with spans, checked against the schema with `${VAR}` expanded
//! (`schema`), deserialised (`raw`), then validated together with the flags
//! (`validate`). The authtoken falls back to `NGROK_AUTHTOKEN`, then to the user's ngrok
//! agent config (`ngrok_yml`).

mod checks;
mod endpoint_url;
mod endpoints;
mod errors;
mod expand;
mod flags;
mod inspector;
mod keys;
mod kinds;
mod local_addr;
mod locate;
mod model;
mod ngrok_yml;
mod raw;
mod schema;
mod url_taken;
mod validate;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Deserialize;
use toml::de::DeTable;

pub use checks::duration as parse_duration;
pub use endpoint_url::{Binding, EndpointUrl, UrlScheme};
pub use endpoints::DEFAULT_ENDPOINT;
pub use errors::{Problem, Problems};
pub use expand::{ExpandError, expand};
pub use flags::TunnelFlags;
pub use inspector::{AllowHost, DEFAULT_WEB_ADDR, WebAddr};
pub use kinds::{Backend, EdgeKind, LogLevel, Mode, Named, Proto, Region, RootCas};
pub use local_addr::{LocalAddr, LocalScheme};
pub use locate::How;
pub use model::{BasicAuth, TunnelConfig};
pub use ngrok_yml::AgentToken;
pub use raw::defaults;

use crate::proxy;
pub use crate::secret::Secret;

/// The name of every key of `[tunnel]` and `[tunnel.ngrok]` (for documentation checks).
pub fn schema_keys() -> Vec<&'static str> {
    keys::TUNNEL_KEYS.iter().chain(keys::NGROK_KEYS).map(|(name, _, _)| *name).collect()
}

/// What to load: the `--config` path, if given, and the tunnel flags.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `--config FILE`.
    pub config_path: Option<PathBuf>,
    /// The tunnel flags, which override the file.
    pub flags: TunnelFlags,
}

/// A loaded configuration.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The effective settings.
    pub config: TunnelConfig,
    /// The file used; None when there was none (defaults and flags only).
    pub source: Option<PathBuf>,
    /// Things worth telling the user that do not stop the tunnel (no secret in them).
    pub warnings: Vec<String>,
}

/// The directories a load looks in (the real ones, or a test's).
#[derive(Debug, Clone, Default)]
pub(crate) struct Dirs {
    /// The user config directory (`~/.config` on Linux).
    pub config: Option<PathBuf>,
    /// The home directory.
    pub home: Option<PathBuf>,
}

impl Dirs {
    fn system() -> Dirs {
        Dirs { config: dirs::config_dir(), home: dirs::home_dir() }
    }
}

/// Loads the configuration from the file, the process environment and the flags. Errors are
/// usage errors (exit 2) listing every problem found.
pub fn load(opts: &LoadOptions) -> Result<Loaded> {
    load_with_env(opts, &|name| std::env::var(name).ok())
}

/// [`load`] with the environment variables given by `env` (`PRX_TUNNEL_CONFIG`,
/// `NGROK_AUTHTOKEN`, `NGROK_CONFIG`, and every `${VAR}` of the file).
pub fn load_with_env(opts: &LoadOptions, env: &dyn Fn(&str) -> Option<String>) -> Result<Loaded> {
    load_in(opts, env, &Dirs::system())
}

/// [`load_with_env`] with the directories given.
pub(crate) fn load_in(opts: &LoadOptions, env: &dyn Fn(&str) -> Option<String>, dirs: &Dirs) -> Result<Loaded> {
    let located = locate::locate(opts.config_path.as_deref(), env, dirs.config.as_deref());
    let (source, text) = match located {
        Some((path, how)) => {
            let text = locate::read(&path, how)?;
            (Some(path), text)
        }
        None => (None, String::new()),
    };
    let (mut config, literal_secrets) =
        validate_text(source.as_deref(), &text, &opts.flags, env, dirs.home.as_deref())?;

    let ingress = proxy::split_host_port(&config.ingress_addr()).map(|(h, _)| h).unwrap_or_default();
    config.proxy = proxy::choose(config.proxy_url.as_ref(), env, &ingress)
        .map_err(|e| crate::exit::Fail::usage(format!("{e}; fix or unset it")))?;
    let mut warnings = Vec::new();
    if config.authtoken.is_some() {
        config.authtoken_source = source.as_ref().map(|p| format!("config file {}", p.display()));
    } else if let Some(token) = env("NGROK_AUTHTOKEN").filter(|t| !t.trim().is_empty()) {
        config.authtoken = Some(Secret::new(token.trim()));
        config.authtoken_source = Some("NGROK_AUTHTOKEN".into());
    } else {
        let (found, agent_warnings) = ngrok_yml::find(env, dirs.config.as_deref(), dirs.home.as_deref());
        warnings.extend(agent_warnings);
        if let Some(AgentToken { token, path }) = found {
            config.authtoken = Some(token);
            config.authtoken_source = Some(format!("ngrok agent config {}", path.display()));
        }
    }
    if let Some(path) = &source {
        if !literal_secrets.is_empty() && locate::readable_by_others(path) {
            let shown = path.display();
            warnings.push(format!(
                "{shown} is readable by other users and holds a secret ({}); run: chmod 600 {shown}",
                literal_secrets.join(", ")
            ));
        }
    }
    Ok(Loaded { config, source, warnings })
}

/// Validates config `text` as if it had been read from `path` (which is not read; relative
/// paths in the text are relative to its directory), with `${VAR}` from `env`. No authtoken
/// fallback and no warnings: this is the pure part of [`load`], for tools and fuzzing.
pub fn parse_text(
    path: &Path,
    text: &str,
    flags: &TunnelFlags,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<TunnelConfig> {
    validate_text(Some(path), text, flags, env, None).map(|(config, _)| config)
}

/// Parses and validates `text` (from `source`, or no file when None) with the flags.
fn validate_text(
    source: Option<&Path>,
    text: &str,
    flags: &TunnelFlags,
    env: &dyn Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> Result<(TunnelConfig, Vec<&'static str>)> {
    let mut problems = Problems::new(source, text);
    let (raw, summary) = match source {
        Some(_) => parse(text, env, &mut problems),
        None => (raw::RawTunnel::default(), schema::Summary::default()),
    };
    let base = source.and_then(Path::parent).map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p });
    let mut raw = raw;
    let tables = std::mem::take(&mut raw.ngrok.endpoints);
    let parent = (!tables.is_empty()).then(|| (raw.clone(), summary.policy.clone()));
    let mut config = validate::build(raw, flags, &mut problems, validate::Paths { base, home }, summary.policy);
    let mut summaries = summary.endpoints;
    if let Some((parent_raw, parent_policy)) = parent {
        let session_flags = flags.session_only();
        for (name, ep) in tables {
            let own = summaries.iter_mut().find(|s| s.name == name);
            let spans = own.as_ref().map(|s| s.spans.clone()).unwrap_or_default();
            let own_policy = own.and_then(|s| s.policy.take());
            let own_inline = own_policy.is_some();
            let policy = own_policy.or_else(|| parent_policy.clone().filter(|_| ep.traffic_policy_file.is_none()));
            let merged = endpoints::merged(&parent_raw, ep, own_inline);
            let start = problems.len();
            let mut c = validate::build(merged, &session_flags, &mut problems, validate::Paths { base, home }, policy);
            endpoints::relabel(&mut problems, start, &spans, &name);
            c.endpoint = name;
            config.endpoints.push(c);
        }
        endpoints::check_distinct(&config, &summaries, &mut problems);
    }
    if !flags.only.is_empty() {
        config = endpoints::select(config, &flags.only, &mut problems);
    }
    let mut literal_secrets = summary.literal_secrets;
    // A secret inside the inline policy (a credential, a webhook secret) written in the file
    // itself rather than as a ${VAR} reference.
    if config.traffic_policy_inline
        && config
            .policy
            .iter()
            .flat_map(|p| crate::policy::secrets(p))
            .any(|s| s.expose().len() >= 4 && text.contains(s.expose()))
    {
        literal_secrets.push("traffic_policy");
    }
    problems.into_result()?;
    Ok((config, literal_secrets))
}

/// Parses the file's text: syntax, schema and `${VAR}`, then serde. Returns `[tunnel]` and what
/// the schema pass learned (the secret keys written literally, the inline policy).
fn parse(
    text: &str,
    env: &dyn Fn(&str) -> Option<String>,
    problems: &mut Problems,
) -> (raw::RawTunnel, schema::Summary) {
    let (mut doc, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        for e in syntax {
            let span = e.span().unwrap_or(0..0);
            problems.at(span.clone(), "", syntax_message(e.message(), text.get(span).unwrap_or("")));
        }
        return (raw::RawTunnel::default(), schema::Summary::default());
    }
    let summary = schema::walk(doc.get_mut(), env, problems);
    if !summary.has_tunnel {
        let what =
            if doc.get_ref().is_empty() { "is empty" } else { "has no [tunnel] section (other sections are ignored)" };
        problems.push(
            errors::Origin::File,
            "",
            format!("{what}; add [tunnel] and [tunnel.ngrok] sections (see examples/ngrok-basic.toml), or leave the file out to run on defaults and flags"),
        );
    }
    match raw::RawFile::deserialize(toml::de::Deserializer::from(doc)) {
        Ok(file) => (file.tunnel, summary),
        Err(e) => {
            // Not the serde message: it may quote a value, and values may be secrets.
            problems.at(
                e.span().unwrap_or(0..0),
                "[tunnel]",
                "has a value of an unexpected type; check it against the README's config reference",
            );
            (raw::RawTunnel::default(), summary)
        }
    }
}

/// A TOML syntax error with a hint. Only the parser's message is used, never its Display,
/// which quotes the source line (a line that may hold a secret); a duplicate key is named.
fn syntax_message(message: &str, at: &str) -> String {
    let message = message.trim();
    let hint = if message.starts_with("duplicate key") {
        let key = if !at.is_empty()
            && at.len() <= 64
            && at.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            format!(" {at}")
        } else {
            String::new()
        };
        format!("the key{key} appears twice in one section; keep one")
    } else if message.contains("must be quoted") {
        "put string values in quotes, e.g. region = \"eu\"".to_owned()
    } else {
        "write key = value lines under [section] headers, strings in quotes".to_owned()
    };
    format!("TOML syntax error: {message}; {hint}")
}

/// The `[tunnel.ngrok] api_key` of the config file, read leniently for the REST API commands:
/// no file is fine, and the rest of the tunnel config is not validated (an Event Streams call
/// must not fail because, say, `local_addr` is wrong). `${VAR}` is expanded.
pub fn api_key_from(config_path: Option<&Path>) -> Result<Option<Secret>> {
    Ok(lenient_ngrok_string(config_path, "api_key")?.map(|(_, s)| Secret::new(s)).filter(|s| !s.is_empty()))
}

/// The `[tunnel.ngrok] proxy_url` of the config file, read as leniently as [`api_key_from`],
/// for the REST API commands.
pub fn proxy_url_from(config_path: Option<&Path>) -> Result<Option<proxy::ProxyUrl>> {
    let Some((path, raw)) = lenient_ngrok_string(config_path, "proxy_url")? else { return Ok(None) };
    proxy::ProxyUrl::parse(&raw)
        .map(Some)
        .map_err(|e| crate::exit::Fail::usage(format!("{}: [tunnel.ngrok] proxy_url {e}", path.display())))
}

/// One string of `[tunnel.ngrok]` with `${VAR}` expanded, and the file it came from; None when
/// there is no file, no such key, or the file is not TOML.
fn lenient_ngrok_string(config_path: Option<&Path>, key: &str) -> Result<Option<(PathBuf, String)>> {
    let env = |name: &str| std::env::var(name).ok();
    let dirs = Dirs::system();
    let Some((path, how)) = locate::locate(config_path, &env, dirs.config.as_deref()) else { return Ok(None) };
    let text = locate::read(&path, how)?;
    let Ok(table) = text.parse::<toml::Table>() else { return Ok(None) };
    let Some(value) = table.get("tunnel").and_then(|t| t.get("ngrok")).and_then(|n| n.get(key)) else {
        return Ok(None);
    };
    let Some(raw) = value.as_str() else {
        return Err(crate::exit::Fail::usage(format!(
            "{}: [tunnel.ngrok] {key} must be a string; write {key} = \"...\"",
            path.display()
        )));
    };
    let expanded = expand(raw, &env)
        .map_err(|e| crate::exit::Fail::usage(format!("{}: [tunnel.ngrok] {key}: {e}", path.display())))?;
    Ok(Some((path, expanded)))
}
