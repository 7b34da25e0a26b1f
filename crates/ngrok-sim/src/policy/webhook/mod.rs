//! `verify-webhook`: each provider's signature scheme as the provider documents it, with the
//! timestamp tolerance where the provider has one. The edge answers 403 when verification fails
//! (unless `enforce: false`).

mod schemes;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hyper::HeaderMap;

/// The providers this edge verifies.
pub(crate) const SIMULATED: &[&str] = &["github", "stripe", "slack", "twilio", "zoom"];

/// How far a signed timestamp may be from the edge's clock (Stripe's, Slack's and Zoom's
/// documented five minutes).
pub(crate) const TOLERANCE: Duration = Duration::from_secs(300);

/// What a request carries for verification.
pub(crate) struct Signed<'a> {
    /// The request headers.
    pub headers: &'a HeaderMap,
    /// The exact body bytes.
    pub body: &'a [u8],
    /// The full public URL (`https://host/path?query`), which Twilio signs.
    pub url: &'a str,
}

/// A webhook provider whose signatures the edge checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provider {
    /// `X-Hub-Signature-256: sha256=hex(HMAC-SHA256(secret, body))`.
    Github,
    /// `Stripe-Signature: t=TS,v1=hex(HMAC-SHA256(secret, "TS.body"))`.
    Stripe,
    /// `X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:TS:body"))` with `X-Slack-Request-Timestamp`.
    Slack,
    /// `X-Twilio-Signature: base64(HMAC-SHA1(token, url + sorted form params))`.
    Twilio,
    /// `x-zm-signature: v0=hex(HMAC-SHA256(secret, "v0:TS:body"))` with `x-zm-request-timestamp`.
    Zoom,
}

impl Provider {
    /// The provider for ngrok's identifier, when the edge simulates it.
    pub(crate) fn from_id(id: &str) -> Option<Provider> {
        Some(match id {
            "github" => Provider::Github,
            "stripe" => Provider::Stripe,
            "slack" => Provider::Slack,
            "twilio" => Provider::Twilio,
            "zoom" => Provider::Zoom,
            _ => return None,
        })
    }

    /// Checks the request's signature with `secret`; the error says why it is refused.
    pub(crate) fn verify(self, secret: &str, req: &Signed<'_>) -> Result<(), String> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as i64;
        match self {
            Provider::Github => schemes::github(secret, req),
            Provider::Stripe => schemes::stripe(secret, req, now),
            Provider::Slack => {
                schemes::timestamped_v0(secret, req, now, "x-slack-signature", "x-slack-request-timestamp")
            }
            Provider::Twilio => schemes::twilio(secret, req),
            Provider::Zoom => schemes::timestamped_v0(secret, req, now, "x-zm-signature", "x-zm-request-timestamp"),
        }
    }
}

impl Provider {
    /// The answer to the provider's endpoint-verification challenge, when a (verified) request
    /// is one: Zoom's `endpoint.url_validation` gets `{plainToken, encryptedToken}` with
    /// `encryptedToken` = hex HMAC-SHA256(secret, plainToken), from the edge itself.
    pub(crate) fn challenge_answer(self, secret: &str, body: &[u8]) -> Option<serde_json::Value> {
        use hmac::Mac;
        if self != Provider::Zoom {
            return None;
        }
        let event: serde_json::Value = serde_json::from_slice(body).ok()?;
        if event.get("event")?.as_str()? != "endpoint.url_validation" {
            return None;
        }
        let plain = event.get("payload")?.get("plainToken")?.as_str()?;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).ok()?;
        mac.update(plain.as_bytes());
        Some(serde_json::json!({ "plainToken": plain, "encryptedToken": hex::encode(mac.finalize().into_bytes()) }))
    }
}

/// Refuses a signed timestamp outside [`TOLERANCE`] of `now`.
fn fresh(ts: &str, now: i64) -> Result<(), String> {
    let ts: i64 = ts.trim().parse().map_err(|_| format!("the timestamp '{ts}' is not a number"))?;
    if (now - ts).unsigned_abs() > TOLERANCE.as_secs() {
        return Err(format!("the timestamp is {}s away from now (tolerance {}s)", now - ts, TOLERANCE.as_secs()));
    }
    Ok(())
}

fn header<'a>(req: &'a Signed<'_>, name: &str) -> Result<&'a str, String> {
    req.headers.get(name).and_then(|v| v.to_str().ok()).ok_or_else(|| format!("the request has no {name} header"))
}
