//! What the local API reports: the running tunnels (as tunnels and as endpoints), the session and its heartbeat latency.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ngrok::Session;
use serde_json::{Value, json};

use crate::bind::Started;
use crate::endpoint::EndpointSpec;
use crate::metrics::Metrics;

/// One running tunnel.
pub struct Tunnel {
    /// Its definition.
    pub spec: EndpointSpec,
    /// Edge-assigned tunnel ID.
    pub id: String,
    /// Public URL.
    pub url: String,
    /// The forwarder (taken out to close it).
    pub started: Option<Started>,
    /// What it forwarded.
    pub metrics: Arc<Metrics>,
}

impl Tunnel {
    /// The `/api/tunnels` representation.
    pub fn json(&self) -> Value {
        let proto = self.url.split("://").next().unwrap_or("").to_string();
        json!({
            "name": self.spec.name,
            "ID": self.id,
            "uri": format!("/api/tunnels/{}", self.spec.name),
            "public_url": self.url,
            "proto": proto,
            "config": { "addr": self.spec.addr, "inspect": self.spec.inspect },
            "metrics": self.metrics.json(),
        })
    }

    /// The `/api/endpoints` representation (agent 3.30.0 on; `agent/api.mdx`).
    pub fn endpoint_json(&self) -> Value {
        let mut upstream = json!({ "url": self.spec.addr });
        if let Some(protocol) = &self.spec.app_protocol {
            upstream["protocol"] = protocol.as_str().into();
        }
        let mut out = json!({
            "name": self.spec.name,
            "uri": format!("/api/endpoints/{}", self.spec.name),
            "url": self.url,
            "upstream": upstream,
            "inspect": self.spec.inspect,
            "pooling_enabled": self.spec.pooling_enabled.unwrap_or(false),
        });
        if let Some(policy) = &self.spec.traffic_policy {
            out["traffic_policy"] = policy.as_str().into();
        }
        out
    }
}

#[derive(Default)]
struct Inner {
    tunnels: Vec<Tunnel>,
    session: Option<Session>,
    latency: Option<Duration>,
}

/// Shared agent state.
pub struct State {
    /// Reported agent version.
    pub version: String,
    /// Reported region.
    pub region: String,
    reconnecting: AtomicBool,
    inner: Mutex<Inner>,
}

impl State {
    /// Empty state.
    pub fn new(version: String, region: String) -> State {
        State { version, region, reconnecting: AtomicBool::new(false), inner: Mutex::default() }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().expect("state lock")
    }

    /// Sets (or clears, while reconnecting) the live session.
    pub fn set_session(&self, session: Option<Session>) {
        self.lock().session = session;
    }

    /// The live session, if online.
    pub fn session(&self) -> Option<Session> {
        self.lock().session.clone()
    }

    /// Marks the session as reconnecting (or back online).
    pub fn set_reconnecting(&self, on: bool) {
        self.reconnecting.store(on, Ordering::SeqCst);
    }

    /// Records a heartbeat round trip.
    pub fn set_latency(&self, latency: Option<Duration>) {
        self.lock().latency = latency;
    }

    /// Adds a started tunnel, counting what it forwards into `metrics`.
    pub fn add(&self, spec: EndpointSpec, started: Started, metrics: Arc<Metrics>) {
        let (id, url) = (started.id(), started.url());
        self.lock().tunnels.push(Tunnel { spec, id, url, started: Some(started), metrics });
    }

    /// Whether a tunnel called `name` runs.
    pub fn has(&self, name: &str) -> bool {
        self.lock().tunnels.iter().any(|t| t.spec.name == name)
    }

    /// Removes and returns the tunnel `name`.
    pub fn remove(&self, name: &str) -> Option<Tunnel> {
        let mut inner = self.lock();
        let at = inner.tunnels.iter().position(|t| t.spec.name == name)?;
        Some(inner.tunnels.remove(at))
    }

    /// Drops every tunnel, returning their definitions (to start them again).
    pub fn take_specs(&self) -> Vec<EndpointSpec> {
        self.lock().tunnels.drain(..).map(|t| t.spec).collect()
    }

    /// Takes every running forwarder out (to unbind them).
    pub fn take_started(&self) -> Vec<Started> {
        self.lock().tunnels.iter_mut().filter_map(|t| t.started.take()).collect()
    }

    /// `GET /api/tunnels`.
    pub fn tunnels_json(&self) -> Value {
        let list: Vec<Value> = self.lock().tunnels.iter().map(Tunnel::json).collect();
        json!({ "tunnels": list, "uri": "/api/tunnels" })
    }

    /// The running tunnel `name`, shown by `show` (`Tunnel::json` or `Tunnel::endpoint_json`).
    pub fn find(&self, name: &str, show: fn(&Tunnel) -> Value) -> Option<Value> {
        self.lock().tunnels.iter().find(|t| t.spec.name == name).map(show)
    }

    /// `GET /api/endpoints`.
    pub fn endpoints_json(&self) -> Value {
        let list: Vec<Value> = self.lock().tunnels.iter().map(Tunnel::endpoint_json).collect();
        json!({ "endpoints": list, "uri": "/api/endpoints" })
    }

    /// `GET /api/status`.
    pub fn status_json(&self) -> Value {
        let inner = self.lock();
        let mut leg = json!({ "region": self.region });
        if let Some(l) = inner.latency {
            leg["latency"] = format!("{}ms", l.as_millis()).into();
        }
        let down = inner.session.is_none() || self.reconnecting.load(Ordering::SeqCst);
        let status = if down { "reconnecting" } else { "online" };
        json!({
            "status": status,
            "agent_version": self.version,
            "session": { "legs": [leg] },
            "uri": "/api/status",
        })
    }
}
