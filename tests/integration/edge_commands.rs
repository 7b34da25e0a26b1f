//! The ngrok service's commands to a running agent — Update, Restart, Stop — arriving while
//! public traffic flows, in both modes: an update is refused without disturbing anything, a
//! restart costs only its own window, and a stop ends prx-tunnel with exit 0, nothing left.

use std::sync::Arc;
use std::time::{Duration, Instant};

use ngrok_sim::PublicRequest;

use super::load::{Load, Sample};
use super::support::eventually;
use super::world::{Mode, URL_WAIT, World, alive};

/// Concurrent clients of the load.
const CLIENTS: usize = 4;

/// The only session the edge has (after a restart: the new one).
async fn the_session(w: &World) -> String {
    eventually(Duration::from_secs(10), "exactly one session", || async {
        let sessions = w.edge.sessions();
        (sessions.len() == 1).then(|| sessions[0].id.clone())
    })
    .await
}

/// Requests served between two commands.
const BETWEEN: usize = 100;

/// Which commands precede the final Stop.
struct Commands {
    /// Update (refused by prx-tunnel; the real 2.3.41 agent would try ngrok's update servers).
    update: bool,
    /// Restart (honoured by prx-tunnel's SDK mode).
    restart: bool,
    /// The agent is the real 2.3.41 one.
    real_v2: bool,
}

/// The commands, then Stop, all under load: failures are allowed only inside the restart
/// window and after the stop.
async fn scenario(mode: Mode, commands: Commands) {
    let cli = matches!(mode, Mode::Cli(_));
    let w = Arc::new(World::new(mode).await);
    let cfg = w.config("domain = \"commands.example.com\"\n");
    let (mut run, url) = w.start(&cfg, &["--name", "commands"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let agent_pid = w.status_json(&cfg, "commands").await["agent"]["pid"].as_i64();
    let load = Load::start(&w, &url, CLIENTS);
    let mut allowed = Vec::new();

    load.serves(BETWEEN).await;
    let session = the_session(&w).await;
    if commands.update {
        let update = w.edge.send_update(&session).await.unwrap();
        assert!(update.is_some(), "an update is refused: prx-tunnel cannot replace itself");
        if !cli {
            assert!(update.as_deref().unwrap_or_default().contains("not supported"), "{update:?}");
        }
        load.serves(BETWEEN).await;
    }
    if commands.restart {
        let from = Instant::now();
        assert_eq!(w.edge.send_restart(&session).await.unwrap(), None, "the restart is accepted");
        assert_eq!(run.line(URL_WAIT).await, url, "the same URL is reported after the restart");
        eventually(Duration::from_secs(10), "the old session to go and traffic to flow", || async {
            let only_new = w.edge.sessions().iter().all(|s| s.id != session);
            let r = w.edge.request(&url, PublicRequest::default()).await.ok()?;
            (only_new && r.status == 200).then_some(())
        })
        .await;
        allowed.push((from, Instant::now()));
        eprintln!("EDGE COMMANDS: serving again {:?} after the restart command", from.elapsed());
        load.serves(BETWEEN).await;
    }
    let session = the_session(&w).await;
    let stop_at = Instant::now();
    match w.edge.send_stop(&session).await {
        Ok(answer) => assert_eq!(answer, None, "the stop is accepted"),
        // The real 2.3.41 agent exits on a Stop, sometimes before its answer has left the
        // connection: what a user sees (below) is the same either way.
        Err(e) if commands.real_v2 => eprintln!("EDGE COMMANDS: the 2.3.41 agent exited without answering ({e})"),
        Err(e) => panic!("the stop is answered: {e:#}"),
    }
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "a stop from the service ends prx-tunnel with 0");
    allowed.push((stop_at, Instant::now() + Duration::from_secs(3600)));
    let samples = load.finish().await;

    let allowed_failure = |s: &Sample| allowed.iter().any(|(from, to)| s.overlaps(*from, *to));
    let bad: Vec<&Sample> = samples.iter().filter(|s| !s.ok() && !allowed_failure(s)).collect();
    let before_stop = samples.iter().filter(|s| s.done < stop_at).count();
    eprintln!(
        "EDGE COMMANDS ({}): {} requests before the stop, {} failed in allowed windows, {} outside",
        if cli { "cli" } else { "sdk" },
        before_stop,
        samples.iter().filter(|s| !s.ok() && allowed_failure(s)).count(),
        bad.len()
    );
    assert!(bad.is_empty(), "failures outside the restart and stop windows: {:?}", &bad[..bad.len().min(3)]);
    assert!(!w.env.state_dir().join("commands.json").exists(), "no state left");
    let log = run.stderr();
    assert!(log.matches("ngrok agent started").count() <= 1, "the agent is not restarted after a stop:\n{log}");
    if let Some(pid) = agent_pid {
        eventually(Duration::from_secs(5), "the agent to be gone", || async { (!alive(pid as i32)).then_some(()) })
            .await;
    }
    eventually(Duration::from_secs(5), "the edge to see no session", || async {
        w.edge.sessions().is_empty().then_some(())
    })
    .await;
}

#[tokio::test]
async fn sdk_update_refused_restart_and_stop_under_load() {
    scenario(Mode::Sdk, Commands { update: true, restart: true, real_v2: false }).await;
}

#[tokio::test]
async fn cli_v3_update_refused_and_stop_under_load() {
    scenario(Mode::standin(), Commands { update: true, restart: false, real_v2: false }).await;
}

#[tokio::test]
async fn cli_real_2_3_41_stop_under_load() {
    let v2 =
        ngrok_sim::agent_v2::ensure_ngrok_v2().expect("the real ngrok 2.3.41 agent (see crates/ngrok-sim: agent_v2)");
    scenario(Mode::Cli(v2), Commands { update: false, restart: false, real_v2: true }).await;
}
