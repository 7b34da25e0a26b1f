//! The agent's local API, read only at the address its own "starting web service" line
//! announced (never an assumed 4040): `GET /api/endpoints` (agents from 3.30.0) or the
//! deprecated `GET /api/tunnels` (older ones), to confirm the URL from the logs and to find it
//! when the logs lack it.

use std::time::Duration;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::state::ServedUnit;

/// `GET /api/tunnels`.
#[derive(Debug, Deserialize)]
struct Tunnels {
    tunnels: Vec<Tunnel>,
}

/// One entry of `/api/tunnels` (unknown fields ignored).
#[derive(Debug, Deserialize)]
struct Tunnel {
    #[serde(default)]
    name: String,
    #[serde(default)]
    public_url: String,
    #[serde(default)]
    proto: String,
    #[serde(default)]
    config: TunnelConf,
    #[serde(default)]
    metrics: Metrics,
}

/// A tunnel's `config`: whether the agent inspects (and so reads as HTTP) its traffic.
#[derive(Debug, Default, Deserialize)]
struct TunnelConf {
    #[serde(default)]
    inspect: bool,
}

/// A tunnel's `metrics` (`agent/api.mdx`): connections and HTTP requests it served.
#[derive(Debug, Default, Deserialize)]
struct Metrics {
    #[serde(default)]
    conns: Count,
    #[serde(default)]
    http: Count,
}

/// One metric's `count`.
#[derive(Debug, Default, Deserialize)]
struct Count {
    #[serde(default)]
    count: u64,
}

/// `GET /api/endpoints` (agent 3.30.0 on, ngrok's `agent/api.mdx`).
#[derive(Debug, Deserialize)]
struct Endpoints {
    endpoints: Vec<Endpoint>,
}

/// One entry of `/api/endpoints` (unknown fields ignored).
#[derive(Debug, Deserialize)]
struct Endpoint {
    #[serde(default)]
    name: String,
    #[serde(default)]
    url: String,
}

/// The first agent version serving `/api/endpoints` (ngrok's agent changelog).
pub const ENDPOINTS_API_SINCE: (u32, u32, u32) = (3, 30, 0);

/// A client for one agent's API.
#[derive(Clone)]
pub struct AgentApi {
    base: String,
    http: reqwest::Client,
    endpoints_api: bool,
}

impl AgentApi {
    /// A client for the agent whose web service listens on `web_addr` (`host:port`);
    /// `endpoints_api`: the agent serves `/api/endpoints` (see [`ENDPOINTS_API_SINCE`]).
    pub fn new(web_addr: &str, endpoints_api: bool) -> Result<AgentApi> {
        let http = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(2))
            .build()
            .context("could not build an HTTP client for the agent's local API")?;
        Ok(AgentApi { base: format!("http://{web_addr}"), http, endpoints_api })
    }

    /// The public URL of tunnel (or endpoint) `name` (https preferred over http), if the agent
    /// lists it.
    pub async fn tunnel_url(&self, name: &str) -> Result<Option<String>> {
        if self.endpoints_api {
            let body: Endpoints = self.get("/api/endpoints").await?;
            let url = body.endpoints.into_iter().find(|e| e.name == name && !e.url.is_empty()).map(|e| e.url);
            return Ok(url);
        }
        let body: Tunnels = self.get("/api/tunnels").await?;
        Ok(pick(&body.tunnels, name))
    }

    /// What each tunnel of the agent served, from the `metrics` of `GET /api/tunnels`: agent
    /// tunnel name (a 2.x http tunnel's `NAME (http)` twin added to `NAME`), count and unit —
    /// HTTP requests for the http tunnels it inspects (only those does the agent read as HTTP),
    /// connections for the others and tcp ones.
    pub async fn served(&self) -> Result<Vec<(String, u64, ServedUnit)>> {
        let body: Tunnels = self.get("/api/tunnels").await?;
        Ok(tally(&body.tunnels))
    }

    /// `POST /api/tunnels`: starts the tunnel `definition` (with its `name`) on the running
    /// agent; its public URL.
    pub async fn start_tunnel(&self, definition: &serde_json::Value) -> Result<String> {
        let url = format!("{}/api/tunnels", self.base);
        let resp =
            self.http.post(&url).json(definition).send().await.with_context(|| format!("could not reach {url}"))?;
        let status = resp.status();
        let body: serde_json::Value = resp.json().await.unwrap_or_default();
        if !status.is_success() {
            let why = body["details"]["err"].as_str().or(body["msg"].as_str()).unwrap_or_default().to_owned();
            anyhow::bail!("the agent refused the tunnel ({status}): {why}");
        }
        body["public_url"].as_str().map(str::to_owned).context("the agent's answer has no public_url")
    }

    /// `DELETE /api/tunnels/NAME`: stops one tunnel of the running agent.
    pub async fn stop_tunnel(&self, name: &str) -> Result<()> {
        let url = format!("{}/api/tunnels/{name}", self.base);
        let resp = self.http.delete(&url).send().await.with_context(|| format!("could not reach {url}"))?;
        if !resp.status().is_success() {
            anyhow::bail!("{url} answered {}", resp.status());
        }
        Ok(())
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<T> {
        let url = format!("{}{path}", self.base);
        let resp = self.http.get(&url).send().await.with_context(|| format!("could not read {url}"))?;
        if !resp.status().is_success() {
            anyhow::bail!("{url} answered {}", resp.status());
        }
        resp.json().await.with_context(|| format!("unexpected answer from {url}"))
    }
}

/// Our tunnel's URL: the agent names a 2.x http tunnel's plain-http twin `NAME (http)`.
fn pick(tunnels: &[Tunnel], name: &str) -> Option<String> {
    let ours = |t: &&Tunnel| t.name == name || t.name.strip_prefix(name).is_some_and(|r| r.starts_with(" ("));
    let mut urls: Vec<&str> =
        tunnels.iter().filter(ours).map(|t| t.public_url.as_str()).filter(|u| !u.is_empty()).collect();
    urls.sort_by_key(|u| !u.starts_with("https://"));
    urls.first().map(|u| (*u).to_owned())
}

/// See [`AgentApi::served`].
fn tally(tunnels: &[Tunnel]) -> Vec<(String, u64, ServedUnit)> {
    let mut out: Vec<(String, u64, ServedUnit)> = Vec::new();
    for t in tunnels {
        let name = t.name.strip_suffix(" (http)").unwrap_or(&t.name);
        let (n, unit) = match t.proto.as_str() {
            "http" | "https" if t.config.inspect => (t.metrics.http.count, ServedUnit::Requests),
            _ => (t.metrics.conns.count, ServedUnit::Connections),
        };
        match out.iter_mut().find(|(have, _, _)| have == name) {
            Some(entry) => entry.1 += n,
            None => out.push((name.to_owned(), n, unit)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_our_https_tunnel() {
        let body: Tunnels = serde_json::from_str(
            r#"{"tunnels":[
                {"name":"other","ID":"1","uri":"/api/tunnels/other","public_url":"https://other.example","proto":"https","config":{"addr":"http://localhost:1","inspect":true},"metrics":{}},
                {"name":"prx-tunnel (http)","public_url":"http://a.example","proto":"http"},
                {"name":"prx-tunnel","public_url":"https://a.example","proto":"https","config":{"addr":"http://localhost:80","inspect":true}}
            ],"uri":"/api/tunnels"}"#,
        )
        .unwrap();
        assert_eq!(pick(&body.tunnels, "prx-tunnel").as_deref(), Some("https://a.example"));
        assert_eq!(pick(&body.tunnels[..2], "prx-tunnel").as_deref(), Some("http://a.example"));
        assert_eq!(pick(&body.tunnels[..1], "prx-tunnel"), None);
        assert_eq!(pick(&[], "prx-tunnel"), None);
    }

    #[test]
    fn tallies_what_each_tunnel_served() {
        let body: Tunnels = serde_json::from_str(
            r#"{"tunnels":[
                {"name":"prx-tunnel","proto":"https","config":{"inspect":true},"metrics":{"conns":{"count":2},"http":{"count":5}}},
                {"name":"prx-tunnel (http)","proto":"http","config":{"inspect":true},"metrics":{"conns":{"count":1},"http":{"count":1}}},
                {"name":"prx-tunnel-ssh","proto":"tcp","metrics":{"conns":{"count":3},"http":{"count":0}}},
                {"name":"prx-tunnel-raw","proto":"https","config":{"inspect":false},"metrics":{"conns":{"count":4},"http":{"count":0}}},
                {"name":"prx-tunnel-new","proto":"https","config":{"inspect":true}}
            ]}"#,
        )
        .unwrap();
        assert_eq!(
            tally(&body.tunnels),
            vec![
                ("prx-tunnel".to_owned(), 6, ServedUnit::Requests),
                ("prx-tunnel-ssh".to_owned(), 3, ServedUnit::Connections),
                ("prx-tunnel-raw".to_owned(), 4, ServedUnit::Connections),
                ("prx-tunnel-new".to_owned(), 0, ServedUnit::Requests),
            ]
        );
    }

    /// An agent API on a loopback port that answers one request for `path` with `body`.
    async fn answer_once(
        path: &'static str,
        body: &'static str,
    ) -> (std::net::SocketAddr, tokio::task::JoinHandle<()>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let (mut s, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let n = s.read(&mut buf).await.unwrap();
            assert!(String::from_utf8_lossy(&buf[..n]).starts_with(&format!("GET {path} ")));
            let resp = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            s.write_all(resp.as_bytes()).await.unwrap();
        });
        (addr, server)
    }

    #[tokio::test]
    async fn reads_the_api_of_a_local_server() {
        let body = r#"{"tunnels":[{"name":"prx-tunnel","public_url":"tcp://1.tcp.example:123"}],"uri":"/api/tunnels"}"#;
        let (addr, server) = answer_once("/api/tunnels", body).await;
        let api = AgentApi::new(&addr.to_string(), false).unwrap();
        assert_eq!(api.tunnel_url("prx-tunnel").await.unwrap().as_deref(), Some("tcp://1.tcp.example:123"));
        server.await.unwrap();
        let err = api.tunnel_url("prx-tunnel").await.unwrap_err();
        assert!(format!("{err:#}").contains(&format!("http://{addr}/api/tunnels")), "{err:#}");
    }

    #[tokio::test]
    async fn current_agents_are_read_through_api_endpoints() {
        let body = r#"{"endpoints":[{"name":"other","url":"https://o.example"},{"name":"prx-tunnel","uri":"/api/endpoints/prx-tunnel","url":"https://ours.example","upstream":{"url":"http://localhost:80"},"pooling_enabled":false}],"uri":"/api/endpoints"}"#;
        let (addr, server) = answer_once("/api/endpoints", body).await;
        let api = AgentApi::new(&addr.to_string(), true).unwrap();
        assert_eq!(api.tunnel_url("prx-tunnel").await.unwrap().as_deref(), Some("https://ours.example"));
        server.await.unwrap();
    }
}
