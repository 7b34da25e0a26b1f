//! The private directory holding the generated agent config: mode 0700, the file 0600, both
//! removed when the tunnel ends. Leftovers of a prx-tunnel that was killed (`kill -9`) are
//! removed by the next CLI-mode start.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The name prefix of our private directories: `prx-tunnel-agent.<pid>.<random>`.
const PREFIX: &str = "prx-tunnel-agent.";

/// The generated config's file name.
const FILE: &str = "agent.yml";

/// A private directory, removed (with its contents) on drop.
pub struct PrivateDir {
    dir: tempfile::TempDir,
}

/// Where private directories go: `$XDG_RUNTIME_DIR` (a per-user tmpfs) when usable, else the
/// system temp dir.
pub fn base_dir() -> PathBuf {
    dirs::runtime_dir().filter(|d| d.is_dir()).unwrap_or_else(std::env::temp_dir)
}

impl PrivateDir {
    /// Creates one under [`base_dir`], first removing those left by dead prx-tunnel processes.
    pub fn create() -> Result<PrivateDir> {
        let base = base_dir();
        clean_stale(&base);
        let dir = tempfile::Builder::new()
            .prefix(&format!("{PREFIX}{}.", std::process::id()))
            .permissions(fs::Permissions::from_mode(0o700))
            .tempdir_in(&base)
            .with_context(|| format!("could not create a private directory in {}", base.display()))?;
        Ok(PrivateDir { dir })
    }

    /// The generated config's path (whether or not it was written yet).
    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join(FILE)
    }

    /// Writes the generated config, mode 0600 from its first byte, replacing any previous one
    /// atomically. Returns its path.
    pub fn write_config(&self, yaml: &str) -> Result<PathBuf> {
        let path = self.config_path();
        let tmp = self.dir.path().join(format!(".{FILE}.tmp"));
        let _ = fs::remove_file(&tmp);
        let mut f = OpenOptions::new()
            .create_new(true)
            .write(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("could not create {}", tmp.display()))?;
        f.write_all(yaml.as_bytes()).with_context(|| format!("could not write {}", tmp.display()))?;
        fs::rename(&tmp, &path).with_context(|| format!("could not write {}", path.display()))?;
        Ok(path)
    }
}

/// Removes our private directories whose owning process is gone.
fn clean_stale(base: &Path) {
    let Ok(entries) = fs::read_dir(base) else {
        return;
    };
    let uid = nix::unistd::getuid().as_raw();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(PREFIX)).and_then(|r| r.split('.').next()) else {
            continue;
        };
        let Ok(pid) = pid.parse::<i32>() else {
            continue;
        };
        let ours = entry.metadata().is_ok_and(|m| m.is_dir() && m.uid() == uid);
        if ours && pid > 0 && !alive(pid) {
            tracing::debug!(dir = %entry.path().display(), "removing the private directory of a prx-tunnel that is gone");
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

fn alive(pid: i32) -> bool {
    !matches!(nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None), Err(nix::errno::Errno::ESRCH))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_is_0600_in_a_0700_dir_and_gone_on_drop() {
        let dir = PrivateDir::create().unwrap();
        let path = dir.write_config("authtoken: x\n").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
        let again = dir.write_config("authtoken: y\n").unwrap();
        assert_eq!((again.clone(), fs::read_to_string(&again).unwrap()), (path.clone(), "authtoken: y\n".to_owned()));
        let parent = path.parent().unwrap().to_owned();
        drop(dir);
        assert!(!parent.exists(), "{} survived", parent.display());
    }

    #[test]
    fn stale_dirs_of_dead_processes_are_removed_live_ones_kept() {
        let base = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let stale = base.path().join(format!("{PREFIX}{dead}.abc"));
        let live = base.path().join(format!("{PREFIX}{}.def", std::process::id()));
        let other = base.path().join("something-else.1.x");
        for d in [&stale, &live, &other] {
            fs::create_dir(d).unwrap();
        }
        clean_stale(base.path());
        assert!(!stale.exists() && live.exists() && other.exists());
    }
}
