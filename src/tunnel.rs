//! What a running tunnel backend (SDK or CLI mode) reports to the command that supervises it.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;

use crate::state::{AgentState, ServedUnit};

/// One thing that happened to a running tunnel.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A public URL serves traffic (first time, or again after a restart or reconnect).
    Url(String),
    /// One of the further endpoints of the session (`[tunnel.ngrok.endpoints.NAME]`) serves
    /// traffic at this URL.
    EndpointUrl {
        /// The endpoint's name.
        endpoint: String,
        /// Its public URL.
        url: String,
    },
    /// The connection to ngrok failed or was lost; the backend is retrying.
    Disconnected {
        /// What went wrong, secrets masked.
        error: String,
        /// True for a new disconnection (counted), false for a failed retry of the same one.
        new: bool,
    },
    /// The connection to ngrok is back.
    Reconnected,
    /// A heartbeat was answered after this long.
    Heartbeat(Duration),
    /// A further endpoint was closed by a reload (or could not be reopened).
    EndpointGone {
        /// The endpoint's name.
        endpoint: String,
    },
    /// What each endpoint served so far, the tunnel's own endpoint first.
    Served(Vec<Served>),
    /// The edge asked for a restart; the session is being re-established.
    Restarting,
    /// CLI mode: the supervised agent (re)started or changed.
    Agent(AgentState),
    /// The traffic inspector listens here.
    Inspector(String),
}

/// Where a backend sends its events.
pub type Events = mpsc::UnboundedSender<Event>;

/// Sends an event, ignoring a supervisor that already went away.
pub fn emit(events: &Events, event: Event) {
    let _ = events.send(event);
}

/// How long a backend may take from a stop request to its exit.
pub const STOP_GRACE: Duration = Duration::from_millis(1500);

/// What one endpoint served so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    /// The endpoint's name (`default` for `[tunnel.ngrok]` itself).
    pub endpoint: String,
    /// How many.
    pub count: u64,
    /// Of what.
    pub unit: ServedUnit,
}

/// Counts what one endpoint serves, on its forwarding path.
#[derive(Default)]
pub struct Meter {
    count: AtomicU64,
    requests: AtomicBool,
}

impl Meter {
    /// Says what this endpoint's forwarding path counts (before the first count).
    pub fn counts(&self, unit: ServedUnit) {
        self.requests.store(unit == ServedUnit::Requests, Ordering::Relaxed);
    }

    /// One more request or connection served.
    pub fn add(&self) {
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    fn read(&self) -> (u64, ServedUnit) {
        let unit = if self.requests.load(Ordering::Relaxed) { ServedUnit::Requests } else { ServedUnit::Connections };
        (self.count.load(Ordering::Relaxed), unit)
    }
}

/// The meters of every endpoint of a tunnel, by endpoint name; a meter outlives sessions, so
/// counts add up across reconnects.
#[derive(Default)]
pub struct Meters(Mutex<BTreeMap<String, Arc<Meter>>>);

impl Meters {
    /// The meter of `endpoint` (created at zero).
    pub fn of(&self, endpoint: &str) -> Arc<Meter> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).entry(endpoint.to_owned()).or_default().clone()
    }

    /// The counts of `endpoints`, in that order (those without a meter yet are left out).
    pub fn read(&self, endpoints: &[String]) -> Vec<Served> {
        let meters = self.0.lock().unwrap_or_else(|e| e.into_inner());
        endpoints
            .iter()
            .filter_map(|name| {
                let (count, unit) = meters.get(name)?.read();
                Some(Served { endpoint: name.clone(), count, unit })
            })
            .collect()
    }
}
