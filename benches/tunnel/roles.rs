//! Other roles of the benchmark binary, chosen by `PRX_BENCH_ROLE` when it re-executes itself:
//!
//! - `bare`: the floor for SDK mode — the least a program can do with the `ngrok` crate to
//!   put a local service online (connect, `listen_and_forward`, print the URL), in its own
//!   process, built with the same release profile and crate features as prx-tunnel. Its one
//!   addition to the crate's defaults is TCP_NODELAY on the edge connection (the crate's
//!   `default_connect` leaves Nagle on, which costs ~40 ms per RPC against delayed ACKs;
//!   prx-tunnel sets it too). `bare-default` is the same program with the crate's defaults.
//! - `tee`: stands between prx-tunnel and the real agent (`ngrok_path` points here) and copies
//!   each agent stdout line to prx-tunnel unchanged while logging it, with its arrival time,
//!   to `PRX_BENCH_TEE_LOG` — so the agent's own "started tunnel" timestamp can be compared
//!   with the moment prx-tunnel prints the URL.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::SystemTime;

use anyhow::Context;

/// The environment variable selecting a role.
pub const ROLE: &str = "PRX_BENCH_ROLE";
/// `tee`: the real agent to run.
pub const TEE_AGENT: &str = "PRX_BENCH_AGENT";
/// `tee`: where to log the agent's lines.
pub const TEE_LOG: &str = "PRX_BENCH_TEE_LOG";

/// Runs the role named by `PRX_BENCH_ROLE`, if any, and exits; returns when there is none.
pub fn dispatch() {
    let code = match std::env::var(ROLE).as_deref() {
        Ok("bare") => report(bare(true)),
        Ok("bare-default") => report(bare(false)),
        Ok("tee") => report(tee()),
        _ => return,
    };
    std::process::exit(code);
}

fn report(r: anyhow::Result<i32>) -> i32 {
    r.unwrap_or_else(|e| {
        eprintln!("error: {e:#}");
        1
    })
}

/// `bare SERVER_ADDR CA_PEM_PATH AUTHTOKEN LOCAL_URL`: prints the URL, forwards until killed.
fn bare(nodelay: bool) -> anyhow::Result<i32> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [server, ca, token, local] = &args[..] else {
        anyhow::bail!("usage: PRX_BENCH_ROLE=bare <bench> SERVER_ADDR CA_PEM AUTHTOKEN LOCAL_URL");
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        use ngrok::config::ForwarderBuilder;
        use ngrok::tunnel::EndpointInfo;
        let ca = std::fs::read(ca).with_context(|| format!("could not read {ca}"))?;
        let mut builder = ngrok::Session::builder();
        builder.authtoken(token).server_addr(server)?.ca_cert(ca.into());
        if nodelay {
            builder.connector(connect_nodelay);
        }
        let session = builder.connect().await.context("could not connect")?;
        let mut fwd = session.http_endpoint().listen_and_forward(local.parse()?).await.context("could not bind")?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", fwd.url())?;
        out.flush()?;
        drop(out);
        let _ = fwd.join().await;
        Ok(0)
    })
}

/// The crate's `default_connect` (TCP, then TLS to the edge) with TCP_NODELAY set.
async fn connect_nodelay(
    host: String,
    port: u16,
    tls: std::sync::Arc<rustls::ClientConfig>,
    _: Option<ngrok::tunnel::AcceptError>,
) -> Result<Box<dyn ngrok::session::IoStream>, ngrok::session::ConnectError> {
    use ngrok::session::ConnectError;
    let tcp = tokio::net::TcpStream::connect((host.as_str(), port)).await.map_err(ConnectError::Tcp)?;
    tcp.set_nodelay(true).map_err(ConnectError::Tcp)?;
    let name = rustls::pki_types::ServerName::try_from(host)
        .map_err(|e| ConnectError::Tls(std::io::Error::new(std::io::ErrorKind::InvalidInput, e)))?;
    let stream = tokio_rustls::TlsConnector::from(tls).connect(name, tcp).await.map_err(ConnectError::Tls)?;
    Ok(Box::new(stream))
}

/// Runs `$PRX_BENCH_AGENT` with our arguments, copying its stdout through and into the log.
fn tee() -> anyhow::Result<i32> {
    use nix::sys::signal::{SigHandler, Signal, signal};
    let agent = std::env::var(TEE_AGENT).context("PRX_BENCH_AGENT is not set")?;
    let log_path = std::env::var(TEE_LOG).context("PRX_BENCH_TEE_LOG is not set")?;
    let mut log = std::fs::OpenOptions::new().create(true).append(true).open(&log_path)?;
    let mut child = Command::new(&agent)
        .args(std::env::args_os().skip(1))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("could not start {agent}"))?;
    // prx-tunnel signals the whole process group: the agent stops, then our copy loop ends
    // and we exit with its status. (Ignored only now: the agent must not inherit SIG_IGN.)
    // SAFETY: SIG_IGN installs no handler code.
    unsafe {
        signal(Signal::SIGTERM, SigHandler::SigIgn)?;
        signal(Signal::SIGINT, SigHandler::SigIgn)?;
    }
    let mut reader = BufReader::new(child.stdout.take().context("agent stdout")?);
    let mut out = std::io::stdout().lock();
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_nanos();
        let _ = out.write_all(line.as_bytes());
        let _ = out.flush();
        let _ = log.write_all(format!("{now} {line}").as_bytes());
        line.clear();
    }
    let status = child.wait()?;
    Ok(status.code().unwrap_or(1))
}
