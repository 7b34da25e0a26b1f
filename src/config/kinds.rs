//! The small enumerations of the configuration: backend, mode, proto, region, log level, root CAs.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// An enumeration spelled by fixed names in the file and on the command line.
pub trait Named: Copy + 'static {
    /// Every value with its name.
    const ALL: &'static [(&'static str, Self)];

    /// The value with this name.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    /// The name of `value`.
    fn name_of(value: Self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL.iter().find(|(_, v)| *v == value).map_or("", |(n, _)| n)
    }

    /// The accepted names, comma-separated (for messages).
    fn names() -> String {
        Self::ALL.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
    }
}

/// Which tunnel service; only ngrok is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// ngrok.
    #[default]
    Ngrok,
}

impl Named for Backend {
    const ALL: &'static [(&'static str, Self)] = &[("ngrok", Backend::Ngrok)];
}

impl Backend {
    /// The name used in the file and on the command line.
    pub fn as_str(self) -> &'static str {
        Self::name_of(self)
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the tunnel runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// In process, through the `ngrok` crate.
    #[default]
    Sdk,
    /// By supervising the ngrok agent binary.
    Cli,
}

impl Named for Mode {
    const ALL: &'static [(&'static str, Self)] = &[("sdk", Mode::Sdk), ("cli", Mode::Cli)];
}

impl Mode {
    /// The name used in the file and on the command line.
    pub fn as_str(self) -> &'static str {
        Self::name_of(self)
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of public endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Proto {
    /// An https URL (http endpoint).
    #[default]
    Http,
    /// A raw TCP address.
    Tcp,
}

impl Named for Proto {
    const ALL: &'static [(&'static str, Self)] = &[("http", Proto::Http), ("tcp", Proto::Tcp)];
}

impl Proto {
    /// The name used in the file and on the command line.
    pub fn as_str(self) -> &'static str {
        Self::name_of(self)
    }
}

impl fmt::Display for Proto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An ngrok region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
pub enum Region {
    /// United States (Ohio).
    #[default]
    #[serde(rename = "us")]
    Us,
    /// United States (California).
    #[serde(rename = "us-cal-1")]
    #[value(name = "us-cal-1")]
    UsCal1,
    /// Europe (Frankfurt).
    #[serde(rename = "eu")]
    Eu,
    /// Asia/Pacific (Singapore).
    #[serde(rename = "ap")]
    Ap,
    /// Australia (Sydney).
    #[serde(rename = "au")]
    Au,
    /// South America (São Paulo).
    #[serde(rename = "sa")]
    Sa,
    /// Japan (Tokyo).
    #[serde(rename = "jp")]
    Jp,
    /// India (Mumbai).
    #[serde(rename = "in")]
    In,
}

impl Named for Region {
    const ALL: &'static [(&'static str, Self)] = &[
        ("us", Region::Us),
        ("us-cal-1", Region::UsCal1),
        ("eu", Region::Eu),
        ("ap", Region::Ap),
        ("au", Region::Au),
        ("sa", Region::Sa),
        ("jp", Region::Jp),
        ("in", Region::In),
    ];
}

impl Region {
    /// The region's name, e.g. `"us-cal-1"`.
    pub fn as_str(self) -> &'static str {
        Self::name_of(self)
    }

    /// ngrok's default agent ingress, which routes each agent to the lowest-latency point of
    /// presence (the reason ngrok deprecated `region`); the `ngrok` crate's default too.
    pub const DEFAULT_INGRESS: &'static str = "connect.ngrok-agent.com:443";

    /// The region's agent ingress, `connect.R.ngrok-agent.com:443`.
    pub fn connect_addr(self) -> String {
        format!("connect.{}.ngrok-agent.com:443", self.as_str())
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The log level of the ngrok session (SDK) or agent (CLI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    /// Everything, including protocol details.
    Debug,
    /// Normal operation (the default).
    #[default]
    Info,
    /// Only what may need attention.
    Warn,
    /// Only failures.
    Error,
}

impl Named for LogLevel {
    const ALL: &'static [(&'static str, Self)] =
        &[("debug", LogLevel::Debug), ("info", LogLevel::Info), ("warn", LogLevel::Warn), ("error", LogLevel::Error)];
}

impl LogLevel {
    /// The level's name, e.g. `"info"`.
    pub fn as_str(self) -> &'static str {
        Self::name_of(self)
    }
}

/// Which certificate authorities the session trusts for the edge's certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RootCas {
    /// ngrok's own CA (the default of the crate and the agent).
    Trusted,
    /// The host's certificate store.
    Host,
    /// A PEM file of CA certificates.
    #[serde(untagged)]
    Path(PathBuf),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_round_trip_and_map_to_ingress() {
        for (name, region) in Region::ALL {
            assert_eq!(Region::from_name(name), Some(*region));
            assert_eq!(region.as_str(), *name);
            assert_eq!(serde_json::to_string(region).unwrap(), format!("\"{name}\""));
        }
        assert_eq!(Region::UsCal1.connect_addr(), "connect.us-cal-1.ngrok-agent.com:443");
        assert_eq!(Region::default(), Region::Us);
        assert_eq!(Region::from_name("mars"), None);
        assert_eq!(Region::names(), "us, us-cal-1, eu, ap, au, sa, jp, in");
    }

    #[test]
    fn clap_names_match_file_names() {
        use clap::ValueEnum;
        for (name, region) in Region::ALL {
            assert_eq!(region.to_possible_value().unwrap().get_name(), *name);
        }
        for (name, mode) in Mode::ALL {
            assert_eq!(mode.to_possible_value().unwrap().get_name(), *name);
        }
        for (name, proto) in Proto::ALL {
            assert_eq!(proto.to_possible_value().unwrap().get_name(), *name);
        }
    }

    #[test]
    fn root_cas_serialize_as_written() {
        assert_eq!(serde_json::to_string(&RootCas::Host).unwrap(), "\"host\"");
        assert_eq!(serde_json::to_string(&RootCas::Path("/ca.pem".into())).unwrap(), "\"/ca.pem\"");
        assert_eq!(LogLevel::Warn.as_str(), "warn");
        assert_eq!(
            (Mode::Cli.as_str(), Proto::Tcp.to_string(), Backend::Ngrok.as_str()),
            ("cli", "tcp".into(), "ngrok")
        );
    }
}

/// Which edge the tunnel connects to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum EdgeKind {
    /// The ngrok service (`server_addr`, else the region's ingress).
    #[default]
    Ngrok,
    /// A local edge started inside prx-tunnel: no account, no network; the URL is reachable
    /// from this machine only.
    Local,
}

impl Named for EdgeKind {
    const ALL: &'static [(&'static str, Self)] = &[("ngrok", EdgeKind::Ngrok), ("local", EdgeKind::Local)];
}

impl EdgeKind {
    /// The name used in the file and on the command line.
    pub fn as_str(self) -> &'static str {
        Self::name_of(self)
    }
}
