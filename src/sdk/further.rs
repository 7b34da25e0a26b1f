//! The further endpoints of a session (`[tunnel.ngrok.endpoints.NAME]`): each serves until its
//! own stop, so a reload opens, closes and rebinds them on the live session while the others
//! (and the config's own endpoint) serve on undisturbed.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::forward::{Target, serve};
use super::session::{Endpoint, bind};
use super::{error_chain, failures};
use crate::config::TunnelConfig;
use crate::http_forward::Outages;
use crate::inspect::Inspector;
use crate::logging::scrub;
use crate::tunnel::{Event, Events, Meters, STOP_GRACE, emit};

/// One further endpoint being served.
struct Open {
    /// What it was opened with ([`TunnelConfig::fingerprint`]).
    fingerprint: String,
    /// Ends its serving (which unbinds it).
    stop: CancellationToken,
    /// Its serving task.
    task: JoinHandle<()>,
}

/// The further endpoints of one live session.
pub struct Further {
    open: HashMap<String, Open>,
    outages: Arc<Outages>,
    inspector: Option<Arc<Inspector>>,
    meters: Arc<Meters>,
}

impl Further {
    /// None open yet; what they serve is counted in `meters`.
    pub fn new(outages: Arc<Outages>, inspector: Option<Arc<Inspector>>, meters: Arc<Meters>) -> Further {
        Further { open: HashMap::new(), outages, inspector, meters }
    }

    /// Serves `endpoint`, bound from `cfg`, until it is closed.
    pub fn start(&mut self, endpoint: Endpoint, cfg: TunnelConfig) {
        let stop = CancellationToken::new();
        let fingerprint = cfg.fingerprint();
        let name = cfg.endpoint.clone();
        let name_of_task = name.clone();
        let target = super::target(&cfg, &self.meters);
        let inspector = self.inspector.as_ref().map(|i| i.for_endpoint(&cfg));
        let serving = serve_endpoint(endpoint, target, self.outages.clone(), inspector, stop.clone());
        let task = tokio::spawn(async move {
            if let Some(e) = serving.await {
                tracing::debug!(endpoint = %name_of_task, error = %scrub(&error_chain(&e)), "endpoint ended");
            }
        });
        self.open.insert(name, Open { fingerprint, stop, task });
    }

    /// The names of the endpoints open.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.open.keys().cloned().collect();
        names.sort();
        names
    }

    /// Closes one endpoint and waits until it is unbound.
    async fn close(&mut self, name: &str) {
        if let Some(open) = self.open.remove(name) {
            open.stop.cancel();
            let _ = tokio::time::timeout(STOP_GRACE * 2, open.task).await;
        }
    }

    /// A reload: closes the endpoints no longer wanted, rebinds the changed ones (asking for
    /// their URL again) and opens the new ones; the unchanged ones are not touched. A refusal
    /// is logged naming the endpoint; the others stay as they are.
    pub async fn update(
        &mut self,
        session: &ngrok::Session,
        wanted: &[TunnelConfig],
        events: &Events,
        kept: &mut HashMap<String, String>,
    ) {
        let gone: Vec<String> =
            self.open.keys().filter(|n| !wanted.iter().any(|w| &&w.endpoint == n)).cloned().collect();
        for name in gone {
            self.close(&name).await;
            kept.remove(&name);
            tracing::info!(endpoint = %name, "endpoint closed: it is no longer in the config");
            emit(events, Event::EndpointGone { endpoint: name });
        }
        for cfg in wanted {
            let changed = match self.open.get(&cfg.endpoint) {
                Some(open) if open.fingerprint == cfg.fingerprint() => continue,
                Some(_) => true,
                None => false,
            };
            if changed {
                self.close(&cfg.endpoint).await;
            }
            let keep = kept.get(&cfg.endpoint).filter(|_| changed).cloned();
            match bind(session, cfg, keep.as_deref()).await {
                Ok(endpoint) => {
                    let url = endpoint.url();
                    kept.insert(cfg.endpoint.clone(), url.clone());
                    self.start(endpoint, cfg.clone());
                    emit(events, Event::EndpointUrl { endpoint: cfg.endpoint.clone(), url });
                }
                Err(e) => {
                    let failure = failures::bind_failure(&e, cfg);
                    tracing::error!(endpoint = %cfg.endpoint, "the reloaded endpoint could not be opened: {}", scrub(&format!("{failure:#}")));
                    if changed {
                        emit(events, Event::EndpointGone { endpoint: cfg.endpoint.clone() });
                    }
                }
            }
        }
    }

    /// Closes every endpoint (the session is ending).
    pub async fn finish(mut self) {
        let names: Vec<String> = self.open.keys().cloned().collect();
        for name in names {
            self.close(&name).await;
        }
    }
}

/// Serves a further endpoint of the session (`[tunnel.ngrok.endpoints.NAME]`) until `stop`:
/// to its own local address, through the inspector under its own name; the error it ended with.
async fn serve_endpoint(
    endpoint: Endpoint,
    target: Target,
    outages: Arc<Outages>,
    inspector: Option<Arc<Inspector>>,
    stop: CancellationToken,
) -> Option<ngrok::tunnel::AcceptError> {
    match endpoint {
        Endpoint::Http(t) => serve(t, target, outages, inspector, stop, STOP_GRACE).await,
        Endpoint::Tcp(t) => serve(t, target, outages, inspector, stop, STOP_GRACE).await,
        Endpoint::Forwarded(mut f) => {
            tokio::select! {
                _ = f.join() => {}
                _ = stop.cancelled() => {}
            }
            None
        }
    }
}
