//! The four things measured, each started as its own process against the same simulator edge
//! and local service: prx-tunnel in SDK mode, prx-tunnel in CLI mode supervising the real
//! ngrok 2.3.41 agent, that agent alone, and the bare `ngrok` crate program (see roles.rs).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use ngrok_sim::Edge;

use crate::child::{Line, Proc, sealed_env};
use crate::roles;

/// A well-formed authtoken (the edge accepts any).
pub const TOKEN: &str = "2prxBENCHtokenAAAAAAAAAAAAA_benchmark";
/// How long any target may take to print its URL.
const URL_WAIT: Duration = Duration::from_secs(30);

/// What is being measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// `prx-tunnel start`, mode = "sdk".
    PrxSdk,
    /// `prx-tunnel start`, mode = "sdk", with the request inspector on (`inspect = true`).
    PrxSdkInspect,
    /// `prx-tunnel start`, mode = "cli", ngrok_path = the real 2.3.41 agent.
    PrxCliV2,
    /// Like `PrxCliV2` with the tee role between prx-tunnel and the agent (URL delay runs).
    PrxCliV2Tee,
    /// `ngrok http PORT` (2.3.41), same tunnel settings as prx-tunnel gives it.
    NgrokV2,
    /// The bare `ngrok` crate program (plus TCP_NODELAY: the floor).
    BareCrate,
    /// The bare `ngrok` crate program with the crate's default connector (Nagle on).
    BareCrateDefault,
}

impl Target {
    /// The key in results.json.
    pub fn key(self) -> &'static str {
        match self {
            Target::PrxSdk => "prx_sdk",
            Target::PrxSdkInspect => "prx_sdk_inspect_on",
            Target::PrxCliV2 | Target::PrxCliV2Tee => "prx_cli_v2",
            Target::NgrokV2 => "ngrok_v2",
            Target::BareCrate => "bare_crate",
            Target::BareCrateDefault => "bare_crate_defaults",
        }
    }
}

/// How far the agent is from the edge (the simulator's `distance` on its agent link).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rtt {
    /// Loopback: a round trip costs microseconds.
    Zero,
    /// 40 ms round trip (the edge started with `--latency 20ms`).
    Forty,
}

impl Rtt {
    /// The suffix of the results keys measured at this distance (`""` or `"_rtt40"`).
    pub fn suffix(self) -> &'static str {
        match self {
            Rtt::Zero => "",
            Rtt::Forty => "_rtt40",
        }
    }
}

/// Everything the targets share.
pub struct World {
    /// The simulator, agents on loopback.
    pub edge: Edge,
    /// A second simulator whose agent link has a 40 ms round trip (same runtime, same plan).
    pub far: Edge,
    /// The local service.
    pub upstream: SocketAddr,
    /// The release prx-tunnel binary.
    pub prx: PathBuf,
    /// The real ngrok 2.3.41 agent.
    pub v2: PathBuf,
    /// This benchmark binary (for its roles).
    pub me: PathBuf,
    /// Scratch space: one directory per launch.
    pub dir: tempfile::TempDir,
}

/// A started target whose URL is known.
pub struct Running {
    /// The process.
    pub proc: Proc,
    /// Its public URL.
    pub url: String,
    /// The URL's host (the `Host` visitors send).
    pub host: String,
    /// When the process was started.
    pub started: Instant,
    /// The stdout line carrying the URL.
    pub url_line: Line,
    /// The launch's directory.
    pub root: PathBuf,
}

impl World {
    /// The edge at distance `at`.
    pub fn edge(&self, at: Rtt) -> &Edge {
        match at {
            Rtt::Zero => &self.edge,
            Rtt::Forty => &self.far,
        }
    }

    /// Starts `target` against the edge at `at` (launch number `n`, for its directory) and
    /// waits for its URL.
    pub fn launch(&self, target: Target, at: Rtt, n: usize) -> anyhow::Result<Running> {
        let root = self.dir.path().join(format!("{target:?}{}-{n}", at.suffix()));
        let edge = self.edge(at);
        std::fs::create_dir_all(&root)?;
        let mut env = sealed_env(&root);
        let port = self.upstream.port();
        let (program, args): (PathBuf, Vec<String>) = match target {
            Target::PrxSdk | Target::PrxSdkInspect | Target::PrxCliV2 | Target::PrxCliV2Tee => {
                let cfg = self.prx_config(&root, target, edge)?;
                (self.prx.clone(), vec!["--config".into(), cfg.display().to_string(), "start".into()])
            }
            Target::NgrokV2 => {
                let cfg = ngrok_sim::agent_v2::v2_agent_config(edge, &root, TOKEN)?;
                let args = format!(
                    "http {port} --config {} --log stdout --log-format json --inspect=false --bind-tls=true",
                    cfg.display()
                );
                (self.v2.clone(), args.split(' ').map(str::to_owned).collect())
            }
            Target::BareCrate | Target::BareCrateDefault => {
                let role = if target == Target::BareCrate { "bare" } else { "bare-default" };
                env.push((roles::ROLE.into(), role.into()));
                let ca = edge.ca_cert_path().display().to_string();
                let args = vec![edge.agent_addr().to_string(), ca, TOKEN.into(), format!("http://{}", self.upstream)];
                (self.me.clone(), args)
            }
        };
        if target == Target::PrxCliV2Tee {
            env.push((roles::ROLE.into(), "tee".into()));
            env.push((roles::TEE_AGENT.into(), self.v2.display().to_string()));
            env.push((roles::TEE_LOG.into(), root.join("tee.log").display().to_string()));
        }
        let (mut proc, started) = Proc::spawn(&format!("{target:?}"), &program, &args, &root, &env)?;
        let (url, url_line) = proc.wait_line(URL_WAIT, |line| url_in(target, line))?;
        let host = url.split("://").nth(1).unwrap_or_default().split(['/', ':']).next().unwrap_or_default().to_owned();
        Ok(Running { proc, url, host, started, url_line, root })
    }

    /// A prx-tunnel config for the edge and the local service (and, in CLI mode, a user
    /// agent config giving the agent an ephemeral web port, as the bare agent gets).
    fn prx_config(&self, root: &Path, target: Target, edge: &Edge) -> anyhow::Result<PathBuf> {
        let mode = match target {
            Target::PrxSdk => "mode = \"sdk\"\ninspect = false\n".to_owned(),
            Target::PrxSdkInspect => "mode = \"sdk\"\ninspect = true\nweb_addr = \"127.0.0.1:0\"\n".to_owned(),
            Target::PrxCliV2Tee => {
                format!("mode = \"cli\"\nngrok_path = {:?}\ninspect = false\n", self.me.display().to_string())
            }
            _ => format!("mode = \"cli\"\nngrok_path = {:?}\ninspect = false\n", self.v2.display().to_string()),
        };
        let text = format!(
            "[tunnel]\nbackend = \"ngrok\"\nlocal_addr = \"{}\"\n\n[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\nserver_addr = \"{}\"\nca_cert = {:?}\n{mode}",
            self.upstream,
            edge.agent_addr(),
            edge.ca_cert_path().display().to_string(),
        );
        let path = root.join("prx.toml");
        std::fs::write(&path, text).with_context(|| format!("could not write {}", path.display()))?;
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
        let agent_cfg = root.join("home/.ngrok2/ngrok.yml");
        std::fs::create_dir_all(agent_cfg.parent().expect("has a parent"))?;
        std::fs::write(&agent_cfg, "web_addr: 127.0.0.1:0\n")?;
        Ok(path)
    }
}

/// The URL in a stdout line of `target`, if the line carries it.
fn url_in(target: Target, line: &str) -> Option<String> {
    match target {
        Target::NgrokV2 => {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            (v["msg"] == "started tunnel").then(|| v["url"].as_str().map(str::to_owned)).flatten()
        }
        _ => (line.starts_with("https://") || line.starts_with("http://")).then(|| line.trim().to_owned()),
    }
}
