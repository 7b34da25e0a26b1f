//! `run` end to end against scripted agents that print what a real agent prints: the events
//! it emits, how it stops, restarts, classifies failures and pins a web port.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::test_support::cfg;
use super::*;
use crate::exit::{Exit, exit_code};
use crate::tunnel::Event;

/// A fake `ngrok` answering `version` as v3 and running `body` for `start`; `$CFG` is the
/// last `--config` (ours).
fn fake_agent(dir: &Path, body: &str) -> PathBuf {
    let path = dir.join("ngrok");
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = version ]; then echo 'ngrok version 3.19.1'; exit 0; fi\n\
         while [ $# -gt 0 ]; do if [ \"$1\" = --config ]; then CFG=\"$2\"; fi; shift; done\n{body}\n"
    );
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

const WEB: &str = r#"echo '{"addr":"127.0.0.1:1","lvl":"info","msg":"starting web service","obj":"web","t":"x"}'"#;
const URL: &str = r#"echo '{"lvl":"info","msg":"started tunnel","name":"prx-tunnel","obj":"tunnels","url":"https://fake-'$$'.example","t":"x"}'"#;

struct Running {
    events: mpsc::UnboundedReceiver<Event>,
    shutdown: CancellationToken,
    task: tokio::task::JoinHandle<Result<()>>,
}

fn start(agent: PathBuf) -> Running {
    let mut c = cfg();
    c.ngrok_path = Some(agent);
    c.authtoken = Some(crate::secret::Secret::new("2tokTOKENtok"));
    let (tx, events) = mpsc::unbounded_channel();
    let shutdown = CancellationToken::new();
    // No reload in these tests: the sender of endpoint updates is gone from the start.
    let (_, updates) = tokio::sync::watch::channel(Vec::new());
    let task = tokio::spawn(run(c, tx, shutdown.clone(), updates));
    Running { events, shutdown, task }
}

impl Running {
    /// The next event matching `want`, skipping others (10 s at most).
    async fn next<T>(&mut self, what: &str, want: impl Fn(&Event) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            match tokio::time::timeout_at(deadline, self.events.recv()).await {
                Ok(Some(ev)) => {
                    if let Some(v) = want(&ev) {
                        return v;
                    }
                }
                other => panic!("no {what}: {other:?}"),
            }
        }
    }

    async fn url(&mut self) -> String {
        self.next("URL", |e| if let Event::Url(u) = e { Some(u.clone()) } else { None }).await
    }

    async fn agent(&mut self) -> crate::state::AgentState {
        self.next("agent", |e| if let Event::Agent(a) = e { Some(a.clone()) } else { None }).await
    }

    async fn result(self) -> Result<()> {
        tokio::time::timeout(Duration::from_secs(10), self.task).await.expect("run ended").expect("no panic")
    }
}

fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| !s.contains(") Z "))
}

fn generated_of(pid: u32) -> PathBuf {
    let raw = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    let args: Vec<String> = raw.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
    let at = args.iter().rposition(|a| a == "--config").unwrap();
    PathBuf::from(&args[at + 1])
}

#[tokio::test]
async fn reports_agent_web_and_url_then_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = start(fake_agent(dir.path(), &format!("{WEB}\n{URL}\nsleep 1000 &\nwait")));
    let agent = r.agent().await;
    assert_eq!((agent.version.as_str(), agent.restarts, agent.web_addr.clone()), ("3.19.1", 0, None));
    let with_web = r.agent().await;
    assert_eq!((with_web.pid, with_web.web_addr.as_deref()), (agent.pid, Some("127.0.0.1:1")));
    let url = r.url().await;
    assert_eq!(url, format!("https://fake-{}.example", agent.pid));
    let generated = generated_of(agent.pid);
    let text = std::fs::read_to_string(&generated).unwrap();
    assert!(text.contains("update_check: false") && !text.contains("2tokTOKENtok"), "{text}");
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", agent.pid)).unwrap();
    assert!(!String::from_utf8_lossy(&cmdline).contains("2tokTOKENtok"));
    let environ = std::fs::read(format!("/proc/{}/environ", agent.pid)).unwrap();
    assert!(String::from_utf8_lossy(&environ).contains("NGROK_AUTHTOKEN=2tokTOKENtok"));
    r.shutdown.cancel();
    let pid = agent.pid;
    r.result().await.unwrap();
    assert!(!alive(pid), "agent {pid} outlived the stop");
    assert!(!generated.exists() && !generated.parent().unwrap().exists());
}

#[tokio::test]
async fn a_killed_agent_is_restarted_and_its_new_url_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = start(fake_agent(dir.path(), &format!("{URL}\nexec sleep 1000")));
    let first = r.agent().await;
    let url1 = r.url().await;
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(first.pid as i32), nix::sys::signal::Signal::SIGKILL).unwrap();
    let error = r.next("disconnection", |e| match e {
        Event::Disconnected { error, new: true } => Some(error.clone()),
        _ => None,
    });
    assert!(error.await.contains("SIGKILL"));
    r.next("restarting", |e| matches!(e, Event::Restarting).then_some(())).await;
    let second = r.agent().await;
    assert_eq!(second.restarts, 1);
    assert_ne!(second.pid, first.pid);
    let url2 = r.url().await;
    assert_ne!(url1, url2);
    r.shutdown.cancel();
    r.result().await.unwrap();
}

#[tokio::test]
async fn rejected_credentials_end_at_once_with_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let body = r#"printf '%s\n' '{"err":"authentication failed: The authtoken you specified is properly formed, but it is invalid.\r\n\r\nERR_NGROK_107\r\n","lvl":"crit","msg":"command failed","t":"x"}'
exec sleep 1000"#;
    let r = start(fake_agent(dir.path(), body));
    let started = std::time::Instant::now();
    let err = r.result().await.unwrap_err();
    assert_eq!(exit_code(&err), Exit::Auth);
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    let text = err.to_string();
    assert!(text.contains("ERR_NGROK_107") && text.contains("properly formed"), "{text}");
}

#[tokio::test]
async fn an_agent_exiting_before_its_url_is_explained_by_its_error_lines() {
    let dir = tempfile::tempdir().unwrap();
    let body = "echo 'ERROR:  Error reading configuration file: something broke' >&2\necho 'ERROR:  ' >&2\nexit 1";
    let err = start(fake_agent(dir.path(), body)).result().await.unwrap_err();
    assert_eq!(exit_code(&err), Exit::Runtime);
    let text = err.to_string();
    assert!(
        text.contains("exited before reporting a public URL (exit status: 1)") && text.contains("something broke"),
        "{text}"
    );
}

#[tokio::test]
async fn session_limit_and_taken_domain_have_their_own_messages() {
    let dir = tempfile::tempdir().unwrap();
    for (code, needle) in [("108", "refused another agent session"), ("334", "already online in another ngrok session")]
    {
        let body =
            format!("echo 'ERROR:  failed to start tunnel: nope' >&2\necho 'ERROR:  ERR_NGROK_{code}' >&2\nexit 1");
        let err = start(fake_agent(dir.path(), &body)).result().await.unwrap_err();
        assert_eq!(exit_code(&err), Exit::Runtime);
        assert!(err.to_string().contains(needle), "{err}");
    }
}

#[tokio::test]
async fn all_default_web_ports_taken_pins_a_free_one() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "if ! grep -q '^ *web_addr:' \"$CFG\"; then\n\
         echo '{{\"addr\":\"127.0.0.1:4040\",\"lvl\":\"warn\",\"msg\":\"can'\"'\"'t bind default web address, trying alternatives\",\"obj\":\"web\"}}'\n\
         echo '{{\"err\":\"failed to bind any web address in 127.0.0.1:4041-4140\",\"lvl\":\"crit\",\"msg\":\"command failed\"}}'\n\
         exit 1\nfi\n\
         echo '{{\"addr\":\"'$(sed -n 's/^ *web_addr: *//p' \"$CFG\")'\",\"lvl\":\"info\",\"msg\":\"starting web service\"}}'\n{URL}\nexec sleep 1000"
    );
    let mut r = start(fake_agent(dir.path(), &body));
    let web = r.next("web address", |e| match e {
        Event::Agent(a) => a.web_addr.clone(),
        _ => None,
    });
    let web = web.await;
    assert!(web.starts_with("127.0.0.1:") && !web.ends_with(":4040"), "{web}");
    r.url().await;
    r.shutdown.cancel();
    r.result().await.unwrap();
}

/// A one-route HTTP server standing in for an agent's local API.
async fn fake_api(body: &'static str) -> std::net::SocketAddr {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let mut buf = vec![0u8; 4096];
            let _ = s.read(&mut buf).await;
            let resp = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = s.write_all(resp.as_bytes()).await;
        }
    });
    addr
}

#[tokio::test]
async fn the_url_comes_from_the_agents_api_when_its_log_lacks_it() {
    let api =
        fake_api(r#"{"tunnels":[{"name":"prx-tunnel","public_url":"https://from-api.example"}],"uri":"/api/tunnels"}"#)
            .await;
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "echo '{{\"addr\":\"{api}\",\"lvl\":\"info\",\"msg\":\"starting web service\"}}'\n\
         echo '{{\"lvl\":\"info\",\"msg\":\"client session established\"}}'\nexec sleep 1000"
    );
    let mut r = start(fake_agent(dir.path(), &body));
    assert_eq!(r.url().await, "https://from-api.example");
    r.shutdown.cancel();
    r.result().await.unwrap();
}
