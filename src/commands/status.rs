//! `prx-tunnel status`, `prx-tunnel url`.

use anyhow::Result;

use super::out_line;
use crate::cli::{NameArg, StatusArgs};
use crate::exit::{Exit, Fail};
use crate::state::{self, Lookup, TunnelState};

/// The exit for "nothing to report": exit 1 with a message on stderr. When other tunnels run,
/// the message lists them and says how to pick one (`command --name NAME`, `status --all`).
fn not_running(name: &str, stale_pid: Option<u32>, command: &str) -> anyhow::Error {
    let stale = stale_pid.map_or(String::new(), |p| format!(" (cleaned up the state left by pid {p}, which is gone)"));
    let others = running_others(name);
    let pick = match others.first() {
        None => String::new(),
        Some((first, _)) => {
            let list: Vec<String> = others.iter().map(|(n, state)| format!("{n} ({state})")).collect();
            format!(
                "\nRunning: {}. Pick one with --name, e.g. prx-tunnel {command} --name {first}; \
                 prx-tunnel status --all shows every tunnel.",
                list.join(", ")
            )
        }
    };
    Fail::new(Exit::Runtime, format!("tunnel \"{name}\" is not running{stale}{pick}"))
}

/// The running tunnels other than `name`, with their state.
fn running_others(name: &str) -> Vec<(String, String)> {
    let names = state::names().unwrap_or_default();
    names
        .into_iter()
        .filter(|n| n != name)
        .filter_map(|n| match state::lookup(&n) {
            Ok(Lookup::Running(st)) => Some((n, st.map_or_else(|| "starting".to_owned(), |s| s.state))),
            _ => None,
        })
        .collect()
}

/// `status`: exit 0 when every reported tunnel is online, 5 when one runs but is not online
/// (starting, reconnecting, restarting), 1 when none runs.
pub fn status(args: &StatusArgs) -> Result<()> {
    let names = if args.all { state::names()? } else { vec![args.name.name.clone()] };
    let mut found = Vec::new();
    for name in &names {
        match state::lookup(name)? {
            Lookup::Running(Some(st)) => found.push(*st),
            Lookup::Running(None) => found.push(TunnelState::starting(name)),
            Lookup::NotRunning { stale_pid } if !args.all => return Err(not_running(name, stale_pid, "status")),
            Lookup::NotRunning { .. } => {}
        }
    }
    if found.is_empty() {
        return Err(Fail::new(Exit::Runtime, "no tunnel is running"));
    }
    if args.json {
        let v = if args.all { serde_json::to_value(&found)? } else { serde_json::to_value(&found[0])? };
        out_line(&serde_json::to_string_pretty(&v)?);
    } else {
        for (i, st) in found.iter().enumerate() {
            if i > 0 {
                out_line("");
            }
            print_human(st);
        }
    }
    if found.iter().all(|s| s.state == "online") {
        Ok(())
    } else {
        let states: Vec<String> = found.iter().map(|s| format!("{} is {}", s.name, s.state)).collect();
        Err(Fail::new(Exit::NotOnline, format!("running but not online: {}", states.join(", "))))
    }
}

fn print_human(st: &TunnelState) {
    let uptime = humantime::format_duration(std::time::Duration::from_secs(st.uptime_secs()));
    out_line(&format!("name:        {}", st.name));
    out_line(&format!("state:       {}", st.state));
    out_line(&format!("url:         {}", st.public_url.as_deref().unwrap_or("-")));
    out_line(&format!("local:       {}", st.local_addr));
    out_line(&format!("mode:        {}", st.mode));
    if st.edge.as_deref() == Some("local") {
        out_line("edge:        local (inside prx-tunnel; the URL works on this machine only)");
    }
    out_line(&format!("pid:         {}", st.pid));
    out_line(&format!("uptime:      {uptime}"));
    out_line(&format!("reconnects:  {}", st.reconnects));
    if st.state != "online" && st.attempts > 0 {
        out_line(&format!("attempts:    {} since the session was lost", st.attempts));
    }
    if let Some(ms) = st.last_heartbeat_ms {
        out_line(&format!("heartbeat:   {ms:.1} ms"));
    }
    if let Some(a) = &st.agent {
        out_line(&format!("agent:       pid {} ({}), restarts {}", a.pid, a.version, a.restarts));
        out_line(&format!("agent web:   {}", a.web_addr.as_deref().unwrap_or("-")));
    }
    if let Some(i) = &st.inspect_addr {
        out_line(&format!("inspector:   http://{i}"));
    }
    if let Some(e) = &st.last_error {
        out_line(&format!("last error:  {e}"));
    }
}

/// `url`: the URL alone (exit 5 while the tunnel runs without one yet, 1 when it does not run).
pub fn url(args: &NameArg) -> Result<()> {
    match state::lookup(&args.name)? {
        Lookup::Running(Some(st)) if st.public_url.is_some() => {
            out_line(st.public_url.as_deref().unwrap_or_default());
            Ok(())
        }
        Lookup::Running(st) => Err(Fail::new(
            Exit::NotOnline,
            format!(
                "tunnel \"{}\" has no public URL yet (state: {})",
                args.name,
                st.map_or("starting".into(), |s| s.state)
            ),
        )),
        Lookup::NotRunning { stale_pid } => Err(not_running(&args.name, stale_pid, "url")),
    }
}
