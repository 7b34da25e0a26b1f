//! Checks of single values. Each returns the parsed value, or a message saying what is wrong and
//! how to fix it; messages quote the value (cut short) except for secrets, which they never hold.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ipnet::IpNet;

use super::errors::show;
use super::model::BasicAuth;
use super::raw::defaults::{MAX_METADATA, MAX_SECS};
use crate::secret::Secret;

/// A public host name (`domain`): letters, digits and hyphens in dot-separated labels; a
/// leading `*.` wildcard is allowed. Returned lowercased.
pub fn domain(text: &str) -> Result<String, String> {
    if text.contains("://") {
        return Err(format!("{} is a URL; write the host name only, e.g. agent.example.com", show(text)));
    }
    if text.contains(['/', ':']) {
        return Err(format!("{} is not a host name; leave out any port or path, e.g. agent.example.com", show(text)));
    }
    let host = text.strip_prefix("*.").unwrap_or(text);
    let labels: Vec<&str> = host.split('.').collect();
    if text.len() > 253 || labels.len() < 2 || !labels.iter().all(|l| is_label(l)) {
        return Err(format!(
            "{} is not a valid host name; use dot-separated labels of letters, digits and '-', e.g. agent.example.com",
            show(text)
        ));
    }
    Ok(text.to_ascii_lowercase())
}

/// A subdomain of ngrok-free.app: one label. Returned lowercased.
pub fn subdomain(text: &str) -> Result<String, String> {
    if text.contains('.') {
        return Err(format!(
            "{} is a full host name; set domain to it instead, or keep only the first label",
            show(text)
        ));
    }
    if !is_label(text) {
        return Err(format!(
            "{} is not a valid subdomain; use 1 to 63 letters, digits and '-', not starting or ending with '-'",
            show(text)
        ));
    }
    Ok(text.to_ascii_lowercase())
}

fn is_label(label: &str) -> bool {
    (1..=63).contains(&label.len())
        && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.starts_with('-')
        && !label.ends_with('-')
}

/// A CIDR such as `203.0.113.0/24`, or a bare IP address (as /32 or /128).
pub fn cidr(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    if let Ok(net) = text.parse::<IpNet>() {
        return Ok(net);
    }
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Ok(IpNet::from(ip));
    }
    Err(format!(
        "{} is not a CIDR; write e.g. \"203.0.113.0/24\", \"2001:db8::/32\" or a single IP address",
        show(text)
    ))
}

/// `user:password`: a non-empty user name (ERR_NGROK_359) and a password of 8–128 characters
/// (ERR_NGROK_360). Messages never show the password, nor anything when the colon is missing
/// (the whole value might be one).
pub fn basic_auth(credential: &Secret) -> Result<BasicAuth, String> {
    let Some((user, password)) = credential.expose().split_once(':') else {
        return Err(
            "must be \"user:password\" (the ':' is missing; the value is not shown because it may be a password)"
                .into(),
        );
    };
    if user.is_empty() {
        return Err("has an empty user name, which ngrok rejects (ERR_NGROK_359); write \"user:password\"".into());
    }
    let len = password.chars().count();
    if !(8..=128).contains(&len) {
        return Err(format!(
            "the password of user {} must be 8 to 128 characters long, which ngrok requires (ERR_NGROK_360); choose a longer password",
            show(user)
        ));
    }
    Ok(BasicAuth { username: user.to_owned(), password: Secret::new(password) })
}

/// The circuit-breaker threshold: a fraction in (0, 1].
pub fn circuit_breaker(value: f64) -> Result<f64, String> {
    if value.is_finite() && value > 0.0 && value <= 1.0 {
        Ok(value)
    } else {
        Err(format!(
            "is {value}; it must be greater than 0 and at most 1 (the fraction of 5xx responses that trips it), e.g. 0.5"
        ))
    }
}

/// Metadata: at most 4096 bytes.
pub fn metadata(text: &str) -> Result<String, String> {
    if text.len() > MAX_METADATA {
        Err(format!("is {} bytes long; ngrok accepts at most {MAX_METADATA} bytes; shorten it", text.len()))
    } else {
        Ok(text.to_owned())
    }
}

/// A duration: a whole number of seconds (`30`) or a humantime string (`10s`, `1m30s`),
/// positive and at most one day.
pub fn duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let parsed = if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        t.parse::<u64>().map(Duration::from_secs).map_err(|_| ())
    } else {
        humantime::parse_duration(t).map_err(|_| ())
    };
    match parsed {
        Err(()) => {
            Err(format!("{} is not a duration; write e.g. \"10s\", \"1m30s\" or a number of seconds", show(text)))
        }
        Ok(d) => seconds_in_range(d),
    }
}

/// A positive duration of at most one day.
pub fn seconds_in_range(d: Duration) -> Result<Duration, String> {
    if d.is_zero() {
        Err("must be positive".into())
    } else if d > Duration::from_secs(MAX_SECS) {
        Err(format!("is {}; at most {MAX_SECS} seconds (one day) is accepted", humantime::format_duration(d)))
    } else {
        Ok(d)
    }
}

/// `server_addr`: `host:port` (IPv6 in brackets).
pub fn host_port(text: &str) -> Result<String, String> {
    let ok = !text.contains("://")
        && text.rsplit_once(':').is_some_and(|(host, port)| {
            let host_ok = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
                Some(v6) => v6.parse::<std::net::Ipv6Addr>().is_ok(),
                None => !host.is_empty() && !host.contains(':') && url::Host::parse(host).is_ok(),
            };
            host_ok && matches!(port.parse::<u32>(), Ok(1..=65535))
        });
    if ok {
        Ok(text.to_owned())
    } else {
        Err(format!("{} is not host:port; write e.g. \"127.0.0.1:4443\"", show(text)))
    }
}

/// A path from the file: `~/` is the home directory, a relative path is relative to the
/// directory of the config file.
pub fn resolve_path(text: &str, base: Option<&Path>, home: Option<&Path>) -> PathBuf {
    if let (Some(rest), Some(home)) = (text.strip_prefix("~/"), home) {
        return home.join(rest);
    }
    let path = PathBuf::from(text);
    match base {
        Some(base) if path.is_relative() => base.join(path),
        _ => path,
    }
}

/// A PEM file of certificates: it must exist and hold at least one certificate.
pub fn pem_file(path: &Path) -> Result<PathBuf, String> {
    let shown = show(&path.display().to_string());
    if !path.exists() {
        return Err(format!("{shown} does not exist; give the path of a PEM certificate file"));
    }
    if !path.is_file() {
        return Err(format!("{shown} is not a file; give the path of a PEM certificate file"));
    }
    match std::fs::read(path) {
        Err(e) => Err(format!("{shown} cannot be read ({e})")),
        Ok(bytes) if !String::from_utf8_lossy(&bytes).contains("-----BEGIN CERTIFICATE-----") => {
            Err(format!("{shown} holds no PEM certificate (no -----BEGIN CERTIFICATE----- line)"))
        }
        Ok(_) => Ok(path.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names() {
        assert_eq!(domain("Agent.Example.com").unwrap(), "agent.example.com");
        assert_eq!(domain("*.example.com").unwrap(), "*.example.com");
        assert_eq!(domain("example-agent.ngrok-free.app").unwrap(), "example-agent.ngrok-free.app");
        for bad in ["https://a.example.com", "a.example.com:443", "localhost", "a..b", "-a.b", "a_b.com", ""] {
            assert!(domain(bad).is_err(), "{bad}");
        }
        assert_eq!(subdomain("My-Agent").unwrap(), "my-agent");
        assert!(subdomain("a.b").unwrap_err().contains("set domain"));
        for bad in ["", "-x", "x-", "a b", &"a".repeat(64)] {
            assert!(subdomain(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cidrs_and_bare_addresses() {
        assert_eq!(cidr("203.0.113.0/24").unwrap().to_string(), "203.0.113.0/24");
        assert_eq!(cidr("10.1.2.3").unwrap().to_string(), "10.1.2.3/32");
        assert_eq!(cidr("::1").unwrap().to_string(), "::1/128");
        for bad in ["300.1.1.1/24", "10.0.0.0/33", "example.com", "", "10.0.0.0/"] {
            assert!(cidr(bad).unwrap_err().contains("not a CIDR"), "{bad}");
        }
    }

    #[test]
    fn credentials_never_echo_the_password() {
        let ok = basic_auth(&Secret::new("bob:correct-horse")).unwrap();
        assert_eq!((ok.username.as_str(), ok.password.expose()), ("bob", "correct-horse"));
        assert_eq!(basic_auth(&Secret::new("bob:pa:ss:word")).unwrap().password.expose(), "pa:ss:word");
        for (bad, want) in [
            ("nocolonsecretvalue", "':' is missing"),
            (":longenoughpw", "ERR_NGROK_359"),
            ("bob:short7!", "ERR_NGROK_360"),
            ("bob:", "ERR_NGROK_360"),
        ] {
            let err = basic_auth(&Secret::new(bad)).unwrap_err();
            assert!(err.contains(want), "{bad}: {err}");
            let password = bad.split_once(':').map_or(bad, |(_, p)| p);
            assert!(password.is_empty() || !err.contains(password), "{err}");
        }
        let long = format!("bob:{}", "p".repeat(129));
        assert!(basic_auth(&Secret::new(long)).unwrap_err().contains("8 to 128"));
        assert!(basic_auth(&Secret::new(format!("bob:{}", "é".repeat(128)))).is_ok());
    }

    #[test]
    fn numbers_and_durations() {
        assert!(circuit_breaker(1.0).is_ok() && circuit_breaker(0.01).is_ok());
        for bad in [0.0, -0.5, 1.5, f64::NAN, f64::INFINITY] {
            assert!(circuit_breaker(bad).is_err(), "{bad}");
        }
        assert_eq!(duration("10s").unwrap(), Duration::from_secs(10));
        assert_eq!(duration("90").unwrap(), Duration::from_secs(90));
        assert_eq!(duration("1m 30s").unwrap(), Duration::from_secs(90));
        assert!(duration("0s").unwrap_err().contains("positive"));
        assert!(duration("2days").unwrap_err().contains("one day"));
        assert!(duration("soon").unwrap_err().contains("not a duration"));
        assert!(duration("99999999999999999999999").unwrap_err().contains("not a duration"));
        assert!(metadata(&"m".repeat(4096)).is_ok());
        assert!(metadata(&"m".repeat(4097)).unwrap_err().contains("4097 bytes"));
    }

    #[test]
    fn server_addresses_and_paths() {
        assert!(
            host_port("127.0.0.1:4443").is_ok() && host_port("[::1]:443").is_ok() && host_port("edge.local:1").is_ok()
        );
        for bad in ["127.0.0.1", "tls://h:1", "h:0", "h:99999", ":443", "::1:443"] {
            assert!(host_port(bad).is_err(), "{bad}");
        }
        let base = Path::new("/etc/prx");
        assert_eq!(resolve_path("ca.pem", Some(base), None), Path::new("/etc/prx/ca.pem"));
        assert_eq!(resolve_path("/x/ca.pem", Some(base), None), Path::new("/x/ca.pem"));
        assert_eq!(resolve_path("~/ca.pem", Some(base), Some(Path::new("/home/u"))), Path::new("/home/u/ca.pem"));
    }
}
