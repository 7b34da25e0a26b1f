//! The one reconnect policy of SDK mode: 100 ms doubling to a 1.5 s cap, each wait jittered
//! between half and all of it. Every way a session can fail to come back waits through it —
//! TCP, TLS, an Auth refused with a non-credential error, a refused (re-)Bind, a session that
//! closes right after it opened, a Restart — whatever the `ngrok` crate would do on its own.

use std::time::{Duration, Instant};

use rand::Rng;

/// First retry delay; doubles per failed attempt.
const BASE: Duration = Duration::from_millis(100);
/// Largest retry delay (jittered between half and all of it).
pub const CAP: Duration = Duration::from_millis(1500);
/// A session online for less than this before it was lost counts as a failed attempt, so a
/// session that keeps closing right after it opened is retried with growing waits.
const STABLE: Duration = Duration::from_secs(2);

/// The delay before retry number `attempt` (0-based): 100 ms doubling, capped, jittered.
pub fn backoff(attempt: u32) -> Duration {
    let exp = BASE.saturating_mul(1u32 << attempt.min(16)).min(CAP);
    let jitter = rand::rng().random_range(0.5..=1.0);
    exp.mul_f64(jitter)
}

/// Where the tunnel is in the policy: failed attempts since it was last online.
#[derive(Debug, Default)]
pub struct Policy {
    /// Failed attempts since the endpoint was last bound on a live session.
    attempt: u32,
    /// When the endpoint was last confirmed bound on a live session.
    online_since: Option<Instant>,
}

impl Policy {
    /// An attempt failed: the wait before the next one.
    pub fn failed(&mut self) -> Duration {
        let wait = backoff(self.attempt);
        self.attempt = self.attempt.saturating_add(1);
        wait
    }

    /// The endpoint is bound on a live session again. The count of failed attempts is kept
    /// until the session proves stable (see [`Policy::lost`]).
    pub fn online(&mut self) {
        self.online_since = Some(Instant::now());
    }

    /// The session was lost: the wait before the first attempt to get it back. None after a
    /// stable session; after one that closed right after opening, a failed attempt's wait.
    pub fn lost(&mut self) -> Duration {
        match self.online_since.take() {
            Some(since) if since.elapsed() >= STABLE => {
                self.attempt = 0;
                Duration::ZERO
            }
            _ => self.failed(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_capped_and_jittered() {
        for attempt in 0..40 {
            let d = backoff(attempt);
            assert!(d <= CAP, "attempt {attempt}: {d:?}");
        }
        assert!(backoff(0) <= BASE && backoff(0) >= BASE / 2);
        assert!(backoff(30) >= CAP / 2);
    }

    #[test]
    fn a_stable_session_reconnects_at_once_a_flapping_one_backs_off() {
        let mut p = Policy { online_since: Some(Instant::now() - STABLE), ..Policy::default() };
        assert_eq!(p.lost(), Duration::ZERO, "lost after a stable session: retry at once");
        p.online();
        let first = p.lost();
        assert!(first > Duration::ZERO && first <= BASE, "closed right after opening: {first:?}");
        p.online();
        assert!(p.lost() > BASE / 2, "still flapping: the wait grows");
        for _ in 0..10 {
            p.failed();
        }
        assert_eq!(p.attempt, 12);
        assert!(p.failed() <= CAP);
        p.online_since = Some(Instant::now() - STABLE);
        assert_eq!(p.lost(), Duration::ZERO);
        assert_eq!(p.attempt, 0, "a stable session starts the count afresh");
    }
}
