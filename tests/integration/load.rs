//! Continuous request load on a public URL while a scenario does something to the tunnel:
//! every request's start, end and outcome is kept, so a test can say which failures fell
//! inside the windows where failing is allowed (a reconnect, a restart, after a stop). A
//! verifying load also catches wrong answers: each request carries its own probe, which the
//! answer must echo.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;
use std::time::Instant;

use ngrok_sim::PublicRequest;

use super::support::eventually;
use super::world::World;

/// One request of the load.
#[derive(Clone, Debug)]
pub struct Sample {
    /// When it was sent.
    pub sent: Instant,
    /// When its answer (or failure) came.
    pub done: Instant,
    /// The status, or the client error.
    pub outcome: Result<u16, String>,
    /// A verifying load's request was answered 200 with something else than its own probe.
    pub wrong: bool,
}

impl Sample {
    /// It was answered 200 (with its own probe, for a verifying load).
    pub fn ok(&self) -> bool {
        self.outcome == Ok(200) && !self.wrong
    }

    /// It overlapped the window `from..=to`.
    pub fn overlaps(&self, from: Instant, to: Instant) -> bool {
        self.sent <= to && self.done >= from
    }
}

/// `clients` loops sending requests one after another to `url`, until [`Load::finish`].
pub struct Load {
    stop: Arc<AtomicBool>,
    served: Arc<AtomicUsize>,
    tasks: Vec<tokio::task::JoinHandle<Vec<Sample>>>,
}

/// How long a load client waits after a failed request: a refused client does not hammer the
/// edge (in the test's own runtime, it would starve the edge's tasks too).
const RETRY_PAUSE: Duration = Duration::from_millis(20);

/// Probe numbers, unique within the test process.
static PROBES: AtomicU64 = AtomicU64::new(0);

/// A GET of `/headers` carrying a fresh probe header: the status (or client error), and whether
/// a 200 answer failed to echo the probe (a wrong answer).
pub async fn probe(w: &World, url: &str) -> (Result<u16, String>, bool) {
    let probe = format!("probe-{}", PROBES.fetch_add(1, Ordering::Relaxed));
    let req = PublicRequest {
        path: "/headers".into(),
        headers: vec![("x-probe".into(), probe.clone())],
        ..Default::default()
    };
    match w.edge.request(url, req).await {
        Ok(r) => (Ok(r.status), r.status == 200 && !r.text().contains(&format!("x-probe: {probe}\n"))),
        Err(e) => (Err(format!("{e:#}")), false),
    }
}

impl Load {
    /// Starts the load: `clients` loops of plain GETs.
    pub fn start(w: &Arc<World>, url: &str, clients: usize) -> Load {
        Self::spawn(w, url, clients, false)
    }

    /// Starts a verifying load: every request is a [`probe`].
    pub fn verifying(w: &Arc<World>, url: &str, clients: usize) -> Load {
        Self::spawn(w, url, clients, true)
    }

    fn spawn(w: &Arc<World>, url: &str, clients: usize, verify: bool) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let served = Arc::new(AtomicUsize::new(0));
        let tasks = (0..clients)
            .map(|_| {
                let (w, url, stop, served) = (w.clone(), url.to_owned(), stop.clone(), served.clone());
                tokio::spawn(async move {
                    let mut samples = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        let sent = Instant::now();
                        let (outcome, wrong) = if verify {
                            probe(&w, &url).await
                        } else {
                            let r = w.edge.request(&url, PublicRequest::default()).await;
                            (r.map(|r| r.status).map_err(|e| format!("{e:#}")), false)
                        };
                        let sample = Sample { sent, done: Instant::now(), outcome, wrong };
                        let failed = sample.outcome.is_err();
                        if sample.ok() {
                            served.fetch_add(1, Ordering::Relaxed);
                        }
                        samples.push(sample);
                        if failed {
                            tokio::time::sleep(RETRY_PAUSE).await;
                        }
                    }
                    samples
                })
            })
            .collect();
        Load { stop, served, tasks }
    }

    /// Waits (up to 20 s) until `n` more requests than now were answered 200.
    pub async fn serves(&self, n: usize) {
        let target = self.served.load(Ordering::Relaxed) + n;
        eventually(Duration::from_secs(20), &format!("{n} more requests served"), || async {
            (self.served.load(Ordering::Relaxed) >= target).then_some(())
        })
        .await;
    }

    /// Stops the load and returns every sample, in the order each client sent them.
    pub async fn finish(self) -> Vec<Sample> {
        self.stop.store(true, Ordering::Relaxed);
        let mut all = Vec::new();
        for t in self.tasks {
            all.extend(t.await.expect("a load client panicked"));
        }
        all
    }
}
