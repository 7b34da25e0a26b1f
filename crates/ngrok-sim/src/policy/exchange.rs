//! One exchange through an endpoint (a TCP connection, or an HTTP request and its response):
//! what the policy's expressions see, what its actions changed, and what they decided.

use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use hyper::header::{HeaderMap, HeaderName, HeaderValue};
use hyper::{Method, StatusCode, Uri, Version};
use serde_json::Value;
use traffic_policy::Phase;

use super::cel_env::{Scope, Template, from_json};
use super::limits::Breaker;
use crate::records::PolicyLog;

/// A response the policy answers with instead of the upstream's.
#[derive(Debug)]
pub(crate) struct Reply {
    /// Status code.
    pub status: StatusCode,
    /// Headers.
    pub headers: HeaderMap,
    /// Body.
    pub body: Bytes,
}

impl Reply {
    /// A plain-text reply.
    pub(crate) fn text(status: u16, body: impl Into<String>) -> Reply {
        let mut headers = HeaderMap::new();
        headers.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
        Reply {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::FORBIDDEN),
            headers,
            body: Bytes::from(body.into()),
        }
    }

    /// An ngrok error page (HTML with an `ngrok-error-code` header).
    pub(crate) fn page(status: u16, code: &'static str, html: String) -> Reply {
        let mut headers = HeaderMap::new();
        headers.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        headers.insert("ngrok-error-code", HeaderValue::from_static(code));
        Reply {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::FORBIDDEN),
            headers,
            body: Bytes::from(html),
        }
    }
}

/// What a phase decided.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Go on (to the next phase, the upstream or the client).
    Continue,
    /// Answer with this instead.
    Respond(Reply),
    /// Close the connection without an answer.
    Close,
    /// `forward-internal`: the internal endpoint at this URL (online when the action ran)
    /// answers instead of this endpoint's upstream.
    Forward(String),
}

/// The request as the policy sees and changes it.
#[derive(Debug, Clone)]
pub(crate) struct RequestView {
    pub method: Method,
    pub uri: Uri,
    pub version: Version,
    pub headers: HeaderMap,
    /// The body, when the policy needed it read (verify-webhook).
    pub body: Option<Bytes>,
}

/// The response as the policy sees and changes it.
#[derive(Debug, Clone)]
pub(crate) struct ResponseView {
    pub status: StatusCode,
    pub headers: HeaderMap,
}

/// One exchange's policy state.
pub(crate) struct Exchange {
    /// The public client.
    pub client: SocketAddr,
    /// The edge address the client reached.
    pub server: SocketAddr,
    /// `http`, `https` or `tcp`: the listener's scheme.
    pub scheme: &'static str,
    /// The endpoint's URL and id.
    pub endpoint_url: String,
    pub endpoint_id: String,
    /// When the connection started.
    pub started: chrono::DateTime<chrono::FixedOffset>,
    /// Variables set by `set-vars`.
    pub vars: serde_json::Map<String, Value>,
    /// Action result variables (`actions.ngrok.basic_auth.credentials.authorized`, …).
    pub results: serde_json::Map<String, Value>,
    /// Entries written by `log` actions.
    pub logs: Vec<PolicyLog>,
    /// Circuit breakers that let this request through: they learn its outcome.
    pub breakers: Vec<Arc<Breaker>>,
    /// The request, once there is one.
    pub req: Option<RequestView>,
    /// The response, once there is one.
    pub res: Option<ResponseView>,
    /// The encoding `compress-response` negotiated for the response.
    pub compress: Option<super::Algorithm>,
    /// Whether an internal endpoint of this exchange's protocol is online at a URL (what
    /// `forward-internal` may forward to); none: nothing is.
    pub internal_online: Option<InternalOnline>,
}

/// Answers whether an internal endpoint is online at a (normalised) URL.
pub(crate) type InternalOnline = Arc<dyn Fn(&str) -> bool + Send + Sync>;

impl Exchange {
    /// A fresh exchange for a client of an endpoint.
    pub(crate) fn new(client: SocketAddr, server: SocketAddr, scheme: &'static str, url: &str, id: &str) -> Exchange {
        Exchange {
            client,
            server,
            scheme,
            endpoint_url: url.to_owned(),
            endpoint_id: id.to_owned(),
            started: chrono::Utc::now().fixed_offset(),
            vars: serde_json::Map::new(),
            results: serde_json::Map::new(),
            logs: Vec::new(),
            breakers: Vec::new(),
            req: None,
            res: None,
            compress: None,
            internal_online: None,
        }
    }

    /// The full public URL of the request (`scheme://host/path?query`).
    pub(crate) fn request_url(&self) -> String {
        let Some(req) = &self.req else { return self.endpoint_url.clone() };
        format!("{}://{}{}", self.scheme, self.host(), req.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/"))
    }

    /// The request's Host (with port if the client sent one).
    pub(crate) fn host(&self) -> String {
        let from_header =
            self.req.as_ref().and_then(|r| r.headers.get(hyper::header::HOST)).and_then(|h| h.to_str().ok());
        from_header
            .map(str::to_owned)
            .or_else(|| self.endpoint_url.split_once("://").map(|(_, h)| h.to_owned()))
            .unwrap_or_default()
    }

    /// The variables the policy's expressions see now.
    pub(crate) fn scope(&self) -> Scope {
        let mut s = Scope::default();
        s.set("conn.client_ip", super::cel_env::canonical(self.client.ip()).to_string());
        s.set("conn.client_port", i64::from(self.client.port()));
        s.set("conn.server_ip", self.server.ip().to_string());
        s.set("conn.server_port", i64::from(self.server.port()));
        s.set("conn.ts.start", cel::Value::Timestamp(self.started));
        s.set("time.now", cel::Value::Timestamp(chrono::Utc::now().fixed_offset()));
        s.set("endpoint.url", self.endpoint_url.clone());
        s.set("endpoint.id", self.endpoint_id.clone());
        let (proto, rest) = self.endpoint_url.split_once("://").unwrap_or(("", &self.endpoint_url));
        let (host, port) = match rest.rsplit_once(':') {
            Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => (h, p.parse().unwrap_or(0)),
            _ => (rest, if proto == "http" { 80 } else { 443 }),
        };
        s.set("endpoint.host", host.to_owned());
        s.set("endpoint.port", i64::from(port));
        s.set("endpoint.protocol", proto.to_owned());
        s.set("vars", from_json(&Value::Object(self.vars.clone())));
        s.set("actions", from_json(&serde_json::json!({ "ngrok": self.results })));
        if let Some(req) = &self.req {
            self.request_scope(req, &mut s);
        }
        if let Some(res) = &self.res {
            s.set("res.status_code", i64::from(res.status.as_u16()));
            s.set("res.headers", header_map(&res.headers));
            s.set("res.content_type", header_text(&res.headers, "content-type"));
            s.set("res.content_length", content_length(&res.headers));
        }
        s
    }

    fn request_scope(&self, req: &RequestView, s: &mut Scope) {
        let host_port = self.host();
        let (host, port) = match host_port.rsplit_once(':') {
            Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => (h.to_owned(), p.parse().unwrap_or(0)),
            _ => (host_port.clone(), if self.scheme == "http" { 80 } else { 443 }),
        };
        let query = req.uri.query().unwrap_or_default();
        let mut params: serde_json::Map<String, Value> = serde_json::Map::new();
        for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
            let entry = params.entry(k.into_owned()).or_insert_with(|| Value::Array(vec![]));
            if let Value::Array(a) = entry {
                a.push(Value::String(v.into_owned()));
            }
        }
        s.set("req.method", req.method.as_str().to_owned());
        s.set("req.url", self.request_url());
        s.set("req.url.path", req.uri.path().to_owned());
        s.set("req.url.raw_path", req.uri.path().to_owned());
        s.set("req.url.query", query.to_owned());
        s.set("req.url.query_params", from_json(&Value::Object(params)));
        s.set("req.url.host", host.to_ascii_lowercase());
        s.set("req.url.port", i64::from(port));
        s.set("req.url.scheme", self.scheme.to_owned());
        s.set("req.url.authority", host_port.clone());
        s.set("req.headers", header_map(&req.headers));
        s.set("req.host", host_port);
        s.set("req.user_agent", header_text(&req.headers, "user-agent"));
        s.set("req.content_type", header_text(&req.headers, "content-type"));
        s.set("req.content_length", content_length(&req.headers));
        s.set("req.version", format!("{:?}", req.version));
    }

    /// Sets an action's result variables, `actions.ngrok.<action>` (the last run of an action
    /// type wins, as in ngrok).
    pub(crate) fn result(&mut self, action: &str, value: Value) {
        self.results.insert(action.to_owned(), value);
    }

    /// Records a `log` action's entry with its metadata interpolated.
    pub(crate) fn log(&mut self, phase: Phase, rule: (usize, Option<String>), metadata: Value) {
        self.logs.push(PolicyLog {
            endpoint_url: self.endpoint_url.clone(),
            endpoint_id: self.endpoint_id.clone(),
            phase: phase.to_string(),
            rule: rule.0,
            rule_name: rule.1,
            client_ip: super::cel_env::canonical(self.client.ip()).to_string(),
            metadata,
            time: chrono::Utc::now().to_rfc3339(),
        });
    }
}

/// Renders every string inside a JSON value as a template.
pub(crate) fn render_json(v: &Value, scope: &Scope) -> Result<Value, String> {
    Ok(match v {
        Value::String(s) => Value::String(Template::new(s)?.render(scope)?),
        Value::Array(a) => Value::Array(a.iter().map(|x| render_json(x, scope)).collect::<Result<_, _>>()?),
        Value::Object(o) => Value::Object(
            o.iter().map(|(k, x)| Ok((k.clone(), render_json(x, scope)?))).collect::<Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

fn header_map(headers: &HeaderMap) -> cel::Value {
    let mut map: serde_json::Map<String, Value> = serde_json::Map::new();
    for (name, value) in headers {
        let entry = map.entry(name.as_str().to_owned()).or_insert_with(|| Value::Array(vec![]));
        if let Value::Array(a) = entry {
            a.push(Value::String(String::from_utf8_lossy(value.as_bytes()).into_owned()));
        }
    }
    from_json(&Value::Object(map))
}

fn header_text(headers: &HeaderMap, name: &str) -> String {
    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

fn content_length(headers: &HeaderMap) -> i64 {
    headers.get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// A header value from rendered text, when it is a valid value.
pub(crate) fn value(text: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(text).ok()
}

/// Header name parse, lowercase.
pub(crate) fn name(text: &str) -> Option<HeaderName> {
    HeaderName::from_bytes(text.to_ascii_lowercase().as_bytes()).ok()
}
