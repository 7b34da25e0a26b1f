//! The local edge as users meet it: the README's run command, `prx-tunnel edge` with `start` in
//! another process, `--edge local` detached and under SIGHUP, and its policies — every URL
//! fetched with plain curl (no --connect-to, no resolver flags: `*.localhost` is loopback).

use std::path::{Path, PathBuf};
use std::time::Duration;

use nix::sys::signal::Signal;

use super::support::{Cmd, Sealed};
use super::upstream::{HELLO, Upstream};
use super::world::{PASSWORD, URL_WAIT};

/// What curl got: its own exit code, the HTTP status (0 when there was no answer) and the body.
#[derive(Debug)]
pub struct Fetched {
    /// curl's exit code (7: could not connect).
    pub curl_code: Option<i32>,
    /// The HTTP status.
    pub status: u16,
    /// The body.
    pub body: String,
}

/// The curl binary: an ordinary HTTP client as users have it.
pub fn curl_path() -> PathBuf {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|d| d.join("curl"))
        .find(|p| p.is_file())
        .expect("curl is needed by the local-edge tests (Debian: apt-get install curl)")
}

/// `curl -sS [extra] URL` with an empty environment (no proxy variables), like a user's curl.
pub async fn curl(url: &str, extra: &[&str]) -> Fetched {
    let out = tokio::process::Command::new(curl_path())
        .env_clear()
        .args(["-sS", "--max-time", "10", "-w", "\n%{http_code}"])
        .args(extra)
        .arg(url)
        .output()
        .await
        .expect("run curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap_or(("", text.as_str()));
    Fetched { curl_code: out.status.code(), status: status.trim().parse().unwrap_or(0), body: body.to_owned() }
}

/// The README's line that starts with `prefix` (inside a code block).
pub fn readme_line(prefix: &str) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    readme
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("README has no line starting with {prefix:?}"))
        .to_owned()
}

/// `sh -c LINE` in `env`, with the binary under test first on PATH as `prx-tunnel` and the
/// README's port 8080 replaced by `port` (tests bind port 0).
pub fn shell(env: &Sealed, line: &str, port: u16) -> Cmd {
    let bin_dir = Path::new(super::support::BIN).parent().unwrap().display().to_string();
    let path = format!("{bin_dir}:{}", std::env::var("PATH").unwrap_or_default());
    let line = line.replace("8080", &port.to_string());
    env.cmd().program("sh").args(["-c", line.as_str()]).env("PATH", path)
}

/// Asserts the state dir holds no file of tunnel `name` (no state, lock or log left behind).
pub fn no_state_left(env: &Sealed, name: &str) {
    let left: Vec<String> = std::fs::read_dir(env.state_dir())
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    let mine: Vec<&String> =
        left.iter().filter(|f| f.starts_with(&format!("{name}.")) && !f.ends_with(".log")).collect();
    assert!(mine.is_empty(), "state of {name} left behind: {mine:?}");
}

#[tokio::test]
async fn readme_run_command_needs_no_account_and_serves_plain_curl() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let line = readme_line("cargo run --release -- start --edge local");
    let literal = line.replacen("cargo run --release --", "exec prx-tunnel", 1);
    let mut run = shell(&env, &literal, up.addr.port()).spawn();
    let url = run.line(URL_WAIT).await;
    assert!(url.starts_with("http://") && url.contains(".localhost:"), "not a local URL: {url}");
    let got = curl(&url, &[]).await;
    assert_eq!((got.status, got.body.as_str()), (200, HELLO), "{got:?}");
    assert!(run.stderr().contains("works on this machine only"), "the output says the URL is local:\n{}", run.stderr());
    run.signal(Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    assert_eq!(curl(&url, &[]).await.curl_code, Some(7), "the edge is gone with the tunnel");
    no_state_left(&env, "default");
}

#[tokio::test]
async fn edge_command_and_start_in_two_processes() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let token = "ci-token-0123456789abcdef";
    let mut edge = env.cmd().args(["edge", "--json", "--authtoken", token, "--session-limit", "1"]).spawn();
    let ready: serde_json::Value = serde_json::from_str(&edge.line(URL_WAIT).await).expect("one JSON object");
    let snippet = ready["snippet"].as_str().unwrap();
    assert!(snippet.starts_with("[tunnel.ngrok]\nserver_addr = ") && snippet.contains("ca_cert = "), "{snippet}");
    assert!(std::path::Path::new(ready["ca_cert"].as_str().unwrap()).is_file());
    let cfg = env.write("edge.toml", format!("[tunnel]\nlocal_addr = \"{}\"\n\n{snippet}inspect = false\n", up.addr));
    let start = |name: &str| {
        env.cmd().args(["--config", cfg.to_str().unwrap(), "start", "--name", name]).env("NGROK_AUTHTOKEN", token)
    };
    let mut tunnel = start("one").spawn();
    let url = tunnel.line(URL_WAIT).await;
    let http_port = ready["http_addr"].as_str().unwrap().rsplit_once(':').unwrap().1;
    assert!(url.ends_with(&format!(".localhost:{http_port}")), "{url} is on the edge's HTTP listener");
    let got = curl(&url, &[]).await;
    assert_eq!((got.status, got.body.as_str()), (200, HELLO), "{got:?}");
    start("two").run().await.code(1).stderr_has("ERR_NGROK_108");
    env.cmd().args(["edge", "--authtoken", "short"]).run().await.code(2).stderr_has("--authtoken");

    tunnel.signal(Signal::SIGINT);
    assert_eq!(tunnel.wait(Duration::from_secs(10)).await, Some(0));
    edge.signal(Signal::SIGTERM);
    assert_eq!(edge.wait(Duration::from_secs(10)).await, Some(0));
    assert!(!std::path::Path::new(ready["ca_cert"].as_str().unwrap()).exists(), "the CA goes with the edge");
}

#[tokio::test]
async fn detached_local_tunnel_status_url_json_and_stop() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let port = up.addr.port().to_string();
    let out =
        env.cmd().args(["start", "--edge", "local", "--port", &port, "--detach", "-n", "web"]).run().await.success();
    let url = out.stdout.trim().to_owned();
    assert!(out.stderr.contains("works on this machine only"), "{}", out.stderr);
    assert_eq!(curl(&url, &[]).await.body, HELLO, "serves after start returned");
    let status = env.cmd().args(["status", "--json", "-n", "web"]).run().await.success();
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!((v["public_url"].as_str(), v["edge"].as_str()), (Some(url.as_str()), Some("local")));
    env.cmd().args(["status", "-n", "web"]).run().await.success().stdout_has("this machine only");
    assert_eq!(env.cmd().args(["url", "-n", "web"]).run().await.success().stdout.trim(), url);
    env.cmd().args(["stop", "-n", "web"]).run().await.success();
    assert_eq!(curl(&url, &[]).await.curl_code, Some(7), "no edge left behind");
    env.cmd().args(["status", "-n", "web"]).run().await.code(1);
    no_state_left(&env, "web");
}

#[tokio::test]
async fn basic_auth_and_ip_restrictions_enforced_as_in_the_simulator_tests() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let port = up.addr.port().to_string();
    let credential = format!("me:{PASSWORD}");
    let mut guarded = env
        .cmd()
        .args(["start", "--edge", "local", "-p", &port, "--json", "-n", "auth", "--basic-auth", &credential])
        .env("NGROK_AUTHTOKEN", "2prxNOTsentANYWHEREtokenXXXXXXXX")
        .spawn();
    let v: serde_json::Value = serde_json::from_str(&guarded.line(URL_WAIT).await).unwrap();
    let (url, https, ca) =
        (v["public_url"].as_str().unwrap(), v["https_url"].as_str().unwrap(), v["ca_cert"].as_str().unwrap());
    assert_eq!((v["edge"].as_str(), v["local_only"].as_bool()), (Some("local"), Some(true)));
    let denied = curl(url, &[]).await;
    assert_eq!(denied.status, 401, "{denied:?}");
    assert_eq!(curl(url, &["-u", &credential]).await.body, HELLO);
    let tls = curl(https, &["--cacert", ca, "-u", &credential]).await;
    assert_eq!((tls.status, tls.body.as_str()), (200, HELLO), "the HTTPS form with the CA: {tls:?}");
    assert_eq!(curl(https, &["-u", &credential]).await.curl_code, Some(60), "HTTPS without the CA is refused");

    let mut fenced =
        env.cmd().args(["start", "--edge", "local", "-p", &port, "-n", "ip", "--deny-cidr", "127.0.0.0/8"]).spawn();
    let blocked = curl(&fenced.line(URL_WAIT).await, &[]).await;
    assert_eq!(blocked.status, 403, "{blocked:?}");
    assert!(blocked.body.contains("ERR_NGROK_3205"), "{}", blocked.body);
    for run in [&mut guarded, &mut fenced] {
        run.signal(Signal::SIGTERM);
        assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    }
    assert!(!guarded.stderr().contains(PASSWORD), "the password stays masked");
}

#[tokio::test]
async fn edge_local_in_the_file_with_no_token_anywhere_and_sighup() {
    let env = Sealed::new();
    let up = Upstream::start().await;
    let file =
        |extra: &str| format!("[tunnel]\nlocal_addr = \"{}\"\n[tunnel.ngrok]\nedge = \"local\"\n{extra}", up.addr);
    let cfg = env.write("local.toml", file(&format!("basic_auth = \"me:{PASSWORD}\"\n")));
    let mut run = env.cmd().args(["--config", cfg.to_str().unwrap(), "start"]).spawn();
    let first = run.line(URL_WAIT).await;
    assert_eq!(curl(&first, &[]).await.status, 401);
    std::fs::write(&cfg, file("")).unwrap();
    run.signal(Signal::SIGHUP);
    let second = run.line(URL_WAIT).await;
    let got = curl(&second, &[]).await;
    assert_eq!((got.status, got.body.as_str()), (200, HELLO), "reloaded without basic auth: {got:?}");
    run.signal(Signal::SIGINT);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    assert!(!run.stderr().contains("ERR_NGROK_4018"), "{}", run.stderr());
}
