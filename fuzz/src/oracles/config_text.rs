//! The `config` target: TOML text and flag lines through `config::parse_text`.

use std::path::Path;

use prx_tunnel::config::{self, TunnelConfig, TunnelFlags};

/// The line that separates a config input's TOML text from its flag lines.
pub const FLAGS_MARKER: &str = "\n#--flags--\n";

/// A secret reachable through `${SECRET}` in a config input.
pub const ENV_SECRET: &str = "2envSECRETvalue9Zq7wX";

/// Where every config input pretends to live (nothing is read from there).
pub const CONFIG_PATH: &str = "/nonexistent/prx-fuzz/prx.toml";

/// The environment a config input sees: a few set variables, the rest unset.
fn env(name: &str) -> Option<String> {
    match name {
        "SECRET" | "NGROK_AUTHTOKEN" => Some(ENV_SECRET.to_owned()),
        "EMPTY" => Some(String::new()),
        "PORT" => Some("8080".to_owned()),
        "HOME" => Some("/nonexistent/prx-fuzz/home".to_owned()),
        _ => None,
    }
}

/// Splits a config input into its TOML text and its command line (`start` plus one argument
/// per flag line), parsed by prx-tunnel's own clap definitions; flags clap refuses are dropped.
fn config_input(data: &[u8]) -> (String, TunnelFlags, Vec<String>) {
    let all = String::from_utf8_lossy(data);
    let (text, flag_lines) = all.split_once(FLAGS_MARKER).unwrap_or((&all, ""));
    let args: Vec<String> = flag_lines.lines().map(str::to_owned).filter(|a| !a.is_empty()).collect();
    let argv = ["prx-tunnel", "start"].into_iter().map(str::to_owned).chain(args.iter().cloned());
    let flags = match <prx_tunnel::cli::Cli as clap::Parser>::try_parse_from(argv) {
        Ok(prx_tunnel::cli::Cli { command: prx_tunnel::cli::Command::Start(start), .. }) => start.tunnel,
        _ => TunnelFlags::default(),
    };
    (text.to_owned(), flags, args)
}

/// The secrets written literally in the text (authtoken, api_key, basic-auth passwords), read
/// independently of prx-tunnel with the `toml` crate.
fn literal_secrets(text: &str) -> Vec<String> {
    let Ok(doc) = text.parse::<toml::Table>() else { return Vec::new() };
    let Some(ngrok) = doc.get("tunnel").and_then(|t| t.get("ngrok")) else { return Vec::new() };
    let mut out: Vec<String> =
        ["authtoken", "api_key"].iter().filter_map(|k| ngrok.get(*k)?.as_str().map(str::to_owned)).collect();
    let auths: Vec<&toml::Value> = match ngrok.get("basic_auth") {
        Some(toml::Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    out.extend(auths.iter().filter_map(|a| a.as_str()?.split_once(':').map(|(_, pw)| pw.to_owned())));
    out
}

/// A secret the oracle can look for without false alarms: long, mixing letters and digits,
/// no `${`, and written exactly once in the input, in any case (so any copy in the output
/// came from it, not from another value that prx-tunnel lowercased).
fn traceable(secret: &str, input: &str) -> bool {
    secret.len() >= 10
        && secret.bytes().any(|b| b.is_ascii_digit())
        && secret.bytes().any(|b| b.is_ascii_alphabetic())
        && !secret.contains("${")
        && !secret.contains('\\')
        && input.to_lowercase().matches(&secret.to_lowercase()).count() == 1
}

/// True when `secret` is the value of `${SECRET}`, written once and used only there.
fn traceable_env(secret: &str, input: &str) -> bool {
    secret == ENV_SECRET && input.matches("${SECRET}").count() == 1 && !input.contains(ENV_SECRET)
}

/// Config loader: `config::parse_text` on arbitrary text and flags never panics; an error is a
/// usage error (exit 2) with a message; neither an error nor what `check` shows of a valid
/// config contains a secret of the input.
pub fn config(data: &[u8]) {
    let (text, flags, args) = config_input(data);
    let input = format!("{text}\n{}", args.join("\n"));
    let mut secrets: Vec<String> = literal_secrets(&text);
    secrets.extend(flags.basic_auth.iter().filter_map(|s| s.expose().split_once(':').map(|(_, pw)| pw.to_owned())));
    secrets.retain(|s| traceable(s, &input));
    match config::parse_text(Path::new(CONFIG_PATH), &text, &flags, &env) {
        Ok(cfg) => {
            let shown = shown_by_check(&cfg);
            for s in cfg.secrets().iter().map(|s| s.expose().to_owned()).chain(secrets) {
                if traceable(&s, &input) || traceable_env(&s, &input) {
                    assert!(!shown.contains(&s), "a secret ({} bytes) is shown by check:\n{shown}", s.len());
                }
            }
        }
        Err(e) => {
            let message = format!("{e:#}");
            assert!(!message.trim().is_empty(), "an empty error message");
            assert_eq!(prx_tunnel::exit::exit_code(&e).code(), 2, "not a usage error: {message}");
            for s in &secrets {
                assert!(!message.contains(s.as_str()), "a secret ({} bytes) is in the error:\n{message}", s.len());
            }
        }
    }
}

/// What `check` prints for a valid config (the file part and, in SDK mode, the plan; the CLI
/// plan is left out because it runs the agent binary), plus its `Debug` form.
fn shown_by_check(cfg: &TunnelConfig) -> String {
    let body = toml::to_string(&serde_json::json!({ "tunnel": cfg })).unwrap_or_default();
    let plan = match cfg.mode {
        config::Mode::Sdk => prx_tunnel::commands::check::plan(cfg).map(|p| p.join("\n")).unwrap_or_default(),
        config::Mode::Cli => String::new(),
    };
    format!("{body}\n{plan}\n{cfg:?}")
}
