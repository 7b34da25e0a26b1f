//! `prx-tunnel event-subscriptions` (alias `esub`): which events (sources such as
//! `http_request_complete.v0`) go to which Event Destinations; `sources` manages the event types
//! of one subscription. The successors of the retired Event Streams.

mod sources;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::api::Invalid;
use crate::api::event_subscriptions::{CreateEventSubscription, SourceType, UpdateEventSubscription};
use crate::api::resource::Checked;
use crate::commands::api_access::{self, ApiArgs, Column, Connected, CrudOp, Noun, PagingArgs};
use crate::exit::Fail;
pub use sources::SourcesCommand;

const HELP: &str = "\
An Event Subscription sends the events of its sources (event types such as \
http_request_complete.v0, tcp_connection_closed.v0 or api_key_created.v0) to Event Destinations \
(`prx-tunnel event-destinations`). It replaces the retired Event Streams.

Examples:
  prx-tunnel esub create --source http_request_complete.v0 --destination-id ed_2Ab... \\
      --description 'web traffic to kinesis'
  prx-tunnel esub list --all
  prx-tunnel esub update esb_2Xy... --source http_request_complete.v0,tcp_connection_closed.v0
  prx-tunnel esub sources add esb_2Xy... api_key_created.v0
  prx-tunnel esub sources list esb_2Xy...
  prx-tunnel esub delete esb_2Xy...

Exit status: 0 done, 1 the API or the network failed, 2 invalid arguments (nothing was sent).";

/// `prx-tunnel event-subscriptions`.
#[derive(Args, Debug)]
#[command(long_about = "Manage ngrok Event Subscriptions and their sources through the ngrok REST API", after_long_help = HELP)]
pub struct EventSubscriptionsArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: EventSubscriptionsCommand,
    /// The API flags.
    #[command(flatten)]
    pub api: ApiArgs,
}

/// The Event Subscriptions operations.
#[derive(Subcommand, Debug)]
pub enum EventSubscriptionsCommand {
    /// Create an Event Subscription and print it
    Create(SubscriptionFlags),
    /// List Event Subscriptions, newest first (one page unless --all)
    #[command(visible_alias = "ls")]
    List(PagingArgs),
    /// Show one Event Subscription
    Get {
        /// Event Subscription id (esb_...)
        id: String,
    },
    /// Change an Event Subscription: only the flags given are sent; --source and
    /// --destination-id replace the whole list
    Update {
        /// Event Subscription id (esb_...)
        id: String,
        /// The settings to change.
        #[command(flatten)]
        flags: SubscriptionFlags,
    },
    /// Delete an Event Subscription (its Event Destinations are kept)
    #[command(visible_alias = "rm")]
    Delete {
        /// Event Subscription id (esb_...)
        id: String,
    },
    /// The event types (sources) of one subscription
    #[command(subcommand)]
    Sources(SourcesCommand),
}

/// The settings of a subscription, shared by `create` and `update`.
#[derive(Args, Debug, Clone)]
pub struct SubscriptionFlags {
    /// An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)
    #[arg(long = "source", value_name = "TYPE", value_delimiter = ',')]
    pub sources: Vec<String>,
    /// An Event Destination id to send events to (repeat, or separate with commas)
    #[arg(long = "destination-id", value_name = "ID", value_delimiter = ',')]
    pub destination_ids: Vec<String>,
    /// Human-readable description (at most 255 characters)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Machine-readable data of your own (at most 4096 characters)
    #[arg(long, value_name = "TEXT")]
    pub metadata: Option<String>,
}

const COLUMNS: [Column; 5] = [
    Column { header: "ID", pointer: "/id" },
    Column { header: "SOURCES", pointer: "/sources" },
    Column { header: "DESTINATIONS", pointer: "/destinations" },
    Column { header: "CREATED", pointer: "/created_at" },
    Column { header: "DESCRIPTION", pointer: "/description" },
];

/// The command-line name of an API parameter.
pub fn flag(param: &str) -> &'static str {
    match param {
        "sources" => "--source",
        "destination_ids" => "--destination-id",
        "type" => "TYPE",
        other => api_access::common_flag(other),
    }
}

fn invalid(e: Invalid) -> anyhow::Error {
    api_access::usage(&e, flag)
}

/// Checks an `esb_…` argument.
pub fn id(id: &str) -> Result<String> {
    api_access::id_arg("ID", id, "esb_2ABC… (see `prx-tunnel esub list`)")
}

/// A checked request: one of the five common operations, or one on sources.
enum Op {
    Crud(CrudOp<CreateEventSubscription, UpdateEventSubscription>),
    Sources(sources::Op),
}

const NOUN: Noun = Noun {
    singular: "event subscription",
    plural: "event subscriptions",
    items_key: "event_subscriptions",
    list_command: "prx-tunnel esub list",
    columns: &COLUMNS,
    flag,
};

fn source_types(types: Vec<String>) -> Vec<SourceType> {
    types.into_iter().map(|kind| SourceType { kind: kind.trim().to_owned() }).collect()
}

/// Checks the command's parameters (usage errors, exit 2) and builds the request.
fn checked(command: EventSubscriptionsCommand) -> Result<Op> {
    Ok(Op::Crud(match command {
        EventSubscriptionsCommand::Create(f) => {
            if f.sources.is_empty() {
                return Err(Fail::usage(
                    "invalid --source: at least one event type is required, such as http_request_complete.v0",
                ));
            }
            let req = CreateEventSubscription {
                metadata: f.metadata.unwrap_or_default(),
                description: f.description.unwrap_or_default(),
                sources: source_types(f.sources),
                destination_ids: f.destination_ids,
            };
            req.validate().map_err(invalid)?;
            CrudOp::Create(req)
        }
        EventSubscriptionsCommand::Update { id: esb, flags: f } => {
            let req = UpdateEventSubscription {
                metadata: f.metadata,
                description: f.description,
                sources: Some(source_types(f.sources)).filter(|s| !s.is_empty()),
                destination_ids: Some(f.destination_ids).filter(|d| !d.is_empty()),
            };
            if req.is_empty() {
                return Err(Fail::usage(
                    "nothing to update: give at least one of --source, --destination-id, --description, --metadata",
                ));
            }
            req.validate().map_err(invalid)?;
            CrudOp::Update(id(&esb)?, req)
        }
        EventSubscriptionsCommand::Get { id: esb } => CrudOp::Get(id(&esb)?),
        EventSubscriptionsCommand::Delete { id: esb } => CrudOp::Delete(id(&esb)?),
        EventSubscriptionsCommand::List(p) => CrudOp::List(p.paging()?, p.all),
        EventSubscriptionsCommand::Sources(command) => return Ok(Op::Sources(sources::Op::from_command(command)?)),
    }))
}

/// Runs `prx-tunnel event-subscriptions …` (`from_config`: `api_key` and `proxy_url` of the config file).
pub async fn run(args: EventSubscriptionsArgs, from_config: api_access::FromConfig) -> Result<()> {
    args.api.register_secrets(&from_config);
    let op = checked(args.command)?;
    let Connected { client, source } = args.api.connect(from_config)?;
    match op {
        Op::Crud(op) => op.run(&client.event_subscriptions(), &NOUN, args.api.json, source).await,
        Op::Sources(op) => op.send(&client, args.api.json).await.map_err(|e| sources::explain(&op, e, source)),
    }
}
