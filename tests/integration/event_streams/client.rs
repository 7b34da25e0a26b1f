//! The typed Event Streams client on its own, and the fake API behaving like ngrok's.

use std::time::Duration;

use prx_tunnel::api::event_streams::{CreateEventStream, EventType, ListParams};
use prx_tunnel::api::{Client, Error, RetryPolicy};
use prx_tunnel::secret::Secret;
use serde_json::{Value, json};

use crate::fake_api::FakeApi;

use super::KEY;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_on_its_own() {
    let fake = FakeApi::start(KEY).await;
    let ids = fake.seed(5);
    let fast = RetryPolicy { base_delay: Duration::from_millis(5), max_attempts: 2, ..RetryPolicy::default() };
    let client = Client::builder(fake.url(), Secret::new(KEY)).retry(fast).build().unwrap();
    assert!(!format!("{client:?}").contains(KEY), "Debug of the client shows the key");
    let es = client.event_streams();
    let all = es.list_all(&ListParams { before_id: None, limit: Some(2) }).await.unwrap();
    assert_eq!(all.event_streams.len(), 5);
    assert_eq!((all.next_page_uri, fake.count("GET")), (None, 3));
    let created =
        es.create(&CreateEventStream::new(EventType::TcpConnectionClosed, vec!["ed_2".into()])).await.unwrap();
    assert_eq!(es.get(&created.id).await.unwrap(), created);
    fake.fail_next(2, 503, None);
    match es.get(&ids[0]).await {
        Err(Error::Api { status, attempts: 2, .. }) => assert_eq!(status.as_u16(), 503),
        other => panic!("expected a 503 after 2 attempts, got {other:?}"),
    }
    assert_eq!(fake.count("GET"), 6);
    match es.delete("es_2nothing").await {
        Err(Error::Api { status, body, .. }) => {
            assert_eq!((status.as_u16(), body.msg.as_str()), (404, "Resource not found"))
        }
        other => panic!("expected 404, got {other:?}"),
    }
    let wrong = Client::new(fake.url(), Secret::new("ak_wrong")).unwrap();
    assert_eq!(wrong.event_streams().get(&ids[0]).await.unwrap_err().status().map(|s| s.as_u16()), Some(401));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fake_behaves_like_the_api() {
    let fake = FakeApi::start(KEY).await;
    let http = reqwest::Client::new();
    let url = format!("{}/event_streams", fake.url());
    let send = |req: reqwest::RequestBuilder| async move {
        let res = req.send().await.unwrap();
        (res.status().as_u16(), res.json::<Value>().await.unwrap_or(Value::Null))
    };
    let (status, body) = send(http.get(&url).header("ngrok-version", "2")).await;
    assert_eq!((status, body["status_code"].as_u64()), (401, Some(401)));
    let authed = |req: reqwest::RequestBuilder| req.bearer_auth(KEY).header("ngrok-version", "2");
    assert_eq!(send(http.get(&url).bearer_auth(KEY)).await.0, 400, "the version header is required");
    let post = |body: &str| authed(http.post(&url)).header("content-type", "application/json").body(body.to_owned());
    for bad in [
        "{",
        r#"{"event_type":"x","destination_ids":["ed_1"],"sampling_rate":1}"#,
        r#"{"event_type":"tcp_connection_closed","destination_ids":[],"sampling_rate":1}"#,
        r#"{"event_type":"tcp_connection_closed","destination_ids":["ed_1"],"sampling_rate":0}"#,
    ] {
        let (status, body) = send(post(bad)).await;
        assert_eq!((status, body["status_code"].as_u64()), (400, Some(400)), "{bad}: {body}");
        assert!(body["msg"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let (status, created) =
        send(post(r#"{"event_type":"tcp_connection_closed","destination_ids":["ed_1"],"sampling_rate":0.5}"#)).await;
    assert_eq!(status, 201);
    assert!(
        created["id"].as_str().unwrap().starts_with("es_") && created["created_at"].as_str().unwrap().ends_with('Z')
    );
    let (status, body) = send(authed(http.get(format!("{url}/es_2none")))).await;
    assert_eq!(
        (status, &body["msg"], &body["details"]["operation_id"]),
        (404, &json!("Resource not found"), &json!("op_fake0001"))
    );
    assert_eq!(fake.count("POST"), 5);
}
