//! Whether a local service answers, so that an outage is logged once and its end once, however
//! many requests or connections fail meanwhile.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The state of one local service as its forwarders saw it last.
#[derive(Default)]
pub struct Outage {
    down: AtomicBool,
    failures: AtomicU64,
}

impl Outage {
    /// An attempt to reach the service at `addr` failed with `error`: the first failure of an
    /// outage is logged (a warning), the following ones only counted.
    pub fn failed(&self, addr: &str, error: &dyn std::fmt::Display) {
        self.failures.fetch_add(1, Ordering::Relaxed);
        if !self.down.swap(true, Ordering::Relaxed) {
            tracing::warn!(%addr, %error, "local service is not answering; clients get 502 until it is back");
        }
    }

    /// The service at `addr` answered: the end of an outage is logged, with how many
    /// connections or requests failed during it.
    pub fn answered(&self, addr: &str) {
        if self.down.load(Ordering::Relaxed) && self.down.swap(false, Ordering::Relaxed) {
            let n = self.failures.swap(0, Ordering::Relaxed);
            tracing::info!(%addr, failed_connections = n, "local service is answering again");
        }
    }
}

/// One [`Outage`] per local address, shared by every endpoint (and every session) forwarding
/// there, so an outage is told once per service rather than once per endpoint or reconnect.
#[derive(Default)]
pub struct Outages(Mutex<HashMap<String, Arc<Outage>>>);

impl Outages {
    /// The outage state of the service at `addr` (`host:port`).
    pub fn of(&self, addr: &str) -> Arc<Outage> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(addr.to_owned()).or_default().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_address_shares_its_state_and_two_addresses_do_not() {
        let outages = Outages::default();
        outages.of("127.0.0.1:1").failed("127.0.0.1:1", &"refused");
        assert!(outages.of("127.0.0.1:1").down.load(Ordering::Relaxed));
        assert!(!outages.of("127.0.0.1:2").down.load(Ordering::Relaxed));
        outages.of("127.0.0.1:1").answered("127.0.0.1:1");
        assert!(!outages.of("127.0.0.1:1").down.load(Ordering::Relaxed));
        assert_eq!(outages.of("127.0.0.1:1").failures.load(Ordering::Relaxed), 0);
    }
}
