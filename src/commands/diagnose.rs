//! `prx-tunnel diagnose`: runs the staged checks and prints the report (text or `--json`).

use anyhow::Result;

use super::out_line;
use crate::cli::{DiagnoseArgs, GlobalArgs};
use crate::diagnose::{Options, run as diagnose};
use crate::exit::{Exit, Fail};

/// `diagnose`: exit 0 when every stage passed, else the code of the first failure.
pub async fn run(global: &GlobalArgs, args: DiagnoseArgs) -> Result<()> {
    let loaded = super::start::load(global, &args.tunnel);
    let report = diagnose(loaded, Options { public: args.public }).await;
    if args.json {
        out_line(&serde_json::to_string(&report)?);
    } else {
        out_line(report.text().trim_end());
    }
    match report.exit() {
        Exit::Ok => Ok(()),
        code => {
            let failed = report.checks.iter().find(|c| c.status == crate::diagnose::Status::Fail);
            let what = failed.map_or("a check", |c| c.name);
            Err(Fail::new(code, format!("diagnose: the {what} check failed (see above)")))
        }
    }
}
