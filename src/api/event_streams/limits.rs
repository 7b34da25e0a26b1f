//! The limits the API documents for Event Streams, checked before a request is sent.

use super::Invalid;

/// Longest `metadata`, in bytes.
pub const MAX_METADATA_BYTES: usize = 4096;
/// Longest `description`, in bytes.
pub const MAX_DESCRIPTION_BYTES: usize = 255;
/// Smallest `sampling_rate` (1% of events).
pub const MIN_SAMPLING_RATE: f64 = 0.01;
/// Largest `sampling_rate` (every event).
pub const MAX_SAMPLING_RATE: f64 = 1.0;

pub(super) fn check_id(id: &str) -> Result<&str, Invalid> {
    let id = id.trim();
    if id.is_empty() {
        return Err(Invalid { param: "id", reason: "is empty; give an event stream id such as es_2ABC…".into() });
    }
    Ok(id)
}

pub(super) fn check_metadata(s: &str) -> Result<(), Invalid> {
    check_len("metadata", s, MAX_METADATA_BYTES)
}

pub(super) fn check_description(s: &str) -> Result<(), Invalid> {
    check_len("description", s, MAX_DESCRIPTION_BYTES)
}

fn check_len(param: &'static str, s: &str, max: usize) -> Result<(), Invalid> {
    if s.len() > max {
        return Err(Invalid {
            param,
            reason: format!("is {} bytes long; the API accepts at most {max} bytes", s.len()),
        });
    }
    Ok(())
}

pub(super) fn check_fields(fields: &[String]) -> Result<(), Invalid> {
    if fields.iter().any(|f| f.trim().is_empty()) {
        return Err(Invalid { param: "fields", reason: "contains an empty field name".into() });
    }
    Ok(())
}

pub(super) fn check_destinations(ids: &[String]) -> Result<(), Invalid> {
    if ids.is_empty() {
        return Err(Invalid {
            param: "destination_ids",
            reason: "at least one Event Destination id is required".into(),
        });
    }
    if ids.iter().any(|id| id.trim().is_empty()) {
        return Err(Invalid { param: "destination_ids", reason: "contains an empty id".into() });
    }
    Ok(())
}

pub(super) fn check_sampling_rate(rate: f64) -> Result<(), Invalid> {
    if !(MIN_SAMPLING_RATE..=MAX_SAMPLING_RATE).contains(&rate) {
        return Err(Invalid {
            param: "sampling_rate",
            reason: format!("{rate} is out of range; use 0.01 (1% of events) to 1.00 (every event)"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{CreateEventStream, EventStream, EventType, UpdateEventStream};

    fn create() -> CreateEventStream {
        CreateEventStream::new(EventType::HttpRequestComplete, vec!["ed_1".into()])
    }

    #[test]
    fn limits_are_inclusive_and_in_bytes() {
        let mut req = create();
        req.metadata = "m".repeat(4096);
        req.description = "é".repeat(127); // 254 bytes
        req.sampling_rate = 0.01;
        assert_eq!(req.validate(), Ok(()));
        req.description.push('é'); // 256 bytes, 128 characters
        assert_eq!(req.validate().unwrap_err().param, "description");
        req.description.clear();
        req.metadata.push('m');
        assert_eq!(req.validate().unwrap_err().param, "metadata");
    }

    #[test]
    fn each_rule_names_its_parameter() {
        type Spoil = fn(&mut CreateEventStream);
        let cases: [(&str, Spoil); 5] = [
            ("sampling_rate", |r| r.sampling_rate = 0.009),
            ("sampling_rate", |r| r.sampling_rate = f64::NAN),
            ("destination_ids", |r| r.destination_ids.clear()),
            ("destination_ids", |r| r.destination_ids = vec![" ".into()]),
            ("fields", |r| r.fields = vec!["conn.client_ip".into(), String::new()]),
        ];
        for (param, spoil) in cases {
            let mut req = create();
            spoil(&mut req);
            assert_eq!(req.validate().unwrap_err().param, param);
        }
        assert_eq!("tcp".parse::<EventType>().unwrap_err().param, "event_type");
        assert_eq!("tcp_connection_closed".parse::<EventType>(), Ok(EventType::TcpConnectionClosed));
    }

    #[test]
    fn update_sends_and_checks_only_what_is_set() {
        let update = UpdateEventStream { sampling_rate: Some(0.5), fields: Some(vec![]), ..Default::default() };
        assert_eq!(serde_json::to_value(&update).unwrap(), serde_json::json!({"sampling_rate": 0.5, "fields": []}));
        assert_eq!(update.validate(), Ok(()));
        assert!(UpdateEventStream::default().is_empty());
        let bad = UpdateEventStream { destination_ids: Some(vec![]), ..Default::default() };
        assert_eq!(bad.validate().unwrap_err().param, "destination_ids");
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let api = serde_json::json!({
            "id": "es_1", "uri": "https://api.ngrok.com/event_streams/es_1", "created_at": "2024-01-02T03:04:05Z",
            "metadata": "{}", "description": "d", "fields": ["a"], "event_type": "http_request_complete",
            "destination_ids": ["ed_1"], "sampling_rate": 0.25, "new_thing": {"x": [1, 2]}
        });
        let typed: EventStream = serde_json::from_value(api.clone()).unwrap();
        assert_eq!(typed.extra["new_thing"], serde_json::json!({"x": [1, 2]}));
        assert_eq!(serde_json::to_value(&typed).unwrap(), api);
    }
}
