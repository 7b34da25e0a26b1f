//! Hop-by-hop headers: ngrok "does not forward any hop-by-hop headers to the upstream service.
//! As an exception, `Connection: upgrade` headers are forwarded to support websockets"
//! (`endpoints/cloud-endpoints/http.mdx`, "Hop by hop headers"). The headers are RFC 7230's
//! (section 6.1: `Connection` and every header it names) and RFC 2616 13.5.1's list.

use hyper::HeaderMap;
use hyper::header::{
    CONNECTION, HeaderName, HeaderValue, PROXY_AUTHENTICATE, PROXY_AUTHORIZATION, TE, TRAILER, TRANSFER_ENCODING,
    UPGRADE,
};

/// Removes the hop-by-hop headers of a request on its way to the agent; an upgrade request
/// (`Connection: upgrade` with `Upgrade`) keeps exactly those two.
pub(crate) fn strip(headers: &mut HeaderMap) {
    let tokens: Vec<String> = headers
        .get_all(CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let upgrade = tokens.iter().any(|t| t == "upgrade").then(|| headers.get(UPGRADE).cloned()).flatten();
    for name in tokens.iter().filter_map(|t| HeaderName::from_bytes(t.as_bytes()).ok()) {
        headers.remove(name);
    }
    let keep_alive = HeaderName::from_static("keep-alive");
    for name in
        [CONNECTION, keep_alive, PROXY_AUTHENTICATE, PROXY_AUTHORIZATION, TE, TRAILER, TRANSFER_ENCODING, UPGRADE]
    {
        headers.remove(name);
    }
    if let Some(protocol) = upgrade {
        headers.insert(CONNECTION, HeaderValue::from_static("upgrade"));
        headers.insert(UPGRADE, protocol);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| (HeaderName::from_bytes(k.as_bytes()).unwrap(), HeaderValue::from_str(v).unwrap()))
            .collect()
    }

    #[test]
    fn hop_by_hop_headers_and_those_connection_names_are_dropped() {
        let mut h = map(&[
            ("connection", "keep-alive, X-Session"),
            ("keep-alive", "timeout=5"),
            ("x-session", "abc"),
            ("proxy-authorization", "Basic eDp5"),
            ("te", "trailers"),
            ("trailer", "X-Sum"),
            ("transfer-encoding", "chunked"),
            ("x-kept", "1"),
        ]);
        strip(&mut h);
        let left: Vec<_> = h.keys().map(|k| k.as_str()).collect();
        assert_eq!(left, ["x-kept"]);
    }

    #[test]
    fn an_upgrade_request_keeps_connection_upgrade_and_upgrade() {
        let mut h = map(&[("connection", "Upgrade, keep-alive"), ("upgrade", "websocket"), ("keep-alive", "5")]);
        strip(&mut h);
        assert_eq!(h.get(CONNECTION).unwrap(), "upgrade");
        assert_eq!(h.get(UPGRADE).unwrap(), "websocket");
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn an_upgrade_header_without_connection_upgrade_is_dropped() {
        let mut h = map(&[("upgrade", "h2c"), ("x-kept", "1")]);
        strip(&mut h);
        assert_eq!(h.keys().map(|k| k.as_str()).collect::<Vec<_>>(), ["x-kept"]);
    }
}
