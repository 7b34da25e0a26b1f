//! Policies the service refuses are refused at Bind with ngrok's code and text; actions the edge
//! does not implement are refused as "not simulated"; the deprecated Bind options (including
//! request/response headers) are enforced through the same rules; the scheme is part of a URL.

mod common;

use common::{HELLO, local, session, upstream};
use ngrok::config::{ForwarderBuilder, Scheme};
use ngrok::prelude::*;
use ngrok_sim::{Edge, EdgeOptions, PublicRequest};

async fn refusal(policy: &str) -> String {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let err = sess.http_endpoint().traffic_policy(policy).listen().await.err().expect("the Bind is refused");
    let recorded = edge.binds().pop().unwrap().error.unwrap();
    assert!(err.to_string().contains(recorded.lines().next().unwrap()), "{err} vs {recorded}");
    recorded
}

#[tokio::test]
async fn invalid_policies_get_ngroks_codes() {
    let unknown = refusal("on_http_request:\n  - actions: [{type: basic-auht}]\n").await;
    assert!(unknown.starts_with("Invalid policy action type `basic-auht`."), "{unknown}");
    assert!(unknown.ends_with("ERR_NGROK_2201\r\n"));
    let phase =
        refusal("on_http_response:\n  - actions: [{type: basic-auth, config: {credentials: ['a:password1']}}]\n").await;
    assert!(
        phase.contains("is not supported for `on_http_response`") && phase.ends_with("ERR_NGROK_2202\r\n"),
        "{phase}"
    );
    let cel = refusal("on_http_request:\n  - expressions: ['req.url.path ==']\n    actions: [{type: deny}]\n").await;
    assert!(cel.ends_with("ERR_NGROK_2200\r\n"), "{cel}");
    let unparsable = refusal("on_http_request: {not: a list}").await;
    assert!(unparsable.ends_with("ERR_NGROK_2236\r\n"), "{unparsable}");
}

#[tokio::test]
async fn unsimulated_actions_are_refused_not_ignored() {
    let oauth = refusal("on_http_request:\n  - actions: [{type: oauth, config: {provider: google}}]\n").await;
    assert!(oauth.contains("does not simulate the `oauth` action (on_http_request rule 1 action 1)"), "{oauth}");
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let err =
        sess.tcp_endpoint().traffic_policy("on_http_request:\n  - actions: [{type: deny}]\n").listen().await.err();
    assert!(err.unwrap().to_string().contains("Invalid Traffic Policy phase `on_http_request` for protocol `tcp`."));
    assert!(edge.binds()[0].error.as_deref().unwrap().ends_with("ERR_NGROK_2230\r\n"));
}

#[tokio::test]
async fn legacy_header_options_are_enforced_through_policy() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let fwd = sess
        .http_endpoint()
        .request_header("x-legacy", "on")
        .remove_request_header("x-drop")
        .response_header("x-legacy-res", "on")
        .remove_response_header("x-upstream")
        .listen_and_forward(local(upstream().await))
        .await
        .unwrap();
    let req =
        PublicRequest { path: "/inspect".into(), headers: vec![("x-drop".into(), "1".into())], ..Default::default() };
    let resp = edge.request(fwd.url(), req).await.unwrap();
    assert!(resp.text().contains("x-legacy: on\n") && !resp.text().contains("x-drop"), "{}", resp.text());
    assert_eq!((resp.header("x-legacy-res"), resp.header("x-upstream")), (Some("on"), None));
    let effective = edge.binds()[0].effective_policy.clone().unwrap();
    assert_eq!(effective["on_http_request"][0]["actions"][0]["type"], "remove-headers");
}

#[tokio::test]
async fn http_and_https_on_one_host_are_two_endpoints() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let up = upstream().await;
    let https = sess.http_endpoint().domain("two.example.com").listen_and_forward(local(up)).await.unwrap();
    let mut http = sess
        .http_endpoint()
        .domain("two.example.com")
        .scheme(Scheme::HTTP)
        .traffic_policy("on_http_request:\n  - actions: [{type: custom-response, config: {body: plain}}]\n")
        .listen_and_forward(local(up))
        .await
        .unwrap();
    assert_eq!(http.url(), "http://two.example.com");
    assert_eq!(edge.request(https.url(), PublicRequest::default()).await.unwrap().text(), HELLO);
    assert_eq!(edge.request(http.url(), PublicRequest::default()).await.unwrap().text(), "plain");
    http.close().await.unwrap();
    edge.wait_for_url_gone("http://two.example.com", common::WAIT).await.unwrap();
    let gone = edge.request("http://two.example.com", PublicRequest::default()).await.unwrap();
    assert_eq!(
        (gone.status, gone.header("ngrok-error-code")),
        (404, Some("ERR_NGROK_3200")),
        "not served by its sibling"
    );
    assert_eq!(edge.request(https.url(), PublicRequest::default()).await.unwrap().text(), HELLO);
}
