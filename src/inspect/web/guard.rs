//! Who may use the local API and the web UI: a Host header check against DNS rebinding
//! (`web_allow_hosts`, as the agent has) and, for anything that changes state, a same-origin
//! check, so a page on another site cannot make the user's browser replay or wipe requests.

use std::net::{IpAddr, SocketAddr};

use hyper::{HeaderMap, Method, header};

use crate::config::AllowHost;

/// Why a request was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The Host header is not one this server answers to.
    Host(String),
    /// A state-changing request from another origin (or not JSON).
    Origin(String),
}

/// The checks for one listening address.
pub struct Guard {
    /// `web_allow_hosts`.
    pub allow: Vec<AllowHost>,
    /// Where the server listens.
    pub bound: SocketAddr,
}

impl Guard {
    /// Checks the Host header, then for POST/PUT/PATCH/DELETE the origin and content type.
    pub fn check(&self, method: &Method, headers: &HeaderMap) -> Result<(), Refusal> {
        let host_header = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        let host = strip_port(host_header).to_ascii_lowercase();
        if !self.host_allowed(&host) {
            return Err(Refusal::Host(host_header.to_owned()));
        }
        if matches!(*method, Method::GET | Method::HEAD) {
            return Ok(());
        }
        if *method == Method::OPTIONS {
            return Err(Refusal::Origin("cross-origin requests are not allowed (no CORS)".into()));
        }
        let origin = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok());
        match origin {
            Some(o) if o != format!("http://{host_header}") => {
                return Err(Refusal::Origin(format!("origin {o} is not this inspector's")));
            }
            Some(_) => {}
            None => {
                let site = headers.get("sec-fetch-site").and_then(|s| s.to_str().ok()).unwrap_or("none");
                if !matches!(site, "same-origin" | "none") {
                    return Err(Refusal::Origin(format!("a {site} request cannot change the inspector")));
                }
            }
        }
        let json = headers
            .get(header::CONTENT_TYPE)
            .and_then(|c| c.to_str().ok())
            .is_some_and(|c| c.trim().to_ascii_lowercase().starts_with("application/json"));
        if *method == Method::POST && !json {
            return Err(Refusal::Origin("send a JSON body with Content-Type: application/json".into()));
        }
        Ok(())
    }

    fn host_allowed(&self, host: &str) -> bool {
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        let loopback_name = host == "localhost" || host.ends_with(".localhost");
        let ip = bare.parse::<IpAddr>().ok();
        if loopback_name || ip.is_some_and(|ip| ip.is_loopback()) || self.allow.iter().any(|a| a.matches(host)) {
            return true;
        }
        // Bound beyond loopback: any IP literal may reach it (DNS rebinding needs a name).
        !self.bound.ip().is_loopback() && self.allow.is_empty() && ip.is_some()
    }
}

/// `host:port` → `host`; `[::1]:4040` → `[::1]`.
fn strip_port(host: &str) -> &str {
    if host.starts_with('[') {
        return host.find(']').map_or(host, |end| &host[..=end]);
    }
    match host.rsplit_once(':') {
        Some((h, port)) if !h.contains(':') && port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, v.parse().unwrap());
        }
        map
    }

    #[test]
    fn host_and_origin_rules() {
        let g = Guard {
            allow: vec![crate::config::AllowHost::Suffix(".example.com".into())],
            bound: "127.0.0.1:4040".parse().unwrap(),
        };
        let get = Method::GET;
        assert!(g.check(&get, &headers(&[("host", "localhost:4040")])).is_ok());
        assert!(g.check(&get, &headers(&[("host", "[::1]:4040")])).is_ok());
        assert!(g.check(&get, &headers(&[("host", "dev.example.com:4040")])).is_ok());
        assert!(matches!(g.check(&get, &headers(&[("host", "evil.test:4040")])), Err(Refusal::Host(_))));
        assert!(matches!(g.check(&get, &headers(&[])), Err(Refusal::Host(_))));
        let post = Method::POST;
        let ok =
            [("host", "127.0.0.1:4040"), ("origin", "http://127.0.0.1:4040"), ("content-type", "application/json")];
        assert!(g.check(&post, &headers(&ok)).is_ok());
        let evil = [("host", "127.0.0.1:4040"), ("origin", "http://evil.test"), ("content-type", "application/json")];
        assert!(matches!(g.check(&post, &headers(&evil)), Err(Refusal::Origin(_))));
        let form = [("host", "127.0.0.1:4040"), ("content-type", "application/x-www-form-urlencoded")];
        assert!(matches!(g.check(&post, &headers(&form)), Err(Refusal::Origin(_))));
        let cross = [("host", "127.0.0.1:4040"), ("sec-fetch-site", "cross-site")];
        assert!(matches!(g.check(&Method::DELETE, &headers(&cross)), Err(Refusal::Origin(_))));
        assert!(g.check(&Method::DELETE, &headers(&[("host", "127.0.0.1:4040")])).is_ok());
        assert!(g.check(&Method::OPTIONS, &headers(&[("host", "127.0.0.1:4040")])).is_err());
    }
}
