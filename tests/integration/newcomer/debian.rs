//! Outside programs the newcomer tests drive (tmux, bash, zsh, fish), installed from Debian's
//! packages when missing: idempotent, one install at a time, and a clear failure (never a
//! silent skip) when they cannot be had. `.ci/run` installs the same packages up front.

use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;

static INSTALLING: Mutex<()> = Mutex::new(());

/// The path of `program`, installing Debian package `package` first when it is not on PATH.
pub fn ensure(program: &str, package: &str) -> PathBuf {
    let _one_at_a_time = INSTALLING.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(path) = which(program) {
        return path;
    }
    let mut detail = apt_get(&["install", "-y", "-q", "--no-install-recommends", package]);
    if which(program).is_none() {
        // A fresh machine may have no package lists yet.
        detail.push_str(&apt_get(&["update", "-q"]));
        detail.push_str(&apt_get(&["install", "-y", "-q", "--no-install-recommends", package]));
    }
    which(program).unwrap_or_else(|| {
        panic!(
            "{program} is needed by this test and could not be installed (as root: apt-get install {package}):\n{detail}"
        )
    })
}

/// Runs apt-get; returns what it printed (for the failure message).
fn apt_get(args: &[&str]) -> String {
    match Command::new("apt-get").args(args).env("DEBIAN_FRONTEND", "noninteractive").output() {
        Ok(out) => format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        Err(e) => format!("could not run apt-get: {e}\n"),
    }
}

fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(program)).find(|p| p.is_file())
}
