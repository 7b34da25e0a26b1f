//! What the agent's failures mean for the user: which ngrok errors end the tunnel at once
//! (and with which exit code and advice), and how an agent that exits is explained.

use crate::config::TunnelConfig;
use crate::exit::Fail;

/// ngrok error codes that mean the credentials are wrong: retrying cannot help (exit 3).
pub const AUTH_CODES: [&str; 3] = ["ERR_NGROK_105", "ERR_NGROK_107", "ERR_NGROK_4018"];

/// The error for an ngrok error code that restarting cannot fix, or None for other codes
/// (the agent decides whether those end it). `text` is the agent's line, secrets masked.
pub fn fatal(code: &str, text: &str, cfg: &TunnelConfig) -> Option<anyhow::Error> {
    let text = text.trim();
    if AUTH_CODES.contains(&code) {
        let from = cfg.authtoken_source.as_deref().unwrap_or("nowhere (no authtoken was configured)");
        return Some(Fail::auth(format!(
            "ngrok rejected the credentials ({code}): {text}\nThe authtoken came from {from}. Copy yours from \
             https://dashboard.ngrok.com/get-started/your-authtoken into [tunnel.ngrok] authtoken or NGROK_AUTHTOKEN."
        )));
    }
    match code {
        "ERR_NGROK_108" => Some(anyhow::anyhow!(
            "ngrok refused another agent session (ERR_NGROK_108): {text}\nStop the other session (often a \
             lingering agent: see https://dashboard.ngrok.com/agents) or upgrade the plan."
        )),
        "ERR_NGROK_334" => {
            let what = cfg.effective_domain().unwrap_or_else(|| "the endpoint".to_owned());
            Some(anyhow::anyhow!(
                "{what} is already online in another ngrok session (ERR_NGROK_334): {text}\n{}",
                cfg.url_taken_advice()
            ))
        }
        _ => None,
    }
}

/// The agent's last error lines, indented, or a note that it printed none.
pub fn explain(errors: &[String]) -> String {
    if errors.is_empty() {
        return "It printed no error line (run with -v to see its whole log).".to_owned();
    }
    let lines: String = errors.iter().map(|e| format!("\n  {e}")).collect();
    format!("Its last error lines:{lines}")
}

/// The agent exited before it ever reported a public URL (exit 1).
pub fn early_exit(status: &str, errors: &[String]) -> anyhow::Error {
    anyhow::anyhow!("the ngrok agent exited before reporting a public URL ({status}).\n{}", explain(errors))
}

/// A short one-line summary of why the agent died, for `status` (last error line first).
pub fn summary(status: &str, errors: &[String]) -> String {
    match errors.last() {
        Some(last) => format!("the ngrok agent died ({status}): {last}"),
        None => format!("the ngrok agent died ({status})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        assert_eq!(explain(&[]), "It printed no error line (run with -v to see its whole log).");
        assert_eq!(explain(&["a".into(), "b".into()]), "Its last error lines:\n  a\n  b");
        let e = early_exit("exit status: 1", &["ERROR:  boom".into()]);
        assert!(e.to_string().starts_with("the ngrok agent exited before reporting a public URL (exit status: 1)."));
        assert_eq!(summary("signal: 9 (SIGKILL)", &[]), "the ngrok agent died (signal: 9 (SIGKILL))");
        assert_eq!(summary("exit status: 1", &["x".into(), "y".into()]), "the ngrok agent died (exit status: 1): y");
    }
}
