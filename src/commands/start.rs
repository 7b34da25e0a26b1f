//! `prx-tunnel start`: run a tunnel in the foreground (or detached), print its URL, keep
//! the state file current, stop cleanly on signals.

use std::io::IsTerminal;

use anyhow::Result;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::out_line;
use crate::cli::{GlobalArgs, StartArgs};
use crate::config::{self, LoadOptions, Loaded, Mode, TunnelConfig};
use crate::exit::Fail;
use crate::signals::Signals;
use crate::state::{self, TunnelState};
use crate::tunnel::Event;

/// Loads the config for a command that runs a tunnel, registering its secrets for masking.
pub fn load(global: &GlobalArgs, flags: &config::TunnelFlags) -> Result<Loaded> {
    let loaded = config::load(&LoadOptions { config_path: global.config.clone(), flags: flags.clone() })?;
    crate::logging::register_secrets(loaded.config.secrets());
    for w in &loaded.warnings {
        tracing::warn!("{w}");
    }
    Ok(loaded)
}

/// `start`.
pub async fn run(global: &GlobalArgs, args: StartArgs, signals: Signals) -> Result<()> {
    let loaded = load(global, &args.tunnel)?;
    if args.dry_run {
        out_line("# dry run: nothing was started or connected");
        return super::check::print(&loaded);
    }
    if args.detach && !args.detached_child {
        return super::detach::run(&args.name.name, loaded.config.startup_timeout).await;
    }
    let opts = LoadOptions { config_path: global.config.clone(), flags: args.tunnel.clone() };
    foreground(&args, loaded.config, &opts, signals).await
}

/// One run of the backend; a config reload replaces it with a new one.
struct Generation {
    task: tokio::task::JoinHandle<Result<()>>,
    stop: CancellationToken,
}

impl Generation {
    fn spawn(cfg: TunnelConfig, events: crate::tunnel::Events, signals: &Signals) -> Generation {
        let stop = signals.shutdown.child_token();
        let task = tokio::spawn(crate::backend::run(cfg, events, stop.clone()));
        Generation { task, stop }
    }

    async fn stop(&mut self) {
        self.stop.cancel();
        let _ = tokio::time::timeout(crate::tunnel::STOP_GRACE * 2, &mut self.task).await;
    }
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Sdk => "sdk",
        Mode::Cli => "cli",
    }
}

/// Re-reads the config file for SIGHUP (same file and flags as at start).
fn reload(opts: &LoadOptions) -> Result<TunnelConfig> {
    let loaded = config::load(opts)?;
    crate::logging::register_secrets(loaded.config.secrets());
    for w in &loaded.warnings {
        tracing::warn!("{w}");
    }
    Ok(loaded.config)
}

async fn foreground(args: &StartArgs, cfg: TunnelConfig, load_opts: &LoadOptions, signals: Signals) -> Result<()> {
    let name = args.name.name.as_str();
    let (owned, stale) = state::acquire(name)?;
    if let Some(stale) = stale {
        tracing::info!(pid = stale.pid, "cleaned up the state of tunnel \"{name}\" left by a process that is gone");
    }
    let mode = mode_name(cfg.mode);
    let mut st = TunnelState {
        mode: mode.into(),
        local_addr: cfg.local_addr.to_string(),
        pid: std::process::id(),
        ..TunnelState::starting(name)
    };
    owned.write(&st)?;
    let spinner = (std::io::stderr().is_terminal() && !args.json).then(|| {
        let s = indicatif::ProgressBar::new_spinner().with_message("connecting to ngrok…");
        s.enable_steady_tick(std::time::Duration::from_millis(100));
        s
    });
    let (tx, mut rx) = mpsc::unbounded_channel();
    let timeout = cfg.startup_timeout;
    let mut running = Generation::spawn(cfg, tx.clone(), &signals);
    let deadline = tokio::time::sleep(timeout);
    tokio::pin!(deadline);
    let result = loop {
        tokio::select! {
            Some(ev) = rx.recv() => {
                let line = apply(&mut st, ev, args);
                // State first, then the URL: a script that runs `status` as soon as it reads
                // the URL must find the tunnel online.
                owned.write(&st)?;
                if let Some(line) = line {
                    if let Some(s) = &spinner { s.finish_and_clear(); }
                    out_line(&line);
                }
            }
            res = &mut running.task => {
                break res.unwrap_or_else(|e| Err(anyhow::anyhow!("the tunnel task failed: {e}")));
            }
            _ = signals.reload.notified() => {
                match reload(load_opts) {
                    Err(err) => tracing::error!("config reload rejected; the running tunnel is unchanged:\n{}", crate::logging::scrub(&format!("{err:#}"))),
                    Ok(new) => {
                        tracing::info!("config reloaded; re-establishing the tunnel with the new settings");
                        running.stop().await;
                        st.state = "restarting".into();
                        st.mode = mode_name(new.mode).into();
                        st.local_addr = new.local_addr.to_string();
                        owned.write(&st)?;
                        running = Generation::spawn(new, tx.clone(), &signals);
                    }
                }
            }
            _ = &mut deadline, if st.public_url.is_none() => {
                running.stop().await;
                let last = st.last_error.clone().map_or(String::new(), |e| format!("; last error: {e}"));
                break Err(Fail::timeout(format!(
                    "no public URL within {}{last}\nRaise startup_timeout_secs / --timeout, or check server_addr and the network.",
                    humantime::format_duration(timeout)
                )));
            }
        }
    };
    if let Some(s) = &spinner {
        s.finish_and_clear();
    }
    owned.remove();
    if result.is_ok() {
        tracing::info!("tunnel \"{name}\" stopped");
    }
    result
}

/// Applies one event to the state. Returns the line to print when the URL is new (the bare URL,
/// or the `--json` object), for the caller to print once the state is written.
fn apply(st: &mut TunnelState, ev: Event, args: &StartArgs) -> Option<String> {
    match ev {
        Event::Url(url) => {
            let restarted = st.state == "restarting";
            st.state = "online".into();
            st.last_error = None;
            st.attempts = 0;
            if st.public_url.as_deref() == Some(url.as_str()) && !restarted {
                return None;
            }
            if restarted {
                tracing::info!(%url, "tunnel online again after the restart");
            } else if st.public_url.is_some() {
                tracing::warn!(%url, "the public URL changed");
            } else {
                tracing::info!(%url, "tunnel online");
            }
            st.public_url = Some(url.clone());
            if args.json {
                let obj = serde_json::json!({
                    "name": st.name, "mode": st.mode, "public_url": url, "local_addr": st.local_addr,
                    "pid": st.pid, "started_at": st.started_at,
                });
                return Some(obj.to_string());
            }
            return Some(url);
        }
        Event::Disconnected { error, new } => {
            if new {
                st.reconnects += 1;
                st.attempts = 0;
            } else {
                st.attempts += 1;
            }
            if st.public_url.is_some() && st.state != "restarting" {
                st.state = "reconnecting".into();
            }
            st.last_error = Some(error);
        }
        Event::Reconnected => {
            if st.public_url.is_some() {
                st.state = "online".into();
                st.attempts = 0;
            }
        }
        Event::Heartbeat(latency) => st.last_heartbeat_ms = Some(latency.as_secs_f64() * 1000.0),
        Event::Restarting => st.state = "restarting".into(),
        Event::Agent(agent) => st.agent = Some(agent),
        Event::Inspector(addr) => st.inspect_addr = Some(addr),
    }
    None
}
