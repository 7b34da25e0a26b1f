//! One endpoint (tunnel) to start: its options, and how its address and URL are read.

use url::Url;

/// The endpoint protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proto {
    /// An HTTP(S) endpoint.
    Http,
    /// A TCP endpoint.
    Tcp,
}

/// The public scheme of an HTTP endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// `http://`
    Http,
    /// `https://` (the default)
    Https,
}

/// Everything needed to bind one endpoint.
#[derive(Clone, Debug)]
pub struct EndpointSpec {
    /// Name in the local API and the logs (`command_line` for `ngrok http`).
    pub name: String,
    /// HTTP or TCP.
    pub proto: Proto,
    /// Where connections are forwarded.
    pub upstream: Url,
    /// How the upstream is shown (`http://localhost:8080`, `localhost:22`).
    pub addr: String,
    /// Local request inspection (shown in the API only).
    pub inspect: bool,
    /// Endpoint metadata (Bind `Metadata`).
    pub metadata: Option<String>,
    /// Requested domain (HTTP).
    pub domain: Option<String>,
    /// Requested scheme (HTTP).
    pub scheme: Option<Scheme>,
    /// Requested remote address (TCP).
    pub remote_addr: Option<String>,
    /// Basic-auth credentials.
    pub basic_auth: Vec<(String, String)>,
    /// IP restriction allow list.
    pub allow_cidrs: Vec<String>,
    /// IP restriction deny list.
    pub deny_cidrs: Vec<String>,
    /// Circuit breaker 5XX ratio.
    pub circuit_breaker: Option<f64>,
    /// Gzip compression.
    pub compression: bool,
    /// `rewrite`, `preserve` or a literal Host value.
    pub host_header: Option<String>,
    /// Request headers to add.
    pub request_add: Vec<(String, String)>,
    /// Request headers to remove.
    pub request_remove: Vec<String>,
    /// Response headers to add.
    pub response_add: Vec<(String, String)>,
    /// Response headers to remove.
    pub response_remove: Vec<String>,
    /// Traffic policy document (JSON).
    pub traffic_policy: Option<String>,
    /// Websocket-to-TCP conversion.
    pub websocket_tcp_converter: bool,
    /// User-agent allow regexes.
    pub ua_allow: Vec<String>,
    /// User-agent deny regexes.
    pub ua_deny: Vec<String>,
    /// PROXY protocol version.
    pub proxy_proto: Option<u8>,
    /// Upstream application protocol (`http2`).
    pub app_protocol: Option<String>,
    /// Pooling.
    pub pooling_enabled: Option<bool>,
    /// Ingress binding (`public`, `internal`, `kubernetes`).
    pub binding: Option<String>,
    /// Verify the upstream's TLS certificate (off by default, as in the real agent).
    pub verify_upstream_tls: bool,
}

impl EndpointSpec {
    /// A spec with defaults for `name`, forwarding to `addr` (parsed for `proto`).
    pub fn new(name: &str, proto: Proto, addr: &str) -> Result<EndpointSpec, String> {
        let (upstream, shown) = parse_upstream(proto, addr)?;
        Ok(EndpointSpec {
            name: name.to_string(),
            proto,
            upstream,
            addr: shown,
            inspect: proto == Proto::Http,
            metadata: None,
            domain: None,
            scheme: None,
            remote_addr: None,
            basic_auth: Vec::new(),
            allow_cidrs: Vec::new(),
            deny_cidrs: Vec::new(),
            circuit_breaker: None,
            compression: false,
            host_header: None,
            request_add: Vec::new(),
            request_remove: Vec::new(),
            response_add: Vec::new(),
            response_remove: Vec::new(),
            traffic_policy: None,
            websocket_tcp_converter: false,
            ua_allow: Vec::new(),
            ua_deny: Vec::new(),
            proxy_proto: None,
            app_protocol: None,
            pooling_enabled: None,
            binding: None,
            verify_upstream_tls: false,
        })
    }

    /// Applies a `--url` / `url:` value: scheme and domain for HTTP, address for TCP.
    pub fn apply_url(&mut self, value: &str) -> Result<(), String> {
        let (scheme, rest) = match value.split_once("://") {
            Some((s, r)) => (Some(s.to_ascii_lowercase()), r),
            None => (None, value),
        };
        let rest = rest.trim_end_matches('/');
        if rest.contains('/') {
            return Err(format!("invalid url '{value}': endpoint URLs may not have a path"));
        }
        match (self.proto, scheme.as_deref()) {
            (Proto::Http, None | Some("https")) => self.scheme = scheme.map(|_| Scheme::Https),
            (Proto::Http, Some("http")) => self.scheme = Some(Scheme::Http),
            (Proto::Tcp, None | Some("tcp")) => {}
            (_, Some(other)) => {
                return Err(format!("invalid url '{value}': scheme '{other}' is not valid here"));
            }
        }
        if rest.is_empty() {
            return Ok(());
        }
        match self.proto {
            Proto::Http => self.domain = Some(rest.split(':').next().unwrap_or(rest).to_string()),
            Proto::Tcp => self.remote_addr = Some(rest.to_string()),
        }
        Ok(())
    }
}

/// Reads `8080`, `host:port` or a URL into the upstream URL and its display form.
pub fn parse_upstream(proto: Proto, addr: &str) -> Result<(Url, String), String> {
    let bad = |why: &str| format!("invalid address '{addr}': {why}");
    let (scheme, hostport) = match addr.split_once("://") {
        Some((s, rest)) => (s.to_ascii_lowercase(), rest.trim_end_matches('/').to_string()),
        None => (if proto == Proto::Http { "http" } else { "tcp" }.to_string(), addr.to_string()),
    };
    let valid = match proto {
        Proto::Http => matches!(scheme.as_str(), "http" | "https"),
        Proto::Tcp => scheme == "tcp",
    };
    if !valid {
        return Err(bad(&format!("scheme '{scheme}' is not supported by the ngrok stand-in")));
    }
    let default_port = if scheme == "https" { 443 } else { 80 };
    let (host, port) = if hostport.chars().all(|c| c.is_ascii_digit()) && !hostport.is_empty() {
        ("localhost".to_string(), hostport.parse::<u16>().map_err(|_| bad("port out of range"))?)
    } else if let Some((h, p)) = hostport.rsplit_once(':') {
        let h = if h.is_empty() { "localhost" } else { h };
        (h.to_string(), p.parse::<u16>().map_err(|_| bad("invalid port"))?)
    } else if hostport.is_empty() || proto == Proto::Tcp {
        return Err(bad("a port is required"));
    } else {
        (hostport.clone(), default_port)
    };
    let url = Url::parse(&format!("{scheme}://{host}:{port}")).map_err(|e| bad(&e.to_string()))?;
    let shown = match proto {
        Proto::Http => format!("{scheme}://{host}:{port}"),
        Proto::Tcp => format!("{host}:{port}"),
    };
    Ok((url, shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upstream_forms() {
        let (u, s) = parse_upstream(Proto::Http, "8080").unwrap();
        assert_eq!((u.as_str(), s.as_str()), ("http://localhost:8080/", "http://localhost:8080"));
        let (_, s) = parse_upstream(Proto::Http, "https://127.0.0.1:8443").unwrap();
        assert_eq!(s, "https://127.0.0.1:8443");
        let (_, s) = parse_upstream(Proto::Http, "example.com").unwrap();
        assert_eq!(s, "http://example.com:80");
        let (u, s) = parse_upstream(Proto::Tcp, "127.0.0.1:22").unwrap();
        assert_eq!((u.as_str(), s.as_str()), ("tcp://127.0.0.1:22", "127.0.0.1:22"));
        assert!(parse_upstream(Proto::Tcp, "localhost").is_err());
        assert!(parse_upstream(Proto::Http, "file:///var/log").is_err());
        assert!(parse_upstream(Proto::Http, "99999").is_err());
    }

    #[test]
    fn url_forms() {
        let mut spec = EndpointSpec::new("x", Proto::Http, "80").unwrap();
        spec.apply_url("https://app.example.test").unwrap();
        assert_eq!(spec.domain.as_deref(), Some("app.example.test"));
        spec.apply_url("http://").unwrap();
        assert!(matches!(spec.scheme, Some(Scheme::Http)));
        assert!(spec.apply_url("tcp://1.tcp.example.test:1").is_err());
        let mut tcp = EndpointSpec::new("t", Proto::Tcp, "22").unwrap();
        tcp.apply_url("tcp://1.tcp.example.test:12345").unwrap();
        assert_eq!(tcp.remote_addr.as_deref(), Some("1.tcp.example.test:12345"));
    }
}
