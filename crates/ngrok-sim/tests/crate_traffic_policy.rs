//! Traffic Policy sent by the `ngrok` crate (`traffic_policy`) and enforced by the edge: for
//! every simulated action a public client feels it (status, headers, body), and rules scoped by
//! expressions apply only where they should.

mod common;

use common::{HELLO, local, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::forwarder::Forwarder;
use ngrok::prelude::*;
use ngrok::tunnel::HttpTunnel;
use ngrok_sim::{Edge, EdgeOptions, PublicRequest, PublicResponse};

/// An edge and an https endpoint with `policy`, forwarding to the test upstream.
async fn serve(policy: &str) -> (Edge, Forwarder<HttpTunnel>, ngrok::Session) {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let fwd = sess.http_endpoint().traffic_policy(policy).listen_and_forward(local(upstream().await)).await.unwrap();
    (edge, fwd, sess)
}

async fn call(edge: &Edge, fwd: &Forwarder<HttpTunnel>, req: PublicRequest) -> PublicResponse {
    edge.request(fwd.url(), req).await.expect("the edge answers")
}

fn path(p: &str) -> PublicRequest {
    PublicRequest { path: p.into(), ..Default::default() }
}

fn from(ip: &str, p: &str) -> PublicRequest {
    PublicRequest { source_ip: Some(ip.parse().unwrap()), ..path(p) }
}

#[tokio::test]
async fn deny_scoped_by_an_expression_applies_only_there() {
    let (edge, fwd, _s) = serve(
        "on_http_request:\n  - name: admin\n    expressions: [\"req.url.path.startsWith('/admin')\"]\n    actions:\n      - type: deny\n        config: {status_code: 404}\n",
    )
    .await;
    assert_eq!(call(&edge, &fwd, path("/admin/users")).await.status, 404);
    let open = call(&edge, &fwd, path("/")).await;
    assert_eq!((open.status, open.text()), (200, HELLO.to_owned()));
    let bind = edge.binds().pop().unwrap();
    assert!(bind.traffic_policy.as_deref().unwrap().contains("startsWith('/admin')"));
    assert_eq!(bind.effective_policy.unwrap()["on_http_request"][0]["name"], "admin");
}

#[tokio::test]
async fn custom_response_interpolates_and_on_http_response_can_replace_the_upstreams_answer() {
    let policy = r#"{
      "on_http_request": [{"expressions": ["req.url.path == '/hi'"], "actions": [{"type": "custom-response",
        "config": {"status_code": 418, "body": "{\"method\": \"${req.method}\", \"ip\": \"${conn.client_ip}\"}",
                   "headers": {"x-path": "${req.url.path}"}}}]}],
      "on_http_response": [{"expressions": ["res.status_code >= 500"], "actions": [{"type": "custom-response",
        "config": {"status_code": 503, "body": "<h1>maintenance</h1>"}}]}]
    }"#;
    let (edge, fwd, _s) = serve(policy).await;
    let hi = call(&edge, &fwd, path("/hi")).await;
    assert_eq!(hi.status, 418);
    assert_eq!(hi.text(), r#"{"method": "GET", "ip": "127.0.0.1"}"#);
    assert_eq!((hi.header("x-path"), hi.header("content-type")), (Some("/hi"), Some("application/json")));
    let fail = call(&edge, &fwd, path("/fail")).await;
    assert_eq!((fail.status, fail.text().as_str()), (503, "<h1>maintenance</h1>"));
    assert_eq!(fail.header("content-type"), Some("text/html; charset=utf-8"));
}

#[tokio::test]
async fn headers_are_added_and_removed_both_ways_and_forwarded_headers_follow_ngrok() {
    let policy = "on_http_request:\n  - actions:\n    - {type: remove-headers, config: {headers: [x-drop-me]}}\n    - {type: add-headers, config: {headers: {x-client: '${conn.client_ip}', x-method: '${req.method}'}}}\non_http_response:\n  - actions:\n    - {type: remove-headers, config: {headers: [x-upstream]}}\n    - {type: add-headers, config: {headers: {x-served-by: edge}}}\n";
    let (edge, fwd, _s) = serve(policy).await;
    let req = PublicRequest {
        headers: vec![
            ("x-drop-me".into(), "1".into()),
            ("x-forwarded-for".into(), "203.0.113.9".into()),
            ("x-forwarded-proto".into(), "http".into()),
        ],
        ..path("/inspect?q=1")
    };
    let resp = call(&edge, &fwd, req).await;
    let seen = resp.text();
    assert!(seen.starts_with("GET /inspect?q=1\n"), "{seen}");
    assert!(seen.contains("x-client: 127.0.0.1\n") && seen.contains("x-method: GET\n"), "{seen}");
    assert!(!seen.contains("x-drop-me"), "{seen}");
    assert!(seen.contains("x-forwarded-for: 203.0.113.9\nx-forwarded-for: 127.0.0.1\n"), "appended: {seen}");
    assert!(seen.contains("x-forwarded-proto: http\nx-forwarded-proto: https\n"), "appended: {seen}");
    let host = fwd.url().strip_prefix("https://").unwrap();
    assert!(seen.contains(&format!("x-forwarded-host: {host}\n")), "set from Host: {seen}");
    assert_eq!((resp.header("x-upstream"), resp.header("x-served-by")), (None, Some("edge")));
}

#[tokio::test]
async fn restrict_ips_and_basic_auth() {
    let policy = "on_http_request:\n  - actions:\n    - {type: restrict-ips, config: {allow: [127.0.0.0/8], deny: [127.0.0.2/32]}}\n    - {type: basic-auth, config: {realm: staff, credentials: ['alice:correct-horse']}}\n";
    let (edge, fwd, _s) = serve(policy).await;
    let blocked = call(&edge, &fwd, from("127.0.0.2", "/")).await;
    assert_eq!((blocked.status, blocked.header("ngrok-error-code")), (403, Some("ERR_NGROK_3205")));
    let challenged = call(&edge, &fwd, from("127.0.0.1", "/")).await;
    assert_eq!((challenged.status, challenged.header("www-authenticate")), (401, Some("Basic realm=\"staff\"")));
    let wrong = PublicRequest { basic_auth: Some(("alice".into(), "battery-staple".into())), ..from("127.0.0.1", "/") };
    assert_eq!(call(&edge, &fwd, wrong).await.status, 401);
    let right = PublicRequest { basic_auth: Some(("alice".into(), "correct-horse".into())), ..from("127.0.0.1", "/") };
    assert_eq!(call(&edge, &fwd, right).await.text(), HELLO);
}

#[tokio::test]
async fn rate_limit_keyed_by_client_ip_counts_each_address_apart() {
    let policy = "on_http_request:\n  - actions:\n    - type: rate-limit\n      config: {name: per-ip, algorithm: sliding_window, capacity: 2, rate: 60s, bucket_key: [conn.client_ip]}\n";
    let (edge, fwd, _s) = serve(policy).await;
    for _ in 0..2 {
        assert_eq!(call(&edge, &fwd, from("127.0.0.1", "/")).await.status, 200);
    }
    let limited = call(&edge, &fwd, from("127.0.0.1", "/")).await;
    assert_eq!(limited.status, 429);
    let retry: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!(call(&edge, &fwd, from("127.0.0.3", "/")).await.status, 200, "another address has its own bucket");
}

#[tokio::test]
async fn redirect_and_url_rewrite() {
    let policy = "on_http_request:\n  - actions:\n    - {type: redirect, config: {from: '/old/(.*)$', to: '/new/$1', status_code: 301, headers: {x-moved: 'yes'}}}\n    - {type: url-rewrite, config: {from: '/inspect/v1/', to: '/inspect/v2/'}}\n";
    let (edge, fwd, _s) = serve(policy).await;
    let moved = call(&edge, &fwd, path("/old/page?x=1")).await;
    assert_eq!(moved.status, 301);
    assert_eq!(moved.header("location"), Some(format!("{}/new/page?x=1", fwd.url()).as_str()));
    assert_eq!(moved.header("x-moved"), Some("yes"));
    let rewritten = call(&edge, &fwd, path("/inspect/v1/items?a=1")).await;
    assert!(rewritten.text().starts_with("GET /inspect/v2/items?a=1\n"), "{}", rewritten.text());
}

#[tokio::test]
async fn set_vars_and_log_are_recorded_and_queryable_through_the_control_api() {
    let policy = "on_http_request:\n  - name: tag\n    actions:\n    - {type: set-vars, config: {vars: [{who: '${conn.client_ip}'}]}}\n    - {type: log, config: {metadata: {who: '${vars.who}', path: '${req.url.path}', n: 1}}}\non_http_response:\n  - expressions: [\"vars.who == '127.0.0.1'\"]\n    actions:\n    - {type: add-headers, config: {headers: {x-who: '${vars.who}'}}}\n";
    let (edge, fwd, _s) = serve(policy).await;
    assert_eq!(call(&edge, &fwd, path("/logged")).await.header("x-who"), Some("127.0.0.1"));
    let logs = edge.policy_logs();
    assert_eq!(logs.len(), 1);
    assert_eq!((logs[0].phase.as_str(), logs[0].rule_name.as_deref()), ("on_http_request", Some("tag")));
    assert_eq!(logs[0].metadata, serde_json::json!({"who": "127.0.0.1", "path": "/logged", "n": 1}));
    let api = format!("http://{}/api/policy-logs", edge.control_addr());
    let listed: serde_json::Value = reqwest::get(api).await.unwrap().json().await.unwrap();
    assert_eq!(listed[0]["metadata"]["path"], "/logged");
    assert_eq!(listed[0]["endpoint_url"], fwd.url());
}

#[tokio::test]
async fn compress_response_negotiates_among_its_algorithms() {
    let policy = "on_http_response:\n  - actions:\n    - {type: compress-response, config: {algorithms: [deflate]}}\n";
    let (edge, fwd, _s) = serve(policy).await;
    let accept = |v: &str| PublicRequest { headers: vec![("accept-encoding".into(), v.into())], ..path("/big") };
    let deflated = call(&edge, &fwd, accept("gzip;q=0.9, deflate")).await;
    assert_eq!(deflated.header("content-encoding"), Some("deflate"));
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::ZlibDecoder::new(&deflated.body[..]), &mut text).unwrap();
    assert!(text.starts_with("all work and no play") && deflated.body.len() * 10 < text.len());
    let plain = call(&edge, &fwd, accept("gzip")).await;
    assert_eq!((plain.header("content-encoding"), plain.body.len()), (None, text.len()));

    let (edge, fwd, _s) = serve("on_http_response:\n  - actions: [{type: compress-response}]\n").await;
    let br = call(&edge, &fwd, accept("gzip;q=0.5, br")).await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    let mut unbrotli = String::new();
    std::io::Read::read_to_string(&mut brotli::Decompressor::new(&br.body[..], 4096), &mut unbrotli).unwrap();
    assert_eq!(unbrotli, text);
}

#[tokio::test]
async fn circuit_breaker_trips_on_upstream_errors() {
    let policy = "on_http_request:\n  - actions:\n    - {type: circuit-breaker, config: {error_threshold: 0.5, volume_threshold: 2, window_duration: 10s, tripped_duration: 30s}}\n";
    let (edge, fwd, _s) = serve(policy).await;
    for _ in 0..2 {
        assert_eq!(call(&edge, &fwd, path("/fail")).await.status, 500);
    }
    let tripped = call(&edge, &fwd, path("/")).await;
    assert_eq!((tripped.status, tripped.header("ngrok-error-code")), (503, Some("ERR_NGROK_3202")));
}

#[tokio::test]
async fn tcp_endpoints_run_on_tcp_connect() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let policy = "on_tcp_connect:\n  - expressions: [\"inCidrRange(conn.client_ip, '127.0.0.2/32')\"]\n    actions: [{type: deny}]\n  - actions: [{type: log, config: {metadata: {port: '${conn.server_port}'}}}]\n";
    let fwd = sess.tcp_endpoint().traffic_policy(policy).listen_and_forward(local(common::echo().await)).await.unwrap();
    let port: u16 = fwd.url().rsplit_once(':').unwrap().1.parse().unwrap();
    let connect = |ip: &str| {
        let sock = tokio::net::TcpSocket::new_v4().unwrap();
        sock.bind(format!("{ip}:0").parse().unwrap()).unwrap();
        sock.connect(([127, 0, 0, 1], port).into())
    };
    let mut denied = connect("127.0.0.2").await.unwrap();
    let mut buf = [0u8; 4];
    let n = tokio::time::timeout(common::WAIT, denied.read(&mut buf)).await.unwrap().unwrap_or(0);
    assert_eq!(n, 0, "the edge closes a denied connection");
    let mut ok = connect("127.0.0.1").await.unwrap();
    ok.write_all(b"ping").await.unwrap();
    tokio::time::timeout(common::WAIT, ok.read_exact(&mut buf)).await.unwrap().unwrap();
    assert_eq!(&buf, b"ping");
    assert_eq!(edge.policy_logs()[0].metadata["port"], port.to_string());
}

#[tokio::test]
async fn enforce_false_lets_traffic_through() {
    let policy = "on_http_request:\n  - actions:\n    - {type: restrict-ips, config: {deny: [127.0.0.0/8], enforce: false}}\n    - {type: basic-auth, config: {credentials: ['alice:correct-horse'], enforce: false}}\n    - {type: rate-limit, config: {name: r, algorithm: sliding_window, capacity: 1, rate: 60s, enforce: false}}\n    - {type: verify-webhook, config: {provider: github, secret: s3cret, enforce: false}}\n";
    let (edge, fwd, _s) = serve(policy).await;
    for _ in 0..3 {
        let resp = call(&edge, &fwd, path("/")).await;
        assert_eq!((resp.status, resp.text()), (200, HELLO.to_owned()));
    }
}

#[tokio::test]
async fn action_result_variables_let_a_policy_answer_for_itself() {
    let policy = r#"
on_http_request:
  - actions:
    - {type: basic-auth, config: {credentials: ['alice:correct-horse'], enforce: false}}
    - {type: rate-limit, config: {name: r, algorithm: sliding_window, capacity: 2, rate: 60s, enforce: false}}
  - expressions: ["!actions.ngrok.basic_auth.credentials.authorized"]
    actions:
    - {type: custom-response, config: {status_code: 401, body: "who is '${actions.ngrok.basic_auth.credentials.username}'?"}}
  - expressions: ["actions.ngrok.rate_limit.limited"]
    actions:
    - {type: custom-response, config: {status_code: 503, body: "slow down"}}
"#;
    let (edge, fwd, _s) = serve(policy).await;
    let as_user = |u: &str, p: &str| PublicRequest { basic_auth: Some((u.into(), p.into())), ..path("/") };
    let stranger = call(&edge, &fwd, as_user("mallory", "battery-staple")).await;
    assert_eq!((stranger.status, stranger.text()), (401, "who is 'mallory'?".to_owned()));
    assert_eq!(call(&edge, &fwd, as_user("alice", "correct-horse")).await.text(), HELLO);
    let limited = call(&edge, &fwd, as_user("alice", "correct-horse")).await;
    assert_eq!((limited.status, limited.text()), (503, "slow down".to_owned()), "the third request in the window");
}

#[tokio::test]
async fn close_connection_answers_nothing() {
    let policy =
        "on_http_request:\n  - expressions: [\"req.url.path == '/bye'\"]\n    actions: [{type: close-connection}]\n";
    let (edge, fwd, _s) = serve(policy).await;
    assert!(edge.request(fwd.url(), path("/bye")).await.is_err(), "the connection is closed without an answer");
    assert_eq!(call(&edge, &fwd, path("/")).await.text(), HELLO);
}

#[tokio::test]
async fn on_tcp_connect_runs_once_per_public_connection() {
    use http_body_util::{BodyExt, Empty};
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let policy = "on_tcp_connect:\n  - actions:\n    - {type: set-vars, config: {vars: [{port: '${conn.client_port}'}]}}\n    - {type: log, config: {metadata: {port: '${vars.port}'}}}\non_http_request:\n  - actions: [{type: add-headers, config: {headers: {x-conn-port: '${vars.port}'}}}]\n";
    let fwd = sess
        .http_endpoint()
        .scheme(ngrok::config::Scheme::HTTP)
        .traffic_policy(policy)
        .listen_and_forward(local(upstream().await))
        .await
        .unwrap();
    let host = fwd.url().strip_prefix("http://").unwrap().to_owned();
    let tcp = tokio::net::TcpStream::connect(edge.http_addr()).await.unwrap();
    let client_port = tcp.local_addr().unwrap().port().to_string();
    let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(tcp)).await.unwrap();
    tokio::spawn(conn);
    for _ in 0..2 {
        let req = hyper::Request::get("/inspect").header("host", &host).body(Empty::<bytes::Bytes>::new()).unwrap();
        let resp = sender.send_request(req).await.unwrap();
        let seen = String::from_utf8(resp.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
        assert!(seen.contains(&format!("x-conn-port: {client_port}\n")), "{seen}");
    }
    assert_eq!(edge.policy_logs().len(), 1, "one connection, one on_tcp_connect");
    assert_eq!(call(&edge, &fwd, path("/")).await.text(), HELLO);
    assert_eq!(edge.policy_logs().len(), 2, "a new connection runs it again");
}
