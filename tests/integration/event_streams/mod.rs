//! `prx-tunnel event-streams`, end to end: the real binary in a sealed environment against
//! the fake ngrok API (`fake_api`) — the commands here, their failures in `failures`, the
//! typed client and the fake itself in `client`.

mod client;
mod failures;

use serde_json::{Value, json};

use crate::fake_api::FakeApi;
use crate::support::{Cmd, Output, Sealed};

pub(super) const KEY: &str = "ak_2TestAPIkeyDoNotPrint0x51";

/// `prx-tunnel es …` pointed at the fake, with the key in NGROK_API_KEY.
pub(super) fn es(env: &Sealed, fake: &FakeApi) -> Cmd {
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
