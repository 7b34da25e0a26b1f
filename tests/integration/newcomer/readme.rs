//! README.md cannot rot: every block fenced as ```` ```sh test ```` runs, in order, as one
//! `bash -euo pipefail` script in a fresh HOME (no `XDG_*`, no `NGROK_*` but a fake authtoken),
//! from the repository's root, as a newcomer would paste it. `# prints: TEXT` comments are
//! checked against the output. `cargo install` is a stand-in copying the binaries this test
//! run built (a release build takes minutes); everything else is real.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use super::debian;
use crate::support::{BIN, Sealed};
use crate::world::{TOKEN, set_mode};

/// The `sh test` blocks of the README, in order.
fn tested_blocks(readme: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh test") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

/// A `cargo` that supports exactly what the README runs: `cargo install --locked --path P
/// [--bin B]`, copying the binaries already built next to the binary under test.
fn cargo_standin(dir: &Path) {
    let built = Path::new(BIN).parent().unwrap().display().to_string();
    let script = format!(
        r#"#!/bin/bash
set -eu
[ "${{1:-}}" = install ] || {{ echo "cargo stand-in: only 'cargo install' is supported, got: $*" >&2; exit 1; }}
shift; path=""; bins=()
while [ $# -gt 0 ]; do
  case "$1" in
    --locked) shift ;;
    --path) path=$2; shift 2 ;;
    --bin) bins+=("$2"); shift 2 ;;
    *) echo "cargo stand-in: unexpected argument $1" >&2; exit 1 ;;
  esac
done
case "$path" in
  .) all=(prx-tunnel) ;;
  crates/ngrok-sim) all=(ngrok-sim ngrok) ;;
  *) echo "cargo stand-in: unknown package path $path" >&2; exit 1 ;;
esac
[ ${{#bins[@]}} -gt 0 ] || bins=("${{all[@]}}")
dest="${{CARGO_HOME:-$HOME/.cargo}}/bin"
mkdir -p "$dest"
for b in "${{bins[@]}}"; do cp {built:?}/"$b" "$dest/$b"; echo "  Installed $dest/$b" >&2; done
"#
    );
    let path = dir.join("cargo");
    std::fs::write(&path, script).unwrap();
    set_mode(&path, 0o755);
}

#[tokio::test]
async fn the_readme_walkthroughs_run_verbatim() {
    for (program, package) in [("curl", "curl"), ("jq", "jq"), ("python3", "python3"), ("man", "man-db")] {
        debian::ensure(program, package);
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(repo.join("README.md")).unwrap();
    let blocks = tested_blocks(&readme);
    assert!(blocks.len() >= 3, "README lost its tested blocks ({} found)", blocks.len());
    let env = Sealed::new();
    let tools = env.root().join("tools");
    std::fs::create_dir_all(&tools).unwrap();
    cargo_standin(&tools);
    let home = env.home();
    let script = format!("set -euo pipefail\n{}", blocks.join("\n"));
    let child = tokio::process::Command::new("bash")
        .args(["-c", &script])
        .env_clear()
        .env("HOME", &home)
        .env("PATH", format!("{}:{}:/usr/local/bin:/usr/bin:/bin", home.join(".cargo/bin").display(), tools.display()))
        .env("NGROK_AUTHTOKEN", TOKEN)
        .env("LANG", "C.UTF-8")
        .env("TMPDIR", env.root())
        .current_dir(repo)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true)
        .spawn()
        .expect("bash");
    let group = nix::unistd::Pid::from_raw(child.id().unwrap() as i32);
    // Whatever happens, nothing the script started in the background outlives the test.
    let _reaper = scopeguard(move || {
        let _ = nix::sys::signal::killpg(group, nix::sys::signal::Signal::SIGKILL);
    });
    let out = tokio::time::timeout(Duration::from_secs(120), child.wait_with_output())
        .await
        .expect("the README's blocks finished within 120 s")
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the README's blocks failed ({})\nstdout:\n{stdout}\nstderr:\n{stderr}", out.status);
    for expected in script.lines().filter_map(|l| l.split_once("# prints: ").map(|(_, t)| t.trim())) {
        assert!(stdout.contains(expected), "expected {expected:?} in the output:\n{stdout}\nstderr:\n{stderr}");
    }
    assert!(!stdout.contains(TOKEN) && !stderr.contains(TOKEN), "the authtoken was printed");
    // What the install block promises: `man` finds the pages, the shells find the completions.
    for page in ["prx-tunnel", "prx-tunnel.toml"] {
        let found = std::process::Command::new("man")
            .args(["-w", page])
            .env_clear()
            .env("HOME", &home)
            .env("PATH", format!("{}:/usr/bin:/bin", home.join(".cargo/bin").display()))
            .output()
            .unwrap();
        assert!(found.status.success(), "man -w {page}: {}", String::from_utf8_lossy(&found.stderr));
    }
    for file in [
        ".local/share/bash-completion/completions/prx-tunnel",
        ".local/share/zsh/site-functions/_prx-tunnel",
        ".config/fish/completions/prx-tunnel.fish",
    ] {
        assert!(home.join(file).metadata().is_ok_and(|m| m.len() > 1000), "{file} not installed");
    }
}

/// Runs `f` when dropped.
fn scopeguard(f: impl FnOnce()) -> impl Drop {
    struct Guard<F: FnOnce()>(Option<F>);
    impl<F: FnOnce()> Drop for Guard<F> {
        fn drop(&mut self) {
            if let Some(f) = self.0.take() {
                f();
            }
        }
    }
    Guard(Some(f))
}
