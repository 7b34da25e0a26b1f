//! SDK mode: the tunnel runs in this process through the `ngrok` crate.

mod connector;
mod establish;
mod failures;
mod forward;
pub mod frames;
mod further;
mod heartbeat;
mod policy;
mod session;

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Result;
use tokio_util::sync::CancellationToken;

pub use connector::{AUTH_CODES, error_chain};
pub use policy::{CAP as RECONNECT_CAP, backoff};
pub use session::server_addr;

use crate::config::{Proto, TunnelConfig};
use crate::http_forward::Outages;
use crate::inspect::Inspector;
use crate::logging::scrub;
use crate::tunnel::{Event, Events, Meters, STOP_GRACE, emit};
use connector::ConnectorState;
use establish::{Again, Live, establish};
use forward::{Target, Upstream502, serve};
use further::Further;
use heartbeat::PauseClock;
use session::{Endpoint, Remote};

/// How often what each endpoint served is reported.
const SERVED_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// How a session's life ended.
enum Ended {
    /// The service asked for a restart: a new session, the same URL if the service allows.
    Restart,
    /// The crate could not resume the session: a new one, under the reconnect policy.
    Lost,
    /// Stop from the service, or shutdown.
    Done,
}

/// Runs the tunnel until `shutdown` is cancelled (Ok), the edge sends Stop (Ok), or it fails.
/// A Restart from the edge, like a session the crate could not resume, re-establishes the
/// session and the endpoint under the reconnect policy, keeping the URL when the service
/// gives it back, and reports the URL again.
/// A reload's new further endpoints arrive through `updates` and are opened and closed on the
/// live session, the others serving on undisturbed.
pub async fn run(
    mut cfg: TunnelConfig,
    events: Events,
    shutdown: CancellationToken,
    mut updates: crate::backend::EndpointUpdates,
) -> Result<()> {
    crate::logging::set_session_level(cfg.log_level.as_str());
    let (meters, outages) = (Arc::new(Meters::default()), Arc::new(Outages::default()));
    let shared = (meters.clone(), outages.clone());
    let (inspector, events) = Inspector::start(&cfg, server_addr(&cfg), events, shutdown.clone(), shared).await?;
    let state = Arc::new(ConnectorState::default());
    let clock = PauseClock::start(shutdown.child_token());
    let mut again: Option<Again> = None;
    let mut kept: HashMap<String, String> = HashMap::new();
    loop {
        cfg.endpoints = updates.borrow_and_update().clone();
        let Some(live) = establish(&cfg, &state, &events, &clock, (again.as_ref(), &kept), &shutdown).await? else {
            return Ok(());
        };
        report_url(&events, again.as_ref(), &live.endpoint.url());
        for (name, endpoint) in &live.extra {
            let url = endpoint.url();
            kept.insert(name.clone(), url.clone());
            emit(&events, Event::EndpointUrl { endpoint: name.clone(), url });
        }
        for left_out in cfg.endpoints.iter().filter(|e| !live.extra.iter().any(|(n, _)| n == &e.endpoint)) {
            emit(&events, Event::EndpointGone { endpoint: left_out.endpoint.clone() });
        }
        *state.url.lock().unwrap_or_else(|e| e.into_inner()) = Some(live.endpoint.url());
        let mut further = Further::new(outages.clone(), inspector.clone(), meters.clone());
        let ended = serve_session(
            live,
            &cfg,
            &state,
            &events,
            (&outages, &inspector, &meters),
            (&mut further, &mut updates, &mut kept),
            &shutdown,
        )
        .await;
        further.finish().await;
        let ended = ended?;
        let url = state.bound_url().unwrap_or_default();
        again = match ended {
            Ended::Restart => Some(Again::Restart(url)),
            Ended::Lost => Some(Again::Lost(url)),
            Ended::Done => return Ok(()),
        };
    }
}

/// Tells the user the URL of a new session: the first one, or whether a Restart or a new
/// session kept the old URL.
fn report_url(events: &Events, again: Option<&Again>, url: &str) {
    if let Some(again) = again {
        let old = again.url();
        if old == url {
            tracing::info!(%url, "the ngrok session is established again; the public URL is unchanged");
        } else {
            tracing::warn!(%old, new = %url, "the ngrok service did not give the old URL back: the public URL changed");
        }
    }
    emit(events, Event::Url(url.to_owned()));
}

/// Serves one live session until it ends: a command from the service, shutdown, or the crate
/// giving up on it (credentials rejected: an error; anything else: [`Ended::Lost`]).
async fn serve_session(
    live: Live,
    cfg: &TunnelConfig,
    state: &ConnectorState,
    events: &Events,
    (outages, inspector, meters): (&Arc<Outages>, &Option<Arc<Inspector>>, &Meters),
    (further, updates, kept): (&mut Further, &mut crate::backend::EndpointUpdates, &mut HashMap<String, String>),
    shutdown: &CancellationToken,
) -> Result<Ended> {
    let Live { mut session, endpoint, extra, mut remote_rx, session_stop } = live;
    let serve_stop = CancellationToken::new();
    for (name, ep) in extra {
        if let Some(ep_cfg) = cfg.endpoints.iter().find(|c| c.endpoint == name) {
            further.start(ep, ep_cfg.clone());
        }
    }
    let target = target(cfg, meters);
    let serving = async {
        match endpoint {
            Endpoint::Http(t) => {
                serve(t, target, outages.clone(), inspector.clone(), serve_stop.clone(), STOP_GRACE).await
            }
            Endpoint::Tcp(t) => {
                serve(t, target, outages.clone(), inspector.clone(), serve_stop.clone(), STOP_GRACE).await
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
    let mut tick = tokio::time::interval(SERVED_EVERY);
    let mut served = Vec::new();
    let remote = loop {
        tokio::select! {
        _ = tick.tick() => {
            let now = meters.read(&[vec![cfg.endpoint.clone()], further.names()].concat());
            if now != served {
                served = now.clone();
                emit(events, Event::Served(now));
            }
        }
        ended = &mut serving => {
            session_stop.cancel();
            let fatal = state.fatal.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some((code, msg)) = fatal {
                return Err(failures::auth_failure(&code, &msg, cfg));
            }
            if shutdown.is_cancelled() {
                return Ok(Ended::Done);
            }
            let why = ended.map_or_else(|| "the tunnel was closed".to_owned(), |e| scrub(&error_chain(&e)));
            if !state.handed_over.swap(false, std::sync::atomic::Ordering::SeqCst) {
                tracing::warn!(reason = %why, "the ngrok session ended; establishing a new one");
            }
            let _ = tokio::time::timeout(STOP_GRACE, session.close()).await;
            return Ok(Ended::Lost);
        }
        cmd = remote_rx.recv() => break cmd,
        _ = shutdown.cancelled() => break None,
        Ok(()) = updates.changed() => {
            let wanted = updates.borrow_and_update().clone();
            further.update(&session, &wanted, events, kept).await;
        }
        }
    };
    if remote == Some(Remote::Restart) {
        // Not online from here on: the endpoint is unbound before the new session binds it.
        tracing::info!("the ngrok service asked for a restart; establishing a new session");
        emit(events, Event::Restarting);
    }
    serve_stop.cancel();
    let _ = tokio::time::timeout(STOP_GRACE, &mut serving).await;
    session_stop.cancel();
    let _ = tokio::time::timeout(STOP_GRACE, session.close()).await;
    Ok(match remote {
        Some(Remote::Restart) => Ended::Restart,
        Some(Remote::Stop) => {
            tracing::info!("the ngrok service asked this session to stop");
            Ended::Done
        }
        None => Ended::Done,
    })
}

/// Where the endpoint of `cfg` forwards, counted by its meter in `meters`.
fn target(cfg: &TunnelConfig, meters: &Meters) -> Target {
    Target {
        local: cfg.local_addr.host_port(),
        mode: if cfg.proto == Proto::Tcp { Upstream502::Close } else { Upstream502::Http },
        meter: meters.of(&cfg.endpoint),
    }
}
