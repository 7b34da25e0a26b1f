//! The inspector's local API through the real binary and the edge: captures with their
//! fields, replay (plain and with changes), delete, the tunnel list a PRX-style client polls,
//! the safety checks, the web address, and bad configuration.

use std::time::Duration;

use base64::Engine;
use ngrok_sim::PublicRequest;
use reqwest::StatusCode;

use super::inspector::{Inspected, JSON_ANSWER, start, start_on_default_web_addr};
use super::world::{Mode, PASSWORD, TOKEN, World};

fn b64(v: &serde_json::Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD.decode(v.as_str().unwrap_or_default()).expect("base64")
}

fn post_json(path: &str, body: &str, headers: &[(&str, &str)]) -> PublicRequest {
    let mut h: Vec<(String, String)> = vec![("content-type".into(), "application/json".into())];
    h.extend(headers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    PublicRequest {
        method: "POST".into(),
        path: path.into(),
        headers: h,
        body: body.as_bytes().to_vec(),
        ..Default::default()
    }
}

/// POST /api/requests/http as the web UI sends it (same origin, JSON).
async fn replay(t: &Inspected, body: serde_json::Value) -> reqwest::Response {
    t.http
        .post(format!("{}/api/requests/http", t.web))
        .header("origin", &t.web)
        .json(&body)
        .send()
        .await
        .expect("replay")
}

#[tokio::test]
async fn requests_are_captured_with_their_fields() {
    let t = start("").await;
    let resp = t.send(post_json("/json?x=1", r#"{"hello":"world"}"#, &[("x-test", "one")])).await;
    assert_eq!((resp.status, resp.text()), (200, JSON_ANSWER.to_owned()), "the answer passes through unchanged");
    let list = t.captured(1).await;
    let r = &list[0];
    assert_eq!(r["tunnel_name"], "prx-tunnel");
    assert_eq!(r["remote_addr"], "127.0.0.1", "client address from the edge's proxy header");
    assert!(r["duration"].as_u64().unwrap() > 0 && r["start"].as_str().unwrap().contains('T'), "{r}");
    assert_eq!(r["request"]["method"], "POST");
    assert_eq!(r["request"]["uri"], "/json?x=1");
    assert_eq!(r["request"]["proto"], "HTTP/1.1");
    assert_eq!(r["request"]["headers"]["X-Test"], serde_json::json!(["one"]));
    let raw = String::from_utf8(b64(&r["request"]["raw"])).unwrap();
    assert!(raw.starts_with("POST /json?x=1 HTTP/1.1\r\n") && raw.ends_with("\r\n\r\n{\"hello\":\"world\"}"), "{raw}");
    assert_eq!(r["response"]["status_code"], 200);
    assert_eq!(r["response"]["status"], "200 OK");
    assert_eq!(r["response"]["headers"]["Content-Type"], serde_json::json!(["application/json"]));
    assert_eq!(b64(&r["response"]["body"]["base64"]), JSON_ANSWER.as_bytes());
    assert!(String::from_utf8(b64(&r["response"]["raw"])).unwrap().ends_with(JSON_ANSWER));

    let id = r["id"].as_str().unwrap();
    assert_eq!(id.len(), 16);
    let one = t.api(&format!("/api/requests/http/{id}")).await;
    assert_eq!(one["uri"], format!("/api/requests/http/{id}"));
    assert_eq!(one["request"], r["request"]);
    let missing = t.http.get(format!("{}/api/requests/http/ffffffffffffffff", t.web)).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);

    t.send(PublicRequest { path: "/second".into(), ..Default::default() }).await;
    t.captured(2).await;
    let limited = t.api("/api/requests/http?limit=1").await;
    assert_eq!(limited["requests"].as_array().unwrap().len(), 1);
    assert_eq!(limited["requests"][0]["request"]["uri"], "/second", "newest first");
    let other = t.api("/api/requests/http?tunnel_name=other").await;
    assert_eq!(other["requests"].as_array().unwrap().len(), 0);
    t.stop().await;
}

#[tokio::test]
async fn replay_reaches_the_local_service_again_and_delete_empties() {
    let t = start("").await;
    t.send(post_json("/hook?event=1", r#"{"order":42}"#, &[("x-signature", "sig-123")])).await;
    let id = t.captured(1).await[0]["id"].as_str().unwrap().to_owned();
    t.recorder.wait_for(1).await;

    let resp = replay(&t, serde_json::json!({ "id": id })).await;
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let seen = t.recorder.wait_for(2).await;
    let (first, again) = (&seen[0], &seen[1]);
    assert_eq!((again.method.as_str(), again.uri.as_str()), ("POST", "/hook?event=1"));
    assert_eq!(again.header("x-signature"), Some("sig-123"));
    assert_eq!(again.header("content-type"), first.header("content-type"));
    assert_eq!(again.body, br#"{"order":42}"#.to_vec());
    let list = t.captured(2).await;
    assert_eq!(list[0]["replay_of"], id.as_str(), "the replay is captured too");
    assert_eq!(list[0]["response"]["status_code"], 200);

    let changed = serde_json::json!({
        "id": id, "method": "PUT", "uri": "/changed",
        "headers": { "X-Changed": ["yes"], "Content-Type": ["text/plain"] }, "body": "new body",
    });
    assert_eq!(replay(&t, changed).await.status(), StatusCode::NO_CONTENT);
    let seen = t.recorder.wait_for(3).await;
    assert_eq!((seen[2].method.as_str(), seen[2].uri.as_str()), ("PUT", "/changed"));
    assert_eq!((seen[2].header("x-changed"), seen[2].body.as_slice()), (Some("yes"), &b"new body"[..]));
    assert_eq!(seen[2].header("x-signature"), None, "headers replaced as given");

    let unknown = replay(&t, serde_json::json!({ "id": "0000000000000000" })).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let other_tunnel = replay(&t, serde_json::json!({ "id": id, "tunnel_name": "nope" })).await;
    assert_eq!(other_tunnel.status(), StatusCode::NOT_FOUND);

    let deleted = t.http.delete(format!("{}/api/requests/http", t.web)).send().await.unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(t.api("/api/requests/http").await["requests"], serde_json::json!([]));
    assert_eq!(replay(&t, serde_json::json!({ "id": id })).await.status(), StatusCode::NOT_FOUND);
    t.stop().await;
}

#[tokio::test]
async fn the_tunnel_list_answers_what_a_prx_style_client_expects() {
    let t = start("").await;
    t.send(PublicRequest::default()).await;
    t.captured(1).await;
    // PRX reads `tunnels[].public_url` from /api/tunnels.
    let v = t.api("/api/tunnels").await;
    assert_eq!(v["uri"], "/api/tunnels");
    let tunnel = &v["tunnels"][0];
    assert_eq!(tunnel["public_url"], t.url.as_str());
    assert_eq!((tunnel["name"].as_str(), tunnel["proto"].as_str()), (Some("prx-tunnel"), Some("https")));
    assert_eq!(tunnel["config"]["addr"], format!("http://{}/", t.recorder.addr));
    assert_eq!(tunnel["config"]["inspect"], true);
    assert!(tunnel["metrics"]["http"]["count"].as_u64().unwrap() >= 1, "{tunnel}");
    assert!(tunnel["metrics"]["conns"]["count"].as_u64().unwrap() >= 1, "{tunnel}");
    assert_eq!(t.api("/api/tunnels/prx-tunnel").await["public_url"], t.url.as_str());
    let missing = t.http.get(format!("{}/api/tunnels/other", t.web)).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let body: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(body["status_code"], 404);
    assert_eq!(t.api("/api/endpoints").await["endpoints"][0]["url"], t.url.as_str());
    let create = t.http.post(format!("{}/api/tunnels", t.web)).json(&serde_json::json!({"addr": "22", "proto": "tcp"}));
    assert_eq!(create.send().await.unwrap().status(), StatusCode::METHOD_NOT_ALLOWED);
    let status = t.api("/api/status").await;
    assert_eq!(status["status"], "online");
    assert!(status["agent_version"].as_str().unwrap().starts_with("prx-tunnel/"));
    assert_eq!(status["session"]["legs"][0]["region"], "us");

    let addr = t.web.trim_start_matches("http://").to_owned();
    let st = t.w.status_json(&t.cfg, "default").await;
    assert_eq!(st["inspect_addr"].as_str(), Some(addr.as_str()), "status --json names the inspector: {st}");
    let human = t.w.cmd(&t.cfg).args(["status"]).run().await.success();
    assert!(human.stdout.contains(&format!("inspector:   {}", t.web)), "{}", human.stdout);
    assert!(t.run.stderr().contains(&format!("inspector: {}", t.web)), "start prints it:\n{}", t.run.stderr());
    assert!(!t.run.stderr().contains("not available"), "{}", t.run.stderr());
    t.stop().await;
}

#[tokio::test]
async fn other_origins_and_foreign_hosts_are_refused() {
    let t = start("").await;
    t.send(post_json("/once", "{}", &[])).await;
    let id = t.captured(1).await[0]["id"].as_str().unwrap().to_owned();
    let url = format!("{}/api/requests/http", t.web);
    let body = serde_json::json!({ "id": id }).to_string();
    let evil = t.http.post(&url).header("origin", "http://evil.example").header("content-type", "application/json");
    assert_eq!(evil.body(body.clone()).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let form = t.http.post(&url).header("content-type", "text/plain").body(body.clone());
    assert_eq!(form.send().await.unwrap().status(), StatusCode::FORBIDDEN, "a simple (no-preflight) POST is refused");
    let cross = t.http.delete(&url).header("sec-fetch-site", "cross-site");
    assert_eq!(cross.send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let preflight = t.http.request(reqwest::Method::OPTIONS, &url).header("origin", "http://evil.example");
    let preflight = preflight.send().await.unwrap();
    assert!(preflight.headers().get("access-control-allow-origin").is_none());
    let rebound = t.http.get(format!("{}/api/tunnels", t.web)).header("host", "evil.example:4040");
    assert_eq!(rebound.send().await.unwrap().status(), StatusCode::FORBIDDEN, "DNS rebinding: foreign Host refused");
    assert_eq!(t.recorder.seen().len(), 1, "nothing was replayed");
    assert_eq!(t.api("/api/requests/http").await["requests"].as_array().unwrap().len(), 1, "nothing was deleted");
    t.stop().await;
}

#[tokio::test]
async fn allowed_hosts_are_accepted() {
    let t = start("web_allow_hosts = [\"dev.example.com\", \"10.0.0.0/8\"]\n").await;
    for host in ["dev.example.com:4040", "10.1.2.3", "localhost"] {
        let resp = t.http.get(format!("{}/api/tunnels", t.web)).header("host", host).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{host}");
    }
    let resp = t.http.get(format!("{}/api/tunnels", t.web)).header("host", "a.dev.example.com").send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    t.stop().await;
}

#[tokio::test]
async fn secrets_are_masked_in_captures() {
    let t = start(&format!("basic_auth = \"user:{PASSWORD}\"\n")).await;
    let mut req = post_json("/login", &format!("token={TOKEN}&password={PASSWORD}"), &[("x-api-token", TOKEN)]);
    req.basic_auth = Some(("user".into(), PASSWORD.into()));
    assert_eq!(t.send(req).await.status, 200);
    let seen = t.recorder.wait_for(1).await;
    assert!(seen[0].header("x-api-token") == Some(TOKEN), "the service itself gets the request unchanged");
    let r = t.captured(1).await.remove(0);
    assert_eq!(r["request"]["headers"]["Authorization"], serde_json::json!(["Basic ********"]));
    let text = r.to_string();
    let raw = String::from_utf8(b64(&r["request"]["raw"])).unwrap();
    let body = String::from_utf8(b64(&r["request"]["body"]["base64"])).unwrap();
    for shown in [&text, &raw, &body] {
        assert!(!shown.contains(PASSWORD) && !shown.contains(TOKEN), "secret in capture: {shown}");
    }
    assert!(body.contains("password=********"), "{body}");
    t.stop().await;
}

#[tokio::test]
async fn tcp_connections_are_listed_without_payload() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let t = start("proto = \"tcp\"\n").await;
    let mut conn = t.w.edge.tcp_connect(&t.url).await.unwrap();
    const REQUEST: &[u8] = b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    conn.write_all(REQUEST).await.unwrap();
    let mut answer = Vec::new();
    conn.read_to_end(&mut answer).await.unwrap();
    assert!(String::from_utf8_lossy(&answer).ends_with("ok"));
    drop(conn); // a connection is listed once it is closed
    let list = super::support::eventually(Duration::from_secs(10), "the tcp connection listed", || async {
        let v = t.api("/api/requests/tcp").await;
        v["connections"].as_array().filter(|l| !l.is_empty()).cloned()
    })
    .await;
    let c = &list[0];
    assert_eq!((c["bytes_in"].as_u64(), c["tunnel_name"].as_str()), (Some(REQUEST.len() as u64), Some("prx-tunnel")));
    assert!(c["bytes_out"].as_u64().unwrap() > 2 && c["remote_addr"].as_str().unwrap().starts_with("127.0.0.1:"));
    assert_eq!(t.api("/api/requests/http").await["requests"], serde_json::json!([]), "no payload captured");
    t.stop().await;
}

#[tokio::test]
async fn web_addr_false_turns_the_web_interface_off() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("web_addr = false\n");
    let text = std::fs::read_to_string(&cfg).unwrap().replace("inspect = false", "inspect = true");
    std::fs::write(&cfg, text).unwrap();
    let (run, line) = w.start(&cfg, &["--json"]).await;
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert!(v.get("inspect_url").is_none(), "{line}");
    assert_eq!(w.get(v["public_url"].as_str().unwrap(), PublicRequest::default()).await.status, 200);
    let mut run = run;
    run.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

#[tokio::test]
async fn a_taken_default_port_moves_to_the_next_and_the_real_address_is_printed() {
    // Hold 4040 (if another process holds it already, it is taken all the same).
    let _held = std::net::TcpListener::bind("127.0.0.1:4040");
    let t = start_on_default_web_addr().await;
    let port: u16 = t.web.rsplit(':').next().unwrap().parse().unwrap();
    assert!((4041..=4140).contains(&port), "{}", t.web);
    assert_eq!(
        t.api("/api/tunnels").await["tunnels"][0]["public_url"],
        t.url.as_str(),
        "the printed address serves the API"
    );
    assert!(t.run.stderr().contains("can't bind the default web address"), "{}", t.run.stderr());
    t.stop().await;
}

#[tokio::test]
async fn an_explicit_web_addr_in_use_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!("web_addr = \"{addr}\"\n"));
    let text = std::fs::read_to_string(&cfg).unwrap().replace("inspect = false", "inspect = true");
    std::fs::write(&cfg, text).unwrap();
    w.cmd(&cfg).args(["start"]).run().await.code(2).stderr_has(&format!("web_addr {addr} cannot be used"));
}

#[tokio::test]
async fn bad_inspector_keys_exit_2_naming_the_key() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("web_addr = \"nonsense\"\ninspect_db_size = \"lots\"\nweb_allow_hosts = [\"bad host!\"]\n");
    let out = w.cmd(&cfg).args(["check"]).run().await.code(2);
    for key in [
        "web_addr: \"nonsense\" is not an address",
        "inspect_db_size: \"lots\" is not a size",
        "web_allow_hosts: \"bad host!\" is not a host",
    ] {
        assert!(out.stderr.contains(key), "missing {key:?}:\n{}", out.stderr);
    }
    assert!(out.stderr.contains("prx.toml:"), "file:line named:\n{}", out.stderr);
    let cfg = w.config_named("type.toml", "web_addr = true\n");
    w.cmd(&cfg).args(["check"]).run().await.code(2).stderr_has("[tunnel.ngrok] web_addr: expected a string such as");
}

#[tokio::test]
async fn a_local_service_that_is_down_gives_502_and_the_capture_says_why() {
    let t = start("").await;
    let held = t.recorder.stop_and_hold().await; // before any request: no pooled connection to it

    let big = PublicRequest {
        method: "POST".into(),
        path: "/down".into(),
        body: vec![b'b'; 300 * 1024],
        ..Default::default()
    };
    let resp = t.send(big).await;
    assert_eq!(resp.status, 502);
    assert!(resp.text().contains("could not reach the local service"), "{}", resp.text());
    let r = t.captured(1).await.remove(0);
    assert_eq!((r["request"]["uri"].as_str(), r["response"].is_null()), (Some("/down"), true), "{r}");
    assert!(
        r["error"].as_str().unwrap().contains("Connection refused") || r["error"].as_str().unwrap().contains("connect"),
        "{r}"
    );
    drop(held);
    t.stop().await;
}

#[tokio::test]
async fn a_config_reload_keeps_the_inspector_on_its_address() {
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let mut t = start(&format!("web_addr = \"{free}\"\ndomain = \"before.example.com\"\n")).await;
    assert_eq!(t.web, format!("http://{free}"));
    let text = std::fs::read_to_string(&t.cfg).unwrap();
    std::fs::write(&t.cfg, text.replace("before.example.com", "after.example.com")).unwrap();
    t.run.signal(nix::sys::signal::Signal::SIGHUP);
    let line = t.run.line(super::world::URL_WAIT).await;
    assert!(line.contains("https://after.example.com"), "{line}\n{}", t.run.stderr());
    t.url = "https://after.example.com".into();
    let v = super::support::eventually(Duration::from_secs(10), "the new URL in /api/tunnels", || async {
        let v = t.api("/api/tunnels").await;
        (v["tunnels"][0]["public_url"] == "https://after.example.com").then_some(v)
    })
    .await;
    assert_eq!(v["tunnels"].as_array().unwrap().len(), 1);
    t.send(PublicRequest::default()).await;
    t.captured(1).await;
    t.stop().await;
}

#[tokio::test]
async fn basic_auth_is_still_enforced_with_inspection_on() {
    let t = start(&format!("basic_auth = \"user:{PASSWORD}\"\n")).await;
    assert_eq!(t.send(PublicRequest::default()).await.status, 401, "no credentials");
    let ok = PublicRequest { basic_auth: Some(("user".into(), PASSWORD.into())), ..Default::default() };
    assert_eq!(t.send(ok).await.status, 200);
    t.stop().await;
}
