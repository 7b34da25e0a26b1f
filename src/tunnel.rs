//! What a running tunnel backend (SDK or CLI mode) reports to the command that supervises it.

use std::time::Duration;

use tokio::sync::mpsc;

use crate::state::AgentState;

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
    /// Requests (http) and connections (tcp) each endpoint served so far (SDK mode, with the
    /// inspector on): endpoint name and count.
    Served(Vec<(String, u64)>),
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
