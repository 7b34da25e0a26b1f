//! Event Streams (`/event_streams`): which events of an endpoint (`http_request_complete`,
//! `tcp_connection_closed`) are sent to which Event Destinations, and how many of them.
//! Every request is checked against the API's limits before it is sent.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

mod limits;
mod requests;

pub use limits::{MAX_DESCRIPTION_BYTES, MAX_METADATA_BYTES, MAX_SAMPLING_RATE, MIN_SAMPLING_RATE};
pub use requests::{CreateEventStream, EventType, ListParams, UpdateEventStream};

use super::{Client, Error, Invalid, Listing};
use limits::check_id;

/// An Event Stream as the API returns it. Fields this client does not know yet are kept in
/// `extra`, so serializing it gives back the API's object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventStream {
    /// Unique identifier (`es_…`).
    pub id: String,
    /// URI of this resource in the API.
    #[serde(default)]
    pub uri: String,
    /// When it was created (RFC 3339).
    #[serde(default)]
    pub created_at: String,
    /// User-defined machine-readable data.
    #[serde(default)]
    pub metadata: String,
    /// User-defined human-readable description.
    #[serde(default)]
    pub description: String,
    /// The protocol-specific fields collected on each event.
    #[serde(default)]
    pub fields: Vec<String>,
    /// Which events are collected (see [`EventType`]; kept as text so new types still load).
    #[serde(default)]
    pub event_type: String,
    /// The Event Destinations the events are sent to.
    #[serde(default)]
    pub destination_ids: Vec<String>,
    /// The share of events captured, 0.01 to 1.00.
    #[serde(default)]
    pub sampling_rate: f64,
    /// Any other field of the API's answer.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One page of `GET /event_streams`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventStreamList {
    /// The event streams of this page, newest first.
    pub event_streams: Vec<EventStream>,
    /// URI of this page.
    #[serde(default)]
    pub uri: String,
    /// URI of the next page; `None` on the last.
    #[serde(default)]
    pub next_page_uri: Option<String>,
    /// Any other field of the API's answer.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Listing for EventStreamList {
    fn next_page_uri(&self) -> Option<&str> {
        self.next_page_uri.as_deref()
    }
    fn append(&mut self, next: Self) {
        self.event_streams.extend(next.event_streams);
        self.next_page_uri = next.next_page_uri;
    }
}

/// The Event Streams operations of a [`Client`].
#[derive(Debug, Clone, Copy)]
pub struct EventStreams<'a> {
    client: &'a Client,
}

impl Client {
    /// The Event Streams operations.
    pub fn event_streams(&self) -> EventStreams<'_> {
        EventStreams { client: self }
    }
}

impl EventStreams<'_> {
    /// Creates an Event Stream (`POST /event_streams`; never retried).
    pub async fn create(&self, req: &CreateEventStream) -> Result<EventStream, Error> {
        req.validate()?;
        let url = self.client.url(&["event_streams"], &[]);
        self.client.json(Method::POST, url, Some(req)).await
    }

    /// Gets one Event Stream by id.
    pub async fn get(&self, id: &str) -> Result<EventStream, Error> {
        let url = self.client.url(&["event_streams", check_id(id)?], &[]);
        self.client.json(Method::GET, url, None::<&()>).await
    }

    /// Lists one page of Event Streams.
    pub async fn list(&self, params: &ListParams) -> Result<EventStreamList, Error> {
        self.client.json(Method::GET, self.list_url(params)?, None::<&()>).await
    }

    /// Lists every Event Stream from `params.before_id` on, following `next_page_uri` to the end.
    pub async fn list_all(&self, params: &ListParams) -> Result<EventStreamList, Error> {
        self.client.list_all(self.list_url(params)?).await
    }

    /// Changes the fields set in `req` of an Event Stream (`PATCH`; never retried).
    pub async fn update(&self, id: &str, req: &UpdateEventStream) -> Result<EventStream, Error> {
        let id = check_id(id)?;
        req.validate()?;
        let url = self.client.url(&["event_streams", id], &[]);
        self.client.json(Method::PATCH, url, Some(req)).await
    }

    /// Deletes an Event Stream; its Event Destinations are kept.
    pub async fn delete(&self, id: &str) -> Result<(), Error> {
        let url = self.client.url(&["event_streams", check_id(id)?], &[]);
        self.client.send(Method::DELETE, url, None::<&()>).await.map(drop)
    }

    fn list_url(&self, params: &ListParams) -> Result<url::Url, Error> {
        let mut query = Vec::new();
        if let Some(before) = &params.before_id {
            query.push(("before_id", check_id(before).map_err(|e| Invalid { param: "before_id", ..e })?.to_owned()));
        }
        if let Some(limit) = params.limit {
            if limit == 0 {
                return Err(Invalid { param: "limit", reason: "must be at least 1".into() }.into());
            }
            query.push(("limit", limit.to_string()));
        }
        Ok(self.client.url(&["event_streams"], &query))
    }
}
