//! ngrok's API description (the trimmed copy in tests/data/ngrok-openapi) as the test double's
//! rule book: find the operation of a request, validate its parameters and body against the
//! request schema, and build every answer from the response schema.

use std::sync::OnceLock;

use serde_json::{Map, Value};

/// The trimmed description, as committed.
const SPEC_YAML: &str = include_str!("../../data/ngrok-openapi/ngrok-api.yaml");

/// The description, parsed once.
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| serde_yaml::from_str(SPEC_YAML).expect("tests/data/ngrok-openapi/ngrok-api.yaml parses"))
}

/// One operation of the description matched by a request.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The path template (`/event_subscriptions/{subscription_id}/sources`).
    pub template: String,
    /// `operationId` (`EventSourcesCreate`).
    pub id: String,
    /// The path parameters, by name.
    pub params: Map<String, Value>,
    /// The operation's object in the description.
    pub op: &'static Value,
}

/// Finds the operation for `method` and `path`: `Err(false)` when the path is unknown,
/// `Err(true)` when the path exists but not with this method.
pub fn operation(method: &str, path: &str) -> Result<Operation, bool> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let mut path_known = false;
    for (template, item) in spec()["paths"].as_object().expect("paths") {
        let parts: Vec<&str> = template.trim_matches('/').split('/').collect();
        if parts.len() != segments.len() {
            continue;
        }
        let mut params = Map::new();
        let matched =
            parts.iter().zip(&segments).all(|(t, s)| match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                Some(name) => {
                    params.insert(name.to_owned(), Value::String((*s).to_owned()));
                    !s.is_empty()
                }
                None => t == s,
            });
        if !matched {
            continue;
        }
        path_known = true;
        if let Some(op) = item.get(method.to_ascii_lowercase()) {
            let id = op["operationId"].as_str().expect("operationId").to_owned();
            return Ok(Operation { template: template.clone(), id, params, op });
        }
    }
    Err(path_known)
}

/// Follows `$ref` to `#/components/…`.
pub fn resolve(schema: &'static Value) -> &'static Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let pointer = r.strip_prefix('#').expect("local $ref");
            resolve(spec().pointer(pointer).unwrap_or_else(|| panic!("dangling $ref {r}")))
        }
        None => schema,
    }
}

/// The named schema of `components/schemas`.
pub fn schema(name: &str) -> &'static Value {
    spec()["components"]["schemas"].get(name).unwrap_or_else(|| panic!("no schema {name}"))
}

impl Operation {
    /// The request body's schema, if the operation takes a body.
    pub fn request_schema(&self) -> Option<&'static Value> {
        self.op.pointer("/requestBody/content/application~1json/schema").map(resolve)
    }

    /// The success status and, if it has a body, its schema.
    pub fn response(&self) -> (u16, Option<&'static Value>) {
        let responses = self.op["responses"].as_object().expect("responses");
        let (status, res) = responses.iter().next().expect("one response");
        let schema = res.pointer("/content/application~1json/schema").map(resolve);
        (status.parse().expect("numeric status"), schema)
    }

    /// Checks the query against the declared query parameters (unknown ones are refused).
    pub fn check_query(&self, query: &[(String, String)]) -> Result<(), Refused> {
        let declared: Vec<&str> = self.op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(resolve)
            .filter(|p| p["in"] == "query")
            .filter_map(|p| p["name"].as_str())
            .collect();
        match query.iter().find(|(k, _)| !declared.contains(&k.as_str())) {
            Some((k, _)) => Err((
                "ERR_NGROK_231",
                format!(
                    "The query part of the requested URI includes unknown parameters: {k}. The supported parameters are: {}.",
                    declared.join(", ")
                ),
            )),
            None => Ok(()),
        }
    }
}

fn type_of(schema: &Value) -> &str {
    schema.get("type").and_then(Value::as_str).unwrap_or("object")
}

/// A refused parameter: ngrok's error code (ERR_NGROK_214 unknown, ERR_NGROK_215 invalid) and
/// the message.
pub type Refused = (&'static str, String);

/// Validates a request value the way the API does: unknown fields, missing required fields and
/// wrong types are errors naming the field (`at` is its path, `target.kinesis.auth`).
pub fn validate(schema: &'static Value, value: &Value, at: &str) -> Result<(), Refused> {
    let schema = resolve(schema);
    let name = if at.is_empty() { "the request body" } else { at };
    match (type_of(schema), value) {
        (_, Value::Null) if !at.is_empty() => Ok(()),
        ("object", Value::Object(map)) => {
            let props = schema.get("properties").and_then(Value::as_object);
            for (k, v) in map {
                let Some(prop) = props.and_then(|p| p.get(k)) else {
                    let supported: Vec<&str> = props.into_iter().flat_map(|p| p.keys()).map(String::as_str).collect();
                    return Err((
                        "ERR_NGROK_214",
                        format!(
                            "The request parameter {:?} is unknown and not expected. The supported fields are: {}.",
                            join(at, k),
                            supported.join(", ")
                        ),
                    ));
                };
                validate(prop, v, &join(at, k))?;
            }
            for req in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
                let req = req.as_str().expect("required names");
                if map.get(req).is_none_or(Value::is_null) {
                    return Err((
                        "ERR_NGROK_215",
                        format!("The request parameter {:?} is required but missing.", join(at, req)),
                    ));
                }
            }
            Ok(())
        }
        ("array", Value::Array(items)) => {
            let item = schema.get("items").expect("array items");
            items.iter().enumerate().try_for_each(|(i, v)| validate(item, v, &format!("{at}[{i}]")))
        }
        ("string", Value::String(_)) | ("boolean", Value::Bool(_)) => Ok(()),
        ("integer", Value::Number(n)) if n.is_i64() || n.is_u64() => Ok(()),
        ("number", Value::Number(_)) => Ok(()),
        (want, got) => Err((
            "ERR_NGROK_215",
            format!("The value provided for the request parameter {name:?} is invalid: want {want}, got {got}."),
        )),
    }
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() { key.to_owned() } else { format!("{at}.{key}") }
}

/// Builds an answer from the response schema: every property the schema lists, in its order,
/// taken from `draft` when there (recursively; an explicit null stays null, as the API sends
/// `next_page_uri: null`), else the type's zero value (objects: null).
/// A draft field the schema does not list is a bug of the double and panics, so the double can
/// only ever answer what the description allows.
pub fn conform(schema: &'static Value, draft: &Value) -> Value {
    let schema = resolve(schema);
    match type_of(schema) {
        "object" => {
            let props = schema.get("properties").and_then(Value::as_object).expect("object properties");
            let Some(given) = draft.as_object() else { return Value::Null };
            if let Some(extra) = given.keys().find(|k| !props.contains_key(*k)) {
                panic!("the double drafted {extra:?}, which the response schema does not have: {draft}");
            }
            Value::Object(props.iter().map(|(k, prop)| (k.clone(), conform_or_zero(prop, given.get(k)))).collect())
        }
        "array" => {
            let item = schema.get("items").expect("array items");
            Value::Array(draft.as_array().into_iter().flatten().map(|v| conform(item, v)).collect())
        }
        _ => draft.clone(),
    }
}

fn conform_or_zero(schema: &'static Value, value: Option<&Value>) -> Value {
    match value {
        Some(Value::Null) => Value::Null,
        Some(v) => conform(schema, v),
        None => match type_of(resolve(schema)) {
            "string" => Value::String(String::new()),
            "integer" | "number" => Value::from(0),
            "boolean" => Value::Bool(false),
            "array" => Value::Array(Vec::new()),
            _ => Value::Null,
        },
    }
}
