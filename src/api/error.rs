//! What can go wrong talking to the ngrok API, and ngrok's own error body.

use std::fmt;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// The body ngrok's API sends with every error status:
/// `{"error_code": "ERR_NGROK_…", "status_code": 404, "msg": "…", "details": {…}}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    /// ngrok's error code (`ERR_NGROK_…`); empty for errors without one.
    #[serde(default, deserialize_with = "string_or_number")]
    pub error_code: String,
    /// The HTTP status the API meant to send.
    #[serde(default)]
    pub status_code: u16,
    /// The human-readable message.
    #[serde(default)]
    pub msg: String,
    /// Extra facts, such as `operation_id` (quote it to ngrok support).
    #[serde(default)]
    pub details: Map<String, Value>,
}

impl ApiErrorBody {
    /// Parses an error body; a body that is not ngrok's JSON (a proxy's HTML page, say)
    /// becomes the message itself, shortened.
    pub fn parse(status: StatusCode, body: &[u8]) -> ApiErrorBody {
        match serde_json::from_slice::<ApiErrorBody>(body) {
            Ok(parsed) if !parsed.msg.is_empty() || !parsed.error_code.is_empty() => parsed,
            _ => {
                let text = String::from_utf8_lossy(body);
                let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
                let msg = match text.char_indices().nth(200) {
                    Some((cut, _)) => format!("{}…", &text[..cut]),
                    None if text.is_empty() => status.canonical_reason().unwrap_or("no message").to_owned(),
                    None => text,
                };
                ApiErrorBody { status_code: status.as_u16(), msg, ..ApiErrorBody::default() }
            }
        }
    }
}

impl fmt::Display for ApiErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.msg.trim_end())?;
        let mut extras: Vec<String> = Vec::new();
        if !self.error_code.is_empty() {
            extras.push(self.error_code.clone());
        }
        for (k, v) in &self.details {
            match v {
                Value::String(s) => extras.push(format!("{k}={s}")),
                other => extras.push(format!("{k}={other}")),
            }
        }
        if !extras.is_empty() {
            write!(f, " ({})", extras.join(", "))?;
        }
        Ok(())
    }
}

fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s,
        Value::Null => String::new(),
        other => other.to_string(),
    })
}

/// A parameter the API would refuse, caught before anything is sent.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("invalid {param}: {reason}")]
pub struct Invalid {
    /// The API's name of the parameter (`metadata`, `sampling_rate`, `id`, …).
    pub param: &'static str,
    /// What is wrong with it and what is accepted.
    pub reason: String,
}

/// Every failure of an API call.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The API answered with an error status and (usually) its error body.
    #[error("{method} {url}: HTTP {status}: {body}{}", gave_up(*attempts, *retry_after))]
    Api {
        /// The request's method.
        method: Method,
        /// The request's URL.
        url: String,
        /// The status of the last answer.
        status: StatusCode,
        /// ngrok's error body.
        body: Box<ApiErrorBody>,
        /// How many times the request was sent.
        attempts: u32,
        /// The last answer's `Retry-After`, when it asked for a wait too long to honour.
        retry_after: Option<Duration>,
    },
    /// No answer: connection refused, DNS, TLS, reset.
    #[error("could not reach the ngrok API: {method} {url}: {reason}")]
    Network {
        /// The request's method.
        method: Method,
        /// The request's URL.
        url: String,
        /// The cause, flattened.
        reason: String,
    },
    /// No answer within the client's timeout.
    #[error("the ngrok API did not answer within {}: {method} {url}", humantime::format_duration(*timeout))]
    Timeout {
        /// The request's method.
        method: Method,
        /// The request's URL.
        url: String,
        /// The timeout that expired.
        timeout: Duration,
    },
    /// A success status with a body that is not what the API documents.
    #[error("unexpected answer to {method} {url} (HTTP {status}): {reason}")]
    Decode {
        /// The request's method.
        method: Method,
        /// The request's URL.
        url: String,
        /// The status of the answer.
        status: StatusCode,
        /// Why it could not be read.
        reason: String,
    },
    /// The configured base URL cannot be used.
    #[error("invalid ngrok API URL {url:?}: {reason}")]
    BaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The API key cannot be sent in an HTTP header (control characters, non-ASCII).
    #[error("the API key contains characters that cannot be sent in an HTTP header")]
    KeyNotHeaderSafe,
    /// A `next_page_uri` that cannot be followed.
    #[error("cannot follow next_page_uri {uri:?}: {reason}")]
    Pagination {
        /// The URI as the API sent it.
        uri: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A parameter was refused before sending.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// The proxy setting cannot be used (a bad `HTTPS_PROXY`, say).
    #[error(transparent)]
    Proxy(#[from] crate::proxy::ProxyError),
}

impl Error {
    /// The HTTP status of an API error answer.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } => Some(*status),
            _ => None,
        }
    }
}

fn gave_up(attempts: u32, retry_after: Option<Duration>) -> String {
    match (attempts, retry_after) {
        (_, Some(wait)) => {
            format!(" (the API asked to retry after {}; not waiting that long)", humantime::format_duration(wait))
        }
        (0 | 1, None) => String::new(),
        (n, None) => format!(" (gave up after {n} attempts)"),
    }
}

/// Joins an error and its sources into one line (`a: b: c`), skipping repeats.
pub(crate) fn flatten(err: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = vec![err.to_string()];
    let mut source = err.source();
    while let Some(e) = source {
        let text = e.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}
