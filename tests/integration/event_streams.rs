//! `prx-tunnel event-streams`, end to end: the real binary in a sealed environment against
//! the fake ngrok API (`fake_api`), plus the typed client and the fake itself.

use std::time::Duration;

use prx_tunnel::api::event_streams::{CreateEventStream, EventType, ListParams};
use prx_tunnel::api::{Client, Error, RetryPolicy};
use prx_tunnel::secret::Secret;
use serde_json::{Value, json};

use crate::fake_api::FakeApi;
use crate::support::{Cmd, Output, Sealed};

const KEY: &str = "ak_2TestAPIkeyDoNotPrint0x51";

/// `prx-tunnel es …` pointed at the fake, with the key in NGROK_API_KEY.
fn es(env: &Sealed, fake: &FakeApi) -> Cmd {
    env.cmd().env("NGROK_API_URL", fake.url()).env("NGROK_API_KEY", KEY).args(["es"])
}

/// The value of `key` in a key/value view.
pub fn kv(out: &Output, key: &str) -> String {
    let line = out.stdout.lines().find(|l| l.split_whitespace().next() == Some(key));
    line.map(|l| l[key.len()..].trim().to_owned()).unwrap_or_else(|| panic!("no {key:?} line in:\n{}", out.stdout))
}

/// stdout as JSON.
pub fn json_out(out: &Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", out.stdout))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_end_to_end() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let created = es(&env, &fake)
        .args([
            "create",
            "--event-type",
            "http_request_complete",
            "--destination-id",
            "ed_1",
            "--destination-id",
            "ed_2",
        ])
        .args(["--field", "http.request.method", "--field", "http.response.status_code,conn.client_ip"])
        .args(["--sampling-rate", "0.5", "--description", "web requests", "--metadata", r#"{"team":"web"}"#])
        .run()
        .await
        .success()
        .hides(KEY);
    let id = kv(&created, "id");
    assert!(id.starts_with("es_"), "{}", created.stdout);
    let stored = fake.stream(&id).expect("created on the API");
    assert_eq!(stored["fields"], json!(["http.request.method", "http.response.status_code", "conn.client_ip"]));
    assert_eq!(stored["destination_ids"], json!(["ed_1", "ed_2"]));
    assert_eq!((stored["sampling_rate"].as_f64(), stored["metadata"].as_str()), (Some(0.5), Some(r#"{"team":"web"}"#)));
    let shown = ["event_type", "sampling_rate", "destination_ids", "description"].map(|k| kv(&created, k));
    assert_eq!(shown, ["http_request_complete", "0.50", "ed_1, ed_2", "web requests"].map(String::from));
    let value_columns: std::collections::BTreeSet<usize> =
        created.stdout.lines().filter_map(|l| l.find("  ").map(|i| l.len() - l[i..].trim_start().len())).collect();
    assert_eq!(value_columns.len(), 1, "values are aligned:\n{}", created.stdout);

    let got = es(&env, &fake).args(["get", &id]).run().await.success();
    assert_eq!(
        (kv(&got, "id"), kv(&got, "created_at")),
        (id.clone(), stored["created_at"].as_str().unwrap().to_owned())
    );
    let updated = es(&env, &fake)
        .args(["update", &id, "--sampling-rate", "0.25", "--description", "a quarter"])
        .run()
        .await
        .success();
    assert_eq!((kv(&updated, "sampling_rate"), kv(&updated, "description")), ("0.25".into(), "a quarter".into()));
    let patch = fake.seen().into_iter().find(|s| s.method == "PATCH").unwrap();
    assert_eq!(patch.target, format!("/event_streams/{id}"));
    assert_eq!(
        patch.body,
        Some(json!({"description": "a quarter", "sampling_rate": 0.25})),
        "PATCH sends only the given fields"
    );
    assert_eq!(fake.stream(&id).unwrap()["fields"].as_array().unwrap().len(), 3, "fields untouched by the update");
    es(&env, &fake)
        .args(["update", &id, "--clear-fields", "--destination-id", "ed_3", "--metadata", ""])
        .run()
        .await
        .success();
    assert_eq!(fake.stream(&id).unwrap()["fields"], json!([]));
    assert_eq!(fake.stream(&id).unwrap()["destination_ids"], json!(["ed_3"]));

    let listed = env
        .cmd()
        .env("NGROK_API_URL", fake.url())
        .env("NGROK_API_KEY", KEY)
        .args(["event-streams", "ls"])
        .run()
        .await
        .success();
    let lines: Vec<&str> = listed.stdout.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("EVENT TYPE") && lines[0].contains("DESTINATIONS"),
        "{}",
        listed.stdout
    );
    assert!(lines[1].starts_with(&id) && lines[1].contains("0.25") && lines[1].contains("ed_3"), "{}", listed.stdout);

    es(&env, &fake).args(["delete", &id]).run().await.success().stdout_has(&format!("deleted {id}"));
    assert_eq!(fake.len(), 0);
    es(&env, &fake).args(["list"]).run().await.success().stdout_has("No event streams.");
    assert_eq!((fake.count("POST"), fake.count("PATCH"), fake.count("DELETE")), (1, 2, 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_prints_the_api_objects_unchanged() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let out = es(&env, &fake)
        .args(["--json", "create", "--event-type", "tcp_connection_closed", "--destination-id", "ed_1"])
        .run()
        .await
        .success();
    let created = json_out(&out);
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created, fake.stream(&id).unwrap());
    assert_eq!(created["sampling_rate"], json!(1.0), "create defaults to every event");
    let got = json_out(&es(&env, &fake).args(["get", &id, "--json"]).run().await.success());
    assert_eq!(got, fake.stream(&id).unwrap());
    let page = json_out(&es(&env, &fake).args(["list", "--json"]).run().await.success());
    assert_eq!(
        page,
        json!({"event_streams": [got], "uri": "https://api.ngrok.com/event_streams", "next_page_uri": null})
    );
    let gone = json_out(&es(&env, &fake).args(["rm", &id, "--json"]).run().await.success());
    assert_eq!(gone, json!({"id": id, "deleted": true}));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_pages_and_all_follows_next_page_uri_on_the_configured_host() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let ids = fake.seed(7); // oldest first; the API lists newest first
    let first = es(&env, &fake).args(["list", "--limit", "3"]).run().await.success();
    let shown: Vec<&str> = first.stdout.lines().skip(1).map(|l| l.split_whitespace().next().unwrap()).collect();
    assert_eq!(shown, [&ids[6], &ids[5], &ids[4]].map(String::as_str));
    assert!(
        first.stderr.contains(&format!("--before-id {}", ids[4])) && first.stderr.contains("--all"),
        "{}",
        first.stderr
    );

    let second = es(&env, &fake).args(["list", "--limit", "3", "--before-id", &ids[4]]).run().await.success();
    assert_eq!(second.stdout.lines().nth(1).unwrap().split_whitespace().next(), Some(ids[3].as_str()));
    assert_eq!(fake.seen().last().unwrap().target, format!("/event_streams?before_id={}&limit=3", ids[4]));

    let before = fake.count("GET");
    let all = es(&env, &fake).args(["list", "--all", "--limit", "3"]).run().await.success();
    assert_eq!(fake.count("GET") - before, 3, "7 streams, 3 per page: 3 pages, every one from the fake");
    assert_eq!(all.stdout.lines().count(), 8, "header + 7 rows:\n{}", all.stdout);
    assert!(!all.stderr.contains("--before-id"), "{}", all.stderr);
    let merged = json_out(&es(&env, &fake).args(["list", "--all", "--limit", "2", "--json"]).run().await.success());
    let got: Vec<&str> =
        merged["event_streams"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    let want: Vec<&str> = ids.iter().rev().map(String::as_str).collect();
    assert_eq!((got, &merged["next_page_uri"]), (want, &Value::Null));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_parameters_exit_2_and_send_nothing() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let create = ["create", "--event-type", "http_request_complete", "--destination-id", "ed_1"];
    let long_meta = "m".repeat(4097);
    let long_desc = "é".repeat(128); // 128 characters, 256 bytes
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            [&create[..], &["--metadata", &long_meta]].concat(),
            "--metadata: is 4097 bytes long; the API accepts at most 4096",
        ),
        ([&create[..], &["--description", &long_desc]].concat(), "--description: is 256 bytes long"),
        (vec!["create", "--event-type", "tcp", "--destination-id", "ed_1"], "--event-type"),
        ([&create[..], &["--sampling-rate", "0"]].concat(), "--sampling-rate: 0 is out of range"),
        ([&create[..], &["--sampling-rate", "1.5"]].concat(), "--sampling-rate: 1.5 is out of range"),
        ([&create[..], &["--sampling-rate", "lots"]].concat(), "--sampling-rate"),
        ([&create[..], &["--field", "a,,b"]].concat(), "--field: contains an empty field name"),
        (
            vec!["create", "--event-type", "http_request_complete"],
            "--destination-id: at least one Event Destination id is required",
        ),
        (vec!["create", "--destination-id", "ed_1"], "--event-type"),
        (vec!["get", ""], "invalid ID: is empty"),
        (vec!["delete", "  "], "invalid ID: is empty"),
        (vec!["update", "", "--sampling-rate", "1"], "invalid ID: is empty"),
        (vec!["update", "es_1"], "nothing to update"),
        (vec!["update", "es_1", "--sampling-rate", "0.001"], "--sampling-rate"),
        (vec!["update", "es_1", "--destination-id", ""], "--destination-id: contains an empty id"),
        (vec!["update", "es_1", "--event-type", "tcp_connection_closed"], "--event-type"),
        (vec!["list", "--limit", "0"], "--limit"),
        (vec!["list", "--before-id", ""], "--before-id"),
        (vec!["list", "--timeout", "0s"], "--timeout"),
        (vec!["list", "--timeout", "soon"], "--timeout"),
    ];
    for (args, needle) in cases {
        es(&env, &fake).args(args).run().await.code(2).stderr_has(needle).hides(KEY);
    }
    env.cmd()
        .env("NGROK_API_URL", "ftp://api.example")
        .env("NGROK_API_KEY", KEY)
        .args(["es", "list"])
        .run()
        .await
        .code(2)
        .stderr_has("--api-url");
    env.cmd()
        .args(["es", "list"])
        .env("NGROK_API_URL", fake.url())
        .run()
        .await
        .code(2)
        .stderr_has("no ngrok API key")
        .stderr_has("https://dashboard.ngrok.com/api");
    assert!(fake.seen().is_empty(), "nothing may be sent: {:?}", fake.seen());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejected_key_says_where_it_came_from_and_where_api_keys_are_made() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let wrong = "2authtokenNotAnApiKey_abcdef";
    let config =
        env.write("conf/prx.toml", format!("[tunnel]\nbackend = \"ngrok\"\n\n[tunnel.ngrok]\napi_key = \"{wrong}\"\n"));
    let base = || env.cmd().env("NGROK_API_URL", fake.url());
    let runs = [
        (base().args(["es", "list", "--api-key", wrong]), "the --api-key flag"),
        (base().env("NGROK_API_KEY", wrong).args(["es", "list"]), "the NGROK_API_KEY environment variable"),
        (
            base().args(["--config", config.to_str().unwrap(), "es", "list"]),
            "api_key in [tunnel.ngrok] of the config file",
        ),
    ];
    for (cmd, source) in runs {
        let out = cmd.run().await.code(1).stderr_has(source).stderr_has("https://dashboard.ngrok.com/api");
        out.stderr_has("authtoken").stderr_has("HTTP 401").stderr_has("ERR_NGROK_202").hides(wrong);
    }
    assert_eq!(fake.count("GET"), 3, "a 401 is not retried");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_key_from_the_config_file_and_precedence() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    fake.seed(1);
    let config =
        env.write("conf/prx.toml", format!("[tunnel]\nbackend = \"ngrok\"\n\n[tunnel.ngrok]\napi_key = \"{KEY}\"\n"));
    let cfg = config.to_str().unwrap();
    let base = || env.cmd().env("NGROK_API_URL", fake.url());
    base().args(["--config", cfg, "es", "list"]).run().await.success().stdout_has("seeded 0").hides(KEY);
    base()
        .env("NGROK_API_KEY", "ak_wrong_from_env")
        .args(["--config", cfg, "es", "list"])
        .run()
        .await
        .code(1)
        .stderr_has("NGROK_API_KEY");
    base()
        .env("NGROK_API_KEY", "ak_wrong_from_env")
        .args(["es", "list", "--api-key", KEY])
        .run()
        .await
        .success()
        .hides(KEY);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_are_shown_with_ngroks_error_body() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    for verb in ["get", "delete"] {
        es(&env, &fake)
            .args([verb, "es_2missing"])
            .run()
            .await
            .code(1)
            .stderr_has("HTTP 404")
            .stderr_has("Resource not found")
            .stderr_has("operation_id=op_fake0001")
            .stderr_has("es_2missing");
    }
    es(&env, &fake).args(["update", "es_2missing", "--description", "x"]).run().await.code(1).stderr_has("not found");
    let out = es(&env, &fake)
        .args(["create", "--event-type", "tcp_connection_closed", "--destination-id", "ed_404"])
        .run()
        .await
        .code(1);
    out.stderr_has("could not create the event stream")
        .stderr_has("HTTP 400")
        .stderr_has(r#"Event Destination "ed_404" does not exist"#)
        .stderr_has("ERR_NGROK_400");
    assert_eq!(fake.len(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_and_delete_are_retried_create_and_update_are_not() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let id = fake.seed(1).remove(0);
    fake.fail_next(1, 503, None);
    es(&env, &fake)
        .args(["get", &id])
        .run()
        .await
        .success()
        .stdout_has(&id)
        .stderr_has("HTTP 503")
        .stderr_has("retrying");
    assert_eq!(fake.count("GET"), 2);

    fake.fail_next(1, 503, None);
    let out = es(&env, &fake)
        .args(["create", "--event-type", "tcp_connection_closed", "--destination-id", "ed_1"])
        .run()
        .await
        .code(1);
    out.stderr_has("HTTP 503").stderr_has("temporarily unavailable");
    assert_eq!((fake.count("POST"), fake.len()), (1, 1), "POST must not be retried");
    fake.fail_next(1, 502, None);
    es(&env, &fake).args(["update", &id, "--sampling-rate", "0.5"]).run().await.code(1).stderr_has("HTTP 502");
    assert_eq!(fake.count("PATCH"), 1, "PATCH must not be retried");

    fake.fail_next(1, 429, Some("1"));
    es(&env, &fake).args(["delete", &id]).run().await.success().stdout_has("deleted");
    let deletes: Vec<_> = fake.seen().into_iter().filter(|s| s.method == "DELETE").collect();
    assert_eq!(deletes.len(), 2);
    let waited = deletes[1].at - deletes[0].at;
    assert!(waited >= Duration::from_millis(950), "Retry-After: 1 honoured, waited only {waited:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_are_bounded() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    fake.fail_next(4, 503, None);
    es(&env, &fake).args(["list"]).run().await.code(1).stderr_has("gave up after 4 attempts");
    assert_eq!(fake.count("GET"), 4);
    fake.fail_next(1, 503, Some("3600"));
    let started = std::time::Instant::now();
    es(&env, &fake).args(["get", "es_1"]).run().await.code(1).stderr_has("asked to retry after 1h");
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(fake.count("GET"), 5, "a Retry-After beyond the cap is not waited for");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn network_failures_and_timeouts_name_the_url() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap(); // bound, then closed
    let url = format!("http://{closed}");
    let out = env.cmd().env("NGROK_API_KEY", KEY).args(["es", "get", "es_1", "--api-url", &url]).run().await.code(1);
    out.stderr_has("could not reach the ngrok API").stderr_has(&format!("GET {url}/event_streams/es_1")).hides(KEY);

    fake.stall_next();
    let out = es(&env, &fake).args(["list", "--timeout", "500ms"]).run().await.code(1);
    out.stderr_has("did not answer within 500ms").stderr_has(&format!("{}/event_streams", fake.url()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_key_is_in_no_output_even_at_trace_level() {
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let out = es(&env, &fake)
        .args(["-vv", "create", "--event-type", "tcp_connection_closed", "--destination-id", "ed_1"])
        .run()
        .await
        .success();
    let out = out.stderr_has("ngrok API request").hides(KEY);
    assert!(out.stderr.to_lowercase().contains("trace"), "-vv must really log at trace level:\n{}", out.stderr);
    fake.fail_next(1, 500, None);
    es(&env, &fake).args(["-vv", "list", "--all", "--json"]).run().await.success().hides(KEY);
    env.cmd()
        .env("NGROK_API_URL", fake.url())
        .args(["-vv", "es", "list", "--api-key", "ak_wrong_but_secret_9"])
        .run()
        .await
        .code(1)
        .hides("ak_wrong_but_secret_9");
    env.cmd().args(["es", "--help"]).env("NGROK_API_KEY", KEY).run().await.success().stdout_has("Examples:").hides(KEY);
}

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
