//! DNS of the ingress, then TCP (direct or through the proxy) and TLS, measured inside the
//! session's own connector so they run exactly as a tunnel's connection does.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ngrok::session::{ConnectError, IoStream};
use ngrok::tunnel::AcceptError;

use super::checks::Report;
use crate::config::{RootCas, TunnelConfig};
use crate::exit::Exit;
use crate::proxy::{Choice, Dialed, split_host_port};

/// How long each network stage may take.
pub const STAGE_TIMEOUT: Duration = Duration::from_secs(10);

/// Resolves the ingress host; false when that failed (the rest cannot run).
pub async fn dns(report: &mut Report, cfg: &TunnelConfig) -> bool {
    let started = Instant::now();
    let addr = cfg.ingress_addr();
    let Some((host, port)) = split_host_port(&addr) else {
        report.fail(
            "dns",
            started,
            format!("{addr} is not host:port"),
            "the ingress address has no port",
            "write server_addr as host:port",
            Exit::Usage,
        );
        return false;
    };
    if host.parse::<std::net::IpAddr>().is_ok() {
        report.ok("dns", started, format!("{host} is an IP address: nothing to resolve"));
        return true;
    }
    if let Some(p) = cfg.proxy.proxy.as_ref() {
        report.ok("dns", started, format!("{host} is resolved by the proxy {p}"));
        return true;
    }
    match tokio::time::timeout(STAGE_TIMEOUT, tokio::net::lookup_host((host.as_str(), port))).await {
        Ok(Ok(addrs)) => {
            let ips: Vec<String> = addrs.map(|a| a.ip().to_string()).collect();
            report.ok("dns", started, format!("{host} → {}", ips.join(", ")));
            true
        }
        Ok(Err(e)) => {
            report.fail(
                "dns",
                started,
                format!("could not resolve {host}"),
                format!("name resolution failed: {e}"),
                "check server_addr / region for typos, and the machine's DNS (/etc/resolv.conf); behind a proxy that resolves names itself, set proxy_url or HTTPS_PROXY",
                Exit::Runtime,
            );
            false
        }
        Err(_) => {
            report.fail(
                "dns",
                started,
                format!("could not resolve {host}"),
                format!("no DNS answer within {}", humantime::format_duration(STAGE_TIMEOUT)),
                "check the machine's DNS servers (/etc/resolv.conf) and that UDP/TCP port 53 is allowed",
                Exit::Runtime,
            );
            false
        }
    }
}

/// One network stage's outcome: Ok(detail) or Err((cause, fix)), with its duration.
pub type Outcome = (Duration, Result<String, (String, String)>);

/// What the connector saw.
#[derive(Default)]
pub struct Seen {
    /// The TCP stage.
    pub tcp: Option<Outcome>,
    /// The TLS stage.
    pub tls: Option<Outcome>,
}

/// What the connector returns for one connect.
type ConnectFuture = futures::future::BoxFuture<'static, Result<Box<dyn IoStream>, ConnectError>>;

/// Which certificates verify the ingress, in words.
pub fn ca_set(cfg: &TunnelConfig) -> String {
    match (&cfg.ca_cert, &cfg.root_cas) {
        (Some(p), _) => format!("ca_cert {}", p.display()),
        (None, Some(RootCas::Path(p))) => format!("root_cas {}", p.display()),
        (None, Some(RootCas::Host)) => "the host's root certificates (root_cas = \"host\")".into(),
        (None, _) => "ngrok's own CA (root_cas = \"trusted\", the default)".into(),
    }
}

/// The session connector: TCP (through `proxy` if any), then TLS with the crate's config,
/// each recorded in `seen`.
pub fn connector(
    proxy: Choice,
    ca: String,
    seen: Arc<Mutex<Seen>>,
) -> impl Fn(String, u16, Arc<rustls::ClientConfig>, Option<AcceptError>) -> ConnectFuture + Send + Sync + 'static {
    move |host, port, tls, _| {
        let (proxy, ca, seen) = (proxy.clone(), ca.clone(), seen.clone());
        Box::pin(async move {
            let record = |stage: fn(&mut Seen) -> &mut Option<Outcome>, o: Outcome| {
                *stage(&mut seen.lock().unwrap_or_else(|e| e.into_inner())) = Some(o);
            };
            let started = Instant::now();
            let dialed = tokio::time::timeout(STAGE_TIMEOUT, crate::proxy::dial(&proxy, &host, port)).await;
            let Dialed { stream, .. } = match dialed {
                Ok(Ok(d)) => {
                    let how = match &proxy.proxy {
                        Some(p) => format!("through the proxy {p} ({})", proxy.reason),
                        None => format!("directly ({})", proxy.reason),
                    };
                    record(|s| &mut s.tcp, (started.elapsed(), Ok(format!("connected to {host}:{port} {how}"))));
                    d
                }
                Ok(Err(e)) => {
                    let text = e.to_string();
                    let (cause, fix) = match (&proxy.proxy, text.rsplit_once("; ")) {
                        (Some(_), Some((c, f))) => (c.to_owned(), f.to_owned()),
                        _ => (
                            text.clone(),
                            format!(
                                "check that {host}:{port} is the right ingress (server_addr / region) and that outbound TCP to port {port} is allowed, or go through a proxy (proxy_url / HTTPS_PROXY)"
                            ),
                        ),
                    };
                    record(|s| &mut s.tcp, (started.elapsed(), Err((cause, fix))));
                    return Err(ConnectError::ProxyConnect(Box::new(e)));
                }
                Err(_) => {
                    let cause = format!("no connection within {}", humantime::format_duration(STAGE_TIMEOUT));
                    let fix =
                        "a firewall may drop the packets: allow outbound TCP to the ingress, or set a proxy".to_owned();
                    record(|s| &mut s.tcp, (started.elapsed(), Err((cause.clone(), fix))));
                    return Err(ConnectError::Tcp(std::io::Error::new(std::io::ErrorKind::TimedOut, cause)));
                }
            };
            let started = Instant::now();
            let name = rustls::pki_types::ServerName::try_from(host.clone())
                .map_err(|e| ConnectError::Tls(std::io::Error::new(std::io::ErrorKind::InvalidInput, e)))?;
            let handshake =
                tokio::time::timeout(STAGE_TIMEOUT, tokio_rustls::TlsConnector::from(tls).connect(name, stream)).await;
            match handshake {
                Ok(Ok(tls)) => {
                    let version = tls
                        .get_ref()
                        .1
                        .protocol_version()
                        .map_or("TLS".to_owned(), |v| format!("{v:?}").replace('_', "."));
                    record(
                        |s| &mut s.tls,
                        (started.elapsed(), Ok(format!("{version} with {host}, certificate verified against {ca}"))),
                    );
                    Ok(Box::new(tls) as Box<dyn IoStream>)
                }
                Ok(Err(e)) => {
                    let (cause, fix) = tls_failure(&e, &host, &ca);
                    record(|s| &mut s.tls, (started.elapsed(), Err((cause, fix))));
                    Err(ConnectError::Tls(e))
                }
                Err(_) => {
                    let cause = format!("no TLS handshake within {}", humantime::format_duration(STAGE_TIMEOUT));
                    let fix =
                        format!("{host}:{port} accepts TCP but does not speak TLS: check server_addr (and the proxy)");
                    record(|s| &mut s.tls, (started.elapsed(), Err((cause.clone(), fix))));
                    Err(ConnectError::Tls(std::io::Error::new(std::io::ErrorKind::TimedOut, cause)))
                }
            }
        })
    }
}

/// The cause and fix of a failed TLS handshake.
fn tls_failure(err: &std::io::Error, host: &str, ca: &str) -> (String, String) {
    let rustls_err = err.get_ref().and_then(|e| e.downcast_ref::<rustls::Error>());
    let cause = format!("the TLS handshake with {host} failed: {err}");
    let fix = match rustls_err {
        Some(rustls::Error::InvalidCertificate(
            rustls::CertificateError::UnknownIssuer | rustls::CertificateError::BadSignature,
        )) => format!(
            "the ingress certificate is not signed by {ca}: for a private edge set ca_cert to its CA; behind a TLS-inspecting proxy or firewall set root_cas = \"host\" (or ca_cert to its CA)"
        ),
        Some(rustls::Error::InvalidCertificate(
            rustls::CertificateError::NotValidForName | rustls::CertificateError::NotValidForNameContext { .. },
        )) => {
            format!("the certificate is not issued for {host}: check server_addr (the name must match the certificate)")
        }
        Some(rustls::Error::InvalidCertificate(
            rustls::CertificateError::Expired | rustls::CertificateError::ExpiredContext { .. },
        )) => "the certificate has expired (or this machine's clock is wrong): check the date".to_owned(),
        Some(_) => format!("check that {host} is an ngrok ingress, and the CA set ({ca})"),
        None => "the connection broke during the handshake: check the network path (and the proxy)".to_owned(),
    };
    (cause, fix)
}
