//! CLI mode end to end: prx-tunnel supervising the v3 agent stand-in (built next to the binary
//! under test) and the real ngrok 2.3.41 agent, through the edge simulator. The shared
//! contract first, then what only an agent supervisor can get wrong: secrets on the command
//! line, the generated file, the user's config, port 4040, crashes, orphans, failures.

mod failures;
mod real_v2;

use std::path::{Path, PathBuf};
use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;
use serde_json::Value;

use crate::contract;
use crate::support::eventually;
use crate::world::{Mode, PASSWORD, TOKEN, World, alive, set_mode};

#[tokio::test]
async fn serves_and_identifies() {
    contract::serves_and_identifies(Mode::standin()).await;
}

#[tokio::test]
async fn basic_auth_enforced() {
    contract::basic_auth_enforced(Mode::standin()).await;
}

#[tokio::test]
async fn ip_restrictions_enforced() {
    contract::ip_restrictions_enforced(Mode::standin()).await;
}

#[tokio::test]
async fn compression_enforced() {
    contract::compression_enforced(Mode::standin()).await;
}

#[tokio::test]
async fn circuit_breaker_enforced() {
    contract::circuit_breaker_enforced(Mode::standin()).await;
}

#[tokio::test]
async fn secrets_stay_hidden() {
    contract::secrets_stay_hidden(Mode::standin()).await;
}

/// `status --name NAME --json`, whatever its exit code.
async fn status(w: &World, cfg: &Path, name: &str) -> Value {
    let out = w.cmd(cfg).args(["status", "--name", name, "--json"]).run().await;
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("status --json: {e}\n{}\n{}", out.stdout, out.stderr))
}

/// The supervised agent's pid, from `status`.
pub(super) async fn agent_pid(w: &World, cfg: &Path, name: &str) -> i32 {
    eventually(Duration::from_secs(10), "the agent pid in status", || async {
        status(w, cfg, name).await["agent"]["pid"].as_i64().map(|p| p as i32)
    })
    .await
}

/// The agent's command line, as every local user can read it.
pub(super) fn cmdline(pid: i32) -> Vec<String> {
    let raw = std::fs::read(format!("/proc/{pid}/cmdline")).expect("cmdline");
    raw.split(|b| *b == 0).filter(|a| !a.is_empty()).map(|a| String::from_utf8_lossy(a).into_owned()).collect()
}

/// SIGTERM, then a clean exit within 10 s.
pub(super) async fn stop(run: &mut crate::support::Running) {
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "clean exit on SIGTERM:\n{}", run.stderr());
}

#[tokio::test]
async fn no_secret_on_the_agent_command_line_and_the_generated_file_is_private_and_removed() {
    let w = World::new(Mode::standin()).await;
    let user_cfg =
        w.env.write("config/ngrok/ngrok.yml", "# my own agent settings\nversion: \"2\"\nconsole_ui: false\n");
    let before = (std::fs::read(&user_cfg).unwrap(), std::fs::metadata(&user_cfg).unwrap().modified().unwrap());
    let cfg = w.config(&format!("basic_auth = \"alice:{PASSWORD}\"\nmetadata = \"cli-meta\"\n"));
    let (mut run, url) = w.start(&cfg, &["--name", "private"]).await;
    let pid = agent_pid(&w, &cfg, "private").await;
    let args = cmdline(pid);
    let joined = args.join(" ");
    assert!(!joined.contains(TOKEN) && !joined.contains(PASSWORD), "secret on the command line: {joined}");
    let config_values: Vec<&str> = args.windows(2).filter(|p| p[0] == "--config").map(|p| p[1].as_str()).collect();
    assert_eq!(config_values.len(), 2, "user config then generated config: {joined}");
    assert_eq!(Path::new(config_values[0]), user_cfg, "the user's own config comes first");
    let generated = PathBuf::from(config_values[1]);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&generated).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(generated.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
    assert!(joined.contains("--log stdout --log-format json"), "{joined}");
    assert_eq!(
        w.get(&url, PublicRequest { basic_auth: Some(("alice".into(), PASSWORD.into())), ..Default::default() })
            .await
            .status,
        200
    );
    stop(&mut run).await;
    assert!(!generated.exists() && !generated.parent().unwrap().exists(), "{} left behind", generated.display());
    assert!(!alive(pid), "agent {pid} survived the stop");
    let after = (std::fs::read(&user_cfg).unwrap(), std::fs::metadata(&user_cfg).unwrap().modified().unwrap());
    assert_eq!(before, after, "the user's agent config was modified");
}

#[tokio::test]
async fn dry_run_shows_the_exact_command_and_file_masked() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config(&format!("basic_auth = \"alice:{PASSWORD}\"\n"));
    let out = w.cmd(&cfg).args(["start", "--dry-run"]).run().await.success().hides(TOKEN).hides(PASSWORD);
    for needle in [
        "NGROK_AUTHTOKEN=********",
        "start prx-tunnel --config",
        "--log-format json",
        "alice:********",
        "version: 3",
        "endpoints:",
        "update_check: false",
    ] {
        assert!(out.stdout.contains(needle), "{needle:?} missing:\n{}", out.stdout);
    }
    let (no_agent, empty_path) = without_agent(&w, &cfg);
    let out = w.cmd(&no_agent).env("PATH", &empty_path).args(["check"]).run().await.code(2);
    assert!(out.stderr.contains("start would fail because"), "{}", out.stderr);
    assert!(out.stdout.contains("NOT FOUND") && out.stdout.contains("https://ngrok.com/download"), "{}", out.stdout);
}

/// A copy of `cfg` without `ngrok_path`, and a PATH on which there is no agent.
fn without_agent(w: &World, cfg: &Path) -> (PathBuf, String) {
    let text = std::fs::read_to_string(cfg).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("ngrok_path")).collect();
    let path = w.env.write("no-agent.toml", kept.join("\n"));
    set_mode(&path, 0o600);
    let empty = w.env.root().join("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    (path, empty.display().to_string())
}

#[tokio::test]
async fn port_4040_held_by_another_listener_still_gives_the_right_url_and_web_address() {
    let _held = std::net::TcpListener::bind("127.0.0.1:4040");
    let w = World::new(Mode::standin()).await;
    let cfg = w.config("");
    let text = std::fs::read_to_string(&cfg).unwrap().replace("inspect = false", "inspect = true");
    std::fs::write(&cfg, text).unwrap();
    let (mut run, url) = w.start(&cfg, &["--name", "web4040"]).await;
    let st = eventually(Duration::from_secs(10), "the web address in status", || async {
        let st = status(&w, &cfg, "web4040").await;
        st["agent"]["web_addr"].is_string().then_some(st)
    })
    .await;
    let web = st["agent"]["web_addr"].as_str().unwrap().to_owned();
    assert_ne!(web, "127.0.0.1:4040", "4040 is held by someone else");
    assert_eq!(st["inspect_addr"].as_str(), Some(web.as_str()), "inspect on: the inspector address is shown");
    let api: Value = reqwest::get(format!("http://{web}/api/tunnels")).await.unwrap().json().await.unwrap();
    let urls: Vec<&str> = api["tunnels"].as_array().unwrap().iter().filter_map(|t| t["public_url"].as_str()).collect();
    assert_eq!(urls, vec![url.as_str()], "the web address is our own agent's");
    assert_eq!(w.get(&url, PublicRequest::default()).await.status, 200);
    stop(&mut run).await;
}

/// The real ngrok 2.3.41 agent (fetched once by the simulator's helper), or None when it
/// cannot be had here; the tests using it say so loudly rather than pass silently.
pub fn real_v2() -> PathBuf {
    ngrok_sim::agent_v2::ensure_ngrok_v2().expect("the real ngrok 2.3.41 agent (see crates/ngrok-sim: agent_v2)")
}
