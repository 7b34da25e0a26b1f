//! `prx-tunnel exec`: the URL in the command's environment, its exit status passed on, signals
//! passed on, nothing left behind — and the README's CI recipe, run literally.

use std::time::Duration;

use nix::sys::signal::Signal;

use ngrok_sim::PublicRequest;

use super::local_edge::{curl, no_state_left, readme_line, shell};
use super::support::Sealed;
use super::upstream::{HELLO, Upstream};
use super::world::{Mode, TOKEN, URL_WAIT, World};

#[tokio::test]
async fn readme_ci_recipe_passes_against_a_local_service() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let out = shell(&env, &readme_line("prx-tunnel exec --edge local"), up.addr.port()).run().await.success();
    assert_eq!(out.stdout, HELLO, "curl in the recipe fetched the service through the tunnel");
    assert_eq!(up.served(), 1);
}

#[tokio::test]
async fn url_in_the_environment_exit_statuses_and_nothing_left_behind() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let port = up.addr.port().to_string();
    let script = "curl -fsS \"$PRX_TUNNEL_URL/\" > fetched; echo \"$PRX_TUNNEL_URL\"; exit $CODE";
    for code in [0, 1, 42] {
        let out = env
            .cmd()
            .args(["exec", "--edge", "local", "-p", &port, "-n", "job", "--", "sh", "-c", script])
            .env("CODE", code.to_string())
            .run()
            .await
            .code(code);
        assert_eq!(std::fs::read_to_string(env.root().join("fetched")).unwrap(), HELLO);
        let url = out.stdout.trim();
        assert!(url.starts_with("http://") && url.contains(".localhost:"), "{url}");
        assert_eq!(curl(url, &[]).await.curl_code, Some(7), "no edge left behind after exit {code}");
        no_state_left(&env, "job");
    }
    env.cmd().args(["exec", "--edge", "local", "-p", &port, "--", "no-such-command-here"]).run().await.code(127);
}

#[tokio::test]
async fn through_the_ngrok_service_the_command_gets_the_service_url() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let script = "echo \"$PRX_TUNNEL_URL\"; echo \"${PRX_TUNNEL_CA_CERT:-no-ca}\"; exec sleep 60";
    let mut run = w.cmd(&cfg).args(["exec", "-n", "svc", "--", "sh", "-c", script]).spawn();
    let url = run.line(URL_WAIT).await;
    assert!(url.starts_with("https://") && url.ends_with(".ngrok-free.app"), "{url}");
    assert_eq!(run.line(URL_WAIT).await, "no-ca", "only a local edge has a CA to pass on");
    assert_eq!(w.get(&url, PublicRequest::default()).await.text(), HELLO, "the tunnel serves while the command runs");
    w.cmd(&cfg).args(["stop", "-n", "svc"]).run().await.success();
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(143), "stop ends the command with SIGTERM");
    w.edge.wait_for_url_gone(&url, Duration::from_secs(10)).await.unwrap();
    no_state_left(&w.env, "svc");
}

#[tokio::test]
async fn sigint_and_sigterm_reach_the_command() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let port = up.addr.port().to_string();
    for (sig, code) in [(Signal::SIGINT, 7), (Signal::SIGTERM, 8)] {
        let script = format!(
            "trap 'echo got-{sig}; kill $! 2>/dev/null; exit {code}' {}; echo \"$PRX_TUNNEL_URL\"; sleep 60 & wait",
            sig.as_str().trim_start_matches("SIG")
        );
        let mut run = env
            .cmd()
            .args(["exec", "--edge", "local", "-p", &port, "-n", "sig", "--", "sh", "-c"])
            .args([&script])
            .spawn();
        let url = run.line(URL_WAIT).await;
        let status = env.cmd().args(["status", "-n", "sig", "--json"]).run().await.success();
        assert!(status.stdout.contains(&url), "status sees the exec tunnel: {}", status.stdout);
        run.signal(sig);
        assert_eq!(run.wait(Duration::from_secs(10)).await, Some(code), "{}", run.stderr());
        assert!(run.stdout().contains(&format!("got-{sig}")), "the command's trap ran:\n{}", run.stdout());
        no_state_left(&env, "sig");
    }
}

#[tokio::test]
async fn a_tunnel_that_never_comes_up_does_not_run_the_command() {
    let env = Sealed::new();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let cfg = env.write(
        "down.toml",
        format!("[tunnel]\n[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\nserver_addr = \"{closed}\"\ninspect = false\n"),
    );
    env.cmd()
        .args(["--config", cfg.to_str().unwrap(), "exec", "--timeout", "1", "--", "touch", "ran"])
        .run()
        .await
        .code(4)
        .hides(TOKEN);
    assert!(!env.root().join("ran").exists(), "the command must not run without a tunnel");
}
