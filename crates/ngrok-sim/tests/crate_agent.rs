//! The `ngrok` crate 0.19 against the simulator: serving through its endpoint's scheme only, what
//! the agent sent, the ProxyHeader, tcp endpoints, several endpoints and Unbind.

mod common;

use common::{HELLO, TOKEN, WAIT, builder, echo, edge, from, get, local, session, upstream};
use ngrok::config::ForwarderBuilder;
use ngrok::prelude::*;
use ngrok_sim::{Edge, PublicRequest};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn http_endpoint_serves_through_its_scheme_only_and_records_what_was_sent() {
    let edge = edge().await;
    let up = upstream().await;
    let sess = builder(&edge, Some(TOKEN))
        .metadata("sess-meta")
        .client_info("sim-test", "1.2.3", None::<String>)
        .connect()
        .await
        .unwrap();
    let fwd = sess.http_endpoint().metadata("ep-meta").listen_and_forward(local(up)).await.unwrap();
    let url = fwd.url().to_owned();
    assert!(url.starts_with("https://") && url.ends_with(".ngrok-free.app"), "{url}");
    assert_eq!(get(&edge, &url).await, (200, HELLO.to_owned()));
    let plain = edge.request(&url, PublicRequest { use_http: true, ..Default::default() }).await.unwrap();
    assert_eq!(
        (plain.status, plain.header("ngrok-error-code")),
        (404, Some("ERR_NGROK_3200")),
        "the scheme is part of the URL: no http endpoint on this host"
    );
    let echoed = edge
        .request(
            &url,
            PublicRequest { method: "POST".into(), path: "/echo".into(), body: b"ping".to_vec(), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(echoed.text(), "ping");

    let auth = edge.auths().pop().unwrap();
    assert_eq!(auth.versions, ["3", "2"]);
    assert_eq!(auth.authtoken, TOKEN);
    assert_eq!(auth.metadata, "sess-meta");
    assert!(auth.user_agent.starts_with("sim-test/1.2.3"), "{}", auth.user_agent);
    assert_eq!(auth.heartbeat_interval, Some(std::time::Duration::from_secs(10)));
    assert_eq!(auth.raw["Extra"]["HeartbeatTolerance"], 15_000_000_000i64);
    let bind = edge.binds().pop().unwrap();
    assert_eq!(
        (bind.proto.as_str(), bind.metadata.as_str(), bind.url.as_deref()),
        ("https", "ep-meta", Some(url.as_str()))
    );
    assert_eq!(bind.forwards_to, local(up).to_string());
    let sessions = edge.sessions();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].id, sess.id());
    assert_eq!(sessions[0].urls, std::slice::from_ref(&url));
    assert_eq!(edge.endpoints(), [(url, sess.id())]);
}

/// A public request `req` in flight to a fresh http endpoint, and the agent's side of it.
struct InFlight {
    edge: Edge,
    _tunnel: ngrok::tunnel::HttpTunnel,
    client: tokio::task::JoinHandle<ngrok_sim::PublicResponse>,
    conn: ngrok::conn::EndpointConn,
}

async fn in_flight(req: PublicRequest) -> InFlight {
    let edge = edge().await;
    let mut tunnel = session(&edge).await.http_endpoint().listen().await.unwrap();
    let url = tunnel.url().to_owned();
    let client = tokio::spawn({
        let edge = edge.clone();
        async move { edge.request(&url, req).await.unwrap() }
    });
    let conn = futures::TryStreamExt::try_next(&mut tunnel).await.unwrap().unwrap();
    InFlight { edge, _tunnel: tunnel, client, conn }
}

#[tokio::test]
async fn proxy_header_carries_the_client_address() {
    let InFlight { edge: _edge, _tunnel, client, mut conn } = in_flight(from("127.0.0.2", None)).await;
    assert_eq!(conn.remote_addr().ip().to_string(), "127.0.0.2");
    assert_eq!(conn.proto(), "https");
    let mut head = vec![0u8; 1024];
    let n = conn.read(&mut head).await.unwrap();
    assert!(String::from_utf8_lossy(&head[..n]).to_ascii_lowercase().contains("x-forwarded-for: 127.0.0.2"));
    conn.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nhi").await.unwrap();
    let resp = client.await.unwrap();
    assert_eq!((resp.status, resp.text()), (200, "hi".to_owned()));
}

#[tokio::test]
async fn a_proxy_stream_counts_until_the_agent_closes_its_end() {
    let InFlight { edge, client, mut conn, _tunnel } = in_flight(PublicRequest::default()).await;
    let mut head = vec![0u8; 1024];
    let _ = conn.read(&mut head).await.unwrap();
    conn.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nhi").await.unwrap();
    assert_eq!(client.await.unwrap().status, 200);
    // The edge is done with the connection (its end is closed: the agent reads EOF), but the
    // agent still holds its end, so its muxado still counts the stream: so must the edge.
    let mut rest = Vec::new();
    conn.read_to_end(&mut rest).await.unwrap();
    assert_eq!(edge.sessions()[0].proxy_streams, 1, "counted while the agent holds its end");
    drop(conn);
    let deadline = tokio::time::Instant::now() + WAIT;
    while edge.sessions()[0].proxy_streams != 0 {
        assert!(tokio::time::Instant::now() < deadline, "the slot is freed once the agent closes its end");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

#[tokio::test]
async fn tcp_endpoint_echoes() {
    let edge = edge().await;
    let sess = session(&edge).await;
    let target: url::Url = format!("tcp://{}", echo().await).parse().unwrap();
    let fwd = sess.tcp_endpoint().listen_and_forward(target).await.unwrap();
    let url = fwd.url().to_owned();
    assert!(url.starts_with("tcp://0.tcp.ngrok.io:"), "{url}");
    assert_eq!(edge.public_addr(&url).unwrap().port().to_string(), url.rsplit(':').next().unwrap());
    let mut conn = edge.tcp_connect(&url).await.unwrap();
    let payload = vec![7u8; 300_000];
    let (mut rd, mut wr) = conn.split();
    let (_, echoed) = tokio::join!(async { wr.write_all(&payload).await.unwrap() }, async {
        let mut back = vec![0u8; payload.len()];
        rd.read_exact(&mut back).await.unwrap();
        back
    });
    assert_eq!(echoed, payload);
}

#[tokio::test]
async fn several_endpoints_per_session_and_unbind() {
    let edge = edge().await;
    let sess = session(&edge).await;
    let up = upstream().await;
    let mut a = sess.http_endpoint().domain("a.example.com").listen_and_forward(local(up)).await.unwrap();
    let b = sess.http_endpoint().scheme(ngrok::config::Scheme::HTTP).listen_and_forward(local(up)).await.unwrap();
    assert_eq!(a.url(), "https://a.example.com");
    assert!(b.url().starts_with("http://"), "{}", b.url());
    assert_eq!(get(&edge, b.url()).await.0, 200);
    a.close().await.unwrap();
    edge.wait_for_url_gone("https://a.example.com", WAIT).await.unwrap();
    assert_eq!(get(&edge, "https://a.example.com").await.0, 404);
    assert_eq!(get(&edge, b.url()).await.0, 200);
    let labeled =
        sess.labeled_tunnel().label("edge", "edghts_123").listen().await.err().expect("labeled tunnels are refused");
    assert!(format!("{labeled:?}").contains("not supported by the ngrok edge simulator"), "{labeled:?}");
}

/// A request the agent has received but not answered when its session is dropped, or when the
/// edge goes down, is answered (502 `ERR_NGROK_3004`) at once, never left hanging.
#[tokio::test]
async fn a_request_in_flight_when_the_agent_leaves_is_answered() {
    for down in [false, true] {
        let InFlight { edge, client, mut conn, _tunnel } = in_flight(PublicRequest::default()).await;
        let mut head = vec![0u8; 1024];
        let _ = conn.read(&mut head).await.unwrap();
        if down {
            edge.go_down().await;
        } else {
            edge.drop_all_sessions().await;
        }
        let resp = tokio::time::timeout(WAIT, client).await.expect("answered, not left hanging").unwrap();
        assert_eq!(resp.status, 502, "down: {down}");
        assert_eq!(resp.header("ngrok-error-code"), Some("ERR_NGROK_3004"), "down: {down}");
    }
}
