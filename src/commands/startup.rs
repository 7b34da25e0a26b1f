//! What `start` tells a user while it waits for the public URL: the cause of a connection
//! failure in plain words (DNS, refused, TLS, …) as soon as it happens, and a final timeout
//! message whose advice matches the cause (a longer timeout only when time was the problem).

use std::time::Duration;

/// Why the ingress could not be reached, as far as the error text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The ingress host name does not resolve.
    Dns,
    /// Nothing listens at the ingress address.
    Refused,
    /// The network or host cannot be reached at all.
    Unreachable,
    /// The ingress certificate is not trusted.
    Tls,
    /// The connection or handshake ran out of time.
    Slow,
    /// Something else (the raw error says what).
    Other,
}

impl Cause {
    /// Classifies a (masked) connection error.
    pub fn of(error: &str) -> Cause {
        let e = error.to_ascii_lowercase();
        let any = |needles: &[&str]| needles.iter().any(|n| e.contains(n));
        if any(&[
            "failed to lookup address",
            "name or service not known",
            "temporary failure in name resolution",
            "no such host",
            "nodename nor servname",
            "no address associated",
        ]) {
            Cause::Dns
        } else if any(&["connection refused"]) {
            Cause::Refused
        } else if any(&["network is unreachable", "no route to host", "host is unreachable"]) {
            Cause::Unreachable
        } else if any(&["certificate", "unknownissuer", "tls handshake", "invalid peer"]) {
            Cause::Tls
        } else if any(&["timed out", "timeout", "deadline"]) {
            Cause::Slow
        } else {
            Cause::Other
        }
    }

    /// What it means and what to do, for the ingress `addr`.
    pub fn explain(self, addr: &str) -> String {
        let host = addr.rsplit_once(':').map_or(addr, |(h, _)| h);
        match self {
            Cause::Dns => format!(
                "DNS lookup of {host} failed: the name does not resolve. Check server_addr / region, and this \
                 machine's DNS and network"
            ),
            Cause::Refused => {
                format!(
                    "connection to {addr} refused: nothing listens there. Check server_addr (and that the edge runs)"
                )
            }
            Cause::Unreachable => format!("{addr} is unreachable from this machine. Check the network and any proxy"),
            Cause::Tls => format!(
                "the TLS certificate of {addr} is not trusted. Check root_cas / ca_cert, or that server_addr is an \
                 ngrok ingress"
            ),
            Cause::Slow => format!("connecting to {addr} timed out. Check the network, or raise the timeout"),
            Cause::Other => format!("could not connect to {addr}"),
        }
    }
}

/// Decides which connection failures are worth a line while waiting for the URL: the first
/// one, and each one whose cause differs from the last shown (retries repeat themselves).
#[derive(Debug, Default)]
pub struct FailureReport {
    last: Option<Cause>,
}

impl FailureReport {
    /// The line to show for this failure, or None when it repeats the last one shown.
    pub fn note(&mut self, addr: &str, error: &str) -> Option<String> {
        let cause = Cause::of(error);
        if self.last == Some(cause) {
            return None;
        }
        self.last = Some(cause);
        Some(format!("{} ({error}); retrying until the startup timeout", cause.explain(addr)))
    }
}

/// The exit-4 message: what happened, and advice that fits the last error.
pub fn timeout_message(waited: Duration, addr: &str, last_error: Option<&str>) -> String {
    let waited = humantime::format_duration(waited);
    match last_error.map(|e| (e, Cause::of(e))) {
        Some((e, cause)) if cause != Cause::Slow && cause != Cause::Other => {
            format!("no public URL within {waited}: {}.\nLast error: {e}", cause.explain(addr))
        }
        Some((e, _)) => format!(
            "no public URL within {waited}; last error: {e}\nRaise startup_timeout_secs / --timeout, or check \
             server_addr and the network."
        ),
        None => format!(
            "no public URL within {waited}, and no connection error was reported.\nRaise startup_timeout_secs / \
             --timeout, or check server_addr and the network."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn causes_are_told_apart() {
        let dns = "could not connect to x.invalid:443: failed to lookup address information: Name or service not known";
        assert_eq!(Cause::of(dns), Cause::Dns);
        assert_eq!(Cause::of("dial tcp: lookup x.invalid on 127.0.0.53:53: no such host"), Cause::Dns);
        assert_eq!(Cause::of("could not connect to 127.0.0.1:9: Connection refused (os error 111)"), Cause::Refused);
        assert_eq!(Cause::of("invalid peer certificate: UnknownIssuer"), Cause::Tls);
        assert_eq!(Cause::of("connection timed out"), Cause::Slow);
        assert_eq!(Cause::of("session closed"), Cause::Other);
    }

    #[test]
    fn repeats_are_not_shown_again() {
        let mut r = FailureReport::default();
        let refused = "Connection refused (os error 111)";
        assert!(r.note("127.0.0.1:9", refused).unwrap().contains("refused"));
        assert_eq!(r.note("127.0.0.1:9", refused), None);
        assert!(r.note("127.0.0.1:9", "failed to lookup address information").unwrap().starts_with("DNS lookup"));
    }

    #[test]
    fn a_longer_timeout_is_advised_only_when_time_is_the_cause() {
        let s = Duration::from_secs(3);
        let dns = timeout_message(s, "x.invalid:443", Some("failed to lookup address information"));
        assert!(dns.contains("DNS") && !dns.contains("Raise"), "{dns}");
        let quiet = timeout_message(s, "x:443", None);
        assert!(quiet.contains("Raise startup_timeout_secs"), "{quiet}");
    }
}
