//! The log parser against lines real ngrok agents printed (2.3.41 captured on our machines;
//! v3 lines from ngrok's documentation) and against the variants it must tolerate.

use super::*;
use crate::cli_mode::logfmt::first_key_at;

fn record(line: &str) -> Record {
    match parse(line) {
        Line::Record(r) => r,
        other => panic!("{line:?} parsed as {other:?}"),
    }
}

#[test]
fn real_2_3_41_json_lines() {
    let r = record(
        r#"{"err":"\u003cnil\u003e","lvl":"info","msg":"open config file","path":"cfg.yml","t":"2026-11-23T08:54:04.073043197Z"}"#,
    );
    assert_eq!(
        (r.level, r.msg.as_str(), r.get("path"), r.get("err")),
        (Level::Info, "open config file", Some("cfg.yml"), Some("<nil>"))
    );
    assert_eq!(r.get("t"), None, "the timestamp is not a field");
    let r = record(r#"{"addr":"127.0.0.1:4049","lvl":"info","msg":"starting web service","obj":"web","t":"x"}"#);
    assert_eq!((r.msg.as_str(), r.get("addr")), ("starting web service", Some("127.0.0.1:4049")));
    let r = record(r#"{"err":"session closed","lvl":"eror","msg":"failed to auth","obj":"tunnels.session","t":"x"}"#);
    assert_eq!((r.level, r.get("err")), (Level::Error, Some("session closed")));
    let r = record(r#"{"lvl":"info","msg":"received stop request","obj":"app","stopReq":{},"t":"x"}"#);
    assert_eq!(r.get("stopReq"), Some("{}"));
    let r =
        record(r#"{"id":"3ad4bb862204","lvl":"dbug","msg":"sleep before reconnect","obj":"csess","secs":0,"t":"x"}"#);
    assert_eq!((r.level, r.get("secs")), (Level::Debug, Some("0")));
    let r = record(
        r#"{"err":"listen tcp 127.0.0.1:4049: bind: address already in use","lvl":"crit","msg":"command failed","t":"x"}"#,
    );
    assert_eq!(r.level, Level::Crit);
}

#[test]
fn v3_started_tunnel_with_addr_as_string_or_object() {
    let r = record(
        r#"{"addr":"http://localhost:8080","lvl":"info","msg":"started tunnel","name":"command_line","obj":"tunnels","t":"x","url":"https://f6fb.ngrok-free.app"}"#,
    );
    assert_eq!((r.get("addr"), r.get("url")), (Some("http://localhost:8080"), Some("https://f6fb.ngrok-free.app")));
    let r = record(
        r#"{"addr":{"Scheme":"http","Host":"localhost:8080"},"lvl":"info","msg":"started tunnel","name":"x","url":"https://a.b"}"#,
    );
    assert_eq!(r.get("addr"), Some("http://localhost:8080"));
    let r = record(
        r#"{"addr":{"Host":"localhost:22"},"lvl":"info","msg":"started tunnel","url":"tcp://0.tcp.ngrok.io:1"}"#,
    );
    assert_eq!(r.get("addr"), Some("localhost:22"));
}

#[test]
fn unknown_fields_and_alternative_key_names() {
    let r = record(r#"{"level":"warning","message":"hello","brand_new":[1,2],"nested":{"a":1},"n":null,"time":"x"}"#);
    assert_eq!((r.level, r.msg.as_str()), (Level::Warn, "hello"));
    assert_eq!(r.get("brand_new"), Some("[1,2]"));
    assert_eq!(r.get("nested"), Some(r#"{"a":1}"#));
    assert_eq!(r.get("n"), Some(""));
}

#[test]
fn real_2_3_41_logfmt_lines() {
    let r = record(r#"t=2026-11-23T09:37:49+0000 lvl=info msg="open config file" path=/tmp/cli-agent/c1.yml err=nil"#);
    assert_eq!(
        (r.level, r.msg.as_str(), r.get("path")),
        (Level::Info, "open config file", Some("/tmp/cli-agent/c1.yml"))
    );
    let r = record(r#"t=2026-11-23T09:37:49+0000 lvl=info msg="starting web service" obj=web addr=127.0.0.1:4040"#);
    assert_eq!(r.get("addr"), Some("127.0.0.1:4040"));
    let r = record(
        r#"lvl=eror msg="failed to reconnect session" err="dial tcp: \"quoted\" thing\r\n\r\nERR_NGROK_107\r\n" obj=csess obj=csess"#,
    );
    assert_eq!(r.get("err"), Some("dial tcp: \"quoted\" thing\r\n\r\nERR_NGROK_107\r\n"));
    assert_eq!(error_code(r.get("err").unwrap()).as_deref(), Some("ERR_NGROK_107"));
}

#[test]
fn term_lines() {
    let r = record(
        "INFO[11-23|08:54:04] started tunnel                           obj=tunnels name=command_line addr=http://localhost:80 url=https://x.ngrok.io",
    );
    assert_eq!((r.level, r.msg.as_str(), r.get("url")), (Level::Info, "started tunnel", Some("https://x.ngrok.io")));
    let r = record(
        "EROR[11-23|08:54:04] failed to reconnect session              obj=csess err=\"dial tcp 127.0.0.1:9: connect: connection refused\"",
    );
    assert_eq!((r.level, r.get("err")), (Level::Error, Some("dial tcp 127.0.0.1:9: connect: connection refused")));
    let r = record(
        "\x1b[32mINFO\x1b[0m[11-23|08:54:04] starting web service                     obj=web addr=127.0.0.1:4040",
    );
    assert_eq!((r.level, r.msg.as_str(), r.get("addr")), (Level::Info, "starting web service", Some("127.0.0.1:4040")));
    let r = record("WARN[11-23|08:54:04] session closed, starting reconnect loop");
    assert_eq!((r.msg.as_str(), r.fields.len()), ("session closed, starting reconnect loop", 0));
}

#[test]
fn error_block_and_plain_text() {
    assert_eq!(
        parse("ERROR:  Tunnel 'nosuch' is not defined in the config files."),
        Line::Error("Tunnel 'nosuch' is not defined in the config files.".into())
    );
    assert_eq!(
        parse("ERROR:  https://ngrok.com/docs/errors/err_ngrok_4018\r\n"),
        Line::Error("https://ngrok.com/docs/errors/err_ngrok_4018".into())
    );
    assert_eq!(
        parse("listen tcp 127.0.0.1:4049: bind: address already in use"),
        Line::Text("listen tcp 127.0.0.1:4049: bind: address already in use".into())
    );
    assert_eq!(parse(""), Line::Text(String::new()));
    assert_eq!(parse("ngrok version 2.3.41"), Line::Text("ngrok version 2.3.41".into()));
    assert_eq!(parse(r#"{"no":"level"}"#), Line::Text(r#"{"no":"level"}"#.into()));
    assert_eq!(parse(r#"{"lvl":"info", broken"#), Line::Text(r#"{"lvl":"info", broken"#.into()));
    assert_eq!(
        parse("panic: runtime error: index out of range [3] with length 3"),
        Line::Text("panic: runtime error: index out of range [3] with length 3".into())
    );
}

#[test]
fn error_codes_in_any_case_and_position() {
    assert_eq!(error_code("ERROR:  https://ngrok.com/docs/errors/err_ngrok_4018").as_deref(), Some("ERR_NGROK_4018"));
    assert_eq!(error_code("authentication failed\r\n\r\nERR_NGROK_105\r\n").as_deref(), Some("ERR_NGROK_105"));
    assert_eq!(error_code("ERR_NGROK_ then ERR_NGROK_334").as_deref(), Some("ERR_NGROK_334"));
    assert_eq!(error_code("no code here"), None);
    assert_eq!(error_code("ERR_NGROK_"), None);
}

#[test]
fn tidy_collapses_crlf_tails_and_nil() {
    assert_eq!(tidy("bad token\r\n\r\nERR_NGROK_107\r\n"), "bad token ERR_NGROK_107");
    assert_eq!(tidy("<nil>"), "");
}

#[test]
fn never_panics_on_odd_input() {
    for line in [
        "{",
        "}",
        "=",
        "a=",
        "=b",
        "INFO[",
        "INFO[]",
        "lvl=",
        "\"",
        "k=\"unterminated",
        "é=ü",
        "\u{0}",
        "[x] y=z",
        "ERROR:",
    ] {
        let _ = parse(line);
    }
    let _ = first_key_at("a=b");
}
