//! CLI mode: prx-tunnel supervises the ngrok agent binary the way a careful operator would.
//! No secret on its command line: the authtoken goes through `NGROK_AUTHTOKEN` (for the 2.x
//! agent, which ignores that variable, into the generated file), every tunnel option into a
//! generated 0600 config file passed after the user's own, which is never modified. Its
//! output is drained for its whole life and re-emitted through our tracing; the URL and web
//! address come from its own log lines (its local API confirms); restarts with backoff; it
//! runs in its own process group and dies with us (no orphans).

mod api;
mod args;
mod failures;
mod files;
mod find;
mod genconf;
mod genconf_endpoint;
mod life;
mod live_reload;
pub mod log;
mod logfmt;
mod notice;
mod policy;
mod process;
mod run_once;
mod supervise;
mod userconf;

use std::path::{Path, PathBuf};

use anyhow::Result;
use tokio_util::sync::CancellationToken;

pub use failures::AUTH_CODES;
pub use find::{Agent, INSTALL_HINT, Major};
pub use supervise::{BACKOFF_BASE, BACKOFF_CAP, HEALTHY, MAX_DEATHS, MAX_FAILED_RESTARTS};

use crate::config::TunnelConfig;
use crate::secret::Secret;
use crate::tunnel::Events;
use notice::Masker;
use userconf::UserConfig;

/// The agent version a plan assumes when no agent is found: a current one (ngrok's changelog).
const ASSUMED_VERSION: &str = "3.39.0";

/// The name of our tunnel in the generated agent config and the agent's logs and API.
pub const TUNNEL_NAME: &str = "prx-tunnel";

/// The agent's name for an endpoint of the session: [`TUNNEL_NAME`] for the config's own,
/// `prx-tunnel-NAME` for a further one (prefixed, so it never meets a name of the user's
/// own agent config, which is read first).
pub fn agent_name(primary: &TunnelConfig, endpoint: &TunnelConfig) -> String {
    if std::ptr::eq(primary, endpoint) {
        TUNNEL_NAME.to_owned()
    } else {
        format!("{TUNNEL_NAME}-{}", endpoint.endpoint)
    }
}

/// Every endpoint of the session with its agent name, the config's own first.
pub fn named_endpoints(cfg: &TunnelConfig) -> Vec<(String, &TunnelConfig)> {
    std::iter::once(cfg).chain(&cfg.endpoints).map(|e| (agent_name(cfg, e), e)).collect()
}

/// Everything needed to (re)start the agent for one tunnel. Dropping it removes the
/// generated config file and its private directory.
pub struct Launch {
    cfg: TunnelConfig,
    agent: Agent,
    user: Vec<UserConfig>,
    dir: files::PrivateDir,
    args: Vec<String>,
    env: Vec<(&'static str, Secret)>,
    web_addr: Option<String>,
}

impl Launch {
    /// Checks the options against the agent and writes the generated config.
    fn prepare(cfg: TunnelConfig, agent: Agent) -> Result<Launch> {
        args::check_supported(&cfg, &agent)?;
        let user = userconf::user_configs(agent.major);
        let dir = files::PrivateDir::create()?;
        let generated = dir.write_config(&genconf::yaml(&cfg, &agent, &user, None, true)?)?;
        let paths: Vec<&Path> = user.iter().map(|u| u.path.as_path()).collect();
        let names: Vec<String> = named_endpoints(&cfg).into_iter().map(|(n, _)| n).collect();
        let args = args::command_line(&names, &paths, &generated, cfg.log_level.as_str());
        let env = args::environment(&cfg, &agent);
        Ok(Launch { cfg, agent, user, dir, args, env, web_addr: None })
    }

    /// Takes a reload's further endpoints for the agent's next start: the generated config and
    /// the `start` names are rewritten (the running agent got them through its API).
    fn set_endpoints(&mut self, endpoints: Vec<TunnelConfig>) -> Result<()> {
        self.cfg.endpoints = endpoints;
        self.dir.write_config(&genconf::yaml(&self.cfg, &self.agent, &self.user, self.web_addr.as_deref(), true)?)?;
        let names: Vec<String> = named_endpoints(&self.cfg).into_iter().map(|(n, _)| n).collect();
        let generated = self.dir.config_path();
        let paths: Vec<&Path> = self.user.iter().map(|u| u.path.as_path()).collect();
        self.args = args::command_line(&names, &paths, &generated, self.cfg.log_level.as_str());
        Ok(())
    }

    /// True once the web address was pinned to a port we picked.
    fn web_pinned(&self) -> bool {
        self.web_addr.is_some()
    }

    /// Pins the agent's web address to a free loopback port (when its defaults were taken).
    fn pin_web_addr(&mut self) -> Result<String> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let addr = format!("127.0.0.1:{port}");
        self.dir.write_config(&genconf::yaml(&self.cfg, &self.agent, &self.user, Some(&addr), true)?)?;
        self.web_addr = Some(addr.clone());
        Ok(addr)
    }
}

/// Runs the tunnel through the ngrok agent until `shutdown` (Ok, after stopping the agent:
/// SIGTERM, grace, SIGKILL, reaped, generated file removed) or a failure: credentials
/// rejected (exit 3, at once), a missing binary or an option the agent cannot honour
/// (exit 2), session limit / domain taken, the agent exiting before its URL, or repeated
/// crashes (exit 1). Events report the URL, the agent, its web address and disconnections.
/// A reload that only changes further endpoints arrives through `updates` and is applied to the
/// running agent through its local API.
pub async fn run(
    cfg: TunnelConfig,
    events: Events,
    shutdown: CancellationToken,
    mut updates: crate::backend::EndpointUpdates,
) -> Result<()> {
    crate::logging::set_session_level(cfg.log_level.as_str());
    let path = find::locate(cfg.ngrok_path.as_deref())?;
    let agent = tokio::task::spawn_blocking(move || find::detect(&path)).await??;
    let masker = Masker::new(cfg.secrets());
    let mut launch = Launch::prepare(cfg, agent)?;
    tracing::info!(
        "starting the ngrok agent {} (version {}): {}",
        launch.agent.path.display(),
        launch.agent.version,
        args::display(&launch.agent.path, &launch.env, &launch.args)
    );
    supervise::supervise(&mut launch, &events, &masker, &shutdown, &mut updates).await
}

/// What `start` would refuse before running anything: no agent binary (exit 2 with the
/// install hint), or an option the agent's version cannot honour. Runs `ngrok version`.
pub fn preflight(cfg: &TunnelConfig) -> Result<()> {
    let path = find::locate(cfg.ngrok_path.as_deref())?;
    let agent = find::detect(&path)?;
    args::check_supported(cfg, &agent)
}

/// What `check` and `start --dry-run` show: the agent found and its version, the exact
/// command line, and the generated config file, secrets masked. A missing agent is
/// reported in the plan (shown for a v3 agent) rather than failing it.
pub fn plan(cfg: &TunnelConfig) -> Result<Vec<String>> {
    let mut lines = vec!["# plan: CLI mode (supervising the ngrok agent)".to_owned()];
    let agent = match find::locate(cfg.ngrok_path.as_deref()) {
        Ok(path) => {
            let agent = find::detect(&path)?;
            lines.push(format!("agent: {} (version {}, {:?} options)", path.display(), agent.version, agent.major));
            agent
        }
        Err(e) => {
            lines.push(format!("agent: NOT FOUND: {e}"));
            lines.push(format!("(the plan below assumes a v3 agent, version {ASSUMED_VERSION})"));
            Agent { path: PathBuf::from("ngrok"), version: ASSUMED_VERSION.into(), major: Major::V3 }
        }
    };
    args::check_supported(cfg, &agent)?;
    let user = userconf::user_configs(agent.major);
    if user.is_empty() {
        lines.push("user agent config: none found".to_owned());
    }
    for u in &user {
        lines.push(format!("user agent config: {} (passed first; read, never modified)", u.path.display()));
    }
    let generated = files::base_dir().join(format!("prx-tunnel-agent.{}.XXXXXX", std::process::id())).join("agent.yml");
    let paths: Vec<&Path> = user.iter().map(|u| u.path.as_path()).collect();
    let names: Vec<String> = named_endpoints(cfg).into_iter().map(|(n, _)| n).collect();
    let argv = args::command_line(&names, &paths, &generated, cfg.log_level.as_str());
    lines.push(format!("run: {}", args::display(&agent.path, &args::environment(cfg, &agent), &argv)));
    lines.push(format!("generated agent config {} (mode 0600, removed when the tunnel ends):", generated.display()));
    let yaml = genconf::yaml(cfg, &agent, &user, None, false)?;
    lines.extend(yaml.lines().map(|l| format!("  {l}")));
    lines.push(
        "then: the URL from the agent's \"started tunnel\" log line, its web address from \"starting web service\""
            .to_owned(),
    );
    Ok(lines)
}

#[cfg(test)]
mod test_support {
    use super::*;

    /// An agent of the given generation (never run).
    pub fn agent(major: Major) -> Agent {
        let version = if major == Major::V2 { "2.3.41" } else { "3.19.1" };
        Agent { path: PathBuf::from("/opt/ngrok"), version: version.into(), major }
    }

    /// The default CLI-mode config, forwarding to 127.0.0.1:8080.
    pub fn cfg() -> TunnelConfig {
        TunnelConfig {
            mode: crate::config::Mode::Cli,
            local_addr: "127.0.0.1:8080".parse().unwrap(),
            ..TunnelConfig::default()
        }
    }
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod run_tests;
