//! What an agent line means to the supervisor, how it is re-emitted through prx-tunnel's own
//! tracing (at the matching level, secrets masked), and which lines explain a failure.
//! Records are matched on `msg`, never on `obj` (logfmt lines may repeat `obj`).

use super::log::{Level, Line, Record, error_code, tidy};
use crate::secret::Secret;

/// Something the supervisor acts on.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// "starting web service": the agent's local API and inspector listen here.
    WebAddr(String),
    /// "started tunnel": a public URL for the tunnel `name`.
    Tunnel {
        /// The tunnel name the agent logged (ours is [`super::TUNNEL_NAME`]).
        name: Option<String>,
        /// Its public URL.
        url: String,
    },
    /// The agent's session to ngrok is (again) established.
    SessionUp,
    /// The agent lost its session and is reconnecting (a new disconnection).
    SessionLost(String),
    /// A reconnect attempt failed (the same disconnection, still going on).
    RetryFailed(String),
    /// The agent was told to stop (a remote stop from the ngrok service, or a signal).
    StopRequested,
}

/// Interprets one line; most lines mean nothing to the supervisor.
pub fn notice(line: &Line) -> Option<Notice> {
    let Line::Record(rec) = line else { return None };
    let msg = rec.msg.to_ascii_lowercase();
    let err = || rec.get("err").map(tidy).filter(|e| !e.is_empty()).unwrap_or_else(|| tidy(&rec.msg));
    match msg.as_str() {
        "starting web service" => rec.get("addr").map(|a| Notice::WebAddr(a.to_owned())),
        "started tunnel" => {
            rec.get("url").map(|u| Notice::Tunnel { name: rec.get("name").map(str::to_owned), url: u.to_owned() })
        }
        // Not "tunnel session started": agents log it before they even dial.
        "client session established" => Some(Notice::SessionUp),
        "failed to reconnect session" => Some(Notice::RetryFailed(err())),
        "received stop request" => Some(Notice::StopRequested),
        m if m.starts_with("session closed") && m.contains("reconnect") => Some(Notice::SessionLost(err())),
        _ => None,
    }
}

/// The text a line contributes to "why did the agent fail": error records, `ERROR:` lines,
/// and stray text (which a dying agent prints, e.g. `listen tcp …: bind: address already in use`).
pub fn failure_text(line: &Line) -> Option<String> {
    match line {
        Line::Record(rec) if rec.level >= Level::Error => {
            let err = rec.get("err").map(first_line).filter(|e| !e.is_empty());
            Some(match err {
                Some(e) if rec.msg.is_empty() => e,
                Some(e) => format!("{}: {e}", rec.msg),
                None => tidy(&rec.msg),
            })
        }
        Line::Error(text) | Line::Text(text) => Some(tidy(text)).filter(|t| !t.is_empty()),
        Line::Record(_) => None,
    }
}

/// The first line of a multi-line agent error (ngrok's texts go on with advice), with the
/// `ERR_NGROK_` code of the rest appended when the first line lacks it.
fn first_line(err: &str) -> String {
    let first = err.lines().map(tidy).find(|l| !l.is_empty()).unwrap_or_default();
    match error_code(err) {
        Some(code) if !first.contains(&code) => format!("{first} ({code})"),
        _ => first,
    }
}

/// Masks secrets: the tunnel's own (authtoken, basic-auth passwords) and every secret
/// registered with [`crate::logging`].
#[derive(Clone, Default)]
pub struct Masker {
    secrets: Vec<Secret>,
}

impl Masker {
    /// A masker for these secrets (plus the registered ones).
    pub fn new(secrets: Vec<Secret>) -> Masker {
        Masker { secrets: secrets.into_iter().filter(|s| !s.is_empty()).collect() }
    }

    /// `text` with every secret replaced by the mask.
    pub fn mask(&self, text: &str) -> String {
        let own = self.secrets.iter().fold(text.to_owned(), |t, s| s.scrub(&t));
        crate::logging::scrub(&own)
    }
}

/// Re-emits one agent line through tracing (target `ngrok::agent`, so the session
/// `log_level` filter applies), at the level the agent gave it, secrets masked. Stray text
/// (not a log record) is a warning naming the pipe it came from.
pub fn trace(line: &Line, stream: &'static str, masker: &Masker) {
    match line {
        Line::Record(rec) => {
            let text = masker.mask(&render(rec));
            // The agent logs every local API request at info; ours are routine.
            let level = if rec.get("pg").is_some_and(|p| p.starts_with("/api/")) { Level::Debug } else { rec.level };
            match level {
                Level::Debug => tracing::debug!(target: "ngrok::agent", "{text}"),
                Level::Info => tracing::info!(target: "ngrok::agent", "{text}"),
                Level::Warn => tracing::warn!(target: "ngrok::agent", "{text}"),
                Level::Error | Level::Crit => {
                    tracing::error!(target: "ngrok::agent", "{text}")
                }
            }
        }
        Line::Error(text) => {
            tracing::error!(target: "ngrok::agent", "ERROR: {}", masker.mask(text))
        }
        Line::Text(text) if text.is_empty() => {}
        Line::Text(text) => tracing::warn!(target: "ngrok::agent", stream, "{}", masker.mask(text)),
    }
}

/// `msg key=value …` with values quoted when they contain spaces.
fn render(rec: &Record) -> String {
    let mut out = format!("ngrok agent: {}", tidy(&rec.msg));
    for (k, v) in &rec.fields {
        let v = tidy(v);
        if v.is_empty() {
            continue;
        }
        if v.contains(' ') || v.contains('"') {
            out.push_str(&format!(" {k}={v:?}"));
        } else {
            out.push_str(&format!(" {k}={v}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli_mode::log::parse;

    #[test]
    fn understands_the_lines_that_matter() {
        let web = parse(r#"{"addr":"127.0.0.1:4049","lvl":"info","msg":"starting web service","obj":"web","t":"x"}"#);
        assert_eq!(notice(&web), Some(Notice::WebAddr("127.0.0.1:4049".into())));
        let started = parse(
            r#"{"addr":"http://localhost:8080","lvl":"info","msg":"started tunnel","name":"command_line","obj":"tunnels","t":"x","url":"https://f6fb.ngrok-free.app"}"#,
        );
        assert_eq!(
            notice(&started),
            Some(Notice::Tunnel { name: Some("command_line".into()), url: "https://f6fb.ngrok-free.app".into() })
        );
        let retry = parse(
            r#"{"err":"dial tcp 127.0.0.1:4443: connect: connection refused","id":"44d7a5dce4b4","lvl":"eror","msg":"failed to reconnect session","obj":"csess","t":"x"}"#,
        );
        assert_eq!(
            notice(&retry),
            Some(Notice::RetryFailed("dial tcp 127.0.0.1:4443: connect: connection refused".into()))
        );
        let lost = parse(r#"t=x lvl=warn msg="session closed, starting reconnect loop" obj=tunnels.session err="EOF""#);
        assert_eq!(notice(&lost), Some(Notice::SessionLost("EOF".into())));
        let up =
            parse(r#"{"id":"6da982f374ef","lvl":"info","msg":"client session established","obj":"csess","t":"x"}"#);
        assert_eq!(notice(&up), Some(Notice::SessionUp));
        let open = parse(r#"{"err":"\u003cnil\u003e","lvl":"info","msg":"open config file","path":"cfg.yml","t":"x"}"#);
        assert_eq!(notice(&open), None);
    }

    #[test]
    fn failure_text_from_each_kind_of_line() {
        let crit = parse(
            r#"{"err":"authentication failed: bad token\r\n\r\nERR_NGROK_107\r\n","lvl":"crit","msg":"command failed","t":"x"}"#,
        );
        assert_eq!(
            failure_text(&crit).as_deref(),
            Some("command failed: authentication failed: bad token (ERR_NGROK_107)")
        );
        let real = parse(concat!(
            r#"{"err":"The authtoken you specified is properly formed, but it is invalid.\nYour authtoken: 2prx\n"#,
            r#"This usually happens when:\n    - You reset your authtoken\r\n\r\nERR_NGROK_107\r\n","lvl":"eror","msg":"failed to auth","obj":"tunnels.session","t":"x"}"#
        ));
        assert_eq!(
            failure_text(&real).as_deref(),
            Some("failed to auth: The authtoken you specified is properly formed, but it is invalid. (ERR_NGROK_107)")
        );
        assert_eq!(failure_text(&parse("ERROR:  ERR_NGROK_4018")).as_deref(), Some("ERR_NGROK_4018"));
        assert_eq!(
            failure_text(&parse("listen tcp 127.0.0.1:4049: bind: address already in use")).as_deref(),
            Some("listen tcp 127.0.0.1:4049: bind: address already in use")
        );
        let info = parse(r#"{"lvl":"info","msg":"received stop request","obj":"app","stopReq":{},"t":"x"}"#);
        assert_eq!(failure_text(&info), None);
        assert_eq!(notice(&info), Some(Notice::StopRequested), "a remote stop is recognised");
        assert_eq!(failure_text(&parse("   ")), None);
    }

    #[test]
    fn masks_own_secrets_in_rendered_lines() {
        let m = Masker::new(vec![Secret::new("2xTOKENsecret99"), Secret::new("hunter22pass")]);
        let line =
            parse(r#"{"lvl":"eror","msg":"failed","err":"token 2xTOKENsecret99 and alice:hunter22pass","t":"x"}"#);
        let Line::Record(rec) = &line else { panic!("not a record") };
        let shown = m.mask(&render(rec));
        assert!(!shown.contains("2xTOKENsecret99") && !shown.contains("hunter22pass"), "{shown}");
        assert!(shown.contains("alice:********"), "{shown}");
    }
}
