//! `prx-tunnel start`: run a tunnel in the foreground (or detached), print its URL, keep
//! the state file current, stop cleanly on signals.

use anyhow::Result;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::out_line;
use crate::cli::{GlobalArgs, StartArgs};
use crate::config::{self, EdgeKind, LoadOptions, Loaded, Mode, TunnelConfig};
use crate::edge::{TunnelEdge, local_only_note};
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
    if let Some(why) = super::preflight::missing_authtoken(&loaded).filter(|_| !args.dry_run) {
        return Err(Fail::auth(why));
    }
    if args.dry_run {
        out_line("# dry run: nothing was started or connected");
        return super::check::print(&loaded);
    }
    if args.detach && !args.detached_child {
        super::detach::run(&args.name.name, loaded.config.startup_timeout).await?;
        if loaded.config.edge == EdgeKind::Local {
            tracing::info!(
                "this URL is served by a local edge inside the background prx-tunnel: it works on this machine only, \
                 until `prx-tunnel stop -n {}`",
                args.name.name
            );
        }
        return Ok(());
    }
    let opts = LoadOptions { config_path: global.config.clone(), flags: args.tunnel.clone() };
    foreground(&args, loaded.config, &opts, signals, global.quiet, &|line| out_line(line)).await
}

/// One run of the backend; a config reload replaces it with a new one, or (SDK mode, only
/// further endpoints changed) hands it the new further endpoints through `updates`.
struct Generation {
    task: tokio::task::JoinHandle<Result<()>>,
    stop: CancellationToken,
    updates: tokio::sync::watch::Sender<Vec<TunnelConfig>>,
}

impl Generation {
    fn spawn(cfg: TunnelConfig, events: crate::tunnel::Events, signals: &Signals) -> Generation {
        let stop = signals.shutdown.child_token();
        let (updates, rx) = tokio::sync::watch::channel(cfg.endpoints.clone());
        let task = tokio::spawn(crate::backend::run(cfg, events, stop.clone(), rx));
        Generation { task, stop, updates }
    }

    async fn stop(&mut self) {
        self.stop.cancel();
        let _ = tokio::time::timeout(crate::tunnel::STOP_GRACE * 2, &mut self.task).await;
    }
}

/// The endpoints of `cfg` for the state file when it has several (none for one), with the URLs
/// `known` already has.
fn endpoint_states(cfg: &TunnelConfig, known: &[state::EndpointState]) -> Vec<state::EndpointState> {
    if cfg.endpoints.is_empty() {
        return Vec::new();
    }
    std::iter::once(cfg)
        .chain(&cfg.endpoints)
        .map(|c| state::EndpointState {
            name: c.endpoint.clone(),
            public_url: known.iter().find(|k| k.name == c.endpoint).and_then(|k| k.public_url.clone()),
            local_addr: c.local_addr.to_string(),
            served: known.iter().find(|k| k.name == c.endpoint).and_then(|k| k.served),
            served_unit: known.iter().find(|k| k.name == c.endpoint).and_then(|k| k.served_unit),
        })
        .collect()
}

/// True when a reload from `old` to `new` only opens, closes or changes further endpoints: it
/// is applied to the live session (SDK mode) or the running agent (CLI mode), the rest serving
/// on undisturbed.
fn in_place(old: &TunnelConfig, new: &TunnelConfig) -> bool {
    old.mode == new.mode && old.fingerprint() == new.fingerprint()
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

/// The gist of a message, for the one spinner line: up to its first sentence's end.
fn headline(text: &str) -> &str {
    let first = text.lines().next().unwrap_or_default();
    first.split_once(". ").map_or(first, |(gist, _)| gist)
}

/// Runs the tunnel until it stops: state file, URL lines (to `publish`: stdout for `start`),
/// SIGHUP reloads, the startup timeout, and the local edge when the config asks for one
/// (`quiet`: no spinner).
pub(crate) async fn foreground(
    args: &StartArgs,
    cfg: TunnelConfig,
    load_opts: &LoadOptions,
    signals: Signals,
    quiet: bool,
    publish: &dyn Fn(&str),
) -> Result<()> {
    let name = args.name.name.as_str();
    let (owned, stale) = state::acquire(name)?;
    if let Some(stale) = stale {
        tracing::info!(pid = stale.pid, "cleaned up the state of tunnel \"{name}\" left by a process that is gone");
    }
    let mut edge = TunnelEdge::default();
    let result = run_with_edge(args, cfg, load_opts, signals, (quiet, publish), &owned, &mut edge).await;
    edge.stop().await;
    owned.remove();
    if result.is_ok() {
        tracing::info!("tunnel \"{name}\" stopped");
    }
    result
}

/// [`foreground`] once the state is owned; the local edge, if any, is left in `edge`.
async fn run_with_edge(
    args: &StartArgs,
    cfg: TunnelConfig,
    load_opts: &LoadOptions,
    signals: Signals,
    (quiet, publish): (bool, &dyn Fn(&str)),
    owned: &state::Owned,
    edge: &mut TunnelEdge,
) -> Result<()> {
    let mut st = TunnelState {
        mode: mode_name(cfg.mode).into(),
        local_addr: cfg.local_addr.to_string(),
        pid: std::process::id(),
        edge: (cfg.edge == EdgeKind::Local).then(|| "local".to_owned()),
        endpoints: endpoint_states(&cfg, &[]),
        ..TunnelState::starting(&args.name.name)
    };
    let st = &mut st;
    owned.write(st)?;
    let mut current = cfg.clone();
    let cfg = edge.prepare(cfg).await?;
    let spinner = super::spinner::start(args.json, quiet);
    let ingress = crate::sdk::server_addr(&cfg);
    let mut failures = super::startup::FailureReport::default();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let timeout = cfg.startup_timeout;
    let mut ready = Ready::new(args.wait_ready || cfg.wait_ready, &cfg);
    let mut running = Generation::spawn(cfg, tx.clone(), &signals);
    let deadline = tokio::time::sleep(timeout);
    tokio::pin!(deadline);
    let result = loop {
        tokio::select! {
            Some(ev) = rx.recv() => {
                if let (Event::Disconnected { error, .. }, None) = (&ev, &st.public_url) {
                    if let Some(why) = failures.note(&ingress, error) {
                        if let Some(s) = &spinner { s.set_message(format!("connecting to ngrok… {}", headline(&why))); }
                        tracing::warn!("{why}");
                    }
                }
                let line = apply(st, ev, args, edge);
                // State first, then the URL: a script that runs `status` as soon as it reads
                // the URL must find the tunnel online.
                owned.write(st)?;
                if let Some(line) = line.and_then(|l| ready.hold(l, st.public_url.as_deref())) {
                    super::spinner::clear(&spinner);
                    publish(&line);
                    if let (Some(local), Some(url)) = (edge.local(), &st.public_url) {
                        let https = local.https_url(url);
                        tracing::info!("{}", local_only_note(url, https.as_deref().map(|h| (h, local.ca_cert_path()))));
                    }
                }
            }
            Some(line) = ready.confirmed_rx.recv() => {
                ready.confirmed();
                if let Some(s) = &spinner { s.finish_and_clear(); }
                out_line(&line);
            }
            res = &mut running.task => {
                break res.unwrap_or_else(|e| Err(anyhow::anyhow!("the tunnel task failed: {e}")));
            }
            _ = signals.reload.notified() => {
                match reload(load_opts) {
                    Err(err) => tracing::error!("config reload rejected; the running tunnel is unchanged:\n{}", crate::logging::scrub(&format!("{err:#}"))),
                    Ok(new) if in_place(&current, &new) => {
                        tracing::info!("config reloaded; only endpoints of [tunnel.ngrok.endpoints] changed: opening and closing them on the running session");
                        st.endpoints = endpoint_states(&new, &st.endpoints);
                        owned.write(st)?;
                        running.updates.send_replace(new.endpoints.clone());
                        current = new;
                    }
                    Ok(new) => {
                        tracing::info!("config reloaded; re-establishing the tunnel with the new settings");
                        current = new.clone();
                        st.endpoints = endpoint_states(&new, &[]);
                        running.stop().await;
                        st.state = "restarting".into();
                        st.mode = mode_name(new.mode).into();
                        st.local_addr = new.local_addr.to_string();
                        st.edge = (new.edge == EdgeKind::Local).then(|| "local".to_owned());
                        owned.write(st)?;
                        let new = edge.prepare(new).await?;
                        running = Generation::spawn(new, tx.clone(), &signals);
                    }
                }
            }
            _ = &mut deadline, if !st.all_online() || ready.waiting() => {
                running.stop().await;
                if let Some(failed) = ready.timed_out(timeout) {
                    break Err(failed);
                }
                break Err(Fail::timeout(super::startup::timeout_message(timeout, &ingress, st.last_error.as_deref())));
            }
        }
    };
    super::spinner::clear(&spinner);
    result
}

/// `--wait-ready`: holds the first URL line back until [`crate::ready::confirm`] succeeds.
struct Ready {
    cfg: Option<TunnelConfig>,
    url: Option<String>,
    last: crate::ready::LastAttempt,
    tx: mpsc::UnboundedSender<String>,
    confirmed_rx: mpsc::UnboundedReceiver<String>,
}

impl Ready {
    fn new(on: bool, cfg: &TunnelConfig) -> Ready {
        let (tx, confirmed_rx) = mpsc::unbounded_channel();
        Ready { cfg: on.then(|| cfg.clone()), url: None, last: Default::default(), tx, confirmed_rx }
    }

    /// The line to print now, or None when it waits for the probe (the first URL only).
    fn hold(&mut self, line: String, url: Option<&str>) -> Option<String> {
        let (Some(cfg), Some(url)) = (self.cfg.take(), url) else { return Some(line) };
        self.url = Some(url.to_owned());
        let (tx, last, url) = (self.tx.clone(), self.last.clone(), url.to_owned());
        tokio::spawn(async move {
            crate::ready::confirm(url, cfg, last).await;
            let _ = tx.send(line);
        });
        None
    }

    /// True while a URL waits for its confirmation.
    fn waiting(&self) -> bool {
        self.url.is_some()
    }

    /// The held line arrived: the URL is confirmed.
    fn confirmed(&mut self) {
        self.url = None;
    }

    /// The failure when the startup timeout ends the wait.
    fn timed_out(&self, timeout: std::time::Duration) -> Option<anyhow::Error> {
        let url = self.url.as_ref()?;
        let last = self.last.lock().unwrap_or_else(|e| e.into_inner()).clone().unwrap_or_default();
        Some(Fail::timeout(format!(
            "the tunnel is up at {url}, but no request through it reached the tunnel within {}; last attempt: {last}\n\
             Raise startup_timeout_secs / --timeout, or leave out --wait-ready / wait_ready.",
            humantime::format_duration(timeout)
        )))
    }
}

/// The line announcing `url`: the URL alone for a tunnel with one endpoint, `NAME URL` for
/// one endpoint of several (`endpoint`), or the `--json` object (with `endpoint`).
fn url_line(st: &TunnelState, endpoint: Option<&str>, url: &str, args: &StartArgs, edge: &TunnelEdge) -> String {
    if args.json {
        let mut obj = serde_json::json!({
            "name": st.name, "endpoint": endpoint.unwrap_or(config::DEFAULT_ENDPOINT), "mode": st.mode,
            "public_url": url, "local_addr": st.local_addr, "pid": st.pid, "started_at": st.started_at,
        });
        if let Some(e) = st.endpoints.iter().find(|e| Some(e.name.as_str()) == endpoint) {
            obj["local_addr"] = e.local_addr.clone().into();
        }
        if let Some(addr) = &st.inspect_addr {
            obj["inspect_url"] = format!("http://{addr}").into();
        }
        if let Some(local) = edge.local() {
            obj["edge"] = "local".into();
            obj["local_only"] = true.into();
            obj["https_url"] = local.https_url(url).into();
            obj["ca_cert"] = local.ca_cert_path().display().to_string().into();
        }
        return obj.to_string();
    }
    match endpoint {
        Some(name) => format!("{name} {url}"),
        None => url.to_owned(),
    }
}

/// Applies one event to the state. Returns the line to print when the URL is new (the bare URL,
/// or the `--json` object), for the caller to print once the state is written.
fn apply(st: &mut TunnelState, ev: Event, args: &StartArgs, edge: &TunnelEdge) -> Option<String> {
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
            let primary = st.endpoints.first().map(|e| e.name.clone());
            if let Some(name) = &primary {
                st.set_endpoint_url(name, &url);
            }
            return Some(url_line(st, primary.as_deref(), &url, args, edge));
        }
        Event::EndpointGone { endpoint } => st.endpoints.retain(|e| e.name != endpoint),
        Event::Served(counts) => {
            if let Some(own) = counts.first() {
                (st.served, st.served_unit) = (Some(own.count), Some(own.unit));
            }
            for e in &mut st.endpoints {
                if let Some(c) = counts.iter().find(|c| c.endpoint == e.name) {
                    (e.served, e.served_unit) = (Some(c.count), Some(c.unit));
                }
            }
        }
        Event::EndpointUrl { endpoint, url } => {
            if !st.set_endpoint_url(&endpoint, &url) {
                return None;
            }
            tracing::info!(%endpoint, %url, "endpoint online");
            return Some(url_line(st, Some(&endpoint), &url, args, edge));
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
