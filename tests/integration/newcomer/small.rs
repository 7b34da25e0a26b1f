//! The small frictions of issue 16, item 10: each one as a newcomer meets it.

use std::time::Duration;

use crate::fake_api::FakeApi;
use crate::support::Sealed;
use crate::world::{Mode, World, set_mode};

const KEY: &str = "2prxAPIkeyNEWCOMERxxxxxxxxxxxxxxxx";

#[tokio::test]
async fn es_timeout_takes_bare_seconds_like_start() {
    let env = Sealed::new();
    let fake = FakeApi::start(KEY).await;
    let es = || env.cmd().env("NGROK_API_URL", fake.url()).env("NGROK_API_KEY", KEY).args(["es", "list"]);
    es().args(["--timeout", "2"]).run().await.success();
    es().args(["--timeout", "0"]).run().await.code(2).stderr_has("--timeout");
}

#[tokio::test]
async fn a_404_on_list_points_at_the_api_url_not_at_list() {
    let env = Sealed::new();
    let fake = FakeApi::start(KEY).await;
    fake.fail_next(1, 404, None);
    let out = env.cmd().env("NGROK_API_URL", fake.url()).env("NGROK_API_KEY", KEY).args(["es", "list"]).run().await;
    let out = out.code(1).stderr_has("--api-url").hides(KEY);
    assert!(!out.stderr.contains("es list` shows"), "{}", out.stderr);
}

#[tokio::test]
async fn a_flag_error_does_not_blame_the_file() {
    let env = Sealed::new();
    let cfg = env.write("good.toml", "[tunnel]\nlocal_addr = \"127.0.0.1:8080\"\n");
    let out = env.cmd().args(["check", "--config", cfg.to_str().unwrap(), "--port", "abc"]).run().await.code(2);
    let out = out.stderr_has("invalid command-line options").stderr_has("--port: \"abc\"");
    assert!(!out.stderr.contains("invalid configuration in"), "{}", out.stderr);
    assert!(!out.stderr.contains("--local-addr"), "{}", out.stderr);
}

#[tokio::test]
async fn a_missing_relative_ngrok_path_names_the_base_directory() {
    let env = Sealed::new();
    let cfg = env.write("conf/prx.toml", "[tunnel]\n[tunnel.ngrok]\nmode = \"cli\"\nngrok_path = \"bin/ngrok\"\n");
    let base = std::fs::canonicalize(env.root().join("conf")).unwrap();
    // Run from elsewhere with a relative --config: the message must still say where "bin/ngrok" was looked for.
    let out = env.cmd().args(["check", "--config", "conf/prx.toml"]).run().await.code(2);
    out.stderr_has("relative to the config file's directory").stderr_has(&base.display().to_string());
    assert!(cfg.exists());
}

#[tokio::test]
async fn a_detached_tunnels_previous_log_is_kept() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    for _ in 0..2 {
        w.cmd(&cfg).args(["start", "--detach", "--name", "bg"]).run().await.success();
        w.cmd(&cfg).args(["stop", "--name", "bg"]).run().await.success();
    }
    let log = |suffix: &str| std::fs::read_to_string(w.env.state_dir().join(format!("bg.log{suffix}"))).unwrap();
    let (now, before) = (log(""), log(".1"));
    for (what, text) in [("bg.log", &now), ("bg.log.1", &before)] {
        assert_eq!(text.matches("tunnel online").count(), 1, "{what} holds one run:\n{text}");
    }
}

#[tokio::test]
async fn the_sdk_inspector_address_is_shown_at_start() {
    let w = World::new(Mode::Sdk).await;
    let text = std::fs::read_to_string(w.config("web_addr = \"127.0.0.1:0\"\n"))
        .unwrap()
        .replace("inspect = false", "inspect = true");
    let cfg = w.env.write("inspect.toml", text);
    set_mode(&cfg, 0o600);
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    run.line(crate::world::URL_WAIT).await;
    run.signal(nix::sys::signal::Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    assert!(run.stderr().contains("inspector: http://127.0.0.1:"), "{}", run.stderr());
    assert!(!run.stderr().contains("not available in SDK mode"), "{}", run.stderr());
}
