//! Reconnects like the real agent: when the session drops it logs "session closed, starting
//! reconnect loop", dials again at once, then backs off 500 ms doubling to 30 s, logging
//! "failed to reconnect session" for every failure and "client session established" when the
//! edge accepts the session again. The `ngrok` crate's own retry (50^n ms) only ever sees a
//! dial that already succeeded.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ngrok::session::{ConnectError, IoStream, RpcError, default_connect};
use ngrok::tunnel::AcceptError;
use tokio::sync::mpsc::UnboundedSender;
use tokio_util::sync::CancellationToken;
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::Context;

use crate::fatal::{connect_text, edge_text};
use crate::log::{Logger, Val};
use crate::state::State;

/// First and maximum reconnect delay.
pub const BACKOFF: (Duration, Duration) = (Duration::from_millis(500), Duration::from_secs(30));

/// What the session machinery asks of the main loop.
#[derive(Debug)]
pub enum Event {
    /// SIGINT or SIGTERM.
    Stop,
    /// A Stop command from the edge (answered before the session closes).
    EdgeStop,
    /// Unrecoverable (authentication rejected on reconnect).
    Fatal(String),
    /// The crate gave up on this session; start a fresh one.
    Restart,
}

#[derive(Default)]
struct Episode {
    active: bool,
    backoff: Duration,
    after_dial_failures: u32,
}

struct Shared {
    log: Logger,
    id: String,
    timeout: Duration,
    episode: Mutex<Episode>,
    cancel: CancellationToken,
    events: UnboundedSender<Event>,
    state: Arc<State>,
}

/// The session connector (cheap to clone).
#[derive(Clone)]
pub struct Reconnector(Arc<Shared>);

impl Reconnector {
    /// A connector logging as client session `id`.
    pub fn new(
        log: Logger,
        timeout: Duration,
        cancel: CancellationToken,
        events: UnboundedSender<Event>,
        state: Arc<State>,
    ) -> Reconnector {
        let id = format!("{:012x}", rand::random::<u64>() & 0xffff_ffff_ffff);
        Reconnector(Arc::new(Shared { log, id, timeout, episode: Mutex::default(), cancel, events, state }))
    }

    /// The client session id shown in `csess` records.
    pub fn id(&self) -> &str {
        &self.0.id
    }

    /// Marks a reconnect in progress that the main loop drives (fresh session).
    pub fn begin_episode(&self) {
        let mut ep = self.0.episode.lock().expect("episode lock");
        *ep = Episode { active: true, backoff: BACKOFF.0, after_dial_failures: 0 };
        self.0.state.set_reconnecting(true);
    }

    /// Called when the edge accepted an Auth: ends a reconnect episode.
    pub fn on_auth_ok(&self) {
        let mut ep = self.0.episode.lock().expect("episode lock");
        if ep.active {
            *ep = Episode::default();
            self.0.state.set_reconnecting(false);
            self.0.log.info("client session established", &[("obj", "csess".into()), ("id", self.id().into())]);
        }
    }

    /// Logs a failed (re)connect attempt.
    pub fn log_failure(&self, err: &str) {
        let fields = [("obj", Val::from("csess")), ("id", self.id().into()), ("err", err.into())];
        self.0.log.error("failed to reconnect session", &fields);
    }

    async fn dial(
        &self,
        host: String,
        port: u16,
        tls: Arc<rustls::ClientConfig>,
    ) -> Result<Box<dyn IoStream>, ConnectError> {
        match tokio::time::timeout(self.0.timeout, default_connect(host, port, tls, None)).await {
            Ok(res) => res,
            Err(_) => Err(ConnectError::Tcp(std::io::ErrorKind::TimedOut.into())),
        }
    }

    /// The connector body: a single dial on first connect, the reconnect loop afterwards.
    pub async fn connect(
        self,
        host: String,
        port: u16,
        tls: Arc<rustls::ClientConfig>,
        err: Option<AcceptError>,
    ) -> Result<Box<dyn IoStream>, ConnectError> {
        let Some(err) = err else {
            return self.dial(host, port, tls).await;
        };
        let addr = format!("{host}:{port}");
        let delay_first = {
            let mut ep = self.0.episode.lock().expect("episode lock");
            if !ep.active {
                *ep = Episode { active: true, backoff: BACKOFF.0, after_dial_failures: 0 };
                self.0.state.set_reconnecting(true);
                let fields =
                    [("obj", Val::from("csess")), ("id", self.id().into()), ("err", describe(&err, &addr).into())];
                self.0.log.warn("session closed, starting reconnect loop", &fields);
                false
            } else {
                self.log_failure(&describe(&err, &addr));
                if let Some(text) = auth_rejection(&err) {
                    let _ = self.0.events.send(Event::Fatal(text));
                    return Err(ConnectError::Canceled);
                }
                ep.after_dial_failures += 1;
                if ep.after_dial_failures >= 2 {
                    // the crate would wait 2.5 s, then 125 s: start a fresh session instead
                    let _ = self.0.events.send(Event::Restart);
                    return Err(ConnectError::Canceled);
                }
                true
            }
        };
        if delay_first && !self.pause().await {
            return Err(ConnectError::Canceled);
        }
        loop {
            match self.dial(host.clone(), port, tls.clone()).await {
                Ok(stream) => return Ok(stream),
                Err(e) => self.log_failure(&connect_text(&e, &addr)),
            }
            if !self.pause().await {
                return Err(ConnectError::Canceled);
            }
        }
    }

    /// Sleeps the current backoff and doubles it; false when the agent is stopping.
    pub async fn pause(&self) -> bool {
        let wait = {
            let mut ep = self.0.episode.lock().expect("episode lock");
            let wait = ep.backoff.max(BACKOFF.0);
            ep.backoff = (wait * 2).min(BACKOFF.1);
            wait
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => true,
            _ = self.0.cancel.cancelled() => false,
        }
    }
}

fn describe(err: &AcceptError, addr: &str) -> String {
    match err {
        AcceptError::Reconnect(ce) => connect_text(ce, addr),
        AcceptError::Transport(_) => "session closed".into(),
        other => other.to_string(),
    }
}

/// The `authentication failed` text when the edge rejected the session's Auth.
fn auth_rejection(err: &AcceptError) -> Option<String> {
    match err {
        AcceptError::Reconnect(ce) => match &**ce {
            ConnectError::Auth(rpc @ RpcError::Response(_)) => Some(edge_text("authentication failed: ", rpc)),
            _ => None,
        },
        _ => None,
    }
}

/// Watches the `ngrok` crate's debug record of a decoded Auth response to learn that a
/// reconnect was accepted (the crate offers no other signal for it).
pub struct AuthWatch(pub Reconnector);

#[derive(Default)]
struct Fields {
    message: String,
    resp: String,
}

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        match field.name() {
            "message" => self.message = format!("{value:?}"),
            "resp" => self.resp = format!("{value:?}"),
            _ => {}
        }
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for AuthWatch {
    fn on_event(&self, event: &tracing::Event<'_>, _ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        if fields.message == "decoded rpc response" && fields.resp.starts_with("Ok(AuthResp") {
            self.0.on_auth_ok();
        }
    }
}

/// Installs [`AuthWatch`] as the process's tracing subscriber.
pub fn install_watch(rc: &Reconnector) {
    use tracing_subscriber::Layer;
    use tracing_subscriber::layer::SubscriberExt;
    let filter =
        tracing_subscriber::filter::Targets::new().with_target("ngrok::internals::raw_session", tracing::Level::DEBUG);
    let subscriber = tracing_subscriber::registry().with(AuthWatch(rc.clone()).with_filter(filter));
    let _ = tracing::subscriber::set_global_default(subscriber);
}
