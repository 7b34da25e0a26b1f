//! The endpoint keys of ngrok's current model (`url`, `bindings`, `pooling_enabled`,
//! `description`) through the real binary: shown by `check`, sent by the SDK, written into the
//! current agent's `endpoints:`, refused for an agent that cannot express them.

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::world::{Mode, TOKEN, World};

const URL_KEYS: &str = "url = \"https://app.example.com\"\npooling_enabled = true\n";

#[tokio::test]
async fn sdk_mode_binds_the_url_with_pooling() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(URL_KEYS);
    let out = w.cmd(&cfg).args(["check"]).run().await.success().hides(TOKEN);
    assert!(out.stdout.contains("url = \"https://app.example.com\"\npooling_enabled = true"), "{}", out.stdout);
    assert!(
        out.stdout.contains("bind an http endpoint with url https://app.example.com, pooling enabled"),
        "{}",
        out.stdout
    );

    let (mut run, url) = w.start(&cfg, &[]).await;
    assert_eq!(url, "https://app.example.com");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let bind = w.edge.binds().into_iter().find(|b| b.url.as_deref() == Some(url.as_str())).expect("bind record");
    assert_eq!(bind.raw["Extra"]["PoolingEnabled"], true, "{}", bind.raw);
    assert_eq!(bind.domain, "app.example.com");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(std::time::Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn check_says_which_url_a_domain_means_and_that_ngrok_deprecated_it() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("domain = \"old.example.com\"\n");
    let out = w.cmd(&cfg).args(["check"]).run().await.success();
    assert!(
        out.stdout.contains(
            "# note: domain = \"old.example.com\" means url = \"https://old.example.com\"; ngrok deprecated domain"
        ),
        "{}",
        out.stdout
    );
    let cfg = w.config_named("both.toml", "domain = \"old.example.com\"\nurl = \"https://new.example.com\"\n");
    let out = w.cmd(&cfg).args(["check"]).run().await.code(2);
    assert!(
        out.stderr.contains("both.toml:") && out.stderr.contains("[tunnel.ngrok] domain: cannot be combined with url"),
        "{}",
        out.stderr
    );
}

#[tokio::test]
async fn the_current_agent_gets_every_endpoint_key_and_an_old_one_is_refused() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config(&format!("{URL_KEYS}description = \"webhook receiver\"\n"));
    let out = w.cmd(&cfg).args(["start", "--dry-run"]).run().await.success().hides(TOKEN);
    for line in ["url: https://app.example.com", "pooling_enabled: true", "description: webhook receiver"] {
        assert!(out.stdout.contains(line), "{line:?} missing:\n{}", out.stdout);
    }
    let (mut run, url) = w.start(&cfg, &[]).await;
    assert_eq!(url, "https://app.example.com", "the URL the agent logged");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    let bind = w.edge.binds().into_iter().find(|b| b.url.as_deref() == Some(url.as_str())).expect("bind record");
    assert_eq!(bind.raw["Extra"]["PoolingEnabled"], true, "{}", bind.raw);
    run.signal(Signal::SIGTERM);
    run.wait(std::time::Duration::from_secs(10)).await;

    let out = w.cmd(&cfg).env("NGROK_STANDIN_VERSION", "3.15.0").args(["start"]).run().await.code(2);
    for want in ["version 3.15.0", "pooling_enabled: needs ngrok agent 3.16.0", "description: needs ngrok agent 3.16.0"]
    {
        assert!(out.stderr.contains(want), "{want:?} missing:\n{}", out.stderr);
    }
}
