//! `start --wait-ready` / `wait_ready = true`: before the public URL is printed, confirm that a
//! request through it reaches the tunnel. Right after a Bind the real edge can briefly answer
//! ERR_NGROK_3200 (endpoint offline); a script that uses the URL the instant it is printed
//! would see that.
//!
//! An http(s) endpoint is ready when a GET of its URL gets any answer other than the edge's
//! "endpoint offline" (ERR_NGROK_3200): a 401 from basic auth or a 502 from a stopped service
//! still proves the edge routes to this tunnel. A tcp endpoint is ready when a connection to
//! its public address opens and is not closed at once (it stays open for half a second, or
//! data arrives). Attempts back off from 100 ms to 1 s; each is logged at `-v`;
//! the caller bounds the whole wait by the startup timeout.
//!
//! The public host is resolved normally, unless `PRX_TUNNEL_CONNECT_TO` says otherwise (curl's
//! `--connect-to` syntax, `HOST:PORT:TO_HOST:TO_PORT`, an empty HOST or PORT matching any, an
//! empty TO_PORT keeping the port), for
//! split-horizon DNS and private edges. The probe trusts the system's roots plus `ca_cert` /
//! `root_cas`, and goes through the proxy chosen for the public host by the usual rules.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use url::Url;

use crate::config::{RootCas, TunnelConfig};

/// The environment variable that redirects the probe's connections (curl `--connect-to` syntax).
pub const CONNECT_TO_VAR: &str = "PRX_TUNNEL_CONNECT_TO";

/// The edge's error code for "endpoint offline".
const OFFLINE: &str = "ERR_NGROK_3200";
const FIRST_WAIT: Duration = Duration::from_millis(100);
const MAX_WAIT: Duration = Duration::from_secs(1);
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(3);
/// How long a tcp probe connection must stay open to count as routed.
const TCP_SETTLE: Duration = Duration::from_millis(500);

/// The last failed attempt, shared with the caller for its timeout message.
pub type LastAttempt = Arc<Mutex<Option<String>>>;

/// Retries until a request through `url` reaches the tunnel. Never gives up by itself: the
/// caller drops it at its deadline and reports `last`.
pub async fn confirm(url: String, cfg: TunnelConfig, last: LastAttempt) {
    let mut wait = FIRST_WAIT;
    let mut attempt = 1u32;
    let probe = Probe::new(&url, &cfg);
    loop {
        let outcome = match &probe {
            Ok(p) => p.once().await,
            Err(e) => Err(format!("{e:#}")),
        };
        match outcome {
            Ok(how) => {
                tracing::info!(%url, attempt, "the public URL is ready: {how}");
                return;
            }
            Err(why) => {
                let why = crate::logging::scrub(&why);
                tracing::debug!(%url, attempt, "not ready yet: {why}");
                *last.lock().unwrap_or_else(|e| e.into_inner()) = Some(why);
            }
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(MAX_WAIT);
        attempt += 1;
    }
}

/// One way of reaching the public URL.
enum Probe {
    Http { client: reqwest::Client, url: Url },
    Tcp { addr: String },
}

impl Probe {
    fn new(url: &str, cfg: &TunnelConfig) -> Result<Probe> {
        let (parsed, redirect) = target(url)?;
        if parsed.scheme() == "tcp" {
            let host = parsed.host_str().unwrap_or_default();
            let port = parsed.port().unwrap_or_default();
            let addr = redirect.map_or(format!("{host}:{port}"), |a| a.to_string());
            return Ok(Probe::Tcp { addr });
        }
        Ok(Probe::Http { client: http_client(&parsed, redirect, cfg)?, url: parsed })
    }

    /// One attempt: Ok(what answered) or Err(why not ready).
    async fn once(&self) -> Result<String, String> {
        match self {
            Probe::Tcp { addr } => {
                use tokio::io::AsyncReadExt;
                let mut conn = tokio::net::TcpStream::connect(addr.as_str())
                    .await
                    .map_err(|e| format!("connecting to {addr}: {e}"))?;
                let mut byte = [0u8; 1];
                match tokio::time::timeout(TCP_SETTLE, conn.read(&mut byte)).await {
                    Err(_) => Ok(format!("a connection to {addr} opened and stayed open")),
                    Ok(Ok(n)) if n > 0 => Ok(format!("a connection to {addr} opened and data arrived")),
                    Ok(_) => Err(format!("a connection to {addr} was closed at once (endpoint not online yet)")),
                }
            }
            Probe::Http { client, url } => {
                let res = client.get(url.clone()).send().await.map_err(|e| crate::sdk::error_chain(&e))?;
                let status = res.status();
                let code = res.headers().get("ngrok-error-code").and_then(|v| v.to_str().ok()).map(str::to_owned);
                let body =
                    if code.is_none() && status == 404 { res.text().await.unwrap_or_default() } else { String::new() };
                if code.as_deref() == Some(OFFLINE) || body.contains(OFFLINE) {
                    return Err(format!("the edge answered {status} {OFFLINE} (endpoint not online yet)"));
                }
                Ok(format!("HTTP {status}"))
            }
        }
    }
}

/// The URL parsed, and where `PRX_TUNNEL_CONNECT_TO` sends its host and port, if anywhere.
fn target(url: &str) -> Result<(Url, Option<SocketAddr>)> {
    let parsed = Url::parse(url).with_context(|| format!("the public URL {url} is not a URL"))?;
    let host = parsed.host_str().unwrap_or_default().to_owned();
    let port = parsed.port_or_known_default().or(parsed.port()).unwrap_or(443);
    let redirect = connect_to(&std::env::var(CONNECT_TO_VAR).unwrap_or_default(), &host, port)?;
    Ok((parsed, redirect))
}

/// An HTTP client for a public http(s) URL: `PRX_TUNNEL_CONNECT_TO`, the system's roots plus
/// `ca_cert`/`root_cas`, the proxy chosen for the public host; no redirects followed.
pub fn public_client(url: &str, cfg: &TunnelConfig) -> Result<(reqwest::Client, Url)> {
    let (parsed, redirect) = target(url)?;
    Ok((http_client(&parsed, redirect, cfg)?, parsed))
}

fn http_client(url: &Url, redirect: Option<SocketAddr>, cfg: &TunnelConfig) -> Result<reqwest::Client> {
    let host = url.host_str().unwrap_or_default();
    let env = |name: &str| std::env::var(name).ok();
    let proxy = crate::proxy::choose(cfg.proxy_url.as_ref(), &env, host)?;
    let mut b = reqwest::Client::builder()
        .user_agent(concat!("prx-tunnel/", env!("CARGO_PKG_VERSION"), " (probe)"))
        .timeout(ATTEMPT_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy();
    if let Some(addr) = redirect {
        b = b.resolve(host, addr);
    } else if let Some(p) = &proxy.proxy {
        b = b.proxy(reqwest::Proxy::all(p.expose()).context("the proxy for the public URL")?);
    }
    let pem_path = cfg.ca_cert.clone().or(match &cfg.root_cas {
        Some(RootCas::Path(p)) => Some(p.clone()),
        _ => None,
    });
    if let Some(path) = pem_path {
        let pem = std::fs::read(&path).with_context(|| format!("could not read {}", path.display()))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .with_context(|| format!("{} holds no PEM certificate", path.display()))?;
        b = b.tls_certs_merge(certs);
    }
    b.build().context("could not build the HTTP client for the public URL")
}

/// The address `host:port` is redirected to by a `--connect-to` style `spec`, if any. Several
/// entries may be separated by commas; the first match wins.
pub fn connect_to(spec: &str, host: &str, port: u16) -> Result<Option<SocketAddr>> {
    for entry in spec.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let parts: Vec<&str> = entry.splitn(3, ':').collect();
        let [from_host, from_port, to] = parts[..] else {
            anyhow::bail!("{CONNECT_TO_VAR} entry {entry:?} is not HOST:PORT:TO_HOST:TO_PORT");
        };
        let host_ok = from_host.is_empty() || from_host.eq_ignore_ascii_case(host);
        let port_ok = from_port.is_empty() || from_port == port.to_string();
        if host_ok && port_ok {
            let bad = || format!("{CONNECT_TO_VAR} entry {entry:?}: {to:?} is not IP:PORT (the port may be empty)");
            let (to_host, to_port) = to.rsplit_once(':').with_context(bad)?;
            let to_port = if to_port.is_empty() { port } else { to_port.parse().with_context(bad)? };
            let ip: std::net::IpAddr =
                to_host.trim_start_matches('[').trim_end_matches(']').parse().with_context(bad)?;
            return Ok(Some(SocketAddr::new(ip, to_port)));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_to_matches_host_and_port_or_any() {
        let any = connect_to(":443:127.0.0.1:4000", "a.ngrok-free.app", 443).unwrap();
        assert_eq!(any, Some("127.0.0.1:4000".parse().unwrap()));
        assert_eq!(connect_to(":443:127.0.0.1:4000", "a.ngrok-free.app", 80).unwrap(), None);
        let named = "b.example:443:127.0.0.1:1, a.example::[::1]:2";
        assert_eq!(connect_to(named, "a.example", 8443).unwrap(), Some("[::1]:2".parse().unwrap()));
        assert!(connect_to("nonsense", "h", 1).is_err());
        assert_eq!(
            connect_to("0.tcp.ngrok.io::127.0.0.1:", "0.tcp.ngrok.io", 41234).unwrap(),
            Some("127.0.0.1:41234".parse().unwrap())
        );
        assert_eq!(connect_to("", "h", 1).unwrap(), None);
    }
}
