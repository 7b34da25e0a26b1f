//! `status` and `url` for a newcomer: without `--name` they point at what runs, and the exit
//! code tells online (0), running but not online (5) and not running (1) apart.

use std::time::Duration;

use crate::support::eventually;
use crate::world::{Mode, TOKEN, World, set_mode};

#[tokio::test]
async fn without_a_name_the_running_tunnels_are_listed_with_how_to_pick() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut web, url) = w.start(&cfg, &["--name", "web"]).await;
    for command in ["status", "url"] {
        let out = w.cmd(&cfg).args([command]).run().await.code(1);
        for needle in
            ["tunnel \"default\" is not running", "web (online)", &format!("prx-tunnel {command} --name web"), "--all"]
        {
            assert!(out.stderr.contains(needle), "{command}: {needle:?} missing:\n{}", out.stderr);
        }
    }
    w.cmd(&cfg).args(["url", "--name", "web"]).run().await.success().stdout_has(&url);
    web.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(web.wait(Duration::from_secs(10)).await, Some(0));
    // Nothing else runs: no list.
    let out = w.cmd(&cfg).args(["status"]).run().await.code(1);
    assert!(!out.stderr.contains("Running:"), "{}", out.stderr);
}

#[tokio::test]
async fn running_but_not_online_has_its_own_exit_code() {
    let w = World::new(Mode::Sdk).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let text = format!(
        "[tunnel]\nlocal_addr = \"{}\"\n[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\nserver_addr = \"{closed}\"\nstartup_timeout_secs = 60\n",
        w.upstream.host_port()
    );
    let cfg = w.env.write("offline.toml", text);
    set_mode(&cfg, 0o600);
    let mut run = w.cmd(&cfg).args(["start", "--name", "slow"]).spawn();
    let out = eventually(Duration::from_secs(15), "status to see the tunnel starting, with its error", || {
        let cmd = w.cmd(&cfg).args(["status", "--name", "slow"]);
        async move {
            let out = cmd.run().await;
            (out.stdout.contains("state:       starting") && out.stdout.contains("last error:")).then_some(out)
        }
    })
    .await;
    out.code(5).stderr_has("running but not online: slow is starting");
    w.cmd(&cfg).args(["url", "--name", "slow"]).run().await.code(5).stderr_has("no public URL yet");
    w.cmd(&cfg).args(["status", "--all"]).run().await.code(5);
    run.signal(nix::sys::signal::Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    w.cmd(&cfg).args(["status", "--name", "slow"]).run().await.code(1);
}

#[tokio::test]
async fn reconnecting_is_running_but_not_online_and_online_again_is_0() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (mut run, url) = w.start(&cfg, &["--name", "web"]).await;
    w.cmd(&cfg).args(["status", "--name", "web"]).run().await.success();
    w.edge.go_down().await;
    let out = eventually(Duration::from_secs(10), "status to say reconnecting", || {
        let cmd = w.cmd(&cfg).args(["status", "--name", "web"]);
        async move {
            let out = cmd.run().await;
            out.stdout.contains("state:       reconnecting").then_some(out)
        }
    })
    .await;
    out.code(5).stderr_has("web is reconnecting");
    // `url` still answers with the URL the tunnel will serve again.
    w.cmd(&cfg).args(["url", "--name", "web"]).run().await.success().stdout_has(&url);
    w.edge.come_up().await;
    eventually(Duration::from_secs(15), "status to be online again (exit 0)", || {
        let cmd = w.cmd(&cfg).args(["status", "--name", "web"]);
        async move { (cmd.run().await.code == Some(0)).then_some(()) }
    })
    .await;
    run.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}
