//! The user's own agent config files: passed to the agent before ours, read for two facts
//! (their format version and authtoken), never modified.

use std::path::{Path, PathBuf};

use serde_yaml::Value;

use super::find::Major;

/// One of the user's own agent config files.
#[derive(Debug, Clone, PartialEq)]
pub struct UserConfig {
    /// Where it is.
    pub path: PathBuf,
    /// It says `version: 3` (agent settings under `agent:`): ours must use the same format.
    pub format3: bool,
    /// The authtoken it holds, if any (ours must then override it in the generated file).
    pub authtoken: Option<String>,
}

/// The user's agent config files, in the order the agent should read them: every existing
/// file of `NGROK_CONFIG` (comma-separated, as `ngrok --config a,b`), else the first existing
/// of the agent's default locations (2.x reads `~/.ngrok2/ngrok.yml` first, v3
/// `<config dir>/ngrok/ngrok.yml`). Read for two facts, never modified.
pub fn user_configs(major: Major) -> Vec<UserConfig> {
    let listed = std::env::var("NGROK_CONFIG").ok().filter(|v| !v.trim().is_empty());
    let paths: Vec<PathBuf> = match listed {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .filter(|p| p.is_file())
            .collect(),
        None => {
            let modern = dirs::config_dir().map(|c| c.join("ngrok/ngrok.yml"));
            let legacy = dirs::home_dir().map(|h| h.join(".ngrok2/ngrok.yml"));
            let order = if major == Major::V2 { [legacy, modern] } else { [modern, legacy] };
            order.into_iter().flatten().find(|p| p.is_file()).into_iter().collect()
        }
    };
    paths.iter().map(|p| read_user_config(p)).collect()
}

/// Reads the two facts we need; a file the agent cannot parse either is left for the agent
/// to report in its own words.
pub fn read_user_config(path: &Path) -> UserConfig {
    let doc: Value =
        std::fs::read_to_string(path).ok().and_then(|t| serde_yaml::from_str(&t).ok()).unwrap_or(Value::Null);
    let version = doc.get("version").map(|v| match v {
        Value::String(s) => s.trim().to_owned(),
        other => serde_yaml::to_string(other).unwrap_or_default().trim().to_owned(),
    });
    let format3 = version.as_deref() == Some("3");
    let token_at = if format3 { doc.get("agent").and_then(|a| a.get("authtoken")) } else { doc.get("authtoken") };
    let authtoken = token_at.and_then(Value::as_str).map(str::to_owned).filter(|t| !t.is_empty());
    UserConfig { path: path.to_owned(), format3, authtoken }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_user_config_without_touching_it() {
        let dir = tempfile::tempdir().unwrap();
        let v2 = dir.path().join("v2.yml");
        std::fs::write(&v2, "authtoken: abc\nregion: eu\n").unwrap();
        assert_eq!(
            read_user_config(&v2),
            UserConfig { path: v2.clone(), format3: false, authtoken: Some("abc".into()) }
        );
        let v3 = dir.path().join("v3.yml");
        std::fs::write(&v3, "version: 3\nagent:\n  authtoken: xyz\n").unwrap();
        let u = read_user_config(&v3);
        assert!(u.format3 && u.authtoken.as_deref() == Some("xyz"));
        let quoted = dir.path().join("q.yml");
        std::fs::write(&quoted, "version: \"3\"\n").unwrap();
        assert!(read_user_config(&quoted).format3);
        let broken = dir.path().join("broken.yml");
        std::fs::write(&broken, "version: [\n").unwrap();
        assert_eq!(read_user_config(&broken), UserConfig { path: broken.clone(), format3: false, authtoken: None });
    }
}
