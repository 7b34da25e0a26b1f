//! Every account and bind error the simulator answers reaches the `ngrok` crate with the real
//! service's code and text.

mod common;

use common::{TOKEN, builder, local, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;
use ngrok_sim::{Edge, EdgeOptions};

const HB: std::time::Duration = std::time::Duration::from_millis(200);

async fn edge_with(opts: EdgeOptions) -> Edge {
    Edge::start(opts).await.unwrap()
}

/// The error code and message of a failed connect.
async fn connect_error(edge: &Edge, token: Option<&str>) -> (String, String) {
    let err = builder(edge, token).connect().await.err().expect("the connect is refused");
    (err.error_code().unwrap_or_default().to_owned(), err.msg())
}

#[tokio::test]
async fn malformed_token_is_105_and_echoes_it() {
    let edge = edge_with(EdgeOptions::default()).await;
    let (code, msg) = connect_error(&edge, Some("not a token!")).await;
    assert_eq!(code, "ERR_NGROK_105");
    assert!(
        msg.contains("does not look like a proper ngrok authtoken") && msg.contains("Your authtoken: not a token!"),
        "{msg}"
    );
    assert_eq!(edge.auths()[0].error.as_deref().map(|e| e.ends_with("\r\n\r\nERR_NGROK_105\r\n")), Some(true));
    assert!(edge.sessions().is_empty());
}

#[tokio::test]
async fn unknown_token_is_107_and_echoes_it() {
    let edge = edge_with(EdgeOptions {
        authtokens: Some(vec!["2someOTHERvalidTOKENxxxxxxxxxx".into()]),
        ..Default::default()
    })
    .await;
    let (code, msg) = connect_error(&edge, Some(TOKEN)).await;
    assert_eq!(code, "ERR_NGROK_107");
    assert!(msg.contains("properly formed, but it is invalid") && msg.contains(TOKEN), "{msg}");
    assert!(
        builder(&edge, Some("2someOTHERvalidTOKENxxxxxxxxxx")).connect().await.is_ok(),
        "the listed token is accepted"
    );
}

#[tokio::test]
async fn missing_token_is_4018() {
    let edge = edge_with(EdgeOptions::default()).await;
    let (code, msg) = connect_error(&edge, None).await;
    assert_eq!(code, "ERR_NGROK_4018");
    assert!(msg.contains("requires a verified account and authtoken"), "{msg}");
}

#[tokio::test]
async fn second_session_over_the_limit_is_108() {
    let edge = edge_with(EdgeOptions { session_limit: Some(1), ..Default::default() }).await;
    let mut first = builder(&edge, Some(TOKEN))
        .heartbeat_interval(HB)
        .unwrap()
        .heartbeat_tolerance(HB)
        .unwrap()
        .connect()
        .await
        .unwrap();
    let (code, msg) = connect_error(&edge, Some(TOKEN)).await;
    assert_eq!(code, "ERR_NGROK_108");
    assert!(msg.contains("limited to 1 simultaneous ngrok agent sessions"), "{msg}");
    assert_eq!(edge.sessions().len(), 1);
    // Session::close() cannot shut the connection (muxado 0.5.4 fails to encode its GOAWAY),
    // so the edge notices when the heartbeats stop, after interval + tolerance.
    first.close().await.unwrap();
    edge.wait_for_sessions(0, common::WAIT).await.unwrap();
    assert!(builder(&edge, Some(TOKEN)).connect().await.is_ok(), "room again once the first session is gone");
}

#[tokio::test]
async fn domain_online_in_another_session_is_334() {
    let edge = edge_with(EdgeOptions::default()).await;
    let up = upstream().await;
    let (one, two) = (session(&edge).await, session(&edge).await);
    let _first = one.http_endpoint().domain("taken.example.com").listen_and_forward(local(up)).await.unwrap();
    let err =
        two.http_endpoint().domain("taken.example.com").listen_and_forward(local(up)).await.err().expect("refused");
    assert_eq!(err.error_code(), Some("ERR_NGROK_334"));
    assert!(err.msg().contains("'https://taken.example.com' is already online"), "{}", err.msg());
    assert_eq!(edge.binds().iter().filter(|b| b.error.is_some()).count(), 1);
}

#[tokio::test]
async fn basic_auth_password_length_is_360() {
    let edge = edge_with(EdgeOptions::default()).await;
    let sess = session(&edge).await;
    let err = sess.http_endpoint().basic_auth("bob", "short").listen().await.err().expect("refused");
    assert_eq!(err.error_code(), Some("ERR_NGROK_360"));
    assert!(err.msg().contains("between 8 and 128 characters, got 5"), "{}", err.msg());
    let err = sess.http_endpoint().basic_auth("", "long-enough-pass").listen().await.err().expect("refused");
    assert_eq!(err.error_code(), Some("ERR_NGROK_359"));
}

#[tokio::test]
async fn fail_next_auth_fails_exactly_one_auth() {
    let edge = edge_with(EdgeOptions::default()).await;
    edge.fail_next_auth("ERR_NGROK_107");
    let (code, msg) = connect_error(&edge, Some(TOKEN)).await;
    assert_eq!(code, "ERR_NGROK_107");
    assert!(msg.contains(TOKEN));
    edge.fail_next_auth("ERR_NGROK_9999");
    assert_eq!(connect_error(&edge, Some(TOKEN)).await.0, "ERR_NGROK_9999");
    assert!(builder(&edge, Some(TOKEN)).connect().await.is_ok());
}

#[test]
fn well_formed_tokens() {
    assert!(ngrok_sim::well_formed(TOKEN));
    assert!(ngrok_sim::well_formed("2abcdefghij_KLMNOP-qrs"));
    assert!(!ngrok_sim::well_formed("short_token"));
    assert!(!ngrok_sim::well_formed("has spaces in it 123456789"));
    assert!(!ngrok_sim::well_formed(&"x".repeat(101)));
}

#[tokio::test]
async fn fail_next_auths_fails_exactly_n_auths() {
    let edge = edge_with(EdgeOptions::default()).await;
    edge.fail_next_auths("ERR_NGROK_108", 3);
    for _ in 0..3 {
        assert_eq!(connect_error(&edge, Some(TOKEN)).await.0, "ERR_NGROK_108");
    }
    assert!(builder(&edge, Some(TOKEN)).connect().await.is_ok(), "the fourth is accepted");
    edge.fail_next_auths("ERR_NGROK_108", 2);
    edge.fail_next_auths("ERR_NGROK_108", 0);
    assert!(builder(&edge, Some(TOKEN)).connect().await.is_ok(), "a count of 0 clears the refusals");
}
