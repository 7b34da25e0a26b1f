//! Every Traffic Policy action, felt by a client through the real binary and the edge's policy
//! engine, in SDK mode and in CLI mode through the v3 agent stand-in: one policy file
//! (`tests/data/policy-all-actions.yml`) whose rules are scoped by path, plus the generated
//! rules of `request_headers`, `response_headers` and `webhook_verification`.

use std::path::Path;
use std::time::Duration;

use hmac::{Hmac, Mac};
use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::upstream::HELLO;
use super::world::{Mode, World};

fn at(path: &str) -> PublicRequest {
    PublicRequest { path: path.into(), ..Default::default() }
}

fn from(ip: &str, path: &str) -> PublicRequest {
    PublicRequest { source_ip: Some(ip.parse().unwrap()), ..at(path) }
}

async fn every_action_is_felt(mode: Mode) {
    let w = World::new(mode).await;
    let policy = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/policy-all-actions.yml");
    w.env.write("all-actions.yml", std::fs::read(policy).unwrap());
    let cfg = w.config(
        "traffic_policy_file = \"all-actions.yml\"\n\
         request_headers = { add = { X-Env = \"prod\" }, remove = [\"X-Debug\"] }\n\
         response_headers = { add = { X-Frame-Options = \"DENY\" } }\n",
    );
    let (run, url) = w.start(&cfg, &[]).await;
    super::contract::sent_as_policy(&w, "rate-limit");

    // deny, scoped by an expression: only /admin.
    let home = w.get(&url, at("/")).await;
    assert_eq!((home.status, home.text()), (200, HELLO.to_owned()));
    assert_eq!(home.header("x-frame-options"), Some("DENY"), "response_headers add: {:?}", home.headers);
    assert_eq!(w.get(&url, at("/admin/users")).await.status, 403);

    // custom-response with an interpolation.
    let teapot = w.get(&url, at("/teapot")).await;
    assert_eq!((teapot.status, teapot.text()), (418, "short and stout at /teapot".to_owned()));

    // basic-auth.
    let private = w.get(&url, at("/private")).await;
    assert_eq!(private.status, 401);
    assert!(private.header("www-authenticate").is_some(), "{:?}", private.headers);
    let authed = PublicRequest { basic_auth: Some(("bob".into(), "builder-1234".into())), ..at("/private") };
    assert_eq!(w.get(&url, authed).await.status, 200);

    // restrict-ips.
    assert_eq!(w.get(&url, from("127.0.0.1", "/ipr")).await.status, 200);
    assert_eq!(w.get(&url, from("127.0.0.2", "/ipr")).await.status, 403);

    // rate-limit keyed by the client's address: a second address has its own bucket.
    for n in 1..=2 {
        assert_eq!(w.get(&url, from("127.0.0.1", "/rl")).await.status, 200, "request {n} within capacity");
    }
    assert_eq!(w.get(&url, from("127.0.0.1", "/rl")).await.status, 429);
    assert_eq!(w.get(&url, from("127.0.0.3", "/rl")).await.status, 200, "another client, another bucket");

    // redirect.
    let moved = w.get(&url, at("/old")).await;
    assert_eq!(moved.status, 301);
    assert!(moved.header("location").is_some_and(|l| l.ends_with("/new")), "{:?}", moved.headers);

    // url-rewrite (the upstream's /headers echoes the request headers), add-headers and the
    // generated request_headers rules on the request.
    let debug = ("X-Debug".to_owned(), "1".to_owned());
    let rewritten = w.get(&url, PublicRequest { headers: vec![debug], ..at("/rewrite") }).await;
    let echoed = rewritten.text().to_ascii_lowercase();
    assert!(echoed.contains("x-env: prod"), "request_headers add reached the upstream:\n{echoed}");
    assert!(!echoed.contains("x-debug"), "request_headers remove:\n{echoed}");
    let headers = w.get(&url, at("/headers")).await.text().to_ascii_lowercase();
    assert!(headers.contains("x-policy-req: added"), "add-headers on the request:\n{headers}");

    // set-vars, read back by a custom-response.
    let vars = w.get(&url, at("/vars")).await;
    assert_eq!((vars.status, vars.text()), (200, "hello-from-vars".to_owned()));

    // log: recorded at the edge, the request still served.
    assert_eq!(w.get(&url, at("/logged")).await.status, 200);
    let log = w.edge.policy_logs().into_iter().find(|l| l.metadata["event"] == "logged-hit").expect("a log entry");
    assert_eq!(log.metadata["path"], "/logged");
    assert_eq!(log.rule_name.as_deref(), Some("logged"));

    // remove-headers and add-headers on the response.
    let strip = w.get(&url, at("/strip")).await;
    assert_eq!(strip.status, 200);
    assert_eq!(strip.header("content-type"), None, "{:?}", strip.headers);
    assert_eq!(strip.header("x-policy-res"), Some("status 200"));
    run.stop_cleanly().await;
}

#[tokio::test]
async fn every_action_is_felt_in_sdk_mode() {
    every_action_is_felt(Mode::Sdk).await;
}

#[tokio::test]
async fn every_action_is_felt_in_cli_mode_through_the_standin() {
    every_action_is_felt(Mode::standin()).await;
}

const GITHUB_SECRET: &str = "whsec-SECRET-for-github-42";

fn github_signature(body: &[u8]) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(GITHUB_SECRET.as_bytes()).unwrap();
    mac.update(body);
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// `webhook_verification` (a generated verify-webhook rule): a correctly signed GitHub
/// delivery reaches the upstream, a wrongly signed or unsigned one does not; the secret from
/// `${GITHUB_WEBHOOK_SECRET}` is never printed.
async fn webhook_verification_is_enforced(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config("webhook_verification = { provider = \"github\", secret = \"${GITHUB_WEBHOOK_SECRET}\" }\n");
    let mut run = w.cmd(&cfg).env("GITHUB_WEBHOOK_SECRET", GITHUB_SECRET).args(["-vv", "start"]).spawn();
    let url = run.line(super::world::URL_WAIT).await;
    super::contract::sent_as_policy(&w, "verify-webhook");
    let body = br#"{"zen":"Keep it logically awesome.","hook_id":1}"#.to_vec();
    let delivery = |signature: Option<String>| PublicRequest {
        method: "POST".into(),
        body: body.clone(),
        headers: signature
            .map(|s| vec![("X-Hub-Signature-256".to_owned(), s), ("X-GitHub-Event".to_owned(), "ping".to_owned())])
            .unwrap_or_default(),
        ..Default::default()
    };
    let served = w.upstream.served();
    let signed = w.get(&url, delivery(Some(github_signature(&body)))).await;
    assert_eq!((signed.status, signed.text()), (200, HELLO.to_owned()));
    let forged = w.get(&url, delivery(Some(github_signature(b"another body")))).await;
    assert_ne!(forged.status, 200, "a wrong signature is refused");
    let unsigned = w.get(&url, delivery(None)).await;
    assert_ne!(unsigned.status, 200, "an unsigned delivery is refused");
    assert_eq!(w.upstream.served(), served + 1, "only the signed delivery reached the upstream");
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    assert!(
        !run.stderr().contains(GITHUB_SECRET) && !run.stdout().contains(GITHUB_SECRET),
        "the webhook secret leaked"
    );
}

#[tokio::test]
async fn webhook_verification_in_sdk_mode() {
    webhook_verification_is_enforced(Mode::Sdk).await;
}

#[tokio::test]
async fn webhook_verification_in_cli_mode_through_the_standin() {
    webhook_verification_is_enforced(Mode::standin()).await;
}

/// An agent before 3.14 reads `policy:` with inbound/outbound phases: the same protection
/// reaches the edge through the stand-in reporting 3.13.0.
#[tokio::test]
async fn an_older_v3_agent_gets_the_policy_under_its_own_spelling() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config("basic_auth = \"alice:a-long-password\"\ncompression = true\n");
    let mut run = w.cmd(&cfg).env("NGROK_STANDIN_VERSION", "3.13.0").args(["start"]).spawn();
    let url = run.line(super::world::URL_WAIT).await;
    super::contract::sent_as_policy(&w, "basic-auth");
    assert_eq!(w.get(&url, at("/")).await.status, 401);
    let ok =
        PublicRequest { basic_auth: Some(("alice".into(), "a-long-password".into())), accept_gzip: true, ..at("/big") };
    let resp = w.get(&url, ok).await;
    assert_eq!((resp.status, resp.header("content-encoding")), (200, Some("gzip")));
    run.stop_cleanly().await;
}
