//! An endpoint's `url` and `bindings`, as ngrok's agent config v3 documents them
//! (`agent/config/v3.mdx`, `endpoints/bindings.mdx`, `endpoints/internal-endpoints.mdx`).

use std::fmt;

use serde::{Serialize, Serializer};

use super::checks;
use super::errors::show;
use super::kinds::Proto;

/// The scheme of an endpoint URL (prx-tunnel serves http and tcp endpoints; no `tls://`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlScheme {
    /// `https://`: TLS ends at the edge.
    Https,
    /// `http://`: plain HTTP at the edge.
    Http,
    /// `tcp://`: a raw TCP address.
    Tcp,
}

impl UrlScheme {
    /// The scheme as written in a URL.
    pub fn as_str(self) -> &'static str {
        match self {
            UrlScheme::Https => "https",
            UrlScheme::Http => "http",
            UrlScheme::Tcp => "tcp",
        }
    }

    /// The endpoint protocol this scheme means.
    pub fn proto(self) -> Proto {
        if self == UrlScheme::Tcp { Proto::Tcp } else { Proto::Http }
    }
}

/// An endpoint `url`: a scheme, and a host (with a port for tcp) or none for a random address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointUrl {
    /// The scheme.
    pub scheme: UrlScheme,
    /// The host name (lowercased; may start with `*.`); None asks for a random address.
    pub host: Option<String>,
    /// The port (tcp: required with a host; http(s): only its default, 80 or 443).
    pub port: Option<u16>,
}

/// The domain internal endpoints use.
pub const INTERNAL_SUFFIX: &str = ".internal";

impl EndpointUrl {
    /// Parses `https://host`, `http://host`, `tcp://host:port`, a scheme alone (`https://`,
    /// `tcp://`: a random address) or a bare host (https, as ngrok infers it).
    pub fn parse(text: &str) -> Result<EndpointUrl, String> {
        let text = text.trim();
        let (scheme, rest) = match text.split_once("://") {
            Some(("https", rest)) => (UrlScheme::Https, rest),
            Some(("http", rest)) => (UrlScheme::Http, rest),
            Some(("tcp", rest)) => (UrlScheme::Tcp, rest),
            Some(("tls", _)) => {
                return Err(format!(
                    "{}: tls:// endpoints are not supported by prx-tunnel; use https://, http:// or tcp://",
                    show(text)
                ));
            }
            Some((other, _)) => {
                return Err(format!("{}: unknown scheme {other:?}; use https://, http:// or tcp://", show(text)));
            }
            None if text.is_empty() => {
                return Err(
                    "is empty; remove it for a random https address, or write e.g. \"https://app.example.com\"".into(),
                );
            }
            None => (UrlScheme::Https, text),
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.contains(['/', '?', '#', '@']) {
            return Err(format!("{} has a path, query or user; write only scheme://host[:port]", show(text)));
        }
        if rest.is_empty() {
            return Ok(EndpointUrl { scheme, host: None, port: None });
        }
        let (host, port) = match rest.rsplit_once(':') {
            Some((h, p)) => {
                let port =
                    p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| {
                        format!("{}: {p:?} is not a port; write a number from 1 to 65535", show(text))
                    })?;
                (h, Some(port))
            }
            None => (rest, None),
        };
        let host = checks::domain(host).map_err(|e| format!("the host of {}: {e}", show(text)))?;
        match (scheme, port) {
            (UrlScheme::Tcp, None) => {
                return Err(format!(
                    "{}: a tcp url needs host:port (a reserved TCP address such as tcp://1.tcp.ngrok.io:21045), or write \"tcp://\" for a random one",
                    show(text)
                ));
            }
            (UrlScheme::Tcp, Some(_)) if host.starts_with("*.") => {
                return Err(format!("{}: a tcp url cannot be a wildcard", show(text)));
            }
            (UrlScheme::Https, Some(p)) if p != 443 => {
                return Err(format!("{}: an https endpoint listens on port 443 only; leave the port out", show(text)));
            }
            (UrlScheme::Http, Some(p)) if p != 80 => {
                return Err(format!("{}: an http endpoint listens on port 80 only; leave the port out", show(text)));
            }
            _ => {}
        }
        let port = if scheme == UrlScheme::Tcp { port } else { None };
        Ok(EndpointUrl { scheme, host: Some(host), port })
    }

    /// The URL `domain = D` means (`https://D`).
    pub fn from_domain(domain: &str) -> EndpointUrl {
        EndpointUrl { scheme: UrlScheme::Https, host: Some(domain.to_owned()), port: None }
    }

    /// The endpoint protocol.
    pub fn proto(&self) -> Proto {
        self.scheme.proto()
    }

    /// True for a `.internal` host, which only an internal binding serves.
    pub fn is_internal(&self) -> bool {
        self.host.as_deref().is_some_and(|h| h.ends_with(INTERNAL_SUFFIX))
    }

    /// `host:port` of a tcp URL with an address.
    pub fn tcp_addr(&self) -> Option<String> {
        match (self.scheme, &self.host, self.port) {
            (UrlScheme::Tcp, Some(h), Some(p)) => Some(format!("{h}:{p}")),
            _ => None,
        }
    }
}

impl fmt::Display for EndpointUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://", self.scheme.as_str())?;
        if let Some(h) = &self.host {
            f.write_str(h)?;
        }
        if let Some(p) = self.port {
            write!(f, ":{p}")?;
        }
        Ok(())
    }
}

impl Serialize for EndpointUrl {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An endpoint binding: who can reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Binding {
    /// Reachable from the internet (ngrok's default).
    Public,
    /// Reachable only through another endpoint's `forward-internal` action; needs a
    /// `.internal` URL.
    Internal,
}

impl Binding {
    /// Parses one `bindings` entry.
    pub fn parse(text: &str) -> Result<Binding, String> {
        match text.trim() {
            "public" => Ok(Binding::Public),
            "internal" => Ok(Binding::Internal),
            "kubernetes" => Err(
                "\"kubernetes\" endpoints need ngrok's Kubernetes Operator, not prx-tunnel; use \"public\" or \"internal\""
                    .into(),
            ),
            other => Err(format!("{} is not a binding; use \"public\" or \"internal\"", show(other))),
        }
    }

    /// The name ngrok uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Binding::Public => "public",
            Binding::Internal => "internal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_of_ngroks_documented_forms_parse() {
        let u = EndpointUrl::parse("https://App.Example.com").unwrap();
        assert_eq!((u.scheme, u.host.as_deref(), u.port), (UrlScheme::Https, Some("app.example.com"), None));
        assert_eq!(EndpointUrl::parse("https://app.example.com:443").unwrap().to_string(), "https://app.example.com");
        assert_eq!(EndpointUrl::parse("http://a.example.com").unwrap().proto(), Proto::Http);
        let t = EndpointUrl::parse("tcp://1.tcp.ngrok.io:21045").unwrap();
        assert_eq!((t.proto(), t.tcp_addr().as_deref()), (Proto::Tcp, Some("1.tcp.ngrok.io:21045")));
        assert_eq!(EndpointUrl::parse("https://*.example.com").unwrap().host.as_deref(), Some("*.example.com"));
        assert!(EndpointUrl::parse("https://api.internal").unwrap().is_internal());
        assert_eq!(EndpointUrl::parse("tcp://").unwrap().host, None);
        assert_eq!(EndpointUrl::parse("app.example.com").unwrap().to_string(), "https://app.example.com");
    }

    #[test]
    fn bad_urls_say_what_to_write() {
        for (bad, says) in [
            ("tls://a.example.com", "tls://"),
            ("ftp://a.example.com", "unknown scheme"),
            ("https://a.example.com/x", "path"),
            ("https://a.example.com:8443", "443 only"),
            ("tcp://1.tcp.ngrok.io", "host:port"),
            ("tcp://*.example.com:80", "wildcard"),
            ("https://bad_host", "host"),
            ("", "empty"),
        ] {
            let e = EndpointUrl::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }

    #[test]
    fn bindings_are_public_or_internal() {
        assert_eq!(Binding::parse("internal").unwrap(), Binding::Internal);
        assert!(Binding::parse("kubernetes").unwrap_err().contains("Operator"));
        assert!(Binding::parse("private").unwrap_err().contains("\"public\" or \"internal\""));
    }
}
