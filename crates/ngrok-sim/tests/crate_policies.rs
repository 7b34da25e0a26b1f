//! Every edge policy from the `ngrok` crate's Bind options, as a public client feels it, and the
//! real edge's error pages.

mod common;

use common::{HELLO, edge, from, local, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;
use ngrok_sim::PublicRequest;

#[tokio::test]
async fn basic_auth_is_enforced() {
    let edge = edge().await;
    let sess = session(&edge).await;
    let fwd = sess
        .http_endpoint()
        .basic_auth("alice", "correct-horse")
        .listen_and_forward(local(upstream().await))
        .await
        .unwrap();
    let none = edge.request(fwd.url(), PublicRequest::default()).await.unwrap();
    assert_eq!(none.status, 401);
    assert_eq!(none.header("www-authenticate"), Some("Basic realm=\"ngrok\""));
    assert_eq!(
        edge.request(fwd.url(), from("127.0.0.1", Some(("alice", "wrong-password")))).await.unwrap().status,
        401
    );
    let ok = edge.request(fwd.url(), from("127.0.0.1", Some(("alice", "correct-horse")))).await.unwrap();
    assert_eq!((ok.status, ok.text()), (200, HELLO.to_owned()));
    assert_eq!(edge.binds()[0].basic_auth, [("alice".to_owned(), "correct-horse".to_owned())]);
}

#[tokio::test]
async fn ip_restrictions_use_the_real_source_address() {
    let edge = edge().await;
    let sess = session(&edge).await;
    let fwd = sess
        .http_endpoint()
        .allow_cidr("127.0.0.0/8")
        .deny_cidr("127.0.0.2/32")
        .listen_and_forward(local(upstream().await))
        .await
        .unwrap();
    assert_eq!(edge.request(fwd.url(), from("127.0.0.1", None)).await.unwrap().status, 200);
    let denied = edge.request(fwd.url(), from("127.0.0.2", None)).await.unwrap();
    assert_eq!(denied.status, 403);
    assert_eq!(denied.header("ngrok-error-code"), Some("ERR_NGROK_3205"));
    let bind = &edge.binds()[0];
    assert_eq!(
        (bind.allow_cidrs.as_slice(), bind.deny_cidrs.as_slice()),
        (&["127.0.0.0/8".to_owned()][..], &["127.0.0.2/32".to_owned()][..])
    );
}

#[tokio::test]
async fn compression_gzips_for_clients_that_accept_it() {
    let edge = edge().await;
    let sess = session(&edge).await;
    let fwd = sess.http_endpoint().compression().listen_and_forward(local(upstream().await)).await.unwrap();
    let big = PublicRequest { path: "/big".into(), accept_gzip: true, ..Default::default() };
    let gz = edge.request(fwd.url(), big.clone()).await.unwrap();
    assert_eq!((gz.status, gz.header("content-encoding")), (200, Some("gzip")));
    let text = String::from_utf8(gz.decoded_body().unwrap()).unwrap();
    assert!(
        text.starts_with("all work and no play") && gz.body.len() * 10 < text.len(),
        "{} vs {}",
        gz.body.len(),
        text.len()
    );
    let plain = edge.request(fwd.url(), PublicRequest { accept_gzip: false, ..big }).await.unwrap();
    assert_eq!((plain.header("content-encoding"), plain.body.len()), (None, text.len()));
}

#[tokio::test]
async fn circuit_breaker_opens_after_upstream_errors() {
    let edge = edge().await;
    let sess = session(&edge).await;
    let fwd = sess.http_endpoint().circuit_breaker(0.5).listen_and_forward(local(upstream().await)).await.unwrap();
    let fail = PublicRequest { path: "/fail".into(), ..Default::default() };
    for _ in 0..ngrok_sim::BREAKER_MIN_VOLUME {
        assert_eq!(
            edge.request(fwd.url(), fail.clone()).await.unwrap().status,
            500,
            "failures pass through until the window has volume"
        );
    }
    let refused = edge.request(fwd.url(), PublicRequest::default()).await.unwrap();
    assert_eq!((refused.status, refused.header("ngrok-error-code")), (503, Some("ERR_NGROK_3202")));
    assert_eq!(edge.binds()[0].circuit_breaker, Some(0.5));
}

#[tokio::test]
async fn unknown_host_and_dead_upstream_answer_like_the_real_edge() {
    let edge = edge().await;
    let offline = edge.request("https://nobody-here.ngrok-free.app", PublicRequest::default()).await.unwrap();
    assert_eq!((offline.status, offline.header("ngrok-error-code")), (404, Some("ERR_NGROK_3200")));
    assert!(
        offline.text().contains("ERR_NGROK_3200") && offline.text().contains("nobody-here.ngrok-free.app is offline")
    );

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let sess = session(&edge).await;
    let fwd = sess.http_endpoint().listen_and_forward(local(closed)).await.unwrap();
    let resp = edge.request(fwd.url(), PublicRequest::default()).await.unwrap();
    assert_eq!(resp.status, 502);
    assert!(
        resp.text().contains("ERR_NGROK_8012")
            && resp.text().contains("failed to establish a connection to the upstream"),
        "{}",
        resp.text()
    );
}
