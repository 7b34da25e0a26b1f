//! Binding the web address: the default tries 127.0.0.1:4040, then 4041… like the agent;
//! an explicit address is bound exactly or fails with a clear error.

use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::net::TcpListener;

use crate::config::{DEFAULT_WEB_ADDR, WebAddr};

/// How many ports after 4040 the default address tries.
const FALLBACKS: u16 = 100;

/// The address this process listened on last: after a config reload the previous run's
/// listener may take a moment to close, and its address is waited for rather than given up.
static LAST: Mutex<Option<SocketAddr>> = Mutex::new(None);

/// How long the previous run's address is waited for.
const REBIND_WAIT: Duration = Duration::from_secs(2);

/// Binds `addr`; when this process held it before, waits (polling) for it to be free again.
async fn bind_once(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let ours = *LAST.lock().unwrap_or_else(|e| e.into_inner()) == Some(addr);
    let start = Instant::now();
    loop {
        match TcpListener::bind(addr).await {
            Err(e) if ours && e.kind() == std::io::ErrorKind::AddrInUse && start.elapsed() < REBIND_WAIT => {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            Ok(listener) => {
                let bound = listener.local_addr().ok();
                *LAST.lock().unwrap_or_else(|e| e.into_inner()) = bound.filter(|b| b.port() == addr.port());
                return Ok(listener);
            }
            Err(e) => return Err(e),
        }
    }
}

/// Why the web address could not be bound.
#[derive(Debug, thiserror::Error)]
pub enum BindError {
    /// An explicit `web_addr` is taken or not bindable.
    #[error(
        "web_addr {addr} cannot be used: {source}\nFree it, choose another web_addr (e.g. \"127.0.0.1:4050\"), or set web_addr = false."
    )]
    Explicit {
        /// The configured address.
        addr: SocketAddr,
        /// The bind error.
        source: std::io::Error,
    },
    /// Every default port is taken.
    #[error(
        "no free port for the web inspector from {first} on ({count} tried); set web_addr to a free address or false"
    )]
    NoDefault {
        /// 127.0.0.1:4040.
        first: SocketAddr,
        /// How many were tried.
        count: u16,
    },
}

/// Binds `web_addr` (None when it is off).
pub async fn bind(web_addr: WebAddr) -> Result<Option<TcpListener>, BindError> {
    match web_addr {
        WebAddr::Off => Ok(None),
        WebAddr::At(addr) => {
            TcpListener::bind(addr).await.map(Some).map_err(|source| BindError::Explicit { addr, source })
        }
        WebAddr::Default => {
            let previous = LAST.lock().unwrap_or_else(|e| e.into_inner()).filter(|a| {
                a.ip() == DEFAULT_WEB_ADDR.ip()
                    && (DEFAULT_WEB_ADDR.port()..=DEFAULT_WEB_ADDR.port() + FALLBACKS).contains(&a.port())
            });
            if let Some(Ok(listener)) = match previous {
                Some(addr) => Some(bind_once(addr).await),
                None => None,
            } {
                return Ok(Some(listener));
            }
            for offset in 0..=FALLBACKS {
                let addr = SocketAddr::new(DEFAULT_WEB_ADDR.ip(), DEFAULT_WEB_ADDR.port() + offset);
                match bind_once(addr).await {
                    Ok(listener) => return Ok(Some(listener)),
                    Err(error) if offset == 0 => {
                        tracing::warn!(%addr, %error, "can't bind the default web address, trying alternatives");
                    }
                    Err(_) => {}
                }
            }
            Err(BindError::NoDefault { first: DEFAULT_WEB_ADDR, count: FALLBACKS + 1 })
        }
    }
}
