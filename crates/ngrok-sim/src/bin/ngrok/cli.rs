//! The v3 agent's command line (cobra/pflag semantics): `version`, `http`, `tcp`, `start`,
//! global log and config flags, and cobra-worded usage errors.

use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, Parser, Subcommand};

/// The root command.
#[derive(Parser, Debug)]
#[command(name = "ngrok", disable_version_flag = true, about = "ngrok v3 agent stand-in (ngrok-sim)")]
pub struct Cli {
    /// print the version string
    #[arg(long = "version")]
    pub version: bool,
    /// path to config files; they are merged if multiple
    #[arg(long, global = true, value_delimiter = ',')]
    pub config: Vec<PathBuf>,
    /// path to log file, 'stdout', 'stderr' or 'false'
    #[arg(long, global = true)]
    pub log: Option<String>,
    /// log record format: 'term', 'logfmt', 'json'
    #[arg(long = "log-format", global = true, value_parser = ["term", "logfmt", "json"])]
    pub log_format: Option<String>,
    /// logging level: 'debug', 'info', 'warn', 'error', 'crit'
    #[arg(long = "log-level", global = true, value_parser = ["debug", "info", "warn", "error", "crit"])]
    pub log_level: Option<String>,
    /// the command
    #[command(subcommand)]
    pub cmd: Option<Cmd>,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// print the version string
    Version,
    /// start an HTTP tunnel
    Http(TunnelArgs),
    /// start a TCP tunnel
    Tcp(TunnelArgs),
    /// start endpoints or tunnels by name from the configuration file
    Start(StartArgs),
    /// update or migrate ngrok's configuration file (refused by the stand-in)
    Config {
        /// config subcommand and its arguments
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        rest: Vec<String>,
    },
}

/// Go's `strconv.ParseBool`.
pub fn go_bool(s: &str) -> Result<bool, String> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(format!("strconv.ParseBool: parsing \"{s}\": invalid syntax")),
    }
}

/// Go's `strconv.ParseFloat`.
pub fn go_float(s: &str) -> Result<f64, String> {
    s.parse::<f64>().map_err(|_| format!("strconv.ParseFloat: parsing \"{s}\": invalid syntax"))
}

/// Flags of `ngrok http` and `ngrok tcp` (`http`-only flags are refused on `tcp` later).
#[derive(Args, Debug, Default)]
pub struct TunnelArgs {
    /// address:port or port to forward to
    pub args: Vec<String>,
    /// ngrok.com authtoken identifying a user
    #[arg(long)]
    pub authtoken: Option<String>,
    /// host endpoint on a URL
    #[arg(long)]
    pub url: Option<String>,
    /// host tunnel on a custom subdomain or hostname (deprecated: use --url)
    #[arg(long)]
    pub domain: Option<String>,
    /// host tunnel on a custom subdomain (deprecated)
    #[arg(long)]
    pub subdomain: Option<String>,
    /// host tunnel on custom hostname (deprecated)
    #[arg(long)]
    pub hostname: Option<String>,
    /// ngrok server region (deprecated)
    #[arg(long, value_parser = ["us", "us-cal-1", "eu", "au", "ap", "sa", "jp", "in"])]
    pub region: Option<String>,
    /// enforce basic auth on tunnel endpoint, 'user:password'
    #[arg(long = "basic-auth")]
    pub basic_auth: Vec<String>,
    /// reject connections that do not match the given CIDRs
    #[arg(long = "cidr-allow", value_delimiter = ',')]
    pub cidr_allow: Vec<String>,
    /// reject connections that match the given CIDRs
    #[arg(long = "cidr-deny", value_delimiter = ',')]
    pub cidr_deny: Vec<String>,
    /// reject requests when 5XX responses exceed this ratio
    #[arg(long = "circuit-breaker", value_parser = go_float)]
    pub circuit_breaker: Option<f64>,
    /// gzip compress http responses from your web service
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_parser = go_bool)]
    pub compression: Option<bool>,
    /// metadata about this endpoint
    #[arg(long)]
    pub metadata: Option<String>,
    /// enable/disable http introspection
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_parser = go_bool)]
    pub inspect: Option<bool>,
    /// user supplied name for this endpoint
    #[arg(long)]
    pub name: Option<String>,
    /// user editable description about this endpoint (not sent by the ngrok crate)
    #[arg(long)]
    pub description: Option<String>,
    /// set Host header; if 'rewrite' use local address hostname
    #[arg(long = "host-header")]
    pub host_header: Option<String>,
    /// scheme to bind (deprecated: use --url)
    #[arg(long, value_parser = ["http", "https"])]
    pub scheme: Vec<String>,
    /// header key:value to add to request
    #[arg(long = "request-header-add")]
    pub request_header_add: Vec<String>,
    /// header field to remove from request if present
    #[arg(long = "request-header-remove")]
    pub request_header_remove: Vec<String>,
    /// header key:value to add to response
    #[arg(long = "response-header-add")]
    pub response_header_add: Vec<String>,
    /// header field to remove from response if present
    #[arg(long = "response-header-remove")]
    pub response_header_remove: Vec<String>,
    /// path to traffic policy configuration YAML or JSON file
    #[arg(long = "traffic-policy-file")]
    pub traffic_policy_file: Option<PathBuf>,
    /// ingress binding for an agent endpoint
    #[arg(long, value_parser = ["public", "internal", "kubernetes"])]
    pub binding: Option<String>,
    /// whether this endpoint can be pooled
    #[arg(long = "pooling-enabled", num_args = 0..=1, require_equals = true, default_missing_value = "true", value_parser = go_bool)]
    pub pooling_enabled: Option<bool>,
    /// upstream protocol: 'http1', 'http2'
    #[arg(long = "upstream-protocol", value_parser = ["http1", "http2"])]
    pub upstream_protocol: Option<String>,
    /// enables TLS verification of server TLS certificates
    #[arg(long = "upstream-tls-verify", num_args = 0..=1, require_equals = true, default_missing_value = "true", value_parser = go_bool)]
    pub upstream_tls_verify: Option<bool>,
    /// bind remote address (tcp; deprecated: use --url)
    #[arg(long = "remote-addr")]
    pub remote_addr: Option<String>,
}

/// Flags of `ngrok start`.
#[derive(Args, Debug, Default)]
pub struct StartArgs {
    /// tunnel or endpoint names
    pub names: Vec<String>,
    /// start all endpoints or tunnels in the configuration file
    #[arg(long)]
    pub all: bool,
    /// start running no endpoints or tunnels
    #[arg(long)]
    pub none: bool,
    /// ngrok.com authtoken identifying a user
    #[arg(long)]
    pub authtoken: Option<String>,
    /// ngrok server region (deprecated)
    #[arg(long, value_parser = ["us", "us-cal-1", "eu", "au", "ap", "sa", "jp", "in"])]
    pub region: Option<String>,
}

/// What parsing produced: a command to run, or text to print and an exit status.
pub enum Parsed {
    /// Run this.
    Run(Box<Cli>),
    /// Print to stdout and exit 0 (help).
    Print(String),
    /// A usage error in cobra's words (without the `ERROR:  ` prefix).
    Usage(String),
}

fn ctx(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        _ => None,
    }
}

/// Parses `args` (including argv\[0\]).
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Parsed {
    let e = match Cli::try_parse_from(args) {
        Ok(cli) => return Parsed::Run(Box::new(cli)),
        Err(e) => e,
    };
    let flag = ctx(&e, ContextKind::InvalidArg).map(|a| a.split([' ', '=', '[']).next().unwrap_or("").to_string());
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            Parsed::Print(e.render().to_string())
        }
        ErrorKind::UnknownArgument => {
            let arg = flag.unwrap_or_default();
            match arg.strip_prefix('-') {
                Some(short) if !short.starts_with('-') => {
                    Parsed::Usage(format!("unknown shorthand flag: '{}' in {arg}", short.chars().next().unwrap_or('-')))
                }
                _ => Parsed::Usage(format!("unknown flag: {arg}")),
            }
        }
        ErrorKind::InvalidSubcommand => Parsed::Usage(format!(
            "unknown command \"{}\" for \"ngrok\"",
            ctx(&e, ContextKind::InvalidSubcommand).unwrap_or_default()
        )),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = ctx(&e, ContextKind::InvalidValue).unwrap_or_default();
            let reason = match std::error::Error::source(&e) {
                Some(src) => src.to_string(),
                None => match e.get(ContextKind::ValidValue) {
                    Some(ContextValue::Strings(v)) => format!("must be one of {}", v.join(", ")),
                    _ => "invalid value".into(),
                },
            };
            let flag = flag.unwrap_or_default();
            if value.is_empty() {
                Parsed::Usage(format!("flag needs an argument: {flag}"))
            } else {
                Parsed::Usage(format!("invalid argument \"{value}\" for \"{flag}\" flag: {reason}"))
            }
        }
        ErrorKind::NoEquals => Parsed::Usage(format!(
            "flag needs an argument: {} (boolean flags take their value as {}=false)",
            flag.clone().unwrap_or_default(),
            flag.unwrap_or_default()
        )),
        _ => {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("").trim_start_matches("error: ");
            Parsed::Usage(first.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(args: &[&str]) -> String {
        match parse(args.iter().map(|s| s.into())) {
            Parsed::Usage(u) => u,
            _ => panic!("expected a usage error for {args:?}"),
        }
    }

    #[test]
    fn cobra_wording() {
        assert_eq!(usage(&["ngrok", "http", "80", "--bogus"]), "unknown flag: --bogus");
        assert_eq!(usage(&["ngrok", "http", "80", "-x"]), "unknown shorthand flag: 'x' in -x");
        assert_eq!(usage(&["ngrok", "frobnicate"]), "unknown command \"frobnicate\" for \"ngrok\"");
        assert_eq!(
            usage(&["ngrok", "http", "80", "--circuit-breaker", "lots"]),
            "invalid argument \"lots\" for \"--circuit-breaker\" flag: strconv.ParseFloat: parsing \"lots\": invalid syntax"
        );
        assert!(
            usage(&["ngrok", "http", "80", "--log-format", "xml"])
                .starts_with("invalid argument \"xml\" for \"--log-format\" flag")
        );
    }

    #[test]
    fn repeatable_and_comma_separated_flags() {
        let Parsed::Run(cli) = parse(
            [
                "ngrok",
                "http",
                "--config",
                "a.yml,b.yml",
                "--config=c.yml",
                "--basic-auth",
                "a:b,c",
                "--basic-auth=d:e",
                "--cidr-allow",
                "1.0.0.0/8,2.0.0.0/8",
                "--inspect=false",
                "--compression",
                "8080",
                "--log",
                "stdout",
            ]
            .iter()
            .map(|s| s.into()),
        ) else {
            panic!("expected to parse")
        };
        assert_eq!(cli.config.len(), 3);
        assert_eq!(cli.log.as_deref(), Some("stdout"));
        let Some(Cmd::Http(t)) = cli.cmd else { panic!("http") };
        assert_eq!(t.basic_auth, vec!["a:b,c", "d:e"]);
        assert_eq!(t.cidr_allow.len(), 2);
        assert_eq!((t.inspect, t.compression), (Some(false), Some(true)));
        assert_eq!(t.args, vec!["8080"]);
    }
}
