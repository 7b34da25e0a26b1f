//! `prx-tunnel stop`: SIGTERM to the tunnel's process, then wait for it to release its lock.

use std::time::{Duration, Instant};

use anyhow::Result;
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

use crate::cli::StopArgs;
use crate::exit::{Exit, Fail};
use crate::state::{self, Lookup};

/// How long a tunnel gets to stop after SIGTERM before it is killed.
const GRACE: Duration = Duration::from_secs(10);

/// `stop [--name N | --all]`.
pub async fn run(args: &StopArgs) -> Result<()> {
    let names = if args.all { state::names()? } else { vec![args.name.name.clone()] };
    let mut stopped = 0;
    for name in &names {
        match state::lookup(name)? {
            Lookup::Running(st) => {
                let Some(pid) = st.map(|s| s.pid) else { continue };
                stop_one(name, pid).await?;
                stopped += 1;
            }
            Lookup::NotRunning { .. } if args.all => {}
            Lookup::NotRunning { .. } => {
                return Err(Fail::new(Exit::Runtime, format!("tunnel \"{name}\" is not running")));
            }
        }
    }
    if args.all && stopped == 0 {
        eprintln!("no tunnel was running");
    }
    Ok(())
}

async fn stop_one(name: &str, pid: u32) -> Result<()> {
    let target = Pid::from_raw(pid as i32);
    if kill(target, Signal::SIGTERM).is_err() {
        eprintln!("tunnel \"{name}\" (pid {pid}) had already exited");
        return Ok(());
    }
    let start = Instant::now();
    let mut killed = false;
    loop {
        if let Lookup::NotRunning { .. } = state::lookup(name)? {
            eprintln!("stopped tunnel \"{name}\" (pid {pid}) in {:.1} s", start.elapsed().as_secs_f64());
            return Ok(());
        }
        if start.elapsed() > GRACE && !killed {
            eprintln!("tunnel \"{name}\" (pid {pid}) did not stop within {GRACE:?}; killing it");
            let _ = kill(target, Signal::SIGKILL);
            killed = true;
        }
        if start.elapsed() > GRACE * 2 {
            return Err(anyhow::anyhow!("tunnel \"{name}\" (pid {pid}) is still running after SIGKILL"));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
