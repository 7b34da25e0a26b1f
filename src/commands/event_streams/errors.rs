//! Every failure of `event-streams` turned into a message that names the flag or says what to do.

use crate::api::{self, Invalid};
use crate::commands::api_access::{self, KeySource};
use crate::exit::Fail;

/// The command-line name of an API parameter.
pub fn flag(param: &str) -> &'static str {
    match param {
        "metadata" => "--metadata",
        "description" => "--description",
        "fields" => "--field",
        "event_type" => "--event-type",
        "destination_ids" => "--destination-id",
        "sampling_rate" => "--sampling-rate",
        "before_id" => "--before-id",
        "limit" => "--limit",
        _ => "ID",
    }
}

/// A parameter refused before sending, as a usage error (exit 2) naming the flag.
pub fn usage(invalid: Invalid) -> anyhow::Error {
    api_access::usage(&invalid, flag)
}

/// Checks an id argument (non-empty after trimming).
pub fn id(id: &str) -> anyhow::Result<String> {
    let id = id.trim();
    if id.is_empty() {
        return Err(Fail::usage(
            "invalid ID: is empty; give an event stream id such as es_2ABC… (see `prx-tunnel es list`)",
        ));
    }
    Ok(id.to_owned())
}

/// An API error with the context of the operation and, for 401/403/404, what to do
/// (`listing`: the operation was `list`, whose 404 cannot be a wrong id).
pub fn explain(err: api::Error, what: &str, listing: bool, source: KeySource) -> anyhow::Error {
    api_access::explain(err, what, source, ("prx-tunnel es list", listing), flag)
}
