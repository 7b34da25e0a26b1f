//! The ngrok service's error codes and message texts, worded as ngrok's error reference
//! (https://ngrok.com/docs/errors) words them. RPC errors end with `\r\n\r\nERR_NGROK_NNN\r\n` as
//! on the wire; like the real service, 105 and 107 echo the authtoken back.

const TOKEN_HELP: &str = "https://dashboard.ngrok.com/get-started/your-authtoken";

/// Appends the code the way the real service does on the wire.
pub(crate) fn with_code(message: &str, code: &str) -> String {
    format!("{message}\r\n\r\n{code}\r\n")
}

/// ERR_NGROK_105: the token does not look like an ngrok authtoken.
pub(crate) fn malformed_token(token: &str) -> String {
    with_code(
        &format!(
            "The authtoken you specified does not look like a proper ngrok authtoken.\nYour authtoken: {token}\nInstructions to install your authtoken are on your ngrok dashboard:\n{TOKEN_HELP}"
        ),
        "ERR_NGROK_105",
    )
}

/// ERR_NGROK_107: well formed, but not a known token.
pub(crate) fn invalid_token(token: &str) -> String {
    with_code(
        &format!(
            "The authtoken you specified is properly formed, but it is invalid.\nYour authtoken: {token}\nThis usually happens when:\n    - You reset your authtoken\n    - Your authtoken was for a team account that you were removed from\n    - You are using ngrok link and this credential was explicitly revoked\nGo to your ngrok dashboard and double check that your authtoken is correct:\n{TOKEN_HELP}"
        ),
        "ERR_NGROK_107",
    )
}

/// ERR_NGROK_4018: no authtoken at all.
pub(crate) fn no_token() -> String {
    with_code(
        &format!(
            "Usage of ngrok requires a verified account and authtoken.\n\nSign up for an account: https://dashboard.ngrok.com/signup\nInstall your authtoken: {TOKEN_HELP}"
        ),
        "ERR_NGROK_4018",
    )
}

/// ERR_NGROK_108: too many simultaneous agent sessions for this account.
pub(crate) fn session_limit(max: usize) -> String {
    with_code(
        &format!(
            "Your account is limited to {max} simultaneous ngrok agent sessions.\nRun multiple endpoints at the same time from a single agent by defining them in your agent configuration file and running `ngrok start --all`.\nRead more about the agent configuration file: https://ngrok.com/docs/agent/config/\nYou can view your current agent sessions in the dashboard: https://dashboard.ngrok.com/agents. Upgrade to a paid plan to remove this limit:\nhttps://dashboard.ngrok.com/billing/choose-a-plan"
        ),
        "ERR_NGROK_108",
    )
}

/// ERR_NGROK_334: the URL is already served by another tunnel.
pub(crate) fn already_online(url: &str) -> String {
    with_code(
        &format!(
            "The endpoint '{url}' is already online. Either\n1. stop your existing endpoint first, or\n2. start both endpoints with `--pooling-enabled` to load balance between them."
        ),
        "ERR_NGROK_334",
    )
}

/// ERR_NGROK_359: a basic-auth credential with an empty username.
pub(crate) fn empty_username() -> String {
    with_code("Invalid basic auth credential. Username must not be zero length.", "ERR_NGROK_359")
}

/// ERR_NGROK_360: a basic-auth password outside 8..=128 characters.
pub(crate) fn bad_password_length(got: usize) -> String {
    with_code(
        &format!("Invalid basic auth credential. Password must be between 8 and 128 characters, got {got}."),
        "ERR_NGROK_360",
    )
}

/// ERR_NGROK_319: a domain asked for by name that the account has not reserved.
pub(crate) fn unreserved_domain(domain: &str) -> String {
    with_code(
        &format!(
            "You must reserve a custom hostname for your account before it can be used to create endpoints.\nFailed to create an endpoint with the domain '{domain}' for the account 'ngrok-sim'.\n\nReserve this name on your dashboard: https://dashboard.ngrok.com/domains/new"
        ),
        "ERR_NGROK_319",
    )
}

/// The message for an auth failure chosen by `fail_next_auth(code)`: the real text when the
/// simulator knows the code, a generic one otherwise.
pub(crate) fn forced_auth_failure(code: &str, token: &str, limit: usize) -> String {
    match code {
        "ERR_NGROK_105" => malformed_token(token),
        "ERR_NGROK_107" => invalid_token(token),
        "ERR_NGROK_108" => session_limit(limit),
        "ERR_NGROK_4018" => no_token(),
        other => with_code("The ngrok service refused to authenticate this session.", other),
    }
}

/// The body of the ERR_NGROK_3200 page (endpoint offline / unknown host).
pub(crate) fn offline_page(host: &str) -> String {
    page("The endpoint is offline.", &format!("The endpoint {host} is offline."), "ERR_NGROK_3200")
}

/// The body of the ERR_NGROK_8012 page (the agent could not reach its upstream).
pub(crate) fn upstream_failed_page(url: &str, forwards_to: &str) -> String {
    let to = if forwards_to.is_empty() {
        "the upstream web service".to_owned()
    } else {
        format!("the upstream web service at {forwards_to}")
    };
    page(
        "Failed to complete tunnel connection",
        &format!(
            "Traffic was successfully tunneled to the ngrok agent for {url}, but the agent failed to establish a connection to {to}."
        ),
        "ERR_NGROK_8012",
    )
}

/// The body of the ERR_NGROK_3004 page (the agent left before its answer was complete).
pub(crate) fn incomplete_page(url: &str) -> String {
    page(
        "ngrok gateway error",
        &format!("ngrok gateway error: the agent serving {url} went away before returning a complete HTTP response."),
        "ERR_NGROK_3004",
    )
}

/// The body of the ERR_NGROK_3202 page (circuit breaker open).
pub(crate) fn breaker_page(url: &str) -> String {
    page(
        "Circuit breaker tripped",
        &format!("Circuit breaker tripped for {url}: the upstream's recent responses were mostly server errors."),
        "ERR_NGROK_3202",
    )
}

/// The body of the ERR_NGROK_3205 page (client address blocked).
pub(crate) fn ip_blocked_page(ip: &str) -> String {
    page(
        "Request blocked by Endpoints IP Restriction",
        &format!("Request from {ip} blocked by Endpoints IP Restriction."),
        "ERR_NGROK_3205",
    )
}

/// The body of the page answered when a Traffic Policy fails at run time (ERR_NGROK_2253/2238).
pub(crate) fn policy_error_page(why: &str, code: &str) -> String {
    page("Traffic Policy error", &format!("The endpoint's traffic policy failed: {why}"), code)
}

fn page(title: &str, message: &str, code: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n<head><title>ngrok - {title}</title></head>\n<body>\n<h1>{message}</h1>\n<p>{code}</p>\n</body>\n</html>\n"
    )
}

/// ERR_NGROK_15005: a binding the service does not know.
pub(crate) fn invalid_binding(binding: &str) -> String {
    with_code(&format!("The binding {binding} is invalid."), "ERR_NGROK_15005")
}

/// ERR_NGROK_15006: the same binding listed twice.
pub(crate) fn duplicate_binding(binding: &str) -> String {
    with_code(
        &format!("The binding {binding} was specified multiple times, but duplicate bindings are not allowed."),
        "ERR_NGROK_15006",
    )
}

/// ERR_NGROK_9028: an internal endpoint without a host name.
pub(crate) fn internal_without_domain() -> String {
    with_code("You must specify a domain name for a internally bound endpoint.", "ERR_NGROK_9028")
}

/// ERR_NGROK_9029: an internal endpoint whose host does not end in `.internal`.
pub(crate) fn internal_needs_internal_tld(url: &str) -> String {
    with_code(
        &format!(
            "Failed to start endpoint with {url}. Endpoints with a \"internal\" binding must have a url that ends in \".internal\"."
        ),
        "ERR_NGROK_9029",
    )
}

/// ERR_NGROK_2262: `on_tcp_connect` rules on an internal http(s) endpoint.
pub(crate) fn internal_http_tcp_phase() -> String {
    with_code(
        "Internal HTTP/HTTPS endpoints do not support the on_tcp_connect Traffic Policy phase. Consider using a TCP or TLS endpoint instead.",
        "ERR_NGROK_2262",
    )
}

/// The body of the ERR_NGROK_3501 page (too many forward-internal hops).
pub(crate) fn forward_hops_page(max: usize) -> String {
    page("Too many forwards", &format!("ForwardInternal may only forward through {max} endpoints."), "ERR_NGROK_3501")
}
