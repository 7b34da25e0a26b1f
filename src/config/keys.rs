//! The schema of `[tunnel]` and `[tunnel.ngrok]`: every key, the type it accepts and an
//! example, plus what helps a user who wrote a key prx-tunnel does not know.

use super::errors::closest;

/// The type a key accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string.
    Str,
    /// A boolean.
    Bool,
    /// A whole number of seconds.
    Seconds,
    /// A number (float or integer).
    Fraction,
    /// A string, or an integer port.
    Addr,
    /// A duration string, or an integer number of seconds.
    Duration,
    /// `"user:password"` or a list of them.
    Credentials,
    /// A list of CIDRs, or a table `{ allow = [...], deny = [...] }`.
    Cidrs,
    /// A list of strings.
    Strings,
    /// A size: a whole number of bytes, or a string with a unit such as \"50MB\".
    Size,
    /// `host:port`, a port number, or `false` (off).
    AddrOrOff,
    /// A Traffic Policy document as a TOML table.
    Policy,
    /// A table of known keys (`webhook_verification`, `request_headers`, …).
    Table,
}

impl Kind {
    /// What the type looks like, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Str => "a string in quotes",
            Kind::Bool => "true or false (without quotes)",
            Kind::Seconds => "a whole number of seconds (without quotes)",
            Kind::Fraction => "a number (without quotes)",
            Kind::Addr => "a string such as \"127.0.0.1:8080\", or a port number",
            Kind::Duration => "a duration string such as \"10s\", or a whole number of seconds",
            Kind::Credentials => "a string \"user:password\" or a list of them",
            Kind::Cidrs => "a list of CIDRs, or a table { allow = [...], deny = [...] }",
            Kind::Strings => "a list of strings in quotes",
            Kind::Size => "a whole number of bytes, or a size string such as \"50MB\"",
            Kind::AddrOrOff => "a string such as \"127.0.0.1:4040\", a port number, or false",
            Kind::Policy => "a table of phases { on_http_request = [...] }",
            Kind::Table => "a table { key = value, ... }",
        }
    }
}

/// The keys of `[tunnel]`: name, type, an example value.
pub const TUNNEL_KEYS: &[(&str, Kind, &str)] =
    &[("backend", Kind::Str, "\"ngrok\""), ("local_addr", Kind::Addr, "\"127.0.0.1:8080\"")];

/// The keys of `[tunnel.ngrok]`: name, type, an example value.
pub const NGROK_KEYS: &[(&str, Kind, &str)] = &[
    ("authtoken", Kind::Str, "\"${NGROK_AUTHTOKEN}\""),
    ("api_key", Kind::Str, "\"${NGROK_API_KEY}\""),
    ("region", Kind::Str, "\"eu\""),
    ("domain", Kind::Str, "\"agent.example.com\""),
    ("subdomain", Kind::Str, "\"my-agent\""),
    ("url", Kind::Str, "\"https://app.example.com\""),
    ("bindings", Kind::Strings, "[\"internal\"]"),
    ("pooling_enabled", Kind::Bool, "true"),
    ("description", Kind::Str, "\"webhook receiver\""),
    ("ngrok_path", Kind::Str, "\"/usr/local/bin/ngrok\""),
    ("inspect", Kind::Bool, "false"),
    ("log_level", Kind::Str, "\"info\""),
    ("metadata", Kind::Str, "\"prx-agent\""),
    ("basic_auth", Kind::Credentials, "[\"user:a-long-password\"]"),
    ("ip_restrictions", Kind::Cidrs, "[\"203.0.113.0/24\"]"),
    ("circuit_breaker", Kind::Fraction, "0.5"),
    ("compression", Kind::Bool, "true"),
    ("mode", Kind::Str, "\"cli\""),
    ("edge", Kind::Str, "\"local\""),
    ("proto", Kind::Str, "\"tcp\""),
    ("startup_timeout_secs", Kind::Seconds, "30"),
    ("server_addr", Kind::Str, "\"127.0.0.1:4443\""),
    ("root_cas", Kind::Str, "\"host\""),
    ("ca_cert", Kind::Str, "\"/etc/ssl/ngrok-ca.pem\""),
    ("heartbeat_interval", Kind::Duration, "\"10s\""),
    ("heartbeat_tolerance", Kind::Duration, "\"15s\""),
    ("proxy_url", Kind::Str, "\"http://proxy.example:3128\""),
    ("wait_ready", Kind::Bool, "true"),
    ("inspect_db_size", Kind::Size, "\"50MB\""),
    ("web_addr", Kind::AddrOrOff, "\"127.0.0.1:4040\""),
    ("web_allow_hosts", Kind::Strings, "[\"localhost\", \".example.com\"]"),
    ("traffic_policy", Kind::Policy, "{ on_http_request = [{ actions = [{ type = \"deny\" }] }] }"),
    ("traffic_policy_file", Kind::Str, "\"policy.yml\""),
    ("webhook_verification", Kind::Table, "{ provider = \"github\", secret = \"${GITHUB_WEBHOOK_SECRET}\" }"),
    ("request_headers", Kind::Table, "{ add = { X-Env = \"prod\" }, remove = [\"X-Debug\"] }"),
    ("response_headers", Kind::Table, "{ add = { X-Frame-Options = \"DENY\" }, remove = [\"Server\"] }"),
];

/// The keys an endpoint table `[tunnel.ngrok.endpoints.NAME]` takes (of [`TUNNEL_KEYS`] and
/// [`NGROK_KEYS`]); every other key of `[tunnel.ngrok]` is a session option.
pub const ENDPOINT_KEYS: &[&str] = &[
    "local_addr",
    "url",
    "proto",
    "bindings",
    "pooling_enabled",
    "description",
    "metadata",
    "basic_auth",
    "ip_restrictions",
    "circuit_breaker",
    "compression",
    "traffic_policy",
    "traffic_policy_file",
    "webhook_verification",
    "request_headers",
    "response_headers",
];

/// The keys of the tables of [`Kind::Table`] keys: table, key, what it holds (`None`: a string,
/// `Some("list")`: a list of strings, `Some("table")`: a table of strings).
pub const TABLE_KEYS: &[(&str, &str, Option<&str>)] = &[
    ("webhook_verification", "provider", None),
    ("webhook_verification", "secret", None),
    ("request_headers", "add", Some("table")),
    ("request_headers", "remove", Some("list")),
    ("response_headers", "add", Some("table")),
    ("response_headers", "remove", Some("list")),
];

/// Keys whose literal value is a secret.
pub const SECRET_KEYS: &[&str] = &["authtoken", "api_key", "basic_auth", "webhook_verification"];

/// Tables of PRX's other tunnel backends, allowed beside `[tunnel.ngrok]` and ignored.
pub const OTHER_BACKENDS: &[&str] = &["cloudflare", "tailscale", "custom"];

/// Names people reach for, and what prx-tunnel calls them.
const ALIASES: &[(&str, &str)] = &[
    ("provider", "backend"),
    ("addr", "local_addr"),
    ("port", "local_addr"),
    ("hostname", "url"),
    ("remote_addr", "url"),
    ("binding", "bindings"),
    ("pooling", "pooling_enabled"),
    ("cidr_allow", "ip_restrictions"),
    ("allow_cidrs", "ip_restrictions"),
    ("auth", "basic_auth"),
    ("token", "authtoken"),
    ("policy", "traffic_policy"),
    ("policy_file", "traffic_policy_file"),
    ("verify_webhook", "webhook_verification"),
    ("request_header", "request_headers"),
    ("response_header", "response_headers"),
];

/// The message for an unknown key of a table whose keys are `keys`: the closest key, else the list.
pub fn unknown_key_message(name: &str, keys: &[(&str, Kind, &str)]) -> String {
    let names: Vec<&str> = keys.iter().map(|(n, _, _)| *n).collect();
    let alias = ALIASES.iter().find(|(a, _)| a.eq_ignore_ascii_case(name)).map(|(_, k)| *k);
    match alias.filter(|k| names.contains(k)).or_else(|| closest(name, &names)) {
        Some(best) => format!("unknown key; did you mean \"{best}\"?"),
        None => format!("unknown key; the keys here are: {}", names.join(", ")),
    }
}

/// The message for an unknown table `[tunnel.NAME]`: the closest known section, else the list.
pub fn unknown_section_message(name: &str) -> String {
    let mut sections = vec!["ngrok"];
    sections.extend_from_slice(OTHER_BACKENDS);
    match closest(name, &sections) {
        Some(best) => format!("unknown section [tunnel.{name}]; did you mean [tunnel.{best}]?"),
        None => format!(
            "unknown section [tunnel.{name}]; prx-tunnel reads [tunnel.ngrok] (and ignores [tunnel.{}])",
            OTHER_BACKENDS.join("], [tunnel.")
        ),
    }
}
