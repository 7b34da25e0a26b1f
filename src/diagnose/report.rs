//! The human-readable report: a line per stage with its timing, cause and fix under a failure.

use super::checks::{Report, Status};

impl Report {
    /// The report as text, one line per stage.
    pub fn text(&self) -> String {
        let mut out = String::from("prx-tunnel diagnose");
        if !self.ingress.is_empty() {
            out.push_str(&format!(": ingress {}, {}", self.ingress, self.proxy));
        }
        out.push('\n');
        for c in &self.checks {
            let mark = match c.status {
                Status::Ok => "OK  ",
                Status::Fail => "FAIL",
                Status::Skip => "SKIP",
            };
            let ms = if c.status == Status::Skip { String::new() } else { format!("{} ms", c.ms) };
            out.push_str(&format!("  {mark}  {:<9} {ms:>7}  {}\n", c.name, c.detail));
            if let Some(cause) = &c.cause {
                out.push_str(&format!("{:24}cause: {cause}\n", ""));
            }
            if let Some(fix) = &c.fix {
                out.push_str(&format!("{:24}fix:   {fix}\n", ""));
            }
        }
        let failed: Vec<&str> = self.checks.iter().filter(|c| c.status == Status::Fail).map(|c| c.name).collect();
        if failed.is_empty() {
            out.push_str("All checks passed.\n");
        } else {
            out.push_str(&format!("Failed: {} (exit {}).\n", failed.join(", "), self.exit_code));
        }
        out
    }
}
