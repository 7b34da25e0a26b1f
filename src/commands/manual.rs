//! The hand-written parts of the man pages, around what clap_mangen renders from the command
//! line: prx-tunnel(1) gets CONFIGURATION, ENVIRONMENT, FILES, EXIT STATUS, SIGNALS, EXAMPLES
//! and SEE ALSO; prx-tunnel.toml(5) documents the config file. Keys and exit statuses come
//! from `reference`, the same source as README's tables.

use anyhow::{Context, Result};

use super::reference::{CONFIG_KEYS, EXIT_STATUS, KeyDoc};
use super::roff::{escape, example, inline, paragraphs, section, tagged};

/// The config file page's file name.
pub const CONFIG_PAGE: &str = "prx-tunnel.toml.5";

const CONFIG_INTRO: &[&str] = &[
    "The config file is `--config FILE`, else `$PRX_TUNNEL_CONFIG`, else `~/.config/prx-tunnel/config.toml`; \
     with no file at all, defaults and flags are used. It may be a whole PRX config: only `[tunnel]` and \
     `[tunnel.ngrok]` are read, other tables (and `[tunnel.cloudflare]`, `[tunnel.tailscale]`, `[tunnel.custom]`) \
     are ignored.",
    "An unknown key is an error naming the key, the file, line and column, and the closest valid key. Every problem \
     is reported at once; nothing connects until the config is valid (exit 2). `${VAR}` is expanded in every string \
     (`$${` is a literal `${`); an unset variable is an error naming it, in the keys the command uses (`api_key` only \
     matters to `event-streams`; `authtoken = \"${NGROK_AUTHTOKEN}\"` unset means no authtoken in the file). Secrets \
     (authtoken, api_key, basic-auth passwords) are masked in every output. Command-line flags override the file. \
     `prx-tunnel check` prints the effective configuration as a file that loads back to the same settings.",
];

const ENVIRONMENT: &[(&str, &str)] = &[
    ("PRX_TUNNEL_CONFIG", "the config file, when `--config` is not given"),
    ("NGROK_AUTHTOKEN", "the ngrok authtoken, when the config file has none"),
    ("NGROK_CONFIG", "the ngrok agent's config files (comma-separated), read for an authtoken; never written"),
    ("NGROK_API_KEY", "the ngrok REST API key of `event-streams`, when `--api-key` is not given"),
    ("NGROK_API_URL", "the ngrok REST API base URL (default `https://api.ngrok.com`)"),
    ("XDG_CONFIG_HOME, XDG_STATE_HOME, HOME", "where the config file and the tunnels' state are looked for"),
    ("NO_COLOR, CLICOLOR", "set `NO_COLOR` or `CLICOLOR=0` for help text without colour (never coloured on a pipe)"),
    (
        "TERM",
        "`dumb` turns off the progress line of `start` (also off with `-q`, `--json`, or when stderr is no terminal)",
    ),
];

const FILES: &[(&str, &str)] = &[
    ("~/.config/prx-tunnel/config.toml", "the default config file; see prx-tunnel.toml(5)"),
    (
        "~/.config/ngrok/ngrok.yml",
        "the ngrok agent's config: its authtoken is used when no other is set; read, never written",
    ),
    (
        "~/.local/state/prx-tunnel/NAME.json, NAME.lock",
        "the state and lock of the running tunnel NAME (what `status` shows)",
    ),
    (
        "~/.local/state/prx-tunnel/NAME.log",
        "the log of a `start --detach` tunnel; the previous three runs are kept as NAME.log.1 to .3",
    ),
];

const SIGNALS: &[(&str, &str)] = &[
    ("SIGINT, SIGTERM", "stop the tunnel gracefully (in-flight requests get a short grace) and exit 0"),
    (
        "SIGHUP",
        "reload the config file: a valid change re-establishes the tunnel and prints the new URL; an invalid one is logged and the running tunnel keeps serving",
    ),
];

const EXAMPLES: &str = "\
prx-tunnel check                        # validate; exit 2 says why a start would fail
prx-tunnel start --port 3000            # the URL on stdout; Ctrl-C stops it
URL=$(prx-tunnel start --detach -n web) # background tunnel, URL captured by a script
prx-tunnel status -n web                # exit 0 online, 5 running but not online, 1 not running
prx-tunnel stop -n web";

/// Sections appended to prx-tunnel(1); `pages` are the other pages shipped (for SEE ALSO).
pub fn main_sections(pages: &[String]) -> String {
    let mut out = section("CONFIGURATION");
    out.push_str(&paragraphs(&[CONFIG_INTRO[0], "The keys (full description: prx-tunnel.toml(5)):"]));
    out.push_str(&keys());
    out.push_str(&section("ENVIRONMENT"));
    out.push_str(&list(ENVIRONMENT));
    out.push_str(&section("FILES"));
    out.push_str(&list(FILES));
    out.push_str(&section("EXIT STATUS"));
    for (code, meaning) in EXIT_STATUS {
        out.push_str(&tagged(&format!("\\fB{code}\\fR"), &inline(meaning)));
    }
    out.push_str(&section("SIGNALS"));
    out.push_str(&list(SIGNALS));
    out.push_str(&section("EXAMPLES"));
    out.push_str(&example(EXAMPLES));
    out.push_str(&see_also(pages, "prx-tunnel.1"));
    out
}

/// The whole prx-tunnel.toml(5) page.
pub fn config_page(version: &str, pages: &[String]) -> String {
    let mut out = format!(".TH prx-tunnel.toml 5 \"\" \"prx-tunnel {version}\" \"File Formats\"\n");
    out.push_str(&section("NAME"));
    out.push_str("prx\\-tunnel.toml \\- the configuration file of prx\\-tunnel\n");
    out.push_str(&section("SYNOPSIS"));
    out.push_str(&example(
        "[tunnel]\nlocal_addr = \"127.0.0.1:8080\"\n\n[tunnel.ngrok]\nauthtoken = \"${NGROK_AUTHTOKEN}\"",
    ));
    out.push_str(&section("DESCRIPTION"));
    out.push_str(&paragraphs(CONFIG_INTRO));
    out.push_str(&section("KEYS"));
    out.push_str(&paragraphs(&[
        "`[tunnel]` holds `backend` and `local_addr`; every other key is in `[tunnel.ngrok]`.",
    ]));
    out.push_str(&keys());
    out.push_str(&section("FILES"));
    out.push_str(&list(&FILES[..2]));
    out.push_str(&see_also(pages, CONFIG_PAGE));
    out
}

/// SEE ALSO for page `me`: every other page shipped, and nothing else.
pub fn see_also(pages: &[String], me: &str) -> String {
    let refs: Vec<String> = pages
        .iter()
        .filter(|p| p.as_str() != me)
        .filter_map(|p| p.rsplit_once('.'))
        .map(|(name, sec)| format!("\\fB{}\\fR({sec})", escape(name)))
        .collect();
    // No hyphenation: a reference broken over two lines could not be copied.
    format!("{}.nh\n{}\n.hy\n", section("SEE ALSO"), refs.join(", "))
}

/// Appends `extra` (roff) to a rendered page.
pub fn append(page: &mut Vec<u8>, extra: &str) -> Result<()> {
    std::io::Write::write_all(page, extra.as_bytes()).context("could not render man page")
}

fn keys() -> String {
    CONFIG_KEYS.iter().map(|k| tagged(&inline(k.key), &inline(&key_body(k)))).collect()
}

fn key_body(k: &KeyDoc) -> String {
    let mut parts = vec![format!("Type: {}", k.ty), format!("default: {}", k.default)];
    for (mode, what) in [("SDK mode", k.sdk), ("CLI mode", k.cli)] {
        match what {
            "" => {}
            "✓" => parts.push(format!("{mode}: yes")),
            "–" => parts.push(format!("{mode}: not used")),
            other => parts.push(format!("{mode}: {}", other.trim_start_matches("✓ "))),
        }
    }
    let meaning = if k.meaning.is_empty() { String::new() } else { format!(" \u{2014} {}", k.meaning) };
    format!("{}.{meaning}", parts.join("; "))
}

fn list(items: &[(&str, &str)]) -> String {
    items.iter().map(|(tag, body)| tagged(&format!("\\fB{}\\fR", escape(tag)), &inline(body))).collect()
}
