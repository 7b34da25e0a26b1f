//! Fault controls and remote commands: drop sessions, take the agent ingress down and back up,
//! silence heartbeats, fail the next Auths, and send Stop/Restart/Update to an agent.

use std::time::Duration;

use anyhow::{Context, bail};
use muxado::typed::TypedOpenClose;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::Edge;
use crate::ingress::Ingress;
use crate::wire::{self, CommandResp};

/// How long an agent may take to answer Stop/Restart/Update.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);

impl Edge {
    /// Drops one session: its connection is shut down at once and its endpoints go offline.
    pub async fn drop_session(&self, id: &str) -> anyhow::Result<()> {
        let dropped = self.shared().update(|r| match r.session(id).map(|s| s.conn) {
            Some(conn) => r.remove_conn(conn),
            None => false,
        });
        if !dropped {
            bail!(
                "no live session {id} (live: {:?})",
                self.sessions().iter().map(|s| s.id.clone()).collect::<Vec<_>>()
            );
        }
        tracing::info!(session = id, "session dropped");
        Ok(())
    }

    /// Drops every session.
    pub async fn drop_all_sessions(&self) {
        self.shared().update(|r| {
            let conns: Vec<u64> = r.sessions.iter().map(|s| s.conn).collect();
            for conn in conns {
                r.remove_conn(conn);
            }
        });
        tracing::info!("all sessions dropped");
    }

    /// Takes the agent ingress down: the listener closes (connects are refused) and every agent
    /// connection is reset. Public listeners stay up and answer ERR_NGROK_3200.
    pub async fn go_down(&self) {
        let ingress = self.inner.ingress.lock().await.take();
        if let Some(ingress) = ingress {
            ingress.stop().await;
        }
        self.drop_all_sessions().await;
        tracing::info!("agent ingress is down");
    }

    /// Brings the agent ingress back on the same address.
    pub async fn come_up(&self) {
        let mut slot = self.inner.ingress.lock().await;
        if slot.is_some() || self.shared().root.is_cancelled() {
            return;
        }
        match Ingress::start(self.inner.shared.clone(), self.agent_addr(), self.inner.ingress_tls.clone()).await {
            Ok((ingress, _)) => {
                *slot = Some(ingress);
                tracing::info!("agent ingress is up");
            }
            Err(error) => tracing::error!(%error, "could not bring the agent ingress back"),
        }
    }

    /// Whether the agent ingress is accepting connections.
    pub async fn is_up(&self) -> bool {
        self.inner.ingress.lock().await.is_some()
    }

    /// Stops (true) or resumes (false) answering heartbeats. While silenced each heartbeat is
    /// read but its answer held back; resuming answers the held one.
    pub fn silence_heartbeats(&self, on: bool) {
        self.shared().silenced.send_replace(on);
        tracing::info!(silenced = on, "heartbeats");
    }

    /// Makes the next Auth fail with `err_code` (e.g. `ERR_NGROK_107`), using the real message
    /// text for codes the simulator knows.
    pub fn fail_next_auth(&self, err_code: &str) {
        self.fail_next_auths(err_code, 1);
    }

    /// Makes the next `count` Auths fail with `err_code` (0 clears a pending refusal): a service
    /// that keeps refusing a reconnecting agent for a while, then accepts it again.
    pub fn fail_next_auths(&self, err_code: &str, count: usize) {
        *self.shared().fail_next_auth.lock().unwrap() = (count > 0).then(|| (err_code.to_owned(), count));
    }

    /// While `on`, a Bind that asks for a host under `ngrok-free.app` by name (as an agent does
    /// to keep a random URL across a Restart) is refused with ERR_NGROK_319, like an account
    /// whose random URLs cannot be reserved; other domains are still accepted.
    pub fn refuse_free_domains(&self, on: bool) {
        self.shared().refuse_free_domains.store(on, std::sync::atomic::Ordering::SeqCst);
        tracing::info!(refused = on, "binds of free-domain hosts by name");
    }

    /// Sends Stop to a session; returns the agent's answer (`None` = accepted).
    pub async fn send_stop(&self, session_id: &str) -> anyhow::Result<Option<String>> {
        self.command(session_id, wire::STOP, "stop", b"{}").await
    }

    /// Sends Restart to a session; returns the agent's answer (`None` = accepted).
    pub async fn send_restart(&self, session_id: &str) -> anyhow::Result<Option<String>> {
        self.command(session_id, wire::RESTART, "restart", b"{}").await
    }

    /// Sends Update to a session; returns the agent's answer (`None` = accepted).
    pub async fn send_update(&self, session_id: &str) -> anyhow::Result<Option<String>> {
        self.command(session_id, wire::UPDATE, "update", br#"{"Version":"","PermitMajorVersion":false}"#).await
    }

    async fn command(&self, session_id: &str, typ: u32, what: &str, body: &[u8]) -> anyhow::Result<Option<String>> {
        let opener = self.shared().read().session(session_id).map(|s| s.opener.clone());
        let mut opener = opener.with_context(|| format!("no live session {session_id} to send {what} to"))?;
        let exchange = async {
            let mut stream =
                opener.open_typed(wire::typ(typ)).await.with_context(|| format!("could not open a {what} stream"))?;
            stream.write_all(body).await?;
            stream.shutdown().await?;
            let mut answer = Vec::new();
            stream.read_to_end(&mut answer).await?;
            anyhow::Ok(answer)
        };
        let answer = tokio::time::timeout(COMMAND_TIMEOUT, exchange)
            .await
            .with_context(|| format!("the agent did not answer {what} within {COMMAND_TIMEOUT:?}"))??;
        if answer.is_empty() {
            bail!("the agent closed the {what} stream without answering");
        }
        let resp: CommandResp = serde_json::from_slice(&answer)
            .with_context(|| format!("invalid {what} answer: {}", String::from_utf8_lossy(&answer)))?;
        tracing::info!(session = session_id, what, answer = ?resp.error, "command answered");
        Ok(resp.error.filter(|e| !e.is_empty()))
    }
}
