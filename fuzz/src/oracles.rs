//! What each fuzz target checks, for one input. Shared, unchanged, by the cargo-fuzz targets
//! (`fuzz/fuzz_targets/*.rs`) and by `tests/integration/fuzz_regressions.rs`, which replays the
//! kept corpora (`tests/data/fuzz/<target>/`) through these same functions on every `cargo test`.
//! A finding is a panic: either one in the product, or a failed assertion here.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use prx_tunnel::cli_mode::log::{self, Level, Line};
use prx_tunnel::config::{self, TunnelConfig, TunnelFlags};
use serde_json::{Map, Value};

/// The line that separates a config input's TOML text from its flag lines.
pub const FLAGS_MARKER: &str = "\n#--flags--\n";

/// A secret reachable through `${SECRET}` in a config input.
pub const ENV_SECRET: &str = "2envSECRETvalue9Zq7wX";

/// Where every config input pretends to live (nothing is read from there).
pub const CONFIG_PATH: &str = "/nonexistent/prx-fuzz/prx.toml";

/// The environment a config input sees: a few set variables, the rest unset.
fn env(name: &str) -> Option<String> {
    match name {
        "SECRET" | "NGROK_AUTHTOKEN" => Some(ENV_SECRET.to_owned()),
        "EMPTY" => Some(String::new()),
        "PORT" => Some("8080".to_owned()),
        "HOME" => Some("/nonexistent/prx-fuzz/home".to_owned()),
        _ => None,
    }
}

/// Splits a config input into its TOML text and its command line (`start` plus one argument
/// per flag line), parsed by prx-tunnel's own clap definitions; flags clap refuses are dropped.
fn config_input(data: &[u8]) -> (String, TunnelFlags, Vec<String>) {
    let all = String::from_utf8_lossy(data);
    let (text, flag_lines) = all.split_once(FLAGS_MARKER).unwrap_or((&all, ""));
    let args: Vec<String> = flag_lines.lines().map(str::to_owned).filter(|a| !a.is_empty()).collect();
    let argv = ["prx-tunnel", "start"].into_iter().map(str::to_owned).chain(args.iter().cloned());
    let flags = match <prx_tunnel::cli::Cli as clap::Parser>::try_parse_from(argv) {
        Ok(prx_tunnel::cli::Cli { command: prx_tunnel::cli::Command::Start(start), .. }) => start.tunnel,
        _ => TunnelFlags::default(),
    };
    (text.to_owned(), flags, args)
}

/// The secrets written literally in the text (authtoken, api_key, basic-auth passwords), read
/// independently of prx-tunnel with the `toml` crate.
fn literal_secrets(text: &str) -> Vec<String> {
    let Ok(doc) = text.parse::<toml::Table>() else { return Vec::new() };
    let Some(ngrok) = doc.get("tunnel").and_then(|t| t.get("ngrok")) else { return Vec::new() };
    let mut out: Vec<String> =
        ["authtoken", "api_key"].iter().filter_map(|k| ngrok.get(*k)?.as_str().map(str::to_owned)).collect();
    let auths: Vec<&toml::Value> = match ngrok.get("basic_auth") {
        Some(toml::Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    out.extend(auths.iter().filter_map(|a| a.as_str()?.split_once(':').map(|(_, pw)| pw.to_owned())));
    out
}

/// A secret the oracle can look for without false alarms: long, mixing letters and digits,
/// no `${`, and written exactly once in the input, in any case (so any copy in the output
/// came from it, not from another value that prx-tunnel lowercased).
fn traceable(secret: &str, input: &str) -> bool {
    secret.len() >= 10
        && secret.bytes().any(|b| b.is_ascii_digit())
        && secret.bytes().any(|b| b.is_ascii_alphabetic())
        && !secret.contains("${")
        && !secret.contains('\\')
        && input.to_lowercase().matches(&secret.to_lowercase()).count() == 1
}

/// True when `secret` is the value of `${SECRET}`, written once and used only there.
fn traceable_env(secret: &str, input: &str) -> bool {
    secret == ENV_SECRET && input.matches("${SECRET}").count() == 1 && !input.contains(ENV_SECRET)
}

/// Config loader: `config::parse_text` on arbitrary text and flags never panics; an error is a
/// usage error (exit 2) with a message; neither an error nor what `check` shows of a valid
/// config contains a secret of the input.
pub fn config(data: &[u8]) {
    let (text, flags, args) = config_input(data);
    let input = format!("{text}\n{}", args.join("\n"));
    let mut secrets: Vec<String> = literal_secrets(&text);
    secrets.extend(flags.basic_auth.iter().filter_map(|s| s.expose().split_once(':').map(|(_, pw)| pw.to_owned())));
    secrets.retain(|s| traceable(s, &input));
    match config::parse_text(Path::new(CONFIG_PATH), &text, &flags, &env) {
        Ok(cfg) => {
            let shown = shown_by_check(&cfg);
            for s in cfg.secrets().iter().map(|s| s.expose().to_owned()).chain(secrets) {
                if traceable(&s, &input) || traceable_env(&s, &input) {
                    assert!(!shown.contains(&s), "a secret ({} bytes) is shown by check:\n{shown}", s.len());
                }
            }
        }
        Err(e) => {
            let message = format!("{e:#}");
            assert!(!message.trim().is_empty(), "an empty error message");
            assert_eq!(prx_tunnel::exit::exit_code(&e).code(), 2, "not a usage error: {message}");
            for s in &secrets {
                assert!(!message.contains(s.as_str()), "a secret ({} bytes) is in the error:\n{message}", s.len());
            }
        }
    }
}

/// What `check` prints for a valid config (the file part and, in SDK mode, the plan; the CLI
/// plan is left out because it runs the agent binary), plus its `Debug` form.
fn shown_by_check(cfg: &TunnelConfig) -> String {
    let body = toml::to_string(&serde_json::json!({ "tunnel": cfg })).unwrap_or_default();
    let plan = match cfg.mode {
        config::Mode::Sdk => prx_tunnel::commands::check::plan(cfg).map(|p| p.join("\n")).unwrap_or_default(),
        config::Mode::Cli => String::new(),
    };
    format!("{body}\n{plan}\n{cfg:?}")
}

/// Agent log lines: `log::parse` never panics on any line; `error_code` returns a code that is
/// in the line; `tidy` is idempotent; and a record rendered from the input as a JSON line and
/// as a logfmt line parses back to the same level, message and fields.
pub fn agent_log(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for line in text.split('\n') {
        let _ = log::parse(line);
        if let Some(code) = log::error_code(line) {
            assert!(line.to_ascii_uppercase().contains(&code), "{code} is not in {line:?}");
        }
        let once = log::tidy(line);
        assert_eq!(log::tidy(&once), once, "tidy is not idempotent on {line:?}");
    }
    let (level, msg, fields) = record_from(&text);
    json_round_trip(level, &msg, &fields);
    logfmt_round_trip(level, &msg, &fields);
}

const LEVELS: [(&str, Level); 5] = [
    ("dbug", Level::Debug),
    ("info", Level::Info),
    ("warn", Level::Warn),
    ("eror", Level::Error),
    ("crit", Level::Crit),
];

/// Keys the parser treats specially (level, message, timestamp).
const RESERVED: [&str; 7] = ["lvl", "level", "msg", "message", "t", "time", "ts"];

/// A record drawn from the input: NUL-separated parts give the level (by the first part's
/// length), the message, then key/value pairs (distinct, unreserved keys).
fn record_from(text: &str) -> (usize, String, Vec<(String, String)>) {
    let parts: Vec<&str> = text.split('\0').collect();
    let level = parts[0].chars().count() % LEVELS.len();
    let msg = parts.get(1).copied().unwrap_or_default().to_owned();
    let mut fields: Vec<(String, String)> = Vec::new();
    for pair in parts.get(2..).unwrap_or_default().chunks(2) {
        let key = pair[0].to_owned();
        if key.is_empty() || RESERVED.contains(&key.as_str()) || fields.iter().any(|(k, _)| *k == key) {
            continue;
        }
        fields.push((key, pair.get(1).copied().unwrap_or_default().to_owned()));
    }
    (level, msg, fields)
}

fn json_round_trip(level: usize, msg: &str, fields: &[(String, String)]) {
    let mut map = Map::new();
    map.insert("lvl".into(), LEVELS[level].0.into());
    map.insert("msg".into(), msg.into());
    map.insert("t".into(), "2026-11-23T08:54:04.073043197Z".into());
    for (k, v) in fields {
        map.insert(k.clone(), Value::String(v.clone()));
    }
    let line = Value::Object(map).to_string();
    let Line::Record(rec) = log::parse(&line) else { panic!("a JSON record is not a record: {line:?}") };
    assert_eq!((rec.level, rec.msg.as_str()), (LEVELS[level].1, msg), "{line:?}");
    let mut got = rec.fields.clone();
    let mut want = fields.to_vec();
    got.sort();
    want.sort();
    assert_eq!(got, want, "{line:?}");
}

fn logfmt_round_trip(level: usize, msg: &str, fields: &[(String, String)]) {
    // logfmt keys are a restricted alphabet, and a raw ESC is a terminal colour sequence.
    let key_ok = |k: &str| k.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/'));
    let fields: Vec<(String, String)> = fields.iter().filter(|(k, _)| key_ok(k)).cloned().collect();
    let no_esc = |s: &str| s.replace('\x1b', "?");
    let quote = |s: &str| {
        let escaped = no_esc(s)
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .replace('\r', "\\r")
            .replace('\t', "\\t");
        format!("\"{escaped}\"")
    };
    let mut line = format!("t=2026-11-23T08:54:04+0000 lvl={} msg={}", LEVELS[level].0, quote(msg));
    for (k, v) in &fields {
        line.push_str(&format!(" {k}={}", quote(v)));
    }
    let Line::Record(rec) = log::parse(&line) else { panic!("a logfmt record is not a record: {line:?}") };
    assert_eq!((rec.level, rec.msg.clone()), (LEVELS[level].1, no_esc(msg)), "{line:?}");
    let want: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.clone(), no_esc(v))).collect();
    assert_eq!(rec.fields, want, "{line:?}");
}

/// How long the edge may take to close a connection after the client's end of stream.
pub const WIRE_DEADLINE: Duration = Duration::from_secs(5);

/// A TLS client for the edge's agent ingress, trusting the edge's CA.
pub fn wire_client(edge: &ngrok_sim::Edge) -> tokio_rustls::TlsConnector {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(edge.ca_cert_pem()) {
        roots.add(cert.expect("the edge's CA PEM")).expect("the edge's CA");
    }
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    tokio_rustls::TlsConnector::from(Arc::new(cfg))
}

/// Simulator wire decoding: `data` is what an agent sends after the TLS handshake (muxado
/// frames carrying typed Auth/Bind/Unbind/heartbeat streams and their JSON). The edge must
/// take it without panicking and close the connection within [`WIRE_DEADLINE`] of the
/// client's end of stream.
pub async fn sim_wire(edge: &ngrok_sim::Edge, tls: &tokio_rustls::TlsConnector, data: &[u8]) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let tcp = tokio::net::TcpStream::connect(edge.agent_addr()).await.expect("connect to the agent ingress");
    let name = rustls::pki_types::ServerName::try_from("localhost").expect("server name");
    let mut stream = tls.connect(name, tcp).await.expect("TLS handshake with the agent ingress");
    // The edge may close early (a bad frame ends the session): a failed write is fine.
    if stream.write_all(data).await.is_ok() {
        let _ = stream.shutdown().await;
    }
    let known_panics = KNOWN_PANICS.load(std::sync::atomic::Ordering::SeqCst);
    let drained = tokio::time::timeout(WIRE_DEADLINE, async {
        let mut sink = [0u8; 4096];
        while let Ok(n) = stream.read(&mut sink).await {
            if n == 0 {
                break;
            }
        }
    })
    .await;
    // A known muxado panic meanwhile may leave the edge holding the connection: not news.
    let excused = KNOWN_PANICS.load(std::sync::atomic::Ordering::SeqCst) != known_panics;
    assert!(
        drained.is_ok() || excused,
        "the edge kept the connection open {WIRE_DEADLINE:?} after the agent's end of stream"
    );
}

/// True for a panic at one of the two places where muxado 0.5.4 (the `ngrok` crate's
/// multiplexer, which the simulator uses too) panics on a peer's bad frames, both found by
/// the `sim_wire` target:
/// - session.rs:273, `unreachable!()` in `Reader::handle_frame`: a GoAway frame with a
///   non-zero stream id or a body under 8 bytes is decoded as `Body::Invalid` but keeps its
///   GoAway type (every time; `tests/data/fuzz/sim_wire/crash-muxado-goaway-*`);
/// - stream_manager.rs:218, `unreachable!()` in `StreamManager::poll_next`: a stream removed
///   (for example by a second SYN for its id) while its output is still queued (timing
///   dependent; `tests/data/fuzz/sim_wire/crash-muxado-stream-id-reused.bin`).
///
/// Both panics end only the connection's muxado task (tokio catches them). The fuzz target
/// skips inputs with such a GoAway frame ([`bad_goaway`]: after it, the edge can be left
/// holding the connection, so every such input would cost [`WIRE_DEADLINE`]), lets the
/// timing-dependent one through to tokio (counted in [`KNOWN_PANICS`]) and aborts on every
/// other panic, so it can go on finding new bugs.
pub fn known_muxado_panic(file: &str, line: u32) -> bool {
    file.contains("muxado-0.5.4")
        && ((file.ends_with("src/session.rs") && line == 273)
            || (file.ends_with("src/stream_manager.rs") && line == 218))
}

/// How many known muxado panics the fuzz target's panic hook has let through.
pub static KNOWN_PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// True when `data` holds a whole muxado GoAway frame with a non-zero stream id or a body
/// shorter than 8 bytes, which makes muxado 0.5.4 panic (see [`known_muxado_panic`]).
pub fn bad_goaway(data: &[u8]) -> bool {
    let mut rest = data;
    while rest.len() >= 8 {
        let head = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let (length, typ) = ((head >> 8) as usize, (head >> 4) & 0xF);
        let stream_id = u32::from_be_bytes([rest[4], rest[5], rest[6], rest[7]]) & 0x7FFF_FFFF;
        let Some(next) = rest.get(8 + length..) else { return false }; // muxado waits for the rest
        if typ == 3 && (stream_id != 0 || length < 8) {
            return true;
        }
        rest = next;
    }
    false
}

/// One muxado frame of a byte stream: its stream id and its bytes (header included).
type Frame = (u32, Vec<u8>);

/// Splits `data` into whole frames and the incomplete tail.
fn frames_of(data: &[u8]) -> (Vec<Frame>, Vec<u8>) {
    let mut frames = Vec::new();
    let mut rest = data;
    while rest.len() >= 8 {
        let len = (u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) >> 8) as usize;
        if rest.len() < 8 + len {
            break;
        }
        let id = u32::from_be_bytes([rest[4], rest[5], rest[6], rest[7]]) & 0x7FFF_FFFF;
        frames.push((id, rest[..8 + len].to_vec()));
        rest = &rest[8 + len..];
    }
    (frames, rest.to_vec())
}

/// An in-memory connection that hands out at most `chunk` bytes per read.
struct Chunked {
    data: Vec<u8>,
    at: usize,
    chunk: usize,
}

impl tokio::io::AsyncRead for Chunked {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let n = self.chunk.min(buf.remaining()).min(self.data.len() - self.at);
        buf.put_slice(&self.data[self.at..self.at + n]);
        self.at += n;
        std::task::Poll::Ready(Ok(()))
    }
}

/// SDK mode's inbound frame gate (`sdk::frames::Gate`, between the edge and the `ngrok`
/// crate): the first byte picks how the connection is cut into reads, the rest is what the
/// edge sends. The gate may reorder frames across streams but must hand over every byte, keep
/// each stream's frames in order and the incomplete tail last — and fail the read, rather than
/// pass it on, when the edge sends a GoAway frame muxado would panic on ([`bad_goaway`]).
pub fn sdk_gate(data: &[u8]) {
    use tokio::io::AsyncReadExt;
    let Some((first, wire)) = data.split_first() else { return };
    let chunk = if *first == 0 { usize::MAX } else { usize::from(*first) };
    let conn = Chunked { data: wire.to_vec(), at: 0, chunk };
    let mut out = Vec::new();
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let read = rt.block_on(prx_tunnel::sdk::frames::Gate::new(conn).read_to_end(&mut out));
    if bad_goaway(wire) {
        let err = read.expect_err("a malformed GoAway frame was passed on to muxado");
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData, "{err}");
        return;
    }
    read.expect("reading through the gate");
    assert_eq!(out.len(), wire.len(), "the gate lost or added bytes");
    let ((sent, sent_tail), (got, got_tail)) = (frames_of(wire), frames_of(&out));
    assert_eq!(got_tail, sent_tail, "the incomplete tail is not handed over last");
    let mut ids: Vec<u32> = sent.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        let of = |frames: &[Frame]| frames.iter().filter(|(i, _)| *i == id).map(|(_, f)| f.clone()).collect::<Vec<_>>();
        assert_eq!(of(&got), of(&sent), "the frames of stream {id} were reordered or changed");
    }
    assert_eq!(got.len(), sent.len(), "frames were split or merged");
}
