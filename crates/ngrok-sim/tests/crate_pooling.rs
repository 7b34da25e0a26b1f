//! Endpoint pooling (ngrok's `endpoints/endpoint-pooling`), with the `ngrok` crate as the agent:
//! endpoints on one URL with `pooling_enabled` in every one share its traffic (HTTP per request,
//! tcp per connection); pooling off on either side is ERR_NGROK_334; a member whose session dies
//! leaves the pool and the others serve every later request.

mod common;

use std::collections::BTreeMap;

use common::{Relay, WAIT, edge, get, local, named, named_tcp, session, session_via};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;
use tokio::io::AsyncReadExt;

const URL: &str = "https://pool.example.com";
const NAMES: [&str; 3] = ["a", "b", "c"];

/// Who served each of `n` requests to `url`, counted by name; any non-200 fails the test.
async fn shares(edge: &ngrok_sim::Edge, url: &str, n: usize) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for i in 0..n {
        let (status, body) = get(edge, url).await;
        assert_eq!(status, 200, "request {i} of {n}: {body}");
        *seen.entry(body).or_default() += 1;
    }
    seen
}

fn assert_fair(seen: &BTreeMap<String, usize>, names: &[&str], total: usize) {
    assert_eq!(seen.keys().map(String::as_str).collect::<Vec<_>>(), names, "{seen:?}");
    for (name, n) in seen {
        assert!(*n * 5 >= total, "member {name} served {n} of {total} (< 20%): {seen:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_pooled_sessions_share_300_requests_and_a_dead_member_leaves_the_pool() {
    let edge = edge().await;
    let mut relays = Vec::new();
    let mut sessions = Vec::new();
    let mut forwarders = Vec::new();
    for name in NAMES {
        let relay = Relay::start(edge.agent_addr()).await;
        let sess = session_via(&edge, &relay).await;
        let fwd = sess
            .http_endpoint()
            .domain("pool.example.com")
            .pooling_enabled(true)
            .listen_and_forward(local(named(name).await))
            .await
            .expect("every pooled member binds the URL");
        assert_eq!(fwd.url().to_string(), URL);
        forwarders.push(fwd);
        relays.push(relay);
        sessions.push(sess);
    }
    let infos = edge.endpoint_infos();
    assert_eq!(infos.len(), 3);
    assert!(infos.iter().all(|e| e.url == URL && e.pooling_enabled && e.pool_size == 3 && e.binding == "public"));
    assert_eq!(edge.sessions().len(), 3, "three sessions, one endpoint each");
    let listed: serde_json::Value =
        reqwest::get(format!("http://{}/api/endpoints", edge.control_addr())).await.unwrap().json().await.unwrap();
    let listed = listed.as_array().expect("a list");
    assert_eq!(listed.len(), 3, "one entry per pool member: {listed:?}");
    assert!(listed.iter().all(|e| e["pool_size"] == 3 && e["pooling_enabled"] == true && e["binding"] == "public"));

    assert_fair(&shares(&edge, URL, 300).await, &NAMES, 300);

    // Member "b"'s machine goes away: its session dies (and cannot come back).
    relays[1].cut();
    edge.wait_for_sessions(2, WAIT).await.unwrap();
    assert!(edge.endpoint_infos().iter().all(|e| e.pool_size == 2));
    assert_fair(&shares(&edge, URL, 100).await, &["a", "c"], 100);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tcp_pool_is_balanced_per_connection() {
    let edge = edge().await;
    let first = session(&edge).await;
    let a = first.tcp_endpoint().pooling_enabled(true).listen_and_forward(local(named_tcp("a").await)).await.unwrap();
    let url = a.url().to_string();
    let addr = url.trim_start_matches("tcp://").to_owned();
    let mut keep = vec![first];
    let mut members = vec![a];
    for name in ["b", "c"] {
        let sess = session(&edge).await;
        let upstream = local(named_tcp(name).await);
        let fwd = sess.tcp_endpoint().remote_addr(&addr).pooling_enabled(true).listen_and_forward(upstream).await;
        let fwd = fwd.expect("a pooled tcp endpoint joins the address");
        assert_eq!(fwd.url().to_string(), url);
        keep.push(sess);
        members.push(fwd);
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let total = 150;
    for _ in 0..total {
        let mut conn = edge.tcp_connect(&url).await.unwrap();
        let mut name = String::new();
        conn.read_to_string(&mut name).await.unwrap();
        *seen.entry(name).or_default() += 1;
    }
    assert_fair(&seen, &NAMES, total);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pooling_off_on_either_side_is_err_ngrok_334() {
    let edge = edge().await;
    let upstream = local(named("a").await);
    let first = session(&edge).await;
    let mut pooled = first.http_endpoint();
    let _on =
        pooled.domain("mixed.example.com").pooling_enabled(true).listen_and_forward(upstream.clone()).await.unwrap();
    let second = session(&edge).await;
    let off = second.http_endpoint().domain("mixed.example.com").listen_and_forward(upstream.clone()).await;
    let err = off.err().expect("pooling off on the newcomer is refused");
    assert_eq!(err.error_code(), Some("ERR_NGROK_334"), "{err}");
    assert!(err.msg().contains("--pooling-enabled"), "{err}");

    let _plain = first.http_endpoint().domain("plain.example.com").listen_and_forward(upstream.clone()).await.unwrap();
    let on =
        second.http_endpoint().domain("plain.example.com").pooling_enabled(true).listen_and_forward(upstream).await;
    let err = on.err().expect("pooling off on the endpoint already online is refused");
    assert_eq!(err.error_code(), Some("ERR_NGROK_334"), "{err}");
    assert_eq!(edge.endpoint_infos().iter().filter(|e| e.url.contains("mixed")).count(), 1);
}

/// Who answered each of `n` requests sent on one keep-alive connection to `host` over plain HTTP.
async fn on_one_connection(edge: &ngrok_sim::Edge, host: &str, n: usize) -> Vec<String> {
    use http_body_util::BodyExt;
    let tcp = tokio::net::TcpStream::connect(edge.http_addr()).await.unwrap();
    let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(tcp)).await.unwrap();
    tokio::spawn(conn);
    let mut answers = Vec::new();
    for _ in 0..n {
        let req = hyper::Request::get("/").header("host", host).body(http_body_util::Empty::<bytes::Bytes>::new());
        sender.ready().await.expect("the edge keeps the connection open");
        let resp = sender.send_request(req.unwrap()).await.unwrap();
        assert_eq!(resp.status(), 200);
        answers.push(String::from_utf8(resp.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap());
    }
    answers
}

/// Two pooled http endpoints on `host`, `a` and `b`, with these `on_tcp_connect` policies.
async fn pair(
    edge: &ngrok_sim::Edge,
    host: &'static str,
    policies: [&str; 2],
) -> Vec<(ngrok::Session, ngrok::forwarder::Forwarder<ngrok::tunnel::HttpTunnel>)> {
    let mut keep = Vec::new();
    for (name, policy) in ["a", "b"].into_iter().zip(policies) {
        let sess = session(edge).await;
        let mut b = sess.http_endpoint();
        b.domain(host).scheme(ngrok::config::Scheme::HTTP).pooling_enabled(true).traffic_policy(policy);
        let fwd = b.listen_and_forward(local(named(name).await)).await.expect("pooled");
        keep.push((sess, fwd));
    }
    keep
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_is_balanced_per_request_unless_the_members_on_tcp_connect_rules_differ() {
    let edge = edge().await;
    let allow = |cidr: &str| {
        format!("on_tcp_connect:\n  - actions:\n      - type: restrict-ips\n        config: {{allow: ['{cidr}']}}\n")
    };
    let same = allow("127.0.0.0/8");
    let _same = pair(&edge, "same.example.com", [&same, &same]).await;
    let answers = on_one_connection(&edge, "same.example.com", 40).await;
    assert!(answers.contains(&"a".to_owned()) && answers.contains(&"b".to_owned()), "per request: {answers:?}");

    let (loopback, anywhere) = (allow("127.0.0.0/8"), allow("0.0.0.0/0"));
    let _differ = pair(&edge, "differ.example.com", [&loopback, &anywhere]).await;
    let mut members = std::collections::BTreeSet::new();
    for _ in 0..20 {
        let answers = on_one_connection(&edge, "differ.example.com", 5).await;
        assert!(answers.iter().all(|a| *a == answers[0]), "per connection: {answers:?}");
        members.insert(answers[0].clone());
    }
    assert_eq!(members.len(), 2, "connections still spread over the pool: {members:?}");
}
