//! Generic operations on one collection of the API (`/event_destinations`, `/tunnel_sessions`, …):
//! create, get, update, delete, list (one page or every page) and POST actions. Answers are kept
//! as the API's JSON (`raw`, printed unchanged with `--json`) and also decoded into a typed view,
//! so an answer that drifted from the documented shape fails loudly.

use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use url::Url;

use super::{Client, Error, Invalid, page};

/// One object of the API: the typed view and the JSON exactly as the API sent it.
#[derive(Debug, Clone)]
pub struct Fetched<T> {
    /// The fields prx-tunnel reads.
    pub item: T,
    /// The API's object, unchanged.
    pub raw: Value,
}

/// A list answer: the typed items and the page object (pages merged for `--all`).
#[derive(Debug, Clone)]
pub struct Listed<T> {
    /// The items, in the API's order.
    pub items: Vec<T>,
    /// The page object (`{"<items_key>": [...], "uri", "next_page_uri"}`); after following every
    /// page, the merged items with `next_page_uri` null.
    pub raw: Value,
}

impl<T> Listed<T> {
    /// The next page's URI, if the API announced one.
    pub fn next_page_uri(&self) -> Option<&str> {
        self.raw.get("next_page_uri").and_then(Value::as_str).filter(|s| !s.is_empty())
    }
}

/// Paging of a list request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paging {
    /// Start after this id (lists are newest first: older items follow).
    pub before_id: Option<String>,
    /// Items per page (the API's default when unset).
    pub limit: Option<u32>,
}

/// One collection: its path under the base URL and the key of its items in list answers.
#[derive(Debug, Clone)]
pub struct Collection<'a> {
    client: &'a Client,
    path: Vec<String>,
    items_key: &'static str,
}

/// An id as a path segment: trimmed, not empty.
pub fn check_id<'s>(param: &'static str, id: &'s str, example: &str) -> Result<&'s str, Invalid> {
    let id = id.trim();
    if id.is_empty() {
        return Err(Invalid { param, reason: format!("is empty; give an id such as {example}") });
    }
    Ok(id)
}

impl Client {
    /// The collection at `path` (segments under the base URL) whose lists hold `items_key`.
    pub fn collection(&self, path: &[&str], items_key: &'static str) -> Collection<'_> {
        Collection { client: self, path: path.iter().map(|s| (*s).to_owned()).collect(), items_key }
    }

    /// Sends a request and returns the answer's JSON (`Value::Null` for an empty body).
    pub async fn value(&self, method: Method, url: Url, body: Option<&impl Serialize>) -> Result<Value, Error> {
        let (status, bytes) = self.send(method.clone(), url.clone(), body).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&bytes).map_err(|e| decode_error(&method, &url, status, e))
    }
}

fn decode_error(method: &Method, url: &Url, status: StatusCode, e: serde_json::Error) -> Error {
    Error::Decode { method: method.clone(), url: url.to_string(), status, reason: e.to_string() }
}

/// Reads the typed view of an answer; a mismatch is an [`Error::Decode`] naming the request.
fn typed<T: DeserializeOwned>(raw: &Value, method: &Method, url: &Url) -> Result<T, Error> {
    T::deserialize(raw).map_err(|e| decode_error(method, url, StatusCode::OK, e))
}

impl Collection<'_> {
    fn url(&self, tail: &[&str], query: &[(&str, String)]) -> Url {
        let mut segments: Vec<&str> = self.path.iter().map(String::as_str).collect();
        segments.extend_from_slice(tail);
        self.client.url(&segments, query)
    }

    async fn fetch<T: DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<&impl Serialize>,
    ) -> Result<Fetched<T>, Error> {
        let raw = self.client.value(method.clone(), url.clone(), body).await?;
        Ok(Fetched { item: typed(&raw, &method, &url)?, raw })
    }

    /// `POST` to the collection (never retried).
    pub async fn create<T: DeserializeOwned>(&self, body: &impl Serialize) -> Result<Fetched<T>, Error> {
        self.fetch(Method::POST, self.url(&[], &[]), Some(body)).await
    }

    /// `GET` one item.
    pub async fn get<T: DeserializeOwned>(&self, id: &str) -> Result<Fetched<T>, Error> {
        self.fetch(Method::GET, self.url(&[id], &[]), None::<&()>).await
    }

    /// `PATCH` one item with only the fields set in `body` (never retried).
    pub async fn update<T: DeserializeOwned>(&self, id: &str, body: &impl Serialize) -> Result<Fetched<T>, Error> {
        self.fetch(Method::PATCH, self.url(&[id], &[]), Some(body)).await
    }

    /// `DELETE` one item.
    pub async fn delete(&self, id: &str) -> Result<(), Error> {
        self.client.send(Method::DELETE, self.url(&[id], &[]), None::<&()>).await.map(drop)
    }

    /// `POST {}` to an action of one item (`/tunnel_sessions/{id}/stop`); never retried.
    pub async fn action(&self, id: &str, action: &str) -> Result<(), Error> {
        let body = serde_json::Map::new();
        self.client.send(Method::POST, self.url(&[id, action], &[]), Some(&body)).await.map(drop)
    }

    /// One page (`all = false`) or every page from `paging` on, merged.
    pub async fn list<T: DeserializeOwned>(&self, paging: &Paging, all: bool) -> Result<Listed<T>, Error> {
        let mut query = Vec::new();
        if let Some(before) = &paging.before_id {
            query.push(("before_id", check_id("before_id", before, "the last id of a page")?.to_owned()));
        }
        if let Some(limit) = paging.limit {
            if limit == 0 {
                return Err(Invalid { param: "limit", reason: "must be at least 1".into() }.into());
            }
            query.push(("limit", limit.to_string()));
        }
        let first = self.url(&[], &query);
        let mut raw = self.client.value(Method::GET, first.clone(), None::<&()>).await?;
        let mut seen = std::collections::HashSet::new();
        let next_of =
            |raw: &Value| raw.get("next_page_uri").and_then(Value::as_str).filter(|n| !n.is_empty()).map(str::to_owned);
        while let Some(next) = next_of(&raw).filter(|_| all) {
            let url = page::follow(self.client.base_url(), &next)?;
            if !seen.insert(url.clone()) || seen.len() > page::MAX_PAGES {
                return Err(Error::Pagination {
                    uri: next,
                    reason: "the API keeps pointing at pages already read".into(),
                });
            }
            let page = self.client.value(Method::GET, url.clone(), None::<&()>).await?;
            let more = self.items(&page, &url)?.clone();
            self.items_mut(&mut raw, &first)?.extend(more);
            raw["next_page_uri"] = page.get("next_page_uri").cloned().unwrap_or(Value::Null);
        }
        let items =
            self.items(&raw, &first)?.iter().map(|v| typed(v, &Method::GET, &first)).collect::<Result<_, _>>()?;
        Ok(Listed { items, raw })
    }

    fn items<'v>(&self, page: &'v Value, url: &Url) -> Result<&'v Vec<Value>, Error> {
        page.get(self.items_key).and_then(Value::as_array).ok_or_else(|| self.no_items(url))
    }

    fn items_mut<'v>(&self, page: &'v mut Value, url: &Url) -> Result<&'v mut Vec<Value>, Error> {
        let missing = self.no_items(url);
        page.get_mut(self.items_key).and_then(Value::as_array_mut).ok_or(missing)
    }

    fn no_items(&self, url: &Url) -> Error {
        Error::Decode {
            method: Method::GET,
            url: url.to_string(),
            status: StatusCode::OK,
            reason: format!("the answer has no {:?} list", self.items_key),
        }
    }
}

/// A request body checked against the API description before it is sent.
pub trait Checked: Serialize {
    /// Every rule of the description the body is subject to.
    fn validate(&self) -> Result<(), Invalid>;
}

/// Create, get, list, update and delete of one resource whose answers read as `T`.
#[derive(Debug, Clone)]
pub struct Crud<'a, T> {
    items: Collection<'a>,
    example: &'static str,
    item: std::marker::PhantomData<fn() -> T>,
}

impl<'a, T: DeserializeOwned> Crud<'a, T> {
    /// The operations on `items`, whose ids look like `example` (`ed_2ABC…`).
    pub fn new(items: Collection<'a>, example: &'static str) -> Self {
        Crud { items, example, item: std::marker::PhantomData }
    }

    fn id<'s>(&self, id: &'s str) -> Result<&'s str, Invalid> {
        check_id("id", id, self.example)
    }

    /// Creates one (checked first; never retried).
    pub async fn create(&self, req: &impl Checked) -> Result<Fetched<T>, Error> {
        req.validate()?;
        self.items.create(req).await
    }

    /// Gets one.
    pub async fn get(&self, id: &str) -> Result<Fetched<T>, Error> {
        self.items.get(self.id(id)?).await
    }

    /// One page, or every page with `all`.
    pub async fn list(&self, paging: &Paging, all: bool) -> Result<Listed<T>, Error> {
        self.items.list(paging, all).await
    }

    /// Changes the fields set in `req` (checked first; never retried).
    pub async fn update(&self, id: &str, req: &impl Checked) -> Result<Fetched<T>, Error> {
        let id = self.id(id)?;
        req.validate()?;
        self.items.update(id, req).await
    }

    /// Deletes one.
    pub async fn delete(&self, id: &str) -> Result<(), Error> {
        self.items.delete(self.id(id)?).await
    }
}
