//! Fatal start failures, stop handling, and reconnects with the real agent's backoff.

use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use nix::sys::signal::Signal;
use reqwest::Method;

use crate::support::{Agent, JSON_LOG, Record, Stream, WAIT, api, upstream, v2_config, web_addr};

async fn agent_for(edge: &Edge, dir: &std::path::Path, extra_args: &[&str]) -> Agent {
    let cfg = v2_config(edge, dir, "ngrok.yml", "");
    let up = upstream().await.to_string();
    let mut args = vec!["http", up.as_str(), "--config", cfg.to_str().unwrap()];
    args.extend(JSON_LOG);
    args.extend(extra_args);
    Agent::spawn(&args, &[])
}

#[tokio::test]
async fn rejected_authtoken_ends_with_crit_record_error_block_and_exit_1() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    edge.fail_next_auth("ERR_NGROK_107");
    let mut agent = agent_for(&edge, dir.path(), &[]).await;
    assert_eq!(agent.exit_code().await.unwrap(), 1);
    let crit = agent.records().into_iter().find(|r| r.lvl == "crit").expect("crit record");
    assert_eq!(crit.msg, "command failed");
    let err = crit.str("err");
    assert!(
        err.starts_with("authentication failed: The authtoken you specified is properly formed, but it is invalid."),
        "{err}"
    );
    assert!(err.ends_with("\r\n\r\nERR_NGROK_107\r\n"), "{err:?}");
    let stderr = agent.lines(Stream::Err);
    assert_eq!(
        stderr[0],
        "ERROR:  authentication failed: The authtoken you specified is properly formed, but it is invalid."
    );
    assert_eq!(
        stderr[stderr.len() - 3..],
        ["ERROR:  ", "ERROR:  ERR_NGROK_107", "ERROR:  https://ngrok.com/docs/errors/err_ngrok_107"]
    );
    assert!(stderr.iter().all(|l| l.starts_with("ERROR:  ")), "{stderr:?}");

    edge.fail_next_auth("ERR_NGROK_105");
    let mut quiet = agent_for(&edge, dir.path(), &["--log-level", "crit"]).await;
    assert_eq!(quiet.exit_code().await.unwrap(), 1);
    let levels: Vec<String> = quiet.records().iter().map(|r| r.lvl.clone()).collect();
    assert_eq!(levels, vec!["crit"], "--log-level crit keeps only the crit record");
}

#[tokio::test]
async fn refused_bind_is_fatal() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut first = agent_for(&edge, dir.path(), &["--url", "https://taken.example.test"]).await;
    first.wait_msg("started tunnel").await.unwrap();
    let mut second = agent_for(&edge, dir.path(), &["--url", "https://taken.example.test"]).await;
    assert_eq!(second.exit_code().await.unwrap(), 1);
    let crit = second.records().into_iter().find(|r| r.lvl == "crit").unwrap();
    assert!(
        crit.str("err")
            .starts_with("failed to start tunnel: The endpoint 'https://taken.example.test' is already online."),
        "{}",
        crit.str("err")
    );
    let stderr = second.lines(Stream::Err);
    assert_eq!(stderr.last().unwrap(), "ERROR:  https://ngrok.com/docs/errors/err_ngrok_334");
    assert!(
        second.lines(Stream::Out).contains(&"ERROR:  ERR_NGROK_334".to_string()),
        "the ERROR block is copied to the log"
    );
}

fn assert_clean_stop(records: &[Record]) {
    let stop = records.iter().find(|r| r.msg == "received stop request").expect("received stop request");
    assert_eq!((stop.lvl.as_str(), stop.str("obj")), ("info", "app"));
    assert_eq!(stop.fields["stopReq"], serde_json::json!({}));
    let closing = records.iter().find(|r| r.msg == "session closing").expect("session closing");
    assert_eq!((closing.str("obj"), closing.str("err")), ("tunnels.session", "<nil>"));
}

#[tokio::test]
async fn sigterm_sigint_and_edge_stop_exit_cleanly() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    for how in ["SIGTERM", "SIGINT", "edge stop"] {
        let mut agent = agent_for(&edge, dir.path(), &[]).await;
        let url = agent.wait_msg("started tunnel").await.unwrap().str("url").to_string();
        match how {
            "SIGTERM" => agent.signal(Signal::SIGTERM),
            "SIGINT" => agent.signal(Signal::SIGINT),
            _ => {
                let session = edge.sessions().into_iter().find(|s| s.urls.contains(&url)).unwrap();
                assert_eq!(edge.send_stop(&session.id).await.unwrap(), None, "the agent accepts Stop");
            }
        }
        assert_eq!(agent.exit_code().await.unwrap(), 0, "{how}");
        assert_clean_stop(&agent.records());
        edge.wait_for_url_gone(&url, WAIT).await.unwrap();
    }
    edge.wait_for_sessions(0, WAIT).await.unwrap();
}

#[tokio::test]
async fn dropped_session_reconnects_and_keeps_its_url() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut agent = agent_for(&edge, dir.path(), &[]).await;
    let url = agent.wait_msg("started tunnel").await.unwrap().str("url").to_string();
    let id = agent.wait_msg("client session established").await.unwrap().str("id").to_string();
    let old_endpoint = edge.binds()[0].endpoint_id.clone().unwrap();
    edge.drop_all_sessions().await;
    let closed = agent.wait_msg("session closed, starting reconnect loop").await.unwrap();
    assert_eq!((closed.str("obj"), closed.str("id")), ("csess", id.as_str()));
    let again = agent.wait_msg_nth("client session established", 2).await.unwrap();
    assert_eq!(again.str("id"), id, "the client session keeps its id");
    edge.wait_for_url(&url, WAIT).await.unwrap();
    let rebind = edge.binds().pop().unwrap();
    assert_eq!(rebind.requested_id, old_endpoint, "the endpoint is rebound under its old id");
    assert_eq!(
        edge.auths().pop().unwrap().client_id,
        edge.auths()[0].session_id.clone().unwrap(),
        "the session is resumed"
    );
    assert_eq!(edge.request(&url, PublicRequest::default()).await.unwrap().status, 200);
}

fn t(r: &Record) -> f64 {
    // RFC 3339 UTC with nanoseconds: seconds of the day are enough for gaps within a test
    let time = r.str("t").split('T').nth(1).unwrap().trim_end_matches('Z');
    let mut parts = time.split(':');
    let (h, m, s): (f64, f64, f64) = (
        parts.next().unwrap().parse().unwrap(),
        parts.next().unwrap().parse().unwrap(),
        parts.next().unwrap().parse().unwrap(),
    );
    h * 3600.0 + m * 60.0 + s
}

#[tokio::test]
async fn ingress_outage_is_retried_with_500ms_doubling_backoff() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut agent = agent_for(&edge, dir.path(), &[]).await;
    let url = agent.wait_msg("started tunnel").await.unwrap().str("url").to_string();
    let web = web_addr(&mut agent).await;
    edge.go_down().await;
    agent.wait_msg("session closed, starting reconnect loop").await.unwrap();
    let failures: Vec<Record> = {
        agent.wait_msg_nth("failed to reconnect session", 4).await.unwrap();
        agent.records().into_iter().filter(|r| r.msg == "failed to reconnect session").collect()
    };
    let (_, status) = api(Method::GET, &web, "/api/status").await;
    assert_eq!(status["status"], "reconnecting");
    edge.come_up().await;
    let errs: Vec<&str> = failures.iter().map(|f| f.str("err")).collect();
    for f in &failures {
        assert_eq!((f.lvl.as_str(), f.str("obj")), ("eror", "csess"));
    }
    // the first attempt may still reach the closing ingress; every later one is refused
    let refused = |e: &&str| e.starts_with("dial tcp ") && e.ends_with("connect: connection refused");
    assert!(!errs[0].is_empty() && errs[1..].iter().all(refused), "{errs:#?}");
    let gaps: Vec<f64> = failures.windows(2).map(|w| t(&w[1]) - t(&w[0])).collect();
    for (gap, want) in gaps.iter().zip([0.5, 1.0, 2.0]) {
        assert!(*gap >= want * 0.9 && *gap < want + 0.75, "gaps {gaps:?} should be 0.5, 1, 2 s");
    }
    agent.wait_msg_nth("client session established", 2).await.unwrap();
    edge.wait_for_url(&url, WAIT).await.unwrap();
    assert_eq!(edge.request(&url, PublicRequest::default()).await.unwrap().status, 200);
    let (_, status) = api(Method::GET, &web, "/api/status").await;
    assert_eq!(status["status"], "online");
}
