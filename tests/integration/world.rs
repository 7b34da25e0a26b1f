//! One test world: a sealed environment, an in-process ngrok edge simulator, a local service,
//! and config files pointing prx-tunnel at them — in SDK mode or in CLI mode (the same
//! scenarios hold both modes to one contract).

#![allow(dead_code)]

use std::path::PathBuf;
use std::time::Duration;

use ngrok_sim::{Edge, EdgeOptions, PublicRequest, PublicResponse};

use super::support::{Cmd, Running, Sealed};
use super::upstream::Upstream;

/// A recognisable, well-formed authtoken: tests grep every output for it.
pub const TOKEN: &str = "2prxTESTtokenAAAAAAAAAAAAAA_5seCReTs3cretS3cr3tXyz";
/// A recognisable basic-auth password.
pub const PASSWORD: &str = "pw-SECRET-horse-battery";
/// How long a tunnel may take to print its URL in tests.
pub const URL_WAIT: Duration = Duration::from_secs(20);

/// Which way prx-tunnel runs the tunnel.
#[derive(Clone, Debug)]
pub enum Mode {
    /// In process.
    Sdk,
    /// Supervising an agent binary at this path.
    Cli(PathBuf),
}

impl Mode {
    /// The v3 agent stand-in built next to the binary under test.
    pub fn standin() -> Mode {
        let path = std::path::Path::new(super::support::BIN).with_file_name("ngrok");
        assert!(
            path.exists(),
            "{} is missing: run the tests with `cargo test --workspace` (it builds the ngrok-sim binaries)",
            path.display()
        );
        Mode::Cli(path)
    }

    fn lines(&self) -> String {
        match self {
            Mode::Sdk => "mode = \"sdk\"\n".into(),
            Mode::Cli(p) => format!("mode = \"cli\"\nngrok_path = {:?}\n", p.display().to_string()),
        }
    }
}

/// Everything a tunnel scenario needs.
pub struct World {
    /// The sealed environment.
    pub env: Sealed,
    /// The ngrok edge.
    pub edge: Edge,
    /// The local service.
    pub upstream: Upstream,
    /// The mode under test.
    pub mode: Mode,
}

impl World {
    /// A world with a fresh edge accepting any well-formed token.
    pub async fn new(mode: Mode) -> World {
        Self::with(mode, EdgeOptions::default()).await
    }

    /// A world with chosen edge options.
    pub async fn with(mode: Mode, opts: EdgeOptions) -> World {
        World {
            env: Sealed::new(),
            edge: Edge::start(opts).await.expect("edge"),
            upstream: Upstream::start().await,
            mode,
        }
    }

    /// Writes a config file with the edge, the service, the token and `extra` [tunnel.ngrok] lines.
    pub fn config(&self, extra: &str) -> PathBuf {
        self.config_named("prx.toml", extra)
    }

    /// Like [`World::config`] under another file name.
    pub fn config_named(&self, name: &str, extra: &str) -> PathBuf {
        self.config_at(&self.env, &self.upstream, name, extra)
    }

    /// A config file in `env` (another machine) for a tunnel to `upstream` through this edge.
    pub fn config_at(&self, env: &Sealed, upstream: &Upstream, name: &str, extra: &str) -> PathBuf {
        let text = format!(
            "[tunnel]\nbackend = \"ngrok\"\nlocal_addr = \"{}\"\n\n[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\nserver_addr = \"{}\"\nca_cert = {:?}\ninspect = false\nstartup_timeout_secs = 20\n{}{extra}\n",
            upstream.host_port(),
            self.edge.agent_addr(),
            self.edge.ca_cert_path().display().to_string(),
            self.mode.lines(),
        );
        let path = env.write(name, text);
        set_mode(&path, 0o600);
        path
    }

    /// `prx-tunnel ARGS --config CFG`.
    pub fn cmd(&self, cfg: &std::path::Path) -> Cmd {
        self.env.cmd().args(["--config", cfg.to_str().unwrap()])
    }

    /// Starts a tunnel in the foreground and waits for its URL.
    pub async fn start(&self, cfg: &std::path::Path, args: &[&str]) -> (Running, String) {
        let mut run = self.cmd(cfg).args(["start"]).args(args).spawn();
        let url = run.line(URL_WAIT).await;
        assert!(url.starts_with("https://") || url.starts_with("tcp://") || url.starts_with('{'), "not a URL: {url}");
        (run, url)
    }

    /// `status --json --name NAME`, parsed (`Null` when it printed no JSON, e.g. not running).
    pub async fn status_json(&self, cfg: &std::path::Path, name: &str) -> serde_json::Value {
        let out = self.cmd(cfg).args(["status", "--json", "--name", name]).run().await;
        serde_json::from_str(&out.stdout).unwrap_or(serde_json::Value::Null)
    }

    /// A GET through the edge, retried while the endpoint is not yet routable (ERR_NGROK_3200).
    pub async fn get(&self, url: &str, req: PublicRequest) -> PublicResponse {
        super::support::eventually(Duration::from_secs(10), &format!("{url} to be routable"), || {
            let req = req.clone();
            async move {
                match self.edge.request(url, req).await {
                    Ok(r) if r.status == 404 && String::from_utf8_lossy(&r.body).contains("ERR_NGROK_3200") => None,
                    Ok(r) => Some(r),
                    Err(_) => None,
                }
            }
        })
        .await
    }
}

/// Another machine running prx-tunnel against a [`World`]'s edge: its own sealed environment
/// and its own local service.
pub struct Machine {
    /// Its HOME and config.
    pub env: Sealed,
    /// Its local service.
    pub upstream: Upstream,
    /// `prx-tunnel start`, running.
    pub run: Running,
}

impl Machine {
    /// Starts prx-tunnel with the world's settings plus `extra` and waits for the URL it prints.
    pub async fn start(w: &World, extra: &str) -> (Machine, String) {
        let env = Sealed::new();
        let upstream = Upstream::start().await;
        let cfg = w.config_at(&env, &upstream, "prx.toml", extra);
        let mut run = env.cmd().args(["--config", cfg.to_str().unwrap(), "start"]).spawn();
        let url = run.line(URL_WAIT).await;
        (Machine { env, upstream, run }, url)
    }
}

/// True while `pid` is a live (not zombie) process.
pub fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit(')').next().map(|rest| !rest.trim_start().starts_with('Z')))
        .unwrap_or(false)
}

/// chmod.
pub fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Asserts the secrets of [`World`] appear in none of the files under `dir`.
pub fn dir_hides(dir: &std::path::Path, secrets: &[&str]) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            dir_hides(&path, secrets);
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap_or_default()).into_owned();
        for s in secrets {
            assert!(!text.contains(s), "secret found in {}", path.display());
        }
    }
}
