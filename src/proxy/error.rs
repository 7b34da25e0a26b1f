//! What can go wrong choosing or going through a proxy. Every message names the proxy (masked)
//! and the fix; none holds a secret.

use std::io;

/// A proxy failure.
#[derive(Debug, thiserror::Error)]
pub enum ProxyError {
    /// A proxy environment variable holds something that is not a proxy URL.
    #[error("the environment variable {var} {reason}")]
    InvalidEnv {
        /// The variable's name.
        var: &'static str,
        /// What is wrong and what to write.
        reason: String,
    },
    /// The direct TCP connection failed (no proxy in use).
    #[error("could not connect to {addr}: {source}")]
    Direct {
        /// The destination.
        addr: String,
        /// The socket error.
        source: io::Error,
    },
    /// The proxy itself could not be reached.
    #[error(
        "could not reach the proxy {proxy} (chosen by {origin}): {source}; start the proxy or fix its address in {origin}"
    )]
    Unreachable {
        /// The proxy, masked.
        proxy: String,
        /// Which setting chose it.
        origin: String,
        /// The socket error.
        source: io::Error,
    },
    /// TLS to an `https://` proxy failed.
    #[error(
        "TLS to the proxy {proxy} failed: {source}; check that it serves TLS with a certificate the system trusts, or use http://"
    )]
    Tls {
        /// The proxy, masked.
        proxy: String,
        /// The TLS error.
        source: io::Error,
    },
    /// The proxy wants credentials (HTTP 407, or SOCKS5 asking for a password) and none were given.
    #[error(
        "the proxy {proxy} requires authentication ({detail}); put the user and password into {origin}: scheme://user:password@host:port"
    )]
    AuthRequired {
        /// The proxy, masked.
        proxy: String,
        /// Which setting chose it.
        origin: String,
        /// The proxy's answer.
        detail: String,
    },
    /// The proxy rejected the credentials of the proxy URL.
    #[error("the proxy {proxy} rejected the user name or password of the proxy URL ({detail}); fix them in {origin}")]
    AuthRejected {
        /// The proxy, masked.
        proxy: String,
        /// Which setting chose it.
        origin: String,
        /// The proxy's answer.
        detail: String,
    },
    /// The proxy refused to open a tunnel to the destination.
    #[error(
        "the proxy {proxy} refused to connect to {target} ({detail}); ask its administrator to allow {target}, or bypass the proxy for it with NO_PROXY if it is reachable directly"
    )]
    Refused {
        /// The proxy, masked.
        proxy: String,
        /// The destination.
        target: String,
        /// The proxy's answer.
        detail: String,
    },
    /// The proxy could not reach the destination (it is down, or blocked beyond the proxy).
    #[error(
        "the proxy {proxy} could not reach {target} ({detail}); the destination may be down or blocked beyond the proxy"
    )]
    Unreached {
        /// The proxy, masked.
        proxy: String,
        /// The destination.
        target: String,
        /// The proxy's answer.
        detail: String,
    },
    /// The proxy answered something that is not the protocol of its scheme.
    #[error(
        "the proxy {proxy} did not answer as a {expected} proxy ({detail}); check the scheme of the proxy URL (http:// or socks5://) in {origin}"
    )]
    Protocol {
        /// The proxy, masked.
        proxy: String,
        /// Which setting chose it.
        origin: String,
        /// "HTTP" or "SOCKS5".
        expected: &'static str,
        /// What went wrong.
        detail: String,
    },
}

impl ProxyError {
    /// True when retrying cannot help (credentials, refusal, wrong protocol): the caller should
    /// give up at once instead of reconnecting until its timeout.
    pub fn is_permanent(&self) -> bool {
        matches!(
            self,
            ProxyError::AuthRequired { .. }
                | ProxyError::AuthRejected { .. }
                | ProxyError::Refused { .. }
                | ProxyError::Protocol { .. }
                | ProxyError::InvalidEnv { .. }
        )
    }
}
