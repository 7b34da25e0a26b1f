//! Several endpoints in one session (`[tunnel.ngrok.endpoints.NAME]`) through the real binary
//! and the edge: one session, one `NAME URL` line each, each endpoint serving what it should.

use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::support::{Running, eventually};
use super::upstream::HELLO;
use super::world::{Mode, PASSWORD, TOKEN, URL_WAIT, World};

/// `default`: https with basic auth; `api`: https with a policy (and no basic auth); `ssh`: tcp.
pub fn three_endpoints() -> String {
    format!(
        "basic_auth = \"alice:{PASSWORD}\"\n\
         [tunnel.ngrok.endpoints.api]\n\
         basic_auth = []\n\
         traffic_policy = {{ on_http_request = [{{ actions = [{{ type = \"custom-response\", config = {{ status_code = 418, body = \"policy says teapot\" }} }}] }}] }}\n\
         [tunnel.ngrok.endpoints.ssh]\n\
         url = \"tcp://\"\n"
    )
}

/// Reads `n` lines `NAME URL` from a starting tunnel, as (name, url) in the order printed.
pub async fn endpoint_lines(run: &mut Running, n: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for _ in 0..n {
        let line = run.line(URL_WAIT).await;
        let (name, url) = line.split_once(' ').unwrap_or_else(|| panic!("not a NAME URL line: {line:?}"));
        out.push((name.to_owned(), url.to_owned()));
    }
    out.sort();
    out
}

fn url_of<'a>(lines: &'a [(String, String)], name: &str) -> &'a str {
    &lines.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no endpoint {name} in {lines:?}")).1
}

/// Each of the three endpoints serves what it should.
pub async fn each_serves_its_own(w: &World, lines: &[(String, String)]) {
    let default = url_of(lines, "default");
    assert_eq!(w.get(default, PublicRequest::default()).await.status, 401, "basic auth on default");
    let creds = PublicRequest { basic_auth: Some(("alice".into(), PASSWORD.into())), ..Default::default() };
    assert_eq!(w.get(default, creds).await.text(), HELLO);
    let api = w.get(url_of(lines, "api"), PublicRequest::default()).await;
    assert_eq!(
        (api.status, api.text()),
        (418, "policy says teapot".to_owned()),
        "the api endpoint's own policy, no basic auth"
    );
    let ssh = url_of(lines, "ssh");
    assert!(ssh.starts_with("tcp://"), "{ssh}");
    let mut conn = w.edge.tcp_connect(ssh).await.unwrap();
    conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut buf = Vec::new();
    conn.read_to_end(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf).ends_with(HELLO), "raw tcp through the ssh endpoint");
}

async fn three_endpoints_in_one_session(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config(&three_endpoints());
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let lines = endpoint_lines(&mut run, 3).await;
    assert_eq!(lines.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["api", "default", "ssh"]);
    let sessions = w.edge.sessions();
    assert_eq!(sessions.len(), 1, "one session for every endpoint: {sessions:?}");
    assert_eq!(sessions[0].urls.len(), 3, "{sessions:?}");
    each_serves_its_own(&w, &lines).await;

    let status = w.status_json(&cfg, "default").await;
    let listed: Vec<(String, String)> = status["endpoints"]
        .as_array()
        .unwrap_or_else(|| panic!("no endpoints in status: {status}"))
        .iter()
        .map(|e| (e["name"].as_str().unwrap().to_owned(), e["public_url"].as_str().unwrap().to_owned()))
        .collect();
    let mut listed_sorted = listed.clone();
    listed_sorted.sort();
    assert_eq!(listed_sorted, lines, "status --json lists every endpoint");
    let out = w.cmd(&cfg).args(["url", "--endpoint", "api"]).run().await.success();
    assert_eq!(out.stdout.trim(), url_of(&lines, "api"));
    let out = w.cmd(&cfg).args(["url"]).run().await.success();
    assert_eq!(out.stdout.lines().count(), 3, "url alone: one NAME URL line each:\n{}", out.stdout);
    assert!(out.stdout.contains(&format!("ssh {}", url_of(&lines, "ssh"))), "{}", out.stdout);
    w.cmd(&cfg).args(["url", "--endpoint", "apj"]).run().await.code(2).stderr_has("did you mean \"api\"");

    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    assert!(run.stderr().matches(TOKEN).next().is_none());
}

#[tokio::test]
async fn sdk_three_endpoints_in_one_session() {
    three_endpoints_in_one_session(Mode::Sdk).await;
}

#[tokio::test]
async fn only_opens_a_subset_and_json_names_each_endpoint() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&three_endpoints());
    let mut run = w.cmd(&cfg).args(["start", "--only", "api,ssh", "--json"]).spawn();
    let mut seen = Vec::new();
    for _ in 0..2 {
        let obj: serde_json::Value = serde_json::from_str(&run.line(URL_WAIT).await).unwrap();
        seen.push(obj["endpoint"].as_str().unwrap().to_owned());
        assert!(obj["public_url"].as_str().is_some(), "{obj}");
    }
    seen.sort();
    assert_eq!(seen, ["api", "ssh"]);
    assert_eq!(w.edge.sessions()[0].urls.len(), 2);
    run.signal(Signal::SIGTERM);
    run.wait(Duration::from_secs(10)).await;
    let out = w.cmd(&cfg).args(["start", "--only", "apu"]).run().await.code(2);
    assert!(out.stderr.contains("--only: the config has no endpoint \"apu\"; did you mean \"api\"?"), "{}", out.stderr);
}

#[tokio::test]
async fn cli_three_endpoints_in_one_agent_session() {
    three_endpoints_in_one_session(Mode::standin()).await;
}

/// The generated config: one `endpoints:` entry each for the current agent, one `tunnels:`
/// entry each for 3.15, started by name.
#[tokio::test]
async fn cli_generated_config_per_agent_version() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config(&three_endpoints());
    for (version, form, other) in [("3.39.10", "endpoints:", "tunnels:"), ("3.15.0", "tunnels:", "endpoints:")] {
        let out = w.cmd(&cfg).env("NGROK_STANDIN_VERSION", version).args(["start", "--dry-run"]).run().await.success();
        let text = &out.stdout;
        assert!(text.contains(form) && !text.contains(other), "{version}:\n{text}");
        assert!(
            text.contains("start prx-tunnel prx-tunnel-api prx-tunnel-ssh --config"),
            "{version}: by name:\n{text}"
        );
        for name in ["prx-tunnel-api", "prx-tunnel-ssh"] {
            assert!(text.contains(name), "{version}: {name}:\n{text}");
        }
    }
    let mut run = w.cmd(&cfg).env("NGROK_STANDIN_VERSION", "3.15.0").args(["start"]).spawn();
    let lines = endpoint_lines(&mut run, 3).await;
    assert_eq!(w.edge.sessions().len(), 1);
    each_serves_its_own(&w, &lines).await;
    run.signal(Signal::SIGTERM);
    run.wait(Duration::from_secs(10)).await;
}

#[tokio::test]
async fn exec_gets_one_variable_per_endpoint() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&three_endpoints());
    let script = "echo \"$PRX_TUNNEL_URL_DEFAULT $PRX_TUNNEL_URL_API $PRX_TUNNEL_URL_SSH ${PRX_TUNNEL_URL-unset}\"";
    let out = w.cmd(&cfg).args(["exec", "-n", "job", "--", "sh", "-c", script]).run().await.success();
    let words: Vec<&str> = out.stdout.split_whitespace().collect();
    assert_eq!(words.len(), 4, "{}", out.stdout);
    assert!(words[0].starts_with("https://") && words[1].starts_with("https://") && words[0] != words[1], "{words:?}");
    assert!(words[2].starts_with("tcp://"), "{words:?}");
    assert_eq!(words[3], "unset", "PRX_TUNNEL_URL only with exactly one endpoint");
}

/// SIGHUP with `ssh` removed and `hooks` added: `hooks` gets a line, `ssh` goes offline, the
/// others keep their session, their URL and their service.
#[tokio::test]
async fn sighup_adds_and_removes_endpoints_on_the_live_session() {
    sighup_adds_and_removes(Mode::Sdk).await;
}

/// CLI mode: the same through the agent's local API (`POST`/`DELETE /api/tunnels`).
#[tokio::test]
async fn cli_sighup_adds_and_removes_endpoints_on_the_running_agent() {
    sighup_adds_and_removes(Mode::standin()).await;
}

async fn sighup_adds_and_removes(mode: Mode) {
    let w = World::new(mode).await;
    let cfg = w.config(&three_endpoints());
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let lines = endpoint_lines(&mut run, 3).await;
    let session = w.edge.sessions()[0].id.clone();
    let changed = three_endpoints()
        .replace("[tunnel.ngrok.endpoints.ssh]\nurl = \"tcp://\"\n", "[tunnel.ngrok.endpoints.hooks]\n");
    w.config(&changed);
    run.signal(Signal::SIGHUP);
    let line = run.line(URL_WAIT).await;
    let hooks =
        line.strip_prefix("hooks ").unwrap_or_else(|| panic!("not the new endpoint's line: {line:?}")).to_owned();
    assert_eq!(w.get(&hooks, PublicRequest::default()).await.status, 401, "inherits basic_auth from [tunnel.ngrok]");
    eventually(Duration::from_secs(10), "the removed endpoint to go offline", || async {
        (!w.edge.sessions()[0].urls.contains(&url_of(&lines, "ssh").to_owned())).then_some(())
    })
    .await;
    let sessions = w.edge.sessions();
    assert_eq!((sessions.len(), sessions[0].id.as_str()), (1, session.as_str()), "the same session");
    for name in ["default", "api"] {
        assert!(sessions[0].urls.contains(&url_of(&lines, name).to_owned()), "{name} kept its URL: {sessions:?}");
    }
    assert_eq!(w.get(url_of(&lines, "api"), PublicRequest::default()).await.status, 418, "api still serves");
    let out = w.cmd(&cfg).args(["url"]).run().await.success();
    let names: Vec<&str> = out.stdout.lines().filter_map(|l| l.split(' ').next()).collect();
    assert_eq!(names, ["default", "api", "hooks"], "{}", out.stdout);
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}

/// The real 2.3.41 agent has `tunnels:`: several endpoints work where it can express them (one
/// session, one tunnel each), and an endpoint it cannot express is refused naming it.
#[tokio::test]
async fn real_2_3_41_runs_several_endpoints_and_refuses_what_it_cannot_express() {
    let w = World::new(Mode::Cli(super::cli_mode::real_v2())).await;
    let works = format!(
        "basic_auth = \"alice:{PASSWORD}\"\n[tunnel.ngrok.endpoints.web]\nbasic_auth = []\n[tunnel.ngrok.endpoints.ssh]\nurl = \"tcp://\"\n"
    );
    let cfg = w.config(&works);
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let lines = endpoint_lines(&mut run, 3).await;
    assert_eq!(w.edge.sessions().len(), 1, "one agent, one session");
    assert_eq!(w.get(url_of(&lines, "default"), PublicRequest::default()).await.status, 401);
    assert_eq!(w.get(url_of(&lines, "web"), PublicRequest::default()).await.text(), HELLO);
    assert!(url_of(&lines, "ssh").starts_with("tcp://"));
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));

    let cfg = w.config_named("policy.toml", &three_endpoints());
    let out = w.cmd(&cfg).args(["start"]).run().await.code(2);
    for want in ["endpoint \"api\" cannot run on this agent", "2.3.41", "traffic_policy"] {
        assert!(out.stderr.contains(want), "{want:?} missing:\n{}", out.stderr);
    }
}

/// An endpoint the service refuses (its URL is online in another session, ERR_NGROK_334) fails
/// the start naming it; with --keep-going the others open and it is left out, named.
#[tokio::test]
async fn a_refused_endpoint_fails_the_start_unless_keep_going() {
    let w = World::new(Mode::Sdk).await;
    let other = w.config_named("other.toml", "url = \"https://taken.example.com\"\n");
    let (mut first, _) = w.start(&other, &["--name", "other"]).await;
    let cfg =
        w.config("[tunnel.ngrok.endpoints.dup]\nurl = \"https://taken.example.com\"\n[tunnel.ngrok.endpoints.fine]\n");
    let out = w.cmd(&cfg).args(["start"]).run().await.code(1);
    for want in
        ["endpoint \"dup\" was refused", "taken.example.com is already online in another ngrok session (ERR_NGROK_334)"]
    {
        assert!(out.stderr.contains(want), "{want:?} missing:\n{}", out.stderr);
    }
    let mut run = w.cmd(&cfg).args(["start", "--keep-going"]).spawn();
    let lines = endpoint_lines(&mut run, 2).await;
    assert_eq!(lines.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["default", "fine"]);
    let status = w.status_json(&cfg, "default").await;
    assert_eq!(status["state"], "online", "{status}");
    assert_eq!(status["endpoints"].as_array().map(Vec::len), Some(2), "dup is left out: {status}");
    assert!(run.stderr().contains("left out (--keep-going)") && run.stderr().contains("dup"), "{}", run.stderr());
    for r in [&mut run, &mut first] {
        r.signal(Signal::SIGTERM);
        r.wait(Duration::from_secs(10)).await;
    }
}

/// `status` counts what each endpoint served (SDK mode, inspector on): requests that reached
/// the tunnel (not those the edge's policy answered itself) and tcp connections.
#[tokio::test]
async fn status_counts_what_each_endpoint_served() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config(&three_endpoints());
    let text = std::fs::read_to_string(&cfg).unwrap().replace("inspect = false", "inspect = true\nweb_addr = false");
    std::fs::write(&cfg, text).unwrap();
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let lines = endpoint_lines(&mut run, 3).await;
    each_serves_its_own(&w, &lines).await;
    let creds = PublicRequest { basic_auth: Some(("alice".into(), PASSWORD.into())), ..Default::default() };
    assert_eq!(w.get(url_of(&lines, "default"), creds).await.status, 200);
    let want = [("default", 2), ("api", 0), ("ssh", 1)];
    eventually(Duration::from_secs(10), "status to count what each endpoint served", || async {
        let status = w.status_json(&cfg, "default").await;
        let served =
            |name: &str| status["endpoints"].as_array()?.iter().find(|e| e["name"] == name)?["served"].as_u64();
        want.iter().all(|(name, n)| served(name) == Some(*n)).then_some(())
    })
    .await;
    let out = w.cmd(&cfg).args(["status"]).run().await.success();
    assert!(out.stdout.contains("(online, 2 requests served)"), "{}", out.stdout);
    run.signal(Signal::SIGTERM);
    run.wait(Duration::from_secs(10)).await;
}
