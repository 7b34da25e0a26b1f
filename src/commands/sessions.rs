//! `prx-tunnel sessions list|stop|restart` (agent tunnel sessions on the account) and
//! `prx-tunnel endpoints list|get`: how to find and end the forgotten agent behind
//! ERR_NGROK_108 (too many agent sessions) or ERR_NGROK_334 (endpoint already online).

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::api::Error;
use crate::commands::api_access::{self, ApiArgs, Column, Connected, PagingArgs};

const SESSIONS_HELP: &str = "\
A tunnel session is one ngrok agent (or SDK program) connected to ngrok. Free accounts allow few \
at once: ERR_NGROK_108 at `prx-tunnel start` usually means an agent left running elsewhere; stop \
it here.

Examples:
  prx-tunnel sessions list
  prx-tunnel sessions stop ts_2Ab...      # the agent exits
  prx-tunnel sessions restart ts_2Ab...   # the agent restarts (with a new session id)";

const ENDPOINTS_HELP: &str = "\
Endpoints online on the account, with the tunnel session serving each: ERR_NGROK_334 at \
`prx-tunnel start` means the URL is already online; find its session here and stop it with \
`prx-tunnel sessions stop`.

Examples:
  prx-tunnel endpoints list
  prx-tunnel endpoints get ep_2Ab...";

/// `prx-tunnel sessions`.
#[derive(Args, Debug)]
#[command(long_about = "List, stop and restart ngrok agent sessions through the ngrok REST API", after_long_help = SESSIONS_HELP)]
pub struct SessionsArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: SessionsCommand,
    /// The API flags.
    #[command(flatten)]
    pub api: ApiArgs,
}

/// The tunnel-session operations.
#[derive(Subcommand, Debug)]
pub enum SessionsCommand {
    /// List the agent sessions online on the account (one page unless --all)
    #[command(visible_alias = "ls")]
    List(PagingArgs),
    /// Tell the agent of a session to exit
    Stop {
        /// Tunnel session id (ts_...)
        id: String,
    },
    /// Tell the agent of a session to restart (not supported by agents on Windows)
    Restart {
        /// Tunnel session id (ts_...)
        id: String,
    },
}

/// `prx-tunnel endpoints`.
#[derive(Args, Debug)]
#[command(long_about = "List the endpoints online on the ngrok account through the ngrok REST API", after_long_help = ENDPOINTS_HELP)]
pub struct EndpointsArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: EndpointsCommand,
    /// The API flags.
    #[command(flatten)]
    pub api: ApiArgs,
}

/// The endpoint operations.
#[derive(Subcommand, Debug)]
pub enum EndpointsCommand {
    /// List the endpoints online on the account (one page unless --all)
    #[command(visible_alias = "ls")]
    List(PagingArgs),
    /// Show one endpoint
    Get {
        /// Endpoint id (ep_...)
        id: String,
    },
}

/// The columns of `sessions list`.
pub const SESSION_COLUMNS: [Column; 7] = [
    Column { header: "ID", pointer: "/id" },
    Column { header: "AGENT", pointer: "/agent_version" },
    Column { header: "REGION", pointer: "/region" },
    Column { header: "IP", pointer: "/ip" },
    Column { header: "OS", pointer: "/os" },
    Column { header: "STARTED", pointer: "/started_at" },
    Column { header: "METADATA", pointer: "/metadata" },
];

const ENDPOINT_COLUMNS: [Column; 5] = [
    Column { header: "ID", pointer: "/id" },
    Column { header: "URL", pointer: "/url|/public_url" },
    Column { header: "TYPE", pointer: "/type" },
    Column { header: "SESSION", pointer: "/tunnel_session/id" },
    Column { header: "POOLING", pointer: "/pooling_enabled" },
];

fn session_id(id: &str) -> Result<String> {
    api_access::id_arg("ID", id, "ts_2ABC… (see `prx-tunnel sessions list`)")
}

/// Runs `prx-tunnel sessions …` (`from_config`: `api_key` and `proxy_url` of the config file).
pub async fn run_sessions(args: SessionsArgs, from_config: api_access::FromConfig) -> Result<()> {
    args.api.register_secrets(&from_config);
    let (what, checked) = match &args.command {
        SessionsCommand::List(p) => ("could not list tunnel sessions".to_owned(), p.paging().map(|_| String::new())),
        SessionsCommand::Stop { id } => (format!("could not stop tunnel session {}", id.trim()), session_id(id)),
        SessionsCommand::Restart { id } => (format!("could not restart tunnel session {}", id.trim()), session_id(id)),
    };
    let id = checked?;
    let Connected { client, source } = args.api.connect(from_config)?;
    let (sessions, json) = (client.tunnel_sessions(), args.api.json);
    let done: Result<(), Error> = match &args.command {
        SessionsCommand::List(p) => sessions
            .list(&p.paging()?, p.all)
            .await
            .map(|l| api_access::list(&l.raw, "tunnel_sessions", &SESSION_COLUMNS, json, p.all, "tunnel sessions")),
        SessionsCommand::Stop { .. } => sessions.stop(&id).await.map(|()| api_access::deleted(&id, "stopped", json)),
        SessionsCommand::Restart { .. } => {
            sessions.restart(&id).await.map(|()| api_access::deleted(&id, "restarted", json))
        }
    };
    let listing = matches!(args.command, SessionsCommand::List(_));
    done.map_err(|e| {
        api_access::explain(e, &what, source, ("prx-tunnel sessions list", listing), api_access::common_flag)
    })
}

/// Runs `prx-tunnel endpoints …` (`from_config`: `api_key` and `proxy_url` of the config file).
pub async fn run_endpoints(args: EndpointsArgs, from_config: api_access::FromConfig) -> Result<()> {
    args.api.register_secrets(&from_config);
    let (what, checked) = match &args.command {
        EndpointsCommand::List(p) => ("could not list endpoints".to_owned(), p.paging().map(|_| String::new())),
        EndpointsCommand::Get { id } => (
            format!("could not get endpoint {}", id.trim()),
            api_access::id_arg("ID", id, "ep_2ABC… (see `prx-tunnel endpoints list`)"),
        ),
    };
    let id = checked?;
    let Connected { client, source } = args.api.connect(from_config)?;
    let (endpoints, json) = (client.endpoints(), args.api.json);
    let done: Result<(), Error> = match &args.command {
        EndpointsCommand::List(p) => endpoints
            .list(&p.paging()?, p.all)
            .await
            .map(|l| api_access::list(&l.raw, "endpoints", &ENDPOINT_COLUMNS, json, p.all, "endpoints")),
        EndpointsCommand::Get { .. } => endpoints.get(&id).await.map(|e| api_access::object(&e.raw, json)),
    };
    let listing = matches!(args.command, EndpointsCommand::List(_));
    done.map_err(|e| {
        api_access::explain(e, &what, source, ("prx-tunnel endpoints list", listing), api_access::common_flag)
    })
}
