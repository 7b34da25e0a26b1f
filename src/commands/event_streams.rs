//! `prx-tunnel event-streams` (alias `es`): create, list, get, update and delete ngrok Event
//! Streams through the REST API. Parameters are checked before anything is sent.

mod errors;
mod op;
mod output;
mod retired;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::api::event_streams::EventType;
use crate::commands::api_access::{self, ApiArgs, Connected, PagingArgs};
use op::Op;

const ES_HELP: &str = "\
An Event Stream sends the http_request_complete or tcp_connection_closed events of your endpoints \
to Event Destinations (create those in the dashboard or through the API first).

Authentication uses an ngrok API key, made at https://dashboard.ngrok.com/api, not the agent \
authtoken. It is read from --api-key, else $NGROK_API_KEY, else api_key under [tunnel.ngrok] in \
the config file; it is never printed.

Examples:
  export NGROK_API_KEY=...      # from https://dashboard.ngrok.com/api
  prx-tunnel es create --event-type http_request_complete --destination-id ed_2Ab... \\
      --field http.request.method --field http.response.status_code --sampling-rate 0.5
  prx-tunnel es list --all
  prx-tunnel es get es_2Xy...
  prx-tunnel es update es_2Xy... --sampling-rate 1 --description 'all requests'
  prx-tunnel es delete es_2Xy...
  prx-tunnel es list --all --json | jq -r '.event_streams[].id'

GET and DELETE are retried on 429 and 5xx answers (honouring Retry-After); create and update never are.
Exit status: 0 done, 1 the API or the network failed, 2 invalid arguments (nothing was sent).";

const CREATE_EXAMPLES: &str = "\
Examples:
  prx-tunnel es create --event-type http_request_complete --destination-id ed_2Ab...
  prx-tunnel es create --event-type tcp_connection_closed --destination-id ed_1...,ed_2... \\
      --field conn.client_ip,conn.server_port --sampling-rate 0.1 --description 'tcp, 10%'";

const LIST_EXAMPLES: &str = "\
Examples:
  prx-tunnel es list                          # the newest page
  prx-tunnel es list --limit 20 --before-id es_2Xy...   # the page after es_2Xy...
  prx-tunnel es list --all --json             # every stream, as the API's JSON";

const UPDATE_EXAMPLES: &str = "\
Examples:
  prx-tunnel es update es_2Xy... --sampling-rate 0.25
  prx-tunnel es update es_2Xy... --destination-id ed_3... --clear-fields --metadata ''";

/// `prx-tunnel event-streams`: the subcommand and the flags every subcommand takes.
#[derive(Args, Debug)]
#[command(long_about = "Manage ngrok Event Streams through the ngrok REST API", after_long_help = ES_HELP)]
pub struct EventStreamsArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: EventStreamsCommand,
    /// The API flags.
    #[command(flatten)]
    pub api: ApiArgs,
}

/// The Event Streams operations.
#[derive(Subcommand, Debug)]
pub enum EventStreamsCommand {
    /// Create an Event Stream and print it
    #[command(after_help = CREATE_EXAMPLES)]
    Create(CreateArgs),
    /// List Event Streams, newest first (one page unless --all)
    #[command(visible_alias = "ls", after_help = LIST_EXAMPLES)]
    List(PagingArgs),
    /// Show one Event Stream
    Get {
        /// Event Stream id (es_...)
        id: String,
    },
    /// Change an Event Stream: only the flags given are sent (the event type cannot change)
    #[command(after_help = UPDATE_EXAMPLES)]
    Update(UpdateArgs),
    /// Delete an Event Stream (its Event Destinations are kept)
    #[command(visible_alias = "rm")]
    Delete {
        /// Event Stream id (es_...)
        id: String,
    },
}

/// The settings of a stream, shared by `create` and `update`.
#[derive(Args, Debug, Clone)]
pub struct StreamFlags {
    /// Machine-readable data of your own (at most 4096 bytes)
    #[arg(long, value_name = "TEXT")]
    pub metadata: Option<String>,
    /// Human-readable description (at most 255 bytes)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// A protocol-specific field to collect on each event (repeat, or separate with commas)
    #[arg(long = "field", value_name = "FIELD", value_delimiter = ',')]
    pub fields: Vec<String>,
    /// An Event Destination id to send events to (repeat, or separate with commas)
    #[arg(long = "destination-id", value_name = "ID", value_delimiter = ',')]
    pub destination_ids: Vec<String>,
    /// Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]
    #[arg(long, value_name = "RATE", allow_negative_numbers = true)]
    pub sampling_rate: Option<f64>,
}

/// `event-streams create`.
#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Which events to collect
    #[arg(long, value_name = "TYPE", value_parser = EventType::NAMES)]
    pub event_type: String,
    /// The stream's settings.
    #[command(flatten)]
    pub stream: StreamFlags,
}

/// `event-streams update`.
#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Event Stream id (es_...)
    pub id: String,
    /// The settings to change.
    #[command(flatten)]
    pub stream: StreamFlags,
    /// Collect no fields any more
    #[arg(long, conflicts_with = "fields")]
    pub clear_fields: bool,
}

/// Runs `prx-tunnel event-streams …`. `config_api_key` is `api_key` of `[tunnel.ngrok]` in
/// the config file, used when neither --api-key nor NGROK_API_KEY is given.
pub async fn run(args: EventStreamsArgs, from_config: api_access::FromConfig) -> Result<()> {
    args.api.register_secrets(&from_config);
    // Every parameter is checked before the client (and so the network) is touched.
    let op = Op::from_command(args.command)?;
    let Connected { client, source } = args.api.connect(from_config)?;
    let es = client.event_streams();
    let json = args.api.json;
    let what = op.describe();
    let printed = match &op {
        Op::Create(req) => es.create(req).await.map(|s| output::stream(&s, json)),
        Op::Get(id) => es.get(id).await.map(|s| output::stream(&s, json)),
        Op::Update(id, req) => es.update(id, req).await.map(|s| output::stream(&s, json)),
        Op::Delete(id) => es.delete(id).await.map(|()| output::deleted(id, json)),
        Op::List(params, true) => es.list_all(params).await.map(|l| output::list(&l, json, true)),
        Op::List(params, false) => es.list(params).await.map(|l| output::list(&l, json, false)),
    };
    match printed {
        Ok(()) => Ok(()),
        Err(e) if e.status() == Some(reqwest::StatusCode::NOT_FOUND) && retired::confirmed(&client, &op).await => {
            Err(retired::explain(&op, &e))
        }
        Err(e) => Err(errors::explain(e, &what, matches!(op, Op::List(..)), source)),
    }
}
