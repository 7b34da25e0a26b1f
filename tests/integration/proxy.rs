//! Outbound proxies, SDK mode, through real servers (squid, microsocks): the tunnel comes up
//! through each and serves, the edge sees the proxy as the agent, `NO_PROXY` bypasses it, and a
//! proxy that refuses ends in an error naming it (password masked) and the fix.

use std::net::IpAddr;
use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::proxy_servers::{ProxyServer, SOCKS_OUT, SQUID_OUT};
use super::support::{Cmd, Running};
use super::upstream::HELLO;
use super::world::{Mode, URL_WAIT, World};

/// A recognisable proxy password: tests grep every output for it.
pub const PROXY_PASSWORD: &str = "proxy-SECRET-pw-7788";
const USER: &str = "tunnel-user";

/// Starts `cmd start`, waits for the URL, checks it serves and that the edge's session came
/// from `from`; returns the running tunnel.
async fn serves_from(w: &World, cmd: Cmd, from: &str) -> Running {
    let mut run = cmd.args(["start"]).spawn();
    let url = run.line(URL_WAIT).await;
    assert!(url.starts_with("https://"), "not a URL: {url}\n{}", run.stderr());
    let res = w.get(&url, PublicRequest::default()).await;
    assert_eq!((res.status, res.text().contains(HELLO)), (200, true), "{}", res.text());
    let sessions = w.edge.sessions();
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        sessions[0].remote_addr.ip(),
        from.parse::<IpAddr>().unwrap(),
        "the agent's address as the edge sees it"
    );
    run
}

async fn stop(mut run: Running) -> String {
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "{}", run.stderr());
    run.stderr()
}

#[tokio::test]
async fn proxy_url_through_squid_serves() {
    let squid = ProxyServer::squid(None).await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!("proxy_url = {:?}\n", squid.url("http", None)));
    let run = serves_from(&w, w.cmd(&cfg), SQUID_OUT).await;
    stop(run).await;
    squid.logged(&format!("CONNECT {}", w.edge.agent_addr())).await;
}

#[tokio::test]
async fn https_proxy_env_through_squid_with_auth() {
    let squid = ProxyServer::squid(Some((USER, PROXY_PASSWORD))).await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let cmd = w.cmd(&cfg).env("HTTPS_PROXY", squid.url("http", Some((USER, PROXY_PASSWORD))));
    let run = serves_from(&w, cmd.args(["-v"]), SQUID_OUT).await;
    let stderr = stop(run).await;
    assert!(!stderr.contains(PROXY_PASSWORD), "{stderr}");
    squid.logged(USER).await;
}

#[tokio::test]
async fn all_proxy_env_through_socks5_with_auth() {
    let socks = ProxyServer::socks5(Some((USER, PROXY_PASSWORD))).await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let cmd = w.cmd(&cfg).env("all_proxy", socks.url("socks5", Some((USER, PROXY_PASSWORD))));
    let run = serves_from(&w, cmd, SOCKS_OUT).await;
    let stderr = stop(run).await;
    assert!(!stderr.contains(PROXY_PASSWORD), "{stderr}");
}

#[tokio::test]
async fn proxy_url_through_socks5_without_auth() {
    let socks = ProxyServer::socks5(None).await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!("proxy_url = {:?}\n", socks.url("socks5", None)));
    stop(serves_from(&w, w.cmd(&cfg), SOCKS_OUT).await).await;
}

#[tokio::test]
async fn no_proxy_matching_the_ingress_bypasses_the_proxy() {
    let squid = ProxyServer::squid(None).await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let cmd = w.cmd(&cfg).env("HTTPS_PROXY", squid.url("http", None)).env("NO_PROXY", "localhost,127.0.0.0/8");
    stop(serves_from(&w, cmd, "127.0.0.1").await).await;
    // The session came from 127.0.0.1 (not squid's 127.0.0.2) above; squid logged nothing either.
    assert!(!squid.access_log().contains("CONNECT"), "the proxy was used: {}", squid.access_log());
}

#[tokio::test]
async fn refusing_proxies_are_named_with_the_fix() {
    let squid = ProxyServer::squid(Some((USER, PROXY_PASSWORD))).await;
    let socks = ProxyServer::socks5(Some((USER, PROXY_PASSWORD))).await;
    let w = World::new(Mode::Sdk).await;

    // 407 without credentials: at once, not after the startup timeout.
    let cfg = w.config_named("407.toml", &format!("proxy_url = {:?}\n", squid.url("http", None)));
    let out = w.cmd(&cfg).args(["start"]).run().await.code(1);
    let shown = squid.url("http", None);
    let out = out.stderr_has(&format!("the proxy {shown} requires authentication (HTTP 407"));
    out.stderr_has("proxy_url in [tunnel.ngrok]").stderr_has("scheme://user:password@host:port");

    // A wrong password: named, masked.
    let wrong = "wrong-SECRET-pw-1234";
    let cfg = w.config("");
    let out = w.cmd(&cfg).env("https_proxy", squid.url("http", Some((USER, wrong)))).args(["start"]).run().await;
    let masked = format!("http://{USER}:********@127.0.0.1:{}", squid.port);
    out.code(1)
        .stderr_has(&format!("the proxy {masked} rejected the user name or password"))
        .stderr_has("fix them in https_proxy from the environment")
        .hides(wrong);

    // SOCKS5 asking for a password that was not given.
    let out = w.cmd(&cfg).env("ALL_PROXY", socks.url("socks5", None)).args(["start"]).run().await.code(1);
    out.stderr_has(&format!("the proxy {} requires authentication", socks.url("socks5", None)));

    // Nothing listening: retried until the startup timeout (exit 4), the last error names it.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let out = w
        .cmd(&cfg)
        .env("HTTPS_PROXY", format!("http://{USER}:{PROXY_PASSWORD}@127.0.0.1:{dead}"))
        .args(["start", "--timeout", "2"])
        .run()
        .await
        .code(4);
    out.stderr_has(&format!(
        "could not reach the proxy http://{USER}:********@127.0.0.1:{dead} (chosen by HTTPS_PROXY from the environment)"
    ))
    .stderr_has("start the proxy or fix its address")
    .hides(PROXY_PASSWORD);
    assert!(w.edge.sessions().is_empty());
}

#[tokio::test]
async fn a_bad_proxy_setting_is_a_config_error() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("proxy_url = \"socks4://u:hunter2-SECRET@127.0.0.1:1080\"\n");
    w.cmd(&cfg)
        .args(["check"])
        .run()
        .await
        .code(2)
        .stderr_has("proxy_url")
        .stderr_has("use http://, https:// or socks5://")
        .hides("hunter2-SECRET");
    let cfg = w.config_named("env.toml", "");
    w.cmd(&cfg)
        .env("ALL_PROXY", "ftp://127.0.0.1:21")
        .args(["check"])
        .run()
        .await
        .code(2)
        .stderr_has("the environment variable ALL_PROXY has the scheme \"ftp\"");
}

#[tokio::test]
async fn check_shows_the_proxy_and_why_masked() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!("proxy_url = \"socks5://{USER}:{PROXY_PASSWORD}@127.0.0.1:1080\"\n"));
    let out = w.cmd(&cfg).env("HTTPS_PROXY", "http://127.0.0.1:3128").args(["check"]).run().await.success();
    let masked = format!("socks5://{USER}:********@127.0.0.1:1080");
    // The effective config loads back: the credentials become a variable reference.
    let out = out.stdout_has("proxy_url = \"${PRX_TUNNEL_PROXY_URL}\"").hides(PROXY_PASSWORD);
    out.stdout_has(&format!("proxy: through the proxy {masked} (proxy_url in [tunnel.ngrok])"));
    let cfg = w.config_named("plain.toml", "");
    w.cmd(&cfg).args(["check"]).run().await.success().stdout_has(
        "proxy: direct, no proxy (no proxy_url, and none of HTTPS_PROXY, https_proxy, ALL_PROXY, all_proxy is set)",
    );
}

#[tokio::test]
async fn an_https_proxy_is_reached_over_tls() {
    let squid = ProxyServer::squid_tls().await;
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&format!("proxy_url = \"https://localhost:{}\"\n", squid.port));
    let cmd = w.cmd(&cfg).env("SSL_CERT_FILE", squid.tls_ca().display().to_string());
    stop(serves_from(&w, cmd, SQUID_OUT).await).await;
    // Without the proxy's CA the TLS to the proxy fails, and the error says so.
    let out = w.cmd(&cfg).args(["start", "--timeout", "2"]).run().await.code(4);
    out.stderr_has(&format!("TLS to the proxy https://localhost:{} failed", squid.port));
}
