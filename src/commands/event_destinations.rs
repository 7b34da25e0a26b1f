//! `prx-tunnel event-destinations` (alias `ed`): where ngrok delivers events (Amazon Kinesis,
//! Firehose, CloudWatch Logs, Datadog, Azure Logs Ingestion). Every parameter is checked before
//! anything is sent; credentials inside targets are never printed.

mod target_args;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::api::Invalid;
use crate::api::event_destinations::{CreateEventDestination, EventTarget, UpdateEventDestination};
use crate::api::resource::Checked;
use crate::commands::api_access::{self, ApiArgs, Column, Connected, CrudOp, Noun, PagingArgs};
use crate::exit::Fail;
use crate::secret::Secret;
use target_args::TargetArgs;

const HELP: &str = "\
An Event Destination is where ngrok delivers events: Amazon Kinesis, Kinesis Data Firehose, \
CloudWatch Logs, Datadog or Azure Logs Ingestion. Event Subscriptions (`prx-tunnel \
event-subscriptions`) choose which events go there. Credentials are read from the environment \
($AWS_ACCESS_KEY_ID/$AWS_SECRET_ACCESS_KEY, $DD_API_KEY) or from --target-file, and never printed.

Examples:
  prx-tunnel ed create --kinesis arn:aws:kinesis:us-east-1:123456789012:stream/ngrok \\
      --role-arn arn:aws:iam::123456789012:role/ngrok-events --description 'traffic to kinesis'
  DD_API_KEY=... prx-tunnel ed create --datadog --datadog-site datadoghq.eu --datadog-service web
  prx-tunnel ed create --target-file azure.yaml      # any target the API defines
  prx-tunnel ed list --all
  prx-tunnel ed update ed_2Ab... --description 'prod'
  prx-tunnel ed delete ed_2Ab...

Exit status: 0 done, 1 the API or the network failed, 2 invalid arguments (nothing was sent).";

/// `prx-tunnel event-destinations`.
#[derive(Args, Debug)]
#[command(long_about = "Manage ngrok Event Destinations through the ngrok REST API", after_long_help = HELP)]
pub struct EventDestinationsArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: EventDestinationsCommand,
    /// The API flags.
    #[command(flatten)]
    pub api: ApiArgs,
}

/// The Event Destinations operations.
#[derive(Subcommand, Debug)]
pub enum EventDestinationsCommand {
    /// Create an Event Destination and print it
    Create(DestinationFlags),
    /// List Event Destinations, newest first (one page unless --all)
    #[command(visible_alias = "ls")]
    List(PagingArgs),
    /// Show one Event Destination
    Get {
        /// Event Destination id (ed_...)
        id: String,
    },
    /// Change an Event Destination: only the flags given are sent (a new target replaces the old)
    Update {
        /// Event Destination id (ed_...)
        id: String,
        /// The settings to change.
        #[command(flatten)]
        flags: DestinationFlags,
    },
    /// Delete an Event Destination
    #[command(visible_alias = "rm")]
    Delete {
        /// Event Destination id (ed_...)
        id: String,
    },
}

/// The settings of a destination, shared by `create` and `update`.
#[derive(Args, Debug, Clone)]
pub struct DestinationFlags {
    /// Human-readable description (at most 255 bytes)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Machine-readable data of your own (at most 4096 bytes)
    #[arg(long, value_name = "TEXT")]
    pub metadata: Option<String>,
    /// Serialization format of the events (the API accepts only json) [create default: json]
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Where events go.
    #[command(flatten)]
    pub target: TargetArgs,
}

const COLUMNS: [Column; 6] = [
    Column { header: "ID", pointer: "/id" },
    Column { header: "TARGET", pointer: "/target/*" },
    Column {
        header: "WHERE",
        pointer: "/target/kinesis/stream_arn|/target/firehose/delivery_stream_arn|/target/cloudwatch_logs/log_group_arn|/target/datadog/ddsite|/target/azure_logs_ingestion/logs_ingestion_uri",
    },
    Column { header: "FORMAT", pointer: "/format" },
    Column { header: "CREATED", pointer: "/created_at" },
    Column { header: "DESCRIPTION", pointer: "/description" },
];

fn flag(param: &str) -> &'static str {
    match param {
        "format" => "--format",
        other => api_access::common_flag(other),
    }
}

type Op = CrudOp<CreateEventDestination, UpdateEventDestination>;

const NOUN: Noun = Noun {
    singular: "event destination",
    plural: "event destinations",
    items_key: "event_destinations",
    list_command: "prx-tunnel ed list",
    columns: &COLUMNS,
    flag,
};

fn target(args: &TargetArgs) -> Result<Option<EventTarget>> {
    let Some((target, given)) = args.target()? else { return Ok(None) };
    let secrets = target.credentials().into_iter().map(|c| Secret::new(c.expose()));
    crate::logging::register_secrets(secrets);
    target
        .validate()
        .map_err(|e| Fail::usage(format!("invalid {}: {}", target_args::flag_for(given, &e.reason), e.reason)))?;
    Ok(Some(target))
}

fn invalid(e: Invalid) -> anyhow::Error {
    api_access::usage(&e, flag)
}

/// Checks the command's parameters (usage errors, exit 2) and builds the request.
fn checked(command: EventDestinationsCommand) -> Result<Op> {
    let id = |id: &str| api_access::id_arg("ID", id, "ed_2ABC… (see `prx-tunnel ed list`)");
    Ok(match command {
        EventDestinationsCommand::Create(f) => {
            let Some(target) = target(&f.target)? else {
                return Err(Fail::usage(
                    "invalid target: give one of --kinesis, --firehose, --cloudwatch-logs, --datadog or --target-file",
                ));
            };
            let mut req = CreateEventDestination::new(target);
            req.description = f.description.unwrap_or_default();
            req.metadata = f.metadata.unwrap_or_default();
            req.format = f.format.unwrap_or(req.format);
            req.validate().map_err(invalid)?;
            Op::Create(req)
        }
        EventDestinationsCommand::Update { id: ed, flags: f } => {
            let req = UpdateEventDestination {
                metadata: f.metadata,
                description: f.description,
                format: f.format,
                target: target(&f.target)?,
            };
            if req.is_empty() {
                return Err(Fail::usage(
                    "nothing to update: give at least one of --description, --metadata, --format or a target",
                ));
            }
            req.validate().map_err(invalid)?;
            Op::Update(id(&ed)?, req)
        }
        EventDestinationsCommand::Get { id: ed } => Op::Get(id(&ed)?),
        EventDestinationsCommand::Delete { id: ed } => Op::Delete(id(&ed)?),
        EventDestinationsCommand::List(p) => Op::List(p.paging()?, p.all),
    })
}

/// Runs `prx-tunnel event-destinations …` (`from_config`: `api_key` and `proxy_url` of the config file).
pub async fn run(args: EventDestinationsArgs, from_config: api_access::FromConfig) -> Result<()> {
    args.api.register_secrets(&from_config);
    let op = checked(args.command)?;
    let Connected { client, source } = args.api.connect(from_config)?;
    op.run(&client.event_destinations(), &NOUN, args.api.json, source).await
}
