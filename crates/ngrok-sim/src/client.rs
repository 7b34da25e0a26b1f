//! A real HTTP/1.1 client for the edge's public listeners: what a visitor of a tunnel URL does.

use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpSocket, TcpStream};

/// How long one public request may take, end to end.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A request a public client sends to a tunnel URL.
#[derive(Clone, Debug)]
pub struct PublicRequest {
    /// HTTP method (default `GET`).
    pub method: String,
    /// Path and query (default `/`; a path in the URL itself is used when this is `/`).
    pub path: String,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// Body (sent with a Content-Length).
    pub body: Vec<u8>,
    /// Connect from this local address (e.g. 127.0.0.2) to exercise IP restrictions.
    pub source_ip: Option<IpAddr>,
    /// Send `Authorization: Basic` with these credentials.
    pub basic_auth: Option<(String, String)>,
    /// Send `Accept-Encoding: gzip`.
    pub accept_gzip: bool,
    /// Use the plain HTTP listener even for an `https://` URL.
    pub use_http: bool,
}

impl Default for PublicRequest {
    fn default() -> Self {
        PublicRequest {
            method: "GET".into(),
            path: "/".into(),
            headers: Vec::new(),
            body: Vec::new(),
            source_ip: None,
            basic_auth: None,
            accept_gzip: false,
            use_http: false,
        }
    }
}

/// What the public client received.
#[derive(Clone, Debug, Default)]
pub struct PublicResponse {
    /// Status code.
    pub status: u16,
    /// Headers, names lowercased, in order.
    pub headers: Vec<(String, String)>,
    /// The body exactly as received (still gzipped if it was).
    pub body: Vec<u8>,
}

impl PublicResponse {
    /// The first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The raw body as text (lossy UTF-8).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body with a `Content-Encoding: gzip` undone.
    pub fn decoded_body(&self) -> anyhow::Result<Vec<u8>> {
        if !self.header("content-encoding").is_some_and(|v| v.eq_ignore_ascii_case("gzip")) {
            return Ok(self.body.clone());
        }
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&self.body[..]).read_to_end(&mut out).context("the body is not valid gzip")?;
        Ok(out)
    }
}

/// Connects to `addr`, from `source` when given.
pub(crate) async fn connect(addr: SocketAddr, source: Option<IpAddr>) -> anyhow::Result<TcpStream> {
    let stream = match source {
        None => TcpStream::connect(addr).await,
        Some(ip) => {
            let socket = if ip.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
            socket.bind(SocketAddr::new(ip, 0)).with_context(|| format!("could not bind the source address {ip}"))?;
            socket.connect(addr).await
        }
    }
    .with_context(|| format!("could not connect to the edge at {addr}"))?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

/// Sends `req` for `host` over a fresh connection (TLS with SNI `host` when `tls` is given).
pub(crate) async fn send(
    tcp: TcpStream,
    tls: Option<Arc<rustls::ClientConfig>>,
    host: &str,
    path: &str,
    req: PublicRequest,
) -> anyhow::Result<PublicResponse> {
    match tls {
        Some(config) => {
            let name = rustls::pki_types::ServerName::try_from(host.to_owned())
                .with_context(|| format!("{host} is not a valid TLS server name"))?;
            let stream = tokio_rustls::TlsConnector::from(config)
                .connect(name, tcp)
                .await
                .with_context(|| format!("TLS handshake with the edge for {host} failed"))?;
            exchange(stream, host, path, req).await
        }
        None => exchange(tcp, host, path, req).await,
    }
}

async fn exchange<IO>(io: IO, host: &str, path: &str, req: PublicRequest) -> anyhow::Result<PublicResponse>
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    use base64::Engine;
    let (mut sender, conn) = hyper::client::conn::http1::handshake::<_, Full<Bytes>>(TokioIo::new(io))
        .await
        .context("HTTP handshake with the edge failed")?;
    tokio::spawn(conn);
    let mut builder = Request::builder().method(req.method.as_str()).uri(path).header(hyper::header::HOST, host);
    for (name, value) in &req.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    if let Some((user, pass)) = &req.basic_auth {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
        builder = builder.header(hyper::header::AUTHORIZATION, format!("Basic {token}"));
    }
    if req.accept_gzip {
        builder = builder.header(hyper::header::ACCEPT_ENCODING, "gzip");
    }
    let request = builder.body(Full::new(Bytes::from(req.body))).context("invalid request")?;
    let resp = sender
        .send_request(request)
        .await
        .with_context(|| format!("the edge did not answer the request for {host}{path}"))?;
    let status = resp.status().as_u16();
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let body = resp
        .into_body()
        .collect()
        .await
        .with_context(|| format!("reading the response body for {host}{path} failed"))?
        .to_bytes()
        .to_vec();
    Ok(PublicResponse { status, headers, body })
}
