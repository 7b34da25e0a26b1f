//! The agent run: web service, session (with the real agent's retry and reconnect logging),
//! endpoints, and the stop handling (SIGINT, SIGTERM, edge stop command).

use std::sync::Arc;

use bytes::Bytes;
use ngrok::Session;
use ngrok::session::{ConnectError, RpcError, SessionBuilder};
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio_util::sync::CancellationToken;

use crate::api;
use crate::bind;
use crate::endpoint::EndpointSpec;
use crate::fatal::{command_failed, connect_text, edge_text};
use crate::log::{Logger, Val};
use crate::plan::Plan;
use crate::reconnect::{Event, Reconnector, install_watch};
use crate::state::State;

fn builder(
    plan: &Plan,
    rc: &Reconnector,
    state: &Arc<State>,
    events: &UnboundedSender<Event>,
) -> Result<SessionBuilder, String> {
    let mut b = Session::builder();
    if let Some(token) = &plan.authtoken {
        b.authtoken(token);
    }
    b.server_addr(&plan.server_addr).map_err(|e| format!("invalid server address '{}': {e}", plan.server_addr))?;
    match plan.root_cas.as_deref() {
        None | Some("trusted") => {}
        Some("host") => {
            b.root_cas("host").map_err(|e| format!("failed to load the host's root certificates: {e}"))?;
        }
        Some(path) => {
            let pem = std::fs::read(path).map_err(|e| format!("failed to read root CAs from '{path}': {e}"))?;
            b.ca_cert(Bytes::from(pem));
        }
    }
    if let Some(i) = plan.heartbeat_interval {
        b.heartbeat_interval(i).map_err(|e| e.to_string())?;
    }
    if let Some(t) = plan.heartbeat_tolerance {
        b.heartbeat_tolerance(t).map_err(|e| e.to_string())?;
    }
    if let Some(m) = &plan.metadata {
        b.metadata(m);
    }
    b.client_info("ngrok", &plan.version, None::<String>);
    let conn = rc.clone();
    b.connector(
        move |host: String, port: u16, tls: Arc<rustls::ClientConfig>, err: Option<ngrok::tunnel::AcceptError>| {
            conn.clone().connect(host, port, tls, err)
        },
    );
    let hb_state = state.clone();
    b.handle_heartbeat(move |latency| {
        hb_state.set_latency(latency);
        async { Ok(()) }
    });
    if plan.remote_management {
        let tx = events.clone();
        b.handle_stop_command(move |_| {
            let _ = tx.send(Event::EdgeStop);
            async { Ok(()) }
        });
    }
    Ok(b)
}

enum Connected {
    Session(Session),
    Stop,
    Fatal(String),
}

/// Connects, retrying dial and handshake failures with the agent's backoff.
async fn connect(b: &SessionBuilder, rc: &Reconnector, addr: &str, events: &mut UnboundedReceiver<Event>) -> Connected {
    loop {
        tokio::select! {
            res = b.connect() => match res {
                Ok(s) => return Connected::Session(s),
                Err(ConnectError::Auth(rpc @ RpcError::Response(_))) => {
                    return Connected::Fatal(edge_text("authentication failed: ", &rpc));
                }
                Err(e) => rc.log_failure(&connect_text(&e, addr)),
            },
            ev = events.recv() => match ev {
                Some(Event::Fatal(t)) => return Connected::Fatal(t),
                Some(Event::Restart) => continue,
                Some(Event::Stop | Event::EdgeStop) | None => return Connected::Stop,
            },
        }
        if !rc.pause().await {
            return Connected::Stop;
        }
    }
}

async fn stop(log: &Logger, session: Option<Session>, state: &State, from_edge: bool) -> i32 {
    log.info("received stop request", &[("obj", "app".into()), ("stopReq", Val::Empty)]);
    log.info("session closing", &[("obj", "tunnels.session".into()), ("err", Val::Nil)]);
    if from_edge {
        // The crate writes the answer to Stop after our handler returns: unbinding first (RPC
        // round trips on the same session) lets that answer reach the edge before we close.
        let tunnels = state.take_started();
        if tunnels.is_empty() {
            tokio::task::yield_now().await;
        }
        for mut t in tunnels {
            let _ = tokio::time::timeout(std::time::Duration::from_secs(2), t.close()).await;
        }
    }
    if let Some(mut s) = session {
        let _ = tokio::time::timeout(std::time::Duration::from_secs(2), s.close()).await;
    }
    0
}

/// Runs the agent until stopped; returns the exit status.
pub async fn run(plan: Plan, log: Logger) -> i32 {
    for path in &plan.config_paths {
        log.info("open config file", &[("path", path.display().to_string().into()), ("err", Val::Nil)]);
    }
    let state = Arc::new(State::new(plan.version.clone(), plan.region.clone()));
    match api::bind(&plan.web_addr, &log).await {
        Err(text) => return command_failed(&log, &text),
        Ok(None) => {}
        Ok(Some(listener)) => {
            log.info("starting web service", &[("obj", "web".into()), ("addr", api::local(&listener).into())]);
            tokio::spawn(api::serve(listener, state.clone(), log.clone()));
        }
    }
    let (tx, mut events) = unbounded_channel();
    let cancel = CancellationToken::new();
    let rc = Reconnector::new(log.clone(), plan.connect_timeout, cancel.clone(), tx.clone(), state.clone());
    install_watch(&rc);
    for kind in [SignalKind::interrupt(), SignalKind::terminate()] {
        let (tx, cancel) = (tx.clone(), cancel.clone());
        let Ok(mut sig) = signal(kind) else { continue };
        tokio::spawn(async move {
            while sig.recv().await.is_some() {
                cancel.cancel();
                let _ = tx.send(Event::Stop);
            }
        });
    }
    let b = match builder(&plan, &rc, &state, &tx) {
        Ok(b) => b,
        Err(text) => return command_failed(&log, &text),
    };
    log.info("tunnel session started", &[("obj", "tunnels.session".into())]);
    let mut specs: Vec<EndpointSpec> = plan.endpoints.clone();
    let mut first = true;
    loop {
        let session = match connect(&b, &rc, &plan.server_addr, &mut events).await {
            Connected::Session(s) => s,
            Connected::Stop => return stop(&log, None, &state, false).await,
            Connected::Fatal(text) => return command_failed(&log, &text),
        };
        if first {
            log.info("client session established", &[("obj", "csess".into()), ("id", rc.id().into())]);
        }
        state.set_session(Some(session.clone()));
        for spec in specs.drain(..) {
            let metrics = std::sync::Arc::new(crate::metrics::Metrics::default());
            match bind::listen(&session, &spec, metrics.clone()).await {
                Ok(started) => {
                    api::log_started(&log, &spec.name, &spec.addr, &started.url());
                    state.add(spec, started, metrics);
                }
                Err(e) if first => {
                    return command_failed(&log, &edge_text("failed to start tunnel: ", &e));
                }
                Err(e) => {
                    let fields = [
                        ("obj", Val::from("tunnels")),
                        ("name", spec.name.clone().into()),
                        ("err", edge_text("", &e).into()),
                    ];
                    log.error("failed to start tunnel", &fields);
                }
            }
        }
        first = false;
        match events.recv().await {
            Some(Event::Stop) | None => return stop(&log, Some(session), &state, false).await,
            Some(Event::EdgeStop) => return stop(&log, Some(session), &state, true).await,
            Some(Event::Fatal(text)) => return command_failed(&log, &text),
            Some(Event::Restart) => {
                state.set_session(None);
                specs = state.take_specs();
                rc.begin_episode();
            }
        }
    }
}
