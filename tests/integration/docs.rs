//! The committed completions and man pages are what the binary generates now.

use super::support::Sealed;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "prx-tunnel.bash"),
    ("zsh", "_prx-tunnel"),
    ("fish", "prx-tunnel.fish"),
    ("powershell", "_prx-tunnel.ps1"),
    ("elvish", "prx-tunnel.elv"),
];

fn repo(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[tokio::test]
async fn completions_are_fresh() {
    let env = Sealed::new();
    for (shell, file) in SHELLS {
        let out = env.cmd().args(["completions", shell]).run().await.success();
        let committed = std::fs::read_to_string(repo(&format!("completions/{file}"))).unwrap_or_else(|_| {
            panic!("completions/{file} is missing: run `prx-tunnel completions {shell} > completions/{file}`")
        });
        assert_eq!(
            out.stdout.trim_end(),
            committed.trim_end(),
            "completions/{file} is stale: run `cargo run -- completions {shell} > completions/{file}`"
        );
        assert!(
            committed.contains("event-streams") && committed.contains("basic-auth"),
            "{file} lacks commands or flags"
        );
    }
}

#[tokio::test]
async fn man_pages_are_fresh() {
    let env = Sealed::new();
    let dir = env.root().join("man");
    env.cmd().args(["man", "--dir", dir.to_str().unwrap()]).run().await.success();
    let mut generated: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    generated.sort();
    assert!(generated.len() >= 8, "expected a page per command, got {generated:?}");
    for name in &generated {
        let fresh = std::fs::read(dir.join(name)).unwrap();
        let committed = std::fs::read(repo("man").join(name))
            .unwrap_or_else(|_| panic!("man/{name:?} is missing: run `cargo run -- man --dir man`"));
        assert!(fresh == committed, "man/{name:?} is stale: run `cargo run -- man --dir man`");
    }
    let main = String::from_utf8(std::fs::read(dir.join("prx-tunnel.1")).unwrap()).unwrap();
    assert!(main.contains("EXIT STATUS") && main.contains("ERR_NGROK_4018"), "the man page documents the exit codes");
    let stdout = env.cmd().args(["man"]).run().await.success().stdout;
    assert!(stdout.contains(".TH prx-tunnel"), "`prx-tunnel man` prints the main page");
}
