//! Faults and remote commands with the `ngrok` crate: dropped sessions and reconnects, an
//! ingress outage, silenced heartbeats, and Stop/Restart/Update reaching the agent's handlers.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::{HELLO, TOKEN, WAIT, builder, edge, get, local, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;
use tokio::sync::mpsc;

#[tokio::test]
async fn agent_reconnects_after_a_dropped_session_and_keeps_its_url() {
    let edge = edge().await;
    let sess = session(&edge).await;
    let fwd = sess.http_endpoint().listen_and_forward(local(upstream().await)).await.unwrap();
    let url = fwd.url().to_owned();
    let id = sess.id();
    edge.drop_session(&id).await.unwrap();
    assert!(edge.endpoints().is_empty(), "offline while the agent is away");
    edge.wait_for_url(&url, WAIT).await.unwrap();
    assert_eq!(get(&edge, &url).await, (200, HELLO.to_owned()));
    let auths = edge.auths();
    assert_eq!(auths.len(), 2);
    assert_eq!(auths[1].client_id, id, "the agent resumed its session id");
    assert_eq!(
        edge.binds()[1].requested_id,
        edge.binds()[0].endpoint_id.clone().unwrap(),
        "rebound with the old endpoint id"
    );
    assert!(edge.drop_session("no-such-session").await.is_err());
}

#[tokio::test]
async fn ingress_outage_refuses_agents_and_comes_back_on_the_same_address() {
    let edge = edge().await;
    let addr = edge.agent_addr();
    let sess = session(&edge).await;
    let fwd = sess.http_endpoint().listen_and_forward(local(upstream().await)).await.unwrap();
    let url = fwd.url().to_owned();
    edge.go_down().await;
    assert!(edge.sessions().is_empty() && edge.endpoints().is_empty());
    assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "connections are refused while down");
    assert_eq!(get(&edge, &url).await.0, 404);
    edge.come_up().await;
    assert_eq!(edge.agent_addr(), addr);
    let again = session(&edge).await;
    let fwd2 = again.http_endpoint().listen_and_forward(local(upstream().await)).await.unwrap();
    assert_eq!(get(&edge, fwd2.url()).await.0, 200);
}

#[tokio::test]
async fn silenced_heartbeats_are_noticed_by_the_agent() {
    let edge = edge().await;
    let (tx, mut beats) = mpsc::unbounded_channel();
    let sess = builder(&edge, Some(TOKEN))
        .heartbeat_interval(Duration::from_millis(100))
        .unwrap()
        .heartbeat_tolerance(Duration::from_millis(200))
        .unwrap()
        .handle_heartbeat(move |latency: Option<Duration>| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(latency.is_some());
                Ok(())
            }
        })
        .connect()
        .await
        .unwrap();
    assert_eq!(tokio::time::timeout(WAIT, beats.recv()).await.unwrap(), Some(true), "heartbeats answered");
    edge.silence_heartbeats(true);
    while tokio::time::timeout(WAIT, beats.recv()).await.unwrap() != Some(false) {}
    edge.silence_heartbeats(false);
    while tokio::time::timeout(WAIT, beats.recv()).await.unwrap() != Some(true) {}
    let answered = edge.sessions().iter().find(|s| s.id == sess.id()).map(|s| s.heartbeats).unwrap();
    assert!(answered >= 2, "{answered}");
}

#[tokio::test]
async fn stop_restart_and_update_reach_the_handlers() {
    let edge = edge().await;
    let stops = Arc::new(AtomicUsize::new(0));
    let counted = stops.clone();
    let sess = builder(&edge, Some(TOKEN))
        .handle_stop_command(move |_req| {
            let counted = counted.clone();
            async move {
                counted.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }
        })
        .handle_restart_command(|_req| async { Err("restart refused by the test".to_owned()) })
        .connect()
        .await
        .unwrap();
    assert_eq!(edge.send_stop(&sess.id()).await.unwrap(), None);
    assert_eq!(stops.load(Ordering::SeqCst), 1, "handle_stop_command ran");
    assert_eq!(edge.send_restart(&sess.id()).await.unwrap().as_deref(), Some("restart refused by the test"));
    let update = edge.send_update(&sess.id()).await.unwrap();
    assert!(update.unwrap_or_default().contains("no defined callback"), "no update handler installed");
    let auth = &edge.auths()[0];
    assert_eq!(auth.raw["Extra"]["StopUnsupportedError"], "");
    assert!(edge.send_stop("nobody").await.is_err());
}
