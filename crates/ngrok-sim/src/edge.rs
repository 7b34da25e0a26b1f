//! [`Edge`]: start, addresses, the public request helpers, shutdown.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Weak};

use anyhow::{Context, bail};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

use crate::ca::{self, Authority};
use crate::client::{self, PublicRequest, PublicResponse};
use crate::ingress::Ingress;
use crate::localhost::PublicUrls;
use crate::state::Shared;

/// How the edge treats accounts.
#[derive(Clone, Debug, Default)]
pub struct EdgeOptions {
    /// Accepted authtokens; `None` accepts any well-formed token (see [`crate::well_formed`]).
    pub authtokens: Option<Vec<String>>,
    /// Live sessions allowed per authtoken (`None` = unlimited); one more is ERR_NGROK_108.
    pub session_limit: Option<usize>,
    /// How http and https endpoints' public URLs are named (ngrok's own names by default).
    pub public_urls: PublicUrls,
    /// Let the plain HTTP listener also serve `https://` endpoints. The real edge does not (the
    /// scheme is part of an endpoint's URL; such a request gets ERR_NGROK_3200): this is for
    /// benchmarks that measure the tunnel without TLS on the public side.
    pub plain_http_for_https: bool,
    /// Network distance on the agent link (one-way latency, bandwidth), both directions.
    pub distance: crate::Distance,
}

/// A running ngrok edge simulator. Cheap to clone; every method takes `&self`.
/// Dropping the last clone (or [`Edge::shutdown`]) stops every listener and session.
#[derive(Clone)]
pub struct Edge {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub shared: Arc<Shared>,
    pub agent_addr: SocketAddr,
    pub http_addr: SocketAddr,
    pub https_addr: SocketAddr,
    pub control_addr: SocketAddr,
    pub client_tls: Arc<rustls::ClientConfig>,
    pub ingress_tls: TlsAcceptor,
    pub ingress: tokio::sync::Mutex<Option<Ingress>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.shared.root.cancel();
    }
}

impl Edge {
    /// Starts the edge on fresh loopback ports: agent ingress (TLS), public HTTP and HTTPS
    /// listeners, and the control API.
    pub async fn start(opts: EdgeOptions) -> anyhow::Result<Edge> {
        let ca = Arc::new(Authority::generate()?);
        let http = TcpListener::bind("127.0.0.1:0").await.context("could not open the public HTTP listener")?;
        let shared = Arc::new(Shared::new(opts, ca.clone(), http.local_addr()?.port()));
        let ingress_tls = TlsAcceptor::from(ca::ingress_config(&ca)?);
        let (ingress, agent_addr) = Ingress::start(shared.clone(), "127.0.0.1:0".parse()?, ingress_tls.clone()).await?;
        let https = TcpListener::bind("127.0.0.1:0").await.context("could not open the public HTTPS listener")?;
        let control = TcpListener::bind("127.0.0.1:0").await.context("could not open the control API listener")?;
        let (http_addr, https_addr, control_addr) = (http.local_addr()?, https.local_addr()?, control.local_addr()?);
        let public_tls = TlsAcceptor::from(ca::public_config(ca.clone())?);
        tokio::spawn(crate::public_http::serve(shared.clone(), http, None));
        tokio::spawn(crate::public_http::serve(shared.clone(), https, Some(public_tls)));
        let inner = Arc::new(Inner {
            shared,
            agent_addr,
            http_addr,
            https_addr,
            control_addr,
            client_tls: ca::client_config(&ca)?,
            ingress_tls,
            ingress: tokio::sync::Mutex::new(Some(ingress)),
        });
        tokio::spawn(crate::control::serve(Arc::downgrade(&inner), control, inner.shared.root.clone()));
        tracing::info!(%agent_addr, %http_addr, %https_addr, %control_addr, "ngrok edge simulator ready");
        Ok(Edge { inner })
    }

    pub(crate) fn from_weak(weak: &Weak<Inner>) -> Option<Edge> {
        weak.upgrade().map(|inner| Edge { inner })
    }

    pub(crate) fn shared(&self) -> &Shared {
        &self.inner.shared
    }

    /// The TLS agent ingress: give agents `server_addr` = this.
    pub fn agent_addr(&self) -> SocketAddr {
        self.inner.agent_addr
    }

    /// The CA certificate (PEM) agents must trust (`ngrok` crate: `ca_cert`).
    pub fn ca_cert_pem(&self) -> &[u8] {
        self.inner.shared.ca.pem()
    }

    /// The CA PEM file (agent `root_cas`, prx-tunnel `ca_cert`). Lives as long as the edge.
    pub fn ca_cert_path(&self) -> &Path {
        self.inner.shared.ca.path()
    }

    /// The public plain-HTTP listener (routes by `Host`).
    pub fn http_addr(&self) -> SocketAddr {
        self.inner.http_addr
    }

    /// The public HTTPS listener (routes by SNI/`Host`, certificates from the CA).
    pub fn https_addr(&self) -> SocketAddr {
        self.inner.https_addr
    }

    /// The control HTTP API (see the crate README).
    pub fn control_addr(&self) -> SocketAddr {
        self.inner.control_addr
    }

    /// Where a client connects for `public_url`: the HTTPS listener for `https://`, the HTTP
    /// listener for `http://`, `127.0.0.1:<port>` for `tcp://host:<port>`.
    pub fn public_addr(&self, public_url: &str) -> anyhow::Result<SocketAddr> {
        let url = url::Url::parse(public_url).with_context(|| format!("{public_url:?} is not a URL"))?;
        Ok(match url.scheme() {
            "https" => self.https_addr(),
            "http" => self.http_addr(),
            "tcp" => match url.port() {
                Some(port) => SocketAddr::from(([127, 0, 0, 1], port)),
                None => bail!("{public_url} has no port"),
            },
            other => bail!("the edge serves https, http and tcp URLs, not {other}: {public_url}"),
        })
    }

    /// Sends one HTTP/1.1 request to `public_url` through the edge's public listener, over TLS
    /// (SNI = the URL's host, trusting the CA) for `https://` unless `req.use_http`.
    pub async fn request(&self, public_url: &str, req: PublicRequest) -> anyhow::Result<PublicResponse> {
        let url = url::Url::parse(public_url).with_context(|| format!("{public_url:?} is not a URL"))?;
        let Some(host) = url.host_str().map(str::to_owned) else { bail!("{public_url} has no host") };
        let tls = url.scheme() == "https" && !req.use_http;
        let addr = if tls { self.https_addr() } else { self.http_addr() };
        let path = if req.path == "/" && url.path() != "/" {
            format!("{}{}", url.path(), url.query().map(|q| format!("?{q}")).unwrap_or_default())
        } else {
            req.path.clone()
        };
        let config = tls.then(|| self.inner.client_tls.clone());
        let exchange = async {
            let tcp = client::connect(addr, req.source_ip).await?;
            client::send(tcp, config, &host, &path, req).await
        };
        tokio::time::timeout(client::REQUEST_TIMEOUT, exchange)
            .await
            .with_context(|| format!("no answer for {public_url} within {:?}", client::REQUEST_TIMEOUT))?
    }

    /// Opens a TCP connection to a `tcp://` endpoint's public listener.
    pub async fn tcp_connect(&self, public_url: &str) -> anyhow::Result<TcpStream> {
        if !public_url.starts_with("tcp://") {
            bail!("tcp_connect needs a tcp:// URL, got {public_url}");
        }
        client::connect(self.public_addr(public_url)?, None).await
    }

    /// Stops everything: listeners, sessions, endpoints. The edge cannot be restarted.
    pub async fn shutdown(&self) {
        if let Some(ingress) = self.inner.ingress.lock().await.take() {
            ingress.stop().await;
        }
        self.inner.shared.root.cancel();
        self.inner.shared.update(|r| {
            let conns: Vec<u64> = r.sessions.iter().map(|s| s.conn).collect();
            for conn in conns {
                r.remove_conn(conn);
            }
        });
    }
}
