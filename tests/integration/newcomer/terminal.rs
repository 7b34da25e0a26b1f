//! The terminal a newcomer sees, in a real terminal (tmux): the spinner line is gone once the
//! tunnel is online or has failed, it is never drawn for `TERM=dumb` or `-q`, `-q` leaves only
//! the URL, and help text has no colour under `NO_COLOR`.

use std::time::Duration;

use super::tmux::Tmux;
use crate::support::Cmd;
use crate::world::{Mode, World, set_mode};

const SPINNER: &str = "connecting to ngrok…";
const WAIT: Duration = Duration::from_secs(20);

/// The URL on a line of its own (the log line "tunnel online url=…" comes just before it).
fn url_shown(screen: &str) -> bool {
    screen.lines().any(|l| l.starts_with("https://"))
}

/// Starts `cmd` in a terminal, waits for `done` on the screen, presses Ctrl-C and waits for
/// the exit; returns the screen as it was at `done`, and everything written.
async fn in_terminal(cmd: Cmd, term: &str, done: impl Fn(&str) -> bool) -> (String, String) {
    let t = Tmux::run(&cmd.env("TERM", term).shell_line(), 160, 30);
    let screen = t.wait_for(WAIT, "the tunnel to be up or to fail", done).await;
    if !screen.contains("[exited]") {
        t.keys(&["C-c"]);
        t.wait_for(WAIT, "prx-tunnel to exit", |s| s.contains("[exited]")).await;
    }
    (screen, t.raw())
}

#[tokio::test]
async fn online_leaves_only_the_logs_and_the_url_on_screen() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (screen, raw) = in_terminal(w.cmd(&cfg).args(["start"]), "xterm-256color", url_shown).await;
    assert!(raw.contains(SPINNER), "the spinner was drawn on a terminal:\n{raw}");
    assert!(!screen.contains(SPINNER), "the spinner line stayed:\n{screen}");
    let url_line = screen.lines().find(|l| l.starts_with("https://")).expect("the URL on its own line");
    assert!(url_line.trim_end().ends_with(".ngrok-free.app"), "{url_line:?}");
    assert!(screen.lines().all(|l| l.starts_with(" INFO") || l.starts_with(" WARN") || l == url_line), "{screen}");
}

#[tokio::test]
async fn a_failure_clears_the_spinner_too() {
    let w = World::new(Mode::Sdk).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let text =
        std::fs::read_to_string(w.config("")).unwrap().replace(&w.edge.agent_addr().to_string(), &closed.to_string());
    let cfg = w.env.write("refused.toml", text);
    set_mode(&cfg, 0o600);
    let cmd = w.cmd(&cfg).args(["start", "--timeout", "2"]);
    let (screen, raw) = in_terminal(cmd, "xterm-256color", |s| s.contains("[exited]")).await;
    assert!(raw.contains(&format!("{SPINNER} connection to {closed} refused")), "the spinner says why:\n{raw}");
    assert!(!screen.contains(SPINNER), "the spinner line stayed:\n{screen}");
    assert!(screen.contains("error: no public URL within 2s"), "{screen}");
}

#[tokio::test]
async fn dumb_terminals_and_quiet_get_no_spinner_and_quiet_only_the_url() {
    let w = World::new(Mode::Sdk).await;
    let cfg = w.config("");
    let (_, raw) = in_terminal(w.cmd(&cfg).args(["start"]), "dumb", url_shown).await;
    assert!(!raw.contains(SPINNER), "a spinner on TERM=dumb:\n{raw}");
    let (screen, raw) = in_terminal(w.cmd(&cfg).args(["-q", "start"]), "xterm", url_shown).await;
    assert!(!raw.contains(SPINNER), "a spinner with -q:\n{raw}");
    let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() == 1 && lines[0].starts_with("https://"), "-q shows only the URL:\n{screen}");
}

#[tokio::test]
async fn no_color_and_clicolor_switch_colour_off() {
    let w = World::new(Mode::Sdk).await;
    let help = |k: &str, v: &str| w.env.cmd().env(k, v).args(["start", "--help"]);
    let coloured = |cmd: Cmd| async {
        let (_, raw) = in_terminal(cmd, "xterm-256color", |s| s.contains("[exited]")).await;
        raw.contains("\u{1b}[1m") || raw.contains("\u{1b}[4m") || raw.contains("\u{1b}[3")
    };
    // The sealed environment sets NO_COLOR=1; CLICOLOR=0 alone must do the same.
    assert!(!coloured(help("NO_COLOR", "1")).await, "colour despite NO_COLOR");
    let mut plain = w.env.cmd().args(["start", "--help"]).env("CLICOLOR", "0");
    plain = plain.env_remove("NO_COLOR");
    assert!(!coloured(plain).await, "colour despite CLICOLOR=0");
    let mut tty = w.env.cmd().args(["start", "--help"]);
    tty = tty.env_remove("NO_COLOR");
    assert!(coloured(tty).await, "a terminal without NO_COLOR gets the help in colour");
    // Not a terminal: never colour.
    let mut piped = w.env.cmd().args(["start", "--help"]);
    piped = piped.env_remove("NO_COLOR");
    let out = piped.run().await.success();
    assert!(!out.stdout.contains('\u{1b}'), "colour on a pipe");
}
