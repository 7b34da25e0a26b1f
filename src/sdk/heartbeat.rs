//! Heartbeat loss, decided on the time the process actually ran.
//!
//! muxado's heartbeat check waits `interval + tolerance` on the monotonic clock, which keeps
//! running while the process is stopped (SIGSTOP, a closed laptop lid, a debugger, a starved
//! container). After such a pause the check fires the moment the process resumes, although
//! the connection is healthy and the next heartbeat would be answered in milliseconds. So a
//! ticker notes when the process was not running; a loss reported during or right after a
//! pause starts a probe instead — the crate sends its next heartbeat at once on resuming —
//! and the connection is cut only if that probe is not answered within the tolerance either.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use super::connector::ConnectorState;
use crate::tunnel::{Event, Events, emit};

/// How often the pause ticker runs.
const TICK: Duration = Duration::from_millis(100);
/// A gap between ticks longer than this means the process did not run for a while.
const PAUSE_GAP: Duration = Duration::from_millis(700);
/// The shortest probe: a heartbeat round trip right after resuming.
const MIN_PROBE: Duration = Duration::from_secs(1);

/// Notes when the process was paused.
#[derive(Debug)]
pub struct PauseClock {
    /// The ticker's last run.
    last_tick: Mutex<Instant>,
    /// When the latest pause ended.
    last_pause_end: Mutex<Option<Instant>>,
}

impl PauseClock {
    /// Starts the ticker; it runs until `stop` is cancelled.
    pub fn start(stop: CancellationToken) -> Arc<PauseClock> {
        let clock = Arc::new(PauseClock { last_tick: Mutex::new(Instant::now()), last_pause_end: Mutex::new(None) });
        let ticking = clock.clone();
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(TICK);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = ticker.tick() => ticking.tick(),
                    _ = stop.cancelled() => return,
                }
            }
        });
        clock
    }

    fn tick(&self) {
        let now = Instant::now();
        let gap = now - std::mem::replace(&mut *self.last_tick.lock().unwrap_or_else(|e| e.into_inner()), now);
        if gap > PAUSE_GAP {
            tracing::debug!(paused_ms = gap.as_millis() as u64, "the process did not run for a while");
            *self.last_pause_end.lock().unwrap_or_else(|e| e.into_inner()) = Some(now);
        }
    }

    /// Whether the process was paused within the last `window` (or is just resuming from a
    /// pause the ticker has not seen yet).
    pub fn paused_within(&self, window: Duration) -> bool {
        let now = Instant::now();
        let since_tick = now - *self.last_tick.lock().unwrap_or_else(|e| e.into_inner());
        let last_end = *self.last_pause_end.lock().unwrap_or_else(|e| e.into_inner());
        since_tick > PAUSE_GAP || last_end.is_some_and(|end| now - end <= window)
    }
}

/// What the heartbeat callback returns (the crate's `HeartbeatHandler` contract).
pub type HandlerFuture = futures::future::BoxFuture<'static, Result<(), Box<dyn std::error::Error>>>;

/// The heartbeat callback for the session builder: reports latencies, and on a loss either
/// cuts the connection (the process ran the whole time) or probes first (it was paused).
pub fn handler(
    events: Events,
    state: Arc<ConnectorState>,
    clock: Arc<PauseClock>,
    interval: Duration,
    tolerance: Duration,
) -> impl Fn(Option<Duration>) -> HandlerFuture + Send + Sync + 'static {
    let (beats, _) = watch::channel(0u64);
    move |latency| {
        match latency {
            Some(l) => {
                beats.send_modify(|n| *n += 1);
                emit(&events, Event::Heartbeat(l));
            }
            None if clock.paused_within(interval + tolerance) => {
                let (mut answered, seen) = (beats.subscribe(), *beats.borrow());
                let state = state.clone();
                let probe = tolerance.max(MIN_PROBE);
                tracing::info!("heartbeat overdue after the process was paused; probing before cutting the connection");
                tokio::spawn(async move {
                    let beat = tokio::time::timeout(probe, answered.wait_for(|n| *n > seen)).await;
                    if !matches!(beat, Ok(Ok(_))) {
                        tracing::warn!("no heartbeat answer after the pause either; reconnecting");
                        state.cut();
                    } else {
                        tracing::info!("the heartbeat was answered after the pause; the connection is healthy");
                    }
                });
            }
            None => {
                tracing::warn!("no heartbeat answer within heartbeat_interval + heartbeat_tolerance; reconnecting");
                state.cut();
            }
        }
        Box::pin(async { Ok(()) })
    }
}
