//! What `start` can know will fail before it connects anywhere, shared by `start` (which fails
//! at once) and `check` / `start --dry-run` (which say "start would fail because …").

use std::path::Path;

use crate::config::{EdgeKind, Loaded, Mode, TunnelConfig};

/// True when the session would dial ngrok's own service (no `server_addr` and no local edge, or
/// one of ngrok's ingress hosts), which refuses a session without an authtoken (ERR_NGROK_4018).
pub fn dials_ngrok_service(cfg: &TunnelConfig) -> bool {
    if cfg.edge == EdgeKind::Local {
        return false;
    }
    let Some(addr) = cfg.server_addr.as_deref() else { return true };
    let host = addr.rsplit_once(':').map_or(addr, |(h, _)| h).trim_end_matches('.').to_ascii_lowercase();
    ["ngrok-agent.com", "ngrok.com", "ngrok.io"].iter().any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// The reason a start would be refused for lack of an authtoken: none in the config file, none
/// in `NGROK_AUTHTOKEN`, none in the agent's config, and the ingress is ngrok's service.
/// The message names the three places a token can come from and the no-account paths.
pub fn missing_authtoken(loaded: &Loaded) -> Option<String> {
    let cfg = &loaded.config;
    if cfg.authtoken.is_some() || !dials_ngrok_service(cfg) {
        return None;
    }
    let file = loaded
        .source
        .as_deref()
        .map_or_else(|| "~/.config/prx-tunnel/config.toml (or --config FILE)".to_owned(), shown);
    Some(format!(
        "no ngrok authtoken was found, and ngrok's service ({}) refuses a session without one (ERR_NGROK_4018).\n\
         An authtoken is read from, first found wins:\n  \
         1. authtoken under [tunnel.ngrok] in {file}, e.g. authtoken = \"${{NGROK_AUTHTOKEN}}\"\n  \
         2. the NGROK_AUTHTOKEN environment variable\n  \
         3. the ngrok agent's own config, ~/.config/ngrok/ngrok.yml (or the files named by NGROK_CONFIG)\n\
         Copy yours from https://dashboard.ngrok.com/get-started/your-authtoken.\n\
         No ngrok account? Run `prx-tunnel start --edge local` for a tunnel through a local edge on this \
         machine, or try it offline against the ngrok-sim simulator (README: \"Trying it offline\").",
        crate::sdk::server_addr(cfg)
    ))
}

/// Every reason `start` would fail that can be known without connecting: no authtoken for
/// ngrok's service; in CLI mode, no agent binary, or an option the agent cannot honour.
pub fn start_blockers(loaded: &Loaded) -> Vec<String> {
    let mut reasons: Vec<String> = missing_authtoken(loaded).into_iter().collect();
    if loaded.config.mode == Mode::Cli {
        if let Err(e) = crate::cli_mode::preflight(&loaded.config) {
            reasons.push(crate::logging::scrub(&format!("{e:#}")));
        }
    }
    reasons
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_server(addr: Option<&str>) -> TunnelConfig {
        TunnelConfig { server_addr: addr.map(str::to_owned), ..TunnelConfig::default() }
    }

    #[test]
    fn only_ngrok_ingresses_count_as_the_service() {
        assert!(dials_ngrok_service(&with_server(None)));
        assert!(dials_ngrok_service(&with_server(Some("connect.eu.ngrok-agent.com:443"))));
        assert!(dials_ngrok_service(&with_server(Some("CONNECT.NGROK-AGENT.COM.:443"))));
        assert!(!dials_ngrok_service(&with_server(Some("127.0.0.1:4443"))));
        assert!(!dials_ngrok_service(&with_server(Some("evilngrok-agent.com:443"))));
    }

    #[test]
    fn the_message_names_every_source_and_the_no_account_paths() {
        let loaded = Loaded { config: with_server(None), source: None, warnings: Vec::new() };
        let msg = missing_authtoken(&loaded).expect("no token, ngrok's ingress");
        for needle in ["[tunnel.ngrok]", "NGROK_AUTHTOKEN", "ngrok.yml", "--edge local", "ngrok-sim", "ERR_NGROK_4018"]
        {
            assert!(msg.contains(needle), "{needle:?} missing: {msg}");
        }
        let local = Loaded { config: with_server(Some("127.0.0.1:4443")), source: None, warnings: Vec::new() };
        assert_eq!(missing_authtoken(&local), None);
    }
}
