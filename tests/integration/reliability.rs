//! Issue 18's four defects, one focused test each (every one failed on the main branch before
//! the fix): a Restart whose new Auth is refused once, refused Auths after a drop, what a
//! Restart does to a random URL, and a process pause against the heartbeat. Each waits by
//! polling with a deadline; the recovery promise is the reconnect cap (1.5 s) + 1 s.

use std::time::{Duration, Instant};

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::support::eventually;
use super::world::{Mode, URL_WAIT, World};

/// The reconnect cap of the SDK mode's policy (README "Reliability").
const CAP: Duration = Duration::from_millis(1500);
/// Serving again within this long after the edge accepts again: the cap + 1 s.
pub const RECOVERY: Duration = CAP.saturating_add(Duration::from_secs(1));

/// Polls until a request to `url` is answered 200; returns how long that took.
pub async fn serving_again(w: &World, url: &str, deadline: Duration) -> Duration {
    let t0 = Instant::now();
    eventually(deadline, &format!("{url} to serve again"), || async {
        let r = w.edge.request(url, PublicRequest::default()).await.ok()?;
        (r.status == 200).then_some(())
    })
    .await;
    t0.elapsed()
}

/// The one live session's id.
async fn only_session(w: &World) -> String {
    eventually(Duration::from_secs(10), "exactly one session", || async {
        let s = w.edge.sessions();
        (s.len() == 1).then(|| s[0].id.clone())
    })
    .await
}

/// Defect 1: a Restart whose new Auth is refused once with a non-credential error is retried
/// under the reconnect policy, like the same refusal after a drop; the tunnel does not end.
#[tokio::test]
async fn restart_then_a_refused_auth_is_retried_not_fatal() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "r108"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let session = only_session(&w).await;
    let auths = w.edge.auths().len();
    w.edge.fail_next_auth("ERR_NGROK_108");
    assert_eq!(w.edge.send_restart(&session).await.unwrap(), None, "the restart is accepted");
    w.edge.wait_for_auths(auths + 1, Duration::from_secs(10)).await.unwrap();
    let refused = Instant::now();
    assert!(w.edge.auths()[auths].error.as_deref().unwrap_or_default().contains("ERR_NGROK_108"));
    let took = serving_again(&w, &url, Duration::from_secs(10)).await;
    eprintln!("RESTART + refused Auth: serving again {:?} after the refusal", refused.elapsed());
    assert!(took <= RECOVERY, "recovered in {took:?}");
    assert_eq!(run.line(URL_WAIT).await, url, "the same URL, printed again after the restart");
    assert_eq!(w.status_json(&cfg, "r108").await["state"], "online");
    run.stop_cleanly().await;
}

/// Defect 2: 1, 2, 3 and 5 refused Auths in a row after a drop; each time the tunnel serves
/// again within the cap + 1 s of the edge accepting, and `status` never says online while the
/// edge has no session: it says reconnecting, with the attempt count and the last error.
#[tokio::test]
async fn refused_auths_after_a_drop_recover_within_the_cap_and_status_tells_the_truth() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (run, url) = w.start(&cfg, &["--name", "refused"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    for (round, refusals) in [1usize, 2, 3, 5].into_iter().enumerate() {
        let auths = w.edge.auths().len();
        w.edge.fail_next_auths("ERR_NGROK_108", refusals);
        w.edge.drop_all_sessions().await;
        if refusals >= 2 {
            w.edge.wait_for_auths(auths + 2, Duration::from_secs(10)).await.unwrap();
            let st = w.status_json(&cfg, "refused").await;
            if w.edge.sessions().is_empty() {
                assert_eq!(st["state"], "reconnecting", "{refusals} refusals: not online without a session: {st}");
            }
        }
        if refusals >= 3 {
            eventually(Duration::from_secs(5), "status to count the refused attempts", || async {
                let st = w.status_json(&cfg, "refused").await;
                let error = st["last_error"].as_str().unwrap_or_default().contains("ERR_NGROK_108");
                (st["state"] == "reconnecting" && st["attempts"].as_u64() >= Some(1) && error).then_some(())
            })
            .await;
        }
        w.edge.wait_for_auths(auths + refusals, Duration::from_secs(20)).await.unwrap();
        let accepting = Instant::now();
        let took = serving_again(&w, &url, Duration::from_secs(15)).await;
        eprintln!("REFUSED AUTHS x{refusals}: serving again {took:?} after the edge accepted again");
        assert!(took <= RECOVERY, "{refusals} refusals: recovered in {:?}", accepting.elapsed());
        let st = w.status_json(&cfg, "refused").await;
        assert_eq!(st["state"], "online", "{st}");
        assert_eq!(st["public_url"].as_str(), Some(url.as_str()), "the random URL is kept");
        assert_eq!(st["reconnects"].as_u64(), Some(round as u64 + 1), "one disconnection per drop: {st}");
    }
    assert!(!run.stderr().contains("the public URL changed"), "{}", run.stderr());
    run.stop_cleanly().await;
}

/// Defect 3: a Restart keeps a random URL: the same URL is printed again (as unchanged), the
/// old URL serves, and the session is a new one (the service's Restart means a new session).
#[tokio::test]
async fn a_restart_keeps_a_random_url() {
    for proto in ["", "proto = \"tcp\"\n"] {
        let w = World::new(Mode::Sdk).await;
        let cfg = w.config(proto);
        let (mut run, url) = w.start(&cfg, &["--name", "keep"]).await;
        let session = only_session(&w).await;
        assert_eq!(w.edge.send_restart(&session).await.unwrap(), None);
        assert_eq!(run.line(URL_WAIT).await, url, "the URL after the restart");
        eventually(Duration::from_secs(10), "a new session serving the old URL", || async {
            let new = w.edge.sessions().iter().all(|s| s.id != session) && !w.edge.sessions().is_empty();
            let online = w.edge.endpoints().iter().any(|(u, _)| *u == url);
            (new && online).then_some(())
        })
        .await;
        if proto.is_empty() {
            serving_again(&w, &url, Duration::from_secs(10)).await;
        } else {
            w.edge.tcp_connect(&url).await.expect("the tcp URL accepts connections again");
        }
        eventually(Duration::from_secs(5), "the log to say the URL is unchanged", || async {
            run.stderr().contains("the public URL is unchanged").then_some(())
        })
        .await;
        run.stop_cleanly().await;
    }
}

/// Defect 3, the other way: when the service will not give a random URL back by name (as for
/// a paid plan's random URLs), the Restart binds a new URL, prints it, and says so clearly.
#[tokio::test]
async fn a_restart_that_cannot_keep_the_url_prints_the_new_one_and_says_so() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "moved"]).await;
    let session = only_session(&w).await;
    w.edge.refuse_free_domains(true);
    assert_eq!(w.edge.send_restart(&session).await.unwrap(), None);
    let new = run.line(URL_WAIT).await;
    assert_ne!(new, url, "a new URL is printed");
    assert!(new.starts_with("https://"), "{new}");
    serving_again(&w, &new, Duration::from_secs(10)).await;
    let log = run.stderr();
    assert!(log.contains("the public URL changed") && log.contains(&url) && log.contains(&new), "{log}");
    assert!(log.contains("ERR_NGROK_319"), "the refusals are logged: {log}");
    assert_eq!(w.status_json(&cfg, "moved").await["public_url"].as_str(), Some(new.as_str()));
    run.stop_cleanly().await;
}

/// Defect 4: a 3 s SIGSTOP with heartbeat 1 s + 2 s does not cut a healthy connection; a
/// request sent during the pause is answered 200 after it.
#[tokio::test]
async fn a_3s_pause_does_not_cut_a_healthy_session() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("heartbeat_interval = \"1s\"\nheartbeat_tolerance = \"2s\"\n");
    let (run, url) = w.start(&cfg, &["--name", "pause"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let session = only_session(&w).await;
    let beats = || w.edge.sessions().first().map_or(0, |s| s.heartbeats);
    let before = beats();
    eventually(Duration::from_secs(5), "heartbeats to flow", || async { (beats() > before + 1).then_some(()) }).await;
    run.signal(Signal::SIGSTOP);
    let in_flight = {
        let (edge, url) = (w.edge.clone(), url.clone());
        tokio::spawn(async move { edge.request(&url, PublicRequest::default()).await.map(|r| r.status) })
    };
    tokio::time::sleep(Duration::from_secs(3)).await; // the pause itself, not a synchronisation
    run.signal(Signal::SIGCONT);
    assert_eq!(in_flight.await.unwrap().unwrap(), 200, "the request sent during the pause is answered");
    let resumed = beats();
    eventually(Duration::from_secs(10), "three more heartbeats after the pause", || async {
        (beats() >= resumed + 3).then_some(())
    })
    .await;
    assert_eq!(only_session(&w).await, session, "the same session: nothing was cut");
    let st = w.status_json(&cfg, "pause").await;
    assert_eq!(st["reconnects"].as_u64(), Some(0), "{st}");
    assert_eq!(st["state"], "online");
    assert!(!run.stderr().contains("no heartbeat answer"), "{}", run.stderr());
    run.stop_cleanly().await;
}
