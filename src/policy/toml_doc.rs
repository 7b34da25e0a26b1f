//! The inline `[tunnel.ngrok] traffic_policy` table: the parsed TOML becomes the JSON-shaped
//! document ngrok reads, every string expanded by the caller's `${VAR}` rule, and every node's
//! byte range kept so problems point at the line the user wrote.

use serde_json::{Map, Number, Value};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::index::{DocPath, Place, Seg, SpanIndex};

/// A problem found while converting: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertProblem {
    /// The node's path in the document.
    pub path: DocPath,
    /// Its byte range in the config file.
    pub place: Place,
    /// What is wrong.
    pub message: String,
}

/// Converts a TOML table to a document, calling `expand` on every string (its error becomes a
/// problem at that string). Returns the document, the index of every node, and the problems.
pub fn convert(
    table: &Spanned<DeValue<'_>>,
    expand: &mut dyn FnMut(&str) -> Result<String, String>,
) -> (Value, SpanIndex, Vec<ConvertProblem>) {
    let mut c = Converter { expand, index: SpanIndex::default(), problems: Vec::new() };
    let doc = c.value(table, &mut Vec::new());
    (doc, c.index, c.problems)
}

struct Converter<'a> {
    expand: &'a mut dyn FnMut(&str) -> Result<String, String>,
    index: SpanIndex,
    problems: Vec<ConvertProblem>,
}

impl Converter<'_> {
    fn value(&mut self, v: &Spanned<DeValue<'_>>, path: &mut DocPath) -> Value {
        let place = Place::Bytes(v.span());
        self.index.insert(path.clone(), place.clone());
        match v.get_ref() {
            DeValue::String(s) => match (self.expand)(s) {
                Ok(text) => Value::String(text),
                Err(message) => {
                    self.problems.push(ConvertProblem { path: path.clone(), place, message });
                    Value::String(String::new())
                }
            },
            DeValue::Integer(i) => match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                Ok(n) => Value::from(n),
                Err(_) => {
                    let message = "is too large for a whole number; use a smaller one".to_owned();
                    self.problems.push(ConvertProblem { path: path.clone(), place, message });
                    Value::Null
                }
            },
            DeValue::Float(f) => match f.as_str().replace('_', "").parse::<f64>().ok().and_then(Number::from_f64) {
                Some(n) => Value::Number(n),
                None => {
                    let message = "is not a finite number; ngrok's documents hold finite numbers only".to_owned();
                    self.problems.push(ConvertProblem { path: path.clone(), place, message });
                    Value::Null
                }
            },
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Datetime(d) => Value::String(d.to_string()),
            DeValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (n, item) in items.iter().enumerate() {
                    path.push(Seg::Index(n));
                    out.push(self.value(item, path));
                    path.pop();
                }
                Value::Array(out)
            }
            DeValue::Table(t) => Value::Object(self.table(t, path)),
        }
    }

    fn table(&mut self, t: &DeTable<'_>, path: &mut DocPath) -> Map<String, Value> {
        let mut out = Map::new();
        for (k, v) in t.iter() {
            path.push(Seg::Key(k.get_ref().to_string()));
            self.index.insert(path.clone(), Place::Bytes(k.span()));
            let converted = self.value(v, path);
            path.pop();
            out.insert(k.get_ref().to_string(), converted);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Value, SpanIndex, Vec<ConvertProblem>) {
        let doc = DeTable::parse(text).unwrap();
        let root = doc.get_ref().get("p").unwrap().clone();
        convert(&root, &mut |s: &str| {
            if s.contains("${BAD}") { Err("unset".to_owned()) } else { Ok(s.replace("${X}", "x-value")) }
        })
    }

    #[test]
    fn converts_with_places_and_expansion() {
        let text = "[p]\non_http_request = [{ name = \"a ${X}\", actions = [{ type = \"deny\", config = { status_code = 404, f = 0.5 } }] }]\n";
        let (doc, index, problems) = parse(text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(doc["on_http_request"][0]["name"], "a x-value");
        assert_eq!(doc["on_http_request"][0]["actions"][0]["config"]["status_code"], 404);
        assert_eq!(doc["on_http_request"][0]["actions"][0]["config"]["f"], 0.5);
        let path = super::super::index::parse_key("on_http_request[0].actions[0].type");
        let Some(Place::Bytes(r)) = index.nearest(&path) else { panic!("no place") };
        assert_eq!(&text[r.clone()], "type");
    }

    #[test]
    fn expansion_errors_are_problems_at_the_string() {
        let (_, _, problems) = parse("[p]\non_http_request = [{ name = \"${BAD}\" }]\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].message, "unset");
    }
}
