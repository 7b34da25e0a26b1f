//! The faults of the mixed-fault run, chosen by the seed, and how each is injected. Each
//! returns the moment the fault ended — the edge accepts again, the process runs again —
//! from which its recovery is measured.

use std::time::{Duration, Instant};

use nix::sys::signal::Signal;
use rand::Rng;
use rand::rngs::StdRng;

use crate::support::{Running, eventually};
use crate::world::World;

/// One fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The edge drops the session.
    Drop,
    /// The agent ingress goes down for this long (connections refused), then comes back.
    Outage(Duration),
    /// The edge stops answering heartbeats until prx-tunnel cuts the connection.
    Silence,
    /// The service asks for a restart.
    Restart,
    /// The edge refuses the next N Auths (ERR_NGROK_108), then drops the session.
    RefusedAuths(usize),
    /// prx-tunnel is stopped (SIGSTOP) for this long, then continued.
    Pause(Duration),
}

/// Every kind, so that a plan holds each at least once.
const KINDS: usize = 6;

impl Fault {
    /// The `kind`-th kind of fault with parameters drawn from `rng`.
    fn of_kind(kind: usize, rng: &mut StdRng) -> Fault {
        match kind % KINDS {
            0 => Fault::Drop,
            1 => Fault::Outage(Duration::from_millis(rng.random_range(100..=1000))),
            2 => Fault::Silence,
            3 => Fault::Restart,
            4 => Fault::RefusedAuths(rng.random_range(1..=4)),
            _ => Fault::Pause(Duration::from_millis(rng.random_range(300..=1200))),
        }
    }

    /// A short name for the report.
    pub fn kind(&self) -> &'static str {
        match self {
            Fault::Drop => "drop",
            Fault::Outage(_) => "outage",
            Fault::Silence => "silenced heartbeats",
            Fault::Restart => "restart",
            Fault::RefusedAuths(_) => "refused auths",
            Fault::Pause(_) => "pause",
        }
    }
}

/// `n` faults: every kind once (in a seeded order), then seeded picks.
pub fn plan(rng: &mut StdRng, n: usize) -> Vec<Fault> {
    let mut kinds: Vec<usize> = (0..KINDS).collect();
    for i in (1..KINDS).rev() {
        kinds.swap(i, rng.random_range(0..=i));
    }
    kinds.extend((KINDS..n).map(|_| rng.random_range(0..KINDS)));
    kinds.into_iter().take(n.max(KINDS)).map(|k| Fault::of_kind(k, rng)).collect()
}

/// Injects `fault` into the tunnel `run` serves through `w`; returns when the fault ended.
pub async fn inject(w: &World, run: &Running, fault: Fault) -> Instant {
    let edge = &w.edge;
    match fault {
        Fault::Drop => edge.drop_all_sessions().await,
        Fault::Outage(d) => {
            edge.go_down().await;
            tokio::time::sleep(d).await; // the outage itself, not a synchronisation
            edge.come_up().await;
        }
        Fault::Silence => {
            let auths = edge.auths().len();
            edge.silence_heartbeats(true);
            // prx-tunnel cuts the silent connection and resumes the session: a new Auth.
            edge.wait_for_auths(auths + 1, Duration::from_secs(10)).await.expect("the heartbeat loss to be acted on");
            edge.silence_heartbeats(false);
        }
        Fault::Restart => {
            let session = eventually(Duration::from_secs(10), "a session to restart", || async {
                edge.sessions().first().map(|s| s.id.clone())
            })
            .await;
            assert_eq!(edge.send_restart(&session).await.expect("restart sent"), None, "restart accepted");
        }
        Fault::RefusedAuths(n) => {
            let auths = edge.auths().len();
            edge.fail_next_auths("ERR_NGROK_108", n);
            edge.drop_all_sessions().await;
            edge.wait_for_auths(auths + n, Duration::from_secs(20)).await.expect("the refused Auths");
        }
        Fault::Pause(d) => {
            run.signal(Signal::SIGSTOP);
            tokio::time::sleep(d).await; // the pause itself, not a synchronisation
            run.signal(Signal::SIGCONT);
        }
    }
    Instant::now()
}
