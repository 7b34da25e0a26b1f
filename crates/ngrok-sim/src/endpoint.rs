//! An online endpoint: where it lives, who serves it and the policy it enforces.

use muxado::MuxadoOpen;
use muxado::typed::Typed;
use tokio_util::sync::CancellationToken;

use crate::policy::EndpointPolicy;

/// An online endpoint.
pub(crate) struct Endpoint {
    /// Public URL.
    pub url: String,
    /// Endpoint id (the ProxyHeader `Id`).
    pub id: String,
    /// `http`, `https`, `tcp`.
    pub proto: String,
    /// The owning session.
    pub session_id: String,
    /// The owning connection (a resumed session id may move to a new connection).
    pub conn: u64,
    /// `public` or `internal`: an internal endpoint is reached only through `forward-internal`.
    pub binding: String,
    /// Whether it may share its URL with other endpoints that allow it too (a pool).
    pub pooling_enabled: bool,
    /// `ForwardsTo` as the agent declared it.
    pub forwards_to: String,
    /// Whether the host was chosen at random (not a domain or subdomain the agent asked for).
    pub random_host: bool,
    /// The Traffic Policy it enforces (its Bind options translated, then its own document).
    pub policy: EndpointPolicy,
    /// Opens streams to the owning agent.
    pub opener: Typed<MuxadoOpen>,
    /// The owning connection's proxy-stream slots.
    pub proxy_slots: std::sync::Arc<tokio::sync::Semaphore>,
    /// Cancelled when the endpoint goes offline (stops its TCP listener).
    pub gone: CancellationToken,
    /// When it starts taking traffic (its Bind plus the propagation delay).
    pub routable_at: std::time::Instant,
}

impl Endpoint {
    /// Whether public listeners may route to it.
    pub(crate) fn is_public(&self) -> bool {
        self.binding == crate::binding::PUBLIC
    }
}
