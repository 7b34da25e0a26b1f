//! `prx-tunnel exec [start options] -- COMMAND [ARGS]`: brings the tunnel up, runs COMMAND
//! with `PRX_TUNNEL_URL` in its environment, passes SIGINT/SIGTERM on to it, stops the tunnel
//! when it exits and exits with its status. A tunnel that never comes up ends with
//! prx-tunnel's own exit code, and COMMAND is not run.

use std::ffi::OsString;
use std::process::{ExitStatus, Stdio};

use anyhow::{Context, Result};
use nix::sys::signal::Signal;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::start;
use crate::cli::{ExecArgs, GlobalArgs, NameArg, StartArgs};
use crate::config::LoadOptions;
use crate::exit::{CommandStatus, Exit, Fail};
use crate::signals::Signals;

/// What COMMAND finds in its environment about the tunnel.
#[derive(Debug, Clone, PartialEq)]
pub struct TunnelEnv {
    /// `PRX_TUNNEL_URL`: the public URL.
    pub url: String,
    /// `PRX_TUNNEL_HTTPS_URL`: a local edge's HTTPS form of the URL.
    pub https_url: Option<String>,
    /// `PRX_TUNNEL_CA_CERT`: the local edge's CA (PEM), for HTTPS clients.
    pub ca_cert: Option<String>,
    /// Every endpoint's name and URL (`PRX_TUNNEL_URL_<NAME>`), in the order announced.
    pub endpoints: Vec<(String, String)>,
}

impl TunnelEnv {
    /// Reads the `start --json` line of the tunnel.
    pub fn from_json_line(line: &str) -> Result<TunnelEnv> {
        let v: serde_json::Value = serde_json::from_str(line).context("the tunnel's URL line is not JSON")?;
        let text = |k: &str| v.get(k).and_then(|s| s.as_str()).map(str::to_owned);
        let url = text("public_url").context("the tunnel's URL line has no public_url")?;
        let endpoints = text("endpoint").map(|e| vec![(e, url.clone())]).unwrap_or_default();
        Ok(TunnelEnv { url, https_url: text("https_url"), ca_cert: text("ca_cert"), endpoints })
    }

    /// The variables, by name: `PRX_TUNNEL_URL_<NAME>` (upper-cased, `-` as `_`) for each
    /// endpoint; `PRX_TUNNEL_URL` (and a local edge's HTTPS URL and CA) when there is one.
    pub fn vars(&self) -> Vec<(String, String)> {
        let mut vars = Vec::new();
        if self.endpoints.len() <= 1 {
            vars.push(("PRX_TUNNEL_URL".to_owned(), self.url.clone()));
            vars.extend(self.https_url.clone().map(|u| ("PRX_TUNNEL_HTTPS_URL".to_owned(), u)));
        }
        vars.extend(self.ca_cert.clone().map(|c| ("PRX_TUNNEL_CA_CERT".to_owned(), c)));
        for (name, url) in &self.endpoints {
            vars.push((format!("PRX_TUNNEL_URL_{}", name.to_ascii_uppercase().replace('-', "_")), url.clone()));
        }
        vars
    }
}

/// `exec`.
pub async fn run(global: &GlobalArgs, args: ExecArgs, signals: Signals) -> Result<()> {
    let loaded = start::load(global, &args.tunnel)?;
    let expected = 1 + loaded.config.endpoints.len();
    let name = args.name.clone().unwrap_or_else(|| format!("exec-{}", std::process::id()));
    let start_args = StartArgs {
        name: NameArg { name },
        json: true,
        detach: false,
        dry_run: false,
        detached_child: false,
        wait_ready: args.wait_ready,
        tunnel: args.tunnel.clone(),
    };
    let load_opts = LoadOptions { config_path: global.config.clone(), flags: args.tunnel.clone() };
    // SIGINT/SIGTERM are for COMMAND: the tunnel stops when COMMAND is done, not at the signal.
    let mut int = signal(SignalKind::interrupt()).context("could not watch SIGINT")?;
    let mut term = signal(SignalKind::terminate()).context("could not watch SIGTERM")?;
    let stop_tunnel = CancellationToken::new();
    let tunnel_signals = Signals { shutdown: stop_tunnel.clone(), reload: signals.reload.clone() };
    let (line_tx, mut lines) = mpsc::unbounded_channel::<String>();
    let publish = move |line: &str| {
        let _ = line_tx.send(line.to_owned());
    };
    let tunnel = start::foreground(&start_args, loaded.config, &load_opts, tunnel_signals, global.quiet, &publish);
    tokio::pin!(tunnel);

    // The command starts once every endpoint has its URL (one line each).
    let mut env: Option<TunnelEnv> = None;
    while env.as_ref().is_none_or(|e| e.endpoints.len() < expected) {
        let line = tokio::select! {
            ended = &mut tunnel => {
                ended?;
                return Err(Fail::new(Exit::Runtime, "the tunnel stopped before its URL was known; the command was not run"));
            }
            Some(line) = lines.recv() => line,
            _ = int.recv() => return interrupted(stop_tunnel, tunnel).await,
            _ = term.recv() => return interrupted(stop_tunnel, tunnel).await,
        };
        let next = TunnelEnv::from_json_line(&line)?;
        match &mut env {
            None => env = Some(next),
            Some(e) if !e.endpoints.iter().any(|(n, _)| next.endpoints.iter().any(|(m, _)| m == n)) => {
                e.endpoints.extend(next.endpoints)
            }
            Some(_) => {}
        }
    }
    let env = env.context("the tunnel announced no URL")?;
    let mut child = match spawn(&args.command, &env) {
        Ok(child) => child,
        Err(err) => {
            stop_tunnel.cancel();
            let _ = tunnel.await;
            return Err(err);
        }
    };
    let mut tunnel_result = None;
    let status = loop {
        tokio::select! {
            status = child.wait() => break status.context("could not wait for the command")?,
            _ = int.recv() => forward(&child, Signal::SIGINT),
            _ = term.recv() => forward(&child, Signal::SIGTERM),
            Some(line) = lines.recv() => {
                if let Ok(now) = TunnelEnv::from_json_line(&line) {
                    tracing::warn!("the public URL changed to {}; the running command still has {} in PRX_TUNNEL_URL", now.url, env.url);
                }
            }
            ended = &mut tunnel, if tunnel_result.is_none() => {
                tracing::error!("the tunnel ended while the command was running; stopping the command (SIGTERM)");
                tunnel_result = Some(ended);
                forward(&child, Signal::SIGTERM);
            }
        }
    };
    stop_tunnel.cancel();
    let tunnel_result = match tunnel_result {
        Some(r) => r,
        None => tunnel.await,
    };
    tunnel_result?;
    match code_of(status) {
        0 => Ok(()),
        code => Err(CommandStatus::silent(code)),
    }
}

/// Stops a tunnel that had no URL yet: the command is not run.
async fn interrupted(stop: CancellationToken, tunnel: impl std::future::Future<Output = Result<()>>) -> Result<()> {
    stop.cancel();
    let _ = tunnel.await;
    Err(Fail::new(Exit::Runtime, "interrupted before the tunnel was up; the command was not run"))
}

/// Starts COMMAND with the tunnel's variables; 127 when it is not found, 126 when it cannot run.
fn spawn(command: &[OsString], env: &TunnelEnv) -> Result<tokio::process::Child> {
    let (program, rest) = command.split_first().context("no command given after --")?;
    let mut cmd = tokio::process::Command::new(program);
    cmd.args(rest).stdin(Stdio::inherit()).stdout(Stdio::inherit()).stderr(Stdio::inherit());
    for (k, v) in env.vars() {
        cmd.env(k, v);
    }
    cmd.spawn().map_err(|e| {
        let shown = program.to_string_lossy();
        let code = if e.kind() == std::io::ErrorKind::NotFound { 127 } else { 126 };
        CommandStatus::with_message(code, format!("could not run {shown}: {e}"))
    })
}

/// Passes a signal on to the command (it may already be gone).
fn forward(child: &tokio::process::Child, sig: Signal) {
    if let Some(pid) = child.id() {
        tracing::debug!(%sig, pid, "passing the signal on to the command");
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid as i32), sig);
    }
}

/// The shell's convention: the exit code, or 128 + the signal that ended it.
fn code_of(status: ExitStatus) -> u8 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => (code & 0xff) as u8,
        (None, Some(sig)) => (128 + sig).min(255) as u8,
        (None, None) => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::process::ExitStatusExt;

    #[test]
    fn statuses_follow_the_shell() {
        assert_eq!(code_of(ExitStatus::from_raw(0)), 0);
        assert_eq!(code_of(ExitStatus::from_raw(42 << 8)), 42);
        assert_eq!(code_of(ExitStatus::from_raw(libc_sigterm())), 143);
    }

    fn libc_sigterm() -> i32 {
        Signal::SIGTERM as i32
    }

    #[test]
    fn variables_from_the_json_line() {
        let env = TunnelEnv::from_json_line(
            r#"{"public_url":"http://a.localhost:1","https_url":"https://a.localhost:2","ca_cert":"/c.pem"}"#,
        )
        .unwrap();
        let names: Vec<String> = env.vars().into_iter().map(|(k, _)| k).collect();
        assert_eq!(names, ["PRX_TUNNEL_URL", "PRX_TUNNEL_HTTPS_URL", "PRX_TUNNEL_CA_CERT"]);
        let real =
            TunnelEnv::from_json_line(r#"{"public_url":"https://x.ngrok-free.app","endpoint":"default"}"#).unwrap();
        let url = "https://x.ngrok-free.app".to_owned();
        assert_eq!(
            real.vars(),
            [("PRX_TUNNEL_URL".to_owned(), url.clone()), ("PRX_TUNNEL_URL_DEFAULT".to_owned(), url)]
        );
        let mut two = real.clone();
        two.endpoints.push(("web-hooks".into(), "tcp://0.tcp.ngrok.io:1".into()));
        let names: Vec<String> = two.vars().into_iter().map(|(k, _)| k).collect();
        assert_eq!(names, ["PRX_TUNNEL_URL_DEFAULT", "PRX_TUNNEL_URL_WEB_HOOKS"], "no PRX_TUNNEL_URL with several");
        assert!(TunnelEnv::from_json_line("https://x").is_err());
    }
}
