//! http endpoints forwarded as HTTP with the inspector off, through the real binary and the
//! edge: requests reach the local service over reused keep-alive connections (the service
//! sees far fewer connections than requests), upgrades (WebSockets) pass through, uploads
//! stream without being buffered, and header names arrive in the case the edge sent them,
//! with the inspector off and on.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty, StreamBody};
use hyper::body::Frame;
use hyper_util::rt::TokioIo;
use ngrok_sim::PublicRequest;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use super::inspector::{Recorder, peak_rss, rss};
use super::inspector_stream::{tls_to, websocket_echoes};
use super::support::eventually;
use super::upstream::HELLO;
use super::world::{Mode, World};

/// A config for `w` (inspector off unless `inspect`) whose local service is at `local`.
fn config_to(w: &World, local: SocketAddr, inspect: bool) -> std::path::PathBuf {
    let cfg = w.config("");
    let on = if inspect { "inspect = true\nweb_addr = false" } else { "inspect = false" };
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace(&w.upstream.host_port(), &local.to_string())
        .replace("inspect = false", on);
    std::fs::write(&cfg, text).unwrap();
    cfg
}

#[tokio::test]
async fn without_the_inspector_requests_reach_the_service_over_reused_connections() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (run, url) = w.start(&cfg, &["--name", "pool"]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200); // routable
    let host = url.trim_start_matches("https://");
    let (mut send, conn) =
        hyper::client::conn::http1::handshake(TokioIo::new(tls_to(&w.edge, host).await)).await.expect("handshake");
    tokio::spawn(conn);
    for n in 0..30 {
        let req = hyper::Request::get(format!("/keep/{n}")).header("host", host).body(Empty::<Bytes>::new()).unwrap();
        let resp = send.send_request(req).await.expect("a request on the kept-alive public connection");
        assert_eq!(resp.into_body().collect().await.unwrap().to_bytes(), HELLO);
    }
    for _ in 0..30 {
        let resp = w.edge.request(&url, PublicRequest::default()).await.expect("a request on a new connection");
        assert_eq!((resp.status, resp.text()), (200, HELLO.to_owned()));
    }
    let (served, connections) = (w.upstream.served(), w.upstream.connections());
    assert_eq!(served, 61);
    eprintln!("61 requests reached the local service over {connections} connection(s)");
    assert!(connections <= 4, "61 requests reached the local service over {connections} connections: none reused");
    eventually(Duration::from_secs(10), "status to count 61 requests", || async {
        let status = w.status_json(&cfg, "pool").await;
        (status["served"] == 61 && status["served_unit"] == "requests").then_some(())
    })
    .await;
    run.stop_cleanly().await;
}

#[tokio::test]
async fn without_the_inspector_a_websocket_passes_through() {
    let w = World::new(Mode::Sdk).await;
    let recorder = Recorder::start().await;
    let cfg = config_to(&w, recorder.addr, false);
    let (run, url) = w.start(&cfg, &[]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200); // routable
    websocket_echoes(&w.edge, url.trim_start_matches("https://")).await;
    let seen = recorder.wait_for(2).await;
    assert_eq!(seen.last().and_then(|s| s.header("upgrade")), Some("websocket"));
    run.stop_cleanly().await;
}

#[tokio::test]
async fn without_the_inspector_a_streaming_upload_is_forwarded_without_buffering_it() {
    let w = World::new(Mode::Sdk).await;
    let recorder = Recorder::start().await;
    let cfg = config_to(&w, recorder.addr, false);
    let (run, url) = w.start(&cfg, &[]).await;
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200); // routable
    let host = url.trim_start_matches("https://");
    let (pid, total) = (run.pid(), 64u64 << 20);
    let before = rss(pid);
    let chunk = Bytes::from(vec![b'x'; 64 * 1024]);
    let frames = futures::stream::iter(
        (0..total / chunk.len() as u64).map(move |_| Ok::<_, std::io::Error>(Frame::data(chunk.clone()))),
    );
    let (mut send, conn) =
        hyper::client::conn::http1::handshake(TokioIo::new(tls_to(&w.edge, host).await)).await.expect("handshake");
    tokio::spawn(conn);
    let req = hyper::Request::post("/upload")
        .header("host", host)
        .header("content-length", total.to_string())
        .body(StreamBody::new(frames))
        .unwrap();
    let resp = send.send_request(req).await.expect("upload");
    assert_eq!(resp.into_body().collect().await.unwrap().to_bytes(), total.to_string(), "every byte arrived");
    let growth = peak_rss(pid).saturating_sub(before);
    assert!(growth < 32 << 20, "prx-tunnel grew by {} MiB for a 64 MiB upload: the body was buffered", growth >> 20);
    run.stop_cleanly().await;
}

/// A local service speaking HTTP/1.1 by hand, to see header names as they arrive: it keeps
/// each request head (GETs, no body) and answers `ok` on the same connection.
async fn raw_service() -> (SocketAddr, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().unwrap();
    let heads: Arc<Mutex<Vec<String>>> = Arc::default();
    let kept = heads.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let mut conn = BufReader::new(sock);
                loop {
                    let mut head = String::new();
                    while !head.ends_with("\r\n\r\n") {
                        if conn.read_line(&mut head).await.unwrap_or(0) == 0 {
                            return;
                        }
                    }
                    kept.lock().unwrap().push(head);
                    if conn.get_mut().write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok").await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (addr, heads)
}

/// The edge writes header names in Go's canonical case; they reach the local service so.
async fn header_case_reaches_the_service(inspect: bool) {
    let w = World::new(Mode::Sdk).await;
    let (addr, heads) = raw_service().await;
    let cfg = config_to(&w, addr, inspect);
    let (run, url) = w.start(&cfg, &[]).await;
    let req = PublicRequest { headers: vec![("x-custom-header".into(), "case".into())], ..Default::default() };
    let resp = w.get(&url, req).await;
    assert_eq!((resp.status, resp.text()), (200, "ok".to_owned()));
    let head = heads.lock().unwrap().last().cloned().expect("a request at the service");
    for line in
        ["\r\nHost: ", "\r\nX-Custom-Header: case\r\n", "\r\nX-Forwarded-For: ", "\r\nX-Forwarded-Proto: https\r\n"]
    {
        assert!(head.contains(line), "{line:?} not in the request the service got:\n{head}");
    }
    run.stop_cleanly().await;
}

#[tokio::test]
async fn without_the_inspector_header_case_reaches_the_service_unchanged() {
    header_case_reaches_the_service(false).await;
}

#[tokio::test]
async fn with_the_inspector_header_case_reaches_the_service_unchanged() {
    header_case_reaches_the_service(true).await;
}

/// As ngrok documents for its HTTP endpoints, the edge forwards no hop-by-hop header (those
/// `Connection` names included), so none reaches the local service; the others do.
#[tokio::test]
async fn hop_by_hop_headers_do_not_reach_the_service() {
    let w = World::new(Mode::Sdk).await;
    let (addr, heads) = raw_service().await;
    let cfg = config_to(&w, addr, false);
    let (run, url) = w.start(&cfg, &[]).await;
    let headers = [("Connection", "keep-alive, X-Session"), ("Keep-Alive", "timeout=5"), ("X-Session", "abc")]
        .into_iter()
        .chain([("Proxy-Authorization", "Basic eDp5"), ("TE", "trailers"), ("X-Kept", "1")])
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let resp = w.get(&url, PublicRequest { headers, ..Default::default() }).await;
    assert_eq!((resp.status, resp.text()), (200, "ok".to_owned()));
    let head = heads.lock().unwrap().last().cloned().expect("a request at the service").to_ascii_lowercase();
    assert!(head.contains("\r\nx-kept: 1\r\n"), "{head}");
    for dropped in ["keep-alive:", "x-session:", "proxy-authorization:", "\r\nte:"] {
        assert!(!head.contains(dropped), "{dropped:?} reached the service:\n{head}");
    }
    run.stop_cleanly().await;
}
