//! Observing the edge: records of what agents sent, live sessions and endpoints, and waits
//! that wake on every change (no sleeping) and give up at a deadline.

use std::time::Duration;

use anyhow::bail;

use crate::Edge;
use crate::records::{AuthRecord, BindRecord, EndpointInfo, PolicyLog, SessionInfo};
use crate::state::Registry;

impl Edge {
    /// Every Auth request received, in order, with the edge's answer.
    pub fn auths(&self) -> Vec<AuthRecord> {
        self.shared().read().auths.clone()
    }

    /// Every Bind request received, in order, with the edge's answer.
    pub fn binds(&self) -> Vec<BindRecord> {
        self.shared().read().binds.clone()
    }

    /// Every entry written by Traffic Policy `log` actions, in order.
    pub fn policy_logs(&self) -> Vec<PolicyLog> {
        self.shared().read().policy_logs.clone()
    }

    /// The live sessions, in connection order.
    pub fn sessions(&self) -> Vec<SessionInfo> {
        let reg = self.shared().read();
        reg.sessions
            .iter()
            .map(|s| SessionInfo {
                id: s.id.clone(),
                authtoken: s.authtoken.clone(),
                remote_addr: s.remote_addr,
                client_version: s.client_version.clone(),
                user_agent: s.user_agent.clone(),
                urls: reg.all_endpoints().filter(|e| e.conn == s.conn).map(|e| e.url.clone()).collect(),
                heartbeats: s.heartbeats.load(std::sync::atomic::Ordering::Relaxed),
                proxy_streams: crate::proxy::MAX_OPEN - s.proxy_slots.available_permits(),
            })
            .collect()
    }

    /// The online endpoints as `(url, session id)`.
    pub fn endpoints(&self) -> Vec<(String, String)> {
        self.shared().read().all_endpoints().map(|e| (e.url.clone(), e.session_id.clone())).collect()
    }

    /// The online endpoints with their ids and public addresses.
    pub fn endpoint_infos(&self) -> Vec<EndpointInfo> {
        let reg = self.shared().read();
        reg.all_endpoints()
            .map(|e| EndpointInfo {
                url: e.url.clone(),
                id: e.id.clone(),
                session_id: e.session_id.clone(),
                proto: e.proto.clone(),
                public_addr: self.public_addr(&e.url).unwrap_or_else(|_| self.https_addr()),
                binding: e.binding.clone(),
                pooling_enabled: e.pooling_enabled,
                pool_size: reg.endpoints.get(&e.url).map_or(0, Vec::len),
            })
            .collect()
    }

    /// Waits until `check` holds for the registry, waking on every change.
    pub(crate) async fn wait_until(
        &self,
        what: &str,
        deadline: Duration,
        check: impl Fn(&Registry) -> bool,
    ) -> anyhow::Result<()> {
        let mut changes = self.shared().subscribe();
        let until = tokio::time::Instant::now() + deadline;
        loop {
            if check(&self.shared().read()) {
                return Ok(());
            }
            match tokio::time::timeout_at(until, changes.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) => bail!("the edge shut down while waiting for {what}"),
                Err(_) => {
                    let reg = self.shared().read();
                    let urls: Vec<&String> = reg.endpoints.keys().collect();
                    bail!(
                        "timed out after {deadline:?} waiting for {what} (sessions: {}, endpoints: {urls:?}, auths: {}, binds: {})",
                        reg.sessions.len(),
                        reg.auths.len(),
                        reg.binds.len()
                    )
                }
            }
        }
    }

    /// Waits until exactly `n` sessions are live.
    pub async fn wait_for_sessions(&self, n: usize, deadline: Duration) -> anyhow::Result<()> {
        self.wait_until(&format!("{n} live session(s)"), deadline, |r| r.sessions.len() == n).await
    }

    /// Waits until at least `n` Auth requests have been received.
    pub async fn wait_for_auths(&self, n: usize, deadline: Duration) -> anyhow::Result<()> {
        self.wait_until(&format!("{n} auth request(s)"), deadline, |r| r.auths.len() >= n).await
    }

    /// Waits until at least `n` Bind requests have been received.
    pub async fn wait_for_binds(&self, n: usize, deadline: Duration) -> anyhow::Result<()> {
        self.wait_until(&format!("{n} bind request(s)"), deadline, |r| r.binds.len() >= n).await
    }

    /// Waits until `url` is online.
    pub async fn wait_for_url(&self, url: &str, deadline: Duration) -> anyhow::Result<()> {
        self.wait_until(&format!("{url} to be online"), deadline, |r| r.endpoints.contains_key(url)).await
    }

    /// Waits until `url` is offline.
    pub async fn wait_for_url_gone(&self, url: &str, deadline: Duration) -> anyhow::Result<()> {
        self.wait_until(&format!("{url} to go offline"), deadline, |r| !r.endpoints.contains_key(url)).await
    }
}
