//! The web UI: one page, its script and its style sheet, embedded in the binary (no CDN, no
//! external fetch) and served with a Content-Security-Policy that allows nothing else — no
//! inline script, no other origin — so captured content can never run in the page.

use hyper::{Response, StatusCode, header};

use super::{ProxyBody, body, error};

const INDEX: &str = include_str!("../assets/index.html");
const SCRIPT: &str = include_str!("../assets/app.js");
const STYLE: &str = include_str!("../assets/app.css");

/// What the page may load: itself only.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
                   form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

fn asset(content_type: &'static str, text: &'static str) -> Response<ProxyBody> {
    let mut resp = Response::new(body(text));
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, header::HeaderValue::from_static(content_type));
    h.insert(header::CONTENT_SECURITY_POLICY, header::HeaderValue::from_static(CSP));
    resp
}

/// The page (the request list, a request's detail, the status page: the script picks by path).
pub fn page() -> Response<ProxyBody> {
    asset("text/html; charset=utf-8", INDEX)
}

/// `/assets/NAME`.
pub fn file(name: &str) -> Response<ProxyBody> {
    match name {
        "app.js" => asset("text/javascript; charset=utf-8", SCRIPT),
        "app.css" => asset("text/css; charset=utf-8", STYLE),
        _ => error(StatusCode::NOT_FOUND, &format!("no asset {name:?}")),
    }
}
