//! The delay between a Bind and its endpoint taking traffic. Right after a Bind the real edge
//! can briefly answer ERR_NGROK_3200 (endpoint offline) while the endpoint propagates; with a
//! delay set, the simulator does the same: a new endpoint's public side answers 404
//! ERR_NGROK_3200 (http) or closes each connection at once (tcp) until the delay has passed.

use std::time::{Duration, Instant};

use crate::Edge;
use crate::endpoint::Endpoint;
use crate::state::Shared;

impl Edge {
    /// Sets the delay between each later Bind and its endpoint taking traffic (default zero).
    pub fn set_propagation_delay(&self, delay: Duration) {
        *self.shared().propagation_delay.lock().unwrap_or_else(|e| e.into_inner()) = delay;
        tracing::info!(delay = ?delay, "propagation delay");
    }
}

/// When an endpoint bound now starts taking traffic.
pub(crate) fn routable_at(shared: &Shared) -> Instant {
    Instant::now() + *shared.propagation_delay.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether the endpoint takes traffic yet.
pub(crate) fn routable(ep: &Endpoint) -> bool {
    Instant::now() >= ep.routable_at
}
