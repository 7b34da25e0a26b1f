//! A local stand-in for today's ngrok REST API, driven by ngrok's own API description (the
//! trimmed copy in tests/data/ngrok-openapi): a request whose path, method, query or body the
//! description does not allow (unknown fields, missing required ones, wrong types) is answered
//! 400 like the API, an unknown path 404, and every answer is built from the operation's response
//! schema. So prx-tunnel drifting from the real API fails a test here. It checks the bearer key
//! and `Ngrok-Version: 2`, pages newest first with an absolute `next_page_uri`, and records every
//! request. It has no `/event_streams`: ngrok retired them.

mod spec;
mod store;

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use http_body_util::BodyExt;
use hyper::Request;
use hyper::body::Incoming;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use crate::fake_api::{Answer, REAL, answer, check_headers, error, serve};
pub use spec::{schema, validate};
use store::{Refusal, Store};

/// One request as the double saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// Method.
    pub method: String,
    /// Path and query.
    pub target: String,
    /// The JSON body, if any.
    pub body: Option<Value>,
    /// How it broke ngrok's API description (unknown path, query or field, missing field,
    /// wrong type), if it did.
    pub violation: Option<String>,
}

struct State {
    key: String,
    store: Store,
    seen: Vec<Seen>,
}

/// The running double; stops when dropped.
pub struct SpecApi {
    url: String,
    state: Arc<Mutex<State>>,
    stop: CancellationToken,
}

impl Drop for SpecApi {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

impl SpecApi {
    /// Starts on 127.0.0.1 (port 0) accepting the API key `key`.
    pub async fn start(key: &str) -> SpecApi {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State { key: key.to_owned(), store: Store::default(), seen: Vec::new() }));
        let stop = CancellationToken::new();
        let st = state.clone();
        serve(listener, stop.clone(), move |req, _| handle(st.clone(), req));
        SpecApi { url, state, stop }
    }

    /// Base URL to give the client.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// Every request that broke ngrok's API description, with how.
    pub fn violations(&self) -> Vec<(String, String)> {
        self.seen().into_iter().filter_map(|s| s.violation.map(|v| (format!("{} {}", s.method, s.target), v))).collect()
    }

    /// The requests with `method` whose path starts with `prefix`.
    pub fn seen_of(&self, method: &str, prefix: &str) -> Vec<Seen> {
        self.seen().into_iter().filter(|s| s.method == method && s.target.starts_with(prefix)).collect()
    }

    /// The stored object, if it exists.
    pub fn item(&self, collection: &str, id: &str) -> Option<Value> {
        self.state.lock().unwrap().store.items.get(collection).and_then(|c| c.get(id)).cloned()
    }

    /// How many objects `collection` holds.
    pub fn len(&self, collection: &str) -> usize {
        self.state.lock().unwrap().store.items.get(collection).map_or(0, |c| c.len())
    }

    /// The sessions told to stop or restart, as (`stop`/`restart`, id).
    pub fn actions(&self) -> Vec<(String, String)> {
        self.state.lock().unwrap().store.actions.clone()
    }

    /// Adds an object to `collection` as if made elsewhere (an agent's session, its endpoint),
    /// built from the `schema_name` schema; returns its id.
    pub fn seed(&self, collection: &'static str, schema_name: &str, mut draft: Value) -> String {
        let mut s = self.state.lock().unwrap();
        let id = s.store.next_id(collection);
        draft["id"] = json!(id);
        draft["uri"] = json!(format!("{REAL}/{collection}/{id}"));
        let item = spec::conform(schema(schema_name), &draft);
        validate(schema(schema_name), &item, "").expect("a seeded object matches its schema");
        s.store.items.entry(collection).or_default().insert(id.clone(), item);
        id
    }
}

async fn handle(state: Arc<Mutex<State>>, req: Request<Incoming>) -> Result<Answer, Infallible> {
    let (parts, body) = req.into_parts();
    let raw = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let body = serde_json::from_slice::<Value>(&raw).ok();
    let target = parts.uri.path_and_query().map_or("/".to_owned(), |p| p.to_string());
    let method = parts.method.as_str().to_owned();
    let mut s = state.lock().unwrap();
    let (res, violation) = match check_headers(&parts.headers, &s.key, !raw.is_empty()) {
        Some(refused) => (refused, None),
        None => match route(&mut s.store, &method, parts.uri.path(), parts.uri.query(), &raw) {
            Ok(res) => (res, None),
            Err((status, code, why)) => (error(status, code, &why), Some(why)),
        },
    };
    s.seen.push(Seen { method, target, body, violation });
    Ok(res)
}

/// Answers a request; `Err` is the API's refusal of a request that breaks the description.
fn route(store: &mut Store, method: &str, path: &str, query: Option<&str>, raw: &[u8]) -> Result<Answer, Refusal> {
    let refuse = |status: u16, code: &'static str, msg: String| Err((status, code, msg));
    let op = match spec::operation(method, path) {
        Ok(op) => op,
        // ngrok documents no error code for these; the double answers like any HTTP router.
        Err(false) => return refuse(404, "", format!("Not Found: {path} is not a path of the ngrok API.")),
        Err(true) => return refuse(405, "", format!("Method Not Allowed: {method} {path}.")),
    };
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect();
    if let Err((code, msg)) = op.check_query(&query) {
        return refuse(400, code, msg);
    }
    let body = match (op.request_schema(), raw.is_empty()) {
        (None, true) => Value::Null,
        (None, false) => {
            return refuse(
                400,
                "ERR_NGROK_211",
                format!("The {method} request you made does not expect a body, but you provided one."),
            );
        }
        (Some(_), true) => {
            return refuse(400, "ERR_NGROK_213", "The application/json request body could not be parsed.".into());
        }
        (Some(schema), false) => match serde_json::from_slice::<Value>(raw) {
            Ok(v @ Value::Object(_)) => match validate(schema, &v, "") {
                Ok(()) => v,
                Err((code, msg)) => return refuse(400, code, msg),
            },
            _ => return refuse(400, "ERR_NGROK_213", "The application/json request body could not be parsed.".into()),
        },
    };
    let draft = match store.apply(&op, &query, body) {
        Ok(draft) => draft,
        Err((status, code, msg)) => return Ok(error(status, code, &msg)),
    };
    let (status, schema) = op.response();
    let status = hyper::StatusCode::from_u16(status).expect("status");
    Ok(match (schema, draft) {
        (Some(schema), Some(draft)) => answer(status, Some(spec::conform(schema, &draft))),
        (None, _) => answer(status, None),
        (Some(_), None) => panic!("{} must answer a body", op.id),
    })
}
