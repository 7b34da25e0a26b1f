//! The session connector: called by the `ngrok` crate for every (re)connect, with the error
//! that caused it. It dials under the reconnect policy (`policy.rs`) instead of the crate's
//! 50 ms / 2.5 s / 125 s backoff, lets the crate resume its session once per disconnection,
//! hands every later failure (Auth refused, re-Bind refused, a session closed at once) to the
//! run loop — which starts a new session under the same policy — and learns from the wire
//! (`frames::rpc`) when the resumed endpoint is bound again, the only moment it is online.

use std::io;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use ngrok::Error as _;
use ngrok::session::{ConnectError, IoStream};
use ngrok::tunnel::AcceptError;
use tokio_util::sync::CancellationToken;

use super::frames::{Gate, Rpc, RpcSink};
use super::policy::Policy;
use crate::logging::scrub;
use crate::proxy::{Choice, Dialed, ProxyError};
use crate::tunnel::{Event, Events, emit};

/// ngrok error codes that mean the credentials are wrong: retrying cannot help.
pub const AUTH_CODES: [&str; 3] = ["ERR_NGROK_105", "ERR_NGROK_107", "ERR_NGROK_4018"];

/// Shared between the connector and the code that runs the session.
#[derive(Default)]
pub struct ConnectorState {
    /// The latest connection error (masked), for "timed out; last error: …".
    pub last_error: Mutex<Option<String>>,
    /// Set when the edge rejected the credentials on a reconnect: the session was cancelled.
    pub fatal: Mutex<Option<(String, String)>>,
    /// The public URL the endpoint is bound to, as the user was told.
    pub url: Mutex<Option<String>>,
    /// Set when the crate could not resume the session and the run loop must start a new one.
    pub handed_over: AtomicBool,
    /// The reconnect policy, shared by the connector and the run loop.
    policy: Mutex<Policy>,
    /// Number of the latest connection to the edge.
    generation: AtomicU64,
    /// Number of the connection the endpoint was last confirmed bound on.
    online_generation: AtomicU64,
    /// Set when the end of the online connection was already reported (by the gate).
    lost_reported: AtomicBool,
    /// Cuts the live connection (heartbeat loss: the crate only reports it, so we act on it).
    live: Mutex<Option<CancellationToken>>,
}

impl ConnectorState {
    /// Cuts the current connection to ngrok, so the session reconnects at once.
    pub fn cut(&self) {
        if let Some(token) = self.live.lock().unwrap_or_else(|e| e.into_inner()).take() {
            token.cancel();
        }
    }

    /// The reconnect policy.
    pub fn policy(&self) -> MutexGuard<'_, Policy> {
        self.policy.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records a failed attempt: the error for `status`, and an event counting the attempt.
    pub fn attempt_failed(&self, events: &Events, error: String) {
        *self.last_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(error.clone());
        emit(events, Event::Disconnected { error, new: false });
    }

    /// The endpoint is bound on the latest connection: the tunnel is online.
    pub fn mark_online(&self) {
        self.online_generation.store(self.generation.load(Ordering::SeqCst), Ordering::SeqCst);
        self.policy().online();
    }

    /// The URL the endpoint is bound to.
    pub fn bound_url(&self) -> Option<String> {
        self.url.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// The credential error code inside an accept error, if any.
fn credential_error(err: &AcceptError) -> Option<(String, String)> {
    match err {
        AcceptError::Reconnect(ce) => {
            ce.error_code().filter(|c| AUTH_CODES.contains(c)).map(|c| (c.to_owned(), scrub(&ce.msg())))
        }
        _ => None,
    }
}

/// What the connector returns for one (re)connect.
pub type ConnectFuture = futures::future::BoxFuture<'static, Result<Box<dyn IoStream>, ConnectError>>;

/// Builds the connector closure handed to `SessionBuilder::connector`.
pub fn connector(
    proxy: Choice,
    state: Arc<ConnectorState>,
    events: Events,
    shutdown: CancellationToken,
) -> impl Fn(String, u16, Arc<rustls::ClientConfig>, Option<AcceptError>) -> ConnectFuture + Send + Sync + 'static {
    move |host, port, tls, err| {
        let (proxy, state, events, shutdown) = (proxy.clone(), state.clone(), events.clone(), shutdown.clone());
        Box::pin(async move {
            if shutdown.is_cancelled() {
                return Err(ConnectError::Canceled);
            }
            let addr = format!("{host}:{port}");
            let mut wait = Duration::ZERO;
            if let Some(err) = &err {
                if let Some((code, msg)) = credential_error(err) {
                    tracing::error!(%code, "ngrok rejected the credentials on reconnect; giving up");
                    *state.fatal.lock().unwrap_or_else(|e| e.into_inner()) = Some((code, msg));
                    return Err(ConnectError::Canceled);
                }
                let error = scrub(&error_chain(err));
                if matches!(err, AcceptError::Reconnect(_)) {
                    // The crate's resume failed after the transport was up (Auth or re-Bind
                    // refused, or the session closed at once); its own next waits would be 2.5 s,
                    // then 125 s. The run loop starts a new session under the policy instead.
                    tracing::warn!(%addr, %error, "could not resume the ngrok session; starting a new one");
                    state.attempt_failed(&events, error);
                    state.handed_over.store(true, Ordering::SeqCst);
                    return Err(ConnectError::Canceled);
                }
                if !state.lost_reported.swap(false, Ordering::SeqCst) {
                    tracing::warn!(%addr, %error, "disconnected from ngrok, reconnecting");
                    emit(&events, Event::Disconnected { error, new: true });
                }
                wait = state.policy().lost();
            }
            let sink = err.is_some().then(|| resumed_sink(state.clone(), events.clone()));
            loop {
                if !wait.is_zero() {
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = shutdown.cancelled() => return Err(ConnectError::Canceled),
                    }
                }
                if shutdown.is_cancelled() {
                    return Err(ConnectError::Canceled);
                }
                match connect_cuttable(&proxy, &host, port, tls.clone(), &shutdown).await {
                    Ok((tls_stream, kill)) => {
                        let generation = state.generation.fetch_add(1, Ordering::SeqCst) + 1;
                        let gate = Gate::new(tls_stream).on_close(report_close(&state, &events, &shutdown, generation));
                        let io: Box<dyn IoStream> = match sink.clone() {
                            Some(sink) => Box::new(gate.with_rpc_sink(sink)),
                            None => Box::new(gate),
                        };
                        let old = state.live.lock().unwrap_or_else(|e| e.into_inner()).replace(kill);
                        if let Some(old) = old {
                            old.cancel();
                        }
                        return Ok(io);
                    }
                    // A permanent refusal (a proxy's 407 or ACL, say) ends the first connect at
                    // once; a reconnect keeps trying under the policy.
                    Err(Dial::Refused(e)) if err.is_none() => return Err(e),
                    Err(Dial::Refused(e) | Dial::Failed(e)) => {
                        let error = scrub(&format!("could not connect to {addr}: {}", error_chain(&e)));
                        tracing::debug!(%error, "connect attempt failed");
                        state.attempt_failed(&events, error);
                        wait = state.policy().failed();
                    }
                }
            }
        })
    }
}

/// Reports the end of connection number `generation` at once when the endpoint was online on
/// it and nobody is ending it on purpose: `status` must not say online a moment longer.
fn report_close(
    state: &Arc<ConnectorState>,
    events: &Events,
    stopping: &CancellationToken,
    generation: u64,
) -> impl FnOnce() + Send + Sync + 'static {
    let (state, events, stopping) = (state.clone(), events.clone(), stopping.clone());
    move || {
        if stopping.is_cancelled() || state.online_generation.load(Ordering::SeqCst) != generation {
            return;
        }
        if !state.lost_reported.swap(true, Ordering::SeqCst) {
            let error = "the connection to the ngrok service closed".to_owned();
            tracing::warn!(%error, "disconnected from ngrok, reconnecting");
            emit(&events, Event::Disconnected { error, new: true });
        }
    }
}

/// Watches a resumed session's rebind: the tunnel is online again only once the service has
/// bound the endpoint again — on the URL the user was told, or (reported) on another one.
fn resumed_sink(state: Arc<ConnectorState>, events: Events) -> RpcSink {
    Arc::new(move |rpc| {
        let Rpc::Bind(Ok(url)) = rpc else { return };
        let old = state.url.lock().unwrap_or_else(|e| e.into_inner()).replace(url.clone());
        state.mark_online();
        if old.as_deref() == Some(url.as_str()) {
            tracing::info!(%url, "reconnected to ngrok; the endpoint is bound again on the same URL");
            emit(&events, Event::Reconnected);
        } else {
            tracing::warn!(
                old = old.as_deref().unwrap_or_default(),
                new = %url,
                "reconnected to ngrok, but the service did not give the old URL back: the public URL changed"
            );
            emit(&events, Event::Url(url));
        }
    })
}

/// TCP + TLS to the edge, like the crate's `default_connect`, plus a kill switch: cancelling
/// the returned token shuts the socket down under the session. `Session::close()` of ngrok
/// 0.19 does not close the connection (its GOAWAY frame fails to encode), and a missed
/// heartbeat is only reported, so ending or replacing a session promptly means cutting its
/// socket ourselves.
async fn connect_cuttable(
    proxy: &Choice,
    host: &str,
    port: u16,
    tls: Arc<rustls::ClientConfig>,
    session: &CancellationToken,
) -> Result<(tokio_rustls::client::TlsStream<Box<dyn crate::proxy::Stream>>, CancellationToken), Dial> {
    let Dialed { stream: tcp, socket: handle } = crate::proxy::dial(proxy, host, port).await.map_err(|e| match e {
        ProxyError::Direct { source, .. } => Dial::Failed(ConnectError::Tcp(source)),
        e if e.is_permanent() => Dial::Refused(ConnectError::ProxyConnect(Box::new(e))),
        e => Dial::Failed(ConnectError::ProxyConnect(Box::new(e))),
    })?;
    let name = rustls::pki_types::ServerName::try_from(host.to_owned())
        .map_err(|e| Dial::Failed(ConnectError::Tls(io::Error::new(io::ErrorKind::InvalidInput, e))))?;
    let stream = tokio_rustls::TlsConnector::from(tls)
        .connect(name, tcp)
        .await
        .map_err(|e| Dial::Failed(ConnectError::Tls(e)))?;
    let kill = session.child_token();
    let cut = kill.clone();
    tokio::spawn(async move {
        cut.cancelled().await;
        let _ = handle.shutdown(std::net::Shutdown::Both);
    });
    Ok((stream, kill))
}

/// A failed dial: worth retrying, or refused for good (a proxy's 407 or ACL, say), which ends
/// the first connect at once instead of retrying until the startup timeout.
enum Dial {
    Failed(ConnectError),
    Refused(ConnectError),
}

/// "outer: inner: innermost" for any error.
pub fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut src = err.source();
    while let Some(s) = src {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        src = s.source();
    }
    out
}
