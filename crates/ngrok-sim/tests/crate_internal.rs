//! Internal endpoints and `forward-internal` (ngrok's `endpoints/internal-endpoints` and
//! `traffic-policy/actions/forward-internal`), with the `ngrok` crate as the agent: an internal
//! endpoint is never reached from the public listeners (ERR_NGROK_3200 like any unknown host),
//! only through another endpoint's forward-internal; a forward to an internal endpoint that is
//! offline fails as documented (`on_error`).

mod common;

use std::collections::BTreeSet;

use common::{edge, get, local, named, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;

const FORWARD: &str = "on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: https://api.internal\n";

#[tokio::test]
async fn an_internal_endpoint_is_reached_only_through_forward_internal() {
    let edge = edge().await;
    let internal_agent = session(&edge).await;
    let tags = "on_http_response:\n  - actions:\n      - type: add-headers\n        config:\n          headers:\n            x-served-by: ${endpoint.url}\n";
    let internal = internal_agent
        .http_endpoint()
        .domain("api.internal")
        .binding("internal")
        .traffic_policy(tags)
        .listen_and_forward(local(upstream().await))
        .await
        .expect("an internal endpoint binds");
    assert_eq!(internal.url().to_string(), "https://api.internal");

    let direct = edge.request("https://api.internal/inspect", Default::default()).await.unwrap();
    assert_eq!((direct.status, direct.header("ngrok-error-code")), (404, Some("ERR_NGROK_3200")));

    let public_agent = session(&edge).await;
    let public = public_agent
        .http_endpoint()
        .domain("www.example.com")
        .traffic_policy(FORWARD)
        .listen_and_forward(local(named("public upstream").await))
        .await
        .unwrap();
    let resp = edge.request(&format!("{}/inspect/x", public.url()), Default::default()).await.unwrap();
    assert_eq!(resp.status, 200, "{}", resp.text());
    let seen = resp.text();
    assert!(seen.starts_with("GET /inspect/x"), "the internal endpoint's upstream answers: {seen}");
    assert!(seen.contains("host: www.example.com\n"), "Host stays the forwarding endpoint's: {seen}");
    assert!(seen.contains("x-forwarded-proto: https\n") && seen.contains("x-forwarded-for: 127.0.0.1\n"), "{seen}");
    assert_eq!(resp.header("x-served-by").unwrap(), "https://api.internal", "its own policy runs too");

    let infos = edge.endpoint_infos();
    let bindings: BTreeSet<(String, String)> = infos.iter().map(|e| (e.url.clone(), e.binding.clone())).collect();
    assert!(bindings.contains(&("https://api.internal".into(), "internal".into())), "{bindings:?}");
    assert!(bindings.contains(&("https://www.example.com".into(), "public".into())), "{bindings:?}");
}

#[tokio::test]
async fn a_forward_to_an_offline_internal_endpoint_halts_with_3200_or_continues_on_error() {
    let edge = edge().await;
    let agent = session(&edge).await;
    let halt =
        agent.http_endpoint().traffic_policy(FORWARD).listen_and_forward(local(named("public").await)).await.unwrap();
    let resp = edge.request(halt.url(), Default::default()).await.unwrap();
    assert_eq!(resp.status, 404);
    assert_eq!(resp.header("ngrok-error-code").unwrap(), "ERR_NGROK_3200");
    assert!(resp.text().contains("api.internal"), "{}", resp.text());

    let fallback = "on_http_request:\n  - actions:\n      - type: forward-internal\n        config: {url: 'https://api.internal', on_error: continue}\n      - type: custom-response\n        config: {status_code: 503, body: 'down: ${actions.ngrok.forward_internal.error.code} ${actions.ngrok.forward_internal.url}'}\n";
    let cont =
        agent.http_endpoint().traffic_policy(fallback).listen_and_forward(local(named("public").await)).await.unwrap();
    assert_eq!(get(&edge, cont.url()).await, (503, "down: ERR_NGROK_3200 https://api.internal".to_owned()));

    // Once the internal endpoint is online the same policies forward to it.
    let internal_agent = session(&edge).await;
    let mut b = internal_agent.http_endpoint();
    let internal = b.domain("api.internal").listen_and_forward(local(named("internal").await)).await;
    let internal = internal.expect("a .internal domain infers the internal binding");
    assert_eq!(get(&edge, halt.url()).await, (200, "internal".to_owned()));
    assert_eq!(get(&edge, cont.url()).await, (200, "internal".to_owned()));

    // ... and when it goes offline again, the forward fails again.
    drop(internal);
    edge.wait_for_url_gone("https://api.internal", common::WAIT).await.unwrap();
    assert_eq!(get(&edge, halt.url()).await.0, 404);
}

#[tokio::test]
async fn a_pool_of_internal_endpoints_shares_forwarded_requests() {
    let edge = edge().await;
    let mut keep = Vec::new();
    for name in ["a", "b"] {
        let agent = session(&edge).await;
        let mut b = agent.http_endpoint();
        let fwd = b.domain("api.internal").pooling_enabled(true).listen_and_forward(local(named(name).await)).await;
        keep.push((agent, fwd.expect("pooled internal endpoints bind one URL")));
    }
    let public_agent = session(&edge).await;
    let mut b = public_agent.http_endpoint();
    let public = b.traffic_policy(FORWARD).listen_and_forward(local(named("p").await)).await.unwrap();
    let mut seen = BTreeSet::new();
    for _ in 0..60 {
        let (status, body) = get(&edge, public.url()).await;
        assert_eq!(status, 200);
        seen.insert(body);
    }
    assert_eq!(seen, BTreeSet::from(["a".to_owned(), "b".to_owned()]));
}

#[tokio::test]
async fn bindings_are_checked_at_bind_as_the_service_checks_them() {
    let edge = edge().await;
    let agent = session(&edge).await;
    let up = local(upstream().await);
    let code = |r: Result<ngrok::forwarder::Forwarder<ngrok::tunnel::HttpTunnel>, ngrok::session::RpcError>| {
        r.err().and_then(|e| e.error_code().map(str::to_owned)).unwrap_or_else(|| "accepted".into())
    };
    let mut b = agent.http_endpoint();
    assert_eq!(
        code(b.domain("api.example.com").binding("internal").listen_and_forward(up.clone()).await),
        "ERR_NGROK_9029"
    );
    let mut b = agent.http_endpoint();
    assert_eq!(code(b.binding("internal").listen_and_forward(up.clone()).await), "ERR_NGROK_9028");
    let mut b = agent.http_endpoint();
    assert_eq!(
        code(b.domain("api.internal").binding("public").listen_and_forward(up.clone()).await),
        "ERR_NGROK_15005"
    );
    let tcp_phase =
        "on_tcp_connect:\n  - actions:\n      - type: restrict-ips\n        config: {allow: ['127.0.0.0/8']}\n";
    let mut b = agent.http_endpoint();
    assert_eq!(
        code(b.domain("api.internal").traffic_policy(tcp_phase).listen_and_forward(up.clone()).await),
        "ERR_NGROK_2262"
    );
    assert!(edge.endpoint_infos().is_empty(), "nothing refused went online");
}

#[tokio::test]
async fn a_forwarding_loop_ends_with_err_ngrok_3501() {
    let edge = edge().await;
    let agent = session(&edge).await;
    let loops = "on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: https://loop.internal\n";
    let mut b = agent.http_endpoint();
    let _internal = b.domain("loop.internal").traffic_policy(loops).listen_and_forward(local(named("never").await));
    let _internal = _internal.await.unwrap();
    let mut b = agent.http_endpoint();
    let public = b.traffic_policy(loops).listen_and_forward(local(named("never").await)).await.unwrap();
    let resp = edge.request(public.url(), Default::default()).await.unwrap();
    assert_eq!((resp.status, resp.header("ngrok-error-code")), (502, Some("ERR_NGROK_3501")), "{}", resp.text());
    assert!(resp.text().contains("ForwardInternal may only forward through 10 endpoints"), "{}", resp.text());
}

#[tokio::test]
async fn a_tcp_endpoint_forwards_its_connections_to_an_internal_tcp_endpoint() {
    let edge = edge().await;
    let agent = session(&edge).await;
    let policy = "on_tcp_connect:\n  - actions:\n      - type: forward-internal\n        config:\n          url: tcp://db.internal:5432\n";
    let mut b = agent.tcp_endpoint();
    let public = b.traffic_policy(policy).listen_and_forward(local(common::named_tcp("public").await)).await.unwrap();
    let read = |url: String| {
        let edge = edge.clone();
        async move {
            let mut conn = edge.tcp_connect(&url).await.unwrap();
            let mut got = String::new();
            let _ = tokio::io::AsyncReadExt::read_to_string(&mut conn, &mut got).await;
            got
        }
    };
    assert_eq!(read(public.url().to_owned()).await, "", "no internal endpoint online: the connection is closed");

    let mut b = agent.tcp_endpoint();
    let internal =
        b.remote_addr("db.internal:5432").binding("internal").listen_and_forward(local(common::named_tcp("db").await));
    let internal = internal.await.expect("an internal tcp endpoint binds with its port");
    assert_eq!(internal.url().to_string(), "tcp://db.internal:5432");
    assert_eq!(read(public.url().to_owned()).await, "db");
    let info = edge.endpoint_infos().into_iter().find(|e| e.url == "tcp://db.internal:5432").unwrap();
    assert_eq!(info.binding, "internal");
}
