//! Finding the ngrok agent (`ngrok_path`, else `ngrok` on PATH) and learning its version
//! from `ngrok version`, which decides the option spellings it gets.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::exit::Fail;

/// What a user without the agent should do.
pub const INSTALL_HINT: &str = "Install the ngrok agent (https://ngrok.com/download) and put it on PATH, set \
     [tunnel.ngrok] ngrok_path to where it is, or use mode = \"sdk\", which needs no agent.";

/// How long `ngrok version` may take.
const VERSION_TIMEOUT: Duration = Duration::from_secs(10);

/// The agent generations prx-tunnel speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Major {
    /// ngrok 2.x (the 2.3.41 agent): v2 option spellings, fewer tunnel options.
    V2,
    /// ngrok 3.x and later.
    V3,
}

/// An agent binary and its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// The binary.
    pub path: PathBuf,
    /// Its version, e.g. `3.19.1`.
    pub version: String,
    /// Its generation.
    pub major: Major,
}

impl Agent {
    /// True when its version is `min` or later (a pre-release counts as its release).
    pub fn at_least(&self, min: (u32, u32, u32)) -> bool {
        let mut parts = self.version.split(['.', '-']).map(|p| p.parse::<u32>().unwrap_or(0));
        let v = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        v >= min
    }
}

/// The agent binary: `ngrok_path` when configured (a bare name is looked up on PATH), else
/// `ngrok` on PATH. Missing → a usage error (exit 2) with the install hint.
pub fn locate(ngrok_path: Option<&Path>) -> Result<PathBuf> {
    match ngrok_path {
        Some(p) if p.components().count() > 1 || p.is_absolute() => {
            if is_executable(p) {
                Ok(p.to_owned())
            } else if p.exists() {
                Err(Fail::usage(format!("ngrok_path {} is not an executable file.\n{INSTALL_HINT}", p.display())))
            } else {
                Err(Fail::usage(format!("ngrok_path {} does not exist.\n{INSTALL_HINT}", p.display())))
            }
        }
        Some(name) => on_path(name).ok_or_else(|| {
            Fail::usage(format!("ngrok_path {:?} was not found on PATH.\n{INSTALL_HINT}", name.display().to_string()))
        }),
        None => on_path(Path::new("ngrok")).ok_or_else(|| {
            Fail::usage(format!("the ngrok agent was not found on PATH (mode = \"cli\").\n{INSTALL_HINT}"))
        }),
    }
}

fn on_path(name: &Path) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Runs `<path> version` (bounded by a deadline) and reads the version it prints.
pub fn detect(path: &Path) -> Result<Agent> {
    let mut child = Command::new(path)
        .arg("version")
        .env_remove("NGROK_AUTHTOKEN")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not run {} version", path.display()))?;
    let start = Instant::now();
    while child.try_wait()?.is_none() {
        if start.elapsed() > VERSION_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            anyhow::bail!("{} version did not answer within {VERSION_TIMEOUT:?}", path.display());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output()?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let (version, major) = parse_version(&text).ok_or_else(|| {
        Fail::usage(format!(
            "{} does not look like the ngrok agent: `{} version` printed {:?}.\n{INSTALL_HINT}",
            path.display(),
            path.display(),
            text.trim()
        ))
    })?;
    Ok(Agent { path: path.to_owned(), version, major })
}

/// Reads `ngrok version 3.19.1` (or `ngrok version 2.3.41`) into the version and its
/// generation. Versions before 2 are refused (None).
pub fn parse_version(text: &str) -> Option<(String, Major)> {
    let line = text.lines().find(|l| l.to_ascii_lowercase().contains("version"))?;
    let word = line.split_whitespace().map(|w| w.trim_start_matches(['v', 'V'])).find(|w| {
        w.split('.').count() >= 2
            && w.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    })?;
    let major: u32 = word.split('.').next()?.parse().ok()?;
    match major {
        2 => Some((word.to_owned(), Major::V2)),
        m if m >= 3 => Some((word.to_owned(), Major::V3)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(parse_version("ngrok version 2.3.41\n"), Some(("2.3.41".into(), Major::V2)));
        assert_eq!(parse_version("ngrok version 3.19.1"), Some(("3.19.1".into(), Major::V3)));
        assert_eq!(parse_version("WARN something\nngrok version v3.5.0-beta"), Some(("3.5.0-beta".into(), Major::V3)));
        assert_eq!(parse_version("ngrok version 4.0.0"), Some(("4.0.0".into(), Major::V3)));
        assert_eq!(parse_version("ngrok version 1.7"), None);
        assert_eq!(parse_version("usage: ngrok [command]"), None);
        assert_eq!(parse_version(""), None);
    }

    #[test]
    fn missing_binary_is_a_usage_error_with_the_hint() {
        let err = locate(Some(Path::new("/nonexistent/dir/ngrok"))).unwrap_err();
        assert_eq!(crate::exit::exit_code(&err), crate::exit::Exit::Usage);
        assert!(err.to_string().contains("does not exist") && err.to_string().contains("https://ngrok.com/download"));
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("ngrok");
        std::fs::write(&plain, "not executable").unwrap();
        let err = locate(Some(&plain)).unwrap_err();
        assert!(err.to_string().contains("not an executable"), "{err}");
        let err = locate(Some(Path::new("surely-no-such-agent-binary"))).unwrap_err();
        assert!(err.to_string().contains("not found on PATH"), "{err}");
    }

    #[test]
    fn detects_a_script_that_answers_like_the_agent() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let fake = dir.path().join("ngrok");
        std::fs::write(&fake, "#!/bin/sh\n[ \"$1\" = version ] && echo 'ngrok version 2.3.41'\n").unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(locate(Some(&fake)).unwrap(), fake);
        let agent = detect(&fake).unwrap();
        assert_eq!((agent.version.as_str(), agent.major), ("2.3.41", Major::V2));
        std::fs::write(&fake, "#!/bin/sh\necho hello\n").unwrap();
        let err = detect(&fake).unwrap_err();
        assert!(err.to_string().contains("does not look like the ngrok agent"), "{err}");
    }
}
