//! The man pages as a man-page reader sees them (man-db from Debian): the sections expected of
//! prx-tunnel(1), a prx-tunnel.toml(5) page that agrees with README's config table, SEE ALSO
//! naming only pages that exist, and no roff warnings.

use std::path::Path;
use std::process::Command;

use super::debian;
use crate::support::Sealed;

/// A page rendered by `man`, asserting it renders without a warning.
fn render(man: &Path, page: &Path) -> String {
    let out = Command::new(man)
        .args(["--warnings", "-l"])
        .arg(page)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("MANWIDTH", "200")
        .env("LC_ALL", "C.UTF-8")
        .env("MANPAGER", "cat")
        .output()
        .expect("run man");
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && warnings.trim().is_empty(), "{}: {warnings}", page.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `name(section)` references of a rendered SEE ALSO section.
fn see_also(text: &str) -> Vec<String> {
    let Some((_, rest)) = text.split_once("\nSEE ALSO\n") else { return Vec::new() };
    let body = rest.split("\n\n").next().unwrap_or_default();
    body.split(',').map(|r| r.split_whitespace().collect::<String>()).filter(|r| !r.is_empty()).collect()
}

/// `man`, and the pages `prx-tunnel man --dir` writes in a sealed environment.
async fn generated() -> (std::path::PathBuf, Sealed, std::path::PathBuf) {
    let man = debian::ensure("man", "man-db");
    let env = Sealed::new();
    let dir = env.root().join("man");
    env.cmd().args(["man", "--dir", dir.to_str().unwrap()]).run().await.success();
    (man, env, dir)
}

#[tokio::test]
async fn man_pages_have_the_expected_sections_and_only_real_references() {
    let (man, _env, dir) = generated().await;
    let main = render(&man, &dir.join("prx-tunnel.1"));
    for section in [
        "DESCRIPTION",
        "COMMANDS",
        "CONFIGURATION",
        "ENVIRONMENT",
        "FILES",
        "EXIT STATUS",
        "SIGNALS",
        "EXAMPLES",
        "SEE ALSO",
    ] {
        assert!(main.contains(&format!("\n{section}\n")), "prx-tunnel(1) lacks {section}:\n{main}");
    }
    for page in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
        let text = render(&man, &page);
        let refs = see_also(&text);
        assert!(!refs.is_empty(), "{} has no SEE ALSO", page.display());
        for r in refs {
            let (name, sec) = r.trim_end_matches(')').split_once('(').unwrap_or_else(|| panic!("odd reference {r:?}"));
            assert!(dir.join(format!("{name}.{sec}")).exists(), "{} names {r}, which does not exist", page.display());
        }
    }
    assert!(!main.contains("prx-tunnel-help"), "a page for `help` does not exist");
}

#[tokio::test]
async fn the_config_page_agrees_with_the_readme_table() {
    let (man, _env, dir) = generated().await;
    let page = render(&man, &dir.join("prx-tunnel.toml.5"));
    let main = render(&man, &dir.join("prx-tunnel.1"));
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let table = readme.split("| key | type | default | SDK | CLI | meaning |").nth(1).expect("README's config table");
    let rows: Vec<&str> = table.lines().skip(2).take_while(|l| l.starts_with('|')).collect();
    assert!(rows.len() >= 20, "{rows:?}");
    for row in rows {
        let cells: Vec<String> = row.trim_matches('|').split('|').map(|c| c.trim().replace('`', "")).collect();
        let (key, ty, default) = (&cells[0], &cells[1], &cells[2]);
        for text in [&page, &main] {
            let at = text.find(&format!("\n       {key}")).unwrap_or_else(|| panic!("{key} missing from a man page"));
            let entry: String =
                text[at..].split("\n\n").next().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(entry.contains(&format!("Type: {ty}; default: {default}")), "{key}: man says {entry:?}");
        }
    }
}
