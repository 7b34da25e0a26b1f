//! HTTP details of enforcement: `Accept-Encoding` negotiation and rewriting a request's URL.

use hyper::HeaderMap;
use hyper::header::ACCEPT_ENCODING;

use super::actions::Algorithm;
use super::exchange::Exchange;

/// The algorithm to encode a response with, as RFC 9110 negotiates it: the client's highest
/// q-value among the algorithms offered (`*` matches any; `q=0` refuses); ties go to the
/// configured order.
pub(crate) fn negotiate(request: &HeaderMap, offered: &[Algorithm]) -> Option<Algorithm> {
    let mut best: Option<(f32, usize, Algorithm)> = None;
    let items = request.get_all(ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(','));
    let items: Vec<(String, f32)> = items
        .map(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default().to_ascii_lowercase();
            let q = parts.find_map(|p| p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
            (name, q)
        })
        .collect();
    for (rank, alg) in offered.iter().enumerate() {
        let q = items
            .iter()
            .find(|(n, _)| n == alg.token())
            .or_else(|| items.iter().find(|(n, _)| n == "*"))
            .map(|(_, q)| *q)
            .unwrap_or(0.0);
        if q > 0.0 && best.is_none_or(|(bq, br, _)| q > bq || (q == bq && rank < br)) {
            best = Some((q, rank, *alg));
        }
    }
    best.map(|(_, _, a)| a)
}

/// Points the request at `url` (absolute, or a path): path and query change; the Host stays.
pub(crate) fn set_url(x: &mut Exchange, url: &str) -> Result<(), String> {
    let path_and_query = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map(|i| &rest[i..]).unwrap_or("/"),
        None => url,
    };
    let uri: hyper::Uri = path_and_query.parse().map_err(|e| format!("the rewritten URL '{url}' is not valid: {e}"))?;
    if let Some(req) = x.req.as_mut() {
        req.uri = uri;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    fn pick(accept: &str, offered: &[Algorithm]) -> Option<Algorithm> {
        let mut h = HeaderMap::new();
        h.insert(ACCEPT_ENCODING, HeaderValue::from_str(accept).unwrap());
        negotiate(&h, offered)
    }

    #[test]
    fn accept_encoding_negotiation() {
        let both = [Algorithm::Gzip, Algorithm::Deflate];
        assert_eq!(pick("gzip;q=0.8, br", &[Algorithm::Gzip, Algorithm::Brotli]), Some(Algorithm::Brotli));
        assert_eq!(pick("gzip", &both), Some(Algorithm::Gzip));
        assert_eq!(pick("gzip;q=0.5, deflate", &both), Some(Algorithm::Deflate));
        assert_eq!(pick("*", &both), Some(Algorithm::Gzip));
        assert_eq!(pick("gzip;q=0", &both), None);
        assert_eq!(pick("br", &both), None, "br is not among the offered ones");
        assert_eq!(pick("gzip", &[Algorithm::Deflate]), None);
        assert_eq!(negotiate(&HeaderMap::new(), &both), None);
    }
}
