//! Binding the web address: the default tries 127.0.0.1:4040, then 4041… like the agent;
//! an explicit address is bound exactly or fails with a clear error.

use std::net::SocketAddr;

use tokio::net::TcpListener;

use crate::config::{DEFAULT_WEB_ADDR, WebAddr};

/// How many ports after 4040 the default address tries.
const FALLBACKS: u16 = 100;

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
            for offset in 0..=FALLBACKS {
                let addr = SocketAddr::new(DEFAULT_WEB_ADDR.ip(), DEFAULT_WEB_ADDR.port() + offset);
                match TcpListener::bind(addr).await {
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
