//! The control API (in process) and the `ngrok-sim` binary (out of process, as people and
//! benchmarks use it).

mod common;

use std::process::Stdio;
use std::time::Duration;

use common::{TOKEN, WAIT, builder, local, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;
use ngrok_sim::{Edge, EdgeOptions};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

async fn call(client: &reqwest::Client, method: reqwest::Method, url: String, body: Option<Value>) -> (u16, Value) {
    let mut req = client.request(method, url);
    if let Some(body) = body {
        req = req.json(&body);
    }
    let resp = req.send().await.expect("the control API answers");
    (resp.status().as_u16(), resp.json().await.expect("a JSON answer"))
}

#[tokio::test]
async fn control_api_observes_and_injects_faults() {
    use reqwest::Method;
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let api = format!("http://{}/api", edge.control_addr());
    let http = reqwest::Client::new();
    let sess = session(&edge).await;
    let fwd = sess.http_endpoint().listen_and_forward(local(upstream().await)).await.unwrap();
    let url = fwd.url().to_owned();

    let (code, status) = call(&http, Method::GET, format!("{api}/status"), None).await;
    assert_eq!(code, 200);
    assert_eq!(status["agent_addr"], edge.agent_addr().to_string());
    assert_eq!(status["ca_cert"], edge.ca_cert_path().display().to_string());
    assert_eq!(status["up"], true);
    let (_, sessions) = call(&http, Method::GET, format!("{api}/sessions"), None).await;
    assert_eq!(sessions[0]["id"], sess.id());
    assert_eq!(sessions[0]["urls"], json!([url]));
    let (_, binds) = call(&http, Method::GET, format!("{api}/binds"), None).await;
    assert_eq!(binds[0]["raw"]["Proto"], "https");
    let (_, auths) = call(&http, Method::GET, format!("{api}/auths"), None).await;
    assert_eq!(auths[0]["heartbeat_interval"], 10_000_000_000u64);
    let (_, endpoints) = call(&http, Method::GET, format!("{api}/endpoints"), None).await;
    assert_eq!(endpoints[0]["public_addr"], edge.https_addr().to_string());

    let (code, answer) = call(&http, Method::POST, format!("{api}/sessions/{}/stop", sess.id()), None).await;
    assert_eq!(code, 200);
    assert!(answer["error"].as_str().unwrap().contains("no defined callback"), "{answer}");

    call(&http, Method::POST, format!("{api}/fail-next-auth"), Some(json!({"code": "ERR_NGROK_107"}))).await;
    let refused = builder(&edge, Some(TOKEN)).connect().await.err().expect("the next auth fails");
    assert_eq!(refused.error_code(), Some("ERR_NGROK_107"));

    let (code, _) = call(&http, Method::DELETE, format!("{api}/sessions/{}", sess.id()), None).await;
    assert_eq!(code, 200);
    edge.wait_for_auths(3, WAIT).await.expect("the agent authenticates again");
    edge.wait_for_url(&url, WAIT).await.expect("the agent reconnects and rebinds");

    let (_, down) = call(&http, Method::POST, format!("{api}/down"), None).await;
    assert_eq!(down["up"], false);
    assert!(tokio::net::TcpStream::connect(edge.agent_addr()).await.is_err());
    let (_, up) = call(&http, Method::POST, format!("{api}/up"), None).await;
    assert_eq!(up["up"], true);
    edge.wait_for_url(&url, WAIT).await.expect("the agent comes back after the outage");

    let (code, silenced) = call(&http, Method::POST, format!("{api}/heartbeats"), Some(json!({"silence": true}))).await;
    assert_eq!((code, silenced["heartbeats_silenced"].clone()), (200, json!(true)));
    let (code, missing) = call(&http, Method::GET, format!("{api}/nothing"), None).await;
    assert_eq!(code, 404);
    assert!(missing["error"].as_str().unwrap().contains("no route"));
    let (code, _) = call(&http, Method::DELETE, format!("{api}/sessions/nobody"), None).await;
    assert_eq!(code, 404);
}

#[tokio::test]
async fn binary_prints_its_addresses_serves_and_stops_on_sigterm() {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_ngrok-sim"))
        .args(["--authtoken", TOKEN, "--session-limit", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let ready = tokio::time::timeout(WAIT, lines.next_line()).await.unwrap().unwrap().expect("a ready line");
    let ready: Value = serde_json::from_str(&ready).unwrap();
    for key in ["agent_addr", "ca_cert", "http_addr", "https_addr", "control_addr"] {
        assert!(ready[key].is_string(), "{key} missing from {ready}");
    }
    let status: Value = reqwest::get(format!("http://{}/api/status", ready["control_addr"].as_str().unwrap()))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["agent_addr"], ready["agent_addr"]);

    let ca = std::fs::read(ready["ca_cert"].as_str().unwrap()).unwrap();
    let connect = |token: &'static str| {
        let mut b = ngrok::Session::builder();
        b.server_addr(ready["agent_addr"].as_str().unwrap()).unwrap().ca_cert(ca.clone().into()).authtoken(token);
        async move { b.connect().await }
    };
    let sess = connect(TOKEN).await.expect("the listed token connects");
    assert!(!sess.id().is_empty());
    assert_eq!(connect(TOKEN).await.err().unwrap().error_code(), Some("ERR_NGROK_108"));
    assert_eq!(connect("2anotherWELLformedTOKEN_xyz").await.err().unwrap().error_code(), Some("ERR_NGROK_107"));

    let pid = nix::unistd::Pid::from_raw(child.id().unwrap() as i32);
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).unwrap();
    let status =
        tokio::time::timeout(Duration::from_secs(10), child.wait()).await.expect("exits after SIGTERM").unwrap();
    assert!(status.success(), "clean exit: {status}");
    assert!(
        tokio::net::TcpStream::connect(ready["agent_addr"].as_str().unwrap()).await.is_err(),
        "the ingress is closed"
    );
}
