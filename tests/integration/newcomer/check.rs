//! `check` tells the truth: exit 2 with "start would fail because …" whenever start would
//! fail for a reason it can know, and its effective config loads back to the same settings.

use std::time::Duration;

use ngrok_sim::PublicRequest;

use crate::support::Sealed;
use crate::world::{Mode, PASSWORD, TOKEN, World, set_mode};

#[tokio::test]
async fn check_fails_when_start_would_fail_for_lack_of_an_authtoken() {
    let env = Sealed::new();
    let cfg = env.write("prx.toml", "[tunnel]\nlocal_addr = \"127.0.0.1:9\"\n[tunnel.ngrok]\nregion = \"eu\"\n");
    let out = env.cmd().args(["--config", cfg.to_str().unwrap(), "check"]).run().await.code(2);
    assert!(out.stderr.contains("start would fail because no ngrok authtoken"), "{}", out.stderr);
    assert!(out.stdout.contains("connect.eu.ngrok-agent.com:443"), "the plan is still shown:\n{}", out.stdout);
    env.cmd()
        .env("NGROK_AUTHTOKEN", TOKEN)
        .args(["--config", cfg.to_str().unwrap(), "check"])
        .run()
        .await
        .success()
        .hides(TOKEN);
}

#[tokio::test]
async fn check_fails_when_the_agent_is_missing_in_cli_mode() {
    let w = World::new(Mode::Cli(std::path::PathBuf::from("/nonexistent/ngrok"))).await;
    let text = std::fs::read_to_string(w.config("")).unwrap().replace("ngrok_path = \"/nonexistent/ngrok\"\n", "");
    let cfg = w.env.write("cli.toml", text);
    set_mode(&cfg, 0o600);
    let empty = w.env.root().join("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    let out = w.cmd(&cfg).env("PATH", empty.display().to_string()).args(["check"]).run().await.code(2);
    assert!(out.stderr.contains("start would fail because"), "{}", out.stderr);
    assert!(out.stdout.contains("NOT FOUND"), "{}", out.stdout);
}

#[tokio::test]
async fn the_effective_config_is_toml_that_loads_back_to_the_same_settings() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!(
        "basic_auth = [\"alice:{PASSWORD}\", \"bob:another-long-one\"]\nip_restrictions = {{ allow = [\"127.0.0.0/8\"], deny = [\"127.0.0.2\"] }}\n\
         circuit_breaker = 0.25\ncompression = true\nmetadata = \"cost $${{literal}}\"\nregion = \"eu\"\nheartbeat_interval = 7\nlog_level = \"warn\"\n"
    ));
    let first =
        w.cmd(&cfg).args(["check"]).run().await.success().hides(TOKEN).hides(PASSWORD).hides("another-long-one");
    let table: toml::Table =
        toml::from_str(&first.stdout).unwrap_or_else(|e| panic!("not TOML: {e}\n{}", first.stdout));
    assert!(table["tunnel"]["ngrok"]["authtoken"].as_str() == Some("${NGROK_AUTHTOKEN}"), "{}", first.stdout);

    let again = w.env.write("again.toml", &first.stdout);
    set_mode(&again, 0o600);
    // Without the variables the placeholders name, loading it says which one to set.
    w.cmd(&again).args(["check"]).run().await.code(2).stderr_has("PRX_TUNNEL_PASSWORD");
    let with_secrets = |c: crate::support::Cmd| {
        c.env("NGROK_AUTHTOKEN", TOKEN)
            .env("PRX_TUNNEL_PASSWORD", PASSWORD)
            .env("PRX_TUNNEL_PASSWORD_2", "another-long-one")
    };
    let second = with_secrets(w.cmd(&again)).args(["check"]).run().await.success();
    let settings = |text: &str| text.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("\n");
    assert_eq!(settings(&first.stdout), settings(&second.stdout));

    // And the secrets it names really are the ones used: the reloaded file serves with them.
    let mut run = with_secrets(w.cmd(&again)).args(["start"]).spawn();
    let url = run.line(crate::world::URL_WAIT).await;
    let req = PublicRequest { basic_auth: Some(("bob".into(), "another-long-one".into())), ..PublicRequest::default() };
    assert_eq!(w.get(&url, req).await.status, 200);
    run.signal(nix::sys::signal::Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn check_fails_when_the_agent_version_cannot_honour_an_option() {
    let w = World::new(Mode::Cli(crate::cli_mode::real_v2())).await;
    let cfg = w.config("compression = true\n");
    let out = w.cmd(&cfg).args(["check"]).run().await.code(2).hides(TOKEN);
    assert!(out.stderr.contains("start would fail because") && out.stderr.contains("2.3.41"), "{}", out.stderr);
    assert!(out.stderr.contains("compression"), "{}", out.stderr);
}
