//! The authtoken of the user's own ngrok agent config (`ngrok config add-authtoken` writes it
//! there), used when neither the file nor `NGROK_AUTHTOKEN` has one. Read only, never written.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

use super::raw::defaults::MAX_FILE;
use crate::secret::Secret;

/// An authtoken found in an ngrok agent config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentToken {
    /// The token.
    pub token: Secret,
    /// The file it came from.
    pub path: PathBuf,
}

/// The agent config files to look at: `NGROK_CONFIG` (comma-separated, later files override
/// earlier ones, as with `ngrok --config a,b`) when set, else the default
/// `<config dir>/ngrok/ngrok.yml` and then the legacy `~/.ngrok2/ngrok.yml`.
pub fn candidates(
    env: &dyn Fn(&str) -> Option<String>,
    config_dir: Option<&Path>,
    home: Option<&Path>,
) -> (Vec<PathBuf>, bool) {
    if let Some(list) = env("NGROK_CONFIG").filter(|v| !v.trim().is_empty()) {
        let paths = list.split(',').map(str::trim).filter(|p| !p.is_empty()).map(PathBuf::from).collect();
        return (paths, true);
    }
    let mut paths: Vec<PathBuf> = config_dir.map(|d| d.join("ngrok/ngrok.yml")).into_iter().collect();
    paths.extend(home.map(|h| h.join(".ngrok2/ngrok.yml")));
    (paths, false)
}

/// Finds the authtoken; problems with the agent's files become warnings, never errors.
pub fn find(
    env: &dyn Fn(&str) -> Option<String>,
    config_dir: Option<&Path>,
    home: Option<&Path>,
) -> (Option<AgentToken>, Vec<String>) {
    let (paths, from_env) = candidates(env, config_dir, home);
    let mut warnings = Vec::new();
    let mut found = None;
    for path in paths {
        if !path.exists() {
            if from_env {
                warnings.push(format!("NGROK_CONFIG names {}, which does not exist; ignoring it", path.display()));
            }
            continue;
        }
        match read_token(&path) {
            Ok(Some(token)) => {
                found = Some(AgentToken { token, path });
                if !from_env {
                    break;
                }
            }
            Ok(None) => {}
            Err(why) => warnings.push(format!("ignoring the ngrok agent config {}: {why}", path.display())),
        }
    }
    (found, warnings)
}

/// The authtoken of one agent config: `authtoken` (version 2) or `agent.authtoken` (version 3).
pub fn read_token(path: &Path) -> Result<Option<Secret>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("it cannot be read ({e})"))?;
    let mut text = String::new();
    file.take(MAX_FILE + 1).read_to_string(&mut text).map_err(|e| format!("it cannot be read as UTF-8 text ({e})"))?;
    if text.len() as u64 > MAX_FILE {
        return Err("it is larger than 1 MiB".into());
    }
    // The YAML error text is not shown: it could quote a line holding the token.
    let doc: Value = serde_yaml::from_str(&text).map_err(|e| match e.location() {
        Some(at) => format!("it is not valid YAML (line {}, column {})", at.line(), at.column()),
        None => "it is not valid YAML".to_owned(),
    })?;
    let version = match doc.get("version") {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let v3 = doc.get("agent").and_then(|a| a.get("authtoken"));
    let v2 = doc.get("authtoken");
    let token = match version.as_str() {
        "3" => v3,
        "2" => v2,
        _ => v3.or(v2),
    };
    Ok(token.and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty()).map(Secret::new))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn reads_both_versions_and_never_writes() {
        let dir = tempfile::tempdir().unwrap();
        let v2 = dir.path().join("v2.yml");
        std::fs::write(&v2, "version: \"2\"\nauthtoken: tok-v2\nregion: eu\n").unwrap();
        let v3 = dir.path().join("v3.yml");
        std::fs::write(&v3, "version: 3\nagent:\n  authtoken: tok-v3\n").unwrap();
        let none = dir.path().join("none.yml");
        std::fs::write(&none, "version: 3\nagent:\n  region: eu\n").unwrap();
        assert_eq!(read_token(&v2).unwrap().unwrap().expose(), "tok-v2");
        assert_eq!(read_token(&v3).unwrap().unwrap().expose(), "tok-v3");
        assert_eq!(read_token(&none).unwrap(), None);
        let before = std::fs::read(&v2).unwrap();
        let _ = find(&no_env, Some(dir.path()), None);
        assert_eq!(std::fs::read(&v2).unwrap(), before);
    }

    #[test]
    fn default_path_then_legacy_path() {
        let dir = tempfile::tempdir().unwrap();
        let (config, home) = (dir.path().join("config"), dir.path().join("home"));
        std::fs::create_dir_all(home.join(".ngrok2")).unwrap();
        std::fs::write(home.join(".ngrok2/ngrok.yml"), "authtoken: legacy-token\n").unwrap();
        let (found, warnings) = find(&no_env, Some(&config), Some(&home));
        assert_eq!(found.unwrap().path, home.join(".ngrok2/ngrok.yml"));
        assert!(warnings.is_empty());
        std::fs::create_dir_all(config.join("ngrok")).unwrap();
        std::fs::write(config.join("ngrok/ngrok.yml"), "version: \"2\"\nauthtoken: current-token\n").unwrap();
        let (found, _) = find(&no_env, Some(&config), Some(&home));
        assert_eq!(found.unwrap().token.expose(), "current-token");
    }

    #[test]
    fn ngrok_config_env_wins_and_later_files_override() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yml");
        let b = dir.path().join("b.yml");
        std::fs::write(&a, "authtoken: token-a\n").unwrap();
        std::fs::write(&b, "version: 3\nagent:\n  authtoken: token-b\n").unwrap();
        let list = format!("{},{}", a.display(), b.display());
        let env = move |k: &str| (k == "NGROK_CONFIG").then(|| list.clone());
        let (found, _) = find(&env, None, None);
        assert_eq!(found.unwrap().token.expose(), "token-b");
        let missing = dir.path().join("missing.yml").display().to_string();
        let env = move |k: &str| (k == "NGROK_CONFIG").then(|| missing.clone());
        let (found, warnings) = find(&env, None, None);
        assert!(found.is_none() && warnings[0].contains("does not exist"));
    }

    #[test]
    fn broken_yaml_is_a_warning_without_its_text() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("ngrok")).unwrap();
        std::fs::write(dir.path().join("ngrok/ngrok.yml"), "authtoken: [SECRETTOKEN\n  : :\n").unwrap();
        let (found, warnings) = find(&no_env, Some(dir.path()), None);
        assert!(found.is_none());
        assert!(warnings[0].contains("not valid YAML"), "{warnings:?}");
        assert!(!warnings[0].contains("SECRETTOKEN"));
    }
}
