//! `PublicUrls::Localhost`: http endpoints are named `http://<name>.localhost:<http port>` and
//! are served under that name on both public listeners, with their policies.

mod common;

use common::{HELLO, local, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;
use ngrok_sim::{Edge, EdgeOptions, PublicRequest, PublicUrls};

async fn edge() -> Edge {
    Edge::start(EdgeOptions { public_urls: PublicUrls::Localhost, ..Default::default() }).await.unwrap()
}

#[tokio::test]
async fn random_endpoint_is_a_localhost_name_on_the_http_port_and_served_by_both_listeners() {
    let edge = edge().await;
    let up = upstream().await;
    let fwd = session(&edge).await.http_endpoint().listen_and_forward(local(up)).await.unwrap();
    let url = fwd.url().to_owned();
    let port = edge.http_addr().port();
    let parsed = url::Url::parse(&url).unwrap();
    assert_eq!((parsed.scheme(), parsed.port()), ("http", Some(port)), "{url}");
    assert!(parsed.host_str().unwrap().ends_with(".localhost"), "{url}");
    assert_eq!(edge.public_addr(&url).unwrap(), edge.http_addr());

    let plain = edge.request(&url, PublicRequest::default()).await.unwrap();
    assert_eq!((plain.status, plain.text()), (200, HELLO.to_owned()));
    let https = format!("https://{}:{}/", parsed.host_str().unwrap(), edge.https_addr().port());
    let tls = edge.request(&https, PublicRequest::default()).await.unwrap();
    assert_eq!((tls.status, tls.text()), (200, HELLO.to_owned()), "the HTTPS listener serves the same name");
    assert_eq!(edge.binds()[0].url.as_deref(), Some(url.as_str()));
    assert_eq!(edge.endpoints()[0].0, url);
}

#[tokio::test]
async fn domain_and_policies_under_localhost() {
    let edge = edge().await;
    let up = upstream().await;
    let fwd = session(&edge)
        .await
        .http_endpoint()
        .domain("app.example.com")
        .basic_auth("me", "a-long-password")
        .listen_and_forward(local(up))
        .await
        .unwrap();
    let url = fwd.url().to_owned();
    assert_eq!(url, format!("http://app.example.com.localhost:{}", edge.http_addr().port()));
    assert_eq!(edge.request(&url, PublicRequest::default()).await.unwrap().status, 401);
    let ok = PublicRequest { basic_auth: Some(("me".into(), "a-long-password".into())), ..Default::default() };
    assert_eq!(edge.request(&url, ok).await.unwrap().text(), HELLO);
}
