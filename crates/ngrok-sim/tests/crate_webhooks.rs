//! `verify-webhook` for github, stripe, slack, twilio and zoom: requests signed as each
//! provider documents its scheme reach the upstream; wrongly signed, unsigned and (where the
//! provider signs a timestamp) stale ones get 403 and never reach it.

mod common;

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use common::{local, session, upstream};
use hmac::{Hmac, Mac};
use ngrok::config::ForwarderBuilder;
use ngrok::forwarder::Forwarder;
use ngrok::prelude::*;
use ngrok::tunnel::HttpTunnel;
use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use sha2::{Digest, Sha256};

const SECRET: &str = "whsec_sim_7c1f0e";
const BODY: &str = r#"{"event":"ping","id":42}"#;

fn hmac256_hex(secret: &str, message: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(message.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

async fn endpoint(provider: &str) -> (Edge, Forwarder<HttpTunnel>, ngrok::Session) {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let policy = format!(
        "on_http_request:\n  - actions:\n    - {{type: verify-webhook, config: {{provider: {provider}, secret: '{SECRET}'}}}}\n"
    );
    let fwd = sess.http_endpoint().traffic_policy(policy).listen_and_forward(local(upstream().await)).await.unwrap();
    (edge, fwd, sess)
}

/// POSTs `body` to `/echo` with `headers`; returns (status, body).
async fn post(
    edge: &Edge,
    fwd: &Forwarder<HttpTunnel>,
    path: &str,
    body: &str,
    headers: Vec<(&str, String)>,
) -> (u16, String) {
    let req = PublicRequest {
        method: "POST".into(),
        path: path.into(),
        body: body.as_bytes().to_vec(),
        headers: headers.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        ..Default::default()
    };
    let resp = edge.request(fwd.url(), req).await.unwrap();
    (resp.status, resp.text())
}

/// The signed request reaches the upstream (which echoes the body); the others get 403.
async fn holds(edge: &Edge, fwd: &Forwarder<HttpTunnel>, good: Vec<(&str, String)>, bad: Vec<Vec<(&str, String)>>) {
    assert_eq!(post(edge, fwd, "/echo", BODY, good.clone()).await, (200, BODY.to_owned()), "a signed request passes");
    assert_eq!(post(edge, fwd, "/echo", BODY, vec![]).await.0, 403, "unsigned");
    assert_eq!(post(edge, fwd, "/echo", &BODY.replace("42", "43"), good).await.0, 403, "tampered body");
    for headers in bad {
        let (status, text) = post(edge, fwd, "/echo", BODY, headers.clone()).await;
        assert_eq!(status, 403, "{headers:?}: {text}");
        assert!(text.contains("webhook verification failed"), "{text}");
    }
}

#[tokio::test]
async fn github_signs_the_body_with_hmac_sha256() {
    let (edge, fwd, _s) = endpoint("github").await;
    let sig = |secret: &str| ("x-hub-signature-256", format!("sha256={}", hmac256_hex(secret, BODY)));
    holds(&edge, &fwd, vec![sig(SECRET)], vec![vec![sig("wrong-secret")]]).await;
}

#[tokio::test]
async fn stripe_signs_timestamp_and_body_and_refuses_stale_timestamps() {
    let (edge, fwd, _s) = endpoint("stripe").await;
    let sig = |secret: &str, t: u64| {
        ("stripe-signature", format!("t={t},v1={}", hmac256_hex(secret, &format!("{t}.{BODY}"))))
    };
    let stale = now() - 600;
    holds(&edge, &fwd, vec![sig(SECRET, now())], vec![vec![sig("wrong-secret", now())], vec![sig(SECRET, stale)]])
        .await;
}

/// Slack's and Zoom's scheme: `v0=` hex HMAC-SHA256(secret, `v0:TS:body`), TS in its own header.
fn v0_signed<'h>(ts_header: &'h str, sig_header: &'h str, secret: &str, t: u64, body: &str) -> Vec<(&'h str, String)> {
    vec![(ts_header, t.to_string()), (sig_header, format!("v0={}", hmac256_hex(secret, &format!("v0:{t}:{body}"))))]
}

/// A v0-signed provider: signed passes; wrong secret, stale timestamp, unsigned, tampered fail.
async fn v0_provider_holds(provider: &str, ts_header: &str, sig_header: &str) {
    let (edge, fwd, _s) = endpoint(provider).await;
    let signed = |secret: &str, t: u64| v0_signed(ts_header, sig_header, secret, t, BODY);
    holds(&edge, &fwd, signed(SECRET, now()), vec![signed("wrong-secret", now()), signed(SECRET, now() - 600)]).await;
}

#[tokio::test]
async fn slack_signs_v0_timestamp_body_and_refuses_stale_timestamps() {
    v0_provider_holds("slack", "x-slack-request-timestamp", "x-slack-signature").await;
}

#[tokio::test]
async fn zoom_signs_v0_timestamp_body_and_refuses_stale_timestamps() {
    v0_provider_holds("zoom", "x-zm-request-timestamp", "x-zm-signature").await;
}

#[tokio::test]
async fn zoom_endpoint_validation_is_answered_by_the_edge() {
    let (edge, fwd, _s) = endpoint("zoom").await;
    let body = r#"{"event":"endpoint.url_validation","payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"}}"#;
    let headers = v0_signed("x-zm-request-timestamp", "x-zm-signature", SECRET, now(), body);
    let (status, text) = post(&edge, &fwd, "/echo", body, headers).await;
    assert_eq!(status, 200);
    let answer: serde_json::Value =
        serde_json::from_str(&text).expect("the edge's JSON answer, not the upstream's echo");
    assert_eq!(answer["plainToken"], "qgg8vlvZRS6UYooatFL8Aw");
    assert_eq!(answer["encryptedToken"], hmac256_hex(SECRET, "qgg8vlvZRS6UYooatFL8Aw"));
}

fn twilio_sig(secret: &str, signed: &str) -> String {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(signed.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

#[tokio::test]
async fn twilio_signs_url_and_sorted_form_parameters_or_a_json_bodys_hash() {
    let (edge, fwd, _s) = endpoint("twilio").await;
    let form = "To=%2B15550001111&Body=hello+world&From=%2B15552223333";
    let url = format!("{}/echo?call=1", fwd.url());
    let signed = format!("{url}Bodyhello worldFrom+15552223333To+15550001111");
    let headers = |secret: &str| {
        vec![
            ("content-type", "application/x-www-form-urlencoded".to_owned()),
            ("x-twilio-signature", twilio_sig(secret, &signed)),
        ]
    };
    assert_eq!(post(&edge, &fwd, "/echo?call=1", form, headers(SECRET)).await, (200, form.to_owned()));
    assert_eq!(post(&edge, &fwd, "/echo?call=1", form, headers("wrong-token")).await.0, 403);
    assert_eq!(post(&edge, &fwd, "/echo?call=2", form, headers(SECRET)).await.0, 403, "the URL is signed");
    assert_eq!(post(&edge, &fwd, "/echo?call=1", form, vec![]).await.0, 403, "unsigned");

    let hash = hex::encode(Sha256::digest(BODY.as_bytes()));
    let path = format!("/echo?bodySHA256={hash}");
    let json_sig = vec![("x-twilio-signature", twilio_sig(SECRET, &format!("{}{path}", fwd.url())))];
    assert_eq!(post(&edge, &fwd, &path, BODY, json_sig.clone()).await, (200, BODY.to_owned()));
    assert_eq!(post(&edge, &fwd, &path, &BODY.replace("42", "43"), json_sig).await.0, 403, "the body hash is checked");
}

#[tokio::test]
async fn deprecated_webhook_verification_option_is_enforced_through_policy() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let sess = session(&edge).await;
    let fwd = sess
        .http_endpoint()
        .webhook_verification("github", SECRET)
        .listen_and_forward(local(upstream().await))
        .await
        .unwrap();
    let sig = ("x-hub-signature-256", format!("sha256={}", hmac256_hex(SECRET, BODY)));
    assert_eq!(post(&edge, &fwd, "/echo", BODY, vec![sig]).await, (200, BODY.to_owned()));
    assert_eq!(post(&edge, &fwd, "/echo", BODY, vec![]).await.0, 403);
}
