//! What the mixed-fault run watches while faults come and go: a verifying load (each request
//! carries its own probe header and must get it echoed back), the edge's view of the endpoint
//! (a timeline of online/offline), `status` samples, and the process's RSS and open fds.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ngrok_sim::PublicRequest;

use crate::world::World;

/// How long a load client waits after a failed request.
const RETRY_PAUSE: Duration = Duration::from_millis(20);

/// One request of the load.
#[derive(Clone, Debug)]
pub struct Sample {
    /// When it was sent.
    pub sent: Instant,
    /// When its answer (or failure) came.
    pub done: Instant,
    /// 200 with its own probe echoed (`Ok(true)`), 200 with something else (`Ok(false)`: a
    /// wrong answer), or the failure.
    pub outcome: Result<bool, String>,
}

/// A GET of `/headers` with a unique probe header: `Ok(true)` when the answer echoes it.
pub async fn probe(w: &World, url: &str, id: u64) -> Result<bool, String> {
    let probe = format!("mixed-{id}");
    let req = PublicRequest {
        path: "/headers".into(),
        headers: vec![("x-probe".into(), probe.clone())],
        ..Default::default()
    };
    match w.edge.request(url, req).await {
        Ok(r) if r.status == 200 => Ok(r.text().contains(&format!("x-probe: {probe}\n"))),
        Ok(r) => Err(format!("status {}", r.status)),
        Err(e) => Err(format!("{e:#}")),
    }
}

/// Requests sent one after another by `clients` loops until [`Load::finish`].
pub struct Load {
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<Vec<Sample>>>,
}

impl Load {
    /// Starts the load; probe ids come from `ids`.
    pub fn start(w: &Arc<World>, url: &str, clients: usize, ids: Arc<AtomicU64>) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let tasks = (0..clients)
            .map(|_| {
                let (w, url, stop, ids) = (w.clone(), url.to_owned(), stop.clone(), ids.clone());
                tokio::spawn(async move {
                    let mut samples = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        let sent = Instant::now();
                        let outcome = probe(&w, &url, ids.fetch_add(1, Ordering::Relaxed)).await;
                        let failed = outcome.is_err();
                        samples.push(Sample { sent, done: Instant::now(), outcome });
                        if failed {
                            // A client that was refused does not hammer the edge (it would starve the
                            // test's runtime, the edge's included): it comes back a moment later.
                            tokio::time::sleep(RETRY_PAUSE).await;
                        }
                    }
                    samples
                })
            })
            .collect();
        Load { stop, tasks }
    }

    /// Stops the load and returns every sample.
    pub async fn finish(self) -> Vec<Sample> {
        self.stop.store(true, Ordering::Relaxed);
        let mut all = Vec::new();
        for t in self.tasks {
            all.extend(t.await.expect("a load client panicked"));
        }
        all
    }
}

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

/// Open fds and RSS (KiB) of `pid`.
pub fn usage(pid: i32) -> (usize, u64) {
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd")).map(|d| d.count()).unwrap_or(0);
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    (fds, rss)
}
