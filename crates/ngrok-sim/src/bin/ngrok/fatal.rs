//! How the agent reports a fatal error: a `crit` "command failed" record, then the plain
//! `ERROR:` block on stderr (and in the log file or stdout log), and exit status 1.

use ngrok::session::ConnectError;

use crate::log::{Logger, Val};

/// Formats an edge error the way it travels on the wire: `msg\r\n\r\nERR_NGROK_N\r\n`.
pub fn edge_text(prefix: &str, err: &impl ngrok::Error) -> String {
    match err.error_code() {
        Some(code) => format!("{prefix}{}\r\n\r\n{code}\r\n", err.msg()),
        None => format!("{prefix}{}", err.msg()),
    }
}

/// Go-style text for a failed dial or handshake to `addr`.
pub fn connect_text(err: &ConnectError, addr: &str) -> String {
    match err {
        ConnectError::Tcp(io) => format!("dial tcp {addr}: {}", go_io(io)),
        ConnectError::Tls(io) => format!("tls: {}", go_io(io)),
        ConnectError::Auth(rpc) => edge_text("authentication failed: ", rpc),
        ConnectError::Rebind(rpc) => edge_text("failed to rebind tunnel: ", rpc),
        other => {
            let mut text = other.to_string();
            let mut source = std::error::Error::source(other);
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            text
        }
    }
}

/// Go's wording for the common dial errors.
pub fn go_io(io: &std::io::Error) -> String {
    match io.kind() {
        std::io::ErrorKind::ConnectionRefused => "connect: connection refused".into(),
        std::io::ErrorKind::TimedOut => "i/o timeout".into(),
        std::io::ErrorKind::AddrInUse => "bind: address already in use".into(),
        _ => {
            let text = io.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            let mut chars = text.chars();
            chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
        }
    }
}

/// The `ERROR:` lines for `text`, with the docs link for an `ERR_NGROK_` code.
pub fn error_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.replace("\r\n", "\n").lines().map(str::to_string).collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    if let Some(code) = lines.iter().rev().find(|l| l.trim().starts_with("ERR_NGROK_")) {
        lines.push(format!("https://ngrok.com/docs/errors/{}", code.trim().to_lowercase()));
    }
    lines.iter().map(|l| format!("ERROR:  {}", l.trim_end())).collect()
}

/// Prints `text` as a usage/config error (no log exists yet) and returns exit status 1.
pub fn usage(text: &str) -> i32 {
    for line in error_lines(text) {
        eprintln!("{line}");
    }
    1
}

/// Reports a fatal error after startup: crit record, `ERROR:` block, exit status 1.
pub fn command_failed(log: &Logger, text: &str) -> i32 {
    log.crit("command failed", &[("err", Val::from(text))]);
    let lines = error_lines(text);
    for line in &lines {
        eprintln!("{line}");
    }
    log.raw_lines(&lines);
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_block_matches_the_real_agent() {
        let lines = error_lines("authentication failed: The authtoken is invalid.\r\n\r\nERR_NGROK_107\r\n");
        assert_eq!(
            lines,
            vec![
                "ERROR:  authentication failed: The authtoken is invalid.",
                "ERROR:  ",
                "ERROR:  ERR_NGROK_107",
                "ERROR:  https://ngrok.com/docs/errors/err_ngrok_107",
            ]
        );
        assert_eq!(error_lines("unknown flag: --x"), vec!["ERROR:  unknown flag: --x"]);
    }
}
