//! The Bind and Unbind RPCs: ERR_NGROK_334 for a URL already online elsewhere, and each
//! endpoint's Traffic Policy (refused at Bind as the service refuses it) and listeners. URLs are chosen in `urls.rs`.

use std::sync::Arc;

use muxado::typed::TypedStream;

use crate::auth::random_hex;
use crate::endpoint::Endpoint;
use crate::localhost::{self, PublicUrls};
use crate::policy::EndpointPolicy;
use crate::records::BindRecord;
use crate::session::AgentConn;
use crate::urls::{http_url, tcp_listener, twin_url};
use crate::wire::{self, Bind, BindResp, BindRespExtra};
use crate::{binding, codes, opts, pool};

/// Serves one Bind stream.
pub(crate) async fn serve(agent: Arc<AgentConn>, mut stream: TypedStream) -> std::io::Result<()> {
    let raw = wire::read_json(&mut stream).await?;
    let req: Bind = serde_json::from_value(raw.clone()).unwrap_or_default();
    let session_id = agent.session_id().unwrap_or_default();
    let mut rec = opts::record(&session_id, &req, raw);
    let outcome = if session_id.is_empty() {
        Err(codes::no_token())
    } else {
        match crate::policy::effective(&mut rec) {
            Ok(policy) => bind(&agent, &req, &rec, policy).await,
            Err(refusal) => Err(refusal),
        }
    };
    match &outcome {
        Ok((id, url)) => {
            tracing::info!(%url, id, proto = %req.proto, "endpoint online");
            rec.url = Some(url.clone());
            rec.endpoint_id = Some(id.clone());
        }
        Err(message) => {
            tracing::info!(error = %message.lines().next().unwrap_or_default(), "bind refused");
            rec.error = Some(message.clone());
        }
    }
    agent.shared.update(|r| r.binds.push(rec));
    match outcome {
        Ok((id, url)) => {
            let resp =
                BindResp { client_id: id, url, proto: req.proto, opts: req.opts, extra: BindRespExtra::default() };
            wire::write_json(&mut stream, &resp).await
        }
        Err(message) => wire::write_error(&mut stream, &message).await,
    }
}

/// Where a Bind's endpoint is reached from the public side.
enum Public {
    /// http(s): the shared listeners; internal endpoints: nowhere.
    Shared,
    /// tcp: its own new listener (and its URL before `.localhost` naming).
    Listen(String, tokio::net::TcpListener),
    /// tcp: the listener of the pool already online at this URL.
    Join(String),
}

async fn bind(
    agent: &Arc<AgentConn>,
    req: &Bind,
    rec: &BindRecord,
    policy: EndpointPolicy,
) -> Result<(String, String), String> {
    let named = if rec.domain.is_empty() { &rec.hostname } else { &rec.domain };
    if agent.shared.refuse_free_domains.load(std::sync::atomic::Ordering::SeqCst)
        && named.trim_end_matches('.').ends_with(&format!(".{}", crate::urls::FREE_DOMAIN))
    {
        return Err(codes::unreserved_domain(named));
    }
    let binding = binding::binding_of(rec, !policy.rules(traffic_policy::Phase::TcpConnect).is_empty())?;
    let internal_url = (binding == binding::INTERNAL).then(|| binding::internal_url(rec)).transpose()?;
    let id = if req.client_id.is_empty() { format!("tn_{}", random_hex(24)) } else { req.client_id.clone() };
    let remembered = agent.shared.read().remembered.get(&id).cloned();
    let public = match req.proto.as_str() {
        "http" | "https" => Public::Shared,
        "tcp" if internal_url.is_some() => Public::Shared,
        "tcp" => {
            let addr = opts::text(&req.opts, "Addr");
            let port = addr.rsplit_once(':').and_then(|(_, p)| p.parse::<u16>().ok());
            let again = remembered.as_deref().filter(|_| rec.pooling_enabled);
            let again = again.and_then(|u| u.rsplit_once(':')).and_then(|(_, p)| p.parse::<u16>().ok());
            match port.or(again).and_then(|p| pool::tcp_url_on_port(&agent.shared.read(), p)) {
                Some(url) => Public::Join(url),
                None => {
                    let (url, listener) = tcp_listener(&addr, remembered.as_deref()).await?;
                    Public::Listen(url, listener)
                }
            }
        }
        other => {
            return Err(format!(
                "The ngrok edge simulator does not serve '{other}' endpoints; bind http, https or tcp."
            ));
        }
    };
    let localhost_urls = agent.shared.opts.public_urls == PublicUrls::Localhost;
    let endpoint = agent.shared.update(|reg| {
        let (url, random_host) = match (&public, &internal_url) {
            (_, Some(url)) => (url.clone(), false),
            (Public::Join(url), _) => (url.clone(), false),
            (Public::Listen(url, _), _) if localhost_urls => (localhost::tcp(url), false),
            (Public::Listen(url, _), _) => (url.clone(), false),
            (Public::Shared, _) if localhost_urls => {
                let (host, random) = localhost::host(rec, remembered.as_deref());
                (localhost::url(&host, agent.shared.http_port), random)
            }
            (Public::Shared, _) => http_url(reg, agent.conn, rec, remembered.as_deref(), &req.proto),
        };
        if let Public::Join(url) = &public
            && !reg.endpoints.contains_key(url)
        {
            // Its last member left between the lookup and now: its listener is closing.
            return Err(format!(
                "The TCP address '{url}' went offline while this endpoint was binding; bind it again."
            ));
        }
        let itself = |e: &&Arc<Endpoint>| e.conn == agent.conn && e.id == id;
        let others: Vec<&Arc<Endpoint>> =
            reg.endpoints.get(&url).map(|p| p.iter().filter(|e| !itself(e)).collect()).unwrap_or_default();
        let twin_others: Vec<&Arc<Endpoint>> = twin_url(&url)
            .and_then(|t| reg.endpoints.get(&t))
            .map(|p| p.iter().filter(|e| e.conn != agent.conn).collect())
            .unwrap_or_default();
        if !pool::may_join(&others, rec.pooling_enabled, &binding)
            || !pool::may_join(&twin_others, rec.pooling_enabled, &binding)
        {
            return Err(codes::already_online(&url));
        }
        let endpoint = Arc::new(Endpoint {
            url: url.clone(),
            id: id.clone(),
            proto: req.proto.clone(),
            session_id: rec.session_id.clone(),
            conn: agent.conn,
            binding: binding.clone(),
            pooling_enabled: rec.pooling_enabled,
            forwards_to: req.forwards_to.clone(),
            random_host,
            policy,
            opener: agent.opener.clone(),
            proxy_slots: agent.proxy_slots.clone(),
            gone: agent.kill.child_token(),
            routable_at: crate::propagation::routable_at(&agent.shared),
        });
        let pool = reg.endpoints.entry(url.clone()).or_default();
        match pool.iter_mut().find(|e| itself(&&**e)) {
            Some(old) => std::mem::replace(old, endpoint.clone()).gone.cancel(),
            None => pool.push(endpoint.clone()),
        }
        reg.remembered.insert(id.clone(), url);
        Ok(endpoint)
    })?;
    if let Public::Listen(_, listener) = public {
        tokio::spawn(crate::tcp_edge::serve(agent.shared.clone(), listener, endpoint.url.clone()));
    }
    Ok((id, endpoint.url.clone()))
}

/// Serves one Unbind stream: the endpoint goes offline at once.
pub(crate) async fn serve_unbind(agent: Arc<AgentConn>, mut stream: TypedStream) -> std::io::Result<()> {
    let raw = wire::read_json(&mut stream).await?;
    let req: wire::Unbind = serde_json::from_value(raw).unwrap_or_default();
    let removed =
        agent.shared.update(|reg| reg.remove_endpoints_where(|ep| ep.conn == agent.conn && ep.id == req.client_id));
    tracing::info!(id = %req.client_id, removed, "unbind");
    wire::write_json(&mut stream, &serde_json::json!({})).await
}
