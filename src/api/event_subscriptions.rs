//! Event Subscriptions (`/event_subscriptions`) and their Sources
//! (`/event_subscriptions/{id}/sources`): which events (`http_request_complete.v0`,
//! `tcp_connection_closed.v0`, `api_key_created.v0`, …) go to which Event Destinations. The
//! successors of the retired Event Streams. Checked against the API description before sending.

mod source_types;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use source_types::SOURCE_TYPES;

use super::event_destinations::{Unit, check_texts};
use super::resource::{Checked, Collection, Crud, Fetched, Listed, Paging, check_id};
use super::{Client, Error, Invalid};

/// An Event Subscription as the API returns it (the fields prx-tunnel reads).
#[derive(Debug, Clone, Deserialize)]
pub struct EventSubscription {
    /// Unique identifier (`esb_…`).
    pub id: String,
    /// When it was created (RFC 3339).
    #[serde(default)]
    pub created_at: String,
    /// Human-readable description.
    #[serde(default)]
    pub description: String,
    /// The event types it triggers on.
    #[serde(default)]
    pub sources: Vec<EventSource>,
    /// The destinations events go to (`{id, uri}`).
    #[serde(default)]
    pub destinations: Vec<Value>,
}

/// One source of a subscription as the API returns it.
#[derive(Debug, Clone, Deserialize)]
pub struct EventSource {
    /// The event type (`http_request_complete.v0`).
    #[serde(rename = "type")]
    pub kind: String,
    /// URI of the source in the API.
    #[serde(default)]
    pub uri: String,
}

/// A source in a create or update body (schema `EventSourceReplace`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceType {
    /// The event type.
    #[serde(rename = "type")]
    pub kind: String,
}

/// The body of `POST /event_subscriptions`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CreateEventSubscription {
    /// Machine-readable data of your own, at most 4096 characters.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub metadata: String,
    /// Human-readable description, at most 255 characters.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The event types to trigger on.
    pub sources: Vec<SourceType>,
    /// The Event Destinations to send to.
    pub destination_ids: Vec<String>,
}

/// The body of `PATCH /event_subscriptions/{id}`: only the fields set are sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UpdateEventSubscription {
    /// New metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    /// New description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Every source, replacing the old list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<SourceType>>,
    /// Every destination, replacing the old list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_ids: Option<Vec<String>>,
}

/// Checks an event type against the documented ones, suggesting the closest.
pub fn check_source_type(kind: &str) -> Result<(), Invalid> {
    if SOURCE_TYPES.contains(&kind) {
        return Ok(());
    }
    let closest =
        SOURCE_TYPES.iter().max_by(|a, b| strsim::jaro_winkler(kind, a).total_cmp(&strsim::jaro_winkler(kind, b)));
    let hint = match closest {
        Some(c) if strsim::jaro_winkler(kind, c) > 0.8 => format!("did you mean {c}?"),
        _ => "types look like http_request_complete.v0 or tcp_connection_closed.v0".into(),
    };
    Err(Invalid { param: "sources", reason: format!("{kind:?} is not an ngrok event type; {hint}") })
}

fn check_sources(sources: &[SourceType]) -> Result<(), Invalid> {
    sources.iter().try_for_each(|s| check_source_type(&s.kind))
}

fn check_destinations(ids: &[String]) -> Result<(), Invalid> {
    if ids.iter().any(|id| id.trim().is_empty()) {
        return Err(Invalid { param: "destination_ids", reason: "contains an empty id".into() });
    }
    Ok(())
}

impl Checked for CreateEventSubscription {
    fn validate(&self) -> Result<(), Invalid> {
        check_texts(Some(&self.metadata), Some(&self.description), Unit::Chars)?;
        check_sources(&self.sources)?;
        check_destinations(&self.destination_ids)
    }
}

impl UpdateEventSubscription {
    /// True when nothing would change.
    pub fn is_empty(&self) -> bool {
        *self == UpdateEventSubscription::default()
    }
}

impl Checked for UpdateEventSubscription {
    fn validate(&self) -> Result<(), Invalid> {
        check_texts(self.metadata.as_deref(), self.description.as_deref(), Unit::Chars)?;
        self.sources.as_deref().map_or(Ok(()), check_sources)?;
        self.destination_ids.as_deref().map_or(Ok(()), check_destinations)
    }
}

/// The Event Subscriptions operations of a [`Client`].
pub type EventSubscriptions<'a> = Crud<'a, EventSubscription>;

/// The operations on the sources of Event Subscriptions.
#[derive(Debug, Clone, Copy)]
pub struct EventSources<'a> {
    client: &'a Client,
}

impl Client {
    /// The Event Subscriptions operations.
    pub fn event_subscriptions(&self) -> EventSubscriptions<'_> {
        Crud::new(self.collection(&["event_subscriptions"], "event_subscriptions"), "esb_2ABC…")
    }

    /// The operations on subscriptions' sources.
    pub fn event_sources(&self) -> EventSources<'_> {
        EventSources { client: self }
    }
}

fn kind(kind: &str) -> Result<&str, Invalid> {
    check_id("type", kind, "http_request_complete.v0")
}

impl EventSources<'_> {
    fn of(&self, esb: &str) -> Result<Collection<'_>, Error> {
        let esb = check_id("id", esb, "esb_2ABC…")?;
        Ok(self.client.collection(&["event_subscriptions", esb, "sources"], "sources"))
    }

    /// Adds a source (`POST …/sources`, body `{"type"}`).
    pub async fn add(&self, esb: &str, kind: &str) -> Result<Fetched<EventSource>, Error> {
        check_source_type(kind)?;
        self.of(esb)?.create(&SourceType { kind: kind.to_owned() }).await
    }

    /// Every source of a subscription (the API does not page them).
    pub async fn list(&self, esb: &str) -> Result<Listed<EventSource>, Error> {
        self.of(esb)?.list(&Paging::default(), false).await
    }

    /// One source of a subscription.
    pub async fn get(&self, esb: &str, type_: &str) -> Result<Fetched<EventSource>, Error> {
        self.of(esb)?.get(kind(type_)?).await
    }

    /// `PATCH …/sources/{type}` with an empty body, as ngrok's documentation shows it: a source
    /// has nothing to change but its type, which is its id.
    pub async fn update(&self, esb: &str, type_: &str) -> Result<Fetched<EventSource>, Error> {
        self.of(esb)?.update(kind(type_)?, &serde_json::Map::new()).await
    }

    /// Removes a source.
    pub async fn remove(&self, esb: &str, type_: &str) -> Result<(), Error> {
        self.of(esb)?.delete(kind(type_)?).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_types_are_the_documented_ones() {
        assert_eq!(check_source_type("http_request_complete.v0"), Ok(()));
        let typo = check_source_type("http_request_completed.v0").unwrap_err();
        assert!(typo.reason.contains("did you mean http_request_complete.v0"), "{typo}");
        assert_eq!(check_source_type("http_request_complete").unwrap_err().param, "sources");
    }

    #[test]
    fn update_sends_only_what_is_set() {
        let up = UpdateEventSubscription { description: Some("d".into()), ..Default::default() };
        assert_eq!(serde_json::to_value(&up).unwrap(), serde_json::json!({"description": "d"}));
        let long = UpdateEventSubscription { description: Some("é".repeat(255)), ..Default::default() };
        assert_eq!(long.validate(), Ok(()), "the subscription limits count characters");
    }
}
