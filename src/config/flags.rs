//! Command-line overrides of the tunnel options. Each flag replaces the config file's value
//! (list flags replace the whole list). There is deliberately no `--authtoken` flag: command
//! lines are visible to every user through `ps`.

use clap::Args;

use super::kinds::{EdgeKind, Mode, Proto, Region};
use crate::secret::Secret;

/// Tunnel options given on the command line; they override the config file.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Tunnel options (override the config file)")]
pub struct TunnelFlags {
    /// Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]
    #[arg(long = "local-addr", value_name = "ADDR")]
    pub local_addr: Option<String>,

    /// Local port to forward to (or host:port): --local-addr under the name people reach for
    #[arg(long, short = 'p', value_name = "PORT", conflicts_with = "local_addr")]
    pub port: Option<String>,

    /// ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its
    /// default ingress routes to the nearest point of presence)
    #[arg(long, value_enum, value_name = "REGION")]
    pub region: Option<Region>,

    /// Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)
    #[arg(long, value_name = "HOST", conflicts_with = "subdomain")]
    pub domain: Option<String>,

    /// Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)
    #[arg(long, value_name = "NAME")]
    pub subdomain: Option<String>,

    /// Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file's list)
    #[arg(long = "basic-auth", value_name = "USER:PASS", value_parser = parse_secret)]
    pub basic_auth: Vec<Secret>,

    /// Only accept clients from this CIDR or IP address (repeatable; replaces the file's allow list)
    #[arg(long = "allow-cidr", value_name = "CIDR")]
    pub allow_cidr: Vec<String>,

    /// Reject clients from this CIDR or IP address (repeatable; replaces the file's deny list)
    #[arg(long = "deny-cidr", value_name = "CIDR")]
    pub deny_cidr: Vec<String>,

    /// Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1
    #[arg(long = "circuit-breaker", value_name = "FLOAT")]
    pub circuit_breaker: Option<f64>,

    /// Gzip responses for clients that accept it
    #[arg(long)]
    pub compression: bool,

    /// Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file's traffic_policy / traffic_policy_file)
    #[arg(long = "traffic-policy-file", value_name = "PATH")]
    pub traffic_policy_file: Option<std::path::PathBuf>,

    /// Metadata string attached to the session and endpoint (at most 4096 bytes)
    #[arg(long, value_name = "TEXT")]
    pub metadata: Option<String>,

    /// sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary
    #[arg(long, value_enum, value_name = "MODE")]
    pub mode: Option<Mode>,

    /// ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)
    #[arg(long, value_enum, value_name = "EDGE")]
    pub edge: Option<EdgeKind>,

    /// Endpoint kind: http (an https URL) or tcp (a tcp:// address)
    #[arg(long, value_enum, value_name = "PROTO")]
    pub proto: Option<Proto>,

    /// Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub only: Vec<String>,

    /// SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)
    #[arg(long)]
    pub keep_going: bool,

    /// How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]
    #[arg(long, value_name = "DURATION")]
    pub timeout: Option<String>,
}

fn parse_secret(value: &str) -> Result<Secret, std::convert::Infallible> {
    Ok(Secret::new(value))
}

impl TunnelFlags {
    /// The flags that are session options (`--mode`, `--edge`, `--region`, `--timeout`): what the
    /// endpoints of `[tunnel.ngrok.endpoints.NAME]` take; every other flag is the default
    /// endpoint's.
    pub fn session_only(&self) -> TunnelFlags {
        TunnelFlags {
            mode: self.mode,
            edge: self.edge,
            region: self.region,
            timeout: self.timeout.clone(),
            keep_going: self.keep_going,
            ..TunnelFlags::default()
        }
    }

    /// True when the flags set the public host name (`--domain` or `--subdomain`), which then
    /// replaces both `domain` and `subdomain` of the file.
    pub fn sets_host_name(&self) -> bool {
        self.domain.is_some() || self.subdomain.is_some()
    }

    /// The local address given on the command line and the flag that gave it
    /// (`--local-addr`, or `--port` / `-p`), so a bad value is reported under its own name.
    pub fn local_addr_flag(&self) -> Option<(&str, &'static str)> {
        let addr = self.local_addr.as_deref().map(|a| (a, "--local-addr"));
        addr.or_else(|| self.port.as_deref().map(|p| (p, "--port")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Probe {
        #[command(flatten)]
        flags: TunnelFlags,
    }

    fn parse(args: &[&str]) -> Result<TunnelFlags, clap::Error> {
        Probe::try_parse_from(std::iter::once("probe").chain(args.iter().copied())).map(|p| p.flags)
    }

    #[test]
    fn every_flag_parses() {
        let f = parse(&[
            "--port",
            "3000",
            "--region",
            "us-cal-1",
            "--domain",
            "a.example.com",
            "--basic-auth",
            "u:password1",
            "--basic-auth",
            "v:password2",
            "--allow-cidr",
            "10.0.0.0/8",
            "--deny-cidr",
            "10.1.0.0/16",
            "--circuit-breaker",
            "0.5",
            "--compression",
            "--metadata",
            "m",
            "--mode",
            "cli",
            "--proto",
            "http",
            "--timeout",
            "1m",
        ])
        .unwrap();
        assert_eq!(f.local_addr_flag(), Some(("3000", "--port")));
        assert_eq!(f.region, Some(Region::UsCal1));
        assert_eq!(f.basic_auth.len(), 2);
        assert_eq!(f.basic_auth[1].expose(), "v:password2");
        assert_eq!((f.allow_cidr.len(), f.deny_cidr.len()), (1, 1));
        assert_eq!(f.circuit_breaker, Some(0.5));
        assert!(f.compression && f.sets_host_name());
        assert_eq!((f.mode, f.proto), (Some(Mode::Cli), Some(Proto::Http)));
        assert_eq!(parse(&["--local-addr", "tcp://h:1"]).unwrap().local_addr.as_deref(), Some("tcp://h:1"));
        assert_eq!(parse(&["-p", "80"]).unwrap().local_addr_flag(), Some(("80", "--port")));
        assert_eq!(parse(&["--local-addr", "h:1"]).unwrap().local_addr_flag(), Some(("h:1", "--local-addr")));
    }

    #[test]
    fn debug_never_shows_a_password() {
        let f = parse(&["--basic-auth", "user:hunter2hunter2"]).unwrap();
        assert!(!format!("{f:?}").contains("hunter2"));
    }

    #[test]
    fn clap_rejects_what_it_can() {
        assert!(parse(&["--region", "mars"]).is_err());
        assert!(parse(&["--mode", "daemon"]).is_err());
        assert!(parse(&["--circuit-breaker", "half"]).is_err());
        assert!(parse(&["--domain", "a.b", "--subdomain", "c"]).is_err());
        assert!(parse(&["--authtoken", "x"]).is_err());
    }
}
