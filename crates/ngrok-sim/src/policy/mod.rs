//! Traffic Policy enforcement: one path for every endpoint, whether its agent sent a
//! `TrafficPolicy` document or the deprecated Bind options (translated into the same rules).
//!
//! Phases run in order (`on_tcp_connect`, `on_http_request`, `on_http_response`); rules run in
//! order; a rule's expressions are ANDed (none = always); its actions run in order until one
//! ends the exchange (deny, custom-response, redirect, a failed basic-auth, …).

mod actions;
mod bind_check;
pub(crate) mod cel_env;
mod exchange;
mod forward_internal;
mod http;
mod limits;
mod macros;
mod run;
mod translate;
pub(crate) mod webhook;

use traffic_policy::{Phase, Policy};

pub(crate) use actions::Algorithm;
pub(crate) use bind_check::{effective, sent_policy};
pub(crate) use exchange::{Exchange, InternalOnline, Reply, RequestView, ResponseView, Verdict};
pub(crate) use forward_internal::MAX_FORWARDS;

use actions::{Act, compile_action};
use cel_env::compile;

/// The circuit breaker's rolling window for the deprecated `CircuitBreaker` Bind option.
pub const BREAKER_WINDOW: std::time::Duration = std::time::Duration::from_secs(10);
/// The deprecated `CircuitBreaker` Bind option trips only once the window holds this many responses.
pub const BREAKER_MIN_VOLUME: usize = 3;

/// One rule, compiled.
pub(crate) struct CompiledRule {
    /// 0-based position in its phase.
    pub index: usize,
    /// Its name, when it has one.
    pub name: Option<String>,
    /// The expressions, as written and compiled.
    pub expressions: Vec<(String, cel::Program)>,
    /// The actions, compiled.
    pub actions: Vec<Act>,
}

/// An endpoint's effective policy, compiled for enforcement.
pub(crate) struct EndpointPolicy {
    /// The effective document (translated Bind options first, then the agent's own rules).
    pub document: Policy,
    tcp_connect: Vec<CompiledRule>,
    http_request: Vec<CompiledRule>,
    http_response: Vec<CompiledRule>,
}

impl EndpointPolicy {
    /// Compiles a document already accepted by `bind_check`.
    pub(crate) fn compile(document: Policy) -> Result<EndpointPolicy, String> {
        let phase = |p: Phase| -> Result<Vec<CompiledRule>, String> {
            document
                .rules(p)
                .iter()
                .enumerate()
                .map(|(index, rule)| {
                    Ok(CompiledRule {
                        index,
                        name: rule.name.clone(),
                        expressions: rule
                            .expressions
                            .iter()
                            .map(|e| compile(e).map(|p| (e.clone(), p)))
                            .collect::<Result<_, _>>()?,
                        actions: rule
                            .actions
                            .iter()
                            .map(|a| compile_action(&a.kind, a.config.as_ref()))
                            .collect::<Result<_, _>>()?,
                    })
                })
                .collect()
        };
        Ok(EndpointPolicy {
            tcp_connect: phase(Phase::TcpConnect)?,
            http_request: phase(Phase::HttpRequest)?,
            http_response: phase(Phase::HttpResponse)?,
            document,
        })
    }

    /// The compiled rules of one phase.
    pub(crate) fn rules(&self, phase: Phase) -> &[CompiledRule] {
        match phase {
            Phase::TcpConnect => &self.tcp_connect,
            Phase::HttpRequest => &self.http_request,
            Phase::HttpResponse => &self.http_response,
        }
    }

    /// Whether a request's body must be read before the request phase (verify-webhook signs it).
    pub(crate) fn needs_request_body(&self) -> bool {
        self.http_request.iter().flat_map(|r| &r.actions).any(|a| matches!(a, Act::VerifyWebhook { .. }))
    }
}
