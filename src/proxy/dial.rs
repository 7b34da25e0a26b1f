//! Opening a TCP stream to a destination, directly or through the chosen proxy (HTTP CONNECT,
//! over TCP or TLS, or SOCKS5), with the proxy's answer turned into a [`ProxyError`].

use std::sync::Arc;

use base64::Engine as _;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use super::choose::Choice;
use super::error::ProxyError;
use super::url::{ProxyKind, ProxyUrl};

/// A byte stream to the destination.
pub trait Stream: AsyncRead + AsyncWrite + Unpin + Send + 'static {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + 'static> Stream for T {}

/// An open stream to the destination, and the TCP socket under it (to the destination or to
/// the proxy), so the caller can cut the connection at once.
pub struct Dialed {
    /// The stream; bytes written reach the destination.
    pub stream: Box<dyn Stream>,
    /// The socket it runs on.
    pub socket: std::net::TcpStream,
}

/// The longest CONNECT answer read.
const MAX_ANSWER: usize = 16 * 1024;

/// Connects to `host:port` as `choice` says.
pub async fn dial(choice: &Choice, host: &str, port: u16) -> Result<Dialed, ProxyError> {
    let target = target_of(host, port);
    let Some(proxy) = &choice.proxy else {
        let (tcp, socket) =
            tcp(host, port).await.map_err(|source| ProxyError::Direct { addr: target.clone(), source })?;
        return Ok(Dialed { stream: Box::new(tcp), socket });
    };
    let (phost, pport) = proxy.addr();
    let (tcp, socket) = tcp(&phost, pport).await.map_err(|source| ProxyError::Unreachable {
        proxy: proxy.masked(),
        origin: choice.reason.clone(),
        source,
    })?;
    let stream: Box<dyn Stream> = match proxy.kind() {
        ProxyKind::Http => Box::new(connect(tcp, proxy, &choice.reason, &target).await?),
        ProxyKind::Https => {
            let tls = tls_to(tcp, proxy).await?;
            Box::new(connect(tls, proxy, &choice.reason, &target).await?)
        }
        ProxyKind::Socks5 => Box::new(socks5(tcp, proxy, &choice.reason, host, port).await?),
    };
    Ok(Dialed { stream, socket })
}

/// `host:port`, IPv6 in brackets.
fn target_of(host: &str, port: u16) -> String {
    if host.contains(':') { format!("[{host}]:{port}") } else { format!("{host}:{port}") }
}

async fn tcp(host: &str, port: u16) -> std::io::Result<(TcpStream, std::net::TcpStream)> {
    let tcp = TcpStream::connect((host, port)).await?;
    let _ = tcp.set_nodelay(true);
    let std = tcp.into_std()?;
    let handle = std.try_clone()?;
    Ok((TcpStream::from_std(std)?, handle))
}

/// TLS to an `https://` proxy, trusting the system's roots (`SSL_CERT_FILE` / `SSL_CERT_DIR` honoured).
async fn tls_to(tcp: TcpStream, proxy: &ProxyUrl) -> Result<impl Stream, ProxyError> {
    let tls_err = |source: std::io::Error| ProxyError::Tls { proxy: proxy.masked(), source };
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_err(std::io::Error::other(e)))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(proxy.host())
        .map_err(|e| tls_err(std::io::Error::new(std::io::ErrorKind::InvalidInput, e)))?;
    tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, tcp).await.map_err(tls_err)
}

/// HTTP CONNECT to `target` through the proxy on `io`.
async fn connect<S: Stream>(mut io: S, proxy: &ProxyUrl, origin: &str, target: &str) -> Result<S, ProxyError> {
    let protocol = |detail: String| ProxyError::Protocol {
        proxy: proxy.masked(),
        origin: origin.to_owned(),
        expected: "HTTP",
        detail,
    };
    let mut request = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n");
    let credentials = proxy.credentials();
    if let Some((user, pass)) = &credentials {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{}", pass.expose()));
        request.push_str(&format!("Proxy-Authorization: Basic {token}\r\n"));
    }
    request.push_str("\r\n");
    io.write_all(request.as_bytes()).await.map_err(|e| protocol(format!("sending CONNECT failed: {e}")))?;
    // Byte by byte up to the blank line: nothing after it may be consumed (it belongs to TLS).
    let mut answer = Vec::with_capacity(256);
    while !answer.ends_with(b"\r\n\r\n") {
        if answer.len() >= MAX_ANSWER {
            return Err(protocol("its answer headers are too long".into()));
        }
        let mut byte = [0u8; 1];
        match io.read(&mut byte).await {
            Ok(0) => return Err(protocol("it closed the connection without answering CONNECT".into())),
            Ok(_) => answer.push(byte[0]),
            Err(e) => return Err(protocol(format!("reading its answer failed: {e}"))),
        }
    }
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(&answer) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return Err(protocol("its answer to CONNECT is not an HTTP response".into())),
    }
    let code = response.code.unwrap_or(0);
    let detail = format!("HTTP {code} {}", response.reason.unwrap_or("").trim());
    let (masked, origin, target) = (proxy.masked(), origin.to_owned(), target.to_owned());
    match code {
        200..=299 => Ok(io),
        407 if credentials.is_some() => Err(ProxyError::AuthRejected { proxy: masked, origin, detail }),
        407 => Err(ProxyError::AuthRequired { proxy: masked, origin, detail }),
        500..=599 => Err(ProxyError::Unreached { proxy: masked, target, detail }),
        _ => Err(ProxyError::Refused { proxy: masked, target, detail }),
    }
}

/// SOCKS5 CONNECT to `host:port` (the proxy resolves a host name), with the URL's credentials.
async fn socks5(
    tcp: TcpStream,
    proxy: &ProxyUrl,
    origin: &str,
    host: &str,
    port: u16,
) -> Result<impl Stream, ProxyError> {
    use tokio_socks::Error as E;
    let result = match proxy.credentials() {
        Some((user, pass)) => {
            tokio_socks::tcp::Socks5Stream::connect_with_password_and_socket(tcp, (host, port), &user, pass.expose())
                .await
        }
        None => tokio_socks::tcp::Socks5Stream::connect_with_socket(tcp, (host, port)).await,
    };
    let err = match result {
        Ok(stream) => return Ok(stream),
        Err(e) => e,
    };
    let (masked, origin, target, detail) = (proxy.masked(), origin.to_owned(), target_of(host, port), err.to_string());
    Err(match err {
        E::NoAcceptableAuthMethods | E::AuthorizationRequired if proxy.credentials().is_none() => {
            ProxyError::AuthRequired { proxy: masked, origin, detail }
        }
        E::NoAcceptableAuthMethods | E::AuthorizationRequired | E::PasswordAuthFailure(_) => {
            ProxyError::AuthRejected { proxy: masked, origin, detail }
        }
        E::ConnectionNotAllowedByRuleset => ProxyError::Refused { proxy: masked, target, detail },
        E::GeneralSocksServerFailure
        | E::NetworkUnreachable
        | E::HostUnreachable
        | E::ConnectionRefused
        | E::TtlExpired => ProxyError::Unreached { proxy: masked, target, detail },
        _ => ProxyError::Protocol { proxy: masked, origin, expected: "SOCKS5", detail },
    })
}
