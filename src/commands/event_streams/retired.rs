//! ngrok has retired Event Streams: today's API has no `/event_streams`, so every call answers
//! 404. When that happens, say so and show the `event-subscriptions` / `event-destinations`
//! commands that do what the user asked.

use reqwest::Method;

use super::op::Op;
use crate::api::{self, Client};

/// True when a 404 means "no such resource type" rather than "no such stream": a 404 from the
/// collection itself (create, list), or, for one stream, when the collection answers 404 too.
pub async fn confirmed(client: &Client, op: &Op) -> bool {
    match op {
        Op::Create(_) | Op::List(..) => true,
        Op::Get(_) | Op::Update(..) | Op::Delete(_) => {
            let url = client.url(&["event_streams"], &[("limit", "1".into())]);
            let probe = client.send(Method::GET, url, None::<&()>).await;
            matches!(probe, Err(e) if e.status() == Some(reqwest::StatusCode::NOT_FOUND))
        }
    }
}

/// Quotes a word for a POSIX shell when it needs it.
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || "-_.,:/=@+".contains(c));
    if plain { word.to_owned() } else { format!("'{}'", word.replace('\'', r"'\''")) }
}

/// The equivalent of `op` with today's API, one command per line.
fn equivalent(op: &Op) -> (Vec<String>, Vec<&'static str>) {
    let mut notes = Vec::new();
    let lines = match op {
        Op::Create(req) => {
            let mut cmd = format!("prx-tunnel event-subscriptions create --source {}.v0", req.event_type);
            for id in &req.destination_ids {
                cmd.push_str(&format!(" --destination-id {}", shell_word(id)));
            }
            if !req.description.is_empty() {
                cmd.push_str(&format!(" --description {}", shell_word(&req.description)));
            }
            if !req.metadata.is_empty() {
                cmd.push_str(&format!(" --metadata {}", shell_word(&req.metadata)));
            }
            if !req.fields.is_empty() || req.sampling_rate < 1.0 {
                notes.push("--field and --sampling-rate have no equivalent in today's API: a subscription sends every event of its sources with all their fields.");
            }
            vec![cmd]
        }
        Op::List(..) | Op::Get(_) => vec!["prx-tunnel event-subscriptions list".into()],
        Op::Update(..) => vec![
            "prx-tunnel event-subscriptions list            # find the subscription (esb_…)".into(),
            "prx-tunnel event-subscriptions update ESB_ID --description … --destination-id … --source …".into(),
        ],
        Op::Delete(_) => vec![
            "prx-tunnel event-subscriptions list            # find the subscription (esb_…)".into(),
            "prx-tunnel event-subscriptions delete ESB_ID".into(),
        ],
    };
    (lines, notes)
}

/// The message for a retired Event Streams API (exit 1).
pub fn explain(op: &Op, err: &api::Error) -> anyhow::Error {
    let (lines, notes) = equivalent(op);
    let mut msg = format!(
        "{}: ngrok has retired Event Streams; the ngrok API no longer has /event_streams ({err}).\n\
         Their successors are Event Subscriptions (which events: sources such as http_request_complete.v0) \
         and Event Destinations (where the events go). Instead run:\n",
        op.describe()
    );
    for line in lines {
        msg.push_str(&format!("  {line}\n"));
    }
    for note in notes {
        msg.push_str(note);
        msg.push('\n');
    }
    msg.push_str(
        "Event Destinations (ed_…) are listed by `prx-tunnel event-destinations list` and made with \
         `prx-tunnel event-destinations create` (see its --help).\n\
         (If --api-url / NGROK_API_URL points somewhere other than ngrok's API, a 404 can also mean a wrong base URL: \
         check it.)",
    );
    anyhow::anyhow!(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("ed_1"), "ed_1");
        assert_eq!(shell_word("web requests"), "'web requests'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word(""), "''");
    }
}
