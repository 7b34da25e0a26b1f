//! The restart policy: an agent that dies after its tunnel came up is restarted with a
//! backoff of 0.5 s doubling to 30 s (reset after a healthy minute) and its new URL reported;
//! repeated failures end with a clear error instead of a loop.

use std::time::Duration;

use anyhow::Result;
use tokio_util::sync::CancellationToken;

use super::Launch;
use super::failures::{early_exit, explain, summary};
use super::notice::Masker;
use super::run_once::{End, run_once};
use crate::tunnel::{Event, Events, emit};

/// First restart delay; doubles per death.
pub const BACKOFF_BASE: Duration = Duration::from_millis(500);
/// Largest restart delay (ngrok's own agent caps its reconnect backoff here too).
pub const BACKOFF_CAP: Duration = Duration::from_secs(30);
/// An agent that served this long is healthy: the death count and backoff start over.
pub const HEALTHY: Duration = Duration::from_secs(60);
/// Restarts in a row that never brought the tunnel back before we give up.
pub const MAX_FAILED_RESTARTS: u32 = 5;
/// Deaths without a healthy minute in between before we give up.
pub const MAX_DEATHS: u32 = 10;

/// The delay before restart after death number `deaths` (1-based) since the last healthy minute.
pub fn backoff(deaths: u32) -> Duration {
    BACKOFF_BASE.saturating_mul(1u32 << deaths.saturating_sub(1).min(16)).min(BACKOFF_CAP)
}

/// What the policy decides after a death.
#[derive(Debug, PartialEq)]
pub enum Decision {
    /// Restart after this delay.
    Restart(Duration),
    /// Give up with this reason.
    GiveUp(String),
}

/// Counts deaths and decides; pure, so the policy is tested without processes.
#[derive(Debug, Default)]
pub struct Policy {
    deaths: u32,
    failed_restarts: u32,
}

impl Policy {
    /// Records a death of an agent that lived `lived` and did (not) report a URL.
    pub fn on_death(&mut self, had_url: bool, lived: Duration) -> Decision {
        if had_url && lived >= HEALTHY {
            self.deaths = 0;
        }
        self.deaths += 1;
        self.failed_restarts = if had_url { 0 } else { self.failed_restarts + 1 };
        if self.failed_restarts >= MAX_FAILED_RESTARTS {
            return Decision::GiveUp(format!(
                "gave up: {} restarts of the ngrok agent in a row did not bring the tunnel back",
                self.failed_restarts
            ));
        }
        if self.deaths >= MAX_DEATHS {
            return Decision::GiveUp(format!(
                "gave up: the ngrok agent died {} times without staying up for {}",
                self.deaths,
                humantime::format_duration(HEALTHY)
            ));
        }
        Decision::Restart(backoff(self.deaths))
    }
}

/// Runs and restarts the agent until `shutdown` (Ok) or a failure (Err).
pub async fn supervise(
    launch: &mut Launch,
    events: &Events,
    masker: &Masker,
    shutdown: &CancellationToken,
    updates: &mut crate::backend::EndpointUpdates,
) -> Result<()> {
    let mut policy = Policy::default();
    let mut restarts = 0u64;
    let mut ever_url = false;
    loop {
        let wanted = updates.borrow_and_update().clone();
        let fingerprints = |e: &[crate::config::TunnelConfig]| e.iter().map(|c| c.fingerprint()).collect::<Vec<_>>();
        if fingerprints(&wanted) != fingerprints(&launch.cfg.endpoints) {
            launch.set_endpoints(wanted)?;
        }
        let end = match run_once(launch, events, masker, shutdown, restarts, updates).await {
            Ok(end) => end,
            Err(e) if !ever_url => return Err(e),
            Err(e) => End::Died {
                status: "not started".into(),
                errors: vec![masker.mask(&format!("{e:#}"))],
                had_url: false,
                lived: Duration::ZERO,
                web_busy: false,
            },
        };
        let (status, errors, had_url, lived) = match end {
            End::Stopped => return Ok(()),
            End::StoppedElsewhere => {
                tracing::info!(
                    "the ngrok agent was told to stop (a remote stop from the ngrok dashboard or API, or a signal \
                     sent to the agent itself) and exited; prx-tunnel stops too instead of restarting it"
                );
                return Ok(());
            }
            End::Fatal(e) => return Err(e),
            End::Died { web_busy: true, .. } if !launch.web_pinned() => {
                let addr = launch.pin_web_addr()?;
                tracing::warn!(
                    %addr,
                    "the agent's web address was taken (4040 and its alternatives, or the web_addr of your agent config); \
                     restarting it with its web service on a free port"
                );
                continue;
            }
            End::Died { status, errors, had_url, lived, .. } => (status, errors, had_url, lived),
        };
        ever_url |= had_url;
        if !ever_url {
            return Err(early_exit(&status, &errors));
        }
        let why = summary(&status, &errors);
        emit(events, Event::Disconnected { error: why.clone(), new: true });
        let delay = match policy.on_death(had_url, lived) {
            Decision::Restart(delay) => delay,
            Decision::GiveUp(reason) => {
                anyhow::bail!("{reason}. The last one exited with {status}.\n{}", explain(&errors))
            }
        };
        tracing::warn!("{why}; restarting it in {}", humantime::format_duration(delay));
        emit(events, Event::Restarting);
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = shutdown.cancelled() => return Ok(()),
        }
        restarts += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_half_a_second_to_thirty() {
        let got: Vec<u64> = (1..=9).map(|n| backoff(n).as_millis() as u64).collect();
        assert_eq!(got, vec![500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
        assert_eq!(backoff(200), BACKOFF_CAP);
    }

    #[test]
    fn killed_five_times_after_serving_is_restarted_each_time() {
        let mut p = Policy::default();
        let delays: Vec<Decision> = (0..5).map(|_| p.on_death(true, Duration::from_secs(2))).collect();
        let expect: Vec<Decision> = (1..=5).map(|n| Decision::Restart(backoff(n))).collect();
        assert_eq!(delays, expect);
    }

    #[test]
    fn a_healthy_minute_resets_the_backoff() {
        let mut p = Policy::default();
        p.on_death(true, Duration::from_secs(1));
        p.on_death(true, Duration::from_secs(1));
        assert_eq!(p.on_death(true, HEALTHY), Decision::Restart(BACKOFF_BASE));
    }

    #[test]
    fn gives_up_after_five_restarts_that_never_came_up() {
        let mut p = Policy::default();
        assert_eq!(p.on_death(true, Duration::from_secs(5)), Decision::Restart(backoff(1)));
        for n in 2..=5 {
            assert_eq!(p.on_death(false, Duration::from_millis(50)), Decision::Restart(backoff(n)));
        }
        let Decision::GiveUp(why) = p.on_death(false, Duration::from_millis(50)) else { panic!("kept going") };
        assert!(why.contains("5 restarts"), "{why}");
    }

    #[test]
    fn gives_up_after_ten_deaths_without_a_healthy_minute() {
        let mut p = Policy::default();
        for _ in 1..MAX_DEATHS {
            assert!(matches!(p.on_death(true, Duration::from_secs(30)), Decision::Restart(_)));
        }
        let Decision::GiveUp(why) = p.on_death(true, Duration::from_secs(30)) else { panic!("kept going") };
        assert!(why.contains("10 times"), "{why}");
    }
}
