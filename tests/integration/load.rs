//! Continuous request load on a public URL while a scenario does something to the tunnel:
//! every request's start, end and outcome is kept, so a test can say which failures fell
//! inside the windows where failing is allowed (a reconnect, a restart, after a stop).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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
}

impl Sample {
    /// It was answered 200.
    pub fn ok(&self) -> bool {
        self.outcome == Ok(200)
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

impl Load {
    /// Starts the load.
    pub fn start(w: &Arc<World>, url: &str, clients: usize) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let served = Arc::new(AtomicUsize::new(0));
        let tasks = (0..clients)
            .map(|_| {
                let (w, url, stop, served) = (w.clone(), url.to_owned(), stop.clone(), served.clone());
                tokio::spawn(async move {
                    let mut samples = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        let sent = Instant::now();
                        let outcome = w
                            .edge
                            .request(&url, PublicRequest::default())
                            .await
                            .map(|r| r.status)
                            .map_err(|e| format!("{e:#}"));
                        let sample = Sample { sent, done: Instant::now(), outcome };
                        if sample.ok() {
                            served.fetch_add(1, Ordering::Relaxed);
                        }
                        samples.push(sample);
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
