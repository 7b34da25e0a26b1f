//! Turning the parsed command line into a checked request: every parameter is validated here,
//! before the client (and so the network) is touched.

use anyhow::Result;

use super::{EventStreamsCommand, errors};
use crate::api::event_streams::{CreateEventStream, EventType, ListParams, UpdateEventStream};
use crate::exit::Fail;

/// A checked request, ready to send.
pub enum Op {
    /// `create`.
    Create(CreateEventStream),
    /// `get ID`.
    Get(String),
    /// `update ID`, with only the fields given.
    Update(String, UpdateEventStream),
    /// `delete ID`.
    Delete(String),
    /// `list`; true with `--all`.
    List(ListParams, bool),
}

impl Op {
    /// Checks the command's parameters (usage errors, exit 2) and builds the request.
    pub fn from_command(command: EventStreamsCommand) -> Result<Op> {
        let op = match command {
            EventStreamsCommand::Create(a) => {
                let event_type = a.event_type.parse::<EventType>().map_err(errors::usage)?;
                let mut req = CreateEventStream::new(event_type, a.stream.destination_ids);
                req.metadata = a.stream.metadata.unwrap_or_default();
                req.description = a.stream.description.unwrap_or_default();
                req.fields = a.stream.fields;
                req.sampling_rate = a.stream.sampling_rate.unwrap_or(req.sampling_rate);
                req.validate().map_err(errors::usage)?;
                Op::Create(req)
            }
            EventStreamsCommand::Update(a) => {
                let s = a.stream;
                let fields = if a.clear_fields { Some(Vec::new()) } else { Some(s.fields).filter(|f| !f.is_empty()) };
                let destination_ids = Some(s.destination_ids).filter(|d| !d.is_empty());
                let req = UpdateEventStream {
                    metadata: s.metadata,
                    description: s.description,
                    fields,
                    destination_ids,
                    sampling_rate: s.sampling_rate,
                };
                if req.is_empty() {
                    return Err(Fail::usage(
                        "nothing to update: give at least one of --metadata, --description, --field, --clear-fields, --destination-id, --sampling-rate",
                    ));
                }
                req.validate().map_err(errors::usage)?;
                Op::Update(errors::id(&a.id)?, req)
            }
            EventStreamsCommand::Get { id } => Op::Get(errors::id(&id)?),
            EventStreamsCommand::Delete { id } => Op::Delete(errors::id(&id)?),
            EventStreamsCommand::List(a) => {
                let before_id = a
                    .before_id
                    .map(|b| {
                        errors::id(&b).map_err(|_| {
                            Fail::usage("invalid --before-id: is empty; give an event stream id such as es_2ABC…")
                        })
                    })
                    .transpose()?;
                Op::List(ListParams { before_id, limit: a.limit }, a.all)
            }
        };
        Ok(op)
    }

    /// What failed, for the first words of an error message.
    pub fn describe(&self) -> String {
        match self {
            Op::Create(_) => "could not create the event stream".into(),
            Op::Get(id) => format!("could not get event stream {id}"),
            Op::Update(id, _) => format!("could not update event stream {id}"),
            Op::Delete(id) => format!("could not delete event stream {id}"),
            Op::List(..) => "could not list event streams".into(),
        }
    }
}
