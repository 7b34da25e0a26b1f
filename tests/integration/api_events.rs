//! `prx-tunnel event-destinations` and `event-subscriptions` (with `sources`), end to end: the
//! real binary in a sealed environment against the spec-driven API double (`fake_api_spec`),
//! which refuses any request ngrok's API description refuses and answers only what it allows.

use serde_json::{Value, json};

pub use crate::event_streams::{json_out, kv};
use crate::fake_api_spec::SpecApi;
use crate::support::{Cmd, Sealed};

pub const KEY: &str = "ak_2SpecAPIkeyDoNotPrint0x77";
const ROLE: &str = "arn:aws:iam::123456789012:role/ngrok-events";
const STREAM: &str = "arn:aws:kinesis:us-east-1:123456789012:stream/ngrok";
const DD_KEY: &str = "dd0123456789abcdefDDKEYsecret";
const AWS_ID: &str = "AKIAIOSFODNN7EXAMPLE";
const AWS_SECRET: &str = "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY";
const AZURE_SECRET: &str = "azureClientSecret~Zz9Yy8Xx7";

/// `prx-tunnel …` pointed at the double, with the key in NGROK_API_KEY.
pub fn api(env: &Sealed, double: &SpecApi) -> Cmd {
    env.cmd().env("NGROK_API_URL", double.url()).env("NGROK_API_KEY", KEY)
}

async fn kinesis_destination(env: &Sealed, double: &SpecApi, description: &str) -> String {
    let out = api(env, double)
        .args(["ed", "create", "--kinesis", STREAM, "--role-arn", ROLE, "--description", description])
        .run()
        .await
        .success();
    kv(&out, "id")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn event_destinations_create_list_get_update_delete() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let first = kinesis_destination(&env, &double, "kinesis one").await;
    let sent = double.seen_of("POST", "/event_destinations").remove(0).body.unwrap();
    assert_eq!(
        sent,
        json!({"description": "kinesis one", "format": "json",
               "target": {"kinesis": {"auth": {"role": {"role_arn": ROLE}}, "stream_arn": STREAM}}})
    );
    let mut ids = vec![first.clone()];
    for n in 0..3 {
        ids.push(kinesis_destination(&env, &double, &format!("kinesis {n}")).await);
    }

    let page = api(&env, &double).args(["ed", "list", "--limit", "3"]).run().await.success();
    let page = page.stderr_has(&format!("--before-id {}", ids[1])).stdout_has("kinesis").stdout_has(STREAM);
    assert_eq!(page.stdout.lines().count(), 4, "a header and three rows:\n{}", page.stdout);
    let gets = double.seen_of("GET", "/event_destinations").len();
    let all =
        json_out(&api(&env, &double).args(["ed", "list", "--all", "--limit", "3", "--json"]).run().await.success());
    let listed: Vec<&str> =
        all["event_destinations"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    let newest_first: Vec<&str> = ids.iter().rev().map(String::as_str).collect();
    assert_eq!((listed, &all["next_page_uri"]), (newest_first, &Value::Null));
    assert_eq!(double.seen_of("GET", "/event_destinations").len() - gets, 2, "two pages of three");

    let got = api(&env, &double).args(["ed", "get", &first]).run().await.success();
    assert_eq!((kv(&got, "target.kinesis.stream_arn"), kv(&got, "format")), (STREAM.to_owned(), "json".to_owned()));

    let updated = api(&env, &double).args(["ed", "update", &first, "--description", "renamed"]).run().await.success();
    assert_eq!(kv(&updated, "description"), "renamed");
    let patch = double.seen_of("PATCH", "/event_destinations").remove(0);
    assert_eq!(patch.body, Some(json!({"description": "renamed"})), "only what changed is sent");
    assert_eq!(double.item("event_destinations", &first).unwrap()["target"]["kinesis"]["stream_arn"], STREAM);

    api(&env, &double).args(["ed", "delete", &first]).run().await.success().stdout_has(&format!("deleted {first}"));
    let gone = api(&env, &double).args(["ed", "get", &first]).run().await.code(1);
    gone.stderr_has("not found")
        .stderr_has("prx-tunnel ed list")
        .stderr_has("HTTP 404")
        .stderr_has("Resource not found");
    assert_eq!(double.violations(), vec![], "every request matched ngrok's API description");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_target_kind_reaches_the_api_and_credentials_are_masked_everywhere() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let azure = format!(
        "azure_logs_ingestion:\n  tenant_id: t-1\n  client_id: c-1\n  client_secret: {AZURE_SECRET}\n  \
         logs_ingestion_uri: https://dce-1.eastus-1.ingest.monitor.azure.com\n  data_collection_rule_id: dcr-1\n  \
         data_collection_stream_name: Custom-ngrok\n"
    );
    let azure = env.write("targets/azure.yaml", azure);
    let cloudwatch = env.write(
        "targets/cw.toml",
        format!("[cloudwatch_logs]\nlog_group_arn = \"arn:aws:logs:us-east-1:1:log-group:ngrok\"\n[cloudwatch_logs.auth.role]\nrole_arn = \"{ROLE}\"\n"),
    );
    let firehose_json = env.write(
        "targets/fh.json",
        json!({"firehose": {"auth": {"creds": {"aws_access_key_id": AWS_ID, "aws_secret_access_key": AWS_SECRET}},
                            "delivery_stream_arn": "arn:aws:firehose:us-east-1:1:deliverystream/ngrok"}})
        .to_string(),
    );
    // (command, target kind, whether the target holds a credential shown masked)
    let runs: Vec<(Cmd, &str, bool)> = vec![
        (
            api(&env, &double).env("DD_API_KEY", DD_KEY).args([
                "ed",
                "create",
                "--datadog",
                "--datadog-site",
                "datadoghq.eu",
            ]),
            "datadog",
            true,
        ),
        (
            api(&env, &double).env("AWS_ACCESS_KEY_ID", AWS_ID).env("AWS_SECRET_ACCESS_KEY", AWS_SECRET).args([
                "ed",
                "create",
                "--firehose",
                "arn:aws:firehose:us-east-1:1:deliverystream/ngrok",
                "--aws-keys-from-env",
            ]),
            "firehose",
            true,
        ),
        (
            api(&env, &double).args(["ed", "create", "--target-file", azure.to_str().unwrap()]),
            "azure_logs_ingestion",
            true,
        ),
        (
            api(&env, &double).args(["ed", "create", "--target-file", cloudwatch.to_str().unwrap()]),
            "cloudwatch_logs",
            false,
        ),
        (
            api(&env, &double).args(["ed", "create", "--target-file", firehose_json.to_str().unwrap(), "--json"]),
            "firehose",
            true,
        ),
    ];
    let secrets = [KEY, DD_KEY, AWS_ID, AWS_SECRET, AZURE_SECRET];
    for (cmd, kind, masked) in runs {
        let out = cmd.args(["-vv"]).run().await.success();
        assert!(out.stdout.contains(kind), "{kind} shown:\n{}", out.stdout);
        assert_eq!(out.stdout.contains("********"), masked, "{kind}'s credentials masked:\n{}", out.stdout);
        secrets.iter().fold(out, |out, s| out.hides(s));
    }
    let sent: Vec<Value> = double.seen_of("POST", "/event_destinations").into_iter().filter_map(|s| s.body).collect();
    assert_eq!(
        sent[0]["target"]["datadog"],
        json!({"api_key": DD_KEY, "ddsite": "datadoghq.eu"}),
        "the key reaches the API"
    );
    assert_eq!(sent[1]["target"]["firehose"]["auth"]["creds"]["aws_secret_access_key"], AWS_SECRET);
    assert_eq!(sent[2]["target"]["azure_logs_ingestion"]["client_secret"], AZURE_SECRET);
    for list in [vec!["ed", "list"], vec!["ed", "list", "--json", "-vv"]] {
        let out = api(&env, &double).args(list).run().await.success().stdout_has("azure_logs_ingestion");
        secrets.iter().fold(out, |out, s| out.hides(s));
    }
    assert_eq!(double.violations(), vec![], "every target matched ngrok's API description");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_passes_the_apis_objects_through() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let ed = kinesis_destination(&env, &double, "as is").await;
    let printed = json_out(&api(&env, &double).args(["ed", "get", &ed, "--json"]).run().await.success());
    let served = double.seen_of("GET", &format!("/event_destinations/{ed}"));
    assert_eq!(served.len(), 1);
    let stored = double.item("event_destinations", &ed).unwrap();
    assert_eq!(printed["target"]["azure_logs_ingestion"], Value::Null, "the API's nulls are kept");
    assert_eq!(printed["id"], stored["id"]);
    assert_eq!(printed.as_object().unwrap().len(), 7, "every field of the EventDestination schema: {printed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn event_subscriptions_and_their_sources() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let ed1 = kinesis_destination(&env, &double, "one").await;
    let ed2 = kinesis_destination(&env, &double, "two").await;
    let created = api(&env, &double)
        .args(["esub", "create", "--source", "http_request_complete.v0,tcp_connection_closed.v0"])
        .args(["--destination-id", &ed1, "--description", "traffic", "--metadata", "{\"team\":\"web\"}"])
        .run()
        .await
        .success();
    let esb = kv(&created, "id");
    assert!(esb.starts_with("esb_"), "{esb}");
    assert_eq!(kv(&created, "sources"), "http_request_complete.v0,tcp_connection_closed.v0");
    assert_eq!(
        double.seen_of("POST", "/event_subscriptions").remove(0).body.unwrap(),
        json!({"metadata": "{\"team\":\"web\"}", "description": "traffic",
               "sources": [{"type": "http_request_complete.v0"}, {"type": "tcp_connection_closed.v0"}],
               "destination_ids": [ed1]})
    );
    for n in 0..2 {
        api(&env, &double)
            .args(["esub", "create", "--source", "api_key_created.v0", "--description", &format!("keys {n}")])
            .run()
            .await
            .success();
    }
    let page = api(&env, &double).args(["esub", "ls", "--limit", "2"]).run().await.success().stderr_has("--before-id");
    assert!(!page.stdout.contains("traffic"), "the oldest is on the second page:\n{}", page.stdout);
    let all =
        json_out(&api(&env, &double).args(["esub", "list", "--all", "--limit", "2", "--json"]).run().await.success());
    assert_eq!(all["event_subscriptions"].as_array().unwrap().len(), 3);

    let updated = api(&env, &double).args(["esub", "update", &esb, "--destination-id", &ed2]).run().await.success();
    assert_eq!(kv(&updated, "destinations"), ed2);
    assert_eq!(double.seen_of("PATCH", "/event_subscriptions").remove(0).body, Some(json!({"destination_ids": [ed2]})));
    assert_eq!(kv(&updated, "description"), "traffic", "fields not given are unchanged");

    let sources = |args: &[&str]| api(&env, &double).args(["esub", "sources"]).args(args.iter().copied());
    sources(&["add", &esb, "api_key_created.v0"]).run().await.success().stdout_has("api_key_created.v0");
    let listed = sources(&["list", &esb]).run().await.success();
    assert_eq!(listed.stdout.lines().skip(1).filter(|l| l.contains(".v0")).count(), 3, "{}", listed.stdout);
    let got = sources(&["get", &esb, "tcp_connection_closed.v0"]).run().await.success();
    assert!(kv(&got, "uri").ends_with(&format!("/event_subscriptions/{esb}/sources/tcp_connection_closed.v0")));
    sources(&["update", &esb, "tcp_connection_closed.v0"]).run().await.success().stdout_has("tcp_connection_closed.v0");
    assert_eq!(double.seen_of("PATCH", &format!("/event_subscriptions/{esb}/sources")).remove(0).body, Some(json!({})));
    sources(&["remove", &esb, "tcp_connection_closed.v0"])
        .run()
        .await
        .success()
        .stdout_has("removed tcp_connection_closed.v0");
    let gone = sources(&["get", &esb, "tcp_connection_closed.v0"]).run().await.code(1);
    gone.stderr_has("HTTP 404").stderr_has(&format!("prx-tunnel esub sources list {esb}"));

    let refused = api(&env, &double).args(["ed", "delete", &ed2]).run().await.code(1);
    refused.stderr_has("HTTP 400").stderr_has("still referenced").stderr_has("operation_id=");
    api(&env, &double).args(["esub", "delete", &esb]).run().await.success().stdout_has("deleted");
    api(&env, &double)
        .args(["esub", "get", &esb])
        .run()
        .await
        .code(1)
        .stderr_has("not found")
        .stderr_has("prx-tunnel esub list");
    api(&env, &double).args(["ed", "delete", &ed2]).run().await.success();
    assert_eq!(double.violations(), vec![], "every request matched ngrok's API description");
}
