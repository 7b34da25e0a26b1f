//! `prx-tunnel sessions` and `endpoints` against the spec-driven API double, and the hints
//! `start` gives for ERR_NGROK_108 and ERR_NGROK_334 (the real binary, the edge simulator
//! refusing the session or the endpoint, the API double listing what is online).

use std::time::Duration;

use ngrok_sim::EdgeOptions;
use serde_json::{Value, json};

use crate::api_events::{KEY, api, json_out, kv};
use crate::fake_api_spec::SpecApi;
use crate::support::Sealed;
use crate::world::{Mode, World};

/// An agent session as the API would list it.
fn seed_session(double: &SpecApi, ip: &str) -> String {
    let session = json!({"agent_version": "3.39.1", "region": "eu", "ip": ip, "os": "linux",
        "started_at": "2026-12-01T08:00:00Z", "metadata": "laptop", "transport": "ngrok/2",
        "credential": {"id": "cr_2abc", "uri": "https://api.ngrok.com/credentials/cr_2abc"}});
    double.seed("tunnel_sessions", "TunnelSession", session)
}

/// An agent endpoint at `url` served by session `ts`.
fn seed_endpoint(double: &SpecApi, url: &str, ts: &str) -> String {
    let endpoint = json!({"url": url, "public_url": url, "type": "ephemeral", "proto": "https",
        "pooling_enabled": false, "bindings": ["public"], "upstream_url": "http://localhost:8080",
        "tunnel_session": {"id": ts, "uri": format!("https://api.ngrok.com/tunnel_sessions/{ts}")}});
    double.seed("endpoints", "Endpoint", endpoint)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_list_stop_restart_and_endpoints_list_get() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let sessions: Vec<String> = (1..=3).map(|n| seed_session(&double, &format!("203.0.113.{n}"))).collect();
    let ep = seed_endpoint(&double, "https://app.example.com", &sessions[0]);

    let page = api(&env, &double).args(["sessions", "list", "--limit", "2"]).run().await.success();
    let page = page.stdout_has("3.39.1").stdout_has("203.0.113.3").stdout_has("laptop").stderr_has("--before-id");
    assert!(!page.stdout.contains("203.0.113.1"), "the oldest is on the next page:\n{}", page.stdout);
    let all =
        json_out(&api(&env, &double).args(["sessions", "ls", "--all", "--limit", "2", "--json"]).run().await.success());
    assert_eq!(all["tunnel_sessions"].as_array().unwrap().len(), 3);
    assert_eq!(all["tunnel_sessions"][2]["credential"]["id"], "cr_2abc", "objects pass through unchanged");

    let eps = api(&env, &double).args(["endpoints", "list"]).run().await.success();
    eps.stdout_has("https://app.example.com").stdout_has(&sessions[0]).stdout_has("ephemeral");
    let got = api(&env, &double).args(["endpoints", "get", &ep]).run().await.success();
    assert_eq!((kv(&got, "tunnel_session.id"), kv(&got, "pooling_enabled")), (sessions[0].clone(), "false".to_owned()));

    api(&env, &double).args(["sessions", "restart", &sessions[1]]).run().await.success().stdout_has("restarted");
    api(&env, &double)
        .args(["sessions", "stop", &sessions[0]])
        .run()
        .await
        .success()
        .stdout_has(&format!("stopped {}", sessions[0]));
    let posts: Vec<Option<Value>> = double.seen_of("POST", "/tunnel_sessions").into_iter().map(|s| s.body).collect();
    assert_eq!(posts, vec![Some(json!({})), Some(json!({}))], "stop and restart send the documented empty body");
    assert_eq!(double.actions(), vec![("restart".into(), sessions[1].clone()), ("stop".into(), sessions[0].clone())]);
    assert_eq!(
        (double.len("tunnel_sessions"), double.len("endpoints")),
        (2, 0),
        "the stopped agent's endpoint is gone"
    );
    let gone = api(&env, &double).args(["sessions", "stop", &sessions[0]]).run().await.code(1);
    gone.stderr_has("HTTP 404").stderr_has("prx-tunnel sessions list").hides(KEY);
    api(&env, &double).args(["endpoints", "get", &ep]).run().await.code(1).stderr_has("prx-tunnel endpoints list");
    assert_eq!(double.violations(), vec![], "every request matched ngrok's API description");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_sessions_lists_them_with_the_command_that_stops_one() {
    let w = World::with(Mode::Sdk, EdgeOptions { session_limit: Some(1), ..EdgeOptions::default() }).await;
    let double = SpecApi::start(KEY).await;
    let forgotten = seed_session(&double, "198.51.100.7");
    let cfg = w.config("");
    let (mut first, _url) = w.start(&cfg, &["--name", "first"]).await;

    let out = w
        .cmd(&cfg)
        .env("NGROK_API_URL", double.url())
        .env("NGROK_API_KEY", KEY)
        .args(["-vv", "start", "--name", "second"])
        .run()
        .await;
    let out = out.code(1).stderr_has("ERR_NGROK_108").stderr_has("Agent sessions online on this account");
    out.stderr_has(&format!("{forgotten}  agent 3.39.1, region eu, ip 198.51.100.7"))
        .stderr_has(&format!("prx-tunnel sessions stop {forgotten}"))
        .hides(KEY);

    let out = w.cmd(&cfg).env("NGROK_API_URL", double.url()).args(["start", "--name", "third"]).run().await;
    out.code(1)
        .stderr_has("ERR_NGROK_108")
        .stderr_has("With an ngrok API key (NGROK_API_KEY")
        .stderr_has("prx-tunnel sessions stop ID");
    assert_eq!(double.seen_of("GET", "/tunnel_sessions").len(), 1, "without a key nothing is asked");

    let ran = w.env.root().join("ran");
    let out = w.cmd(&cfg).env("NGROK_API_URL", double.url()).env("NGROK_API_KEY", KEY);
    let out = out.args(["exec", "-n", "fourth", "--", "touch", ran.to_str().unwrap()]).run().await;
    out.code(1).stderr_has("ERR_NGROK_108").stderr_has(&format!("prx-tunnel sessions stop {forgotten}")).hides(KEY);
    assert!(!ran.exists(), "exec runs nothing when the tunnel does not come up");

    first.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(first.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endpoint_online_elsewhere_names_its_session_and_the_command_that_stops_it() {
    endpoint_online_elsewhere(Mode::Sdk).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endpoint_online_elsewhere_in_cli_mode_too() {
    endpoint_online_elsewhere(Mode::standin()).await;
}

async fn endpoint_online_elsewhere(mode: Mode) {
    let w = World::new(mode).await;
    let double = SpecApi::start(KEY).await;
    let ts = seed_session(&double, "198.51.100.8");
    seed_endpoint(&double, "https://other.example.com", "ts_2unrelated");
    let ep = seed_endpoint(&double, "https://taken.example.com", &ts);
    let with_key = w.config_named("keyed.toml", &format!("domain = \"taken.example.com\"\napi_key = \"{KEY}\"\n"));
    let (mut first, url) = w.start(&with_key, &["--name", "first"]).await;
    assert_eq!(url, "https://taken.example.com");

    let out = w.cmd(&with_key).env("NGROK_API_URL", double.url()).args(["start", "--name", "second"]).run().await;
    let out = out.code(1).stderr_has("ERR_NGROK_334");
    let out = out
        .stderr_has(&format!("https://taken.example.com is endpoint {ep} (ephemeral), served by agent session {ts}"))
        .stderr_has(&format!("prx-tunnel sessions stop {ts}"))
        .hides(KEY);
    assert!(!out.stderr.contains("ts_2unrelated"), "only the endpoint at that URL:\n{}", out.stderr);

    let keyless = w.config_named("keyless.toml", "domain = \"taken.example.com\"\n");
    let out = w.cmd(&keyless).env("NGROK_API_URL", double.url()).args(["start", "--name", "third"]).run().await;
    out.code(1).stderr_has("ERR_NGROK_334").stderr_has("With an ngrok API key");

    first.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(first.wait(Duration::from_secs(10)).await, Some(0));
}
