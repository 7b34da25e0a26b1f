//! The nearest point of presence: without `region`, SDK mode dials ngrok's default ingress
//! `connect.ngrok-agent.com:443`; with one, that region's `connect.<region>.ngrok-agent.com:443`,
//! and `check` says ngrok deprecated `region`. The address dialled is read off the CONNECT the
//! real binary sends to an HTTPS proxy on loopback, which refuses it: nothing leaves the machine.

use std::time::Duration;

use nix::sys::signal::Signal;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use super::support::Sealed;
use super::world::TOKEN;

const DIAL_WAIT: Duration = Duration::from_secs(20);

/// An HTTP proxy on loopback that records each CONNECT target and answers 502 to it.
async fn refusing_proxy() -> (String, mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (seen, targets) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && tcp.read(&mut byte).await.unwrap_or(0) == 1 {
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                if let Some(target) = head.strip_prefix("CONNECT ").and_then(|r| r.split(' ').next()) {
                    let _ = seen.send(target.to_owned());
                }
                let _ = tcp.write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n").await;
            });
        }
    });
    (url, targets)
}

fn config(sealed: &Sealed, extra: &str) -> std::path::PathBuf {
    sealed.write(
        "prx.toml",
        format!(
            "[tunnel]\nbackend = \"ngrok\"\nlocal_addr = \"127.0.0.1:9\"\n\n[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\ninspect = false\nstartup_timeout_secs = 30\n{extra}"
        ),
    )
}

/// Starts the tunnel through the refusing proxy and returns the first address it dials.
async fn dialled(extra: &str) -> String {
    let sealed = Sealed::new();
    let cfg = config(&sealed, extra);
    let (proxy, mut targets) = refusing_proxy().await;
    let run = sealed.cmd().env("HTTPS_PROXY", &proxy).args(["--config", cfg.to_str().unwrap(), "start"]).spawn();
    let target = tokio::time::timeout(DIAL_WAIT, targets.recv())
        .await
        .unwrap_or_else(|_| panic!("no CONNECT within {DIAL_WAIT:?}:\n{}", run.stderr()))
        .expect("the proxy is running");
    run.signal(Signal::SIGTERM);
    target
}

#[tokio::test]
async fn without_a_region_sdk_mode_dials_the_default_ingress() {
    assert_eq!(dialled("").await, "connect.ngrok-agent.com:443");
}

#[tokio::test]
async fn an_explicit_region_is_dialled_and_check_calls_it_deprecated() {
    assert_eq!(dialled("region = \"eu\"\n").await, "connect.eu.ngrok-agent.com:443");
    let sealed = Sealed::new();
    let cfg = config(&sealed, "region = \"ap\"\n");
    let out = sealed.cmd().args(["--config", cfg.to_str().unwrap(), "check"]).run().await.success();
    assert!(out.stdout.contains("# connect to connect.ap.ngrok-agent.com:443 (region ap)"), "{}", out.stdout);
    assert!(out.stdout.contains("ngrok deprecated `region`"), "{}", out.stdout);
}

#[tokio::test]
async fn check_shows_the_default_ingress_without_a_region() {
    let sealed = Sealed::new();
    let cfg = config(&sealed, "");
    let out = sealed.cmd().args(["--config", cfg.to_str().unwrap(), "check"]).run().await.success();
    assert!(out.stdout.contains("# connect to connect.ngrok-agent.com:443 (ngrok's default ingress"), "{}", out.stdout);
    assert!(!out.stdout.contains("deprecated"), "{}", out.stdout);
}
