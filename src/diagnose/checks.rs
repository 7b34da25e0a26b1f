//! The result of each stage, and of the whole run.

use std::time::Instant;

use serde::Serialize;

use crate::exit::Exit;

/// Every stage, in order.
pub const STAGES: [&str; 8] = ["config", "authtoken", "dns", "tcp", "tls", "session", "endpoint", "public"];

/// How a stage ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Passed.
    Ok,
    /// Failed: see `cause` and `fix`.
    Fail,
    /// Not run (see `detail`).
    Skip,
}

/// One stage's result.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// The stage: one of [`STAGES`].
    pub name: &'static str,
    /// How it ended.
    pub status: Status,
    /// How long it took, in milliseconds (0 when skipped).
    pub ms: u64,
    /// What was checked and found.
    pub detail: String,
    /// Why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

/// The whole run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// True when every stage run passed.
    pub ok: bool,
    /// The exit code: 0, or the one of the first failure.
    pub exit_code: u8,
    /// The ingress dialed (`host:port`).
    pub ingress: String,
    /// The proxy used, and why (masked).
    pub proxy: String,
    /// Every stage, in order.
    pub checks: Vec<Check>,
}

impl Default for Report {
    fn default() -> Self {
        Report { ok: true, exit_code: 0, ingress: String::new(), proxy: String::new(), checks: Vec::new() }
    }
}

fn ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

impl Report {
    /// Records a passed stage.
    pub fn ok(&mut self, name: &'static str, started: Instant, detail: impl Into<String>) {
        let detail = crate::logging::scrub(&detail.into());
        self.checks.push(Check { name, status: Status::Ok, ms: ms(started), detail, cause: None, fix: None });
    }

    /// Records a failed stage; the first failure sets the exit code.
    pub fn fail(
        &mut self,
        name: &'static str,
        started: Instant,
        detail: impl Into<String>,
        cause: impl Into<String>,
        fix: impl Into<String>,
        exit: Exit,
    ) {
        if self.ok {
            self.exit_code = exit.code();
        }
        self.ok = false;
        // One line each: multi-line server messages are joined.
        let scrub = |s: String| crate::logging::scrub(&s.split_whitespace().collect::<Vec<_>>().join(" "));
        self.checks.push(Check {
            name,
            status: Status::Fail,
            ms: ms(started),
            detail: scrub(detail.into()),
            cause: Some(scrub(cause.into())),
            fix: Some(scrub(fix.into())),
        });
    }

    /// Records a skipped stage.
    pub fn skip(&mut self, name: &'static str, why: impl Into<String>) {
        self.checks.push(Check { name, status: Status::Skip, ms: 0, detail: why.into(), cause: None, fix: None });
    }

    /// Skips every stage not recorded yet.
    pub fn skip_rest(&mut self, why: &str) {
        for name in STAGES {
            if !self.checks.iter().any(|c| c.name == name) {
                self.skip(name, format!("skipped: {why}"));
            }
        }
    }

    /// The exit status.
    pub fn exit(&self) -> Exit {
        match self.exit_code {
            0 => Exit::Ok,
            2 => Exit::Usage,
            3 => Exit::Auth,
            4 => Exit::Timeout,
            _ => Exit::Runtime,
        }
    }
}
