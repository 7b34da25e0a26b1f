//! What the API commands print: the API's own JSON objects with `--json` (for scripts), else a
//! key/value view or an aligned table. Credentials inside objects (AWS keys, the Datadog API
//! key, the Azure client secret) are masked in both. Results go to stdout, hints to stderr.

use serde_json::Value;

use crate::commands::out_line;
use crate::secret::MASK;

/// Keys whose values are credentials, wherever they appear in an object.
pub const CREDENTIAL_KEYS: [&str; 4] = ["aws_access_key_id", "aws_secret_access_key", "api_key", "client_secret"];

/// One column of a list table: its header and how to read the cell from an item.
pub struct Column {
    /// The header.
    pub header: &'static str,
    /// The JSON pointer of the cell in an item (`/target/kinesis/stream_arn`), or several
    /// joined by `|`: the first that is set wins. A pointer ending in `/*` reads the name of
    /// the first key there whose value is not null (`/target/*` gives `kinesis`).
    pub pointer: &'static str,
}

/// `value` with every credential replaced by the mask.
pub fn masked(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let secret = CREDENTIAL_KEYS.contains(&k.as_str()) && v.as_str().is_some_and(|s| !s.is_empty());
                    (k.clone(), if secret { Value::String(MASK.into()) } else { masked(v) })
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(masked).collect()),
        other => other.clone(),
    }
}

fn print_json(value: &Value) {
    out_line(&serde_json::to_string_pretty(&masked(value)).expect("JSON values serialize"));
}

/// Prints one object: as JSON, or one `key  value` line per field (nested objects as dotted
/// keys, nulls left out, lists of `{id}` as their ids).
pub fn object(raw: &Value, json: bool) {
    if json {
        return print_json(raw);
    }
    let mut rows = Vec::new();
    flatten("", &masked(raw), &mut rows);
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in rows {
        out_line(format!("{k:<width$}  {}", one_line(&v)).trim_end());
    }
}

fn flatten(prefix: &str, value: &Value, rows: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&key, v, rows);
            }
        }
        Value::Null => {}
        other => rows.push((prefix.to_owned(), cell(other))),
    }
}

/// A value as one table cell: strings bare, lists comma-joined (objects by their id or type).
fn cell(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Array(items) => items
            .iter()
            .map(|item| match item.get("id").or_else(|| item.get("type")) {
                Some(v) => cell(v),
                None => cell(item),
            })
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    }
}

/// The text of the first pointer of `column` that is set in `item`.
fn read(item: &Value, column: &Column) -> String {
    let one = |p: &str| match p.strip_suffix("/*") {
        Some(parent) => item.pointer(parent)?.as_object()?.iter().find(|(_, v)| !v.is_null()).map(|(k, _)| k.clone()),
        None => item.pointer(p).map(cell),
    };
    column.pointer.split('|').filter_map(one).find(|s| !s.is_empty()).unwrap_or_default()
}

/// Prints a list answer: the page object as JSON, or a table (`noun` when empty), with a hint
/// on stderr when the API announced more pages and `--all` was not given.
pub fn list(raw: &Value, items_key: &str, columns: &[Column], json: bool, all: bool, noun: &str) {
    if json {
        return print_json(raw);
    }
    let items = raw.get(items_key).and_then(Value::as_array).cloned().unwrap_or_default();
    if items.is_empty() {
        out_line(&format!("No {noun}."));
    }
    let mut rows = vec![columns.iter().map(|c| c.header.to_owned()).collect::<Vec<_>>()];
    let cell = |item: &Value, c: &Column| {
        let text = one_line(&read(item, c));
        if matches!(c.header, "DESCRIPTION" | "METADATA") { shorten(&text, 40) } else { text }
    };
    rows.extend(items.iter().map(|item| columns.iter().map(|c| cell(item, c)).collect()));
    if !items.is_empty() {
        aligned(&rows).iter().for_each(|line| out_line(line));
    }
    let more = raw.get("next_page_uri").and_then(Value::as_str).is_some_and(|n| !n.is_empty());
    if let (false, true, Some(last)) = (all, more, items.last().and_then(|i| i.get("id")).and_then(Value::as_str)) {
        eprintln!("More {noun}: run again with --before-id {last} for the next page, or with --all.");
    }
}

/// Prints the outcome of a delete (or of another action without an answer body).
pub fn deleted(id: &str, verb: &str, json: bool) {
    if json {
        print_json(&serde_json::json!({ "id": id, verb: true }));
    } else {
        out_line(&format!("{verb} {id}"));
    }
}

/// Rows of cells as lines of left-aligned columns two spaces apart.
pub fn aligned(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> =
        (0..columns).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().zip(&widths).map(|(cell, w)| format!("{cell:<w$}")).collect();
            cells.join("  ").trim_end().to_owned()
        })
        .collect()
}

/// Keeps a value on its line (newlines and tabs would break the layout).
pub fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

/// At most `max` characters, with `…` when cut.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn credentials_are_masked_at_any_depth() {
        let raw = json!({"target": {"datadog": {"api_key": "dd-1234", "ddsite": "datadoghq.eu"},
            "kinesis": {"auth": {"creds": {"aws_access_key_id": "AKIA1", "aws_secret_access_key": "s3cr3t"}}}}});
        let out = masked(&raw).to_string();
        assert!(!out.contains("dd-1234") && !out.contains("AKIA1") && !out.contains("s3cr3t"), "{out}");
        assert!(out.contains("datadoghq.eu"));
    }

    #[test]
    fn cells_show_ids_of_references() {
        let item = json!({"destinations": [{"id": "ed_1", "uri": "u"}, {"id": "ed_2"}], "sources": [{"type": "a.v0"}]});
        assert_eq!(read(&item, &Column { header: "D", pointer: "/destinations" }), "ed_1,ed_2");
        assert_eq!(read(&item, &Column { header: "S", pointer: "/missing|/sources" }), "a.v0");
        let target = json!({"target": {"firehose": null, "kinesis": {"stream_arn": "arn:k"}}});
        assert_eq!(read(&target, &Column { header: "K", pointer: "/target/*" }), "kinesis");
    }
}
