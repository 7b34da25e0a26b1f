//! The first `start`: no authtoken anywhere fails at once (exit 3) and says where a token
//! comes from; an unreachable ingress is explained at once and the final message fits the cause.

use std::time::{Duration, Instant};

use crate::support::{Sealed, eventually};
use crate::world::{TOKEN, set_mode};

/// A config in `env` with these `[tunnel.ngrok]` lines.
fn config(env: &Sealed, ngrok: &str) -> std::path::PathBuf {
    let path = env.write("prx.toml", format!("[tunnel]\nlocal_addr = \"127.0.0.1:9\"\n\n[tunnel.ngrok]\n{ngrok}\n"));
    set_mode(&path, 0o600);
    path
}

#[tokio::test]
async fn no_authtoken_anywhere_fails_at_once_naming_every_source() {
    let env = Sealed::new();
    let cfg = config(&env, "startup_timeout_secs = 20");
    for args in [&["start"][..], &["start", "--detach", "-n", "bg"]] {
        let began = Instant::now();
        let out = env.cmd().args(["--config", cfg.to_str().unwrap()]).args(args).run().await.code(3);
        assert!(began.elapsed() < Duration::from_secs(10), "{args:?} took {:?}", began.elapsed());
        for needle in ["[tunnel.ngrok]", "NGROK_AUTHTOKEN", "ngrok.yml", "prx-tunnel start --edge local", "ngrok-sim"] {
            assert!(out.stderr.contains(needle), "{args:?}: {needle:?} missing:\n{}", out.stderr);
        }
        assert!(!out.stderr.contains("Raise startup_timeout_secs"), "{}", out.stderr);
        assert!(out.stdout.is_empty(), "{}", out.stdout);
    }
    // The token from the environment is enough to get past the check (then DNS fails here).
    let out = env
        .cmd()
        .env("NGROK_AUTHTOKEN", TOKEN)
        .args(["--config", cfg.to_str().unwrap(), "start", "--timeout", "1"])
        .run()
        .await
        .code(4);
    assert!(!out.stderr.contains("no ngrok authtoken"), "{}", out.stderr);
}

#[tokio::test]
async fn the_quick_start_config_without_the_variable_lists_the_sources_too() {
    let env = Sealed::new();
    let cfg = config(&env, "authtoken = \"${NGROK_AUTHTOKEN}\"");
    let out = env.cmd().args(["--config", cfg.to_str().unwrap(), "start"]).run().await.code(3);
    out.stderr_has("no ngrok authtoken was found").stderr_has("ngrok.yml");
    // Another variable in the authtoken is still required, and named.
    let other = config(&env, "authtoken = \"${MY_NGROK_TOKEN}\"");
    env.cmd().args(["--config", other.to_str().unwrap(), "start"]).run().await.code(2).stderr_has("${MY_NGROK_TOKEN}");
}

#[tokio::test]
async fn a_dns_failure_is_shown_at_once_and_says_dns() {
    let env = Sealed::new();
    let cfg = config(
        &env,
        &format!("authtoken = \"{TOKEN}\"\nserver_addr = \"prx-newcomer.invalid:443\"\nstartup_timeout_secs = 30"),
    );
    let mut run = env.cmd().args(["--config", cfg.to_str().unwrap(), "start"]).spawn();
    let shown = eventually(Duration::from_secs(15), "the DNS failure on stderr", || {
        let err = run.stderr();
        async move { err.lines().find(|l| l.contains("DNS lookup of prx-newcomer.invalid failed")).map(str::to_owned) }
    })
    .await;
    assert!(run.child.try_wait().unwrap().is_none(), "start exited instead of retrying: {shown}");
    assert!(shown.contains("retrying"), "{shown}");
    run.signal(nix::sys::signal::Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "{}", run.stderr());
}

#[tokio::test]
async fn a_refused_ingress_ends_without_advising_a_longer_timeout() {
    let env = Sealed::new();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let cfg = config(&env, &format!("authtoken = \"{TOKEN}\"\nserver_addr = \"{closed}\"\nstartup_timeout_secs = 2"));
    let out = env.cmd().args(["--config", cfg.to_str().unwrap(), "start"]).run().await.code(4).hides(TOKEN);
    let refused = format!("connection to {closed} refused");
    assert_eq!(out.stderr.matches(&refused).count(), 2, "once at once, once at the end:\n{}", out.stderr);
    assert!(!out.stderr.contains("Raise startup_timeout_secs"), "{}", out.stderr);
}
