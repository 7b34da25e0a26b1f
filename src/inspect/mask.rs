//! Secrets never reach a capture: every header value and text body goes through the same
//! scrubber as the logs, and a `Basic` credential is decoded to be checked too.

use base64::Engine;
use bytes::Bytes;

use super::record::canonical;
use crate::logging::scrub;
use crate::secret::MASK;

/// The headers of a message, names in canonical case, values masked.
pub fn headers(map: &hyper::HeaderMap) -> Vec<(String, String)> {
    map.iter().map(|(name, value)| (canonical(name.as_str()), value_of(name.as_str(), value.as_bytes()))).collect()
}

fn value_of(name: &str, raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let scrubbed = scrub(&text);
    let is_auth = name.eq_ignore_ascii_case("authorization") || name.eq_ignore_ascii_case("proxy-authorization");
    if let Some(b64) = text.strip_prefix("Basic ").filter(|_| is_auth) {
        let decoded = base64::engine::general_purpose::STANDARD.decode(b64.trim()).unwrap_or_default();
        let decoded = String::from_utf8_lossy(&decoded);
        if scrub(&decoded) != decoded {
            return format!("Basic {MASK}");
        }
    }
    scrubbed
}

/// A captured body with every configured secret masked (text bodies; binary ones are kept).
pub fn body(bytes: Bytes) -> Bytes {
    match std::str::from_utf8(&bytes) {
        Ok(text) => {
            let scrubbed = scrub(text);
            if scrubbed.len() == text.len() && scrubbed == text { bytes } else { Bytes::from(scrubbed) }
        }
        Err(_) => bytes,
    }
}
