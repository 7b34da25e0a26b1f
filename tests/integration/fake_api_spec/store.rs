//! What the spec-driven double remembers and how each operation changes it. Every object is
//! drafted here and then built from the operation's response schema (`spec::conform`), so the
//! double answers only what ngrok's API description allows.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::spec::Operation;
use crate::fake_api::REAL;

/// A refusal: HTTP status, ngrok error code, message.
pub type Refusal = (u16, &'static str, String);

/// The double's data: each collection's objects by id (ids sort oldest first).
#[derive(Default)]
pub struct Store {
    seq: u64,
    /// `collection name` → id → object, as last answered.
    pub items: BTreeMap<&'static str, BTreeMap<String, Value>>,
    /// Sessions told to stop or restart, in order: (`stop`/`restart`, id).
    pub actions: Vec<(String, String)>,
}

const PREFIX: [(&str, &str); 4] =
    [("event_destinations", "ed"), ("event_subscriptions", "esb"), ("tunnel_sessions", "ts"), ("endpoints", "ep")];

fn now() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

fn not_found() -> Refusal {
    (404, "", "Resource not found".into())
}

/// A 400 with ngrok's error code for it (ERR_NGROK_380: a referenced resource was not found;
/// ERR_NGROK_244: bad page size); `""` where ngrok documents no code.
fn bad(code: &'static str, msg: impl Into<String>) -> Refusal {
    (400, code, msg.into())
}

impl Store {
    /// A new id in `collection`, sorting after every earlier one.
    pub fn next_id(&mut self, collection: &str) -> String {
        self.seq += 1;
        let prefix = PREFIX.iter().find(|(c, _)| *c == collection).map_or("x", |(_, p)| p);
        format!("{prefix}_2{:026}", self.seq)
    }

    fn coll(&mut self, name: &'static str) -> &mut BTreeMap<String, Value> {
        self.items.entry(name).or_default()
    }

    fn get(&mut self, name: &'static str, id: &str) -> Result<&mut Value, Refusal> {
        self.coll(name).get_mut(id).ok_or_else(not_found)
    }

    /// Runs `op` with its query and body; `Ok` is the draft answer (`None`: no body).
    pub fn apply(&mut self, op: &Operation, query: &[(String, String)], body: Value) -> Result<Option<Value>, Refusal> {
        let param = |name: &str| op.params.get(name).and_then(Value::as_str).unwrap_or_default().to_owned();
        let (id, sub, kind) = (param("id"), param("subscription_id"), param("type"));
        let collection = PREFIX
            .iter()
            .map(|(c, _)| *c)
            .find(|c| op.template.trim_start_matches('/').starts_with(c))
            .expect("a known collection");
        let Some(action) =
            ["Create", "List", "Get", "Update", "Delete", "Stop", "Restart"].into_iter().find(|a| op.id.ends_with(a))
        else {
            return Err(bad("", format!("{} is not implemented by the test double", op.id)));
        };
        let sources = op.id.starts_with("EventSources");
        match (collection, sources, action) {
            (_, true, _) => self.source(&sub, &kind, action, body),
            ("event_subscriptions", false, "Create") => {
                let id = self.next_id(collection);
                let draft = self.subscription(&id, json!({"created_at": now()}), &body)?;
                self.coll(collection).insert(id, draft.clone());
                Ok(Some(draft))
            }
            ("event_subscriptions", false, "Update") => {
                let old = self.get(collection, &id)?.clone();
                let draft = self.subscription(&id, old, &body)?;
                self.coll(collection).insert(id, draft.clone());
                Ok(Some(draft))
            }
            (_, false, "Create") => {
                let id = self.next_id(collection);
                let mut draft = body;
                draft["id"] = json!(id);
                draft["uri"] = json!(format!("{REAL}/{collection}/{id}"));
                draft["created_at"] = json!(now());
                self.coll(collection).insert(id, draft.clone());
                Ok(Some(draft))
            }
            (_, false, "Get") => self.get(collection, &id).map(|v| Some(v.clone())),
            (_, false, "Update") => {
                let item = self.get(collection, &id)?;
                for (k, v) in body.as_object().into_iter().flatten() {
                    item[k] = v.clone();
                }
                Ok(Some(item.clone()))
            }
            ("event_destinations", false, "Delete") => {
                self.get(collection, &id)?;
                let used = self.coll("event_subscriptions").values().any(|s| {
                    s["destinations"].as_array().into_iter().flatten().any(|d| d["id"].as_str() == Some(id.as_str()))
                });
                if used {
                    return Err(bad(
                        "",
                        format!("Event Destination {id} is still referenced by an Event Subscription."),
                    ));
                }
                self.coll(collection).remove(&id);
                Ok(None)
            }
            (_, false, "Delete") => self.coll(collection).remove(&id).map(|_| None).ok_or_else(not_found),
            ("tunnel_sessions", false, "Stop" | "Restart") => {
                self.get(collection, &id)?;
                self.actions.push((action.to_ascii_lowercase(), id.clone()));
                if action == "Stop" {
                    self.coll(collection).remove(&id);
                    self.coll("endpoints").retain(|_, e| e["tunnel_session"]["id"].as_str() != Some(id.as_str()));
                }
                Ok(None)
            }
            (_, false, "List") => self.list(collection, query),
            _ => Err(bad("", format!("{} is not implemented by the test double", op.id))),
        }
    }

    /// A subscription's draft: `base` with the body's fields, sources and destinations as the
    /// API answers them (`{type, uri}`, `{id, uri}`); destinations must exist.
    fn subscription(&mut self, id: &str, mut base: Value, body: &Value) -> Result<Value, Refusal> {
        for k in ["metadata", "description"] {
            if let Some(v) = body.get(k) {
                base[k] = v.clone();
            }
        }
        if let Some(sources) = body.get("sources").and_then(Value::as_array) {
            let kinds: Vec<&str> = sources.iter().filter_map(|s| s["type"].as_str()).collect();
            base["sources"] = kinds.iter().map(|k| source_object(id, k)).collect();
        }
        if let Some(ids) = body.get("destination_ids").and_then(Value::as_array) {
            let mut refs = Vec::new();
            for d in ids.iter().filter_map(Value::as_str) {
                if !self.coll("event_destinations").contains_key(d) {
                    return Err(bad("ERR_NGROK_380", format!("The resource {d} was referenced, but not found.")));
                }
                refs.push(json!({"id": d, "uri": format!("{REAL}/event_destinations/{d}")}));
            }
            base["destinations"] = Value::Array(refs);
        }
        base["id"] = json!(id);
        base["uri"] = json!(format!("{REAL}/event_subscriptions/{id}"));
        Ok(base)
    }

    fn source(&mut self, sub: &str, kind: &str, action: &str, body: Value) -> Result<Option<Value>, Refusal> {
        let subscription = self.get("event_subscriptions", sub)?;
        let sources = subscription["sources"].as_array_mut().expect("sources list");
        let at = |sources: &Vec<Value>, k: &str| sources.iter().position(|s| s["type"].as_str() == Some(k));
        match action {
            "Create" => {
                let k = body.get("type").and_then(Value::as_str).unwrap_or_default().to_owned();
                if k.is_empty() {
                    return Err(bad("ERR_NGROK_238", "The provided event type:  is not valid."));
                }
                if at(sources, &k).is_some() {
                    return Err(bad("", format!("The subscription already has the source {k}.")));
                }
                sources.push(source_object(sub, &k));
                Ok(Some(source_object(sub, &k)))
            }
            "List" => Ok(Some(
                json!({"sources": sources.clone(), "uri": format!("{REAL}/event_subscriptions/{sub}/sources")}),
            )),
            "Get" | "Update" => at(sources, kind).map(|i| Some(sources[i].clone())).ok_or_else(not_found),
            _ => {
                let i = at(sources, kind).ok_or_else(not_found)?;
                sources.remove(i);
                Ok(None)
            }
        }
    }

    /// Newest first; `before_id` keeps the older ones; `limit` is 1..=100 (default 100).
    fn list(&mut self, collection: &'static str, query: &[(String, String)]) -> Result<Option<Value>, Refusal> {
        let q = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let limit = match q("limit").map(|l| l.parse::<usize>()) {
            None => 100,
            Some(Ok(n)) if (1..=100).contains(&n) => n,
            Some(_) => return Err(bad("ERR_NGROK_244", "The page size limit must be a number between 1 and 100.")),
        };
        let before = q("before_id");
        let older: Vec<&Value> = self
            .coll(collection)
            .iter()
            .rev()
            .filter(|(id, _)| before.as_deref().is_none_or(|b| id.as_str() < b))
            .map(|(_, v)| v)
            .collect();
        let page: Vec<Value> = older.iter().take(limit).map(|v| (*v).clone()).collect();
        let next = (older.len() > limit).then(|| {
            format!("{REAL}/{collection}?before_id={}&limit={limit}", page.last().unwrap()["id"].as_str().unwrap())
        });
        Ok(Some(json!({collection: page, "uri": format!("{REAL}/{collection}"), "next_page_uri": next})))
    }
}

fn source_object(sub: &str, kind: &str) -> Value {
    json!({"type": kind, "uri": format!("{REAL}/event_subscriptions/{sub}/sources/{kind}")})
}
