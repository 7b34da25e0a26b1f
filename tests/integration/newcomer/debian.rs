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
    let install = Command::new("apt-get")
        .args(["install", "-y", "-q", "--no-install-recommends", package])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output();
    let detail = match &install {
        Ok(out) => format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        Err(e) => format!("could not run apt-get: {e}"),
    };
    which(program).unwrap_or_else(|| {
        panic!(
            "{program} is needed by this test and could not be installed (as root: apt-get install {package}):\n{detail}"
        )
    })
}

fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(program)).find(|p| p.is_file())
}
