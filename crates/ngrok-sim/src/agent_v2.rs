//! The real ngrok agent 2.3.41, from the npm registry package `@expo/ngrok-bin-linux-x64@2.3.42`:
//! fetched once (`npm pack`, unpack `package/ngrok`) into `<target>/ngrok-v2/ngrok`, configured
//! for a simulator [`Edge`], and run with its JSON log parsed ([`V2Agent`]).
//!
//! Where the binary is: `NGROK_V2_PATH` when set; else an existing `ngrok-v2/ngrok` under
//! `$CARGO_TARGET_DIR` or the workspace's `target/` (found from `CARGO_MANIFEST_DIR`); else it is
//! fetched into the first of those. Several test processes may call [`ensure_ngrok_v2`] at once:
//! a file lock makes one fetch while the others wait, and the binary appears by atomic rename.

mod process;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use nix::fcntl::{Flock, FlockArg};

pub use process::V2Agent;

use crate::Edge;

/// The npm package carrying the agent.
pub const V2_PACKAGE: &str = "@expo/ngrok-bin-linux-x64@2.3.42";
/// The agent version inside it.
pub const V2_VERSION: &str = "2.3.41";
/// Environment variable naming an existing ngrok 2.x binary (skips the fetch).
pub const V2_PATH_ENV: &str = "NGROK_V2_PATH";

/// Cache directories, in order of preference.
fn cache_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR").filter(|t| !t.is_empty()) {
        let target = PathBuf::from(target);
        let target =
            if target.is_absolute() { target } else { std::env::current_dir().unwrap_or_default().join(target) };
        dirs.push(target.join("ngrok-v2"));
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(target) = exe.ancestors().find(|a| a.file_name().is_some_and(|n| n == "target"))
    {
        dirs.push(target.join("ngrok-v2"));
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target");
    dirs.push(workspace.canonicalize().unwrap_or(workspace).join("ngrok-v2"));
    dirs.dedup();
    dirs
}

/// The path of the real ngrok 2.3.41 binary, fetching it with npm when it is not cached yet.
pub fn ensure_ngrok_v2() -> anyhow::Result<PathBuf> {
    if let Some(path) = std::env::var_os(V2_PATH_ENV).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        if !path.is_file() {
            bail!("{V2_PATH_ENV} points to {}, which is not a file", path.display());
        }
        return Ok(path);
    }
    let dirs = cache_dirs();
    if let Some(found) = dirs.iter().map(|d| d.join("ngrok")).find(|p| p.is_file()) {
        return Ok(found);
    }
    ensure_ngrok_v2_in(&dirs[0])
}

/// The agent cached in `dir` (as `dir/ngrok`), fetching it there first when missing.
pub fn ensure_ngrok_v2_in(dir: &Path) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    let bin = dir.join("ngrok");
    let lock = File::create(dir.join(".fetch.lock"))
        .with_context(|| format!("could not create a lock file in {}", dir.display()))?;
    let _lock =
        Flock::lock(lock, FlockArg::LockExclusive).map_err(|(_, e)| e).context("could not lock the ngrok v2 cache")?;
    if bin.is_file() {
        return Ok(bin);
    }
    let tmp = tempfile::Builder::new()
        .prefix(".fetch-")
        .tempdir_in(dir)
        .context("could not create a temp dir for the fetch")?;
    let packed = match Command::new("npm")
        .args(["pack", "--prefer-offline", "--silent", V2_PACKAGE])
        .current_dir(tmp.path())
        .output()
    {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "npm was not found on PATH: it is needed once to fetch the real ngrok {V2_VERSION} agent from the npm registry package {V2_PACKAGE}. Install Node.js/npm, or set {V2_PATH_ENV} to an ngrok 2.3.x binary."
        ),
        Err(e) => return Err(e).context("could not run npm"),
    };
    if !packed.status.success() {
        bail!("`npm pack {V2_PACKAGE}` failed ({}): {}", packed.status, String::from_utf8_lossy(&packed.stderr).trim());
    }
    let tgz = std::fs::read_dir(tmp.path())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "tgz"))
        .with_context(|| format!("`npm pack {V2_PACKAGE}` produced no .tgz in {}", tmp.path().display()))?;
    let untar = Command::new("tar")
        .arg("-xzf")
        .arg(&tgz)
        .arg("-C")
        .arg(tmp.path())
        .arg("package/ngrok")
        .output()
        .context("could not run tar")?;
    if !untar.status.success() {
        bail!("unpacking {} failed: {}", tgz.display(), String::from_utf8_lossy(&untar.stderr).trim());
    }
    let unpacked = tmp.path().join("package/ngrok");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&unpacked, std::fs::Permissions::from_mode(0o755))?;
    let version = Command::new(&unpacked).arg("version").output().context("could not run the unpacked ngrok")?;
    let text = String::from_utf8_lossy(&version.stdout);
    if !text.contains(V2_VERSION) {
        bail!("the unpacked agent reports {text:?}, expected ngrok version {V2_VERSION}");
    }
    std::fs::rename(&unpacked, &bin).with_context(|| format!("could not move the agent to {}", bin.display()))?;
    Ok(bin)
}

/// Writes an ngrok v2 config for `edge` into `dir` and returns its path: the authtoken, the
/// edge's `server_addr` and CA (`root_cas`), `web_addr` on a free loopback port, no update check,
/// no console UI.
pub fn v2_agent_config(edge: &Edge, dir: &Path, authtoken: &str) -> anyhow::Result<PathBuf> {
    let quote = |s: &str| serde_json::to_string(s).expect("strings serialize");
    let text = format!(
        "authtoken: {}\nserver_addr: {}\nroot_cas: {}\nweb_addr: 127.0.0.1:0\nupdate_check: false\nconsole_ui: false\n",
        quote(authtoken),
        quote(&edge.agent_addr().to_string()),
        quote(&edge.ca_cert_path().display().to_string()),
    );
    let path = dir.join("ngrok-v2.yml");
    std::fs::write(&path, text).with_context(|| format!("could not write {}", path.display()))?;
    Ok(path)
}
