//! The signature schemes, each from its provider's documentation.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::{Signed, fresh, header};

fn mac256(secret: &str) -> Hmac<Sha256> {
    Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length")
}

/// Compares `hex` against the MAC in constant time.
fn hex_matches(mac: Hmac<Sha256>, hex_sig: &str) -> bool {
    match hex::decode(hex_sig.trim()) {
        Ok(sig) => mac.verify_slice(&sig).is_ok(),
        Err(_) => false,
    }
}

/// GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>`.
pub(super) fn github(secret: &str, req: &Signed<'_>) -> Result<(), String> {
    let sig = header(req, "x-hub-signature-256")?;
    let hex_sig = sig.strip_prefix("sha256=").ok_or("X-Hub-Signature-256 does not start with sha256=")?;
    let mut mac = mac256(secret);
    mac.update(req.body);
    hex_matches(mac, hex_sig).then_some(()).ok_or_else(|| "the signature does not match the body".into())
}

/// Stripe: `Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>[,v1=…]`.
pub(super) fn stripe(secret: &str, req: &Signed<'_>, now: i64) -> Result<(), String> {
    let sig = header(req, "stripe-signature")?;
    let mut ts = None;
    let mut candidates = Vec::new();
    for item in sig.split(',') {
        match item.trim().split_once('=') {
            Some(("t", v)) => ts = Some(v),
            Some(("v1", v)) => candidates.push(v),
            _ => {}
        }
    }
    let ts = ts.ok_or("Stripe-Signature has no t= timestamp")?;
    let matches = candidates.iter().any(|c| {
        let mut mac = mac256(secret);
        mac.update(ts.as_bytes());
        mac.update(b".");
        mac.update(req.body);
        hex_matches(mac, c)
    });
    if !matches {
        return Err("no v1 signature matches the body".into());
    }
    fresh(ts, now)
}

/// Slack and Zoom: `<sig header>: v0=<hex HMAC-SHA256(secret, "v0:<ts>:<body>")>` with the
/// timestamp in its own header.
pub(super) fn timestamped_v0(
    secret: &str,
    req: &Signed<'_>,
    now: i64,
    sig_header: &str,
    ts_header: &str,
) -> Result<(), String> {
    let sig = header(req, sig_header)?;
    let ts = header(req, ts_header)?;
    let hex_sig = sig.strip_prefix("v0=").ok_or_else(|| format!("{sig_header} does not start with v0="))?;
    let mut mac = mac256(secret);
    mac.update(b"v0:");
    mac.update(ts.as_bytes());
    mac.update(b":");
    mac.update(req.body);
    if !hex_matches(mac, hex_sig) {
        return Err("the signature does not match the body".into());
    }
    fresh(ts, now)
}

/// Twilio: `X-Twilio-Signature: base64(HMAC-SHA1(auth token, URL + each POST parameter's name
/// and value, sorted by name))`. A JSON body is signed through the URL's `bodySHA256`
/// parameter, which must be the hex SHA-256 of the body.
pub(super) fn twilio(secret: &str, req: &Signed<'_>) -> Result<(), String> {
    let sig = header(req, "x-twilio-signature")?;
    let sig =
        base64::engine::general_purpose::STANDARD.decode(sig.trim()).map_err(|_| "X-Twilio-Signature is not base64")?;
    let url = url::Url::parse(req.url).map_err(|e| format!("bad request URL: {e}"))?;
    let mut signed = req.url.to_owned();
    let form = req
        .headers
        .get(hyper::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    if let Some((_, want)) = url.query_pairs().find(|(k, _)| k == "bodySHA256") {
        if hex::encode(Sha256::digest(req.body)) != want.to_ascii_lowercase() {
            return Err("bodySHA256 does not match the body".into());
        }
    } else if form {
        let mut params: Vec<(String, String)> = url::form_urlencoded::parse(req.body).into_owned().collect();
        params.sort();
        for (k, v) in params {
            signed.push_str(&k);
            signed.push_str(&v);
        }
    }
    let mut mac = Hmac::<Sha1>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(signed.as_bytes());
    mac.verify_slice(&sig).map_err(|_| "the signature does not match the URL and parameters".to_string())
}
