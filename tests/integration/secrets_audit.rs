//! The secrets audit: every command, in SDK mode and in CLI mode (the v3 stand-in and the real
//! ngrok 2.3.41 agent), at trace level (`-vv`), with a recognisable authtoken, API key,
//! basic-auth password and (but for the 2.x agent, which takes no policy) a webhook secret and a
//! credential inside the user's own Traffic Policy. None of them (nor a telling piece of one, nor the base64 basic-auth
//! header) may appear in stdout, stderr, the state directory (names and contents, including a
//! detached tunnel's log), the command line of prx-tunnel or of its agent, the agent's local
//! API (`/api/tunnels`), the names of the generated agent files, or a panic message — also when the edge rejects the token with an
//! ERR_NGROK_107 message that echoes it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use ngrok_sim::{EdgeOptions, PublicRequest};
use nix::sys::signal::Signal;
use serde_json::Value;

use super::fake_api::FakeApi;
use super::support::{Cmd, Output, eventually};
use super::world::{Mode, PASSWORD, TOKEN, URL_WAIT, World};

/// A recognisable ngrok API key.
const API_KEY: &str = "ak_2AuditAPIkeyNeverShown77xQ";
/// A wrong API key, given on the command line: it must not be echoed by the 401 message.
const WRONG_KEY: &str = "ak_2WrongAuditKey55pLm";
/// A webhook signing secret (`webhook_verification`-style, inside the user's own policy).
const WEBHOOK_SECRET: &str = "whsec_AuditWebhookSecret31337";
/// A basic-auth password inside the user's own policy.
const POLICY_PASSWORD: &str = "policy-AUDIT-password-8";
/// A valid-looking authtoken the rejecting edge accepts (ours is not it).
const OTHER_TOKEN: &str = "2someOTHERvalidTOKENxxxxxxxxxx";

/// What must never show: each secret, a distinctive piece of each (a truncated print is a
/// leak too), and the basic-auth header value.
fn needles() -> Vec<(&'static str, String)> {
    let basic = base64(format!("alice:{PASSWORD}").as_bytes());
    vec![
        ("the authtoken", TOKEN.to_owned()),
        ("a piece of the authtoken", TOKEN[28..].to_owned()),
        ("the basic-auth password", PASSWORD.to_owned()),
        ("a piece of the basic-auth password", PASSWORD[3..16].to_owned()),
        ("the basic-auth header", basic),
        ("the API key", API_KEY.to_owned()),
        ("a piece of the API key", API_KEY[4..20].to_owned()),
        ("the wrong API key", WRONG_KEY.to_owned()),
        ("the webhook secret of a policy", WEBHOOK_SECRET.to_owned()),
        ("a basic-auth password of a policy", POLICY_PASSWORD.to_owned()),
    ]
}

/// Standard base64 (RFC 4648, padded), for the `Authorization: Basic` value.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Asserts `text` (from `what`) holds no secret and no panic message.
fn clean(what: &str, text: &str) {
    for (name, needle) in needles() {
        assert!(!text.contains(&needle), "{name} leaked in {what}:\n{text}");
    }
    assert!(!text.contains("panicked"), "a panic in {what}:\n{text}");
}

/// Asserts a finished command's output is clean; returns it.
fn audited(out: Output, what: &str) -> Output {
    clean(&format!("the stdout of {what}"), &out.stdout);
    clean(&format!("the stderr of {what}"), &out.stderr);
    out
}

/// Walks `dir`: every name, and every file's contents unless `names_only`.
fn tree(dir: &Path, names_only: bool) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        clean("a file name", &path.display().to_string());
        if path.is_dir() {
            tree(&path, names_only);
        } else if !names_only {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap_or_default()).into_owned();
            clean(&format!("the file {}", path.display()), &text);
        }
    }
}

/// The command line of `pid`, as every local user can read it in `ps`.
fn cmdline(pid: i64) -> Vec<String> {
    let raw = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_else(|e| panic!("cmdline of {pid}: {e}"));
    raw.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect()
}

/// One world under audit: the tunnel's config holds the token, password and API key.
struct Audit {
    w: World,
    cfg: PathBuf,
    tmp: PathBuf,
    api: FakeApi,
}

impl Audit {
    /// `with_policy`: the user's own policy too, holding a webhook secret and a credential
    /// (scoped to paths the audit never requests; the 2.x agent refuses any policy).
    async fn new(mode: Mode, opts: EdgeOptions, with_policy: bool) -> Audit {
        let w = World::with(mode, opts).await;
        let policy = if with_policy {
            format!(
                "[[tunnel.ngrok.traffic_policy.on_http_request]]\n\
                 expressions = [\"req.url.path == '/hook'\"]\n\
                 actions = [{{ type = \"verify-webhook\", config = {{ provider = \"github\", secret = \"{WEBHOOK_SECRET}\" }} }}]\n\
                 [[tunnel.ngrok.traffic_policy.on_http_request]]\n\
                 expressions = [\"req.url.path == '/inline'\"]\n\
                 actions = [{{ type = \"basic-auth\", config = {{ credentials = [\"carol:{POLICY_PASSWORD}\"] }} }}]\n"
            )
        } else {
            String::new()
        };
        let cfg = w.config(&format!("basic_auth = [\"alice:{PASSWORD}\"]\napi_key = \"{API_KEY}\"\n{policy}"));
        let tmp = w.env.root().join("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        let api = FakeApi::start(API_KEY).await;
        Audit { w, cfg, tmp, api }
    }

    /// `prx-tunnel -vv --config CFG ARGS`, temporary files (the generated agent config) kept
    /// in the sealed environment so that their names can be audited.
    fn cmd(&self, args: &[&str]) -> Cmd {
        self.w.cmd(&self.cfg).env("TMPDIR", self.tmp.display().to_string()).args(["-vv"]).args(args)
    }

    async fn run(&self, args: &[&str], code: i32) -> Output {
        audited(self.cmd(args).run().await.code(code), &args.join(" "))
    }

    async fn status(&self, name: &str) -> Value {
        let out = self.run(&["status", "--name", name, "--json"], 0).await;
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("status --json: {e}\n{}", out.stdout))
    }

    /// A running tunnel: the URL serves with basic auth; status and url show no secret; the
    /// command lines of prx-tunnel and of its agent, and the generated files' names, hold none.
    async fn running(&self, name: &str, url: &str) {
        let alice = PublicRequest { basic_auth: Some(("alice".into(), PASSWORD.into())), ..Default::default() };
        assert_eq!(self.w.get(url, alice).await.status, 200);
        assert_eq!(self.w.get(url, PublicRequest::default()).await.status, 401);
        self.run(&["status", "--name", name], 0).await;
        self.run(&["status", "--all", "--json"], 0).await;
        assert_eq!(self.run(&["url", "--name", name], 0).await.stdout.trim(), url);
        let st = eventually(Duration::from_secs(10), "status with the agent's pid", || async {
            let st = self.status(name).await;
            (matches!(self.w.mode, Mode::Sdk) || st["agent"]["pid"].is_i64()).then_some(st)
        })
        .await;
        if let Some(web) = st["agent"]["web_addr"].as_str() {
            // The agent's local API answers every local user.
            let api = reqwest::get(format!("http://{web}/api/tunnels")).await.expect("the agent's API");
            clean("the agent's /api/tunnels", &api.text().await.unwrap());
        }
        let mut pids = vec![st["pid"].as_i64().expect("pid")];
        pids.extend(st["agent"]["pid"].as_i64());
        for pid in pids {
            clean(&format!("the command line of {pid}"), &cmdline(pid).join(" "));
        }
        tree(&self.tmp, true);
        tree(&self.w.env.state_dir(), false);
    }

    /// Every Event Streams command, with the API key from the config file; a wrong key from
    /// the command line is refused without being echoed.
    async fn event_streams(&self) {
        let es =
            |args: &[&str]| self.cmd(&["es"]).env("NGROK_API_URL", self.api.url()).args(args.iter().copied()).run();
        let created = es(&["create", "--event-type", "http_request_complete", "--destination-id", "ed_1", "--json"])
            .await
            .success();
        let created = audited(created, "es create");
        let id = serde_json::from_str::<Value>(&created.stdout).unwrap()["id"].as_str().unwrap().to_owned();
        audited(es(&["list"]).await.success(), "es list");
        audited(es(&["get", &id]).await.success(), "es get");
        audited(es(&["update", &id, "--sampling-rate", "0.5"]).await.success(), "es update");
        audited(es(&["delete", &id]).await.success(), "es delete");
        let refused = audited(es(&["list", "--api-key", WRONG_KEY]).await.code(1), "es list with a wrong key");
        assert!(refused.stderr.contains("--api-key"), "the 401 names the credential:\n{}", refused.stderr);
    }
}

/// Every command of `mode`, audited.
async fn every_command(mode: Mode, with_policy: bool) {
    let a = Audit::new(mode, EdgeOptions::default(), with_policy).await;
    a.run(&["check"], 0).await;
    a.run(&["start", "--dry-run"], 0).await;

    let mut fg = a.cmd(&["start", "--name", "fg"]).spawn();
    let url = fg.line(URL_WAIT).await;
    a.running("fg", &url).await;
    fg.signal(Signal::SIGTERM);
    assert_eq!(fg.wait(Duration::from_secs(10)).await, Some(0), "{}", fg.stderr());
    clean("the stdout of start", &fg.stdout());
    clean("the stderr of start", &fg.stderr());
    assert!(fg.stderr().contains("TRACE"), "ran at trace level:\n{}", fg.stderr());

    let bg = a.run(&["start", "--detach", "--name", "bg"], 0).await;
    a.running("bg", bg.stdout.trim()).await;
    a.run(&["stop", "--name", "bg"], 0).await;
    let log = std::fs::read_to_string(a.w.env.state_dir().join("bg.log")).unwrap_or_default();
    assert!(log.contains("TRACE"), "the detached tunnel logged at trace level into its log file:\n{log}");
    tree(&a.w.env.state_dir(), false);

    a.event_streams().await;
    a.run(&["completions", "bash"], 0).await;
    a.run(&["man"], 0).await;
    tree(&a.tmp, true);
    tree(&a.w.env.state_dir(), false);
}

/// The edge rejects the token with ERR_NGROK_107, whose message echoes it: exit 3, masked, in
/// the foreground and in a detached tunnel's log.
async fn rejected_token(mode: Mode, with_policy: bool) {
    let opts = EdgeOptions { authtokens: Some(vec![OTHER_TOKEN.into()]), ..Default::default() };
    let a = Audit::new(mode, opts, with_policy).await;
    let out = a.run(&["start", "--name", "fg"], 3).await;
    assert!(out.stderr.contains("ERR_NGROK_107"), "{}", out.stderr);
    let out = a.run(&["start", "--detach", "--name", "bg"], 3).await;
    assert!(out.stderr.contains("ERR_NGROK_107"), "{}", out.stderr);
    tree(&a.w.env.state_dir(), false);
    tree(&a.tmp, true);
}

/// The real ngrok 2.3.41 agent.
fn real_v2() -> Mode {
    Mode::Cli(
        ngrok_sim::agent_v2::ensure_ngrok_v2().expect("the real ngrok 2.3.41 agent (see crates/ngrok-sim: agent_v2)"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sdk_every_command() {
    every_command(Mode::Sdk, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_v3_every_command() {
    every_command(Mode::standin(), true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_real_2_3_41_every_command() {
    every_command(real_v2(), false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sdk_rejected_token() {
    rejected_token(Mode::Sdk, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_v3_rejected_token() {
    rejected_token(Mode::standin(), true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_real_2_3_41_rejected_token() {
    rejected_token(real_v2(), false).await;
}

#[test]
fn base64_matches_rfc_4648() {
    let cases = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")];
    for (plain, encoded) in cases {
        assert_eq!(base64(plain.as_bytes()), encoded);
    }
}
