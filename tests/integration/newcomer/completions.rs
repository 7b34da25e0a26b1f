//! Shell completion in the real shells, installed from Debian's packages when missing: what a
//! user sees after `prx-tunnel st<TAB>`, `start --re<TAB>`, `es cr<TAB>` and `--mode <TAB>`.
//! bash and fish through their completion APIs, zsh typed into a terminal (tmux).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::debian;
use super::tmux::Tmux;
use crate::support::{BIN, Sealed};

/// (what is typed, what must be offered)
const CASES: [(&str, &[&str]); 4] = [
    ("prx-tunnel st", &["start", "status", "stop"]),
    ("prx-tunnel start --re", &["--region"]),
    ("prx-tunnel es cr", &["create"]),
    ("prx-tunnel start --mode ", &["sdk", "cli"]),
];

/// `prx-tunnel completions SHELL > DIR/FILE`, as the README says to install it.
async fn script(env: &Sealed, shell: &str, file: &str) -> PathBuf {
    let out = env.cmd().args(["completions", shell]).run().await.success();
    env.write(&format!("completions/{file}"), out.stdout)
}

fn run(program: &Path, args: &[&str]) -> String {
    let out = Command::new(program).args(args).env_clear().env("PATH", "/usr/bin:/bin").output().expect("run shell");
    assert!(out.status.success(), "{program:?} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn assert_offers(shell: &str, typed: &str, words: Vec<&str>, offered: &[&str]) {
    for want in offered {
        assert!(words.contains(want), "{shell}: {typed:?}<TAB> offers {words:?}, not {want:?}");
    }
}

#[tokio::test]
async fn bash_completes_past_the_first_word() {
    let bash = debian::ensure("bash", "bash");
    let env = Sealed::new();
    let file = script(&env, "bash", "prx-tunnel.bash").await;
    for (typed, offered) in CASES {
        // The shell's own protocol: COMP_WORDS / COMP_CWORD set, the function `complete -p`
        // registered for prx-tunnel called, COMPREPLY read back.
        let probe = format!(
            r#"source {file:?}
line={typed:?}; read -ra COMP_WORDS <<< "$line"; [[ "$line" == *" " ]] && COMP_WORDS+=("")
COMP_LINE="$line"; COMP_POINT=${{#line}}; COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))
fn=$(complete -p prx-tunnel | sed -E 's/.* -F ([^ ]+) .*/\1/')
"$fn" prx-tunnel "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#
        );
        let got = run(&bash, &["--norc", "--noprofile", "-c", &probe]);
        assert_offers("bash", typed, got.lines().collect(), offered);
    }
}

#[tokio::test]
async fn fish_completes_commands_flags_and_values() {
    let fish = debian::ensure("fish", "fish");
    let env = Sealed::new();
    let file = script(&env, "fish", "prx-tunnel.fish").await;
    for (typed, offered) in CASES {
        let probe = format!("source {}; complete -C {}", file.display(), shlex::try_quote(typed).unwrap());
        let got = run(&fish, &["--no-config", "-c", &probe]);
        assert_offers("fish", typed, got.lines().map(|l| l.split('\t').next().unwrap_or_default()).collect(), offered);
    }
}

#[tokio::test]
async fn zsh_completes_in_a_terminal() {
    let zsh = debian::ensure("zsh", "zsh");
    let env = Sealed::new();
    let file = script(&env, "zsh", "_prx-tunnel").await;
    let rc = format!(
        "fpath=({} $fpath)\nautoload -Uz compinit\ncompinit -u -d {}\nPS1='zsh-ready> '\n",
        file.parent().unwrap().display(),
        env.root().join("zcompdump").display()
    );
    env.write("zdot/.zshrc", rc);
    let bin_dir = Path::new(BIN).parent().unwrap().display().to_string();
    let cmd = env
        .cmd()
        .program(&zsh)
        .args(["-i"])
        .env("ZDOTDIR", env.root().join("zdot").display().to_string())
        .env("TERM", "xterm")
        .env("PATH", format!("{bin_dir}:/usr/bin:/bin"));
    let t = Tmux::run(&cmd.shell_line(), 160, 30);
    let wait = Duration::from_secs(20);
    t.wait_for(wait, "the zsh prompt", |s| s.contains("zsh-ready>")).await;
    for (typed, offered) in CASES {
        t.keys(&["C-u", typed, "Tab"]);
        let screen =
            t.wait_for(wait, &format!("zsh to complete {typed:?}"), |s| offered.iter().all(|w| s.contains(w))).await;
        assert!(screen.contains("zsh-ready> prx-tunnel"), "{screen}");
        t.keys(&["C-c"]);
        t.wait_for(wait, "a fresh prompt", |s| s.trim_end().ends_with("zsh-ready>")).await;
    }
}
