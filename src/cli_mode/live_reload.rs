//! A reload that only changes the further endpoints (`[tunnel.ngrok.endpoints.NAME]`), applied
//! to the running agent through its local API — `DELETE /api/tunnels/NAME` for an endpoint
//! removed or changed, `POST /api/tunnels` for one added or changed — so the others keep
//! serving and keep their URL.

use std::collections::HashMap;

use anyhow::{Context, Result};

use super::api::AgentApi;
use super::{Launch, TUNNEL_NAME, args, genconf};
use crate::config::TunnelConfig;
use crate::logging::scrub;
use crate::tunnel::{Event, Events, emit};

/// The agent name of the further endpoint `name`.
fn agent_name(name: &str) -> String {
    format!("{TUNNEL_NAME}-{name}")
}

/// The further endpoints a fresh agent of `launch` runs: name to fingerprint.
pub fn running(launch: &Launch) -> HashMap<String, String> {
    launch.cfg.endpoints.iter().map(|e| (e.endpoint.clone(), e.fingerprint())).collect()
}

/// Brings the agent (web service at `web_addr`) from the endpoints `open` to `wanted`;
/// refusals are logged naming the endpoint, and what could not be applied stays as it was.
pub async fn apply(
    launch: &Launch,
    web_addr: Option<&str>,
    open: &mut HashMap<String, String>,
    wanted: &[TunnelConfig],
    events: &Events,
) {
    let mut next = launch.cfg.clone();
    next.endpoints = wanted.to_vec();
    if let Err(e) = args::check_supported(&next, &launch.agent) {
        return tracing::error!("config reload not applied to the running agent: {}", scrub(&format!("{e:#}")));
    }
    let Some(addr) = web_addr else {
        return tracing::error!("config reload not applied: the agent has not announced its web address yet");
    };
    let api = match AgentApi::new(addr, false) {
        Ok(api) => api,
        Err(e) => return tracing::error!("config reload not applied: {e:#}"),
    };
    let gone: Vec<String> = open.keys().filter(|n| !wanted.iter().any(|w| &&w.endpoint == n)).cloned().collect();
    for name in gone {
        match api.stop_tunnel(&agent_name(&name)).await {
            Ok(()) => {
                open.remove(&name);
                tracing::info!(endpoint = %name, "endpoint closed: it is no longer in the config");
                emit(events, Event::EndpointGone { endpoint: name });
            }
            Err(e) => tracing::error!(endpoint = %name, "could not close the endpoint: {e:#}"),
        }
    }
    for ep in wanted {
        let fingerprint = ep.fingerprint();
        match open.get(&ep.endpoint) {
            Some(f) if *f == fingerprint => continue,
            Some(_) => {
                if let Err(e) = api.stop_tunnel(&agent_name(&ep.endpoint)).await {
                    tracing::error!(endpoint = %ep.endpoint, "could not close the endpoint to reopen it: {e:#}");
                    continue;
                }
                open.remove(&ep.endpoint);
            }
            None => {}
        }
        match start(&api, launch, ep).await {
            Ok(url) => {
                open.insert(ep.endpoint.clone(), fingerprint);
                emit(events, Event::EndpointUrl { endpoint: ep.endpoint.clone(), url });
            }
            Err(e) => {
                tracing::error!(endpoint = %ep.endpoint, "the reloaded endpoint could not be opened: {}", scrub(&format!("{e:#}")));
                emit(events, Event::EndpointGone { endpoint: ep.endpoint.clone() });
            }
        }
    }
}

/// Starts one endpoint on the agent; its URL.
async fn start(api: &AgentApi, launch: &Launch, ep: &TunnelConfig) -> Result<String> {
    let mut definition = serde_json::to_value(genconf::tunnel(ep, &launch.agent, true))
        .context("could not render the endpoint for the agent's API")?;
    definition["name"] = agent_name(&ep.endpoint).into();
    api.start_tunnel(&definition).await
}
