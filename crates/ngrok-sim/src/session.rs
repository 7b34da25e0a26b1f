//! One agent connection: TLS, a muxado *server* session with typed streams, the heartbeat
//! responder, and dispatch of the agent's RPC streams (Auth, Bind, Unbind, labeled Bind).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use muxado::typed::{Typed, TypedAccept, TypedOpenClose, TypedSession, TypedStream};
use muxado::{MuxadoOpen, SessionBuilder};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::TlsAcceptor;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::state::Shared;
use crate::wire;

/// The state of one agent connection, shared by its stream handlers.
pub(crate) struct AgentConn {
    pub shared: Arc<Shared>,
    /// Connection number (unique per edge).
    pub conn: u64,
    /// The agent's address.
    pub peer: SocketAddr,
    /// Opens edge → agent streams.
    pub opener: Typed<MuxadoOpen>,
    /// Proxy streams that may be open at once (see [`crate::proxy::MAX_OPEN`]).
    pub proxy_slots: Arc<tokio::sync::Semaphore>,
    /// Cancel to drop the connection.
    pub kill: CancellationToken,
    /// The connection's socket, shut down the moment the session is dropped.
    pub socket: Arc<std::net::TcpStream>,
    /// The session id once authenticated.
    pub session: Mutex<Option<String>>,
    /// Heartbeats answered.
    pub heartbeats: Arc<AtomicU64>,
    /// Whether the edge's own heartbeat runs.
    pub watched: AtomicBool,
}

impl AgentConn {
    /// The authenticated session id, if any.
    pub(crate) fn session_id(&self) -> Option<String> {
        self.session.lock().unwrap().clone()
    }

    /// Runs the edge's own heartbeat on a stream it opens (the agent's muxado responder echoes
    /// it): a 4-byte id every `interval` — the value the agent declared in Auth — answered
    /// within twice `interval + tolerance` or the session is dropped. ngrok does not document
    /// the service's side; the doubled window is our assumption (README, "The local edge"):
    /// the agent's own check (`interval + tolerance`) is the one that detects a dead link, and
    /// a healthy agent paused for about that long (SIGSTOP, a starved container) keeps its
    /// session, whatever the phase of the edge's heartbeat when the pause began.
    /// Started once, after Auth.
    pub(crate) fn watch_heartbeats(self: &Arc<Self>, interval: Duration, tolerance: Duration) {
        if self.watched.swap(true, Ordering::SeqCst) {
            return;
        }
        let agent = self.clone();
        tokio::spawn(async move {
            tokio::select! {
                Err(error) = edge_heartbeat(&agent, interval, tolerance) => {
                    tracing::info!(%error, "the agent stopped answering heartbeats; dropping the session");
                    agent.kill.cancel();
                }
                _ = agent.kill.cancelled() => {}
            }
        });
    }
}

/// The edge's heartbeat loop; returns only when the agent fails to answer.
async fn edge_heartbeat(agent: &AgentConn, interval: Duration, tolerance: Duration) -> anyhow::Result<Infallible> {
    let mut stream = agent.opener.clone().open_typed(wire::typ(wire::HEARTBEAT)).await?;
    loop {
        let id: [u8; 4] = rand::random();
        stream.write_all(&id).await?;
        let mut back = [0u8; 4];
        let window = 2 * (interval + tolerance);
        tokio::time::timeout(window, stream.read_exact(&mut back))
            .await
            .map_err(|_| anyhow::anyhow!("no heartbeat answer within {window:?}"))??;
        anyhow::ensure!(back == id, "the heartbeat answer does not echo its id");
        tokio::time::sleep(interval).await;
    }
}

/// Serves one agent TCP connection until it closes, is dropped, or the edge goes down.
pub(crate) async fn serve(
    shared: Arc<Shared>,
    tcp: TcpStream,
    peer: SocketAddr,
    tls: TlsAcceptor,
    down: CancellationToken,
) {
    let conn = shared.conn_id();
    let span = tracing::info_span!("agent", conn, %peer);
    async move {
        if let Err(error) = run(shared.clone(), conn, tcp, peer, tls, down).await {
            tracing::debug!(%error, "agent connection ended");
        }
        if shared.update(|r| r.remove_conn(conn)) {
            tracing::info!("session closed");
        }
    }
    .instrument(span)
    .await
}

async fn run(
    shared: Arc<Shared>,
    conn: u64,
    tcp: TcpStream,
    peer: SocketAddr,
    tls: TlsAcceptor,
    down: CancellationToken,
) -> anyhow::Result<()> {
    tcp.set_nodelay(true)?;
    // A second handle on the socket, so that dropping the session can shut it down no matter
    // which muxado task owns the stream.
    let std = tcp.into_std()?;
    let killer = Arc::new(std.try_clone()?);
    let tcp = TcpStream::from_std(std)?;
    let kill = down.child_token();
    let tcp = crate::distance::apply(tcp, shared.opts.distance, kill.clone());
    let tls = tokio::select! {
        r = tokio::time::timeout(Duration::from_secs(10), tls.accept(tcp)) => r??,
        _ = kill.cancelled() => return Ok(()),
    };
    let mux = SessionBuilder::new(crate::go_window::gate(tls, kill.clone())).server().start();
    let (opener, mut accept) = Typed::new(mux).split_typed();
    let agent = Arc::new(AgentConn {
        shared,
        conn,
        peer,
        opener,
        proxy_slots: Arc::new(tokio::sync::Semaphore::new(crate::proxy::MAX_OPEN)),
        kill: kill.clone(),
        socket: killer.clone(),
        session: Mutex::new(None),
        heartbeats: Arc::new(AtomicU64::new(0)),
        watched: AtomicBool::new(false),
    });
    let result = loop {
        let stream = tokio::select! {
            s = accept.accept_typed() => s,
            _ = kill.cancelled() => break Ok(()),
        };
        match stream {
            Ok(stream) => dispatch(&agent, stream),
            Err(error) => break Err(anyhow::anyhow!("muxado: {error}")),
        }
    };
    kill.cancel();
    let _ = killer.shutdown(std::net::Shutdown::Both);
    result
}

fn dispatch(agent: &Arc<AgentConn>, stream: TypedStream) {
    let typ = *stream.typ();
    let agent = agent.clone();
    let span = tracing::debug_span!("stream", typ);
    tokio::spawn(
        async move {
            let result = match typ {
                wire::HEARTBEAT => heartbeats(agent, stream).await,
                wire::AUTH => crate::auth::serve(agent, stream).await,
                wire::BIND => crate::bind::serve(agent, stream).await,
                wire::UNBIND => crate::bind::serve_unbind(agent, stream).await,
                wire::BIND_LABELED => refuse_labeled(stream).await,
                other => {
                    tracing::warn!(typ = other, "unexpected stream type from the agent; ignoring it");
                    Ok(())
                }
            };
            if let Err(error) = result {
                tracing::debug!(%error, "stream ended with an error");
            }
        }
        .instrument(span),
    );
}

/// Echoes every 4-byte heartbeat id, holding the answer while heartbeats are silenced.
async fn heartbeats(agent: Arc<AgentConn>, mut stream: TypedStream) -> std::io::Result<()> {
    let mut silenced = agent.shared.silenced.subscribe();
    let mut id = [0u8; 4];
    loop {
        stream.read_exact(&mut id).await?;
        tokio::select! {
            r = silenced.wait_for(|s| !*s) => if r.is_err() { return Ok(()) },
            _ = agent.kill.cancelled() => return Ok(()),
        }
        stream.write_all(&id).await?;
        agent.heartbeats.fetch_add(1, Ordering::Relaxed);
    }
}

async fn refuse_labeled(mut stream: TypedStream) -> std::io::Result<()> {
    let _ = wire::read_json(&mut stream).await?;
    let message = "Labeled tunnels (edges) are not supported by the ngrok edge simulator: it serves agent endpoints only. Bind an http, https or tcp endpoint instead.";
    wire::write_error(&mut stream, message).await
}
