//! The upload window (SDK mode): prx-tunnel grants the edge up to 4 MiB of receive window per
//! stream, within a 32 MiB budget across streams (`src/sdk/frames/window/`). Through the real
//! binary and the edge simulator, with a TCP endpoint and a local service whose reading speed
//! each connection chooses: an upload at a 40 ms round trip goes faster than muxado's 256 KiB
//! window allows, 64 uploads into a slow service keep prx-tunnel's memory within the documented
//! bound, and a stalled or reset stream does not stop the others.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use ngrok_sim::{Distance, EdgeOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

use super::inspector::rss;
use super::support::{Running, eventually};
use super::world::{Mode, TOKEN, URL_WAIT, World, set_mode};

/// How the local service reads a connection, chosen by the connection's first byte.
const FAST: u8 = b'F';
/// 4 KiB every 20 ms (200 KiB/s).
const SLOW: u8 = b'S';
/// Nothing at all.
const STALLED: u8 = b'X';

/// The pattern every upload carries: byte `at` is `at % 251`, so any slice is a window of this.
fn pattern() -> &'static [u8] {
    static TABLE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| (0..64 * 1024 + 251).map(|i| (i % 251) as u8).collect())
}

/// The `len` pattern bytes from offset `at` (len ≤ 64 KiB).
fn slice(at: u64, len: usize) -> &'static [u8] {
    let start = (at % 251) as usize;
    &pattern()[start..start + len]
}

/// The local service: reads each connection as its first byte says. Fast: everything, checking
/// the pattern, then answers with the count of bytes read; slow: 4 KiB each 20 ms; stalled:
/// nothing. Returns its address and the bytes it read per connection, in accept order.
async fn service() -> (std::net::SocketAddr, Counts) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let counts = Arc::new(std::sync::Mutex::new(Vec::new()));
    let all = counts.clone();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let count = Arc::new(AtomicU64::new(0));
            all.lock().unwrap().push(count.clone());
            tokio::spawn(async move {
                let mut mode = [0u8];
                if sock.read_exact(&mut mode).await.is_err() {
                    return;
                }
                let mut buf = vec![0u8; 64 * 1024];
                match mode[0] {
                    FAST => {
                        while let Ok(n) = sock.read(&mut buf).await {
                            if n == 0 {
                                break;
                            }
                            let at = count.load(Ordering::Relaxed);
                            assert!(buf[..n] == *slice(at, n), "the upload arrived changed near byte {at}");
                            count.fetch_add(n as u64, Ordering::Relaxed);
                        }
                        let _ = sock.write_all(&count.load(Ordering::Relaxed).to_be_bytes()).await;
                    }
                    SLOW => {
                        let mut tick = tokio::time::interval(Duration::from_millis(20));
                        loop {
                            tick.tick().await;
                            match sock.read(&mut buf[..4096]).await {
                                Ok(0) | Err(_) => break,
                                Ok(n) => count.fetch_add(n as u64, Ordering::Relaxed),
                            };
                        }
                    }
                    _ => {
                        // Holds the connection open without reading, until the peer goes.
                        let _ = sock.write_all(b"").await;
                        let mut never = [0u8; 0];
                        let _ = sock.peek(&mut never).await;
                        std::future::pending::<()>().await;
                    }
                }
            });
        }
    });
    (addr, counts)
}

/// A world whose edge is `latency` away (one way), with a tcp tunnel to `local` running.
async fn tunnel(latency: Duration, local: std::net::SocketAddr) -> (World, Running, String) {
    tunnel_in("mode = \"sdk\"\n", latency, local).await
}

/// [`tunnel`] with the given `mode` lines of `[tunnel.ngrok]`.
async fn tunnel_in(mode: &str, latency: Duration, local: std::net::SocketAddr) -> (World, Running, String) {
    let distance = Distance { latency, bandwidth: None };
    let w = World::with(Mode::Sdk, EdgeOptions { distance, ..Default::default() }).await;
    let text = format!(
        "[tunnel]\nbackend = \"ngrok\"\nlocal_addr = \"{local}\"\n\n[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\nserver_addr = \"{}\"\nca_cert = {:?}\ninspect = false\nstartup_timeout_secs = 20\n{mode}proto = \"tcp\"\n",
        w.edge.agent_addr(),
        w.edge.ca_cert_path().display().to_string(),
    );
    let cfg = w.env.write("prx.toml", text);
    set_mode(&cfg, 0o600);
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let url = run.line(URL_WAIT).await;
    assert!(url.starts_with("tcp://"), "not a tcp URL: {url}");
    (w, run, url)
}

/// Uploads `len` pattern bytes in `mode`, counting what the connection accepted in `sent`.
async fn upload(conn: &mut TcpStream, mode: u8, len: u64, sent: &AtomicU64) -> std::io::Result<()> {
    conn.write_all(&[mode]).await?;
    let mut at = 0u64;
    while at < len {
        let n = (len - at).min(64 * 1024) as usize;
        conn.write_all(slice(at, n)).await?;
        at += n as u64;
        sent.fetch_add(n as u64, Ordering::Relaxed);
    }
    Ok(())
}

/// A fast upload of `len` bytes to its end (the service's count of intact bytes); its time.
async fn timed_upload(w: &World, url: &str, len: u64) -> Duration {
    let mut conn = w.edge.tcp_connect(url).await.unwrap();
    let start = Instant::now();
    upload(&mut conn, FAST, len, &AtomicU64::new(0)).await.unwrap();
    conn.shutdown().await.unwrap();
    let mut count = [0u8; 8];
    tokio::time::timeout(Duration::from_secs(60), conn.read_exact(&mut count)).await.unwrap().unwrap();
    assert_eq!(u64::from_be_bytes(count), len, "the service counted another length");
    start.elapsed()
}

/// The service's per-connection counts of bytes read.
type Counts = Arc<std::sync::Mutex<Vec<Arc<AtomicU64>>>>;

/// Like [`timed_upload`], for agents that do not pass a half-close on (the 2.3.41 agent closes
/// the connection at the client's FIN): the time until the service has read all `len` bytes.
async fn timed_upload_counted(w: &World, url: &str, len: u64, counts: &Counts) -> Duration {
    let index = counts.lock().unwrap().len();
    let mut conn = w.edge.tcp_connect(url).await.unwrap();
    let start = Instant::now();
    upload(&mut conn, FAST, len, &AtomicU64::new(0)).await.unwrap();
    eventually(Duration::from_secs(120), "the service to read the whole upload", || {
        let read = counts.lock().unwrap().get(index).map(|c| c.load(Ordering::Relaxed));
        async move { (read == Some(len)).then_some(()) }
    })
    .await;
    start.elapsed()
}

/// Stops the tunnel with SIGINT; it must exit 0.
async fn stop(mut run: Running) {
    run.signal(nix::sys::signal::Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "{}", run.stderr());
}

/// At a 40 ms round trip muxado's 256 KiB window alone caps an upload at 6.25 MiB/s (5.5 MiB/s
/// measured before the change); the tunnel must beat that by half again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_at_a_40ms_round_trip_is_not_capped_by_muxados_window() {
    let (local, _) = service().await;
    let (w, run, url) = tunnel(Duration::from_millis(20), local).await;
    let len = 24u64 << 20;
    let took = timed_upload(&w, &url, len).await;
    let rate = len as f64 / took.as_secs_f64() / f64::from(1 << 20);
    let cap = 0.25 / 0.040;
    eprintln!("upload of 24 MiB at 40 ms RTT: {took:?}, {rate:.1} MiB/s (a 256 KiB window allows {cap:.2} MiB/s)");
    assert!(rate > 1.5 * cap, "{rate:.1} MiB/s: no faster than a 256 KiB window allows ({cap:.2} MiB/s)");
    stop(run).await;
}

/// A stream whose service never reads holds its window; another upload on the same session
/// still goes through whole, and so does one after the stalled stream is reset mid-upload.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_then_reset_stream_does_not_stop_other_uploads() {
    let (local, _) = service().await;
    let (w, run, url) = tunnel(Duration::from_millis(5), local).await;
    let mut stalled = w.edge.tcp_connect(&url).await.unwrap();
    stalled.set_zero_linger().unwrap(); // dropped, it is reset
    let sent = Arc::new(AtomicU64::new(0));
    let s = sent.clone();
    let stalled_upload = tokio::spawn(async move {
        let _ = upload(&mut stalled, STALLED, 1 << 30, &s).await;
        stalled
    });
    // The stalled stream fills its window (muxado's 256 KiB, the forwarder's buffer, sockets).
    eventually(Duration::from_secs(20), "the stalled upload to fill its window", || {
        let now = sent.load(Ordering::Relaxed);
        async move { (now > 512 * 1024).then_some(()) }
    })
    .await;
    timed_upload(&w, &url, 8 << 20).await;
    // Reset the stalled upload mid-way (RST: linger 0), then upload again.
    stalled_upload.abort();
    let _ = stalled_upload.await;
    timed_upload(&w, &url, 8 << 20).await;
    assert!(run.stderr().lines().all(|l| !l.contains("cutting the session")), "{}", run.stderr());
    stop(run).await;
}

/// 64 concurrent 100 MiB uploads (generated, never stored) into a service that reads 200 KiB/s
/// per connection: once the windows are full, prx-tunnel's resident memory stays within the
/// documented bound over its own baseline (README, Reliability): the gate's 32 MiB budget plus
/// 640 KiB per stream (muxado's 256 KiB window, the forwarder's 2 × 64 KiB buffers, the rest of
/// a connection's state: 572 KiB per stream measured before the gate held anything), with
/// 8 MiB of allocator slack. Every service connection keeps receiving meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_uploads_into_a_slow_service_stay_within_the_memory_bound() {
    const STREAMS: u64 = 64;
    let (local, counts) = service().await;
    let (w, run, url) = tunnel(Duration::from_millis(5), local).await;
    timed_upload(&w, &url, 1 << 20).await; // warm: the first connection's one-time allocations
    let baseline = rss(run.pid());
    let sent = Arc::new(AtomicU64::new(0));
    let mut uploads = Vec::new();
    for _ in 0..STREAMS {
        let mut conn = w.edge.tcp_connect(&url).await.unwrap();
        let sent = sent.clone();
        uploads.push(tokio::spawn(async move {
            let _ = upload(&mut conn, SLOW, 100 << 20, &sent).await;
        }));
    }
    let bound = (32 << 20) + STREAMS * 640 * 1024 + (8 << 20);
    let mut peak = 0;
    // The windows are full when the clients got at least every buffer of the path filled (the
    // gate's budget, muxado's and the forwarder's buffers) and have been stopped for a second:
    // no more than the service's reading has gone in since.
    let start = Instant::now();
    let (mut last_sent, mut still_since) = (0u64, Instant::now());
    eventually(Duration::from_secs(90), "the 64 uploads to fill their windows", || {
        let now_sent = sent.load(Ordering::Relaxed);
        let read: u64 = counts.lock().unwrap().iter().map(|c| c.load(Ordering::Relaxed)).sum();
        peak = peak.max(rss(run.pid()));
        assert!(peak <= baseline + bound, "RSS {peak} above baseline {baseline} + bound {bound}");
        // Growth beyond what the service read means buffers still fill.
        let accepted = now_sent - read;
        if accepted > last_sent {
            (last_sent, still_since) = (accepted, Instant::now());
        }
        let full = now_sent > (32 << 20) + STREAMS * 384 * 1024 && still_since.elapsed() > Duration::from_secs(1);
        async move { full.then_some(()) }
    })
    .await;
    let read: Vec<u64> = counts.lock().unwrap().iter().skip(1).map(|c| c.load(Ordering::Relaxed)).collect();
    assert_eq!(read.len(), STREAMS as usize, "every upload reached the service");
    assert!(read.iter().all(|r| *r > 0), "an upload's stream stopped flowing: {read:?}");
    eprintln!(
        "64 slow uploads: {} MiB accepted from the clients in {:?}; RSS baseline {} KiB, peak {} KiB (+{} KiB; bound +{} KiB)",
        sent.load(Ordering::Relaxed) >> 20,
        start.elapsed(),
        baseline / 1024,
        peak / 1024,
        (peak - baseline) / 1024,
        bound / 1024
    );
    for u in &uploads {
        u.abort();
    }
    stop(run).await;
}

/// The figures README gives (Reliability, "The upload window"): a 64 MiB upload at a 40 ms
/// round trip through prx-tunnel in SDK mode and through the real ngrok 2.3.41 agent (CLI mode),
/// median of three each. Long (about a minute in a debug build): `--ignored`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn upload_at_a_40ms_round_trip_prx_sdk_against_the_2_3_41_agent() {
    let agent =
        ngrok_sim::agent_v2::ensure_ngrok_v2().expect("the real ngrok 2.3.41 agent (see crates/ngrok-sim: agent_v2)");
    let cli = format!("mode = \"cli\"\nngrok_path = {:?}\n", agent.display().to_string());
    let len = 64u64 << 20;
    let mut rates = Vec::new();
    for mode in ["mode = \"sdk\"\n", cli.as_str()] {
        let (local, counts) = service().await;
        let (w, run, url) = tunnel_in(mode, Duration::from_millis(20), local).await;
        let mut runs = Vec::new();
        for _ in 0..3 {
            let took = timed_upload_counted(&w, &url, len, &counts).await;
            runs.push(len as f64 / took.as_secs_f64() / f64::from(1 << 20));
        }
        runs.sort_by(f64::total_cmp);
        eprintln!("{}: 64 MiB upload at 40 ms RTT, MiB/s: {runs:.1?}", mode.lines().next().unwrap());
        rates.push(runs[1]);
        stop(run).await;
    }
    eprintln!("prx SDK / 2.3.41 agent: {:.1}×", rates[0] / rates[1]);
    assert!(rates[0] > 3.0 * rates[1], "prx SDK {:.1} MiB/s, the agent {:.1} MiB/s", rates[0], rates[1]);
}

/// 16 uploads of 6 MiB at once at a 40 ms round trip: their frames interleave on the session
/// and the gate releases held data out of order across streams; each arrives whole and in order
/// (the service checks the pattern and counts), and the session is never cut.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixteen_concurrent_uploads_at_a_distance_arrive_intact() {
    let (local, _) = service().await;
    let (w, run, url) = tunnel(Duration::from_millis(20), local).await;
    let w = Arc::new(w);
    let mut uploads = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let (w, url) = (w.clone(), url.clone());
        uploads.spawn(async move { timed_upload(&w, &url, 6 << 20).await });
    }
    while let Some(done) = uploads.join_next().await {
        done.expect("an upload failed");
    }
    assert!(run.stderr().lines().all(|l| !l.contains("cutting the session")), "{}", run.stderr());
    stop(run).await;
}
