//! ngrok Traffic Policy documents, shared by prx-tunnel (which writes and delivers them) and the
//! edge simulator (which enforces them).
//!
//! * [`Policy`] is the document (`on_tcp_connect`, `on_http_request`, `on_http_response`), parsed
//!   from JSON or YAML with unknown keys refused.
//! * [`validate`] reports every problem ngrok's service itself would refuse, each with its
//!   [`Location`] and, where ngrok has one, its `ERR_NGROK_22xx` code.
//! * [`action_spec`] is the catalog of every action type ngrok documents.
//! * [`cel`] checks CEL expressions and `${…}` interpolations with a real CEL parser.

pub mod catalog;
pub mod cel;
mod model;
pub mod validate;

pub use catalog::{ActionSpec, FieldKind, FieldSpec, action_spec};
pub use model::{Action, ParseError, Phase, Policy, Rule};
pub use validate::{Location, Problem, validate};
