//! What every REST API command shares: the `--api-key`/`--api-url`/`--json`/`--timeout` flags,
//! finding the API key (flag, `NGROK_API_KEY`, config file), building the client, and turning
//! failures into messages that say what to do.

mod crud;
mod explain;
mod key;
mod output;

use std::time::Duration;

use anyhow::Result;
use clap::Args;

use crate::api::{self, Client};
use crate::exit::Fail;
use crate::secret::Secret;
pub use crud::{CrudOp, Noun};
pub use explain::{explain, usage};
pub use key::{KeySource, WHERE_KEYS_COME_FROM, find, resolve};
pub use output::{CREDENTIAL_KEYS, Column, aligned, deleted, list, masked, object, one_line, shorten};

const API_HEADING: &str = "API options";

/// The flags every API command takes (global to its subcommands).
#[derive(Args, Debug, Clone)]
pub struct ApiArgs {
    /// ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]
    #[arg(long, global = true, help_heading = API_HEADING, value_name = "KEY", value_parser = parse_secret)]
    pub api_key: Option<Secret>,
    /// Base URL of the ngrok API (for tests and custom deployments)
    #[arg(long, global = true, help_heading = API_HEADING, value_name = "URL", env = "NGROK_API_URL", default_value = api::DEFAULT_BASE_URL)]
    pub api_url: String,
    /// Print the API's JSON objects instead of tables
    #[arg(long, global = true, help_heading = API_HEADING)]
    pub json: bool,
    /// Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`
    #[arg(long, global = true, help_heading = API_HEADING, value_name = "DURATION", default_value = "30s", value_parser = crate::config::parse_duration)]
    pub timeout: Duration,
}

fn parse_secret(s: &str) -> Result<Secret, std::convert::Infallible> {
    Ok(Secret::new(s))
}

/// What the API commands take from the config file's `[tunnel.ngrok]`, read leniently (a
/// config that a tunnel command would refuse still gives its API key).
#[derive(Debug, Default)]
pub struct FromConfig {
    /// `api_key`.
    pub api_key: Option<Secret>,
    /// `proxy_url` (without it, `HTTPS_PROXY`/`ALL_PROXY` apply as for tunnels).
    pub proxy_url: Option<crate::proxy::ProxyUrl>,
}

impl FromConfig {
    /// Reads both keys of the config file at `config_path` (or the default location).
    pub fn read(config_path: Option<&std::path::Path>) -> Result<FromConfig> {
        Ok(FromConfig {
            api_key: crate::config::api_key_from(config_path)?,
            proxy_url: crate::config::proxy_url_from(config_path)?,
        })
    }
}

/// A client ready to use and where its key came from.
pub struct Connected {
    /// The client.
    pub client: Client,
    /// Where the key was found (for messages).
    pub source: KeySource,
}

impl ApiArgs {
    /// Registers every candidate key for masking; call before anything can print.
    pub fn register_secrets(&self, from_config: &FromConfig) {
        let config_api_key = from_config.api_key.as_ref();
        let env_key = std::env::var("NGROK_API_KEY").ok().map(Secret::new);
        let candidates = [self.api_key.clone(), env_key, config_api_key.cloned()];
        crate::logging::register_secrets(candidates.into_iter().flatten());
    }

    /// Resolves the key and builds the client (usage errors, exit 2, when either is unusable).
    pub fn connect(&self, from_config: FromConfig) -> Result<Connected> {
        self.register_secrets(&from_config);
        let FromConfig { api_key: config_api_key, proxy_url } = from_config;
        if self.timeout.is_zero() {
            return Err(Fail::usage("invalid --timeout: must be longer than 0s"));
        }
        let env_key = std::env::var("NGROK_API_KEY").ok();
        let (key, source) = resolve(self.api_key.clone(), env_key, config_api_key)?;
        let builder = Client::builder(self.api_url.clone(), key).timeout(self.timeout).proxy_url(proxy_url);
        let client = builder.build().map_err(|e| match e {
            api::Error::BaseUrl { .. } => Fail::usage(format!("--api-url / NGROK_API_URL: {e}")),
            api::Error::Proxy(_) => Fail::usage(e.to_string()),
            other => Fail::usage(format!("{} from {}", other, source.describe())),
        })?;
        Ok(Connected { client, source })
    }
}

/// `list`'s paging flags.
#[derive(Args, Debug, Clone)]
pub struct PagingArgs {
    /// Start after this id (lists are newest first: older items follow)
    #[arg(long, value_name = "ID")]
    pub before_id: Option<String>,
    /// Items per page, 1 to 100 (the API's default when unset)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub limit: Option<u32>,
    /// Follow next_page_uri to the last page and print everything
    #[arg(long)]
    pub all: bool,
}

impl PagingArgs {
    /// The paging of the request (an empty --before-id is a usage error).
    pub fn paging(&self) -> Result<api::Paging> {
        if self.before_id.as_deref().is_some_and(|b| b.trim().is_empty()) {
            return Err(Fail::usage("invalid --before-id: is empty; give the last id of the previous page"));
        }
        Ok(api::Paging { before_id: self.before_id.clone(), limit: self.limit })
    }
}

/// Checks an id argument: non-empty after trimming (exit 2 otherwise).
pub fn id_arg(what: &str, id: &str, example: &str) -> Result<String> {
    let id = id.trim();
    if id.is_empty() {
        return Err(Fail::usage(format!("invalid {what}: is empty; give an id such as {example}")));
    }
    Ok(id.to_owned())
}

/// The command-line name of a parameter every API command shares (paging, the id argument).
pub fn common_flag(param: &str) -> &'static str {
    match param {
        "before_id" => "--before-id",
        "limit" => "--limit",
        "metadata" => "--metadata",
        "description" => "--description",
        _ => "ID",
    }
}
