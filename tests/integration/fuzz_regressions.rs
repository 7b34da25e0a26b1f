//! The kept fuzz corpora (`tests/data/fuzz/<target>/`: the seeds, and every input that found a
//! bug) replayed on every `cargo test` through the very checks the cargo-fuzz targets run
//! (`fuzz/src/oracles/`, compiled into this test too). How to fuzz: `fuzz/README.md`.

use std::path::PathBuf;
use std::time::Duration;

use super::support::eventually;

#[allow(dead_code, unused_imports)] // the fuzz targets' helpers (panic filter, GoAway scan) are not used here
#[path = "../../fuzz/src/oracles/mod.rs"]
mod oracles;

/// The kept inputs of `target`, sorted, with their bytes.
fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{}: only {} inputs", dir.display(), files.len());
    files.into_iter().map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect()
}

/// Runs `check` on every input of `target`; reports every failing file at once.
fn replay(target: &str, check: fn(&[u8])) {
    let failed: Vec<String> = corpus(target)
        .into_iter()
        .filter(|(_, data)| std::panic::catch_unwind(|| check(data)).is_err())
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{target}: these kept inputs fail again:\n{}", failed.join("\n"));
}

#[test]
fn config_corpus() {
    replay("config", oracles::config);
}

#[test]
fn agent_log_corpus() {
    replay("agent_log", oracles::agent_log);
}

#[test]
fn sdk_gate_corpus() {
    replay("sdk_gate", oracles::sdk_gate);
}

/// Every kept wire input, the muxado crashes included, sent to one edge: each connection is
/// closed by the edge after the client's end of stream, and afterwards the edge still
/// authenticates a well-formed session.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sim_wire_corpus() {
    let edge = ngrok_sim::Edge::start(ngrok_sim::EdgeOptions::default()).await.expect("edge");
    let tls = oracles::wire_client(&edge);
    let inputs = corpus("sim_wire");
    for (path, data) in &inputs {
        let sent = tokio::time::timeout(oracles::WIRE_DEADLINE * 2, oracles::sim_wire(&edge, &tls, data)).await;
        assert!(sent.is_ok(), "{}: the edge did not close the connection", path.display());
    }
    let (_, auth) = inputs.iter().find(|(p, _)| p.ends_with("seed-auth.bin")).expect("seed-auth.bin");
    let before = edge.auths().len();
    oracles::sim_wire(&edge, &tls, auth).await;
    let record = eventually(Duration::from_secs(5), "the edge to record the Auth", || async {
        edge.auths().get(before..).and_then(|new| new.last().cloned())
    })
    .await;
    assert!(record.session_id.is_some() && record.error.is_none(), "the edge still authenticates: {record:?}");
}

/// The upload window's checks (`gate_window`) on a seeded random corpus: 3,000 inputs of up to
/// 400 steps each, the same on every run (a failure names its seed), so the checker the fuzz
/// target runs is exercised by every `cargo test` and cannot rot.
#[test]
fn gate_window_seeded_corpus() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for case in 0..3000 {
        let seed = next();
        let mut rng = seed;
        let len = 1 + (seed % 800) as usize;
        let input: Vec<u8> = (0..len)
            .map(|_| {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                (rng >> 24) as u8
            })
            .collect();
        if std::panic::catch_unwind(|| oracles::gate_window(&input)).is_err() {
            panic!("gate_window case {case} (seed {seed:#x}, {len} bytes) failed");
        }
    }
}

#[test]
fn gate_window_corpus() {
    replay("gate_window", oracles::gate_window);
}
