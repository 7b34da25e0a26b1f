//! The API key's source, and every failure turned into a message that says what to do.

use anyhow::anyhow;
use reqwest::StatusCode;

use crate::api::{self, Invalid};
use crate::exit::Fail;
use crate::secret::Secret;

/// Where the API key in use was found (named in error messages, never the key itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// `--api-key`.
    Flag,
    /// `$NGROK_API_KEY`.
    Env,
    /// `api_key` under `[tunnel.ngrok]` in the config file.
    Config,
}

impl KeySource {
    /// How a user would recognise this source.
    pub fn describe(self) -> &'static str {
        match self {
            KeySource::Flag => "the --api-key flag",
            KeySource::Env => "the NGROK_API_KEY environment variable",
            KeySource::Config => "api_key in [tunnel.ngrok] of the config file",
        }
    }
}

const WHERE_KEYS_COME_FROM: &str = "API keys are created at https://dashboard.ngrok.com/api; \
the agent authtoken (NGROK_AUTHTOKEN, authtoken) is a different credential and does not work here";

/// Picks the key: --api-key, else $NGROK_API_KEY, else the config file's (empty ones are unset).
pub fn resolve(
    flag: Option<Secret>,
    env: Option<String>,
    config: Option<Secret>,
) -> anyhow::Result<(Secret, KeySource)> {
    if let Some(key) = flag {
        if key.expose().trim().is_empty() {
            return Err(Fail::usage("--api-key is empty"));
        }
        return Ok((key, KeySource::Flag));
    }
    if let Some(key) = env.filter(|k| !k.trim().is_empty()) {
        return Ok((Secret::new(key), KeySource::Env));
    }
    if let Some(key) = config.filter(|k| !k.expose().trim().is_empty()) {
        return Ok((key, KeySource::Config));
    }
    Err(Fail::usage(format!(
        "no ngrok API key: pass --api-key, set NGROK_API_KEY, or set api_key under [tunnel.ngrok] in the config file. {WHERE_KEYS_COME_FROM}"
    )))
}

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
    Fail::usage(format!("invalid {}: {}", flag(invalid.param), invalid.reason))
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
    match (&err, err.status()) {
        (api::Error::Invalid(invalid), _) => usage(invalid.clone()),
        (_, Some(StatusCode::UNAUTHORIZED)) => anyhow!(
            "{what}: the ngrok API rejected the API key from {}.\n{WHERE_KEYS_COME_FROM}.\n{err}",
            source.describe()
        ),
        (_, Some(StatusCode::FORBIDDEN)) => {
            anyhow!(
                "{what}: the API key from {} may not do this (check the key's account and its permissions).\n{err}",
                source.describe()
            )
        }
        // A 404 on the collection itself means the URL is wrong, not an id.
        (_, Some(StatusCode::NOT_FOUND)) if listing => anyhow!(
            "{what}: the API answered 404 for the event stream list: check --api-url / NGROK_API_URL (the API's \
             base URL, default {}).\n{err}",
            api::DEFAULT_BASE_URL
        ),
        (_, Some(StatusCode::NOT_FOUND)) => {
            anyhow!("{what}: not found (`prx-tunnel es list` shows the ids this API key can see).\n{err}")
        }
        (api::Error::Network { .. }, _) => {
            anyhow!(
                "{what}: {err}\nCheck --api-url / NGROK_API_URL, the network, and HTTPS_PROXY / NO_PROXY if a proxy is needed."
            )
        }
        _ => anyhow::Error::new(err).context(what.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_is_flag_env_config() {
        let (flag, env, cfg) = (Some(Secret::new("f")), Some("e".to_owned()), Some(Secret::new("c")));
        assert_eq!(resolve(flag, env.clone(), cfg.clone()).unwrap().1, KeySource::Flag);
        assert_eq!(resolve(None, env, cfg.clone()).unwrap().1, KeySource::Env);
        assert_eq!(resolve(None, Some(String::new()), cfg).unwrap().1, KeySource::Config);
        let none = resolve(None, None, Some(Secret::new(" "))).unwrap_err();
        assert_eq!(crate::exit::exit_code(&none), crate::exit::Exit::Usage);
        assert!(none.to_string().contains("https://dashboard.ngrok.com/api"));
    }
}
