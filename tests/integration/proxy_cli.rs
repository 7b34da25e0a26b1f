//! Outbound proxies in CLI mode: prx-tunnel's choice (here from `HTTPS_PROXY`) becomes the
//! agent's `proxy_url` in the generated config (password masked in the plan), and `NO_PROXY`
//! matching the ingress leaves it out. (An end-to-end run of the real 2.3.41 agent through
//! squid is not possible here: the agent never proxies connections to loopback addresses, and
//! the local edge only listens on loopback.)

use super::proxy::PROXY_PASSWORD;
use super::proxy_servers::ProxyServer;
use super::world::{Mode, World};

#[tokio::test]
async fn the_generated_agent_config_carries_the_chosen_proxy() {
    let squid = ProxyServer::squid(None).await;
    let agent =
        ngrok_sim::agent_v2::ensure_ngrok_v2().expect("the real ngrok 2.3.41 agent (see crates/ngrok-sim: agent_v2)");
    for mode in [Mode::Cli(agent), Mode::standin()] {
        let w = World::new(mode).await;
        let cfg = w.config("");
        let proxy = format!("http://agent-user:{PROXY_PASSWORD}@127.0.0.1:{}", squid.port);
        let plan = w.cmd(&cfg).env("HTTPS_PROXY", &proxy).args(["start", "--dry-run"]).run().await.success();
        let masked = format!("proxy_url: http://agent-user:********@127.0.0.1:{}", squid.port);
        let plan = plan.stdout_has(&masked).hides(PROXY_PASSWORD);
        plan.stdout_has("proxy: through the proxy http://agent-user:********@")
            .stdout_has("(HTTPS_PROXY from the environment)");
        let direct = w
            .cmd(&cfg)
            .env("HTTPS_PROXY", &proxy)
            .env("no_proxy", "127.0.0.1")
            .args(["start", "--dry-run"])
            .run()
            .await;
        let direct =
            direct.success().stdout_has("proxy: direct, no proxy (no_proxy entry \"127.0.0.1\" matches 127.0.0.1");
        assert!(!direct.stdout.contains("proxy_url:"), "{}", direct.stdout);
    }
}
