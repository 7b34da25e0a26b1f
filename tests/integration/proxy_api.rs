//! The REST API commands follow the same proxy rules as the tunnel: `proxy_url` of the config
//! file (here through a real squid), and a failing proxy is named (password masked) in the error.

use super::fake_api::FakeApi;
use super::proxy::PROXY_PASSWORD;
use super::proxy_servers::ProxyServer;
use super::support::Sealed;

const KEY: &str = "ak_2ProxyAPIkeyDoNotPrint0x77";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn event_streams_go_through_proxy_url() {
    let squid = ProxyServer::squid(Some(("api-user", PROXY_PASSWORD))).await;
    let (env, fake) = (Sealed::new(), FakeApi::start(KEY).await);
    let proxy = squid.url("http", Some(("api-user", PROXY_PASSWORD)));
    let cfg = env.write("prx.toml", format!("[tunnel]\n[tunnel.ngrok]\nproxy_url = {proxy:?}\n"));
    let es = || {
        env.cmd().env("NGROK_API_URL", fake.url()).env("NGROK_API_KEY", KEY).args([
            "--config",
            cfg.to_str().unwrap(),
            "es",
        ])
    };
    es().args(["list"]).run().await.success().hides(PROXY_PASSWORD);
    let log = squid.logged(&format!("GET {}/event_streams", fake.url().trim_end_matches('/'))).await;
    assert!(log.contains("api-user"), "{log}");

    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let cfg = env.write(
        "dead.toml",
        format!("[tunnel]\n[tunnel.ngrok]\nproxy_url = \"http://api-user:{PROXY_PASSWORD}@127.0.0.1:{dead}\"\n"),
    );
    let out = env
        .cmd()
        .env("NGROK_API_URL", fake.url())
        .env("NGROK_API_KEY", KEY)
        .args(["--config", cfg.to_str().unwrap(), "es", "get", "es_1", "--timeout", "3s"])
        .run()
        .await
        .code(1)
        .hides(PROXY_PASSWORD);
    let shown =
        format!("through the proxy http://api-user:********@127.0.0.1:{dead}, chosen by proxy_url in [tunnel.ngrok]");
    out.stderr_has(&shown);
}
