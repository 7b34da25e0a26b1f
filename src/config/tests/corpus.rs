//! The bad-input corpus (tests/data/bad) in process, and a small deterministic fuzz.

use std::path::Path;

use super::World;
use crate::config::*;
use crate::exit::{Exit, exit_code};

fn examples() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// Every file of the bad-input corpus (tests/data/bad) is rejected in process with its
/// `# expect:` texts (the integration test runs the same corpus through the binary).
#[test]
fn bad_corpus_in_process() {
    use clap::Parser;
    #[derive(Parser)]
    struct Probe {
        #[command(flatten)]
        flags: TunnelFlags,
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad");
    let world = World::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let head = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let expects: Vec<&str> = head.lines().filter_map(|l| l.strip_prefix("# expect: ")).collect();
        assert!(!expects.is_empty(), "{}: no # expect: line", path.display());
        let args: Vec<&str> = head
            .lines()
            .find_map(|l| l.strip_prefix("# args: "))
            .map_or(Vec::new(), |a| a.split_whitespace().collect());
        count += 1;
        let text = match Probe::try_parse_from(std::iter::once("probe").chain(args)) {
            Err(clap_err) => clap_err.to_string(),
            Ok(probe) => {
                let err = world.load(Some(path.clone()), probe.flags).expect_err(&path.display().to_string());
                assert_eq!(exit_code(&err), Exit::Usage);
                format!("{err:#}")
            }
        };
        for want in expects {
            assert!(text.contains(want), "{}: {want:?} not in:\n{text}", path.display());
        }
    }
    assert!(count >= 60, "only {count} corpus files");
}

/// A small deterministic fuzz: every prefix of every example and corpus file, and every file
/// with one line removed, loads or fails with a usage error; nothing panics.
#[test]
fn truncated_and_mangled_files_never_panic() {
    let env = |k: &str| (k == "NGROK_AUTHTOKEN").then(|| "tok".to_owned());
    let mut inputs = Vec::new();
    for dir in [examples(), Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad")] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            inputs.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    let path = Path::new("/nonexistent/fuzz.toml");
    let mut runs = 0;
    for text in &inputs {
        let lines: Vec<&str> = text.lines().collect();
        let mut variants: Vec<String> = (0..lines.len())
            .map(|skip| {
                lines.iter().enumerate().filter(|(n, _)| *n != skip).map(|(_, l)| *l).collect::<Vec<_>>().join("\n")
            })
            .collect();
        let step = (text.len() / 200).max(1);
        variants
            .extend((0..text.len()).step_by(step).filter(|i| text.is_char_boundary(*i)).map(|i| text[..i].to_owned()));
        for variant in variants {
            if let Err(err) = parse_text(path, &variant, &TunnelFlags::default(), &env) {
                assert_eq!(exit_code(&err), Exit::Usage, "{err:#}");
            }
            runs += 1;
        }
    }
    assert!(runs > 5000, "{runs}");
}
