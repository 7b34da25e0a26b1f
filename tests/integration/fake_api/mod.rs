//! A local stand-in for ngrok's REST API as the seed documents it, Event Streams only (today's
//! API, without them, is `fake_api_spec`), and the HTTP plumbing both doubles share. It checks
//! the bearer key and `Ngrok-Version: 2`, assigns `es_…` ids and `created_at`, pages newest-first with
//! `before_id`/`limit` and an absolute `https://api.ngrok.com/…` `next_page_uri`, answers
//! unknown ids with 404 and invalid bodies with 400 in ngrok's error body, and can be told to
//! fail or stall the next requests. It records every request so tests can count retries.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::{Request, StatusCode};
use serde_json::{Map, Value, json};
use tokio_util::sync::CancellationToken;

mod http;
pub use http::{Answer, answer, check_headers, error, serve};

/// The host the real API puts in `uri` and `next_page_uri`.
pub const REAL: &str = "https://api.ngrok.com";

/// One request as the fake saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// Method.
    pub method: String,
    /// Path and query.
    pub target: String,
    /// The JSON body, if any.
    pub body: Option<Value>,
    /// When it arrived.
    pub at: Instant,
}

#[derive(Default)]
struct State {
    key: String,
    seq: u64,
    streams: BTreeMap<String, Value>,
    destinations: BTreeSet<String>,
    failures: VecDeque<(u16, Option<String>)>,
    stalls: usize,
    seen: Vec<Seen>,
}

/// The running fake; stops when dropped.
pub struct FakeApi {
    url: String,
    state: Arc<Mutex<State>>,
    stop: CancellationToken,
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

impl FakeApi {
    /// Starts on 127.0.0.1 (port 0) accepting `key`, with Event Destinations `ed_1`..`ed_3`.
    pub async fn start(key: &str) -> FakeApi {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let destinations = ["ed_1", "ed_2", "ed_3"].map(String::from).into();
        let state = Arc::new(Mutex::new(State { key: key.to_owned(), destinations, ..State::default() }));
        let stop = CancellationToken::new();
        let st = state.clone();
        serve(listener, stop.clone(), move |req, stop| handle(st.clone(), stop, req));
        FakeApi { url, state, stop }
    }

    /// Base URL to give the client (`http://127.0.0.1:PORT`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Answers the next `times` requests with `status` (and `Retry-After`, if given).
    pub fn fail_next(&self, times: usize, status: u16, retry_after: Option<&str>) {
        let mut s = self.state.lock().unwrap();
        s.failures.extend(std::iter::repeat_n((status, retry_after.map(str::to_owned)), times));
    }

    /// Never answers the next request (the client has to time out).
    pub fn stall_next(&self) {
        self.state.lock().unwrap().stalls += 1;
    }

    /// How many requests with `method` arrived (failed and stalled ones included).
    pub fn count(&self, method: &str) -> usize {
        self.state.lock().unwrap().seen.iter().filter(|s| s.method == method).count()
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// Creates `n` streams directly (as if made earlier) and returns their ids, oldest first.
    pub fn seed(&self, n: usize) -> Vec<String> {
        let mut s = self.state.lock().unwrap();
        (0..n)
            .map(|i| {
                let body = json!({"event_type": "http_request_complete", "destination_ids": ["ed_1"], "sampling_rate": 1.0, "description": format!("seeded {i}")});
                insert(&mut s, body.as_object().unwrap())
            })
            .collect()
    }

    /// The stored stream, if it exists.
    pub fn stream(&self, id: &str) -> Option<Value> {
        self.state.lock().unwrap().streams.get(id).cloned()
    }

    /// How many streams exist.
    pub fn len(&self) -> usize {
        self.state.lock().unwrap().streams.len()
    }
}

async fn handle(
    state: Arc<Mutex<State>>,
    stop: CancellationToken,
    req: Request<Incoming>,
) -> Result<Answer, Infallible> {
    let (parts, body) = req.into_parts();
    let raw = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let json_body = serde_json::from_slice::<Value>(&raw).ok();
    let target = parts.uri.path_and_query().map_or("/".to_owned(), |p| p.to_string());
    let method = parts.method.as_str().to_owned();
    let (failure, stall) = {
        let mut s = state.lock().unwrap();
        s.seen.push(Seen {
            method: method.clone(),
            target: target.clone(),
            body: json_body.clone(),
            at: Instant::now(),
        });
        let failure = s.failures.pop_front();
        let stall = failure.is_none() && s.stalls > 0;
        if stall {
            s.stalls -= 1;
        }
        (failure, stall)
    };
    if let Some((status, retry_after)) = failure {
        let mut res = error(status, "ERR_NGROK_FAKE", "The service is temporarily unavailable. Try again later.");
        if let Some(ra) = retry_after {
            res.headers_mut().insert("retry-after", ra.parse().unwrap());
        }
        return Ok(res);
    }
    if stall {
        stop.cancelled().await;
        return Ok(error(503, "ERR_NGROK_FAKE", "shutting down"));
    }
    let mut s = state.lock().unwrap();
    if let Some(refused) = check_headers(&parts.headers, &s.key, !raw.is_empty()) {
        return Ok(refused);
    }
    let path: Vec<&str> = parts.uri.path().trim_matches('/').split('/').collect();
    Ok(match (parts.method.as_str(), path.as_slice()) {
        ("POST", ["event_streams"]) => match body_object(&raw).and_then(|b| check(&s, &b, true).map(|()| b)) {
            Ok(b) => {
                let id = insert(&mut s, &b);
                answer(StatusCode::CREATED, s.streams.get(&id).cloned())
            }
            Err(msg) => error(400, "ERR_NGROK_400", &msg),
        },
        ("GET", ["event_streams"]) => list(&s, parts.uri.query().unwrap_or("")),
        ("GET", ["event_streams", id]) => match s.streams.get(*id) {
            Some(es) => answer(StatusCode::OK, Some(es.clone())),
            None => not_found(),
        },
        ("PATCH", ["event_streams", id]) => {
            let id = id.to_string();
            if !s.streams.contains_key(&id) {
                return Ok(not_found());
            }
            match body_object(&raw).and_then(|b| check(&s, &b, false).map(|()| b)) {
                Ok(b) => {
                    let es = s.streams.get_mut(&id).unwrap().as_object_mut().unwrap();
                    es.extend(b);
                    answer(StatusCode::OK, Some(Value::Object(es.clone())))
                }
                Err(msg) => error(400, "ERR_NGROK_400", &msg),
            }
        }
        ("DELETE", ["event_streams", id]) => match s.streams.remove(*id) {
            Some(_) => answer(StatusCode::NO_CONTENT, None),
            None => not_found(),
        },
        _ => error(404, "", "Not Found"),
    })
}

fn not_found() -> Answer {
    error(404, "", "Resource not found")
}

fn body_object(raw: &[u8]) -> Result<Map<String, Value>, String> {
    match serde_json::from_slice::<Value>(raw) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err("The request body must be a JSON object.".into()),
        Err(e) => Err(format!("The request body is not valid JSON: {e}")),
    }
}

/// The API's rules for a create (`full`) or an update body.
fn check(s: &State, b: &Map<String, Value>, full: bool) -> Result<(), String> {
    let allowed: &[&str] = if full {
        &["metadata", "description", "fields", "event_type", "destination_ids", "sampling_rate"]
    } else {
        &["metadata", "description", "fields", "destination_ids", "sampling_rate"]
    };
    if let Some(k) = b.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(format!("Unknown field {k:?} in the request body."));
    }
    let text = |k: &str, max: usize| match b.get(k) {
        None => Ok(()),
        Some(Value::String(v)) if v.len() <= max => Ok(()),
        Some(_) => Err(format!("{k} must be a string of at most {max} bytes.")),
    };
    text("metadata", 4096)?;
    text("description", 255)?;
    let strings = |k: &str| match b.get(k) {
        None => Ok(None),
        Some(Value::Array(a)) if a.iter().all(Value::is_string) => {
            Ok(Some(a.iter().map(|v| v.as_str().unwrap().to_owned()).collect::<Vec<_>>()))
        }
        Some(_) => Err(format!("{k} must be a list of strings.")),
    };
    strings("fields")?;
    match strings("destination_ids")? {
        None if full => {
            return Err("Event Streams are required to have at least one Event Destination.".into());
        }
        Some(d) if d.is_empty() => {
            return Err("Event Streams are required to have at least one Event Destination.".into());
        }
        Some(d) => {
            if let Some(missing) = d.iter().find(|id| !s.destinations.contains(*id)) {
                return Err(format!("Event Destination {missing:?} does not exist."));
            }
        }
        None => {}
    }
    match b.get("event_type").and_then(Value::as_str) {
        Some("tcp_connection_closed" | "http_request_complete") => {}
        _ if !full && !b.contains_key("event_type") => {}
        _ => {
            return Err("event_type must be tcp_connection_closed or http_request_complete.".into());
        }
    }
    match b.get("sampling_rate") {
        None if !full => Ok(()),
        Some(Value::Number(n)) if (0.01..=1.0).contains(&n.as_f64().unwrap_or(-1.0)) => Ok(()),
        _ => Err("sampling_rate must be between 0.01 and 1.00.".into()),
    }
}

fn insert(s: &mut State, b: &Map<String, Value>) -> String {
    s.seq += 1;
    let id = format!("es_2{:026}", s.seq);
    let created_at = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    let field = |k: &str, default: Value| b.get(k).cloned().unwrap_or(default);
    let es = json!({
        "id": id, "uri": format!("{REAL}/event_streams/{id}"), "created_at": created_at,
        "metadata": field("metadata", json!("")), "description": field("description", json!("")),
        "fields": field("fields", json!([])), "event_type": field("event_type", json!("")),
        "destination_ids": field("destination_ids", json!([])), "sampling_rate": field("sampling_rate", json!(1.0)),
    });
    s.streams.insert(id.clone(), es);
    id
}

/// Newest first; `before_id` keeps the older ones; `limit` defaults to 100.
fn list(s: &State, query: &str) -> Answer {
    let q: HashMap<String, String> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let limit = match q.get("limit").map(|l| l.parse::<usize>()) {
        None => 100,
        Some(Ok(n)) if (1..=100).contains(&n) => n,
        Some(_) => {
            return error(400, "ERR_NGROK_400", "limit must be a number from 1 to 100.");
        }
    };
    let older: Vec<&Value> = s
        .streams
        .iter()
        .rev()
        .filter(|(id, _)| q.get("before_id").is_none_or(|b| id.as_str() < b.as_str()))
        .map(|(_, v)| v)
        .collect();
    let page: Vec<Value> = older.iter().take(limit).map(|v| (*v).clone()).collect();
    let next = (older.len() > limit).then(|| {
        format!("{REAL}/event_streams?before_id={}&limit={limit}", page.last().unwrap()["id"].as_str().unwrap())
    });
    let uri = if query.is_empty() { format!("{REAL}/event_streams") } else { format!("{REAL}/event_streams?{query}") };
    answer(StatusCode::OK, Some(json!({"event_streams": page, "uri": uri, "next_page_uri": next})))
}
