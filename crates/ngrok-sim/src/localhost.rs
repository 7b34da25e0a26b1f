//! Public URLs under `.localhost` ([`PublicUrls::Localhost`]), for an edge people run on their
//! own machine (tcp endpoints: `tcp://localhost:<port>`): `http://<name>.localhost:<http port>` works in curl and browsers without any
//! flag, because names under `.localhost` resolve to loopback there (RFC 6761); the same host
//! on the HTTPS listener (`https://<name>.localhost:<https port>`) works for clients that trust
//! the edge's CA.
//!
//! Every http and https endpoint of such an edge is keyed by its plain-HTTP URL, port included,
//! so records, the control API and [`crate::Edge::request`] all see the URL the agent was given.

use crate::auth::random_hex;
use crate::records::BindRecord;

/// How the edge names the public URLs of http and https endpoints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PublicUrls {
    /// As the real service does: `https://<random>.ngrok-free.app`, `https://<domain>`, …
    #[default]
    Ngrok,
    /// `http://<name>.localhost:<port of the public HTTP listener>`: a random name, the
    /// subdomain, or the requested domain with `.localhost` appended (a domain already under
    /// `.localhost` is kept).
    Localhost,
}

/// The host name a bind gets under `.localhost`, lowercased.
pub(crate) fn host(rec: &BindRecord, remembered: Option<&str>) -> (String, bool) {
    let domain = if rec.domain.is_empty() { &rec.hostname } else { &rec.domain };
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    if !domain.is_empty() {
        let under = domain == "localhost" || domain.ends_with(".localhost");
        return (if under { domain } else { format!("{domain}.localhost") }, false);
    }
    if !rec.subdomain.is_empty() {
        return (format!("{}.localhost", rec.subdomain.to_ascii_lowercase()), false);
    }
    if let Some(host) = remembered.and_then(host_of_url) {
        return (host, true);
    }
    (format!("{}-{}-{}.localhost", random_hex(4), random_hex(4), random_hex(4)), true)
}

/// The URL an endpoint on `host` gets: plain HTTP on the public HTTP listener's port.
pub(crate) fn url(host: &str, http_port: u16) -> String {
    format!("http://{host}:{http_port}")
}

/// A tcp endpoint's URL with the host `localhost` (its listener is on loopback).
pub(crate) fn tcp(url: &str) -> String {
    match url.rsplit_once(':') {
        Some((_, port)) => format!("tcp://localhost:{port}"),
        None => url.to_owned(),
    }
}

/// The host of a `scheme://host[:port]` URL.
fn host_of_url(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.rsplit_once(':').map_or(rest, |(h, _)| h);
    (!host.is_empty()).then(|| host.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(domain: &str, subdomain: &str) -> BindRecord {
        BindRecord { domain: domain.into(), subdomain: subdomain.into(), ..BindRecord::default() }
    }

    #[test]
    fn names_under_localhost() {
        assert_eq!(host(&rec("App.Example.com.", ""), None), ("app.example.com.localhost".into(), false));
        assert_eq!(host(&rec("web.localhost", ""), None), ("web.localhost".into(), false));
        assert_eq!(host(&rec("", "Demo"), None), ("demo.localhost".into(), false));
        let (random, is_random) = host(&rec("", ""), None);
        assert!(is_random && random.ends_with(".localhost") && random.len() == "xxxx-xxxx-xxxx.localhost".len());
        assert_eq!(host(&rec("", ""), Some("http://a-b-c.localhost:8080")), ("a-b-c.localhost".into(), true));
        assert_eq!(url("a-b-c.localhost", 8080), "http://a-b-c.localhost:8080");
        assert_eq!(tcp("tcp://0.tcp.ngrok.io:4242"), "tcp://localhost:4242");
    }
}
