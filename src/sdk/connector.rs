//! The session connector: observes every disconnection and replaces the `ngrok` crate's
//! 50^n ms reconnect backoff with a capped, jittered one, so the tunnel returns within
//! about 2 s of the edge coming back, however long it was away.

use std::io;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ngrok::Error as _;
use ngrok::session::{ConnectError, IoStream};
use ngrok::tunnel::AcceptError;
use rand::Rng;
use tokio_util::sync::CancellationToken;

use crate::logging::scrub;
use crate::proxy::{Choice, Dialed, ProxyError};
use crate::tunnel::{Event, Events, emit};

/// First retry delay; doubles per failed attempt.
const BASE: Duration = Duration::from_millis(100);
/// Largest retry delay (jittered between half and all of it).
pub const CAP: Duration = Duration::from_millis(1500);

/// ngrok error codes that mean the credentials are wrong: retrying cannot help.
pub const AUTH_CODES: [&str; 3] = ["ERR_NGROK_105", "ERR_NGROK_107", "ERR_NGROK_4018"];

/// Shared between the connector and the code that runs the session.
#[derive(Default)]
pub struct ConnectorState {
    /// The latest connection error (masked), for "timed out; last error: …".
    pub last_error: Mutex<Option<String>>,
    /// Set when the edge rejected the credentials on a reconnect: the session was cancelled.
    pub fatal: Mutex<Option<(String, String)>>,
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
}

/// The delay before retry number `attempt` (0-based): 100 ms doubling, capped, jittered.
pub fn backoff(attempt: u32) -> Duration {
    let exp = BASE.saturating_mul(1u32 << attempt.min(16)).min(CAP);
    let jitter = rand::rng().random_range(0.5..=1.0);
    exp.mul_f64(jitter)
}

/// The ngrok error code inside an accept error, if any.
fn code_of(err: &AcceptError) -> Option<(String, String)> {
    match err {
        AcceptError::Reconnect(ce) => ce.error_code().map(|c| (c.to_owned(), scrub(&ce.msg()))),
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
            if let Some(err) = &err {
                if let Some((code, msg)) = code_of(err).filter(|(c, _)| AUTH_CODES.contains(&c.as_str())) {
                    tracing::error!(%code, "ngrok rejected the credentials on reconnect; giving up");
                    *state.fatal.lock().unwrap_or_else(|e| e.into_inner()) = Some((code, msg));
                    return Err(ConnectError::Canceled);
                }
                let new = !matches!(err, AcceptError::Reconnect(_));
                let error = scrub(&error_chain(err));
                tracing::warn!(addr = %format!("{host}:{port}"), %error, "disconnected from ngrok, reconnecting");
                emit(&events, Event::Disconnected { error, new });
            }
            let reconnecting = err.is_some();
            let mut attempt = 0;
            loop {
                if shutdown.is_cancelled() {
                    return Err(ConnectError::Canceled);
                }
                match connect_cuttable(&proxy, &host, port, tls.clone(), &shutdown).await {
                    Ok((io, kill)) => {
                        let old = state.live.lock().unwrap_or_else(|e| e.into_inner()).replace(kill);
                        if let Some(old) = old {
                            old.cancel();
                        }
                        if reconnecting {
                            tracing::info!(addr = %format!("{host}:{port}"), "reconnected to ngrok");
                            emit(&events, Event::Reconnected);
                        }
                        return Ok(io);
                    }
                    Err(Dial::Refused(e)) if !reconnecting => return Err(e),
                    Err(Dial::Refused(e) | Dial::Failed(e)) => {
                        let error = scrub(&format!("could not connect to {host}:{port}: {}", error_chain(&e)));
                        tracing::debug!(%error, attempt, "connect attempt failed");
                        *state.last_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(error.clone());
                        emit(&events, Event::Disconnected { error, new: false });
                    }
                }
                tokio::select! {
                    _ = tokio::time::sleep(backoff(attempt)) => {}
                    _ = shutdown.cancelled() => return Err(ConnectError::Canceled),
                }
                attempt += 1;
            }
        })
    }
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
) -> Result<(Box<dyn IoStream>, CancellationToken), Dial> {
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
    Ok((Box::new(super::frames::Gate::new(stream)), kill))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_capped_and_jittered() {
        for attempt in 0..40 {
            let d = backoff(attempt);
            assert!(d <= CAP, "attempt {attempt}: {d:?}");
        }
        assert!(backoff(0) <= BASE && backoff(0) >= BASE / 2);
        assert!(backoff(30) >= CAP / 2);
    }
}
