//! The stand-in's `--pooling-enabled` and `--binding` as the edge enforces them: two agents
//! with `--url` on one URL and pooling on share its requests; `--binding internal` keeps an
//! endpoint off the public listeners, and a public endpoint's `forward-internal` reaches it.

use std::collections::BTreeMap;

use ngrok_sim::{Edge, EdgeOptions, PublicRequest};

use crate::support::{Agent, JSON_LOG, upstream, v2_config, write};

#[tokio::test]
async fn pooled_agents_share_a_url_and_an_internal_binding_is_reached_only_by_forward_internal() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let cfg = cfg.to_str().unwrap();
    let up = upstream().await.to_string();
    let mut agents = Vec::new();
    for member in ["x-member: a", "x-member: b"] {
        let mut args =
            vec!["http", up.as_str(), "--config", cfg, "--url", "https://pool.example.test", "--pooling-enabled"];
        args.extend(["--response-header-add", member]);
        args.extend(JSON_LOG);
        let mut agent = Agent::spawn(&args, &[]);
        assert_eq!(agent.wait_msg("started tunnel").await.unwrap().str("url"), "https://pool.example.test");
        agents.push(agent);
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for _ in 0..40 {
        let resp = edge.request("https://pool.example.test/", PublicRequest::default()).await.unwrap();
        assert_eq!(resp.status, 200, "{}", resp.text());
        *seen.entry(resp.header("x-member").unwrap_or_default().to_owned()).or_default() += 1;
    }
    assert_eq!(seen.keys().collect::<Vec<_>>(), ["a", "b"], "both members serve: {seen:?}");

    let mut args = vec!["http", up.as_str(), "--config", cfg, "--url", "https://api.internal", "--binding", "internal"];
    args.extend(JSON_LOG);
    let mut internal = Agent::spawn(&args, &[]);
    assert_eq!(internal.wait_msg("started tunnel").await.unwrap().str("url"), "https://api.internal");
    let direct = edge.request("https://api.internal/", PublicRequest::default()).await.unwrap();
    assert_eq!((direct.status, direct.header("ngrok-error-code")), (404, Some("ERR_NGROK_3200")));

    let policy = write(
        dir.path(),
        "forward.yml",
        "on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: https://api.internal\n",
    );
    let policy = policy.to_str().unwrap();
    let mut args =
        vec!["http", "9", "--config", cfg, "--url", "https://front.example.test", "--traffic-policy-file", policy];
    args.extend(JSON_LOG);
    let mut front = Agent::spawn(&args, &[]);
    front.wait_msg("started tunnel").await.unwrap();
    let resp = edge.request("https://front.example.test/via-front", PublicRequest::default()).await.unwrap();
    assert_eq!(resp.status, 200, "{}", resp.text());
    assert!(resp.text().starts_with("hello from upstream /via-front"), "{}", resp.text());
}
