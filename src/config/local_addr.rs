//! `local_addr`: where the tunnel forwards to — `host:port`, a bare port, or a URL
//! `http://`, `https://`, `tcp://`.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// How prx-tunnel talks to the local service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LocalScheme {
    /// Plain HTTP (the default).
    #[default]
    Http,
    /// HTTPS: TLS to the local service.
    Https,
    /// Raw TCP bytes.
    Tcp,
}

impl LocalScheme {
    /// The URL scheme.
    pub fn as_str(self) -> &'static str {
        match self {
            LocalScheme::Http => "http",
            LocalScheme::Https => "https",
            LocalScheme::Tcp => "tcp",
        }
    }
}

/// The local service a tunnel forwards to. Default: `http://127.0.0.1:8080` (PRX's gateway).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalAddr {
    /// How to talk to it.
    pub scheme: LocalScheme,
    /// Host name or IP address (IPv6 without brackets).
    pub host: String,
    /// TCP port, 1–65535.
    pub port: u16,
}

impl Default for LocalAddr {
    fn default() -> Self {
        LocalAddr { scheme: LocalScheme::Http, host: "127.0.0.1".into(), port: 8080 }
    }
}

impl LocalAddr {
    /// `host:port`, with brackets around an IPv6 address.
    pub fn host_port(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// The URL forwarded to, e.g. `http://127.0.0.1:8080` or `tcp://127.0.0.1:22`.
    pub fn forward_url(&self) -> url::Url {
        let text = format!("{}://{}", self.scheme.as_str(), self.host_port());
        url::Url::parse(&text).unwrap_or_else(|_| {
            url::Url::parse(&format!("{}://127.0.0.1:{}", self.scheme.as_str(), self.port))
                .expect("a loopback URL always parses")
        })
    }

    /// Parses `local_addr`, also returning the scheme when one was written (a bare
    /// `host:port` or port leaves the choice to `proto`). The error says what is wrong.
    pub fn parse_with_scheme(text: &str) -> Result<(LocalAddr, Option<LocalScheme>), String> {
        let (addr, scheme) = Self::parse_parts(text)?;
        // Every scheme must make a URL of it, so forward_url never falls back.
        for s in [LocalScheme::Http, LocalScheme::Https, LocalScheme::Tcp] {
            if url::Url::parse(&format!("{}://{}", s.as_str(), addr.host_port())).is_err() {
                return Err("has a host that cannot be used in a URL; write e.g. 127.0.0.1:8080".into());
            }
        }
        Ok((addr, scheme))
    }

    fn parse_parts(text: &str) -> Result<(LocalAddr, Option<LocalScheme>), String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("is empty; write host:port, a port, or a URL such as http://127.0.0.1:8080".into());
        }
        if let Some((scheme, _)) = text.split_once("://") {
            return parse_url(text, scheme).map(|a| (a.clone(), Some(a.scheme)));
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            let port = parse_port(text)?;
            return Ok((LocalAddr { port, ..LocalAddr::default() }, None));
        }
        let Some((host, port)) = text.rsplit_once(':') else {
            return Err("has no port; write host:port, e.g. 127.0.0.1:8080".into());
        };
        if host.contains(':') && !host.starts_with('[') {
            return Err("is an IPv6 address without brackets; write [::1]:8080".into());
        }
        let port = parse_port(port)?;
        let host = if host.is_empty() { "127.0.0.1".to_owned() } else { parse_host(host)? };
        Ok((LocalAddr { scheme: LocalScheme::Http, host, port }, None))
    }
}

fn parse_url(text: &str, scheme: &str) -> Result<LocalAddr, String> {
    let scheme = match scheme.to_ascii_lowercase().as_str() {
        "http" => LocalScheme::Http,
        "https" => LocalScheme::Https,
        "tcp" => LocalScheme::Tcp,
        _ => return Err("has an unsupported scheme; use http://, https://, tcp://, or plain host:port".into()),
    };
    let url =
        url::Url::parse(text).map_err(|e| format!("is not a valid URL ({e}); write e.g. http://127.0.0.1:8080"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not hold credentials; use basic_auth for the public side".into());
    }
    if !matches!(url.path(), "" | "/") || url.query().is_some() || url.fragment().is_some() {
        return Err("must not have a path, query or fragment; write scheme://host:port".into());
    }
    let host = url.host_str().filter(|h| !h.is_empty()).ok_or("has no host; write e.g. tcp://127.0.0.1:22")?;
    let host = host.trim_start_matches('[').trim_end_matches(']').to_owned();
    let port = match (url.port(), scheme) {
        (Some(0), _) => return Err("has port 0; use a port from 1 to 65535".into()),
        (Some(p), _) => p,
        (None, LocalScheme::Http) => 80,
        (None, LocalScheme::Https) => 443,
        (None, LocalScheme::Tcp) => return Err("has no port; tcp:// needs one, e.g. tcp://127.0.0.1:22".into()),
    };
    Ok(LocalAddr { scheme, host, port })
}

fn parse_port(text: &str) -> Result<u16, String> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err("has a port that is not a number; use a port from 1 to 65535".into());
    }
    match text.parse::<u32>() {
        Ok(p @ 1..=65535) => Ok(p as u16),
        _ => Err("has a port out of range; use a port from 1 to 65535".into()),
    }
}

fn parse_host(host: &str) -> Result<String, String> {
    let inner = host.strip_prefix('[').and_then(|h| h.strip_suffix(']'));
    if let Some(v6) = inner {
        return v6
            .parse::<std::net::Ipv6Addr>()
            .map(|_| v6.to_owned())
            .map_err(|_| "has an invalid IPv6 address".into());
    }
    match url::Host::parse(host) {
        Ok(_) => Ok(host.to_owned()),
        Err(_) => Err("has an invalid host name; write e.g. 127.0.0.1:8080 or localhost:8080".into()),
    }
}

impl FromStr for LocalAddr {
    type Err = String;

    /// Parses `local_addr`; a bare `host:port` means http.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LocalAddr::parse_with_scheme(s).map(|(a, _)| a)
    }
}

impl fmt::Display for LocalAddr {
    /// `scheme://host:port`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme.as_str(), self.host_port())
    }
}

impl Serialize for LocalAddr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> (String, Option<LocalScheme>) {
        let (a, s) = LocalAddr::parse_with_scheme(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        (a.to_string(), s)
    }

    #[test]
    fn accepts_every_documented_form() {
        assert_eq!(ok("127.0.0.1:8080"), ("http://127.0.0.1:8080".into(), None));
        assert_eq!(ok("3000"), ("http://127.0.0.1:3000".into(), None));
        assert_eq!(ok("localhost:3000"), ("http://localhost:3000".into(), None));
        assert_eq!(ok("[::1]:8080"), ("http://[::1]:8080".into(), None));
        assert_eq!(ok("http://localhost:8080"), ("http://localhost:8080".into(), Some(LocalScheme::Http)));
        assert_eq!(ok("https://localhost"), ("https://localhost:443".into(), Some(LocalScheme::Https)));
        assert_eq!(ok("http://example.internal/"), ("http://example.internal:80".into(), Some(LocalScheme::Http)));
        assert_eq!(ok("tcp://127.0.0.1:22"), ("tcp://127.0.0.1:22".into(), Some(LocalScheme::Tcp)));
        assert_eq!(ok("tcp://[::1]:22"), ("tcp://[::1]:22".into(), Some(LocalScheme::Tcp)));
        assert_eq!(ok(":9000"), ("http://127.0.0.1:9000".into(), None));
    }

    #[test]
    fn forward_url_and_host_port() {
        let a: LocalAddr = "[::1]:8080".parse().unwrap();
        assert_eq!(a.host_port(), "[::1]:8080");
        assert_eq!(a.forward_url().as_str(), "http://[::1]:8080/");
        let t: LocalAddr = "tcp://127.0.0.1:22".parse().unwrap();
        assert_eq!(t.forward_url().as_str(), "tcp://127.0.0.1:22");
        assert_eq!(LocalAddr::default().host_port(), "127.0.0.1:8080");
    }

    #[test]
    fn rejects_with_a_reason() {
        for (text, want) in [
            ("", "empty"),
            ("localhost", "no port"),
            ("127.0.0.1:0", "out of range"),
            ("127.0.0.1:65536", "out of range"),
            ("99999", "out of range"),
            ("0", "out of range"),
            ("127.0.0.1:http", "not a number"),
            ("::1:8080", "IPv6"),
            ("[::zz]:80", "IPv6"),
            ("ftp://host:21", "unsupported scheme"),
            ("tcp://127.0.0.1", "no port"),
            ("http://127.0.0.1:8080/api", "path"),
            ("http://u:p@127.0.0.1:8080", "credentials"),
            ("http://127.0.0.1:0", "port 0"),
            ("bad host:80", "invalid host"),
        ] {
            let err = LocalAddr::parse_with_scheme(text).unwrap_err();
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }
}
