//! The per-run certificate authority: one CA generated at start, a server certificate for the
//! agent ingress (IP SAN 127.0.0.1, DNS `localhost`) and certificates issued on demand for every
//! public host name the HTTPS listener is asked for (by SNI).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, SanType,
};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;

/// The crypto provider used everywhere in the simulator (aws-lc-rs, as in the rest of the team).
pub(crate) fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

/// A generated CA that can issue server certificates.
pub(crate) struct Authority {
    issuer: Issuer<'static, KeyPair>,
    pem: Vec<u8>,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Authority {
    /// Generates a fresh CA and writes its PEM into a private temporary directory.
    pub(crate) fn generate() -> anyhow::Result<Authority> {
        let key = KeyPair::generate().context("could not generate the CA key")?;
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, "ngrok-sim local CA");
        dn.push(DnType::OrganizationName, "ngrok-sim");
        params.distinguished_name = dn;
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages =
            vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
        let cert = params.self_signed(&key).context("could not self-sign the CA")?;
        let pem = cert.pem().into_bytes();
        let dir = tempfile::Builder::new()
            .prefix("ngrok-sim-ca-")
            .tempdir()
            .context("could not create a temp dir for the CA")?;
        let path = dir.path().join("ca.pem");
        std::fs::write(&path, &pem).with_context(|| format!("could not write the CA to {}", path.display()))?;
        Ok(Authority { issuer: Issuer::new(params, key), pem, path, _dir: dir })
    }

    /// The CA certificate in PEM.
    pub(crate) fn pem(&self) -> &[u8] {
        &self.pem
    }

    /// Where the CA PEM file is.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Issues a server certificate for the given DNS names and IP addresses.
    pub(crate) fn issue(&self, names: &[&str]) -> anyhow::Result<(CertificateDer<'static>, PrivateKeyDer<'static>)> {
        let key = KeyPair::generate().context("could not generate a server key")?;
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params.distinguished_name.push(DnType::CommonName, names.first().copied().unwrap_or("localhost"));
        for name in names {
            let san = match name.parse::<std::net::IpAddr>() {
                Ok(ip) => SanType::IpAddress(ip),
                Err(_) => SanType::DnsName((*name).try_into().with_context(|| format!("invalid DNS name {name}"))?),
            };
            params.subject_alt_names.push(san);
        }
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature, KeyUsagePurpose::KeyEncipherment];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let cert = params.signed_by(&key, &self.issuer).context("could not sign a server certificate")?;
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        Ok((cert.der().clone(), key))
    }

    /// A rustls certified key for the given names.
    pub(crate) fn certified(&self, names: &[&str]) -> anyhow::Result<Arc<CertifiedKey>> {
        let (cert, key) = self.issue(names)?;
        let signer = provider().key_provider.load_private_key(key).context("could not load a server key")?;
        Ok(Arc::new(CertifiedKey::new(vec![cert], signer)))
    }
}

/// Server TLS config for the agent ingress: a certificate for 127.0.0.1 and `localhost`.
pub(crate) fn ingress_config(ca: &Authority) -> anyhow::Result<Arc<rustls::ServerConfig>> {
    let key = ca.certified(&["localhost", "127.0.0.1", "::1"])?;
    let resolver = Arc::new(rustls::sign::SingleCertAndKey::from(key));
    let cfg = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_no_client_auth()
        .with_cert_resolver(resolver);
    Ok(Arc::new(cfg))
}

/// Issues (and caches) a certificate for whatever host name the client asks for by SNI.
pub(crate) struct OnDemand {
    ca: Arc<Authority>,
    cache: Mutex<HashMap<String, Arc<CertifiedKey>>>,
}

impl std::fmt::Debug for OnDemand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OnDemand")
    }
}

impl ResolvesServerCert for OnDemand {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let name = hello.server_name().unwrap_or("localhost").to_ascii_lowercase();
        let mut cache = self.cache.lock().unwrap();
        if let Some(key) = cache.get(&name) {
            return Some(key.clone());
        }
        match self.ca.certified(&[&name]) {
            Ok(key) => {
                cache.insert(name, key.clone());
                Some(key)
            }
            Err(error) => {
                tracing::warn!(%name, %error, "could not issue a certificate");
                None
            }
        }
    }
}

/// Server TLS config for the public HTTPS listener (certificates by SNI, HTTP/1.1 only).
pub(crate) fn public_config(ca: Arc<Authority>) -> anyhow::Result<Arc<rustls::ServerConfig>> {
    let resolver = Arc::new(OnDemand { ca, cache: Mutex::new(HashMap::new()) });
    let mut cfg = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_no_client_auth()
        .with_cert_resolver(resolver);
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(cfg))
}

/// Client TLS config trusting only the simulator's CA (for the request helper).
pub(crate) fn client_config(ca: &Authority) -> anyhow::Result<Arc<rustls::ClientConfig>> {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca_der(ca.pem())?).context("could not trust the CA")?;
    let cfg = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(cfg))
}

fn ca_der(pem: &[u8]) -> anyhow::Result<CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    CertificateDer::from_pem_slice(pem).context("could not parse the CA PEM")
}
