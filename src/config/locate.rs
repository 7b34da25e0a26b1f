//! Which config file is used, and reading it: `--config`, else `PRX_TUNNEL_CONFIG`, else
//! `<user config dir>/prx-tunnel/config.toml`. No file at all is fine (defaults and flags),
//! but a file that was named and cannot be used is an error naming it.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::raw::defaults::MAX_FILE;
use crate::exit::Fail;

/// How the config file was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// `--config FILE`.
    Flag,
    /// The `PRX_TUNNEL_CONFIG` environment variable.
    Env,
    /// The default location.
    Default,
}

impl fmt::Display for How {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            How::Flag => "given with --config",
            How::Env => "named by PRX_TUNNEL_CONFIG",
            How::Default => "at the default location",
        })
    }
}

/// The config file to use, if any is named or exists at the default location.
pub fn locate(
    flag: Option<&Path>,
    env: &dyn Fn(&str) -> Option<String>,
    config_dir: Option<&Path>,
) -> Option<(PathBuf, How)> {
    if let Some(path) = flag {
        return Some((path.to_owned(), How::Flag));
    }
    if let Some(path) = env("PRX_TUNNEL_CONFIG").filter(|p| !p.trim().is_empty()) {
        return Some((PathBuf::from(path), How::Env));
    }
    let default = config_dir?.join("prx-tunnel/config.toml");
    // symlink_metadata: a dangling symlink at the default path is reported, not skipped.
    default.symlink_metadata().is_ok().then_some((default, How::Default))
}

/// Reads the config file as UTF-8 text; every failure is a usage error naming the file.
pub fn read(path: &Path, how: How) -> anyhow::Result<String> {
    let shown = path.display();
    let fix = match how {
        How::Flag => "check the path, or leave out --config to run on defaults and flags",
        How::Env => "fix or unset PRX_TUNNEL_CONFIG",
        How::Default => "fix or remove it",
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Fail::usage(format!("config file {shown} ({how}) does not exist; {fix}")));
        }
        Err(e) => return Err(Fail::usage(format!("could not read config file {shown} ({how}): {e}; {fix}"))),
    };
    if meta.is_dir() {
        return Err(Fail::usage(format!(
            "config file {shown} ({how}) is a directory, not a file; give the path of a TOML file"
        )));
    }
    if meta.len() > MAX_FILE {
        return Err(Fail::usage(format!(
            "config file {shown} ({how}) is {} bytes; a config file may be at most {MAX_FILE} bytes (1 MiB); is it the right file?",
            meta.len()
        )));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(MAX_FILE + 1).read_to_end(&mut bytes)).map_err(|e| {
        Fail::usage(format!(
            "could not read config file {shown} ({how}): {e}; check its permissions (chmod 600 {shown})"
        ))
    })?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(Fail::usage(format!(
            "config file {shown} ({how}) is larger than {MAX_FILE} bytes (1 MiB); is it the right file?"
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = &e.as_bytes()[..at];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        Fail::usage(format!(
            "config file {shown} ({how}) is not valid UTF-8: invalid byte at line {line} (byte offset {at}); save it as UTF-8 text"
        ))
    })
}

/// Whether group or others may read the file (unix permission bits).
pub fn readable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o044 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: anyhow::Result<String>) -> String {
        let err = r.unwrap_err();
        assert_eq!(crate::exit::exit_code(&err), crate::exit::Exit::Usage);
        err.to_string()
    }

    #[test]
    fn flag_then_env_then_default() {
        let dir = tempfile::tempdir().unwrap();
        let env_path = dir.path().join("env.toml").display().to_string();
        let env = move |k: &str| (k == "PRX_TUNNEL_CONFIG").then(|| env_path.clone());
        let no_env = |_: &str| None;
        let flag = Path::new("/x/flag.toml");
        assert_eq!(locate(Some(flag), &env, Some(dir.path())).unwrap(), (flag.to_owned(), How::Flag));
        assert_eq!(locate(None, &env, Some(dir.path())).unwrap().1, How::Env);
        assert_eq!(locate(None, &no_env, Some(dir.path())), None);
        std::fs::create_dir_all(dir.path().join("prx-tunnel")).unwrap();
        std::fs::write(dir.path().join("prx-tunnel/config.toml"), "").unwrap();
        assert_eq!(locate(None, &no_env, Some(dir.path())).unwrap().1, How::Default);
    }

    #[test]
    fn unusable_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.toml");
        assert!(msg(read(&missing, How::Flag)).contains("missing.toml (given with --config) does not exist"));
        assert!(msg(read(&missing, How::Env)).contains("PRX_TUNNEL_CONFIG"));
        assert!(msg(read(dir.path(), How::Flag)).contains("is a directory"));
        let bad = dir.path().join("latin1.toml");
        std::fs::write(&bad, b"[tunnel]\nlocal_addr = \"caf\xe9\"\n").unwrap();
        assert!(msg(read(&bad, How::Flag)).contains("not valid UTF-8: invalid byte at line 2"));
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; MAX_FILE as usize + 1]).unwrap();
        assert!(msg(read(&big, How::Flag)).contains("at most 1048576 bytes"));
        #[cfg(unix)]
        {
            let looped = dir.path().join("loop.toml");
            std::os::unix::fs::symlink(&looped, &looped).unwrap();
            assert!(msg(read(&looped, How::Flag)).contains("could not read config file"));
        }
    }
}
