//! The command line: every command, flag and help text (also the source of completions and man pages).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::event_destinations::EventDestinationsArgs;
use crate::commands::event_streams::EventStreamsArgs;
use crate::commands::event_subscriptions::EventSubscriptionsArgs;
use crate::commands::sessions::{EndpointsArgs, SessionsArgs};
use crate::config::TunnelFlags;

/// The exit codes as `--help` shows them (README and the man page: `commands::reference`).
pub const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  runtime failure (tunnel died, agent crashed, API error, not running)
  2  usage or configuration error (nothing was started)
  3  ngrok rejected the credentials (ERR_NGROK_105, ERR_NGROK_107, ERR_NGROK_4018)
  4  timed out waiting for the public URL
  5  status/url: the tunnel runs but is not online (starting, reconnecting, restarting)";

/// The long description (`--help`, and DESCRIPTION of the man page).
pub const ABOUT_LONG: &str = "\
Open an ngrok tunnel from a PRX-style [tunnel] / [tunnel.ngrok] TOML config and print its public URL.

SDK mode (default) runs the tunnel in process through the ngrok crate; CLI mode (mode = \"cli\") \
supervises the ngrok agent binary. The config file is --config, else $PRX_TUNNEL_CONFIG, else \
~/.config/prx-tunnel/config.toml; with no file at all, defaults and flags are used.";

/// prx-tunnel: ngrok tunnels from PRX-style configs.
#[derive(Debug, Parser)]
#[command(name = "prx-tunnel", version, about = "Open ngrok tunnels from PRX-style configs and print the public URL", long_about = ABOUT_LONG, after_long_help = EXIT_CODES)]
pub struct Cli {
    /// Flags every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)
    #[arg(long, short = 'c', global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// More logging on stderr: -v debug, -vv trace (secrets stay masked)
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,
    /// Only errors on stderr
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a tunnel and print its public URL on stdout
    #[command(after_long_help = START_HELP)]
    Start(StartArgs),
    /// Show the state of running tunnels (exit 0 when online, 5 when running but not online, 1 when not running)
    Status(StatusArgs),
    /// Print the public URL of a running tunnel (with several endpoints: one `NAME URL` line each; exit 5 while it has none yet, 1 when not running)
    Url(UrlArgs),
    /// Stop a running tunnel gracefully and wait for it to exit
    Stop(StopArgs),
    /// Validate the config and print the effective settings (a loadable config file, secrets as ${VAR}) and the plan; exit 2 when start would fail
    Check(CheckArgs),
    /// Run the local ngrok edge in the foreground (no account, no network; this machine only)
    #[command(after_long_help = EDGE_HELP)]
    Edge(EdgeArgs),
    /// Bring the tunnel up, run COMMAND with PRX_TUNNEL_URL set, stop the tunnel when it exits
    #[command(after_long_help = EXEC_HELP)]
    Exec(ExecArgs),
    /// Check the way to ngrok stage by stage: config, authtoken, DNS, TCP/proxy, TLS, session, endpoint
    #[command(after_long_help = DIAGNOSE_HELP)]
    Diagnose(DiagnoseArgs),
    /// Manage ngrok Event Streams through the ngrok REST API
    #[command(name = "event-streams", visible_alias = "es")]
    EventStreams(EventStreamsArgs),
    /// Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API
    #[command(name = "event-destinations", visible_alias = "ed")]
    EventDestinations(EventDestinationsArgs),
    /// Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API
    #[command(name = "event-subscriptions", visible_alias = "esub")]
    EventSubscriptions(EventSubscriptionsArgs),
    /// List, stop and restart ngrok agent sessions through the ngrok REST API
    Sessions(SessionsArgs),
    /// List the endpoints online on the ngrok account through the ngrok REST API
    Endpoints(EndpointsArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the man page (or write all pages into a directory)
    Man(ManArgs),
}

/// `start --help`: examples (also the EXAMPLES of the man page).
pub const START_HELP: &str = "\
Examples:
  prx-tunnel start                              # tunnel from ~/.config/prx-tunnel/config.toml
  prx-tunnel start --edge local --port 8080     # no account: a local edge, URL for this machine only
  prx-tunnel start --port 3000 --basic-auth 'me:a-long-password'
  URL=$(prx-tunnel start --detach --name web)  # background tunnel, URL captured by a script
  prx-tunnel start --dry-run --mode cli         # show what would be sent or run, connect to nothing

The URL alone goes to stdout (again on its own line whenever it changes); progress and logs go to stderr.";

const EDGE_HELP: &str = "\
Prints where agents connect, the CA, where visitors connect (http://<name>.localhost:<port>, which curl and \
browsers resolve to this machine), the control API and a [tunnel.ngrok] snippet for prx-tunnel configs; \
--json prints the same as one JSON object. Runs until SIGINT or SIGTERM.

Examples:
  prx-tunnel edge                                   # accepts any well-formed authtoken
  prx-tunnel edge --authtoken ci-token-0123456789abcdef --session-limit 1";

const EXEC_HELP: &str = "\
COMMAND gets PRX_TUNNEL_URL (and, with --edge local, PRX_TUNNEL_HTTPS_URL and PRX_TUNNEL_CA_CERT). SIGINT \
and SIGTERM are passed on to COMMAND; SIGHUP reloads the tunnel's config. prx-tunnel exits with COMMAND's \
status (128+N when a signal N ended it; 127 when COMMAND is not found, 126 when it cannot run). A tunnel \
that never comes up ends with prx-tunnel's own exit code and COMMAND is not run.

Examples:
  prx-tunnel exec --edge local --port 8080 -- sh -c 'curl -fsS \"$PRX_TUNNEL_URL/health\"'
  prx-tunnel exec --port 3000 -- npm test          # a real ngrok tunnel (authtoken from the config)";

/// `--name`, shared by the commands that address one tunnel.
#[derive(Debug, Args, Clone)]
pub struct NameArg {
    /// Tunnel name (state, locks and `status`/`stop` address tunnels by name)
    #[arg(long, short = 'n', default_value = "default", value_parser = parse_name)]
    pub name: String,
}

/// `prx-tunnel url`.
#[derive(Debug, Args, Clone)]
pub struct UrlArgs {
    /// Which tunnel.
    #[command(flatten)]
    pub name: NameArg,
    /// Print the URL of this endpoint alone (`default` is [tunnel.ngrok] itself)
    #[arg(long, value_name = "NAME")]
    pub endpoint: Option<String>,
}

/// `prx-tunnel start`.
#[derive(Debug, Args, Clone)]
pub struct StartArgs {
    /// Which tunnel.
    #[command(flatten)]
    pub name: NameArg,
    /// Print one JSON object {name, endpoint, mode, public_url, local_addr, pid, started_at} per endpoint instead of the bare URL
    #[arg(long)]
    pub json: bool,
    /// Return once the URL is printed and keep the tunnel running in the background
    #[arg(long, short = 'd', conflicts_with = "dry_run")]
    pub detach: bool,
    /// Print the effective settings and what would be sent (secrets masked); connect to nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Print the URL only once a request through it reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]
    #[arg(long)]
    pub wait_ready: bool,
    /// Internal: this process is the background half of --detach.
    #[arg(long, hide = true)]
    pub detached_child: bool,
    /// Tunnel options (override the config file).
    #[command(flatten)]
    pub tunnel: TunnelFlags,
}

/// `prx-tunnel status`.
#[derive(Debug, Args, Clone)]
pub struct StatusArgs {
    /// Which tunnel.
    #[command(flatten)]
    pub name: NameArg,
    /// Every tunnel with state on this machine
    #[arg(long, conflicts_with = "name")]
    pub all: bool,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

/// `prx-tunnel stop`.
#[derive(Debug, Args, Clone)]
pub struct StopArgs {
    /// Which tunnel.
    #[command(flatten)]
    pub name: NameArg,
    /// Stop every running tunnel
    #[arg(long, conflicts_with = "name")]
    pub all: bool,
}

/// `prx-tunnel check`.
#[derive(Debug, Args, Clone)]
pub struct CheckArgs {
    /// Tunnel options (override the config file).
    #[command(flatten)]
    pub tunnel: TunnelFlags,
}

/// `prx-tunnel edge`.
#[derive(Debug, Args, Clone)]
pub struct EdgeArgs {
    /// Accept only this authtoken (repeatable; visible to other users in `ps`, so use tokens made for this edge). Without it any well-formed token (20-100 of A-Z a-z 0-9 _ -) is accepted
    #[arg(long = "authtoken", value_name = "TOKEN")]
    pub authtokens: Vec<String>,
    /// Allow at most N live agent sessions per authtoken (one more gets ERR_NGROK_108)
    #[arg(long, value_name = "N")]
    pub session_limit: Option<usize>,
    /// Print one JSON object {agent_addr, ca_cert, http_addr, https_addr, http_urls, https_urls, control_api, restricted, session_limit, snippet, pid}
    #[arg(long)]
    pub json: bool,
}

/// `prx-tunnel exec`.
#[derive(Debug, Args, Clone)]
pub struct ExecArgs {
    /// Tunnel name for `status`/`url`/`stop` while COMMAND runs [default: exec-<pid>]
    #[arg(long, short = 'n', value_parser = parse_name)]
    pub name: Option<String>,
    /// Run COMMAND only once a request through the URL reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]
    #[arg(long)]
    pub wait_ready: bool,
    /// Tunnel options (override the config file).
    #[command(flatten)]
    pub tunnel: TunnelFlags,
    /// The command to run and its arguments, after --
    #[arg(last = true, required = true, value_name = "COMMAND")]
    pub command: Vec<std::ffi::OsString>,
}

const DIAGNOSE_HELP: &str = "\
Each stage prints one line with its timing; a failed stage prints its cause and the fix, and the
stages after it are skipped. Exit status: 0 when every stage passed, 2 for an invalid config, 3 when
the authtoken is missing or rejected (ERR_NGROK_105/107/4018), 1 for any other failure.";

/// `prx-tunnel diagnose`.
#[derive(Debug, Args, Clone)]
pub struct DiagnoseArgs {
    /// One JSON object: {ok, exit_code, ingress, proxy, checks: [{name, status, ms, detail, cause, fix}]}
    #[arg(long)]
    pub json: bool,
    /// Also send a request through the test endpoint's public URL and check that it arrives back
    #[arg(long)]
    pub public: bool,
    /// Tunnel options (override the config file).
    #[command(flatten)]
    pub tunnel: TunnelFlags,
}

/// `prx-tunnel completions`.
#[derive(Debug, Args, Clone)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `prx-tunnel man`.
#[derive(Debug, Args, Clone)]
pub struct ManArgs {
    /// Write prx-tunnel.1 and one page per command into this directory instead of printing
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Tunnel names become file names: keep them to a safe alphabet.
fn parse_name(s: &str) -> Result<String, String> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !s.starts_with('.');
    if ok {
        Ok(s.to_owned())
    } else {
        Err("use 1-64 characters of letters, digits, '-', '_' or '.', not starting with '.'".into())
    }
}
