//! The state of one life of the agent and what each of its lines does to it: tracing,
//! the failure tail, fatal error codes, the web address, the URL (from its log, confirmed or
//! supplied by its local API), disconnections and reconnections.

use std::time::Duration;

use tokio::sync::mpsc;

use super::api::AgentApi;
use super::log::{error_code, parse};
use super::notice::{Masker, Notice, failure_text, notice, trace};
use super::process::{Lines, Stream};
use super::{Launch, TUNNEL_NAME, failures};
use crate::state::AgentState;
use crate::tunnel::{Event, Events, Served, emit};

/// How many of the agent's last error lines are kept to explain a failure.
const TAIL: usize = 8;
/// How long lines still in the pipes are read after the agent exited.
const DRAIN: Duration = Duration::from_secs(1);
/// Poll interval of the agent's local API while its session is up but it has not listed our
/// tunnel yet (normally it has by the first read).
const API_POLL: Duration = Duration::from_millis(500);
/// How often what each endpoint served is read from the agent's API.
const SERVED_EVERY: Duration = Duration::from_secs(1);

/// The state of one life.
pub struct Life<'a> {
    launch: &'a Launch,
    events: &'a Events,
    masker: &'a Masker,
    /// The agent as `status` shows it (pid, version, web address, restarts).
    pub agent: AgentState,
    /// The public URL it reported in this life.
    pub url: Option<String>,
    /// Its last error lines, secrets masked (at most [`TAIL`]).
    pub errors: Vec<String>,
    /// Its session was lost and has not been re-established yet.
    lost: bool,
    /// Its session to ngrok was established at least once.
    session_up: bool,
    /// It failed because its web address was taken.
    pub web_busy: bool,
    /// It logged "received stop request": a remote stop from the ngrok service (dashboard or
    /// API), or a signal someone sent the agent itself.
    pub stop_requested: bool,
    api_tx: mpsc::UnboundedSender<String>,
    api_task: Option<tokio::task::JoinHandle<()>>,
}

impl<'a> Life<'a> {
    /// A new life of the agent described by `agent`; the receiver yields URLs read from its API.
    pub fn new(
        launch: &'a Launch,
        events: &'a Events,
        masker: &'a Masker,
        agent: AgentState,
    ) -> (Life<'a>, mpsc::UnboundedReceiver<String>) {
        let (api_tx, api_rx) = mpsc::unbounded_channel();
        let life = Life {
            launch,
            events,
            masker,
            agent,
            url: None,
            errors: Vec::new(),
            lost: false,
            session_up: false,
            stop_requested: false,
            web_busy: false,
            api_tx,
            api_task: None,
        };
        (life, api_rx)
    }
}

impl Drop for Life<'_> {
    /// Stops reading the API of an agent that is gone.
    fn drop(&mut self) {
        if let Some(task) = self.api_task.take() {
            task.abort();
        }
    }
}

impl Life<'_> {
    /// Handles the lines still in the pipes of an agent that exited (bounded: a grandchild
    /// may hold them open). Returns the first fatal error among them.
    pub async fn drain(&mut self, lines: &mut Lines) -> Option<anyhow::Error> {
        let deadline = tokio::time::sleep(DRAIN);
        tokio::pin!(deadline);
        let mut fatal = None;
        loop {
            tokio::select! {
                line = lines.recv() => match line {
                    Some((stream, raw)) => fatal = fatal.or(self.on_line(stream, &raw)),
                    None => return fatal,
                },
                _ = &mut deadline => return fatal,
            }
        }
    }

    /// Handles one line; returns a fatal error when the line carries one.
    pub fn on_line(&mut self, stream: Stream, raw: &str) -> Option<anyhow::Error> {
        let line = parse(raw);
        trace(&line, stream, self.masker);
        if let Some(text) = failure_text(&line) {
            // Its web address taken before it could announce one: every default port (2.3.41
            // tries 4040-4049: "bind: address already in use"; v3 "failed to bind any web
            // address"), or a web_addr of the user's config. Nothing else binds that early.
            let lower = text.to_ascii_lowercase();
            let web_failure = lower.contains("address already in use") || lower.contains("bind any web address");
            self.web_busy |= self.agent.web_addr.is_none() && web_failure;
            if self.errors.len() == TAIL {
                self.errors.remove(0);
            }
            self.errors.push(self.masker.mask(&text));
        }
        if let Some(code) = error_code(raw) {
            // The most telling line: an `ERROR:  ERR_NGROK_107` or docs-link line says less
            // than the error line before it.
            let bare = |e: &&String| e.eq_ignore_ascii_case(&code) || e.starts_with("https://");
            let text = match self.errors.iter().rev().find(|e| !bare(e)) {
                Some(told) => told.clone(),
                None => self.masker.mask(raw.trim()),
            };
            if let Some(err) = failures::fatal(&code, &text, &self.launch.cfg) {
                return Some(err);
            }
        }
        match notice(&line)? {
            Notice::WebAddr(addr) => self.on_web_addr(addr),
            Notice::Tunnel { name, url } => {
                if name.as_deref().is_some_and(|n| n.ends_with(" (http)")) {
                    tracing::debug!(%url, "ignoring the plain-http twin of the tunnel");
                } else if let Some(endpoint) = name.as_deref().and_then(|n| self.further_endpoint(n)) {
                    emit(self.events, Event::EndpointUrl { endpoint, url });
                } else {
                    self.on_url(url);
                }
            }
            Notice::SessionUp => {
                self.session_up = true;
                if std::mem::take(&mut self.lost) {
                    emit(self.events, Event::Reconnected);
                }
                self.read_api();
            }
            Notice::SessionLost(err) => {
                self.lost = true;
                emit(self.events, Event::Disconnected { error: self.masker.mask(&err), new: true });
            }
            Notice::StopRequested => self.stop_requested = true,
            Notice::RetryFailed(err) => {
                emit(self.events, Event::Disconnected { error: self.masker.mask(&err), new: false })
            }
        }
        None
    }

    /// The endpoint name of a further endpoint of the session the agent logged as `agent_name`
    /// (`prx-tunnel-NAME`; a reload may have added it since the agent started).
    fn further_endpoint(&self, agent_name: &str) -> Option<String> {
        agent_name.strip_prefix(&format!("{TUNNEL_NAME}-")).map(str::to_owned)
    }

    fn on_url(&mut self, url: String) {
        if self.url.as_deref() != Some(url.as_str()) {
            tracing::debug!(%url, "the agent reported its public URL");
            self.url = Some(url.clone());
            emit(self.events, Event::Url(url));
        }
    }

    /// The agent's API listed our tunnel: confirms the URL from the logs, or supplies it.
    pub fn on_api_url(&mut self, url: String) {
        let web = self.agent.web_addr.clone().unwrap_or_default();
        match self.url.as_deref() {
            None => {
                tracing::info!(%url, %web, "public URL read from the agent's local API (its log did not report one)");
                self.on_url(url);
            }
            Some(logged) if logged == url => {
                tracing::debug!(%url, %web, "the agent's local API confirms the URL")
            }
            Some(logged) => {
                tracing::warn!(%logged, api = %url, %web, "the agent's local API lists another URL than its log; keeping the logged one")
            }
        }
    }

    fn on_web_addr(&mut self, addr: String) {
        if addr.ends_with(":0") {
            tracing::warn!(%addr, "the agent announced its web address with port 0; its local API cannot be read");
            return;
        }
        self.agent.web_addr = Some(addr.clone());
        emit(self.events, Event::Agent(self.agent.clone()));
        if self.launch.cfg.inspect {
            emit(self.events, Event::Inspector(addr.clone()));
        }
        self.read_api();
    }

    /// Once the web address is known and the session is up, reads the agent's API until it
    /// lists our tunnel: confirms the logged URL, or supplies one the logs lacked.
    fn read_api(&mut self) {
        let Some(addr) = self.agent.web_addr.clone() else {
            return;
        };
        if !self.session_up || self.api_task.is_some() {
            return;
        }
        let endpoints_api = self.launch.agent.major == super::find::Major::V3
            && self.launch.agent.at_least(super::api::ENDPOINTS_API_SINCE);
        let api = match AgentApi::new(&addr, endpoints_api) {
            Ok(api) => api,
            Err(e) => {
                return tracing::debug!(error = %format!("{e:#}"), "cannot read the agent's API");
            }
        };
        let tx = self.api_tx.clone();
        let (events, own) = (self.events.clone(), self.launch.cfg.endpoint.clone());
        self.api_task = Some(tokio::spawn(async move {
            loop {
                match api.tunnel_url(TUNNEL_NAME).await {
                    Ok(Some(url)) => {
                        let _ = tx.send(url);
                        break;
                    }
                    Ok(None) => {}
                    Err(e) => tracing::debug!(error = %format!("{e:#}"), "agent API not ready"),
                }
                tokio::time::sleep(API_POLL).await;
            }
            report_served(&api, &events, &own).await;
        }));
    }
}

/// Reads what each endpoint served from the agent's API every [`SERVED_EVERY`] and reports it
/// when it changed (the tunnel's own endpoint, named `own`, first), until the life ends.
async fn report_served(api: &AgentApi, events: &Events, own: &str) {
    let mut last = Vec::new();
    loop {
        match api.served().await {
            Ok(tunnels) => {
                let mut now: Vec<Served> = tunnels
                    .into_iter()
                    .filter_map(|(agent_name, count, unit)| {
                        let endpoint = if agent_name == TUNNEL_NAME {
                            own.to_owned()
                        } else {
                            agent_name.strip_prefix(&format!("{TUNNEL_NAME}-"))?.to_owned()
                        };
                        Some(Served { endpoint, count, unit })
                    })
                    .collect();
                now.sort_by_key(|s| s.endpoint != own);
                if now != last && now.first().is_some_and(|s| s.endpoint == own) {
                    last = now.clone();
                    emit(events, Event::Served(now));
                }
            }
            Err(e) => tracing::debug!(error = %format!("{e:#}"), "could not read what the agent served"),
        }
        tokio::time::sleep(SERVED_EVERY).await;
    }
}
