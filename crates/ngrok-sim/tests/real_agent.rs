//! The real ngrok agent 2.3.41 (npm `@expo/ngrok-bin-linux-x64@2.3.42`, fetched on first use)
//! against the simulator: it authenticates with protocol version "2", binds http and https, and
//! serves real requests; `--auth` is enforced; a refused token ends it with the real error.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use common::{HELLO, TOKEN, WAIT, get, upstream};
use ngrok_sim::agent_v2::{V2Agent, ensure_ngrok_v2, ensure_ngrok_v2_in, v2_agent_config};
use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use serde_json::Value;

/// How long the agent may take to start its tunnels.
const START: Duration = Duration::from_secs(20);

async fn agent_binary() -> PathBuf {
    tokio::task::spawn_blocking(ensure_ngrok_v2).await.unwrap().expect("the ngrok v2 agent is available")
}

/// Starts `ngrok http <port> ARGS` against `edge`; returns the agent and its temp dir.
async fn start(edge: &Edge, token: &str, extra: &[&str]) -> (V2Agent, tempfile::TempDir) {
    let bin = agent_binary().await;
    let dir = tempfile::tempdir().unwrap();
    let config = v2_agent_config(edge, dir.path(), token).unwrap();
    let port = upstream().await.port().to_string();
    let mut args =
        vec!["http", port.as_str(), "--config", config.to_str().unwrap(), "--log", "stdout", "--log-format", "json"];
    args.extend_from_slice(extra);
    (V2Agent::spawn(&bin, &args, dir.path()).unwrap(), dir)
}

async fn started(agent: &mut V2Agent, scheme: &str) -> String {
    let prefix = format!("{scheme}://");
    let line = agent
        .wait_for_json(&format!("a {scheme} \"started tunnel\" line"), START, |v| {
            v["msg"] == "started tunnel" && v["url"].as_str().is_some_and(|u| u.starts_with(&prefix))
        })
        .await
        .unwrap();
    line["url"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn v2_http_tunnel_serves_real_requests() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let (mut agent, _dir) = start(&edge, TOKEN, &[]).await;
    let https = started(&mut agent, "https").await;
    let http = started(&mut agent, "http").await;
    assert!(https.ends_with(".ngrok-free.app"), "{https}");
    assert_eq!(https.strip_prefix("https://"), http.strip_prefix("http://"), "one host for both schemes");
    assert_eq!(get(&edge, &https).await, (200, HELLO.to_owned()));
    assert_eq!(get(&edge, &http).await, (200, HELLO.to_owned()));

    let auth = &edge.auths()[0];
    assert_eq!(auth.versions, ["2"], "ngrok 2.x offers protocol version 2 only");
    assert_eq!((auth.client_version.as_str(), auth.authtoken.as_str()), ("2.3.41", TOKEN));
    let mut protos: Vec<String> = edge.binds().iter().map(|b| b.proto.clone()).collect();
    protos.sort();
    assert_eq!(protos, ["http", "https"]);

    let session = edge.sessions()[0].id.clone();
    assert_eq!(edge.send_stop(&session).await.unwrap(), None, "the agent accepts a remote stop");
    agent.wait_for_msg("received stop request", WAIT).await.unwrap();
    assert_eq!(agent.wait_exit(WAIT).await.unwrap(), Some(0));
    edge.wait_for_sessions(0, WAIT).await.unwrap();
}

#[tokio::test]
async fn v2_basic_auth_flag_is_enforced_through_policy() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let (mut agent, _dir) = start(&edge, TOKEN, &["--auth", "bob:v2-password"]).await;
    let url = started(&mut agent, "https").await;
    let denied = edge.request(&url, PublicRequest::default()).await.unwrap();
    assert_eq!(denied.status, 401);
    assert!(denied.header("www-authenticate").is_some());
    let creds = PublicRequest { basic_auth: Some(("bob".into(), "v2-password".into())), ..Default::default() };
    let ok = edge.request(&url, creds).await.unwrap();
    assert_eq!((ok.status, ok.text()), (200, HELLO.to_owned()));
    assert_eq!(edge.binds()[0].opts["Auth"], "bob:v2-password", "v2 sends basic auth as Opts.Auth");
    let effective = edge.binds()[0].effective_policy.clone().expect("translated into policy");
    let action = &effective["on_http_request"][0]["actions"][0];
    assert_eq!(
        (action["type"].as_str(), action["config"]["credentials"][0].as_str()),
        (Some("basic-auth"), Some("bob:v2-password"))
    );
    agent.kill().await;
}

#[tokio::test]
async fn v2_agent_reports_a_refused_token_and_exits() {
    let edge = Edge::start(EdgeOptions {
        authtokens: Some(vec!["2theONLYacceptedTOKEN_abcdef".into()]),
        ..Default::default()
    })
    .await
    .unwrap();
    let (mut agent, _dir) = start(&edge, TOKEN, &[]).await;
    let line = agent.wait_for_text("ERR_NGROK_107", START).await.unwrap();
    assert!(agent.output().join("\n").contains(TOKEN), "the real message echoes the token: {line}");
    assert_ne!(agent.wait_exit(WAIT).await.unwrap(), Some(0));
    let auth: Value = edge.auths()[0].raw.clone();
    assert_eq!(auth["Version"], serde_json::json!(["2"]));
}

#[test]
fn concurrent_fetches_share_one_download() {
    let bin = ensure_ngrok_v2().expect("the agent is cached or fetched");
    assert!(bin.is_file());
    let dir = tempfile::tempdir().unwrap();
    let fetched: Vec<PathBuf> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3).map(|_| s.spawn(|| ensure_ngrok_v2_in(dir.path()).unwrap())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(fetched.iter().all(|p| *p == dir.path().join("ngrok")));
    let out = std::process::Command::new(&fetched[0]).arg("version").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "ngrok version 2.3.41");
    let leftovers: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 2, "only the binary and the lock file remain: {leftovers:?}");
}
