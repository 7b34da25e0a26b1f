//! The local agent API and the web address rules (default 4040 and its fallbacks).

use std::time::Duration;

use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use reqwest::Method;
use serde_json::json;

use crate::support::{Agent, JSON_LOG, Stream, WAIT, api, upstream, v2_config, web_addr};

#[tokio::test]
async fn local_api_lists_gets_posts_deletes_and_reports_status() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let up = upstream().await;
    let extra = format!("tunnels:\n  web:\n    proto: http\n    addr: {up}\n    domain: web.example.test\n");
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", &extra);
    let mut args = vec!["start", "web", "--config", cfg.to_str().unwrap()];
    args.extend(JSON_LOG);
    let mut agent = Agent::spawn(&args, &[]);
    agent.wait_msg("started tunnel").await.unwrap();
    let web = web_addr(&mut agent).await;

    let (status, list) = api(Method::GET, &web, "/api/tunnels").await;
    assert_eq!(status, 200);
    assert_eq!(list["uri"], "/api/tunnels");
    let t = &list["tunnels"][0];
    assert_eq!((t["name"].clone(), t["uri"].clone()), (json!("web"), json!("/api/tunnels/web")));
    assert_eq!((t["public_url"].clone(), t["proto"].clone()), (json!("https://web.example.test"), json!("https")));
    assert_eq!(t["config"], json!({"addr": format!("http://{up}"), "inspect": true}));
    assert_eq!(t["ID"], json!(edge.binds()[0].endpoint_id.clone().unwrap()));
    assert_eq!(api(Method::GET, &web, "/api/tunnels/web").await, (200, t.clone()));

    let (status, missing) = api(Method::GET, &web, "/api/tunnels/nope").await;
    assert_eq!(status, 404);
    assert_eq!((missing["error_code"].clone(), missing["status_code"].clone()), (json!(100), json!(404)));
    assert!(missing["msg"].is_string() && missing["details"]["err"].is_string(), "{missing}");

    let (status, s) = api(Method::GET, &web, "/api/status").await;
    assert_eq!(status, 200);
    assert_eq!(
        (s["status"].clone(), s["agent_version"].clone(), s["uri"].clone()),
        (json!("online"), json!("3.39.10"), json!("/api/status"))
    );
    assert_eq!(s["session"]["legs"][0]["region"], "us");

    let body = json!({"name": "posted", "proto": "http", "addr": up.to_string(), "domain": "posted.example.test"});
    let resp = reqwest::Client::new().post(format!("http://{web}/api/tunnels")).json(&body).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 201);
    let created: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(created["public_url"], "https://posted.example.test");
    assert_eq!(edge.binds().last().unwrap().domain, "posted.example.test");
    assert_eq!(edge.request("https://posted.example.test", PublicRequest::default()).await.unwrap().status, 200);
    let bad = json!({"name": "bad", "proto": "http", "addr": "80", "bogus": 1});
    let resp = reqwest::Client::new().post(format!("http://{web}/api/tunnels")).json(&bad).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let err: serde_json::Value = resp.json().await.unwrap();
    assert_eq!((err["error_code"].clone(), err["msg"].clone()), (json!(102), json!("invalid tunnel configuration")));

    assert_eq!(api(Method::DELETE, &web, "/api/tunnels/posted").await.0, 204);
    edge.wait_for_url_gone("https://posted.example.test", WAIT).await.unwrap();
    assert_eq!(api(Method::DELETE, &web, "/api/tunnels/posted").await.0, 404);
    let (_, list) = api(Method::GET, &web, "/api/tunnels").await;
    assert_eq!(list["tunnels"].as_array().unwrap().len(), 1);
}

/// Holds 127.0.0.1:4040 for the test: binds it, or waits (bounded) for its holder to let go.
async fn hold_4040() -> tokio::net::TcpListener {
    let until = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        match tokio::net::TcpListener::bind("127.0.0.1:4040").await {
            Ok(l) => return l,
            Err(e) if tokio::time::Instant::now() > until => panic!("127.0.0.1:4040 stayed busy: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await, // polling a port held by another process
        }
    }
}

#[tokio::test]
async fn default_web_address_taken_moves_to_the_next_port_and_says_so() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let text = std::fs::read_to_string(&cfg).unwrap().replace("web_addr: 127.0.0.1:0\n", "");
    std::fs::write(&cfg, text).unwrap();
    let up = upstream().await.to_string();
    let _held = hold_4040().await;
    let args =
        vec!["http", up.as_str(), "--config", cfg.to_str().unwrap(), "--log-format", "logfmt", "--log", "stdout"];
    let mut agent = Agent::spawn(&args, &[]);
    let warn = agent
        .wait_for("the web fallback warning", |lines| {
            lines
                .iter()
                .find(|(s, l)| *s == Stream::Out && l.contains("msg=\"can't bind default web address"))
                .map(|(_, l)| l.clone())
        })
        .await
        .unwrap();
    assert!(
        warn.contains(
            " lvl=warn msg=\"can't bind default web address, trying alternatives\" obj=web addr=127.0.0.1:4040"
        ),
        "{warn}"
    );
    let started = agent
        .wait_for("starting web service", |lines| {
            lines.iter().find(|(_, l)| l.contains("msg=\"starting web service\"")).map(|(_, l)| l.clone())
        })
        .await
        .unwrap();
    let addr = started.split("addr=").nth(1).unwrap().split(' ').next().unwrap().to_string();
    let port: u16 = addr.rsplit(':').next().unwrap().parse().unwrap();
    assert!((4041..=4140).contains(&port), "{started}");
    let (status, _) = api(Method::GET, &addr, "/api/tunnels").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn explicit_web_address_in_use_is_fatal() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let text = std::fs::read_to_string(&cfg).unwrap().replace("web_addr: 127.0.0.1:0", &format!("web_addr: {addr}"));
    std::fs::write(&cfg, text).unwrap();
    let mut args = vec!["http", "80", "--config", cfg.to_str().unwrap()];
    args.extend(JSON_LOG);
    let mut agent = Agent::spawn(&args, &[]);
    assert_eq!(agent.exit_code().await.unwrap(), 1);
    let crit = agent.records().into_iter().find(|r| r.lvl == "crit").expect("crit record");
    let want = format!("listen tcp {addr}: bind: address already in use");
    assert_eq!((crit.msg.as_str(), crit.str("err")), ("command failed", want.as_str()));
    assert_eq!(agent.lines(Stream::Err), vec![format!("ERROR:  {want}")]);
    assert!(edge.auths().is_empty(), "no session is attempted");
}
