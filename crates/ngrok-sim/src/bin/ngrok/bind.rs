//! Binding an [`EndpointSpec`] through the `ngrok` crate's builders (every option becomes the
//! matching Bind option) and forwarding its connections to the upstream.

use std::sync::Arc;

use ngrok::Session;
use ngrok::config::{ForwarderBuilder, ProxyProto, TunnelBuilder};
use ngrok::forwarder::Forwarder;
use ngrok::prelude::{EndpointInfo, TunnelCloser, TunnelInfo};
use ngrok::session::RpcError;
use ngrok::tunnel::{HttpTunnel, TcpTunnel};

use crate::counted::{Counted, Route};
use crate::endpoint::{EndpointSpec, Proto, Scheme};
use crate::metrics::Metrics;

/// A bound endpoint that is forwarding.
pub enum Started {
    /// HTTP forwarder of the `ngrok` crate (upstreams over TLS or HTTP/2, PROXY headers).
    Http(Forwarder<HttpTunnel>),
    /// TCP forwarder of the `ngrok` crate (PROXY headers, TLS upstreams).
    Tcp(Forwarder<TcpTunnel>),
    /// Forwarded by this agent, which counts what it forwards (plain upstreams).
    Counted(Counted),
}

impl Started {
    /// The tunnel ID assigned by the edge.
    pub fn id(&self) -> String {
        match self {
            Started::Http(f) => f.id().to_string(),
            Started::Tcp(f) => f.id().to_string(),
            Started::Counted(c) => c.id.clone(),
        }
    }

    /// The public URL assigned by the edge.
    pub fn url(&self) -> String {
        match self {
            Started::Http(f) => f.url().to_string(),
            Started::Tcp(f) => f.url().to_string(),
            Started::Counted(c) => c.url.clone(),
        }
    }

    /// Unbinds the endpoint at the edge.
    pub async fn close(&mut self) -> Result<(), RpcError> {
        match self {
            Started::Http(f) => f.close().await,
            Started::Tcp(f) => f.close().await,
            Started::Counted(c) => c.close().await,
        }
    }
}

/// How this agent forwards `spec` itself, counting into `metrics`: for plain upstreams
/// (`http://` or tcp, no PROXY header, no HTTP/2); the others go through the crate's forwarder.
fn counted_route(spec: &EndpointSpec) -> Option<Route> {
    let plain = matches!(spec.upstream.scheme(), "http" | "tcp")
        && spec.proxy_proto.unwrap_or(0) == 0
        && spec.app_protocol.as_deref().is_none_or(|p| p == "http1");
    let host = spec.upstream.host_str()?;
    let port = spec.upstream.port_or_known_default()?;
    let http = spec.proto == Proto::Http;
    plain.then(|| Route { upstream: format!("{host}:{port}"), http, read_http: http && spec.inspect })
}

fn proxy(v: Option<u8>) -> ProxyProto {
    match v {
        Some(1) => ProxyProto::V1,
        Some(2) => ProxyProto::V2,
        _ => ProxyProto::None,
    }
}

/// The options every endpoint builder of the `ngrok` crate takes (http and tcp builders are
/// distinct types with the same methods).
macro_rules! endpoint_options {
    ($b:ident, $spec:ident) => {
        if let Some(m) = &$spec.metadata {
            $b.metadata(m);
        }
        if let Some(p) = &$spec.traffic_policy {
            $b.traffic_policy(p);
        }
        if let Some(p) = $spec.pooling_enabled {
            $b.pooling_enabled(p);
        }
        if let Some(x) = &$spec.binding {
            $b.binding(x);
        }
        $b.proxy_proto(proxy($spec.proxy_proto));
        $b.verify_upstream_tls($spec.verify_upstream_tls);
    };
}

/// Binds `spec` on `session` and starts forwarding to its upstream; what this agent forwards
/// itself is counted into `metrics`.
pub async fn listen(session: &Session, spec: &EndpointSpec, metrics: Arc<Metrics>) -> Result<Started, RpcError> {
    match spec.proto {
        Proto::Http => {
            let mut b = session.http_endpoint();
            if let Some(d) = &spec.domain {
                b.domain(d);
            }
            if let Some(s) = spec.scheme {
                b.scheme(match s {
                    Scheme::Http => ngrok::config::Scheme::HTTP,
                    Scheme::Https => ngrok::config::Scheme::HTTPS,
                });
            }
            for (u, p) in &spec.basic_auth {
                b.basic_auth(u, p);
            }
            for c in &spec.allow_cidrs {
                b.allow_cidr(c);
            }
            for c in &spec.deny_cidrs {
                b.deny_cidr(c);
            }
            if let Some(r) = spec.circuit_breaker {
                b.circuit_breaker(r);
            }
            if spec.compression {
                b.compression();
            }
            match spec.host_header.as_deref() {
                Some("rewrite") => {
                    b.host_header_rewrite(true);
                }
                Some("preserve") | None => {}
                Some(host) => {
                    b.request_header("host", host);
                }
            }
            for (k, v) in &spec.request_add {
                b.request_header(k, v);
            }
            for k in &spec.request_remove {
                b.remove_request_header(k);
            }
            for (k, v) in &spec.response_add {
                b.response_header(k, v);
            }
            for k in &spec.response_remove {
                b.remove_response_header(k);
            }
            if spec.websocket_tcp_converter {
                b.websocket_tcp_conversion();
            }
            for r in &spec.ua_allow {
                b.allow_user_agent(r);
            }
            for r in &spec.ua_deny {
                b.deny_user_agent(r);
            }
            if let Some(p) = &spec.app_protocol {
                b.app_protocol(p);
            }
            endpoint_options!(b, spec);
            match counted_route(spec) {
                Some(route) => {
                    b.forwards_to(spec.upstream.as_str());
                    if let Some(host) =
                        spec.upstream.host_str().filter(|_| spec.host_header.as_deref() == Some("rewrite"))
                    {
                        b.request_header("host", host);
                    }
                    Ok(Started::Counted(Counted::start(b.listen().await?, route, metrics)))
                }
                None => Ok(Started::Http(b.listen_and_forward(spec.upstream.clone()).await?)),
            }
        }
        Proto::Tcp => {
            let mut b = session.tcp_endpoint();
            if let Some(a) = &spec.remote_addr {
                b.remote_addr(a);
            }
            for c in &spec.allow_cidrs {
                b.allow_cidr(c);
            }
            for c in &spec.deny_cidrs {
                b.deny_cidr(c);
            }
            endpoint_options!(b, spec);
            match counted_route(spec) {
                Some(route) => {
                    b.forwards_to(spec.upstream.as_str());
                    Ok(Started::Counted(Counted::start(b.listen().await?, route, metrics)))
                }
                None => Ok(Started::Tcp(b.listen_and_forward(spec.upstream.clone()).await?)),
            }
        }
    }
}
