//! The inspecting path under real traffic: keep-alive connections, WebSockets spliced
//! through, a streaming upload that is never buffered whole, and a capture store that stays
//! inside `inspect_db_size` however much passes.

use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::{SinkExt, StreamExt};
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::Frame;
use hyper_util::rt::TokioIo;

use super::inspector::{Inspected, peak_rss, rss, start};

/// A TLS connection to the edge's HTTPS listener for the tunnel's host, trusting its CA.
async fn tls(t: &Inspected) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    tls_to(&t.w.edge, &host(t)).await
}

/// A TLS connection to `edge`'s HTTPS listener for `host`, trusting the edge's CA.
pub async fn tls_to(edge: &ngrok_sim::Edge, host: &str) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, ServerName};
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(edge.ca_cert_pem()) {
        roots.add(cert.expect("the edge's CA")).unwrap();
    }
    let config = rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect(edge.https_addr()).await.expect("edge");
    tcp.set_nodelay(true).unwrap();
    let name = ServerName::try_from(host.to_owned()).unwrap();
    tokio_rustls::TlsConnector::from(std::sync::Arc::new(config)).connect(name, tcp).await.expect("TLS with the edge")
}

/// Opens a WebSocket to `wss://HOST/ws` through `edge` (the recorder's echo), checks that two
/// messages come back, and closes it.
pub async fn websocket_echoes(edge: &ngrok_sim::Edge, host: &str) {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut request = format!("wss://{host}/ws").into_client_request().unwrap();
    request.headers_mut().insert("host", host.parse().unwrap()); // the edge routes by Host, no port
    let (mut ws, resp) =
        tokio_tungstenite::client_async(request, tls_to(edge, host).await).await.expect("WebSocket handshake");
    assert_eq!(resp.status(), 101);
    for text in ["first", "second"] {
        ws.send(tokio_tungstenite::tungstenite::Message::text(text)).await.unwrap();
        let echoed = tokio::time::timeout(Duration::from_secs(10), ws.next()).await.expect("echo").unwrap().unwrap();
        assert_eq!(echoed.into_text().unwrap().as_str(), text);
    }
    ws.close(None).await.unwrap();
}

/// A keep-alive HTTP/1.1 connection to the edge for the tunnel's host.
async fn connect<B>(t: &Inspected) -> hyper::client::conn::http1::SendRequest<B>
where
    B: hyper::body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let (send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tls(t).await)).await.expect("handshake");
    tokio::spawn(conn);
    send
}

fn host(t: &Inspected) -> String {
    t.url.trim_start_matches("https://").to_owned()
}

#[tokio::test]
async fn keep_alive_and_websockets_pass_through_with_inspection_on() {
    let t = start("").await;
    t.send(ngrok_sim::PublicRequest::default()).await; // routable
    let mut send = connect::<Full<Bytes>>(&t).await;
    for n in 0..3 {
        let req = hyper::Request::get(format!("/keep/{n}")).header("host", host(&t)).body(Full::default()).unwrap();
        let resp = send.send_request(req).await.expect("keep-alive request");
        assert_eq!(resp.into_body().collect().await.unwrap().to_bytes(), "ok");
    }
    websocket_echoes(&t.w.edge, &host(&t)).await;
    let list = t.captured(5).await;
    let uris: Vec<&str> = list.iter().map(|r| r["request"]["uri"].as_str().unwrap()).collect();
    assert_eq!(&uris[..4], ["/ws", "/keep/2", "/keep/1", "/keep/0"], "{uris:?}");
    assert_eq!(list[0]["response"]["status_code"], 101);
    assert_eq!(list[0]["request"]["headers"]["Upgrade"], serde_json::json!(["websocket"]));
    t.stop().await;
}

/// Uploads `total` bytes in 64 KiB chunks through the tunnel; returns (seconds, peak RSS growth).
async fn upload(t: &Inspected, total: u64) -> (f64, u64) {
    t.send(ngrok_sim::PublicRequest::default()).await; // routable
    let pid = t.run.pid();
    let before = rss(pid);
    let chunk = Bytes::from(vec![b'x'; 64 * 1024]);
    let n = total / chunk.len() as u64;
    let frames = futures::stream::iter((0..n).map(move |_| Ok::<_, std::io::Error>(Frame::data(chunk.clone()))));
    let mut send = connect::<StreamBody<_>>(t).await;
    let req = hyper::Request::post("/upload")
        .header("host", host(t))
        .header("content-length", total.to_string())
        .body(StreamBody::new(frames))
        .unwrap();
    let began = Instant::now();
    let resp = send.send_request(req).await.expect("upload");
    let answer = resp.into_body().collect().await.unwrap().to_bytes();
    let secs = began.elapsed().as_secs_f64();
    assert_eq!(answer, total.to_string(), "the local service got every byte");
    let r = t.captured(2).await.remove(0);
    assert_eq!(r["request"]["uri"], "/upload");
    let body = &r["request"]["body"];
    assert_eq!(
        (body["size"].as_u64(), body["captured"].as_u64(), body["truncated"].as_bool()),
        (Some(total), Some(256 * 1024), Some(true))
    );
    (secs, peak_rss(pid).saturating_sub(before))
}

#[tokio::test]
async fn a_streaming_upload_is_forwarded_without_buffering_it() {
    let t = start("").await;
    let total = 64u64 << 20;
    let (secs, growth) = upload(&t, total).await;
    eprintln!("64 MiB upload with inspection: {:.0} MiB/s, peak RSS growth {} MiB", 64.0 / secs, growth >> 20);
    assert!(growth < 32 << 20, "prx-tunnel grew by {} MiB for a 64 MiB upload: the body was buffered", growth >> 20);
    t.stop().await;
}

#[tokio::test]
#[ignore = "long: 1 GiB through a debug build"]
async fn a_one_gib_streaming_upload_passes_with_inspection_on() {
    let t = start("").await;
    let (secs, growth) = upload(&t, 1 << 30).await;
    eprintln!("1 GiB upload with inspection: {:.0} MiB/s, peak RSS growth {} MiB", 1024.0 / secs, growth >> 20);
    assert!(growth < 64 << 20, "prx-tunnel grew by {} MiB for a 1 GiB upload", growth >> 20);
    t.stop().await;
}

/// Sends `count` POSTs of 64 KiB over `conns` keep-alive connections.
async fn flood(t: &Inspected, count: usize, conns: usize) {
    t.send(ngrok_sim::PublicRequest::default()).await; // routable
    let body = Bytes::from(vec![b'z'; 64 * 1024]);
    let mut tasks = Vec::new();
    for c in 0..conns {
        let mut send = connect::<Full<Bytes>>(t).await;
        let (host, body) = (host(t), body.clone());
        tasks.push(tokio::spawn(async move {
            for i in (c..count).step_by(conns) {
                let req = hyper::Request::post(format!("/flood/{i}"))
                    .header("host", &host)
                    .body(Full::new(body.clone()))
                    .unwrap();
                let resp = send.send_request(req).await.expect("flood request");
                assert_eq!(resp.into_body().collect().await.unwrap().to_bytes(), "ok");
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

async fn assert_bounded(t: &Inspected, count: u64) {
    let db = super::support::eventually(Duration::from_secs(10), "every request counted", || async {
        let db = t.api("/api/status").await["inspect_db"].clone();
        (db["captured_total"].as_u64() >= Some(count + 1)).then_some(db)
    })
    .await;
    let (entries, bytes, limit) =
        (db["entries"].as_u64().unwrap(), db["bytes"].as_u64().unwrap(), db["limit"].as_u64().unwrap());
    assert_eq!(limit, 4_000_000);
    assert!(bytes <= limit, "{db}");
    assert!(entries < count && entries > 20, "oldest evicted, newest kept: {db}");
    let listed = t.api("/api/requests/http?limit=100000").await["requests"].as_array().unwrap().len() as u64;
    assert_eq!(listed, entries);
    let newest = t.api("/api/requests/http?limit=1").await;
    assert!(newest["requests"][0]["request"]["uri"].as_str().unwrap().starts_with("/flood/"));
}

#[tokio::test]
async fn eviction_keeps_the_store_under_inspect_db_size() {
    let t = start("inspect_db_size = \"4MB\"\n").await;
    flood(&t, 1000, 4).await;
    assert_bounded(&t, 1000).await;
    t.stop().await;
}

#[tokio::test]
#[ignore = "long: 10,000 requests of 64 KiB through a debug build"]
async fn eviction_holds_for_ten_thousand_requests_of_64_kib() {
    let t = start("inspect_db_size = \"4MB\"\n").await;
    let pid = t.run.pid();
    flood(&t, 10_000, 8).await;
    assert_bounded(&t, 10_000).await;
    assert!(peak_rss(pid) < 160 << 20, "peak RSS {} MiB", peak_rss(pid) >> 20);
    t.stop().await;
}
