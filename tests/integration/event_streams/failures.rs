//! How `prx-tunnel event-streams` fails: bad parameters, rejected keys, API errors, retries,
//! network failures — and the key in no output.

use std::time::Duration;

use crate::fake_api::FakeApi;
use crate::support::Sealed;

use super::{KEY, es};

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
