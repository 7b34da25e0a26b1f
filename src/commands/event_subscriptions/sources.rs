//! `prx-tunnel event-subscriptions sources add|list|get|update|remove SUBSCRIPTION [TYPE]`:
//! the event types one subscription triggers on.

use anyhow::Result;
use clap::Subcommand;

use super::{flag, id};
use crate::api::event_subscriptions::{EventSources, check_source_type};
use crate::api::{Client, Error};
use crate::commands::api_access::{self, Column};

/// The sources operations.
#[derive(Subcommand, Debug)]
pub enum SourcesCommand {
    /// Add an event type to a subscription
    Add {
        /// Event Subscription id (esb_...)
        subscription: String,
        /// Event type, such as http_request_complete.v0
        #[arg(value_name = "TYPE")]
        kind: String,
    },
    /// List the event types of a subscription
    #[command(visible_alias = "ls")]
    List {
        /// Event Subscription id (esb_...)
        subscription: String,
    },
    /// Show one event type of a subscription
    Get {
        /// Event Subscription id (esb_...)
        subscription: String,
        /// Event type, such as http_request_complete.v0
        #[arg(value_name = "TYPE")]
        kind: String,
    },
    /// Save an event type of a subscription again (the API has nothing else to change on a source)
    Update {
        /// Event Subscription id (esb_...)
        subscription: String,
        /// Event type, such as http_request_complete.v0
        #[arg(value_name = "TYPE")]
        kind: String,
    },
    /// Remove an event type from a subscription
    #[command(visible_alias = "rm")]
    Remove {
        /// Event Subscription id (esb_...)
        subscription: String,
        /// Event type, such as http_request_complete.v0
        #[arg(value_name = "TYPE")]
        kind: String,
    },
}

/// A checked sources request.
pub enum Op {
    /// `add`.
    Add(String, String),
    /// `list`.
    List(String),
    /// `get`.
    Get(String, String),
    /// `update`.
    Update(String, String),
    /// `remove`.
    Remove(String, String),
}

const COLUMNS: [Column; 2] = [Column { header: "TYPE", pointer: "/type" }, Column { header: "URI", pointer: "/uri" }];

fn kind(kind: &str) -> Result<String> {
    api_access::id_arg("TYPE", kind, "http_request_complete.v0")
}

impl Op {
    /// Checks the arguments (exit 2) before anything is sent.
    pub fn from_command(command: SourcesCommand) -> Result<Op> {
        Ok(match command {
            SourcesCommand::Add { subscription, kind: k } => {
                check_source_type(k.trim()).map_err(|e| api_access::usage(&e, |_| "TYPE"))?;
                Op::Add(id(&subscription)?, kind(&k)?)
            }
            SourcesCommand::List { subscription } => Op::List(id(&subscription)?),
            SourcesCommand::Get { subscription, kind: k } => Op::Get(id(&subscription)?, kind(&k)?),
            SourcesCommand::Update { subscription, kind: k } => Op::Update(id(&subscription)?, kind(&k)?),
            SourcesCommand::Remove { subscription, kind: k } => Op::Remove(id(&subscription)?, kind(&k)?),
        })
    }

    /// What failed, for the first words of an error message.
    pub fn describe(&self) -> String {
        match self {
            Op::Add(s, k) => format!("could not add source {k} to event subscription {s}"),
            Op::List(s) => format!("could not list the sources of event subscription {s}"),
            Op::Get(s, k) => format!("could not get source {k} of event subscription {s}"),
            Op::Update(s, k) => format!("could not update source {k} of event subscription {s}"),
            Op::Remove(s, k) => format!("could not remove source {k} from event subscription {s}"),
        }
    }

    /// The command that lists what exists, for a 404.
    pub fn list_command(&self) -> String {
        match self {
            Op::Add(..) | Op::List(_) => "prx-tunnel esub list".into(),
            Op::Get(s, _) | Op::Update(s, _) | Op::Remove(s, _) => format!("prx-tunnel esub sources list {s}"),
        }
    }

    /// Sends the request and prints the answer.
    pub async fn send(&self, client: &Client, json: bool) -> Result<(), Error> {
        let sources: EventSources<'_> = client.event_sources();
        match self {
            Op::Add(s, k) => sources.add(s, k).await.map(|f| api_access::object(&f.raw, json)),
            Op::List(s) => {
                sources.list(s).await.map(|l| api_access::list(&l.raw, "sources", &COLUMNS, json, true, "sources"))
            }
            Op::Get(s, k) => sources.get(s, k).await.map(|f| api_access::object(&f.raw, json)),
            Op::Update(s, k) => sources.update(s, k).await.map(|f| api_access::object(&f.raw, json)),
            Op::Remove(s, k) => sources.remove(s, k).await.map(|()| api_access::deleted(k, "removed", json)),
        }
    }
}

/// The error of a sources request, explained.
pub fn explain(op: &Op, err: Error, source: api_access::KeySource) -> anyhow::Error {
    api_access::explain(err, &op.describe(), source, (&op.list_command(), matches!(op, Op::List(_))), flag)
}
