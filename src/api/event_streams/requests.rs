//! What is sent: the event types, and the bodies and parameters of create, update and list.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Invalid;
use super::limits::{
    MAX_SAMPLING_RATE, check_description, check_destinations, check_fields, check_metadata, check_sampling_rate,
};

/// The events an Event Stream can collect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// One event per closed TCP connection.
    TcpConnectionClosed,
    /// One event per completed HTTP request.
    HttpRequestComplete,
}

impl EventType {
    /// Every event type, as the API names them.
    pub const NAMES: [&'static str; 2] = ["tcp_connection_closed", "http_request_complete"];

    /// The API's name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::TcpConnectionClosed => Self::NAMES[0],
            EventType::HttpRequestComplete => Self::NAMES[1],
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EventType {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        match s {
            "tcp_connection_closed" => Ok(EventType::TcpConnectionClosed),
            "http_request_complete" => Ok(EventType::HttpRequestComplete),
            other => Err(Invalid {
                param: "event_type",
                reason: format!("{other:?} is not an event type; use {}", Self::NAMES.join(" or ")),
            }),
        }
    }
}

/// The body of `POST /event_streams`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateEventStream {
    /// User-defined machine-readable data, at most 4096 bytes.
    pub metadata: String,
    /// User-defined human-readable description, at most 255 bytes.
    pub description: String,
    /// The protocol-specific fields to collect on each event.
    pub fields: Vec<String>,
    /// Which events to collect.
    pub event_type: EventType,
    /// Where to send them: at least one Event Destination id.
    pub destination_ids: Vec<String>,
    /// The share of events to capture, 0.01 to 1.00.
    pub sampling_rate: f64,
}

impl CreateEventStream {
    /// A stream of every `event_type` event to `destination_ids`, with no fields or metadata.
    pub fn new(event_type: EventType, destination_ids: Vec<String>) -> Self {
        CreateEventStream {
            metadata: String::new(),
            description: String::new(),
            fields: Vec::new(),
            event_type,
            destination_ids,
            sampling_rate: MAX_SAMPLING_RATE,
        }
    }

    /// Checks every limit the API documents.
    pub fn validate(&self) -> Result<(), Invalid> {
        check_metadata(&self.metadata)?;
        check_description(&self.description)?;
        check_fields(&self.fields)?;
        check_destinations(&self.destination_ids)?;
        check_sampling_rate(self.sampling_rate)
    }
}

/// The body of `PATCH /event_streams/{id}`: only the fields set are sent and changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UpdateEventStream {
    /// New metadata, at most 4096 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    /// New description, at most 255 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New list of fields (an empty list clears them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// New destinations, at least one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_ids: Option<Vec<String>>,
    /// New sampling rate, 0.01 to 1.00.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampling_rate: Option<f64>,
}

impl UpdateEventStream {
    /// True when nothing would change.
    pub fn is_empty(&self) -> bool {
        *self == UpdateEventStream::default()
    }

    /// Checks every field that is set.
    pub fn validate(&self) -> Result<(), Invalid> {
        self.metadata.as_deref().map_or(Ok(()), check_metadata)?;
        self.description.as_deref().map_or(Ok(()), check_description)?;
        self.fields.as_deref().map_or(Ok(()), check_fields)?;
        self.destination_ids.as_deref().map_or(Ok(()), check_destinations)?;
        self.sampling_rate.map_or(Ok(()), check_sampling_rate)
    }
}

/// Paging of `GET /event_streams`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListParams {
    /// Start after this id (the list is newest first: older streams follow).
    pub before_id: Option<String>,
    /// Items per page (the API's default when unset).
    pub limit: Option<u32>,
}
