//! Exit codes, stable for scripts, and the error type that carries one.

use std::fmt;

/// The process exit codes of prx-tunnel (documented in README and the man page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// A runtime failure (the tunnel died, the agent crashed, an API call failed, not running).
    Runtime = 1,
    /// A usage or configuration error: nothing was started.
    Usage = 2,
    /// ngrok rejected the credentials (ERR_NGROK_105, ERR_NGROK_107, ERR_NGROK_4018).
    Auth = 3,
    /// Timed out waiting for the public URL.
    Timeout = 4,
    /// `status` / `url`: the tunnel runs but is not online (starting, reconnecting, restarting).
    NotOnline = 5,
}

impl Exit {
    /// The numeric code.
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// An error that decides the exit code. Wrap it in `anyhow` (context may be added on top);
/// [`exit_code`] finds it anywhere in the chain.
#[derive(Debug)]
pub struct Fail {
    /// The exit code this failure ends the process with.
    pub code: Exit,
    /// What a user reads.
    pub message: String,
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Fail {}

impl Fail {
    /// A failure with the given code and message.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(code: Exit, message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(Fail { code, message: message.into() })
    }

    /// A usage or configuration error (exit 2).
    pub fn usage(message: impl Into<String>) -> anyhow::Error {
        Self::new(Exit::Usage, message)
    }

    /// Credentials rejected by ngrok (exit 3).
    pub fn auth(message: impl Into<String>) -> anyhow::Error {
        Self::new(Exit::Auth, message)
    }

    /// Timed out waiting for the URL (exit 4).
    pub fn timeout(message: impl Into<String>) -> anyhow::Error {
        Self::new(Exit::Timeout, message)
    }
}

/// The exit code for an error: the first [`Fail`] in its chain, else [`Exit::Runtime`].
pub fn exit_code(err: &anyhow::Error) -> Exit {
    err.chain().find_map(|e| e.downcast_ref::<Fail>()).map_or(Exit::Runtime, |f| f.code)
}

/// The exit status of the command `prx-tunnel exec` ran, which becomes prx-tunnel's own
/// (with a message only when the command could not be started).
#[derive(Debug)]
pub struct CommandStatus {
    /// The exit code to end with.
    pub code: u8,
    /// What to print on stderr, if anything.
    pub message: Option<String>,
}

impl CommandStatus {
    /// The command exited with `code`: pass it on, print nothing.
    pub fn silent(code: u8) -> anyhow::Error {
        anyhow::Error::new(CommandStatus { code, message: None })
    }

    /// The command could not run: exit with `code` (126, 127) and say why.
    pub fn with_message(code: u8, message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(CommandStatus { code, message: Some(message.into()) })
    }
}

impl fmt::Display for CommandStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(m) => f.write_str(m),
            None => write!(f, "the command exited with status {}", self.code),
        }
    }
}

impl std::error::Error for CommandStatus {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_survives_context() {
        let err = Fail::auth("rejected").context("could not start tunnel \"web\"");
        assert_eq!(exit_code(&err), Exit::Auth);
        assert_eq!(exit_code(&anyhow::anyhow!("boom")), Exit::Runtime);
    }
}
