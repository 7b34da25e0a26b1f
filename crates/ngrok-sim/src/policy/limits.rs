//! The stateful actions' memory: `rate-limit`'s sliding windows and `circuit-breaker`'s rolling
//! window of upstream outcomes.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A sliding-window limiter: at most `capacity` requests per bucket in any `window`.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    capacity: usize,
    window: Duration,
    buckets: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    /// A limiter allowing `capacity` requests per `window` and bucket.
    pub(crate) fn new(capacity: usize, window: Duration) -> RateLimiter {
        RateLimiter { capacity, window, buckets: Mutex::new(HashMap::new()) }
    }

    /// Counts one request in `bucket`: `Ok` when allowed, else the time until a slot frees.
    pub(crate) fn admit(&self, bucket: &str) -> Result<(), Duration> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let seen = buckets.entry(bucket.to_owned()).or_default();
        while seen.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            seen.pop_front();
        }
        if seen.len() >= self.capacity {
            let oldest = *seen.front().expect("full means non-empty");
            return Err(self.window.saturating_sub(now.duration_since(oldest)));
        }
        seen.push_back(now);
        Ok(())
    }
}

/// The circuit breaker's configuration, as the action documents it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BreakerConfig {
    /// Trip when the share of 5xx responses reaches this.
    pub error_threshold: f64,
    /// Only once the window holds at least this many responses.
    pub volume_threshold: usize,
    /// Responses older than this no longer count.
    pub window: Duration,
    /// How long a tripped breaker refuses requests before re-evaluating.
    pub tripped: Duration,
}

/// Recent upstream outcomes and whether the breaker is tripped.
#[derive(Debug)]
pub(crate) struct Breaker {
    config: BreakerConfig,
    state: Mutex<BreakerState>,
}

#[derive(Debug, Default)]
struct BreakerState {
    outcomes: VecDeque<(Instant, bool)>,
    tripped_until: Option<Instant>,
}

impl Breaker {
    /// A closed breaker.
    pub(crate) fn new(config: BreakerConfig) -> Breaker {
        Breaker { config, state: Mutex::new(BreakerState::default()) }
    }

    /// Records one upstream response.
    pub(crate) fn record(&self, server_error: bool) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        prune(&mut s.outcomes, now, self.config.window);
        s.outcomes.push_back((now, server_error));
    }

    /// Whether a request must be refused now. The breaker trips when the window holds at least
    /// `volume_threshold` responses of which at least `error_threshold` were 5xx; it then
    /// refuses for `tripped` and starts over with an empty window.
    pub(crate) fn is_open(&self) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        if let Some(until) = s.tripped_until {
            if now < until {
                return true;
            }
            s.tripped_until = None;
        }
        prune(&mut s.outcomes, now, self.config.window);
        let total = s.outcomes.len();
        let errors = s.outcomes.iter().filter(|(_, e)| *e).count();
        if total >= self.config.volume_threshold.max(1) && errors as f64 / total as f64 >= self.config.error_threshold {
            s.tripped_until = Some(now + self.config.tripped);
            s.outcomes.clear();
            return true;
        }
        false
    }
}

fn prune(outcomes: &mut VecDeque<(Instant, bool)>, now: Instant, window: Duration) {
    while outcomes.front().is_some_and(|(at, _)| now.duration_since(*at) > window) {
        outcomes.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limiter_counts_per_bucket() {
        let l = RateLimiter::new(2, Duration::from_secs(60));
        assert!(l.admit("a").is_ok() && l.admit("a").is_ok());
        let wait = l.admit("a").unwrap_err();
        assert!(wait > Duration::from_secs(58) && wait <= Duration::from_secs(60), "{wait:?}");
        assert!(l.admit("b").is_ok(), "another bucket has its own window");
    }

    #[test]
    fn breaker_needs_volume_then_trips_for_its_duration() {
        let b = Breaker::new(BreakerConfig {
            error_threshold: 0.5,
            volume_threshold: 3,
            window: Duration::from_secs(10),
            tripped: Duration::from_secs(10),
        });
        b.record(true);
        b.record(true);
        assert!(!b.is_open(), "below the volume threshold");
        b.record(false);
        assert!(b.is_open(), "2 of 3 failed");
        assert!(b.is_open(), "stays tripped");
        let lenient = Breaker::new(BreakerConfig { error_threshold: 0.9, ..b.config });
        for e in [true, true, false] {
            lenient.record(e);
        }
        assert!(!lenient.is_open());
    }
}
