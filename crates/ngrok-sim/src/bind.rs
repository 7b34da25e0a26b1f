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
use crate::{codes, opts};

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
    let id = if req.client_id.is_empty() { format!("tn_{}", random_hex(24)) } else { req.client_id.clone() };
    let remembered = agent.shared.read().remembered.get(&id).cloned();
    let listener = match req.proto.as_str() {
        "http" | "https" => None,
        "tcp" => Some(tcp_listener(&opts::text(&req.opts, "Addr"), remembered.as_deref()).await?),
        other => {
            return Err(format!(
                "The ngrok edge simulator does not serve '{other}' endpoints; bind http, https or tcp."
            ));
        }
    };
    let endpoint = agent.shared.update(|reg| {
        let (url, random_host) = match &listener {
            Some((url, _)) if agent.shared.opts.public_urls == PublicUrls::Localhost => (localhost::tcp(url), false),
            Some((url, _)) => (url.clone(), false),
            None if agent.shared.opts.public_urls == PublicUrls::Localhost => {
                let (host, random) = localhost::host(rec, remembered.as_deref());
                (localhost::url(&host, agent.shared.http_port), random)
            }
            None => http_url(reg, agent.conn, rec, remembered.as_deref(), &req.proto),
        };
        let twin = twin_url(&url);
        let taken = reg.endpoints.get(&url).is_some_and(|e| !(e.conn == agent.conn && e.id == id))
            || twin.and_then(|t| reg.endpoints.get(&t)).is_some_and(|e| e.conn != agent.conn);
        if taken {
            return Err(codes::already_online(&url));
        }
        let endpoint = Arc::new(Endpoint {
            url: url.clone(),
            id: id.clone(),
            proto: req.proto.clone(),
            session_id: rec.session_id.clone(),
            conn: agent.conn,
            forwards_to: req.forwards_to.clone(),
            random_host,
            policy,
            opener: agent.opener.clone(),
            proxy_slots: agent.proxy_slots.clone(),
            gone: agent.kill.child_token(),
            routable_at: crate::propagation::routable_at(&agent.shared),
        });
        if let Some(old) = reg.endpoints.insert(url.clone(), endpoint.clone()) {
            old.gone.cancel();
        }
        reg.remembered.insert(id.clone(), url);
        Ok(endpoint)
    })?;
    if let Some((_, listener)) = listener {
        tokio::spawn(crate::tcp_edge::serve(agent.shared.clone(), listener, endpoint.clone()));
    }
    Ok((id, endpoint.url.clone()))
}

/// Serves one Unbind stream: the endpoint goes offline at once.
pub(crate) async fn serve_unbind(agent: Arc<AgentConn>, mut stream: TypedStream) -> std::io::Result<()> {
    let raw = wire::read_json(&mut stream).await?;
    let req: wire::Unbind = serde_json::from_value(raw).unwrap_or_default();
    let removed = agent.shared.update(|reg| {
        let before = reg.endpoints.len();
        reg.endpoints.retain(|_, ep| {
            let keep = !(ep.conn == agent.conn && ep.id == req.client_id);
            if !keep {
                ep.gone.cancel();
            }
            keep
        });
        before - reg.endpoints.len()
    });
    tracing::info!(id = %req.client_id, removed, "unbind");
    wire::write_json(&mut stream, &serde_json::json!({})).await
}
