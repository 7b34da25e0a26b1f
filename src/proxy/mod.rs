//! Outbound proxies: which one a connection uses (`proxy_url`, else `HTTPS_PROXY`/`ALL_PROXY`
//! unless `NO_PROXY` matches) and why, and dialing through it (HTTP CONNECT or SOCKS5) with
//! errors that name the proxy (password masked) and the fix.

mod choose;
mod dial;
mod error;
mod url;

pub use choose::{AGENT_ENV_VARS, Choice, NO_PROXY_VARS, PROXY_VARS, choose, no_proxy_matches, split_host_port};
pub use dial::{Dialed, Stream, dial};
pub use error::ProxyError;
pub use url::{ProxyKind, ProxyUrl};
