//! API failures as messages that say what to do: a refused parameter names its flag (exit 2);
//! 401/403/404 and network failures say what to check; ngrok's error body is always shown.

use anyhow::anyhow;
use reqwest::StatusCode;

use super::key::{KeySource, WHERE_KEYS_COME_FROM};
use crate::api::{self, Invalid};
use crate::exit::Fail;

/// A parameter refused before sending, as a usage error (exit 2) naming the flag `flag` gives.
pub fn usage(invalid: &Invalid, flag: fn(&str) -> &'static str) -> anyhow::Error {
    Fail::usage(format!("invalid {}: {}", flag(invalid.param), invalid.reason))
}

/// An API error with the context of the operation (`what`) and, for 401/403/404, what to do;
/// `list_command` is the command that shows the ids this key can see; `listing`: the operation
/// was a list, whose 404 cannot be a wrong id (the base URL is wrong instead).
pub fn explain(
    err: api::Error,
    what: &str,
    source: KeySource,
    (list_command, listing): (&str, bool),
    flag: fn(&str) -> &'static str,
) -> anyhow::Error {
    match (&err, err.status()) {
        (api::Error::Invalid(invalid), _) => usage(invalid, flag),
        (_, Some(StatusCode::UNAUTHORIZED)) => anyhow!(
            "{what}: the ngrok API rejected the API key from {}.\n{WHERE_KEYS_COME_FROM}.\n{err}",
            source.describe()
        ),
        (_, Some(StatusCode::FORBIDDEN)) => anyhow!(
            "{what}: the API key from {} may not do this (check the key's account and its permissions).\n{err}",
            source.describe()
        ),
        (_, Some(StatusCode::NOT_FOUND)) if listing => anyhow!(
            "{what}: the API answered 404 for the list itself: check --api-url / NGROK_API_URL (the API's base \
             URL, default {}).\n{err}",
            api::DEFAULT_BASE_URL
        ),
        (_, Some(StatusCode::NOT_FOUND)) => {
            anyhow!("{what}: not found (`{list_command}` shows the ids this API key can see).\n{err}")
        }
        (api::Error::Network { .. }, _) => anyhow!(
            "{what}: {err}\nCheck --api-url / NGROK_API_URL, the network, and HTTPS_PROXY / NO_PROXY if a proxy is needed."
        ),
        _ => anyhow::Error::new(err).context(what.to_owned()),
    }
}
