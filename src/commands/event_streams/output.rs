//! What `event-streams` prints: a table or a key/value view for people, the API's own JSON
//! objects with `--json` for scripts. Results go to stdout, hints to stderr.

use serde::Serialize;
use serde_json::Value;

use crate::api::event_streams::{EventStream, EventStreamList};
use crate::commands::api_access::{aligned, one_line, shorten};
use crate::commands::out_line;

/// Prints one Event Stream (get, create, update).
pub fn stream(s: &EventStream, json: bool) {
    if json {
        return print_json(s);
    }
    for line in key_values(s) {
        out_line(&line);
    }
}

/// Prints a list: the page object (or every page merged, with `next_page_uri` null) as JSON,
/// or a table with a hint on stderr when more pages exist.
pub fn list(l: &EventStreamList, json: bool, all: bool) {
    if json {
        return print_json(l);
    }
    if l.event_streams.is_empty() {
        out_line("No event streams.");
    } else {
        for line in table(&l.event_streams) {
            out_line(&line);
        }
    }
    if let (false, Some(_), Some(last)) =
        (all, l.next_page_uri.as_deref().filter(|n| !n.is_empty()), l.event_streams.last())
    {
        eprintln!("More event streams: run again with --before-id {} for the next page, or with --all.", last.id);
    }
}

/// Prints the outcome of a delete.
pub fn deleted(id: &str, json: bool) {
    if json {
        print_json(&serde_json::json!({ "id": id, "deleted": true }));
    } else {
        out_line(&format!("deleted {id}"));
    }
}

fn print_json(value: &impl Serialize) {
    out_line(&serde_json::to_string_pretty(value).expect("API objects serialize"));
}

fn rate(r: f64) -> String {
    format!("{r:.2}")
}

/// `key  value` lines, in the order a person reads them; unknown fields last, as JSON.
pub fn key_values(s: &EventStream) -> Vec<String> {
    let mut rows: Vec<(String, String)> = vec![
        ("id".into(), s.id.clone()),
        ("event_type".into(), s.event_type.clone()),
        ("sampling_rate".into(), rate(s.sampling_rate)),
        ("destination_ids".into(), s.destination_ids.join(", ")),
        ("fields".into(), s.fields.join(", ")),
        ("description".into(), s.description.clone()),
        ("metadata".into(), s.metadata.clone()),
        ("created_at".into(), s.created_at.clone()),
        ("uri".into(), s.uri.clone()),
    ];
    for (k, v) in &s.extra {
        let text = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        rows.push((k.clone(), text));
    }
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    rows.into_iter().map(|(k, v)| format!("{k:<width$}  {}", one_line(&v)).trim_end().to_owned()).collect()
}

/// The list as aligned columns with a header row.
pub fn table(streams: &[EventStream]) -> Vec<String> {
    let header = ["ID", "EVENT TYPE", "RATE", "DESTINATIONS", "FIELDS", "CREATED", "DESCRIPTION"].map(String::from);
    let mut rows = vec![header.to_vec()];
    for s in streams {
        rows.push(vec![
            s.id.clone(),
            s.event_type.clone(),
            rate(s.sampling_rate),
            s.destination_ids.join(","),
            s.fields.len().to_string(),
            s.created_at.clone(),
            shorten(&one_line(&s.description), 40),
        ]);
    }
    aligned(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn es(id: &str, description: &str) -> EventStream {
        serde_json::from_value(serde_json::json!({
            "id": id, "event_type": "tcp_connection_closed", "sampling_rate": 0.5,
            "destination_ids": ["ed_1", "ed_2"], "fields": ["conn.client_ip"], "description": description,
            "created_at": "2024-05-06T07:08:09Z", "uri": format!("https://api.ngrok.com/event_streams/{id}"),
            "future": 7
        }))
        .unwrap()
    }

    #[test]
    fn table_aligns_columns() {
        let lines = table(&[es("es_1", "short"), es("es_22", &"x".repeat(50))]);
        assert_eq!(lines.len(), 3);
        let col = lines[0].find("EVENT TYPE").unwrap();
        assert!(lines.iter().skip(1).all(|l| l[col..].starts_with("tcp_connection_closed")), "{lines:#?}");
        assert!(lines[1].contains("0.50") && lines[1].contains("ed_1,ed_2"));
        assert!(lines[2].ends_with(&format!("{}…", "x".repeat(40))));
    }

    #[test]
    fn key_values_show_every_field_on_one_line_each() {
        let lines = key_values(&es("es_1", "two\nlines"));
        assert_eq!(lines[0], "id               es_1");
        assert!(lines.contains(&"description      two lines".to_owned()), "{lines:#?}");
        assert!(lines.contains(&"future           7".to_owned()), "{lines:#?}");
    }
}
