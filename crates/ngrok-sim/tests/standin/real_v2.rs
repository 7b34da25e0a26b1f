//! The log lines the stand-in shares with the real ngrok 2.3.41 agent parse the same way.

use ngrok_sim::agent_v2::{ensure_ngrok_v2, v2_agent_config};
use ngrok_sim::{Edge, EdgeOptions};
use nix::sys::signal::Signal;
use serde_json::Value;

use crate::support::{Agent, JSON_LOG, Record, TOKEN, upstream, v2_config};

/// (msg, fields both agents must carry besides t/lvl/msg)
const SHARED: &[(&str, &[&str])] = &[
    ("starting web service", &["obj", "addr"]),
    ("started tunnel", &["obj", "name", "addr", "url"]),
    ("received stop request", &["obj", "stopReq"]),
    ("session closing", &["obj", "err"]),
];

async fn run(mut agent: Agent) -> Vec<Record> {
    agent.wait_msg("started tunnel").await.unwrap();
    agent.signal(Signal::SIGTERM);
    agent.exit_code().await.unwrap_or(-1);
    agent.records()
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::String(_) => "string",
        Value::Object(_) => "object",
        _ => "other",
    }
}

#[tokio::test]
async fn shared_log_lines_parse_the_same_as_the_real_v2_agent() {
    let v2 = ensure_ngrok_v2().expect("the real ngrok 2.3.41 agent (fetched once with npm)");
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let (dir_v2, dir_v3) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let up = upstream().await.to_string();
    let cfg2 = v2_agent_config(&edge, dir_v2.path(), TOKEN).unwrap();
    let cfg3 = v2_config(&edge, dir_v3.path(), "ngrok.yml", "");
    let mut args2 = vec!["http", up.as_str(), "--config", cfg2.to_str().unwrap()];
    args2.extend(JSON_LOG);
    let mut args3 = vec!["http", up.as_str(), "--config", cfg3.to_str().unwrap()];
    args3.extend(JSON_LOG);
    let real = run(Agent::spawn_bin(&v2, &args2, &[])).await;
    let standin = run(Agent::spawn(&args3, &[])).await;

    for (msg, fields) in SHARED {
        let find = |records: &[Record], who: &str| {
            records
                .iter()
                .find(|r| r.msg == *msg)
                .cloned()
                .unwrap_or_else(|| panic!("{who} logged no {msg:?}: {records:#?}"))
        };
        let (a, b) = (find(&real, "ngrok 2.3.41"), find(&standin, "the stand-in"));
        assert_eq!(a.lvl, b.lvl, "{msg}");
        for r in [&a, &b] {
            let mut sorted = r.keys.clone();
            sorted.sort();
            assert_eq!(r.keys, sorted, "{msg}: keys are sorted in {:?}", r.fields);
            assert!(r.str("t").contains('T'), "{msg}: t is an RFC 3339 time");
        }
        for f in *fields {
            let (va, vb) = (a.fields.get(*f), b.fields.get(*f));
            assert!(va.is_some() && vb.is_some(), "{msg}: {f} missing: {:?} / {:?}", a.fields, b.fields);
            let addr_of_started = *msg == "started tunnel" && *f == "addr";
            if !addr_of_started {
                assert_eq!(kind(va.unwrap()), kind(vb.unwrap()), "{msg}: {f}");
            }
        }
        assert_eq!(a.str("obj"), b.str("obj"), "{msg}");
    }
}
