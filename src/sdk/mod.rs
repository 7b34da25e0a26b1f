//! SDK mode: the tunnel runs in this process through the `ngrok` crate.

mod connector;
mod forward;
pub mod frames;
mod session;

use std::sync::Arc;

use anyhow::Result;
use ngrok::Error as _;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

pub use connector::{AUTH_CODES, CAP as RECONNECT_CAP, backoff, error_chain};
pub use session::server_addr;

use crate::config::{Proto, TunnelConfig};
use crate::exit::Fail;
use crate::inspect::Inspector;
use crate::logging::scrub;
use crate::tunnel::{Event, Events, STOP_GRACE, emit};
use connector::ConnectorState;
use forward::{Upstream, Upstream502, serve};
use session::{Endpoint, Remote, bind, builder};

/// Runs the tunnel until `shutdown` is cancelled (Ok), the edge sends Stop (Ok), or it fails.
/// A Restart from the edge re-establishes the session and endpoint and reports the URL again.
pub async fn run(cfg: TunnelConfig, events: Events, shutdown: CancellationToken) -> Result<()> {
    crate::logging::set_session_level(cfg.log_level.as_str());
    let (inspector, events) = Inspector::start(&cfg, server_addr(&cfg), events, shutdown.clone()).await?;
    let state = Arc::new(ConnectorState::default());
    let upstream = Arc::new(Upstream::default());
    loop {
        let (remote_tx, mut remote_rx) = mpsc::unbounded_channel();
        let session_stop = shutdown.child_token();
        let b = builder(&cfg, state.clone(), events.clone(), remote_tx, session_stop.clone())?;
        tracing::info!(server = %server_addr(&cfg), proxy = %cfg.proxy.describe(), "connecting to ngrok");
        let connected = tokio::select! {
            s = b.connect() => s,
            _ = shutdown.cancelled() => return Ok(()),
        };
        let mut session = match connected {
            Ok(s) => s,
            Err(e) if shutdown.is_cancelled() => {
                tracing::debug!(error = %e, "connect cancelled");
                return Ok(());
            }
            Err(e) => return Err(connect_failure(&e, &cfg)),
        };
        tracing::info!(session = %session.id(), "session established");
        let endpoint = bind(&session, &cfg).await.map_err(|e| bind_failure(&e, &cfg))?;
        emit(&events, Event::Url(endpoint.url()));
        let serve_stop = CancellationToken::new();
        let local = cfg.local_addr.host_port();
        let mode = if cfg.proto == Proto::Tcp { Upstream502::Close } else { Upstream502::Http };
        let serving = async {
            match endpoint {
                Endpoint::Http(t) => {
                    serve(t, local, mode, upstream.clone(), inspector.clone(), serve_stop.clone(), STOP_GRACE).await
                }
                Endpoint::Tcp(t) => {
                    serve(t, local, mode, upstream.clone(), inspector.clone(), serve_stop.clone(), STOP_GRACE).await
                }
                Endpoint::Forwarded(mut f) => {
                    tokio::select! {
                        r = f.join() => { tracing::warn!(result = ?r.map(|r| r.map_err(|e| e.to_string())), "forwarder ended"); None }
                        _ = serve_stop.cancelled() => None,
                    }
                }
            }
        };
        tokio::pin!(serving);
        let remote = tokio::select! {
            ended = &mut serving => {
                session_stop.cancel();
                let fatal = state.fatal.lock().unwrap_or_else(|e| e.into_inner()).take();
                if let Some((code, msg)) = fatal {
                    return Err(auth_failure(&code, &msg, &cfg));
                }
                let why = ended.map_or_else(|| "the tunnel was closed".to_owned(), |e| scrub(&error_chain(&e)));
                anyhow::bail!("the ngrok session ended and could not be re-established: {why}");
            }
            cmd = remote_rx.recv() => cmd,
            _ = shutdown.cancelled() => None,
        };
        serve_stop.cancel();
        let _ = tokio::time::timeout(STOP_GRACE, &mut serving).await;
        session_stop.cancel();
        let _ = tokio::time::timeout(STOP_GRACE, session.close()).await;
        match remote {
            Some(Remote::Restart) => {
                tracing::info!("the ngrok service asked for a restart; re-establishing the session");
                emit(&events, Event::Restarting);
            }
            Some(Remote::Stop) => {
                tracing::info!("the ngrok service asked this session to stop");
                return Ok(());
            }
            None => return Ok(()),
        }
    }
}

fn auth_failure(code: &str, msg: &str, cfg: &TunnelConfig) -> anyhow::Error {
    let from = cfg.authtoken_source.as_deref().unwrap_or("nowhere (no authtoken was configured)");
    Fail::auth(format!(
        "ngrok rejected the credentials ({code}): {}\nThe authtoken came from {from}. Copy yours from \
         https://dashboard.ngrok.com/get-started/your-authtoken into [tunnel.ngrok] authtoken or NGROK_AUTHTOKEN.",
        scrub(msg.trim())
    ))
}

fn connect_failure(err: &ngrok::session::ConnectError, cfg: &TunnelConfig) -> anyhow::Error {
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

fn bind_failure(err: &ngrok::session::RpcError, cfg: &TunnelConfig) -> anyhow::Error {
    let msg = scrub(&err.msg());
    let what = cfg.effective_domain().unwrap_or_else(|| format!("a {} endpoint", cfg.proto.as_str()));
    match err.error_code() {
        Some("ERR_NGROK_334") => anyhow::anyhow!(
            "{what} is already online in another ngrok session (ERR_NGROK_334): {}\nStop the other tunnel or choose \
             another domain/subdomain.",
            msg.trim()
        ),
        Some(code) => anyhow::anyhow!("ngrok refused to create {what} ({code}): {}", msg.trim()),
        None => anyhow::anyhow!("ngrok refused to create {what}: {}", scrub(&error_chain(err))),
    }
}
