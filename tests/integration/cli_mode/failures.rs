//! CLI mode when things go wrong: a killed or failing agent, prx-tunnel killed, rejected
//! tokens, a missing agent, refused domains, an unreachable edge.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ngrok_sim::{EdgeOptions, PublicRequest};
use nix::sys::signal::Signal;

use crate::support::eventually;
use crate::world::{Mode, TOKEN, URL_WAIT, World, alive, set_mode};

use super::*;

#[tokio::test]
async fn killed_agent_is_restarted_with_backoff_and_the_new_url_printed_and_in_status() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config("");
    let (mut run, _first) = w.start(&cfg, &["--name", "crashy"]).await;
    let mut pid = agent_pid(&w, &cfg, "crashy").await;
    for round in 1..=5u64 {
        let killed = Instant::now();
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), Signal::SIGKILL).unwrap();
        let url = run.line(URL_WAIT).await;
        let took = killed.elapsed();
        assert!(url.starts_with("https://"), "printed again after restart {round}: {url}");
        let backoff = Duration::from_millis(500 << (round - 1));
        assert!(
            took >= backoff && took < backoff + Duration::from_secs(10),
            "restart {round} after {took:?}, backoff {backoff:?}"
        );
        let st = eventually(Duration::from_secs(10), "status after the restart", || async {
            let st = status(&w, &cfg, "crashy").await;
            (st["agent"]["restarts"] == round && st["public_url"] == url.as_str() && st["state"] == "online")
                .then_some(st)
        })
        .await;
        let new_pid = st["agent"]["pid"].as_i64().unwrap() as i32;
        assert_ne!(new_pid, pid);
        assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
        pid = new_pid;
    }
    stop(&mut run).await;
    assert!(!alive(pid));
}

#[tokio::test]
async fn an_agent_that_keeps_failing_is_given_up_with_a_clear_message() {
    let Mode::Cli(standin) = Mode::standin() else { unreachable!() };
    let bin = tempfile::tempdir().unwrap();
    let wrapper = bin.path().join("ngrok");
    std::fs::write(&wrapper, format!("#!/bin/sh\nexec '{}' \"$@\"\n", standin.display())).unwrap();
    set_mode(&wrapper, 0o755);
    let w = World::new(Mode::Cli(wrapper.clone())).await;
    let cfg = w.config("");
    let (mut run, _url) = w.start(&cfg, &["--name", "doomed"]).await;
    let pid = agent_pid(&w, &cfg, "doomed").await;
    let broken = bin.path().join("ngrok.new");
    std::fs::write(&broken, "#!/bin/sh\necho 'ERROR:  simulated agent crash' >&2\nexit 1\n").unwrap();
    set_mode(&broken, 0o755);
    std::fs::rename(&broken, &wrapper).unwrap();
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), Signal::SIGKILL).unwrap();
    let code = run.wait(Duration::from_secs(60)).await;
    let err = run.stderr();
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("gave up") && err.contains("simulated agent crash"), "{err}");
}

#[tokio::test]
async fn kill_9_of_prx_tunnel_leaves_no_agent_behind() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config("");
    let (mut run, _url) = w.start(&cfg, &["--name", "orphan"]).await;
    let pid = agent_pid(&w, &cfg, "orphan").await;
    assert!(alive(pid));
    run.signal(Signal::SIGKILL);
    run.wait(Duration::from_secs(10)).await;
    eventually(Duration::from_secs(5), "the agent to die with prx-tunnel", || async { (!alive(pid)).then_some(()) })
        .await;
}

#[tokio::test]
async fn rejected_authtoken_exits_3_at_once_without_restarts() {
    let opts = EdgeOptions { authtokens: Some(vec!["2someOTHERvalidTOKENxxxxxxxxxx".into()]), ..Default::default() };
    let w = World::with(Mode::standin(), opts).await;
    let cfg = w.config("");
    let started = Instant::now();
    let out = w.cmd(&cfg).args(["start"]).run().await.code(3).stderr_has("ERR_NGROK_107").hides(TOKEN);
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
    assert!(!out.stderr.contains("restarting"), "no restart loop:\n{}", out.stderr);
    assert!(out.stderr.contains("dashboard.ngrok.com"), "{}", out.stderr);
}

#[tokio::test]
async fn missing_agent_exits_2_with_the_install_hint() {
    let w = World::new(Mode::Cli(PathBuf::from("/nonexistent/dir/ngrok"))).await;
    let cfg = w.config("");
    let out = w.cmd(&cfg).args(["start"]).run().await.code(2).stderr_has("/nonexistent/dir/ngrok");
    assert!(out.stderr.contains("install"), "{}", out.stderr);
    let (no_agent, empty_path) = without_agent(&w, &cfg);
    w.cmd(&no_agent)
        .env("PATH", &empty_path)
        .args(["start"])
        .run()
        .await
        .code(2)
        .stderr_has("not found on PATH")
        .stderr_has("https://ngrok.com/download");
}

#[tokio::test]
async fn agent_exiting_before_its_url_shows_its_error_lines_and_exits_1() {
    let w = World::new(Mode::standin()).await;
    w.env.write("config/ngrok/ngrok.yml", "version: \"2\"\nno_such_setting: 1\n");
    let cfg = w.config("");
    w.cmd(&cfg)
        .args(["start"])
        .run()
        .await
        .code(1)
        .stderr_has("exited before reporting a public URL")
        .stderr_has("no_such_setting");
}

#[tokio::test]
async fn domain_online_elsewhere_gets_its_own_message() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config("domain = \"taken.example.com\"\n");
    let (mut first, _url) = w.start(&cfg, &["--name", "first"]).await;
    w.cmd(&cfg)
        .args(["start", "--name", "second"])
        .run()
        .await
        .code(1)
        .stderr_has("ERR_NGROK_334")
        .stderr_has("already online");
    stop(&mut first).await;
}

#[tokio::test]
async fn unreachable_edge_times_out_with_exit_4_naming_the_agent_error() {
    let w = World::new(Mode::standin()).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let cfg = w.config("");
    let text = std::fs::read_to_string(&cfg).unwrap().replace(&w.edge.agent_addr().to_string(), &closed.to_string());
    std::fs::write(&cfg, text).unwrap();
    let out = w.cmd(&cfg).args(["start", "--timeout", "3s"]).run().await.code(4);
    assert!(out.stderr.contains(&closed.to_string()) && out.stderr.contains("refused"), "{}", out.stderr);
    // The cause is explained at once, and time is not blamed (issue 16).
    assert!(out.stderr.contains(&format!("connection to {closed} refused")), "{}", out.stderr);
    assert!(!out.stderr.contains("Raise startup_timeout_secs"), "{}", out.stderr);
}
