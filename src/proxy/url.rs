//! A proxy address: `http://`, `https://` or `socks5://`, credentials allowed and never shown.

use std::fmt;

use percent_encoding::percent_decode_str;
use url::Url;

use crate::secret::{MASK, Secret};

/// The protocol spoken to the proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyKind {
    /// HTTP CONNECT over plain TCP.
    Http,
    /// HTTP CONNECT over TLS to the proxy.
    Https,
    /// SOCKS5 (the proxy resolves the ingress host name).
    Socks5,
}

/// A validated proxy URL. `Display`, `Debug` and `Serialize` mask the password.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyUrl {
    url: Url,
    kind: ProxyKind,
}

impl ProxyUrl {
    /// Parses a proxy URL. A value without a scheme (`proxy.example:3128`, as some
    /// `HTTPS_PROXY` values are written) is taken as `http://`. The error never quotes the value
    /// (it may hold a password) and says what to write instead.
    pub fn parse(text: &str) -> Result<ProxyUrl, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err(
                "is empty; write a URL such as \"http://proxy.example:3128\" or \"socks5://127.0.0.1:1080\"".into()
            );
        }
        let with_scheme = if text.contains("://") { text.to_owned() } else { format!("http://{text}") };
        let url = Url::parse(&with_scheme).map_err(|e| {
            format!("is not a valid URL ({e}); write it as scheme://[user:password@]host:port, e.g. \"http://proxy.example:3128\"")
        })?;
        let kind = match url.scheme() {
            "http" => ProxyKind::Http,
            "https" => ProxyKind::Https,
            "socks5" | "socks5h" => ProxyKind::Socks5,
            other => {
                return Err(format!(
                    "has the scheme \"{other}\", which is not supported; use http://, https:// or socks5://"
                ));
            }
        };
        if url.host_str().is_none_or(str::is_empty) {
            return Err("has no host; write it as scheme://host:port".into());
        }
        if !matches!(url.path(), "" | "/") || url.query().is_some() || url.fragment().is_some() {
            return Err("has a path, query or fragment; a proxy URL is only scheme://[user:password@]host:port".into());
        }
        Ok(ProxyUrl { url, kind })
    }

    /// The protocol spoken to the proxy.
    pub fn kind(&self) -> ProxyKind {
        self.kind
    }

    /// The proxy's host name or IP (IPv6 without brackets).
    pub fn host(&self) -> String {
        match self.url.host() {
            Some(url::Host::Ipv6(ip)) => ip.to_string(),
            Some(h) => h.to_string(),
            None => String::new(),
        }
    }

    /// The proxy's port (default 80 for http, 443 for https, 1080 for socks5).
    pub fn port(&self) -> u16 {
        self.url.port().unwrap_or(match self.kind {
            ProxyKind::Http => 80,
            ProxyKind::Https => 443,
            ProxyKind::Socks5 => 1080,
        })
    }

    /// `host:port` of the proxy, for dialing it.
    pub fn addr(&self) -> (String, u16) {
        (self.host(), self.port())
    }

    /// The user name and password (percent-decoded), if the URL has any.
    pub fn credentials(&self) -> Option<(String, Secret)> {
        let user = percent_decode_str(self.url.username()).decode_utf8_lossy().into_owned();
        let pass = self.url.password().map(|p| percent_decode_str(p).decode_utf8_lossy().into_owned());
        if user.is_empty() && pass.is_none() {
            return None;
        }
        Some((user, Secret::new(pass.unwrap_or_default())))
    }

    /// The URL with its password, for handing to the agent or the HTTP client (never printing).
    pub fn expose(&self) -> String {
        self.url.as_str().trim_end_matches('/').to_owned()
    }

    /// The secrets inside the URL (the password, raw and decoded, and the whole URL) for masking.
    pub fn secrets(&self) -> Vec<Secret> {
        let mut all = Vec::new();
        if let Some(raw) = self.url.password() {
            all.push(Secret::new(self.expose()));
            all.push(Secret::new(raw));
            if let Some((_, decoded)) = self.credentials() {
                all.push(decoded);
            }
        }
        all.retain(|s| !s.is_empty());
        all
    }

    /// The URL as shown to users: the password replaced by the mask.
    pub fn masked(&self) -> String {
        let mut shown = self.url.clone();
        if shown.password().is_some() {
            let _ = shown.set_password(Some(MASK));
        }
        shown.as_str().trim_end_matches('/').replace("%2A", "*")
    }
}

impl fmt::Display for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProxyUrl({})", self.masked())
    }
}

impl serde::Serialize for ProxyUrl {
    /// Serializes masked: a proxy password is never written anywhere by serde.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_schemes_ports_and_masks_the_password() {
        let p = ProxyUrl::parse("http://bob:s3cr%40t-pass@proxy.example:3128").unwrap();
        assert_eq!(p.kind(), ProxyKind::Http);
        assert_eq!(p.addr(), ("proxy.example".to_owned(), 3128));
        assert_eq!(p.masked(), "http://bob:********@proxy.example:3128");
        assert_eq!(format!("{p} {p:?}").matches("s3cr").count(), 0);
        let (user, pass) = p.credentials().unwrap();
        assert_eq!((user.as_str(), pass.expose()), ("bob", "s3cr@t-pass"));
        assert_eq!(p.expose(), "http://bob:s3cr%40t-pass@proxy.example:3128");
        assert_eq!(ProxyUrl::parse("socks5://[::1]").unwrap().addr(), ("::1".to_owned(), 1080));
        assert_eq!(ProxyUrl::parse("https://p.example").unwrap().port(), 443);
        assert_eq!(ProxyUrl::parse("p.example:8080").unwrap().masked(), "http://p.example:8080");
        assert!(ProxyUrl::parse("http://p.example:3128").unwrap().credentials().is_none());
    }

    #[test]
    fn refuses_what_is_not_a_proxy_without_quoting_it() {
        for bad in ["socks4://u:hunter22@p:1080", "ftp://p", "http://u:hunter22@p:1/path", "", "http://:8080"] {
            let err = ProxyUrl::parse(bad).unwrap_err();
            assert!(!err.contains("hunter22"), "{err}");
            assert!(err.contains("scheme") || err.contains("URL") || err.contains("host"), "{bad}: {err}");
        }
    }
}
