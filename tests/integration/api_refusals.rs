//! What is refused and how: bad values before sending (exit 2, naming the flag), requests the
//! API description does not allow (the double answers 400 like the API), ngrok's error bodies
//! shown, and `event-streams` explaining that ngrok retired it.

use serde_json::{Value, json};

use crate::api_events::{KEY, api};
use crate::fake_api::FakeApi;
use crate::fake_api_spec::{SpecApi, schema, validate};
use crate::support::Sealed;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_values_exit_2_naming_the_flag_and_send_nothing() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let stream = "arn:aws:kinesis:us-east-1:1:stream/s";
    let unknown = env.write("t/unknown.json", r#"{"kinesis": {"stream_arn": "arn:x", "auth": {}}, "s3": {}}"#);
    let incomplete = env.write("t/azure.toml", "[azure_logs_ingestion]\ntenant_id = \"t\"\nclient_id = \"c\"\n");
    let two = env.write(
        "t/two.yaml",
        "datadog:\n  api_key: k\nkinesis:\n  stream_arn: arn:aws:k\n  auth:\n    role:\n      role_arn: arn:aws:r\n",
    );
    let long = "é".repeat(128); // 256 bytes
    let long_meta = "m".repeat(4097);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["ed", "create"], "invalid target: give one of --kinesis"),
        (vec!["ed", "create", "--kinesis", stream], "--role-arn ARN or --aws-keys-from-env"),
        (
            vec!["ed", "create", "--kinesis", "stream/s", "--role-arn", "arn:aws:iam::1:role/r"],
            "invalid --kinesis: kinesis.stream_arn \"stream/s\" is not an ARN",
        ),
        (vec!["ed", "create", "--kinesis", stream, "--role-arn", "role"], "invalid --role-arn"),
        (vec!["ed", "create", "--kinesis", stream, "--aws-keys-from-env"], "AWS_ACCESS_KEY_ID is not set"),
        (vec!["ed", "create", "--datadog"], "DD_API_KEY is not set"),
        (vec!["ed", "create", "--kinesis", stream, "--datadog"], "--datadog"),
        (vec!["ed", "create", "--target-file", unknown.to_str().unwrap()], "unknown field `s3`"),
        (vec!["ed", "create", "--target-file", incomplete.to_str().unwrap()], "missing field `client_secret`"),
        (
            vec!["ed", "create", "--target-file", two.to_str().unwrap()],
            "invalid --target-file: kinesis and datadog are set",
        ),
        (vec!["ed", "create", "--target-file", "/nonexistent/t.json"], "invalid --target-file: cannot read"),
        (
            vec!["ed", "create", "--kinesis", stream, "--role-arn", "arn:aws:r", "--format", "xml"],
            "invalid --format: \"xml\"",
        ),
        (
            vec!["ed", "create", "--kinesis", stream, "--role-arn", "arn:aws:r", "--description", &long],
            "invalid --description: is 256 bytes",
        ),
        (vec!["ed", "update", "ed_1"], "nothing to update"),
        (vec!["ed", "get", " "], "invalid ID: is empty"),
        (vec!["ed", "list", "--limit", "0"], "--limit"),
        (vec!["ed", "list", "--before-id", ""], "invalid --before-id"),
        (vec!["esub", "create", "--destination-id", "ed_1"], "invalid --source: at least one event type"),
        (vec!["esub", "create", "--source", "http_request_completed.v0"], "did you mean http_request_complete.v0?"),
        (
            vec!["esub", "create", "--source", "api_key_created.v0", "--destination-id", ""],
            "invalid --destination-id: contains an empty id",
        ),
        (vec!["esub", "update", "esb_1"], "nothing to update"),
        (vec!["esub", "update", "esb_1", "--metadata", &long_meta], "invalid --metadata: is 4097 characters"),
        (vec!["esub", "sources", "add", "esb_1", "tcp"], "invalid TYPE: \"tcp\" is not an ngrok event type"),
        (vec!["esub", "sources", "get", "", "tcp_connection_closed.v0"], "invalid ID: is empty"),
        (vec!["sessions", "stop", ""], "invalid ID: is empty"),
        (vec!["endpoints", "get", " "], "invalid ID: is empty"),
        (vec!["sessions", "list", "--timeout", "0s"], "--timeout"),
    ];
    for (args, needle) in cases {
        api(&env, &double).args(args).run().await.code(2).stderr_has(needle).hides(KEY);
    }
    assert!(double.seen().is_empty(), "nothing may be sent: {:?}", double.seen());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_double_refuses_what_the_api_description_refuses() {
    let double = SpecApi::start(KEY).await;
    let http = reqwest::Client::new();
    let post = |path: &str, body: Value| {
        http.post(format!("{}{path}", double.url())).bearer_auth(KEY).header("ngrok-version", "2").json(&body).send()
    };
    let role = json!({"role": {"role_arn": "arn:aws:iam::1:role/r"}});
    // (path, body, ngrok's error code, part of the message)
    let cases = [
        (
            "/event_destinations",
            json!({"target": {"kinesis": {"auth": role, "stream_arn": "arn:k"}}, "colour": "red"}),
            "ERR_NGROK_214",
            "parameter \"colour\" is unknown",
        ),
        (
            "/event_destinations",
            json!({"target": {"kinesis": {"auth": role, "arn": "arn:k"}}}),
            "ERR_NGROK_214",
            "parameter \"target.kinesis.arn\" is unknown and not expected. The supported fields are: auth, stream_arn",
        ),
        (
            "/event_destinations",
            json!({"target": {"kinesis": {"auth": {"role": {}}}}}),
            "ERR_NGROK_215",
            "parameter \"target.kinesis.auth.role.role_arn\" is required",
        ),
        ("/event_destinations", json!({"description": 7}), "ERR_NGROK_215", "\"description\" is invalid: want string"),
        ("/event_subscriptions", json!({"sources": "api_key_created.v0"}), "ERR_NGROK_215", "\"sources\" is invalid"),
        ("/event_subscriptions", json!({"destination_ids": ["ed_none"]}), "ERR_NGROK_380", "ed_none was referenced"),
    ];
    for (path, body, code, needle) in cases {
        let res = post(path, body.clone()).await.unwrap();
        let status = res.status().as_u16();
        let answer: Value = res.json().await.unwrap();
        assert_eq!((status, answer["status_code"].as_u64()), (400, Some(400)), "{body}: {answer}");
        assert_eq!(answer["error_code"], code, "{body}: {answer}");
        assert!(answer["msg"].as_str().unwrap().contains(needle), "{body}: {answer}");
    }
    assert_eq!(
        double.violations().len(),
        5,
        "the five schema refusals are recorded as such: {:?}",
        double.violations()
    );
    let unknown = http.get(format!("{}/event_streams", double.url())).bearer_auth(KEY).header("ngrok-version", "2");
    assert_eq!(unknown.send().await.unwrap().status().as_u16(), 404, "today's API has no /event_streams");
    let query =
        http.get(format!("{}/tunnel_sessions?colour=red", double.url())).bearer_auth(KEY).header("ngrok-version", "2");
    assert_eq!(query.send().await.unwrap().status().as_u16(), 400, "undeclared query parameters are refused");

    // Answers are built from the response schemas: each carries exactly the schema's fields.
    let made: Value = post("/event_destinations", json!({"format": "json", "target": {"datadog": {"api_key": "k"}}}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let fields = |name: &str| schema(name)["properties"].as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(made.as_object().unwrap().keys().cloned().collect::<Vec<_>>(), fields("EventDestination"));
    assert_eq!(made["target"].as_object().unwrap().keys().cloned().collect::<Vec<_>>(), fields("EventTarget"));
    validate(schema("EventDestination"), &made, "").unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_show_ngroks_body_and_the_key_stays_hidden() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let out = api(&env, &double)
        .args(["-vv", "esub", "create", "--source", "tcp_connection_closed.v0", "--destination-id", "ed_2missing"])
        .run()
        .await
        .code(1);
    out.stderr_has("could not create the event subscription")
        .stderr_has("HTTP 400")
        .stderr_has("The resource ed_2missing was referenced, but not found")
        .stderr_has("ERR_NGROK_380")
        .stderr_has("operation_id=op_fake0001")
        .hides(KEY);
    let wrong = "ak_wrongButSecret_42";
    let out = env
        .cmd()
        .env("NGROK_API_URL", double.url())
        .env("NGROK_API_KEY", wrong)
        .args(["-vv", "ed", "list"])
        .run()
        .await;
    out.code(1)
        .stderr_has("HTTP 401")
        .stderr_has("NGROK_API_KEY")
        .stderr_has("https://dashboard.ngrok.com/api")
        .hides(wrong);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn event_streams_explain_their_retirement() {
    let (env, double) = (Sealed::new(), SpecApi::start(KEY).await);
    let es = |args: &[&str]| api(&env, &double).args(["es"]).args(args.iter().copied());
    let created = es(&[
        "create",
        "--event-type",
        "http_request_complete",
        "--destination-id",
        "ed_1,ed_2",
        "--description",
        "web requests",
        "--sampling-rate",
        "0.5",
    ])
    .run()
    .await
    .code(1);
    created
        .stderr_has("ngrok has retired Event Streams")
        .stderr_has("prx-tunnel event-subscriptions create --source http_request_complete.v0 --destination-id ed_1 --destination-id ed_2 --description 'web requests'")
        .stderr_has("--sampling-rate have no equivalent")
        .stderr_has("prx-tunnel event-destinations list")
        .stderr_has("HTTP 404");
    es(&["list"]).run().await.code(1).stderr_has("retired").stderr_has("prx-tunnel event-subscriptions list");
    es(&["get", "es_1"]).run().await.code(1).stderr_has("retired");
    es(&["delete", "es_1"])
        .run()
        .await
        .code(1)
        .stderr_has("retired")
        .stderr_has("prx-tunnel event-subscriptions delete ESB_ID");
    es(&["update", "es_1", "--description", "x"])
        .run()
        .await
        .code(1)
        .stderr_has("retired")
        .stderr_has("event-subscriptions update");

    // Where Event Streams still exist, a missing stream is only that.
    let seed = FakeApi::start(KEY).await;
    let out = env
        .cmd()
        .env("NGROK_API_URL", seed.url())
        .env("NGROK_API_KEY", KEY)
        .args(["es", "get", "es_2none"])
        .run()
        .await;
    let out = out.code(1).stderr_has("not found").stderr_has("prx-tunnel es list");
    assert!(!out.stderr.contains("retired"), "{}", out.stderr);
}

#[test]
fn the_target_types_cover_every_target_the_api_description_defines() {
    use prx_tunnel::api::event_destinations::{
        AwsAuth, AwsCredentials, AwsRole, AzureLogsIngestion, CloudwatchLogs, Credential, Datadog, EventTarget,
        Firehose, Kinesis, TARGET_KINDS,
    };
    let creds = || AwsAuth {
        role: Some(AwsRole { role_arn: "arn:r".into() }),
        creds: Some(AwsCredentials {
            aws_access_key_id: Credential("i".into()),
            aws_secret_access_key: Credential("s".into()),
        }),
    };
    let every = EventTarget {
        firehose: Some(Firehose { auth: creds(), delivery_stream_arn: "arn:f".into() }),
        kinesis: Some(Kinesis { auth: creds(), stream_arn: "arn:k".into() }),
        cloudwatch_logs: Some(CloudwatchLogs { auth: creds(), log_group_arn: "arn:c".into() }),
        datadog: Some(Datadog {
            api_key: Some(Credential("k".into())),
            ddtags: Some("t".into()),
            service: Some("s".into()),
            ddsite: Some("d".into()),
        }),
        azure_logs_ingestion: Some(AzureLogsIngestion {
            tenant_id: "t".into(),
            client_id: "c".into(),
            client_secret: Credential("s".into()),
            logs_ingestion_uri: "https://x".into(),
            data_collection_rule_id: "r".into(),
            data_collection_stream_name: "n".into(),
        }),
    };
    let sent = serde_json::to_value(&every).unwrap();
    validate(schema("EventTarget"), &sent, "target").expect("nothing the description lacks");
    // Every property of every target schema is one prx-tunnel can send.
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<std::collections::BTreeSet<_>>();
    let same_keys = |value: &Value, schema_name: &str| {
        assert_eq!(keys(value), keys(&schema(schema_name)["properties"]), "{schema_name}");
    };
    same_keys(&sent, "EventTarget");
    let kinds = TARGET_KINDS.iter().map(|k| k.to_string()).collect::<std::collections::BTreeSet<_>>();
    assert_eq!(kinds, keys(&schema("EventTarget")["properties"]), "TARGET_KINDS");
    for (kind, schema_name) in [
        ("firehose", "EventTargetFirehose"),
        ("kinesis", "EventTargetKinesis"),
        ("cloudwatch_logs", "EventTargetCloudwatchLogs"),
        ("datadog", "EventTargetDatadog"),
        ("azure_logs_ingestion", "EventTargetAzureLogsIngestion"),
    ] {
        same_keys(&sent[kind], schema_name);
    }
    same_keys(&sent["kinesis"]["auth"], "AWSAuth");
    same_keys(&sent["kinesis"]["auth"]["creds"], "AWSCredentials");
}
