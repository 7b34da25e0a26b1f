//! The inspector's keys (SDK mode): `inspect_db_size`, `web_addr`, `web_allow_hosts` — their
//! types and the checks that turn the file's text into them. The agent's own spellings and
//! meanings are kept (ngrok's agent config v2/v3 documents all three).

use std::fmt;
use std::net::{IpAddr, SocketAddr};

use serde::{Serialize, Serializer};

use super::errors::show;

/// ngrok's default `inspect_db_size`: 50 MB.
pub const DEFAULT_DB_SIZE: u64 = 50 * 1000 * 1000;

/// ngrok's default web address; when it is taken the next ports are tried.
pub const DEFAULT_WEB_ADDR: SocketAddr = SocketAddr::new(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 4040);

/// Where the inspector's web UI and local API listen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WebAddr {
    /// Not set: 127.0.0.1:4040, else the next free port from 4041 on (as the agent does).
    #[default]
    Default,
    /// Set: exactly this address (taken = an error).
    At(SocketAddr),
    /// `web_addr = false`: no web UI, no local API.
    Off,
}

impl fmt::Display for WebAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebAddr::Default => write!(f, "{DEFAULT_WEB_ADDR}"),
            WebAddr::At(a) => write!(f, "{a}"),
            WebAddr::Off => f.write_str("false"),
        }
    }
}

impl Serialize for WebAddr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            WebAddr::Off => s.serialize_bool(false),
            other => s.collect_str(other),
        }
    }
}

/// One `web_allow_hosts` entry: which `Host` headers the local API accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllowHost {
    /// An IP address or CIDR range: a Host that is an IP inside it.
    Net(ipnet::IpNet),
    /// `example.com`: exactly this host name.
    Exact(String),
    /// `.example.com`: any host name ending so.
    Suffix(String),
}

impl AllowHost {
    /// True when `host` (a Host header without its port, lower case) matches.
    pub fn matches(&self, host: &str) -> bool {
        match self {
            AllowHost::Net(net) => {
                host.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>().is_ok_and(|ip| net.contains(&ip))
            }
            AllowHost::Exact(name) => host == name,
            AllowHost::Suffix(suffix) => host.ends_with(suffix.as_str()),
        }
    }
}

impl fmt::Display for AllowHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AllowHost::Net(net) => write!(f, "{net}"),
            AllowHost::Exact(name) | AllowHost::Suffix(name) => f.write_str(name),
        }
    }
}

impl Serialize for AllowHost {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `inspect_db_size`: bytes, or a size with a unit (`kB`, `MB`, `GB`, `KiB`, `MiB`, `GiB`).
/// `0` is ngrok's default (50 MB); `-1` turns inspection off (returned as `None`).
pub fn db_size(text: &str) -> Result<Option<u64>, String> {
    let t = text.trim();
    if t == "-1" {
        return Ok(None);
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1000,
        "mb" => 1000 * 1000,
        "gb" => 1000 * 1000 * 1000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => 0,
    };
    let bytes = digits.parse::<u64>().ok().filter(|_| factor > 0).and_then(|n| n.checked_mul(factor));
    match bytes {
        Some(0) => Ok(Some(DEFAULT_DB_SIZE)),
        Some(n) if n < 1 << 20 => Err(format!(
            "{} is too small to hold a request; use at least \"1MB\" (or -1 to turn inspection off)",
            show(text)
        )),
        Some(n) => Ok(Some(n)),
        None => Err(format!(
            "{} is not a size; write a number of bytes such as 52428800, or \"50MB\", \"64MiB\" (0 = 50MB, -1 = inspection off)",
            show(text)
        )),
    }
}

/// `web_addr`: `host:port` with an IP or `localhost`, a bare port (on 127.0.0.1), or `false`.
pub fn web_addr(text: &str) -> Result<WebAddr, String> {
    let t = text.trim();
    if t == "false" {
        return Ok(WebAddr::Off);
    }
    let parsed = if let Ok(port) = t.parse::<u16>() {
        Some(SocketAddr::new(DEFAULT_WEB_ADDR.ip(), port))
    } else if let Some(port) = t.strip_prefix("localhost:") {
        port.parse::<u16>().ok().map(|p| SocketAddr::new(DEFAULT_WEB_ADDR.ip(), p))
    } else {
        t.parse::<SocketAddr>().ok()
    };
    parsed.map(WebAddr::At).ok_or_else(|| {
        format!(
            "{} is not an address to listen on; write e.g. \"127.0.0.1:4040\" (an IP address and a port), a port, or false to turn the web inspector off",
            show(text)
        )
    })
}

/// One `web_allow_hosts` entry: an IP, a CIDR, a host name or a `.suffix`.
pub fn allow_host(text: &str) -> Result<AllowHost, String> {
    let t = text.trim().to_ascii_lowercase();
    if let Ok(ip) = t.parse::<IpAddr>() {
        return Ok(AllowHost::Net(ipnet::IpNet::from(ip)));
    }
    if let Ok(net) = t.parse::<ipnet::IpNet>() {
        return Ok(AllowHost::Net(net.trunc()));
    }
    let (suffix, name) = match t.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, t.as_str()),
    };
    let valid = !name.is_empty()
        && name
            .split('.')
            .all(|l| !l.is_empty() && l.len() <= 63 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    match (valid, suffix) {
        (true, true) => Ok(AllowHost::Suffix(t)),
        (true, false) => Ok(AllowHost::Exact(t)),
        (false, _) => Err(format!(
            "{} is not a host; use an IP (\"192.168.1.5\"), a CIDR (\"10.0.0.0/8\"), a name (\"dev.example.com\") or a suffix (\".example.com\")",
            show(text)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(db_size("0"), Ok(Some(DEFAULT_DB_SIZE)));
        assert_eq!(db_size("-1"), Ok(None));
        assert_eq!(db_size("104857600"), Ok(Some(104_857_600)));
        assert_eq!(db_size("64MiB"), Ok(Some(64 << 20)));
        assert_eq!(db_size("2 GB"), Ok(Some(2_000_000_000)));
        for bad in ["lots", "-5", "12XB", "", "MB", "99999999999999999999GB"] {
            assert!(db_size(bad).unwrap_err().contains("is not a size"), "{bad}");
        }
        assert!(db_size("1000").unwrap_err().contains("too small"));
    }

    #[test]
    fn web_addrs() {
        assert_eq!(web_addr("false"), Ok(WebAddr::Off));
        assert_eq!(web_addr("4041"), Ok(WebAddr::At("127.0.0.1:4041".parse().unwrap())));
        assert_eq!(web_addr("localhost:0"), Ok(WebAddr::At("127.0.0.1:0".parse().unwrap())));
        assert_eq!(web_addr("[::1]:4040"), Ok(WebAddr::At("[::1]:4040".parse().unwrap())));
        for bad in ["127.0.0.1", "127.0.0.1:99999", "http://127.0.0.1:4040", "true", "example.com:80"] {
            assert!(web_addr(bad).unwrap_err().contains("is not an address"), "{bad}");
        }
    }

    #[test]
    fn allow_hosts() {
        let h = |s| allow_host(s).unwrap();
        assert!(h("10.0.0.0/8").matches("10.1.2.3") && !h("10.0.0.0/8").matches("11.0.0.1"));
        assert!(h("::1").matches("[::1]"));
        assert!(h("Example.com").matches("example.com") && !h("example.com").matches("a.example.com"));
        assert!(h(".example.com").matches("a.example.com") && !h(".example.com").matches("example.org"));
        assert!(allow_host("bad host!").is_err() && allow_host("").is_err());
    }
}
