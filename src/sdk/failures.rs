//! What the user reads when ngrok refuses the credentials, the session or the endpoint.

use ngrok::Error as _;

use super::connector::{AUTH_CODES, error_chain};
use super::session::server_addr;
use crate::config::TunnelConfig;
use crate::exit::Fail;
use crate::logging::scrub;

/// The error for credentials the service rejected (exit 3), naming where the token came from.
pub fn auth_failure(code: &str, msg: &str, cfg: &TunnelConfig) -> anyhow::Error {
    let from = cfg.authtoken_source.as_deref().unwrap_or("nowhere (no authtoken was configured)");
    Fail::auth(format!(
        "ngrok rejected the credentials ({code}): {}\nThe authtoken came from {from}. Copy yours from \
         https://dashboard.ngrok.com/get-started/your-authtoken into [tunnel.ngrok] authtoken or NGROK_AUTHTOKEN.",
        scrub(msg.trim())
    ))
}

/// The error for a session the service refused or could not be reached for.
pub fn connect_failure(err: &ngrok::session::ConnectError, cfg: &TunnelConfig) -> anyhow::Error {
    let msg = scrub(&err.msg());
    match err.error_code() {
        Some(code) if AUTH_CODES.contains(&code) => auth_failure(code, &msg, cfg),
        Some("ERR_NGROK_108") => anyhow::anyhow!(
            "ngrok refused another agent session (ERR_NGROK_108): {}\nStop the other session (often a lingering \
             agent: see https://dashboard.ngrok.com/agents) or upgrade the plan.",
            msg.trim()
        ),
        Some(code) => anyhow::anyhow!("ngrok refused the session ({code}): {}", msg.trim()),
        None => anyhow::anyhow!("could not connect to ngrok at {}: {}", server_addr(cfg), scrub(&error_chain(err))),
    }
}

/// The error for an endpoint the service refused to bind.
pub fn bind_failure(err: &ngrok::session::RpcError, cfg: &TunnelConfig) -> anyhow::Error {
    let msg = scrub(&err.msg());
    let what = cfg.effective_domain().unwrap_or_else(|| format!("a {} endpoint", cfg.proto.as_str()));
    match err.error_code() {
        Some("ERR_NGROK_334") => anyhow::anyhow!(
            "{what} is already online in another ngrok session (ERR_NGROK_334): {}\n{}",
            msg.trim(),
            cfg.url_taken_advice()
        ),
        Some(code) => anyhow::anyhow!("ngrok refused to create {what} ({code}): {}", msg.trim()),
        None => anyhow::anyhow!("ngrok refused to create {what}: {}", scrub(&error_chain(err))),
    }
}
