//! What the mixed-fault run watches besides its verifying load (`load.rs`): the edge's view of
//! the endpoint (a timeline of online/offline) and `status` samples.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::world::World;

/// The edge's view of one URL over time: every change between online and offline.
#[derive(Clone, Default)]
pub struct Timeline(Arc<Mutex<Vec<(Instant, bool)>>>);

impl Timeline {
    /// Records every change until `stop`, woken by the edge's own change notifications.
    pub fn watch(w: &Arc<World>, url: &str, stop: Arc<AtomicBool>) -> (Timeline, tokio::task::JoinHandle<()>) {
        let timeline = Timeline::default();
        let (t, w, url) = (timeline.clone(), w.clone(), url.to_owned());
        let task = tokio::spawn(async move {
            let mut online = w.edge.endpoints().iter().any(|(u, _)| *u == url);
            t.0.lock().unwrap().push((Instant::now(), online));
            while !stop.load(Ordering::Relaxed) {
                let step = Duration::from_millis(200);
                let changed = if online {
                    w.edge.wait_for_url_gone(&url, step).await.is_ok()
                } else {
                    w.edge.wait_for_url(&url, step).await.is_ok()
                };
                if changed {
                    online = !online;
                    t.0.lock().unwrap().push((Instant::now(), online));
                }
            }
        });
        (timeline, task)
    }

    /// The changes within `from..=to`, as offsets from `from` (for failure reports).
    pub fn around(&self, from: Instant, to: Instant) -> Vec<(Duration, bool)> {
        let changes = self.0.lock().unwrap();
        changes.iter().filter(|(t, _)| *t >= from && *t <= to).map(|(t, o)| (*t - from, *o)).collect()
    }

    /// Whether the URL was online at some moment of `from..=to`.
    pub fn online_during(&self, from: Instant, to: Instant) -> bool {
        let changes = self.0.lock().unwrap();
        let at_start = changes.iter().take_while(|(t, _)| *t <= from).last().is_some_and(|(_, o)| *o);
        at_start || changes.iter().any(|(t, o)| *o && *t >= from && *t <= to)
    }
}

/// One `status --json` reading.
#[derive(Debug)]
pub struct StatusSample {
    /// When the command started.
    pub from: Instant,
    /// When it returned.
    pub to: Instant,
    /// The state it reported.
    pub state: String,
    /// Its attempt count.
    pub attempts: u64,
}
