//! ngrok-sim: a local, protocol-faithful stand-in for the ngrok cloud edge.
//!
//! [`Edge::start`] opens, on fresh loopback ports, a TLS agent ingress speaking the ngrok tunnel
//! protocol (muxado with typed streams and heartbeats; Auth, Bind, Unbind, Proxy, Stop, Restart,
//! Update), public HTTP and HTTPS listeners routing by scheme and host to the agents' endpoints
//! and enforcing each endpoint's Traffic Policy (the agent's document, and the deprecated Bind
//! options translated into the same rules), a loopback listener per tcp endpoint, and a JSON
//! control API. Everything an agent
//! sends is recorded for tests to assert on; faults (dropped sessions, an ingress outage,
//! silenced heartbeats, failing auth) can be injected. [`agent_v2`] fetches and drives the real
//! ngrok 2.3.41 agent against it. See `crates/ngrok-sim/README.md`.

#![warn(missing_docs)]

#[cfg(feature = "agent-v2")]
pub mod agent_v2;
mod auth;
mod bind;
mod binding;
mod ca;
mod client;
mod codes;
mod compress;
mod control;
mod distance;
mod edge;
mod endpoint;
mod faults;
mod forward;
mod forward_internal;
mod go_window;
mod hop_headers;
mod ingress;
mod localhost;
mod observe;
mod opts;
mod policy;
mod pool;
mod propagation;
mod proxy;
mod public_http;
mod records;
mod session;
mod state;
mod tcp_edge;
mod urls;
mod wire;

pub use auth::well_formed;
pub use client::{PublicRequest, PublicResponse, REQUEST_TIMEOUT};
pub use distance::{Distance, parse_bandwidth};
pub use edge::{Edge, EdgeOptions};
pub use faults::COMMAND_TIMEOUT;
pub use localhost::PublicUrls;
pub use policy::{BREAKER_MIN_VOLUME, BREAKER_WINDOW};
pub use records::{AuthRecord, BindRecord, EndpointInfo, PolicyLog, SessionInfo};
pub use urls::{FREE_DOMAIN, TCP_HOST};
