//! An online endpoint and the edge policies its Bind options asked for.

use std::collections::VecDeque;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ipnet::IpNet;
use muxado::MuxadoOpen;
use muxado::typed::Typed;
use tokio_util::sync::CancellationToken;

/// The circuit breaker's rolling window: only upstream responses this recent count.
pub const BREAKER_WINDOW: Duration = Duration::from_secs(10);
/// The circuit breaker opens only once the window holds at least this many responses.
pub const BREAKER_MIN_VOLUME: usize = 3;

/// Edge policies enforced for one endpoint.
#[derive(Clone, Debug, Default)]
pub(crate) struct Policy {
    /// Accepted basic-auth credentials (none = no basic auth).
    pub basic_auth: Vec<(String, String)>,
    /// Client addresses allowed (empty = all).
    pub allow: Vec<IpNet>,
    /// Client addresses denied.
    pub deny: Vec<IpNet>,
    /// gzip responses for clients that accept it.
    pub compression: bool,
    /// Open the breaker when the 5xx ratio reaches this.
    pub circuit_breaker: Option<f64>,
}

impl Policy {
    /// Whether a client at `ip` may use the endpoint.
    pub(crate) fn ip_allowed(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        let allowed = self.allow.is_empty() || self.allow.iter().any(|net| net.contains(&ip));
        allowed && !self.deny.iter().any(|net| net.contains(&ip))
    }

    /// Whether the `Authorization` header value carries accepted credentials.
    pub(crate) fn credentials_ok(&self, header: Option<&str>) -> bool {
        use base64::Engine;
        let Some(encoded) = header.and_then(|h| h.strip_prefix("Basic ").or_else(|| h.strip_prefix("basic "))) else {
            return false;
        };
        let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(encoded.trim()) else {
            return false;
        };
        let Ok(text) = String::from_utf8(decoded) else {
            return false;
        };
        let Some((user, pass)) = text.split_once(':') else {
            return false;
        };
        self.basic_auth.iter().any(|(u, p)| u == user && p == pass)
    }
}

/// IPv4-mapped IPv6 addresses are checked as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// Recent upstream outcomes for the circuit breaker.
#[derive(Debug, Default)]
pub(crate) struct Breaker {
    outcomes: VecDeque<(Instant, bool)>,
}

impl Breaker {
    /// Records one upstream response.
    pub(crate) fn record(&mut self, server_error: bool) {
        self.prune();
        self.outcomes.push_back((Instant::now(), server_error));
    }

    /// Whether the breaker is open for `threshold`: at least [`BREAKER_MIN_VOLUME`] responses in
    /// the last [`BREAKER_WINDOW`] and a 5xx ratio at or above the threshold. Requests refused
    /// while open are not recorded, so it closes again once the failures age out of the window.
    pub(crate) fn is_open(&mut self, threshold: f64) -> bool {
        self.prune();
        let total = self.outcomes.len();
        if total < BREAKER_MIN_VOLUME {
            return false;
        }
        let errors = self.outcomes.iter().filter(|(_, e)| *e).count();
        errors as f64 / total as f64 >= threshold
    }

    fn prune(&mut self) {
        while let Some((at, _)) = self.outcomes.front() {
            if at.elapsed() > BREAKER_WINDOW {
                self.outcomes.pop_front();
            } else {
                break;
            }
        }
    }
}

/// An online endpoint.
pub(crate) struct Endpoint {
    /// Public URL.
    pub url: String,
    /// Endpoint id (the ProxyHeader `Id`).
    pub id: String,
    /// `http`, `https`, `tcp`.
    pub proto: String,
    /// The owning session.
    pub session_id: String,
    /// The owning connection (a resumed session id may move to a new connection).
    pub conn: u64,
    /// `ForwardsTo` as the agent declared it.
    pub forwards_to: String,
    /// Whether the host was chosen at random (not a domain or subdomain the agent asked for).
    pub random_host: bool,
    /// Policies from the Bind options.
    pub policy: Policy,
    /// Circuit breaker state.
    pub breaker: Mutex<Breaker>,
    /// Opens streams to the owning agent.
    pub opener: Typed<MuxadoOpen>,
    /// The owning connection's proxy-stream slots.
    pub proxy_slots: std::sync::Arc<tokio::sync::Semaphore>,
    /// Cancelled when the endpoint goes offline (stops its TCP listener).
    pub gone: CancellationToken,
    /// When it starts taking traffic (its Bind plus the propagation delay).
    pub routable_at: std::time::Instant,
}

impl Endpoint {
    /// Records an upstream status for the circuit breaker.
    pub(crate) fn record_status(&self, status: u16) {
        if self.policy.circuit_breaker.is_some() {
            self.breaker.lock().unwrap().record(status >= 500);
        }
    }

    /// Whether the circuit breaker currently refuses traffic.
    pub(crate) fn breaker_open(&self) -> bool {
        match self.policy.circuit_breaker {
            Some(threshold) => self.breaker.lock().unwrap().is_open(threshold),
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(allow: &[&str], deny: &[&str]) -> Policy {
        Policy {
            allow: allow.iter().map(|c| c.parse().unwrap()).collect(),
            deny: deny.iter().map(|c| c.parse().unwrap()).collect(),
            ..Policy::default()
        }
    }

    #[test]
    fn ip_allow_and_deny_lists() {
        let p = policy(&["127.0.0.0/8"], &["127.0.0.2/32"]);
        assert!(p.ip_allowed("127.0.0.1".parse().unwrap()));
        assert!(!p.ip_allowed("127.0.0.2".parse().unwrap()));
        assert!(!p.ip_allowed("10.0.0.1".parse().unwrap()));
        assert!(p.ip_allowed("::ffff:127.0.0.9".parse().unwrap()), "v4-mapped addresses count as v4");
        assert!(policy(&[], &[]).ip_allowed("192.0.2.1".parse().unwrap()));
    }

    #[test]
    fn basic_credentials() {
        let p = Policy { basic_auth: vec![("alice".into(), "pass:with:colons".into())], ..Policy::default() };
        assert!(p.credentials_ok(Some("Basic YWxpY2U6cGFzczp3aXRoOmNvbG9ucw==")));
        assert!(!p.credentials_ok(Some("Basic YWxpY2U6bm9wZQ==")));
        assert!(!p.credentials_ok(Some("Bearer abc")));
        assert!(!p.credentials_ok(None));
    }

    #[test]
    fn breaker_needs_volume_then_opens_at_the_threshold() {
        let mut b = Breaker::default();
        b.record(true);
        b.record(true);
        assert!(!b.is_open(0.5), "below the minimum volume");
        b.record(false);
        assert!(b.is_open(0.5), "2 of 3 failed");
        assert!(!b.is_open(0.9));
        b.record(false);
        assert!(b.is_open(0.5), "2 of 4 is at the threshold");
        b.record(false);
        assert!(!b.is_open(0.5));
    }
}
