//! Pooling across machines through the real binary (issue 12 item 5): three prx-tunnel
//! processes, each in its own sealed environment with its own local service, run one config
//! with `url` and `pooling_enabled = true`; the edge balances between them, a `kill -9` of one
//! costs requests only until the edge has dropped its session, and without pooling the second
//! `start` fails with ERR_NGROK_334 explained.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::support::{Sealed, eventually};
use super::upstream::Upstream;
use super::world::{Machine, Mode, World};

const URL: &str = "https://shop.example.com";
const POOLED: &str = "url = \"https://shop.example.com\"\npooling_enabled = true\n";

async fn machine(w: &World, extra: &str) -> Machine {
    let (m, url) = Machine::start(w, extra).await;
    assert_eq!(url, URL, "each machine prints the shared URL");
    m
}

/// Sends `n` requests; each must be answered 200.
async fn all_succeed(w: &World, n: usize) {
    for i in 0..n {
        let resp = w.edge.request(URL, PublicRequest::default()).await.expect("the edge answers");
        assert_eq!(resp.status, 200, "request {i}: {}", resp.text());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_machines_share_one_url_and_a_killed_one_costs_requests_only_until_the_edge_drops_it() {
    let w = World::new(Mode::Sdk).await;
    let mut machines = Vec::new();
    for _ in 0..3 {
        machines.push(machine(&w, POOLED).await);
    }
    let infos = w.edge.endpoint_infos();
    assert_eq!(infos.len(), 3, "{infos:?}");
    assert!(infos.iter().all(|e| e.url == URL && e.pooling_enabled && e.pool_size == 3), "{infos:?}");

    all_succeed(&w, 300).await;
    let served: Vec<u64> = machines.iter().map(|m| m.upstream.served()).collect();
    assert_eq!(served.iter().sum::<u64>(), 300, "{served:?}");
    assert!(served.iter().all(|n| n * 5 >= 300), "every machine serves at least 20%: {served:?}");

    // kill -9 machine 1 while requests keep coming; note which were sent after the edge had
    // dropped its session.
    let dropped = AtomicBool::new(false);
    let done = AtomicBool::new(false);
    let killed_before = machines[1].upstream.served();
    let load = async {
        let mut after_drop = Vec::new();
        while !done.load(Ordering::SeqCst) {
            let late = dropped.load(Ordering::SeqCst);
            let status = w.edge.request(URL, PublicRequest::default()).await.map(|r| r.status).unwrap_or(0);
            if late {
                after_drop.push(status);
            }
        }
        after_drop
    };
    let kill = async {
        machines[1].run.signal(Signal::SIGKILL);
        eventually(Duration::from_secs(20), "the edge to drop the killed machine's session", || async {
            (w.edge.sessions().len() == 2 && w.edge.endpoint_infos().iter().all(|e| e.pool_size == 2)).then_some(())
        })
        .await;
        dropped.store(true, Ordering::SeqCst);
        eventually(Duration::from_secs(60), "150 requests after the drop", || async {
            (w.edge.endpoint_infos().len() == 2 && machines[0].upstream.served() + machines[2].upstream.served() >= 450)
                .then_some(())
        })
        .await;
        done.store(true, Ordering::SeqCst);
    };
    let (after_drop, ()) = tokio::join!(load, kill);
    assert!(!after_drop.is_empty());
    assert!(after_drop.iter().all(|s| *s == 200), "every request after the drop succeeds: {after_drop:?}");
    assert_eq!(machines[1].upstream.served(), killed_before, "nothing reaches the killed machine's service");
    all_succeed(&w, 30).await;

    for survivor in [0, 2] {
        let run = &mut machines[survivor].run;
        run.signal(Signal::SIGTERM);
        assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_pooling_the_second_machine_gets_err_ngrok_334_explained() {
    let w = World::new(Mode::Sdk).await;
    let mut first = machine(&w, "url = \"https://shop.example.com\"\n").await;
    let env = Sealed::new();
    let upstream = Upstream::start().await;
    let cfg = w.config_at(&env, &upstream, "prx.toml", POOLED);
    let out = env.cmd().args(["--config", cfg.to_str().unwrap(), "start"]).run().await;
    let out = out.code(1).stderr_has("ERR_NGROK_334").stderr_has("shop.example.com is already online");
    assert!(out.stderr.contains("pooling_enabled = true"), "the fix is named:\n{}", out.stderr);
    first.run.signal(Signal::SIGTERM);
    assert_eq!(first.run.wait(Duration::from_secs(10)).await, Some(0));
}
