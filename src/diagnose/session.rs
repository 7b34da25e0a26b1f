//! The session stage (Auth accepted, or the refusal explained) and a test endpoint bound and
//! closed, through the `ngrok` crate with the network stages measured in its connector.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ngrok::Error as _;
use ngrok::Session;
use ngrok::config::TunnelBuilder;
use ngrok::tunnel::{EndpointInfo, TunnelCloser};

use super::Options;
use super::checks::Report;
use super::network::{STAGE_TIMEOUT, Seen, ca_set, connector};
use crate::config::{RootCas, TunnelConfig};
use crate::exit::Exit;

/// Connects a session; records tcp, tls and session. None when it failed.
pub async fn connect(report: &mut Report, cfg: &TunnelConfig) -> Option<Session> {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let started = Instant::now();
    let result = match builder(cfg, seen.clone()) {
        Ok(b) => match tokio::time::timeout(STAGE_TIMEOUT * 3, b.connect()).await {
            Ok(r) => r.map_err(|e| (e.error_code().map(str::to_owned), crate::sdk::error_chain(&e))),
            Err(_) => Err((None, "no answer to Auth in time".to_owned())),
        },
        Err(e) => Err((None, format!("{e:#}"))),
    };
    let seen = std::mem::take(&mut *seen.lock().unwrap_or_else(|e| e.into_inner()));
    let network = [("tcp", seen.tcp), ("tls", seen.tls)];
    let mut net_ms = Duration::ZERO;
    for (name, outcome) in network {
        match outcome {
            Some((took, Ok(detail))) => {
                net_ms += took;
                report.ok(name, Instant::now() - took, detail);
            }
            Some((took, Err((cause, fix)))) => {
                report.fail(
                    name,
                    Instant::now() - took,
                    format!("{name} to {} failed", cfg.ingress_addr()),
                    cause,
                    fix,
                    Exit::Runtime,
                );
                return None;
            }
            None if result.is_err() => {
                let (_, why) = result.as_ref().err().cloned().unwrap_or_default();
                report.fail(name, started, "not reached", why, "see the cause", Exit::Runtime);
                return None;
            }
            None => report.skip(name, "not observed"),
        }
    }
    let session_started = Instant::now() - started.elapsed().saturating_sub(net_ms);
    match result {
        Ok(session) => {
            report.ok("session", session_started, format!("Auth accepted, session {}", session.id()));
            Some(session)
        }
        Err((code, msg)) => {
            let (fix, exit) = refusal(code.as_deref(), cfg);
            let what =
                code.as_deref().map_or("the session failed".to_owned(), |c| format!("ngrok refused the session ({c})"));
            report.fail("session", session_started, what, msg.trim().replace("\r\n", " "), fix, exit);
            None
        }
    }
}

/// The fix and exit code for a refused Auth.
fn refusal(code: Option<&str>, cfg: &TunnelConfig) -> (String, Exit) {
    let from = cfg.authtoken_source.as_deref().unwrap_or("nowhere (none is configured)");
    let copy = "copy yours from https://dashboard.ngrok.com/get-started/your-authtoken into NGROK_AUTHTOKEN or [tunnel.ngrok] authtoken";
    match code {
        Some("ERR_NGROK_105") => (format!("the authtoken is malformed (it came from {from}); {copy}"), Exit::Auth),
        Some("ERR_NGROK_107") => (format!("the authtoken is well formed but not valid, e.g. revoked (it came from {from}); {copy}"), Exit::Auth),
        Some("ERR_NGROK_4018") => (format!("no authtoken was sent; {copy}"), Exit::Auth),
        Some("ERR_NGROK_108") => (
            "the account's limit of simultaneous agent sessions is reached, often by a forgotten agent: stop it (https://dashboard.ngrok.com/agents) or upgrade the plan".to_owned(),
            Exit::Runtime,
        ),
        Some("ERR_NGROK_9009") => (
            format!(
                "running an agent through an HTTP(S) proxy is a Pay-as-you-go feature of ngrok; the proxy is {}: upgrade the plan, or remove proxy_url / HTTPS_PROXY if the network allows a direct connection",
                cfg.proxy.describe()
            ),
            Exit::Runtime,
        ),
        Some(c) => (format!("see https://ngrok.com/docs/errors/{}", c.to_ascii_lowercase()), Exit::Runtime),
        None => ("see the cause; run with -v for the session's log".to_owned(), Exit::Runtime),
    }
}

fn builder(cfg: &TunnelConfig, seen: Arc<Mutex<Seen>>) -> anyhow::Result<ngrok::session::SessionBuilder> {
    use anyhow::Context;
    let mut b = Session::builder();
    if let Some(token) = &cfg.authtoken {
        b.authtoken(token.expose());
    }
    let addr = cfg.ingress_addr();
    b.server_addr(addr.clone()).with_context(|| format!("invalid server_addr {addr:?}"))?;
    match &cfg.root_cas {
        Some(RootCas::Host) => {
            b.root_cas("host").context("could not load the host's root certificates")?;
        }
        Some(RootCas::Path(p)) => {
            b.ca_cert(std::fs::read(p).with_context(|| format!("could not read root_cas {}", p.display()))?.into());
        }
        Some(RootCas::Trusted) | None => {}
    }
    if let Some(p) = &cfg.ca_cert {
        b.ca_cert(std::fs::read(p).with_context(|| format!("could not read ca_cert {}", p.display()))?.into());
    }
    b.client_info("prx-tunnel-diagnose", env!("CARGO_PKG_VERSION"), None::<String>);
    b.connector(connector(cfg.proxy.clone(), ca_set(cfg), seen));
    Ok(b)
}

/// Binds a test http endpoint, optionally sends a request through it, and closes it.
pub async fn endpoint(report: &mut Report, cfg: &TunnelConfig, session: Session, opts: Options) {
    let started = Instant::now();
    let mut ep = session.http_endpoint();
    ep.metadata("prx-tunnel diagnose test endpoint");
    let bound = tokio::time::timeout(STAGE_TIMEOUT, ep.listen()).await;
    let mut tunnel = match bound {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            let code = e.error_code().map(str::to_owned);
            let fix = code.as_deref().map_or("see the cause".to_owned(), |c| {
                format!("see https://ngrok.com/docs/errors/{}", c.to_ascii_lowercase())
            });
            report.fail(
                "endpoint",
                started,
                "ngrok refused the test endpoint",
                e.msg().trim().replace("\r\n", " "),
                fix,
                Exit::Runtime,
            );
            report.skip_rest("no test endpoint");
            return;
        }
        Err(_) => {
            report.fail(
                "endpoint",
                started,
                "no answer to Bind",
                "the edge did not answer the Bind in time",
                "run diagnose again; if it persists, see https://status.ngrok.com",
                Exit::Runtime,
            );
            report.skip_rest("no test endpoint");
            return;
        }
    };
    let url = tunnel.url().to_owned();
    let public = if opts.public { Some(super::public::round_trip(&url, cfg, &mut tunnel).await) } else { None };
    let closed = tokio::time::timeout(STAGE_TIMEOUT, tunnel.close()).await;
    let how =
        if matches!(closed, Ok(Ok(()))) { "then closed" } else { "closing it failed (it ends with this process)" };
    report.ok("endpoint", started, format!("bound {url}, {how}"));
    match public {
        Some((started, Ok(detail))) => report.ok("public", started, detail),
        Some((started, Err((cause, fix)))) => {
            report.fail("public", started, format!("no request through {url} arrived back"), cause, fix, Exit::Runtime)
        }
        None => report.skip("public", "skipped: add --public to send a request through the public URL"),
    }
    drop(session);
}
