//! Event Destinations (`/event_destinations`): where ngrok delivers events (Amazon Kinesis,
//! Firehose, CloudWatch Logs, Datadog, Azure Logs Ingestion). Every request is checked against
//! the API description (schemas `EventDestinationCreate`, `EventDestinationUpdate`,
//! `EventTarget`) before it is sent.

mod target;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use target::{
    AwsAuth, AwsCredentials, AwsRole, AzureLogsIngestion, CloudwatchLogs, Credential, Datadog, EventTarget, Firehose,
    Kinesis, TARGET_KINDS,
};

use super::resource::{Checked, Crud};
use super::{Client, Invalid};

/// Longest `metadata`, in bytes.
pub const MAX_METADATA_BYTES: usize = 4096;
/// Longest `description`, in bytes.
pub const MAX_DESCRIPTION_BYTES: usize = 255;
/// The only serialization format the API accepts.
pub const FORMAT: &str = "json";

/// An Event Destination as the API returns it (the fields prx-tunnel reads).
#[derive(Debug, Clone, Deserialize)]
pub struct EventDestination {
    /// Unique identifier (`ed_…`).
    pub id: String,
    /// When it was created (RFC 3339).
    #[serde(default)]
    pub created_at: String,
    /// Human-readable description.
    #[serde(default)]
    pub description: String,
    /// Serialization format of the events.
    #[serde(default)]
    pub format: String,
    /// Where events go; one kind is set, the others are null.
    #[serde(default)]
    pub target: Value,
}

/// The body of `POST /event_destinations`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateEventDestination {
    /// Machine-readable data of your own, at most 4096 bytes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub metadata: String,
    /// Human-readable description, at most 255 bytes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Serialization format; only `json` is accepted.
    pub format: String,
    /// Where to send events: exactly one kind.
    pub target: EventTarget,
}

/// The body of `PATCH /event_destinations/{id}`: only the fields set are sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UpdateEventDestination {
    /// New metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    /// New description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// New target (replaces the old one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<EventTarget>,
}

/// Checks `metadata` (at most 4096) and `description` (at most 255), each when given, in `unit`.
pub(crate) fn check_texts(metadata: Option<&str>, description: Option<&str>, unit: Unit) -> Result<(), Invalid> {
    metadata.map_or(Ok(()), |m| check_len("metadata", m, MAX_METADATA_BYTES, unit))?;
    description.map_or(Ok(()), |d| check_len("description", d, MAX_DESCRIPTION_BYTES, unit))
}

fn check_len(param: &'static str, s: &str, max: usize, unit: Unit) -> Result<(), Invalid> {
    let len = match unit {
        Unit::Bytes => s.len(),
        Unit::Chars => s.chars().count(),
    };
    if len > max {
        let unit = if unit == Unit::Bytes { "bytes" } else { "characters" };
        return Err(Invalid { param, reason: format!("is {len} {unit} long; the API accepts at most {max} {unit}") });
    }
    Ok(())
}

/// How the API measures a length limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// UTF-8 bytes.
    Bytes,
    /// Unicode characters.
    Chars,
}

fn check_format(format: &str) -> Result<(), Invalid> {
    if !format.eq_ignore_ascii_case(FORMAT) {
        return Err(Invalid {
            param: "format",
            reason: format!("{format:?} is not accepted; the API only accepts json"),
        });
    }
    Ok(())
}

impl CreateEventDestination {
    /// A destination of `target` in the only format, without description or metadata.
    pub fn new(target: EventTarget) -> Self {
        CreateEventDestination { metadata: String::new(), description: String::new(), format: FORMAT.into(), target }
    }
}

impl Checked for CreateEventDestination {
    fn validate(&self) -> Result<(), Invalid> {
        check_texts(Some(&self.metadata), Some(&self.description), Unit::Bytes)?;
        check_format(&self.format)?;
        self.target.validate()
    }
}

impl UpdateEventDestination {
    /// True when nothing would change.
    pub fn is_empty(&self) -> bool {
        *self == UpdateEventDestination::default()
    }
}

impl Checked for UpdateEventDestination {
    fn validate(&self) -> Result<(), Invalid> {
        check_texts(self.metadata.as_deref(), self.description.as_deref(), Unit::Bytes)?;
        self.format.as_deref().map_or(Ok(()), check_format)?;
        self.target.as_ref().map_or(Ok(()), EventTarget::validate)
    }
}

/// The Event Destinations operations of a [`Client`].
pub type EventDestinations<'a> = Crud<'a, EventDestination>;

impl Client {
    /// The Event Destinations operations.
    pub fn event_destinations(&self) -> EventDestinations<'_> {
        Crud::new(self.collection(&["event_destinations"], "event_destinations"), "ed_2ABC…")
    }
}
