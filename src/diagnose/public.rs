//! `--public`: a request through the test endpoint's public URL, answered by this process
//! through the tunnel with a one-time token, proves the whole path end to end.

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::network::STAGE_TIMEOUT;
use crate::config::TunnelConfig;

/// Sends GET through `url` and answers it from `tunnel`; Ok(detail) or Err((cause, fix)).
pub async fn round_trip(
    url: &str,
    cfg: &TunnelConfig,
    tunnel: &mut ngrok::tunnel::HttpTunnel,
) -> (Instant, Result<String, (String, String)>) {
    let started = Instant::now();
    let token = format!("prx-tunnel-diagnose-{:016x}", rand::random::<u64>());
    let (client, parsed) = match crate::ready::public_client(url, cfg) {
        Ok(c) => c,
        Err(e) => return (started, Err((format!("{e:#}"), "fix the setting named".to_owned()))),
    };
    let answer = answer_one(tunnel, &token);
    let ask = async {
        let deadline = Instant::now() + STAGE_TIMEOUT;
        loop {
            let last = match client.get(parsed.clone()).send().await {
                Ok(res) => {
                    let status = res.status();
                    let body = res.text().await.unwrap_or_default();
                    if body.contains(&token) {
                        return Ok(format!("GET {url} came back through the tunnel: HTTP {status}"));
                    }
                    format!("HTTP {status} without the test token: {}", body.chars().take(120).collect::<String>())
                }
                Err(e) => crate::sdk::error_chain(&e),
            };
            if Instant::now() >= deadline {
                return Err((
                    format!("the last attempt got: {last}"),
                    "the public URL is not reachable from here: check DNS for its host, a proxy or firewall \
                     for outbound HTTPS (set PRX_TUNNEL_CONNECT_TO for a private edge)"
                        .to_owned(),
                ));
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    };
    tokio::pin!(answer);
    let result = tokio::select! {
        r = ask => r,
        served = &mut answer => match served {
            Ok(()) => Err(("the tunnel answered but the answer never came back".into(), "check the proxy or firewall between this machine and the public URL".into())),
            Err(e) => Err((format!("the tunnel stopped accepting: {e}"), "run diagnose again".into())),
        },
    };
    (started, result)
}

/// Answers every request arriving on the tunnel with `token` (returns only on an error).
async fn answer_one(tunnel: &mut ngrok::tunnel::HttpTunnel, token: &str) -> Result<(), String> {
    loop {
        let Some(mut conn) = tunnel.try_next().await.map_err(|e| e.to_string())? else {
            return Err("the tunnel closed".into());
        };
        let body = token.to_owned();
        tokio::spawn(async move {
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
                match conn.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = conn.write_all(response.as_bytes()).await;
            let _ = conn.shutdown().await;
        });
    }
}
