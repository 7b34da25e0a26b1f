//! The effective configuration as a config file `prx-tunnel` loads back to the same settings:
//! `[tunnel]` and `[tunnel.ngrok]` with the file's own key names. Secrets never appear: each
//! is written as a `${VAR}` reference, and the comment above it names the variable to set.

use std::fmt::Write as _;

use crate::config::{RootCas, TunnelConfig, WebAddr};

/// The variable an authtoken placeholder refers to.
pub const AUTHTOKEN_VAR: &str = "NGROK_AUTHTOKEN";
/// The variable an API key placeholder refers to.
pub const API_KEY_VAR: &str = "NGROK_API_KEY";

/// The variable a proxy URL with credentials is replaced by.
pub const PROXY_URL_VAR: &str = "PRX_TUNNEL_PROXY_URL";

/// The variable holding the password of basic-auth credential `index` (0-based):
/// `PRX_TUNNEL_PASSWORD`, then `PRX_TUNNEL_PASSWORD_2`, …
pub fn password_var(index: usize) -> String {
    if index == 0 { "PRX_TUNNEL_PASSWORD".to_owned() } else { format!("PRX_TUNNEL_PASSWORD_{}", index + 1) }
}

/// Renders `cfg` as TOML a config file can hold.
pub fn render(cfg: &TunnelConfig) -> String {
    let mut out = String::from("[tunnel]\n");
    line(&mut out, "backend", quote(cfg.backend.as_str()));
    line(&mut out, "local_addr", quote(&cfg.local_addr.to_string()));
    out.push_str("\n[tunnel.ngrok]\n");
    if cfg.authtoken.is_some() {
        let from = cfg.authtoken_source.as_deref().unwrap_or("the config");
        let _ = writeln!(out, "# secret masked (it came from {from}); set {AUTHTOKEN_VAR} to load this file");
        line(&mut out, "authtoken", quote(&format!("${{{AUTHTOKEN_VAR}}}")));
    }
    if cfg.api_key.is_some() {
        let _ = writeln!(out, "# secret masked; set {API_KEY_VAR} to load this file");
        line(&mut out, "api_key", quote(&format!("${{{API_KEY_VAR}}}")));
    }
    line(&mut out, "mode", quote(cfg.mode.as_str()));
    line(&mut out, "edge", quote(cfg.edge.as_str()));
    line(&mut out, "proto", quote(cfg.proto.as_str()));
    if cfg.region_explicit {
        line(&mut out, "region", quote(cfg.region.as_str()));
    }
    opt(&mut out, "domain", cfg.domain.as_deref());
    opt(&mut out, "subdomain", cfg.subdomain.as_deref());
    endpoint_keys(&mut out, cfg);
    opt(&mut out, "ngrok_path", cfg.ngrok_path.as_ref().map(|p| p.display().to_string()).as_deref());
    line(&mut out, "inspect", cfg.inspect.to_string());
    line(&mut out, "inspect_db_size", cfg.inspect_db_size.to_string());
    match cfg.web_addr {
        WebAddr::Default => {}
        WebAddr::Off => line(&mut out, "web_addr", "false".into()),
        WebAddr::At(addr) => line(&mut out, "web_addr", quote(&addr.to_string())),
    }
    if !cfg.web_allow_hosts.is_empty() {
        let hosts: Vec<String> = cfg.web_allow_hosts.iter().map(|h| quote(&h.to_string())).collect();
        line(&mut out, "web_allow_hosts", format!("[{}]", hosts.join(", ")));
    }
    line(&mut out, "log_level", quote(cfg.log_level.as_str()));
    opt(&mut out, "metadata", cfg.metadata.as_deref());
    if !cfg.basic_auth.is_empty() {
        let vars: Vec<String> = (0..cfg.basic_auth.len()).map(password_var).collect();
        let _ = writeln!(out, "# passwords masked; set {} to load this file", vars.join(", "));
        let creds: Vec<String> = cfg
            .basic_auth
            .iter()
            .zip(&vars)
            .map(|(a, var)| quote(&format!("{}:${{{var}}}", a.username.replace("${", "$${"))))
            .collect();
        line(&mut out, "basic_auth", format!("[{}]", creds.join(", ")));
    }
    if !cfg.allow_cidrs.is_empty() || !cfg.deny_cidrs.is_empty() {
        let list = |v: &[ipnet::IpNet]| v.iter().map(|c| quote(&c.to_string())).collect::<Vec<_>>().join(", ");
        let value = format!("{{ allow = [{}], deny = [{}] }}", list(&cfg.allow_cidrs), list(&cfg.deny_cidrs));
        line(&mut out, "ip_restrictions", value);
    }
    if let Some(t) = cfg.circuit_breaker {
        line(&mut out, "circuit_breaker", toml::Value::Float(t).to_string());
    }
    line(&mut out, "compression", cfg.compression.to_string());
    line(&mut out, "startup_timeout_secs", cfg.startup_timeout.as_secs().to_string());
    opt(&mut out, "server_addr", cfg.server_addr.as_deref());
    let root_cas = cfg.root_cas.as_ref().map(|r| match r {
        RootCas::Trusted => "trusted".to_owned(),
        RootCas::Host => "host".to_owned(),
        RootCas::Path(p) => p.display().to_string(),
    });
    opt(&mut out, "root_cas", root_cas.as_deref());
    opt(&mut out, "ca_cert", cfg.ca_cert.as_ref().map(|p| p.display().to_string()).as_deref());
    for (key, d) in [("heartbeat_interval", cfg.heartbeat_interval), ("heartbeat_tolerance", cfg.heartbeat_tolerance)] {
        opt(&mut out, key, d.map(|d| humantime::format_duration(d).to_string()).as_deref());
    }
    if let Some(proxy) = &cfg.proxy_url {
        if proxy.credentials().is_some() {
            let _ = writeln!(
                out,
                "# proxy credentials masked; set {PROXY_URL_VAR} to the whole proxy URL to load this file"
            );
            line(&mut out, "proxy_url", quote(&format!("${{{PROXY_URL_VAR}}}")));
        } else {
            opt(&mut out, "proxy_url", Some(&proxy.masked()));
        }
    }
    line(&mut out, "wait_ready", cfg.wait_ready.to_string());
    out
}

/// Renders a further endpoint as its `[tunnel.ngrok.endpoints.NAME]` table: where it is and
/// where it forwards; its policy options are shown with the effective policy.
pub fn render_endpoint(cfg: &TunnelConfig) -> String {
    let mut out = format!("[tunnel.ngrok.endpoints.{}]\n", cfg.endpoint);
    line(&mut out, "local_addr", quote(&cfg.local_addr.to_string()));
    line(&mut out, "proto", quote(cfg.proto.as_str()));
    endpoint_keys(&mut out, cfg);
    opt(&mut out, "metadata", cfg.metadata.as_deref());
    if !cfg.basic_auth.is_empty() {
        let users: Vec<&str> = cfg.basic_auth.iter().map(|a| a.username.as_str()).collect();
        let _ = writeln!(out, "# basic_auth: {} (passwords masked; in the effective policy below)", users.join(", "));
    }
    out
}

/// `url`, `bindings`, `pooling_enabled`, `description` when set.
fn endpoint_keys(out: &mut String, cfg: &TunnelConfig) {
    opt(out, "url", cfg.url.as_ref().map(ToString::to_string).as_deref());
    if let Some(b) = cfg.binding {
        line(out, "bindings", format!("[{}]", quote(b.as_str())));
    }
    if cfg.pooling_enabled {
        line(out, "pooling_enabled", "true".into());
    }
    opt(out, "description", cfg.description.as_deref());
}

/// A TOML string of `text` as is (placeholders and fixed names).
fn quote(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A TOML string of a user's value: a `${` in it is written `$${`, so it loads back literally.
fn literal(text: &str) -> String {
    quote(&text.replace("${", "$${"))
}

fn line(out: &mut String, key: &str, value: String) {
    let _ = writeln!(out, "{key} = {value}");
}

fn opt(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(v) = value {
        line(out, key, literal(v));
    }
}
