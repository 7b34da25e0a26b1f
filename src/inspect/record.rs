//! One captured exchange as the local API shows it: ngrok's "captured request" shape
//! (`id`, `tunnel_name`, `remote_addr`, `start`, `duration` in ns, `request`/`response` with
//! headers as lists and the raw bytes base64), plus a `body` object per side for the web UI.

use std::time::SystemTime;

use base64::Engine;
use bytes::Bytes;
use serde_json::{Value, json};

/// One side (request or response) of an exchange.
#[derive(Debug, Clone, Default)]
pub struct Side {
    /// Header names (canonical case) and values, in arrival order, secrets masked.
    pub headers: Vec<(String, String)>,
    /// The first bytes of the body (at most the capture cap).
    pub body: Bytes,
    /// The whole body's size as it passed through.
    pub body_size: u64,
    /// True when `body` holds only the beginning of the body.
    pub truncated: bool,
}

impl Side {
    fn header_map(&self) -> Value {
        let mut map = serde_json::Map::new();
        for (name, value) in &self.headers {
            let entry = map.entry(name.clone()).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = entry {
                list.push(Value::String(value.clone()));
            }
        }
        Value::Object(map)
    }

    fn raw(&self, first_line: &str) -> String {
        let mut raw = Vec::with_capacity(first_line.len() + self.body.len() + 256);
        raw.extend_from_slice(first_line.as_bytes());
        raw.extend_from_slice(b"\r\n");
        for (name, value) in &self.headers {
            raw.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
        raw.extend_from_slice(b"\r\n");
        raw.extend_from_slice(&self.body);
        base64::engine::general_purpose::STANDARD.encode(raw)
    }

    fn body_json(&self) -> Value {
        let content_type =
            self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("content-type")).map_or("", |(_, v)| v.as_str());
        json!({
            "size": self.body_size,
            "captured": self.body.len(),
            "truncated": self.truncated,
            "content_type": content_type,
            "base64": base64::engine::general_purpose::STANDARD.encode(&self.body),
        })
    }

    /// Bytes this side holds in memory (for the store's bound): each header is two heap
    /// strings in a tuple (~96 bytes of bookkeeping and allocator rounding besides its text).
    fn weight(&self) -> u64 {
        let headers: usize = self.headers.iter().map(|(n, v)| n.len() + v.len() + 96).sum();
        (headers + self.body.len()) as u64
    }
}

/// The request line of an exchange.
#[derive(Debug, Clone, Default)]
pub struct RequestHead {
    /// `GET`, `POST`, …
    pub method: String,
    /// The request target (path and query).
    pub uri: String,
    /// `HTTP/1.1`.
    pub proto: String,
}

/// The status line of a response.
#[derive(Debug, Clone, Default)]
pub struct ResponseHead {
    /// 200, 404, …
    pub status_code: u16,
    /// `200 OK`.
    pub status: String,
    /// `HTTP/1.1`.
    pub proto: String,
}

/// One request/response exchange seen on an http endpoint (or replayed).
#[derive(Debug, Clone)]
pub struct Exchange {
    /// 16 hex digits, unique in this process.
    pub id: String,
    /// The tunnel it came through.
    pub tunnel_name: String,
    /// The public client's address (from the edge's proxy header); `replay` for replays.
    pub remote_addr: String,
    /// When the request arrived.
    pub start: SystemTime,
    /// From arrival to the end of the response body, in nanoseconds.
    pub duration_ns: u64,
    /// Request line.
    pub request_head: RequestHead,
    /// Request headers and body.
    pub request: Side,
    /// Status line and the response, when the local service answered.
    pub response: Option<(ResponseHead, Side)>,
    /// Why there is no response (the local service was unreachable, the client went away…).
    pub error: Option<String>,
    /// The id this exchange replays.
    pub replay_of: Option<String>,
}

impl Exchange {
    /// Bytes this exchange holds in memory, approximately (for `inspect_db_size`): the record
    /// itself with its small strings is about 1 KiB, measured against RSS under load.
    pub fn weight(&self) -> u64 {
        let resp = self.response.as_ref().map_or(0, |(_, s)| s.weight());
        1024 + self.request.weight() + resp + self.request_head.uri.len() as u64
    }

    /// ngrok's "captured request" object.
    pub fn to_json(&self) -> Value {
        let start = humantime::format_rfc3339_micros(self.start).to_string();
        let h = &self.request_head;
        let mut request = json!({
            "method": h.method, "proto": h.proto, "uri": h.uri,
            "headers": self.request.header_map(),
            "raw": self.request.raw(&format!("{} {} {}", h.method, h.uri, h.proto)),
            "body": self.request.body_json(),
        });
        if let Some(obj) = request.as_object_mut() {
            obj.retain(|_, v| !v.is_null());
        }
        let response = self.response.as_ref().map(|(r, side)| {
            json!({
                "status": r.status, "status_code": r.status_code, "proto": r.proto,
                "headers": side.header_map(),
                "raw": side.raw(&format!("{} {}", r.proto, r.status)),
                "body": side.body_json(),
            })
        });
        json!({
            "uri": format!("/api/requests/http/{}", self.id),
            "id": self.id,
            "tunnel_name": self.tunnel_name,
            "remote_addr": self.remote_addr,
            "start": start,
            "duration": self.duration_ns,
            "request": request,
            "response": response,
            "error": self.error,
            "replay_of": self.replay_of,
        })
    }

    /// The short form the live list shows (no headers, no bodies).
    pub fn summary(&self) -> Value {
        json!({
            "id": self.id,
            "tunnel_name": self.tunnel_name,
            "remote_addr": self.remote_addr,
            "start": humantime::format_rfc3339_micros(self.start).to_string(),
            "duration": self.duration_ns,
            "method": self.request_head.method,
            "uri": self.request_head.uri,
            "status_code": self.response.as_ref().map(|(r, _)| r.status_code),
            "error": self.error,
            "replay_of": self.replay_of,
        })
    }
}

/// A connection seen on a tcp endpoint: addresses, bytes, duration — no payload.
#[derive(Debug, Clone)]
pub struct TcpConn {
    /// The tunnel it came through.
    pub tunnel_name: String,
    /// The public client's address.
    pub remote_addr: String,
    /// When it was accepted.
    pub start: SystemTime,
    /// How long it lasted, in nanoseconds.
    pub duration_ns: u64,
    /// Bytes from the client to the local service.
    pub bytes_in: u64,
    /// Bytes from the local service to the client.
    pub bytes_out: u64,
}

impl TcpConn {
    /// The API's JSON for it.
    pub fn to_json(&self) -> Value {
        json!({
            "tunnel_name": self.tunnel_name,
            "remote_addr": self.remote_addr,
            "start": humantime::format_rfc3339_micros(self.start).to_string(),
            "duration": self.duration_ns,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
        })
    }
}

/// `content-type` → `Content-Type`, as Go (and so ngrok's API) spells header names.
pub fn canonical(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        out.push(if upper { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() });
        upper = c == '-';
    }
    out
}
