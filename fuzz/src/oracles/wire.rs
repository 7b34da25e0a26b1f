//! The `sim_wire` target: an agent's post-handshake bytes into a running `ngrok_sim::Edge`.

use std::sync::Arc;
use std::time::Duration;

use super::muxado_bugs::KNOWN_PANICS;

/// How long the edge may take to close a connection after the client's end of stream.
pub const WIRE_DEADLINE: Duration = Duration::from_secs(5);

/// A TLS client for the edge's agent ingress, trusting the edge's CA.
pub fn wire_client(edge: &ngrok_sim::Edge) -> tokio_rustls::TlsConnector {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(edge.ca_cert_pem()) {
        roots.add(cert.expect("the edge's CA PEM")).expect("the edge's CA");
    }
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    tokio_rustls::TlsConnector::from(Arc::new(cfg))
}

/// Simulator wire decoding: `data` is what an agent sends after the TLS handshake (muxado
/// frames carrying typed Auth/Bind/Unbind/heartbeat streams and their JSON). The edge must
/// take it without panicking and close the connection within [`WIRE_DEADLINE`] of the
/// client's end of stream.
pub async fn sim_wire(edge: &ngrok_sim::Edge, tls: &tokio_rustls::TlsConnector, data: &[u8]) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let tcp = tokio::net::TcpStream::connect(edge.agent_addr()).await.expect("connect to the agent ingress");
    let name = rustls::pki_types::ServerName::try_from("localhost").expect("server name");
    let mut stream = tls.connect(name, tcp).await.expect("TLS handshake with the agent ingress");
    // The edge may close early (a bad frame ends the session): a failed write is fine.
    if stream.write_all(data).await.is_ok() {
        let _ = stream.shutdown().await;
    }
    let known_panics = KNOWN_PANICS.load(std::sync::atomic::Ordering::SeqCst);
    let drained = tokio::time::timeout(WIRE_DEADLINE, async {
        let mut sink = [0u8; 4096];
        while let Ok(n) = stream.read(&mut sink).await {
            if n == 0 {
                break;
            }
        }
    })
    .await;
    // A known muxado panic meanwhile may leave the edge holding the connection: not news.
    let excused = KNOWN_PANICS.load(std::sync::atomic::Ordering::SeqCst) != known_panics;
    assert!(
        drained.is_ok() || excused,
        "the edge kept the connection open {WIRE_DEADLINE:?} after the agent's end of stream"
    );
}
