//! Which API key is used and where it came from (named in messages, never the key itself).

use crate::exit::Fail;
use crate::secret::Secret;

/// Where the API key in use was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// `--api-key`.
    Flag,
    /// `$NGROK_API_KEY`.
    Env,
    /// `api_key` under `[tunnel.ngrok]` in the config file.
    Config,
}

impl KeySource {
    /// How a user would recognise this source.
    pub fn describe(self) -> &'static str {
        match self {
            KeySource::Flag => "the --api-key flag",
            KeySource::Env => "the NGROK_API_KEY environment variable",
            KeySource::Config => "api_key in [tunnel.ngrok] of the config file",
        }
    }
}

/// Where API keys come from, and that the authtoken is not one.
pub const WHERE_KEYS_COME_FROM: &str = "API keys are created at https://dashboard.ngrok.com/api; \
the agent authtoken (NGROK_AUTHTOKEN, authtoken) is a different credential and does not work here";

/// Picks the key: --api-key, else $NGROK_API_KEY, else the config file's (empty ones are unset).
pub fn resolve(
    flag: Option<Secret>,
    env: Option<String>,
    config: Option<Secret>,
) -> anyhow::Result<(Secret, KeySource)> {
    if let Some(key) = flag {
        if key.expose().trim().is_empty() {
            return Err(Fail::usage("--api-key is empty"));
        }
        return Ok((key, KeySource::Flag));
    }
    match find(env, config) {
        Some(found) => Ok(found),
        None => Err(Fail::usage(format!(
            "no ngrok API key: pass --api-key, set NGROK_API_KEY, or set api_key under [tunnel.ngrok] in the config file. {WHERE_KEYS_COME_FROM}"
        ))),
    }
}

/// The key from the environment or the config file, if either has a non-empty one.
pub fn find(env: Option<String>, config: Option<Secret>) -> Option<(Secret, KeySource)> {
    if let Some(key) = env.filter(|k| !k.trim().is_empty()) {
        return Some((Secret::new(key), KeySource::Env));
    }
    config.filter(|k| !k.expose().trim().is_empty()).map(|k| (k, KeySource::Config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_is_flag_env_config() {
        let (flag, env, cfg) = (Some(Secret::new("f")), Some("e".to_owned()), Some(Secret::new("c")));
        assert_eq!(resolve(flag, env.clone(), cfg.clone()).unwrap().1, KeySource::Flag);
        assert_eq!(resolve(None, env, cfg.clone()).unwrap().1, KeySource::Env);
        assert_eq!(resolve(None, Some(String::new()), cfg).unwrap().1, KeySource::Config);
        let none = resolve(None, None, Some(Secret::new(" "))).unwrap_err();
        assert_eq!(crate::exit::exit_code(&none), crate::exit::Exit::Usage);
        assert!(none.to_string().contains("https://dashboard.ngrok.com/api"));
    }
}
