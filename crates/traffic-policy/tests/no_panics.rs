//! Whatever text arrives, parsing and validation answer with errors, never a panic: every
//! prefix of a rich document (YAML and JSON) and every prefix of a set of CEL expressions and
//! interpolations.

use traffic_policy::{Policy, cel, validate};

const DOC: &str = r#"
on_tcp_connect:
  - actions: [{type: restrict-ips, config: {allow: ["127.0.0.0/8"], deny: ["::1/128"]}}]
on_http_request:
  - name: "admin \"area\""
    expressions: ["req.url.path.startsWith('/admin') && inCidrRange(conn.client_ip, '10.0.0.0/8')"]
    actions:
      - type: basic-auth
        config: {credentials: ["alice:correct-horse"], realm: staff}
      - type: rate-limit
        config: {name: r, algorithm: sliding_window, capacity: 3, rate: 60s, bucket_key: ["getReqHeader('x')[0]"]}
      - type: custom-response
        config: {status_code: 200, body: "hi ${req.method} ${ {'a': '}'}['a'] }", headers: {x-a: b}}
on_http_response:
  - actions:
      - {type: compress-response, config: {algorithms: [gzip]}}
      - {type: set-vars, config: {vars: [{a: "${res.status_code}"}]}}
"#;

fn prefixes(s: &str) -> impl Iterator<Item = &str> {
    (0..=s.len()).filter(|i| s.is_char_boundary(*i)).map(|i| &s[..i])
}

#[test]
fn every_prefix_of_a_document_parses_or_fails_cleanly() {
    let full = Policy::from_yaml(DOC).expect("the document parses");
    assert!(validate(&full).is_empty(), "{:?}", validate(&full));
    let json = serde_json::to_string_pretty(&full).unwrap();
    for text in prefixes(DOC) {
        if let Ok(p) = Policy::from_yaml(text) {
            let _ = validate(&p);
        }
    }
    for text in prefixes(&json) {
        match Policy::from_json(text) {
            Ok(p) => assert!(validate(&p).is_empty() || text.len() < json.len()),
            Err(e) => assert!(e.line.is_some(), "JSON errors carry a line: {e}"),
        }
    }
}

#[test]
fn every_prefix_of_expressions_and_templates_is_answered() {
    let exprs = [
        "req.url.path.startsWith('/admin') && !(conn.client_ip in ['1.2.3.4'])",
        "size(req.headers['x-a']) > 0 ? getReqHeader('x-a')[0] == \"v\" : false",
        "{'k': [1, 2.5, true, null, b'x', r'\\d']}.exists(k, k == 'k')",
        "time.now > timestamp('2024-01-01T00:00:00Z') && duration('1h') > duration('1m')",
    ];
    for e in exprs {
        assert!(cel::check(e).is_ok(), "{e}");
        for p in prefixes(e) {
            let _ = cel::check(p);
            let _ = cel::check_interpolations(&format!("x ${{{p}"));
            let _ = cel::check_interpolations(&format!("x ${{{p}}} y"));
        }
    }
}
