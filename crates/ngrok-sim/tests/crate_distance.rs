//! Distance on the agent link (`EdgeOptions::distance`, `ngrok-sim --latency`): the `ngrok` crate
//! 0.19 through an edge 20 ms away (one way) sees every round trip cost at least 40 ms, and bytes
//! of many concurrent connections arrive intact and in order.

mod common;

use std::time::Duration;

use std::process::Stdio;

use common::{TOKEN, WAIT, echo, session};
use ngrok::prelude::*;
use ngrok_sim::{Distance, Edge, EdgeOptions};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::time::Instant;

const LATENCY: Duration = Duration::from_millis(20);

async fn distant_edge(bandwidth: Option<u64>) -> Edge {
    let distance = Distance { latency: LATENCY, bandwidth };
    Edge::start(EdgeOptions { distance, ..Default::default() }).await.unwrap()
}

/// A tcp endpoint of a fresh crate session forwarding to an echo service; its public URL.
async fn echo_endpoint(edge: &Edge) -> (ngrok::Session, impl Send, String) {
    let sess = session(edge).await;
    let target: url::Url = format!("tcp://{}", echo().await).parse().unwrap();
    let fwd = sess.tcp_endpoint().listen_and_forward(target).await.unwrap();
    let url = fwd.url().to_owned();
    (sess, fwd, url)
}

/// Times a few one-byte echoes through `conn`; each must take at least `2 * latency`.
async fn assert_round_trips(conn: &mut tokio::net::TcpStream, latency: Duration) {
    for round in 0..4u8 {
        let start = Instant::now();
        conn.write_all(&[round]).await.unwrap();
        let mut back = [0u8; 1];
        tokio::time::timeout(WAIT, conn.read_exact(&mut back)).await.unwrap().unwrap();
        let took = start.elapsed();
        assert_eq!(back, [round]);
        assert!(took >= 2 * latency, "round {round}: public → agent → public took {took:?}, less than 2 × {latency:?}");
    }
}

#[tokio::test]
async fn a_round_trip_over_the_agent_link_costs_twice_the_latency() {
    let edge = distant_edge(None).await;
    let (_sess, _fwd, url) = echo_endpoint(&edge).await;
    let mut conn = edge.tcp_connect(&url).await.unwrap();
    assert_round_trips(&mut conn, LATENCY).await;
}

#[tokio::test]
async fn the_binary_takes_latency_and_bandwidth() {
    let latency = Duration::from_millis(30);
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_ngrok-sim"))
        .args(["--latency", "30ms", "--bandwidth", "1gbit"])
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let ready = tokio::time::timeout(WAIT, lines.next_line()).await.unwrap().unwrap().expect("a ready line");
    let ready: serde_json::Value = serde_json::from_str(&ready).unwrap();
    let mut b = ngrok::Session::builder();
    let ca = std::fs::read(ready["ca_cert"].as_str().unwrap()).unwrap();
    b.server_addr(ready["agent_addr"].as_str().unwrap()).unwrap().ca_cert(ca.into()).authtoken(TOKEN);
    let sess = b.connect().await.unwrap();
    let target: url::Url = format!("tcp://{}", echo().await).parse().unwrap();
    let fwd = sess.tcp_endpoint().listen_and_forward(target).await.unwrap();
    let port = fwd.url().rsplit(':').next().unwrap().to_owned();
    let mut conn = tokio::net::TcpStream::connect(format!("127.0.0.1:{port}")).await.unwrap();
    assert_round_trips(&mut conn, latency).await;

    let refused = tokio::process::Command::new(env!("CARGO_BIN_EXE_ngrok-sim"))
        .args(["--bandwidth", "10MB"])
        .output()
        .await
        .unwrap();
    assert_eq!(refused.status.code(), Some(2), "a usage error");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("--bandwidth") && stderr.contains("units: bit, kbit, mbit, gbit"), "{stderr}");
}

#[tokio::test]
async fn concurrent_connections_arrive_intact_and_in_order() {
    let edge = distant_edge(Some(ngrok_sim::parse_bandwidth("400mbit").unwrap())).await;
    let (_sess, _fwd, url) = echo_endpoint(&edge).await;
    let mut tasks = Vec::new();
    for conn_no in 0..16u32 {
        let (edge, url) = (edge.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            // A counter pattern distinct per connection: any loss, duplication, reordering or
            // mix-up between connections changes it.
            let payload: Vec<u8> =
                (0..200_000u32).flat_map(|i| (i.wrapping_mul(31) ^ conn_no).to_le_bytes()).take(200_000).collect();
            let mut conn = edge.tcp_connect(&url).await.unwrap();
            let (mut rd, mut wr) = conn.split();
            let (_, echoed) = tokio::join!(async { wr.write_all(&payload).await.unwrap() }, async {
                let mut back = vec![0u8; payload.len()];
                rd.read_exact(&mut back).await.map(|_| back)
            });
            assert!(echoed.unwrap() == payload, "connection {conn_no}: the echo differs from what was sent");
        }));
    }
    let all = futures::future::try_join_all(tasks);
    tokio::time::timeout(WAIT * 3, all).await.expect("16 echoes of 200 kB within the deadline").unwrap();
}
