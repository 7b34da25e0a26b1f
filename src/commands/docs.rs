//! `prx-tunnel completions` and `prx-tunnel man`: generated from the clap definitions, and
//! committed under completions/ and man/ (a test fails when those files are stale).

use std::path::Path;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::Cli;

/// The completion script for `shell`.
pub fn completion(shell: clap_complete::Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "prx-tunnel", &mut buf);
    if shell == clap_complete::Shell::Bash {
        buf = fix_bash_states(&String::from_utf8_lossy(&buf)).into_bytes();
    }
    buf
}

/// clap_complete (clap-rs/clap#6421) names the bash script's states for a hyphenated binary
/// `prx__tunnel__subcmd__…` while it names their `case` arms `prx__subcmd__tunnel__subcmd__…`,
/// so nothing completes past the first word. The arms are renamed to the states' names.
fn fix_bash_states(script: &str) -> String {
    script.replace("prx__subcmd__tunnel__", "prx__tunnel__")
}

/// Every man page: (file name, contents) for prx-tunnel.1 (with CONFIGURATION, ENVIRONMENT,
/// FILES, EXIT STATUS, SIGNALS, EXAMPLES, SEE ALSO), each command's page, and
/// prx-tunnel.toml(5). No `help` pages: `help` is not a command with a page of its own.
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let cmd = Cli::command().disable_help_subcommand(true);
    let mut pages = Vec::new();
    collect(&cmd, "prx-tunnel", &mut pages)?;
    let names: Vec<String> =
        pages.iter().map(|(n, _)| n.clone()).chain([super::manual::CONFIG_PAGE.to_owned()]).collect();
    let version = cmd.get_version().unwrap_or_default().to_owned();
    for (name, body) in pages.iter_mut() {
        let extra = if name == "prx-tunnel.1" {
            super::manual::main_sections(&names)
        } else {
            super::manual::see_also(&["prx-tunnel.1".to_owned(), super::manual::CONFIG_PAGE.to_owned()], "")
        };
        super::manual::append(body, &format!("{extra}.SH VERSION\nv{version}\n"))?;
    }
    pages.push((super::manual::CONFIG_PAGE.to_owned(), super::manual::config_page(&version, &names).into_bytes()));
    Ok(pages)
}

/// One of clap_mangen's section renderers.
type RenderSection = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;

fn collect(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let cmd = cmd
        .clone()
        .name(name.to_owned())
        .display_name(name.to_owned())
        .disable_help_subcommand(true)
        .subcommand_help_heading("COMMANDS");
    let mut buf = Vec::new();
    let man = clap_mangen::Man::new(cmd.clone());
    // The root's after-help (the exit codes) becomes EXIT STATUS instead of "EXTRA".
    let root = name == "prx-tunnel";
    let sections: [(bool, RenderSection); 7] = [
        (true, clap_mangen::Man::render_title),
        (true, clap_mangen::Man::render_name_section),
        (true, clap_mangen::Man::render_synopsis_section),
        (true, clap_mangen::Man::render_description_section),
        (cmd.get_arguments().any(|a| !a.is_hide_set()), clap_mangen::Man::render_options_section),
        (cmd.has_subcommands(), clap_mangen::Man::render_subcommands_section),
        (
            !root && (cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some()),
            clap_mangen::Man::render_extra_section,
        ),
    ];
    for (wanted, render) in sections {
        if wanted {
            render(&man, &mut buf).context("could not render man page")?;
        }
    }
    pages.push((format!("{name}.1"), buf));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

/// `prx-tunnel man [--dir DIR]`.
pub fn man(dir: Option<&Path>) -> Result<()> {
    let pages = man_pages()?;
    match dir {
        None => super::out_line(&String::from_utf8_lossy(&pages[0].1)),
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
            for (name, body) in pages {
                let path = dir.join(name);
                std::fs::write(&path, body).with_context(|| format!("could not write {}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// The file name each shell's completion script is committed under.
pub fn completion_file(shell: clap_complete::Shell) -> String {
    use clap_complete::Shell::*;
    match shell {
        Bash => "prx-tunnel.bash".into(),
        Zsh => "_prx-tunnel".into(),
        Fish => "prx-tunnel.fish".into(),
        PowerShell => "_prx-tunnel.ps1".into(),
        Elvish => "prx-tunnel.elv".into(),
        _ => format!("prx-tunnel.{shell}"),
    }
}
