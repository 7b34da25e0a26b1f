//! Which proxy a connection to the ngrok ingress uses, and why: `proxy_url` from the config,
//! else `HTTPS_PROXY`/`https_proxy`, else `ALL_PROXY`/`all_proxy` — unless `NO_PROXY`/`no_proxy`
//! matches the ingress host.

use std::net::IpAddr;

use super::error::ProxyError;
use super::url::ProxyUrl;

/// The environment variables naming a proxy, in the order they are looked at.
pub const PROXY_VARS: [&str; 4] = ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"];
/// The environment variables listing hosts reached directly.
pub const NO_PROXY_VARS: [&str; 2] = ["NO_PROXY", "no_proxy"];

/// Every proxy variable an agent might read by itself (the ngrok agent honours `http_proxy`);
/// removed from the agent's environment, because prx-tunnel decides and writes `proxy_url`.
pub const AGENT_ENV_VARS: [&str; 8] =
    ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"];

/// The proxy chosen for one destination, with the reason (no secret in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The proxy to go through; None = connect directly.
    pub proxy: Option<ProxyUrl>,
    /// Why: which setting or variable chose it, or why none applies.
    pub reason: String,
}

impl Default for Choice {
    /// Direct: no proxy was configured (the environment is not consulted).
    fn default() -> Self {
        Choice { proxy: None, reason: "no proxy_url".into() }
    }
}

impl Choice {
    /// A proxy named by the config's `proxy_url`.
    pub fn configured(proxy: ProxyUrl) -> Choice {
        Choice { proxy: Some(proxy), reason: "proxy_url in [tunnel.ngrok]".into() }
    }

    /// One line for `check` and `diagnose`: "through <masked> (<reason>)" or "direct (<reason>)".
    pub fn describe(&self) -> String {
        match &self.proxy {
            Some(p) => format!("through the proxy {p} ({})", self.reason),
            None => format!("direct, no proxy ({})", self.reason),
        }
    }
}

/// Chooses the proxy for a connection to `host` (the ingress host, or the API's): `configured`
/// wins; else the environment as read through `env`. An unparsable variable is an error naming it.
pub fn choose(
    configured: Option<&ProxyUrl>,
    env: &dyn Fn(&str) -> Option<String>,
    host: &str,
) -> Result<Choice, ProxyError> {
    if let Some(p) = configured {
        return Ok(Choice::configured(p.clone()));
    }
    let set = |name: &str| env(name).filter(|v| !v.trim().is_empty());
    let Some((var, value)) = PROXY_VARS.iter().find_map(|v| set(v).map(|value| (*v, value))) else {
        return Ok(Choice {
            proxy: None,
            reason: "no proxy_url, and none of HTTPS_PROXY, https_proxy, ALL_PROXY, all_proxy is set".into(),
        });
    };
    let proxy = ProxyUrl::parse(&value).map_err(|reason| ProxyError::InvalidEnv { var, reason })?;
    if let Some((no_var, list)) = NO_PROXY_VARS.iter().find_map(|v| set(v).map(|l| (*v, l))) {
        if let Some(entry) = list.split(',').map(str::trim).find(|e| no_proxy_matches(e, host)) {
            return Ok(Choice {
                proxy: None,
                reason: format!("{no_var} entry \"{entry}\" matches {host}, so {var} is not used"),
            });
        }
    }
    Ok(Choice { proxy: Some(proxy), reason: format!("{var} from the environment") })
}

/// True when one `NO_PROXY` entry covers `host`: `*`; the host itself; a domain suffix
/// (`example.com` and `.example.com` both cover `a.example.com`); an IP or a CIDR. A `:port`
/// suffix on the entry is ignored.
pub fn no_proxy_matches(entry: &str, host: &str) -> bool {
    let entry = entry.trim();
    if entry.is_empty() {
        return false;
    }
    if entry == "*" {
        return true;
    }
    let host = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    if let Ok(net) = entry.parse::<ipnet::IpNet>() {
        return host.parse::<IpAddr>().is_ok_and(|ip| net.contains(&ip));
    }
    let bare = strip_port(entry).trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    if let (Ok(a), Ok(b)) = (bare.parse::<IpAddr>(), host.parse::<IpAddr>()) {
        return a == b;
    }
    let domain = bare.trim_start_matches("*.").trim_start_matches('.');
    !domain.is_empty() && (host == domain || host.ends_with(&format!(".{domain}")))
}

/// `host:port` → `host`; a bare IPv6 address is kept whole.
fn strip_port(entry: &str) -> &str {
    if entry.starts_with('[') {
        return entry.split(']').next().map_or(entry, |h| &entry[..h.len() + 1]);
    }
    match entry.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') && p.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => entry,
    }
}

/// Splits `host:port` (IPv6 in brackets) into its host and port.
pub fn split_host_port(addr: &str) -> Option<(String, u16)> {
    let (host, port) = addr.rsplit_once(':')?;
    let port = port.parse().ok()?;
    Some((host.trim_start_matches('[').trim_end_matches(']').to_owned(), port))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn config_then_https_proxy_then_all_proxy() {
        let cfg = ProxyUrl::parse("socks5://10.0.0.1:1080").unwrap();
        let env = env_of(&[("HTTPS_PROXY", "http://a:3128"), ("all_proxy", "socks5://b:1080")]);
        let c = choose(Some(&cfg), &env, "connect.ngrok-agent.com").unwrap();
        assert_eq!((c.proxy, c.reason.as_str()), (Some(cfg), "proxy_url in [tunnel.ngrok]"));
        let c = choose(None, &env, "connect.ngrok-agent.com").unwrap();
        assert_eq!(c.proxy.unwrap().masked(), "http://a:3128");
        assert_eq!(c.reason, "HTTPS_PROXY from the environment");
        let c = choose(None, &env_of(&[("https_proxy", ""), ("all_proxy", "socks5://b:1080")]), "h").unwrap();
        assert_eq!(c.reason, "all_proxy from the environment");
        let c = choose(None, &env_of(&[]), "h").unwrap();
        assert!(c.proxy.is_none() && c.describe().starts_with("direct"));
    }

    #[test]
    fn no_proxy_bypasses_env_proxies_only() {
        let env = env_of(&[("https_proxy", "http://a:3128"), ("no_proxy", "localhost, .ngrok-agent.com")]);
        let c = choose(None, &env, "connect.eu.ngrok-agent.com").unwrap();
        assert!(c.proxy.is_none());
        assert_eq!(
            c.reason,
            "no_proxy entry \".ngrok-agent.com\" matches connect.eu.ngrok-agent.com, so https_proxy is not used"
        );
        assert!(choose(None, &env, "example.org").unwrap().proxy.is_some());
        let cfg = ProxyUrl::parse("http://c:1").unwrap();
        assert!(choose(Some(&cfg), &env, "connect.eu.ngrok-agent.com").unwrap().proxy.is_some());
    }

    #[test]
    fn no_proxy_entries() {
        assert!(no_proxy_matches("*", "anything"));
        assert!(no_proxy_matches("127.0.0.0/8", "127.0.0.1"));
        assert!(no_proxy_matches("127.0.0.1:4443", "127.0.0.1"));
        assert!(no_proxy_matches("[::1]", "::1"));
        assert!(no_proxy_matches("ngrok-agent.com", "connect.ngrok-agent.com"));
        assert!(no_proxy_matches("*.ngrok-agent.com", "connect.ngrok-agent.com"));
        assert!(!no_proxy_matches("agent.com", "connect.ngrok-agent.com"));
        assert!(!no_proxy_matches("10.0.0.0/8", "127.0.0.1"));
        assert!(!no_proxy_matches("", "h"));
    }

    #[test]
    fn a_bad_variable_is_named() {
        let err = choose(None, &env_of(&[("ALL_PROXY", "socks4://x:1")]), "h").unwrap_err().to_string();
        assert!(err.contains("ALL_PROXY") && err.contains("socks5://"), "{err}");
    }
}
