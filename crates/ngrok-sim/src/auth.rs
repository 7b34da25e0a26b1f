//! The Auth RPC: accounts, protocol versions, the per-token session limit, session ids.
//!
//! A *well-formed* authtoken is 20 to 100 characters, each an ASCII letter, digit, `_` or `-`
//! (real tokens look like `2abcDEF..._3xyz...`). An empty token is ERR_NGROK_4018, a malformed one
//! ERR_NGROK_105; with `EdgeOptions::authtokens` set, a well-formed token not in the list is
//! ERR_NGROK_107. With `session_limit` N, an (N+1)th live session of one token is ERR_NGROK_108.

use std::sync::Arc;
use std::time::Duration;

use muxado::typed::TypedStream;
use serde_json::Value;

use crate::codes;
use crate::records::AuthRecord;
use crate::session::AgentConn;
use crate::state::LiveSession;
use crate::wire::{self, AuthResp, AuthRespExtra};

/// Protocol versions the simulator speaks.
const VERSIONS: [&str; 2] = ["3", "2"];

/// Whether `token` is well formed (see the module docs).
pub fn well_formed(token: &str) -> bool {
    (20..=100).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A random lowercase hex string of `n` characters.
pub(crate) fn random_hex(n: usize) -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..n).map(|_| char::from_digit(rng.random_range(0..16), 16).unwrap()).collect()
}

/// `Extra` keys are matched loosely: the `ngrok` crate sends `AuthToken`, ngrok v2 `Authtoken`.
fn text(extra: &Value, key: &str) -> String {
    crate::opts::text(extra, key)
}

fn nanos(extra: &Value, key: &str) -> Option<Duration> {
    crate::opts::field(extra, key).and_then(Value::as_i64).filter(|n| *n > 0).map(|n| Duration::from_nanos(n as u64))
}

/// Serves one Auth stream.
pub(crate) async fn serve(conn: Arc<AgentConn>, mut stream: TypedStream) -> std::io::Result<()> {
    let raw = wire::read_json(&mut stream).await?;
    let req: wire::Auth = serde_json::from_value(raw.clone()).unwrap_or_default();
    let extra = &req.extra;
    let token = text(extra, "Authtoken");
    let mut record = AuthRecord {
        remote_addr: conn.peer,
        versions: req.version.clone(),
        client_id: req.client_id.clone(),
        authtoken: token.clone(),
        metadata: text(extra, "Metadata"),
        user_agent: text(extra, "UserAgent"),
        os: text(extra, "OS"),
        arch: text(extra, "Arch"),
        client_version: text(extra, "Version"),
        client_type: text(extra, "ClientType"),
        heartbeat_interval: nanos(extra, "HeartbeatInterval"),
        heartbeat_tolerance: nanos(extra, "HeartbeatTolerance"),
        raw,
        session_id: None,
        error: None,
    };
    let outcome = decide(&conn, &req, &token).and_then(|version| register(&conn, &req, &record, version));
    match &outcome {
        Ok((_, id)) => record.session_id = Some(id.clone()),
        Err(message) => record.error = Some(message.clone()),
    }
    let (record_interval, record_tolerance) = (record.heartbeat_interval, record.heartbeat_tolerance);
    conn.shared.update(|r| r.auths.push(record));
    match outcome {
        Ok((version, id)) => {
            tracing::info!(session = %id, version, "agent authenticated");
            let interval = record_interval.unwrap_or(Duration::from_secs(10));
            conn.watch_heartbeats(interval, record_tolerance.unwrap_or(Duration::from_secs(15)));
            let extra = AuthRespExtra {
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
                region: Some("us".into()),
                cookie: Some(random_hex(32)),
                account_name: Some("ngrok-sim".into()),
                session_duration: Some(0),
                plan_name: Some("Free".into()),
                banner: None,
            };
            wire::write_json(&mut stream, &AuthResp { version: version.into(), client_id: id, extra }).await
        }
        Err(message) => {
            tracing::info!(error = %message.lines().next().unwrap_or_default(), "auth refused");
            wire::write_error(&mut stream, &message).await
        }
    }
}

/// Checks everything that does not depend on other sessions; returns the chosen version.
fn decide(conn: &AgentConn, req: &wire::Auth, token: &str) -> Result<&'static str, String> {
    let limit = conn.shared.opts.session_limit.unwrap_or(1);
    if let Some(code) = take_forced_failure(&conn.shared.fail_next_auth) {
        return Err(codes::forced_auth_failure(&code, token, limit));
    }
    let Some(version) = req.version.iter().find_map(|v| VERSIONS.iter().find(|s| **s == v.as_str())) else {
        return Err(format!(
            "This ngrok edge speaks tunnel protocol versions {VERSIONS:?}; the agent offered {:?}.",
            req.version
        ));
    };
    if token.is_empty() {
        return Err(codes::no_token());
    }
    if !well_formed(token) {
        return Err(codes::malformed_token(token));
    }
    if let Some(accepted) = &conn.shared.opts.authtokens
        && !accepted.iter().any(|t| t == token)
    {
        return Err(codes::invalid_token(token));
    }
    Ok(version)
}

/// Counts down the Auths still to refuse; the code the current one fails with, if any.
fn take_forced_failure(slot: &std::sync::Mutex<Option<(String, usize)>>) -> Option<String> {
    let mut slot = slot.lock().unwrap();
    let (code, left) = slot.as_mut()?;
    let code = code.clone();
    *left -= 1;
    if *left == 0 {
        *slot = None;
    }
    Some(code)
}

/// Applies the session limit and registers the session (replacing a session it resumes).
fn register(
    conn: &AgentConn,
    req: &wire::Auth,
    record: &AuthRecord,
    version: &'static str,
) -> Result<(&'static str, String), String> {
    let id = if req.client_id.is_empty() { random_hex(32) } else { req.client_id.clone() };
    conn.shared.update(|reg| {
        if let Some(limit) = conn.shared.opts.session_limit {
            let others = reg
                .sessions
                .iter()
                .filter(|s| s.authtoken == record.authtoken && s.id != id && s.conn != conn.conn)
                .count();
            if others >= limit {
                return Err(codes::session_limit(limit));
            }
        }
        let resumed: Vec<u64> =
            reg.sessions.iter().filter(|s| s.id == id && s.conn != conn.conn).map(|s| s.conn).collect();
        for old in resumed {
            tracing::info!(session = %id, "session resumed on a new connection; dropping the old one");
            reg.remove_conn(old);
        }
        reg.sessions.retain(|s| s.conn != conn.conn);
        reg.sessions.push(LiveSession {
            id: id.clone(),
            conn: conn.conn,
            authtoken: record.authtoken.clone(),
            remote_addr: conn.peer,
            client_version: record.client_version.clone(),
            user_agent: record.user_agent.clone(),
            opener: conn.opener.clone(),
            kill: conn.kill.clone(),
            socket: conn.socket.clone(),
            heartbeats: conn.heartbeats.clone(),
            proxy_slots: conn.proxy_slots.clone(),
        });
        Ok(())
    })?;
    *conn.session.lock().unwrap() = Some(id.clone());
    Ok((version, id))
}
