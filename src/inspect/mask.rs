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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Secret;

    #[test]
    fn secrets_are_masked_in_headers_and_text_bodies() {
        crate::logging::register_secrets([Secret::new("pw-mask-test-123"), Secret::new("tok_MASKTEST_abcdef")]);
        let mut map = hyper::HeaderMap::new();
        let basic = base64::engine::general_purpose::STANDARD.encode("me:pw-mask-test-123");
        map.insert("authorization", format!("Basic {basic}").parse().unwrap());
        map.insert("x-token", "Bearer tok_MASKTEST_abcdef".parse().unwrap());
        map.insert("content-type", "text/plain".parse().unwrap());
        let shown = headers(&map);
        assert_eq!(shown[0], ("Authorization".into(), format!("Basic {MASK}")));
        assert_eq!(shown[1], ("X-Token".into(), format!("Bearer {MASK}")));
        assert_eq!(shown[2], ("Content-Type".into(), "text/plain".into()));
        assert_eq!(body(Bytes::from_static(b"a=tok_MASKTEST_abcdef")), Bytes::from(format!("a={MASK}")));
        let binary = Bytes::from_static(&[0xff, 0xfe, b't']);
        assert_eq!(body(binary.clone()), binary);
    }
}
