//! Per-name tunnel state in the user state dir: written atomically, mode 0600, no secrets,
//! guarded by a lock held for the tunnel's whole life (a free lock means a dead owner).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use nix::fcntl::{Flock, FlockArg};
use serde::{Deserialize, Serialize};

use crate::exit::Fail;

/// What `status` reports about a running tunnel. Holds no secret.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TunnelState {
    /// Tunnel name.
    pub name: String,
    /// "sdk" or "cli".
    pub mode: String,
    /// "starting", "online", "reconnecting" or "restarting".
    pub state: String,
    /// The public URL, once known.
    pub public_url: Option<String>,
    /// Where traffic is forwarded.
    pub local_addr: String,
    /// The prx-tunnel process.
    pub pid: u32,
    /// RFC 3339 start time.
    pub started_at: String,
    /// Start time in seconds since the epoch (for uptime).
    pub started_unix: u64,
    /// Session reconnects (SDK mode) since start.
    pub reconnects: u64,
    /// Failed attempts to get the session back since it was lost (0 while online).
    #[serde(default)]
    pub attempts: u64,
    /// Latency of the latest heartbeat, in milliseconds.
    pub last_heartbeat_ms: Option<f64>,
    /// The latest connection error, secrets masked.
    pub last_error: Option<String>,
    /// The supervised agent (CLI mode).
    pub agent: Option<AgentState>,
    /// The agent's inspector address, when inspection is on.
    pub inspect_addr: Option<String>,
    /// "local" when the tunnel runs against a local edge (its URL works on this machine only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edge: Option<String>,
    /// Every endpoint of the session when it has several, the one of `public_url` first; empty
    /// for a tunnel with one endpoint.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub endpoints: Vec<EndpointState>,
    /// Requests or connections the tunnel's own endpoint served so far, once counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served: Option<u64>,
    /// What `served` counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served_unit: Option<ServedUnit>,
}

/// One endpoint of a session with several.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct EndpointState {
    /// Its name (`default` for `[tunnel.ngrok]` itself).
    pub name: String,
    /// Its public URL, once known.
    pub public_url: Option<String>,
    /// Where its traffic is forwarded.
    pub local_addr: String,
    /// Requests or connections it served so far, once counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served: Option<u64>,
    /// What `served` counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served_unit: Option<ServedUnit>,
}

/// What an endpoint's served count counts.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ServedUnit {
    /// HTTP requests (SDK mode's http endpoints, or an inspecting agent's).
    Requests,
    /// Connections (tcp endpoints, and the http ones of an agent not inspecting).
    Connections,
}

impl ServedUnit {
    /// `3 requests served`, `1 connection served`.
    pub fn describe(self, n: u64) -> String {
        let noun = match (self, n) {
            (ServedUnit::Requests, 1) => "request",
            (ServedUnit::Requests, _) => "requests",
            (ServedUnit::Connections, 1) => "connection",
            (ServedUnit::Connections, _) => "connections",
        };
        format!("{n} {noun} served")
    }
}

impl TunnelState {
    /// True once every endpoint has its URL.
    pub fn all_online(&self) -> bool {
        self.public_url.is_some() && self.endpoints.iter().all(|e| e.public_url.is_some())
    }

    /// Records `url` for the endpoint `name`; true when it is new for it.
    pub fn set_endpoint_url(&mut self, name: &str, url: &str) -> bool {
        match self.endpoints.iter_mut().find(|e| e.name == name) {
            Some(e) if e.public_url.as_deref() == Some(url) => false,
            Some(e) => {
                e.public_url = Some(url.to_owned());
                true
            }
            None => false,
        }
    }
}

impl TunnelState {
    /// A tunnel named `name` that is starting: nothing known yet but its name and the time.
    pub fn starting(name: &str) -> TunnelState {
        TunnelState {
            name: name.to_owned(),
            mode: String::new(),
            state: "starting".into(),
            public_url: None,
            local_addr: String::new(),
            pid: 0,
            started_at: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
            started_unix: now_unix(),
            reconnects: 0,
            attempts: 0,
            last_heartbeat_ms: None,
            last_error: None,
            agent: None,
            inspect_addr: None,
            edge: None,
            endpoints: Vec::new(),
            served: None,
            served_unit: None,
        }
    }
}

/// The ngrok agent a CLI-mode tunnel supervises.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct AgentState {
    /// Its pid.
    pub pid: u32,
    /// Its version as `ngrok version` printed it.
    pub version: String,
    /// Its local API address, from its "starting web service" line.
    pub web_addr: Option<String>,
    /// How often it was restarted after dying.
    pub restarts: u64,
}

impl TunnelState {
    /// Seconds since the tunnel started.
    pub fn uptime_secs(&self) -> u64 {
        now_unix().saturating_sub(self.started_unix)
    }
}

/// Seconds since the epoch.
pub fn now_unix() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The directory holding state and lock files (created 0700 on first use).
pub fn state_dir() -> Result<PathBuf> {
    let base = dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .context("cannot find a state directory: set XDG_STATE_HOME or HOME")?;
    Ok(base.join("prx-tunnel"))
}

fn ensure_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("could not create state directory {}", dir.display()))?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
        .with_context(|| format!("could not restrict state directory {}", dir.display()))
}

/// The state of one running tunnel, owned by the process that runs it.
pub struct Owned {
    dir: PathBuf,
    name: String,
    _lock: Flock<File>,
}

/// Takes the lock of `name`, refusing when another live process holds it. A state file left
/// by a dead owner is reported (returned as `Some`) and replaced.
pub fn acquire(name: &str) -> Result<(Owned, Option<TunnelState>)> {
    let dir = state_dir()?;
    ensure_dir(&dir)?;
    let lock_path = dir.join(format!("{name}.lock"));
    loop {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&lock_path)
            .with_context(|| format!("could not open lock file {}", lock_path.display()))?;
        let lock = match Flock::lock(file, FlockArg::LockExclusiveNonblock) {
            Ok(lock) => lock,
            Err(_) => {
                let running = read_state(&dir, name).ok().flatten();
                let pid = running.as_ref().map_or(String::new(), |s| format!(" (pid {})", s.pid));
                return Err(Fail::usage(format!(
                    "tunnel \"{name}\" is already running{pid}; stop it with `prx-tunnel stop --name {name}` or pick another --name"
                )));
            }
        };
        // The previous owner may have removed the file between our open and our lock.
        let same = fs::metadata(&lock_path).is_ok_and(|m| m.ino() == lock.metadata().map_or(0, |l| l.ino()));
        if !same {
            continue;
        }
        let stale = read_state(&dir, name).ok().flatten();
        let _ = fs::remove_file(dir.join(format!("{name}.json")));
        return Ok((Owned { dir, name: name.to_owned(), _lock: lock }, stale));
    }
}

impl Owned {
    /// Writes the state atomically (temp file + rename), mode 0600. Not fsynced: the file
    /// describes a running process and is useless after a crash, and an fsync per event (on a
    /// busy disk, hundreds of milliseconds) would let `status` lag behind the tunnel.
    pub fn write(&self, state: &TunnelState) -> Result<()> {
        let path = self.dir.join(format!("{}.json", self.name));
        let tmp = self.dir.join(format!(".{}.json.{}", self.name, std::process::id()));
        let mut f = OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("could not write {}", tmp.display()))?;
        f.write_all(&serde_json::to_vec_pretty(state)?)?;
        fs::rename(&tmp, &path).with_context(|| format!("could not write {}", path.display()))
    }

    /// The path of the log file a detached tunnel writes.
    pub fn log_path(&self) -> PathBuf {
        self.dir.join(format!("{}.log", self.name))
    }

    /// Removes the state and lock files (the lock itself is released on drop).
    pub fn remove(&self) {
        let _ = fs::remove_file(self.dir.join(format!("{}.json", self.name)));
        let _ = fs::remove_file(self.dir.join(format!("{}.lock", self.name)));
    }
}

fn read_state(dir: &Path, name: &str) -> Result<Option<TunnelState>> {
    let path = dir.join(format!("{name}.json"));
    match fs::read(&path) {
        Ok(bytes) => {
            Ok(Some(serde_json::from_slice(&bytes).with_context(|| format!("corrupt state file {}", path.display()))?))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("could not read {}", path.display())),
    }
}

/// What is known about a tunnel name from outside its process.
#[derive(Debug)]
pub enum Lookup {
    /// Its owner is alive; here is its latest state (None while it has not written one yet).
    Running(Option<Box<TunnelState>>),
    /// Nothing runs under that name (a stale state of a dead owner was cleaned).
    NotRunning {
        /// The pid of a dead owner whose state was cleaned up.
        stale_pid: Option<u32>,
    },
}

/// Looks up `name` without disturbing a live owner; cleans the state of a dead one.
pub fn lookup(name: &str) -> Result<Lookup> {
    let dir = state_dir()?;
    let lock_path = dir.join(format!("{name}.lock"));
    let Ok(file) = OpenOptions::new().write(true).open(&lock_path) else {
        return Ok(Lookup::NotRunning { stale_pid: None });
    };
    match Flock::lock(file, FlockArg::LockExclusiveNonblock) {
        Err(_) => Ok(Lookup::Running(read_state(&dir, name).ok().flatten().map(Box::new))),
        Ok(_lock) => {
            let stale = read_state(&dir, name).ok().flatten();
            let _ = fs::remove_file(dir.join(format!("{name}.json")));
            let _ = fs::remove_file(&lock_path);
            Ok(Lookup::NotRunning { stale_pid: stale.map(|s| s.pid) })
        }
    }
}

/// Every tunnel name with a lock file in the state dir, sorted.
pub fn names() -> Result<Vec<String>> {
    let dir = state_dir()?;
    let Ok(entries) = fs::read_dir(&dir) else { return Ok(Vec::new()) };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".lock").map(str::to_owned))
        .collect();
    names.sort();
    Ok(names)
}
