//! `prx-tunnel status`, `prx-tunnel url`.

use anyhow::Result;

use super::out_line;
use crate::cli::{StatusArgs, UrlArgs};
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
    for e in &st.endpoints {
        let served = e.served.zip(e.served_unit).map_or(String::new(), |(n, unit)| format!(", {}", unit.describe(n)));
        out_line(&format!(
            "endpoint:    {} {} -> {} ({}{served})",
            e.name,
            e.public_url.as_deref().unwrap_or("-"),
            e.local_addr,
            st.state
        ));
    }
    if let (Some(n), Some(unit), true) = (st.served, st.served_unit, st.endpoints.is_empty()) {
        out_line(&format!("served:      {}", unit.describe(n)));
    }
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

/// `url`: the URL alone; with several endpoints one `NAME URL` line each, or with
/// `--endpoint NAME` that endpoint's URL alone (exit 5 while a URL asked for is not known yet,
/// 1 when the tunnel does not run, 2 for an endpoint it does not have).
pub fn url(args: &UrlArgs) -> Result<()> {
    let name = &args.name.name;
    let st = match state::lookup(name)? {
        Lookup::Running(Some(st)) => *st,
        Lookup::Running(None) => TunnelState::starting(name),
        Lookup::NotRunning { stale_pid } => return Err(not_running(name, stale_pid, "url")),
    };
    let no_url_yet = |what: String| {
        Fail::new(Exit::NotOnline, format!("tunnel \"{name}\" has no public URL {what}yet (state: {})", st.state))
    };
    match (&args.endpoint, st.endpoints.as_slice()) {
        (None, []) => {
            out_line(st.public_url.as_deref().ok_or_else(|| no_url_yet(String::new()))?);
        }
        (None, all) => {
            for e in all {
                out_line(&format!("{} {}", e.name, e.public_url.as_deref().unwrap_or("-")));
            }
            if all.iter().any(|e| e.public_url.is_none()) {
                return Err(no_url_yet("for every endpoint ".into()));
            }
        }
        (Some(wanted), all) => {
            let names: Vec<&str> = if all.is_empty() {
                vec![crate::config::DEFAULT_ENDPOINT]
            } else {
                all.iter().map(|e| e.name.as_str()).collect()
            };
            if !names.contains(&wanted.as_str()) {
                let hint = crate::suggest::closest(wanted, &names)
                    .map_or(String::new(), |c| format!("did you mean \"{c}\"? "));
                return Err(Fail::usage(format!(
                    "tunnel \"{name}\" has no endpoint \"{wanted}\"; {hint}its endpoints are: {}",
                    names.join(", ")
                )));
            }
            let url = match all.iter().find(|e| &e.name == wanted) {
                Some(e) => e.public_url.clone(),
                None => st.public_url.clone(),
            };
            out_line(&url.ok_or_else(|| no_url_yet(format!("for endpoint \"{wanted}\" ")))?);
        }
    }
    Ok(())
}
