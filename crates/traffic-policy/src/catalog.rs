//! The catalog of every action type ngrok documents (ngrok-docs `traffic-policy/actions/*.mdx`):
//! the phases each is allowed in, its configuration fields, its secret keys, and whether the
//! edge simulator enforces it.

use crate::model::Phase::{self, HttpRequest, HttpResponse, TcpConnect};

/// The JSON shape a configuration field must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A string.
    Str,
    /// `true` or `false`.
    Bool,
    /// A whole number.
    Int,
    /// Any number.
    Number,
    /// A duration string such as `60s` or `10m`.
    Duration,
    /// A list of strings.
    StrList,
    /// An object whose values are strings.
    StrMap,
    /// Any object.
    Object,
    /// Any list.
    List,
    /// Anything at all.
    Any,
}

/// One configuration field of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The key inside `config`.
    pub name: &'static str,
    /// Its shape.
    pub kind: FieldKind,
    /// Whether ngrok refuses the action without it.
    pub required: bool,
}

/// What ngrok documents about one action type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionSpec {
    /// The action type (`basic-auth`, …).
    pub kind: &'static str,
    /// The phases it may appear in (ERR_NGROK_2202 otherwise).
    pub phases: &'static [Phase],
    /// Whether the edge simulator enforces it (others are refused at Bind, "not simulated").
    pub simulated: bool,
    /// Config keys whose values are secrets, to be masked wherever a policy is shown.
    pub secret_keys: &'static [&'static str],
    /// The configuration fields ngrok documents; others are refused.
    pub fields: &'static [FieldSpec],
    /// Whether the action ends its phase: nothing after it in the rule can run (ERR_NGROK_2207).
    pub terminating: bool,
}

const fn f(name: &'static str, kind: FieldKind, required: bool) -> FieldSpec {
    FieldSpec { name, kind, required }
}

use FieldKind::*;

const HTTP: &[Phase] = &[HttpRequest, HttpResponse];
const REQ: &[Phase] = &[HttpRequest];
const RES: &[Phase] = &[HttpResponse];
const ALL: &[Phase] = &[TcpConnect, HttpRequest, HttpResponse];

macro_rules! spec {
    ($kind:literal, $phases:expr, sim = $sim:literal, term = $term:literal, secrets = [$($s:literal),*], [$($field:expr),* $(,)?]) => {
        ActionSpec { kind: $kind, phases: $phases, simulated: $sim, terminating: $term,
            secret_keys: &[$($s),*], fields: &[$($field),*] }
    };
}

/// Every documented action type, alphabetically.
pub static ACTIONS: &[ActionSpec] = &[
    spec!("add-headers", HTTP, sim = true, term = false, secrets = [], [f("headers", StrMap, true)]),
    spec!(
        "basic-auth",
        REQ,
        sim = true,
        term = false,
        secrets = ["credentials"],
        [f("credentials", StrList, true), f("realm", Str, false), f("enforce", Bool, false)]
    ),
    spec!(
        "circuit-breaker",
        REQ,
        sim = true,
        term = false,
        secrets = [],
        [
            f("error_threshold", Number, true),
            f("volume_threshold", Int, false),
            f("window_duration", Duration, false),
            f("tripped_duration", Duration, false),
            f("num_buckets", Int, false),
            f("enforce", Bool, false)
        ]
    ),
    spec!("close-connection", &[TcpConnect, HttpRequest], sim = true, term = true, secrets = [], []),
    spec!("compress-response", RES, sim = true, term = false, secrets = [], [f("algorithms", StrList, false)]),
    spec!(
        "custom-response",
        HTTP,
        sim = true,
        term = true,
        secrets = [],
        [f("status_code", Int, false), f("body", Str, false), f("headers", StrMap, false)]
    ),
    spec!("deny", &[TcpConnect, HttpRequest], sim = true, term = true, secrets = [], [f("status_code", Int, false)]),
    spec!(
        "forward-internal",
        &[TcpConnect, HttpRequest],
        sim = true,
        term = true,
        secrets = [],
        [f("url", Str, true), f("on_error", Str, false), f("binding", Str, false)]
    ),
    spec!(
        "http-request",
        HTTP,
        sim = false,
        term = false,
        secrets = [],
        [
            f("url", Str, true),
            f("method", Str, false),
            f("headers", StrMap, false),
            f("body", Str, false),
            f("query_params", Object, false),
            f("timeout", Duration, false),
            f("max_attempts", Int, false),
            f("on_error", Str, false)
        ]
    ),
    spec!(
        "jwt-validation",
        REQ,
        sim = false,
        term = false,
        secrets = [],
        [f("issuer", Object, true), f("audience", Object, false), f("http", Object, true), f("jws", Object, true)]
    ),
    spec!("log", ALL, sim = true, term = false, secrets = [], [f("metadata", Object, true)]),
    spec!(
        "oauth",
        REQ,
        sim = false,
        term = false,
        secrets = ["client_secret"],
        [
            f("provider", Str, true),
            f("client_id", Str, false),
            f("client_secret", Str, false),
            f("scopes", StrList, false),
            f("auth_id", Str, false),
            f("auth_cookie_domain", Str, false),
            f("idle_session_timeout", Duration, false),
            f("max_session_duration", Duration, false),
            f("userinfo_refresh_interval", Duration, false),
            f("allow_cors_preflight", Bool, false),
            f("authz_url_params", StrMap, false)
        ]
    ),
    spec!(
        "oidc",
        REQ,
        sim = false,
        term = false,
        secrets = ["client_secret"],
        [
            f("issuer_url", Str, true),
            f("client_id", Str, true),
            f("client_secret", Str, true),
            f("scopes", StrList, false),
            f("auth_id", Str, false),
            f("auth_cookie_domain", Str, false),
            f("idle_session_timeout", Duration, false),
            f("max_session_duration", Duration, false),
            f("userinfo_refresh_interval", Duration, false),
            f("allow_cors_preflight", Bool, false),
            f("authz_url_params", StrMap, false)
        ]
    ),
    spec!(
        "owasp-crs-request",
        REQ,
        sim = false,
        term = false,
        secrets = [],
        [f("on_error", Str, false), f("exclude_rule_ids", List, false), f("process_body", Bool, false)]
    ),
    spec!(
        "owasp-crs-response",
        RES,
        sim = false,
        term = false,
        secrets = [],
        [f("on_error", Str, false), f("exclude_rule_ids", List, false), f("process_body", Bool, false)]
    ),
    spec!(
        "rate-limit",
        REQ,
        sim = true,
        term = false,
        secrets = [],
        [
            f("name", Str, false),
            f("algorithm", Str, true),
            f("capacity", Int, true),
            f("rate", Duration, true),
            f("bucket_key", StrList, false),
            f("enforce", Bool, false)
        ]
    ),
    spec!(
        "redirect",
        REQ,
        sim = true,
        term = false,
        secrets = [],
        [f("from", Str, false), f("to", Str, true), f("status_code", Int, false), f("headers", StrMap, false)]
    ),
    spec!("remove-headers", HTTP, sim = true, term = false, secrets = [], [f("headers", StrList, true)]),
    spec!("request-body-find-replace", REQ, sim = false, term = false, secrets = [], [f("replacements", List, true)]),
    spec!("response-body-find-replace", RES, sim = false, term = false, secrets = [], [f("replacements", List, true)]),
    spec!(
        "restrict-ips",
        ALL,
        sim = true,
        term = false,
        secrets = [],
        [
            f("allow", StrList, false),
            f("deny", StrList, false),
            f("ip_policies", StrList, false),
            f("enforce", Bool, false)
        ]
    ),
    spec!("set-vars", ALL, sim = true, term = false, secrets = [], [f("vars", List, true)]),
    spec!(
        "terminate-tls",
        &[TcpConnect],
        sim = false,
        term = false,
        secrets = ["server_private_key"],
        [
            f("min_version", Str, false),
            f("max_version", Str, false),
            f("server_certificate", Str, false),
            f("server_private_key", Str, false),
            f("mutual_tls_certificate_authorities", StrList, false),
            f("mutual_tls_verification_strategy", Str, false)
        ]
    ),
    spec!("url-rewrite", REQ, sim = true, term = false, secrets = [], [f("from", Str, false), f("to", Str, true)]),
    spec!(
        "verify-webhook",
        REQ,
        sim = true,
        term = false,
        secrets = ["secret"],
        [f("provider", Str, true), f("secret", Str, true), f("enforce", Bool, false)]
    ),
];

/// The documented action type `kind`, simulated or not.
pub fn action_spec(kind: &str) -> Option<&'static ActionSpec> {
    ACTIONS.iter().find(|a| a.kind == kind)
}

/// Webhook providers ngrok's `verify-webhook` documents (providers.mdx).
pub static WEBHOOK_PROVIDERS: &[&str] = &[
    "aftership",
    "airship",
    "alchemy",
    "sns",
    "autodesk",
    "bitbucket",
    "bolt",
    "box",
    "brex",
    "buildkite",
    "calendly",
    "castle",
    "chargify",
    "circleci",
    "clearbit",
    "clerk",
    "coinbase",
    "contentful",
    "docusign",
    "dropbox",
    "facebook_graph_api",
    "facebook_messenger",
    "frameio",
    "github",
    "gitlab",
    "go1",
    "heroku",
    "hostedhooks",
    "hubspot",
    "graphcms",
    "instagram",
    "intercom",
    "jira",
    "launch_darkly",
    "linear",
    "mailchimp",
    "mailgun",
    "microsoft_teams",
    "modern_treasury",
    "mongodb",
    "mux",
    "orb",
    "orbit",
    "pagerduty",
    "pinwheel",
    "plivo",
    "pusher",
    "sendgrid",
    "sentry",
    "shopify",
    "signal_sciences",
    "slack",
    "sonatype",
    "square",
    "stripe",
    "svix",
    "terraform",
    "tiktok",
    "trendmicro_conformity",
    "twilio",
    "twitter",
    "typeform",
    "vmware",
    "webex",
    "whatsapp",
    "worldline",
    "xero",
    "zendesk",
    "zoom",
];

/// Compression algorithms `compress-response` accepts (ERR_NGROK_2214 otherwise).
pub static COMPRESSION_ALGORITHMS: &[&str] = &["br", "compress", "deflate", "gzip"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_is_sorted_and_complete() {
        let kinds: Vec<_> = ACTIONS.iter().map(|a| a.kind).collect();
        let mut sorted = kinds.clone();
        sorted.sort();
        assert_eq!(kinds, sorted);
        assert_eq!(kinds.len(), 25);
        assert_eq!(action_spec("basic-auth").unwrap().secret_keys, &["credentials"]);
        assert!(!action_spec("oauth").unwrap().simulated);
        assert!(action_spec("deny").unwrap().phases.contains(&TcpConnect));
        assert!(action_spec("nope").is_none());
    }
}
