//! `prx-tunnel diagnose` against the local edge: every stage passing (text and `--json`,
//! `--public` included), then each fault — edge down, unresolvable name, wrong CA, rejected
//! token (105/107), session limit (108), a refusing proxy, a bad config, no token — named at
//! its stage with cause, fix and the documented exit code.

use ngrok_sim::{Edge, EdgeOptions};
use serde_json::Value;

use super::proxy_servers::ProxyServer;
use super::support::Output;
use super::world::{Mode, TOKEN, World};

async fn diagnose(w: &World, cfg: &std::path::Path, args: &[&str]) -> Output {
    w.cmd(cfg)
        .env("PRX_TUNNEL_CONNECT_TO", format!(":443:{}", w.edge.https_addr()))
        .args(["diagnose"])
        .args(args)
        .run()
        .await
}

/// The world's config with `from` replaced by `to`.
fn config_with(w: &World, from: &str, to: &str) -> std::path::PathBuf {
    let cfg = w.config_named("changed.toml", "");
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(text.contains(from), "{from:?} is not in the config");
    std::fs::write(&cfg, text.replace(from, to)).unwrap();
    cfg
}

/// The line of stage `name` in the text report (and the cause/fix lines under it).
fn stage(out: &Output, name: &str) -> String {
    let mut lines = out.stdout.lines().skip_while(|l| l.split_whitespace().nth(1).is_none_or(|n| n != name));
    let first = lines.next().unwrap_or_else(|| panic!("no {name} line in:\n{}", out.stdout)).to_owned();
    let more: Vec<&str> =
        lines.take_while(|l| l.trim_start().starts_with("cause:") || l.trim_start().starts_with("fix:")).collect();
    format!("{first}\n{}", more.join("\n"))
}

fn assert_stage(out: &Output, name: &str, mark: &str, needles: &[&str]) {
    let text = stage(out, name);
    assert!(text.trim_start().starts_with(mark), "{name} is not {mark}:\n{}", out.stdout);
    for n in needles {
        assert!(text.contains(n), "{name} lacks {n:?}:\n{}", out.stdout);
    }
}

#[tokio::test]
async fn every_stage_passes_with_public() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let out = diagnose(&w, &cfg, &["--public"]).await.success().hides(TOKEN);
    for name in ["config", "authtoken", "dns", "tcp", "tls", "session", "endpoint", "public"] {
        assert_stage(&out, name, "OK", &[" ms"]);
    }
    assert_stage(&out, "tcp", "OK", &[&format!("connected to {} directly", w.edge.agent_addr())]);
    assert_stage(&out, "tls", "OK", &["certificate verified against ca_cert"]);
    assert_stage(&out, "session", "OK", &["Auth accepted"]);
    assert_stage(&out, "endpoint", "OK", &["bound https://", "then closed"]);
    assert_stage(&out, "public", "OK", &["came back through the tunnel: HTTP 200 OK"]);
    assert!(out.stdout.contains("All checks passed."), "{}", out.stdout);

    let json = diagnose(&w, &cfg, &["--json"]).await.success();
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!((v["ok"].as_bool(), v["exit_code"].as_u64()), (Some(true), Some(0)));
    let names: Vec<&str> = v["checks"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["config", "authtoken", "dns", "tcp", "tls", "session", "endpoint", "public"]);
    assert_eq!(v["checks"][7]["status"], "skip", "--public was not given");
    assert!(v["checks"][3]["ms"].is_u64());
}

#[tokio::test]
async fn edge_down_fails_at_tcp() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    w.edge.go_down().await;
    let out = diagnose(&w, &cfg, &[]).await.code(1);
    assert_stage(&out, "dns", "OK", &[]);
    assert_stage(&out, "tcp", "FAIL", &["cause: could not connect to", "refused", "fix:   check that", "server_addr"]);
    assert_stage(&out, "tls", "SKIP", &[]);
    assert!(out.stdout.contains("Failed: tcp (exit 1)."), "{}", out.stdout);
}

#[tokio::test]
async fn unresolvable_name_fails_at_dns() {
    let w = World::new(Mode::Sdk).await;
    let cfg = config_with(&w, &w.edge.agent_addr().to_string(), "no-such-ingress.invalid:443");
    let out = diagnose(&w, &cfg, &[]).await.code(1);
    assert_stage(
        &out,
        "dns",
        "FAIL",
        &["could not resolve no-such-ingress.invalid", "cause: name resolution failed", "fix:   check server_addr"],
    );
    assert_stage(&out, "tcp", "SKIP", &[]);
}

#[tokio::test]
async fn wrong_ca_fails_at_tls() {
    let w = World::new(Mode::Sdk).await;
    let other = Edge::start(EdgeOptions::default()).await.unwrap();
    let cfg =
        config_with(&w, &w.edge.ca_cert_path().display().to_string(), &other.ca_cert_path().display().to_string());
    let out = diagnose(&w, &cfg, &[]).await.code(1);
    assert_stage(&out, "tcp", "OK", &[]);
    assert_stage(
        &out,
        "tls",
        "FAIL",
        &["cause: the TLS handshake with 127.0.0.1 failed", "invalid peer certificate", "is not signed by ca_cert"],
    );
    assert_stage(&out, "session", "SKIP", &[]);
}

#[tokio::test]
async fn rejected_tokens_fail_at_session_with_exit_3() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    for (code, says) in [("ERR_NGROK_107", "well formed but not valid"), ("ERR_NGROK_105", "malformed")] {
        w.edge.fail_next_auth(code);
        let out = diagnose(&w, &cfg, &[]).await.code(3).hides(TOKEN);
        assert_stage(&out, "tls", "OK", &[]);
        assert_stage(
            &out,
            "session",
            "FAIL",
            &[&format!("ngrok refused the session ({code})"), says, "it came from config file", "dashboard.ngrok.com"],
        );
        assert_stage(&out, "endpoint", "SKIP", &[]);
    }
}

#[tokio::test]
async fn session_limit_fails_at_session() {
    let w = World::with(Mode::Sdk, EdgeOptions { session_limit: Some(1), ..Default::default() }).await;
    let cfg = w.config("");
    let (mut run, _url) = w.start(&cfg, &[]).await;
    let out = diagnose(&w, &cfg, &[]).await.code(1);
    assert_stage(
        &out,
        "session",
        "FAIL",
        &["ERR_NGROK_108", "limit of simultaneous agent sessions", "dashboard.ngrok.com/agents"],
    );
    run.signal(nix::sys::signal::Signal::SIGTERM);
    run.wait(std::time::Duration::from_secs(10)).await;
}

#[tokio::test]
async fn a_refusing_proxy_fails_at_tcp_naming_it() {
    let squid = ProxyServer::squid(Some(("u", "proxy-pass-123"))).await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let out = w.cmd(&cfg).env("HTTPS_PROXY", squid.url("http", None)).args(["diagnose"]).run().await.code(1);
    let shown = squid.url("http", None);
    assert!(
        out.stdout.starts_with(&format!(
            "prx-tunnel diagnose: ingress {}, through the proxy {shown} (HTTPS_PROXY",
            w.edge.agent_addr()
        )),
        "{}",
        out.stdout
    );
    assert_stage(
        &out,
        "tcp",
        "FAIL",
        &[
            &format!("cause: the proxy {shown} requires authentication (HTTP 407"),
            "fix:   put the user and password into HTTPS_PROXY",
        ],
    );
}

#[tokio::test]
async fn bad_config_and_missing_token() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config_named("bad.toml", "regin = \"eu\"\n");
    let out = diagnose(&w, &cfg, &[]).await.code(2);
    assert_stage(&out, "config", "FAIL", &["cause:", "regin", "did you mean \"region\""]);
    assert_stage(&out, "session", "SKIP", &[]);
    let cfg = config_with(&w, &format!("authtoken = \"{TOKEN}\"\n"), "");
    let out = diagnose(&w, &cfg, &[]).await.code(3);
    assert_stage(&out, "authtoken", "FAIL", &["no authtoken", "NGROK_AUTHTOKEN"]);
    assert_stage(&out, "tls", "OK", &[]);
    assert_stage(&out, "session", "FAIL", &["ERR_NGROK_4018"]);
}

#[tokio::test]
async fn a_proxy_refused_by_the_plan_is_explained() {
    let squid = ProxyServer::squid(None).await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!("proxy_url = {:?}\n", squid.url("http", None)));
    w.edge.fail_next_auth("ERR_NGROK_9009");
    let out = diagnose(&w, &cfg, &[]).await.code(1);
    assert_stage(&out, "tcp", "OK", &[&format!("through the proxy {}", squid.url("http", None))]);
    assert_stage(&out, "session", "FAIL", &["ERR_NGROK_9009", "Pay-as-you-go", "remove proxy_url"]);
}
