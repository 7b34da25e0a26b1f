use super::*;

fn problems(yaml: &str) -> Vec<Problem> {
    validate(&Policy::from_yaml(yaml).expect("test documents parse"))
}

fn codes(yaml: &str) -> Vec<&'static str> {
    problems(yaml).iter().map(|p| p.code.unwrap_or("-")).collect()
}

#[test]
fn a_valid_policy_has_no_problems() {
    let doc = r#"
on_tcp_connect:
  - actions: [{type: restrict-ips, config: {allow: ["127.0.0.0/8"]}}]
on_http_request:
  - name: admin
    expressions: ["req.url.path.startsWith('/admin')"]
    actions:
      - type: basic-auth
        config: {credentials: ["alice:password1"], realm: admin}
      - type: rate-limit
        config: {name: r, algorithm: sliding_window, capacity: 3, rate: 60s, bucket_key: ["conn.client_ip"]}
      - type: custom-response
        config: {status_code: 200, body: "hi ${req.method}", headers: {x-a: b}}
  - actions:
      - type: verify-webhook
        config: {provider: github, secret: s3cret}
      - type: oauth
        config: {provider: google}
on_http_response:
  - actions:
      - type: compress-response
        config: {algorithms: [gzip, br]}
      - type: remove-headers
        config: {headers: [server]}
"#;
    assert_eq!(problems(doc), vec![]);
}

#[test]
fn unknown_action_and_wrong_phase_use_ngroks_codes_and_wording() {
    let p = problems(
        "on_http_request:\n  - name: x\n    actions: [{type: basic-auht}]\non_http_response:\n  - actions: [{type: deny}]\n",
    );
    assert_eq!(p.len(), 2, "{p:#?}");
    assert_eq!(p[0].code, Some("ERR_NGROK_2201"));
    assert!(
        p[0].message.starts_with("Invalid policy action type `basic-auht`. Did you mean `basic-auth`?"),
        "{}",
        p[0]
    );
    assert_eq!(p[0].at.to_string(), "on_http_request rule 1 (\"x\") action 1 key `type`");
    assert_eq!(p[1].code, Some("ERR_NGROK_2202"));
    assert!(
        p[1].message.starts_with("Action type `deny` is not supported for `on_http_response` traffic policy rule.")
    );
}

#[test]
fn every_problem_at_once() {
    let doc = r#"
on_http_request:
  - expressions: ["req.url.path ==", "true"]
    actions:
      - type: basic-auth
        config: {credentials: [a:b, "c:d", "nocolon", "e:12345678", "f:1", "g:1", "h:1", "i:1", "j:1", "k:1", "l:1"], bogus: 1}
      - type: restrict-ips
        config: {allow: ["10.0.0.0/33", "not-an-ip"]}
      - type: rate-limit
        config: {algorithm: fixed, capacity: 0, rate: 5s, bucket_key: ["conn.client_ip +"]}
  - actions: []
"#;
    let c = codes(doc);
    for want in [
        "ERR_NGROK_2200",
        "ERR_NGROK_2218",
        "ERR_NGROK_2257",
        "ERR_NGROK_2258",
        "ERR_NGROK_2203",
        "ERR_NGROK_2217",
        "ERR_NGROK_2222",
        "ERR_NGROK_2215",
        "ERR_NGROK_2206",
    ] {
        assert!(c.contains(&want), "{want} missing from {c:?}");
    }
    let p = problems(doc);
    assert!(p.iter().any(|p| p.at.key.as_deref() == Some("expressions[0]")));
    assert!(p.iter().any(|p| p.at.key.as_deref() == Some("config.bucket_key[0]")));
    assert!(p.iter().any(|p| p.at.rule == 1 && p.at.key.as_deref() == Some("actions")));
    // the secret password is never echoed
    assert!(p.iter().all(|p| !p.message.contains("12345678")));
}

#[test]
fn required_and_mistyped_config() {
    let doc = "on_http_request:\n  - actions:\n    - {type: verify-webhook, config: {provider: gitbub}}\n    - {type: add-headers, config: {headers: {x: 1}}}\n    - {type: redirect, config: {to: x, status_code: 200, from: '('}}\n";
    let p = problems(doc);
    let keys: Vec<_> = p.iter().map(|p| (p.code.unwrap(), p.at.key.clone().unwrap())).collect();
    assert!(keys.contains(&("ERR_NGROK_2234", "config.secret".into())), "{keys:?}");
    assert!(keys.contains(&("ERR_NGROK_2222", "config.provider".into())), "{keys:?}");
    assert!(keys.contains(&("ERR_NGROK_2203", "config.headers".into())), "{keys:?}");
    assert!(keys.contains(&("ERR_NGROK_2215", "config.status_code".into())), "{keys:?}");
    assert!(keys.contains(&("ERR_NGROK_2261", "config.from".into())), "{keys:?}");
}

#[test]
fn interpolations_must_parse_and_terminating_actions_end_a_rule() {
    let doc = "on_http_request:\n  - actions:\n    - {type: deny}\n    - {type: custom-response, config: {body: '${req.method'}}\n";
    let c = codes(doc);
    assert_eq!(c, vec!["ERR_NGROK_2207", "ERR_NGROK_2224"]);
}

#[test]
fn forward_internal_with_on_error_continue_does_not_end_its_rule() {
    let doc = "on_http_request:\n  - actions:\n    - {type: forward-internal, config: {url: 'https://a.internal', on_error: continue}}\n    - {type: deny}\n";
    assert_eq!(codes(doc), Vec::<&str>::new());
    let halts = "on_http_request:\n  - actions:\n    - {type: forward-internal, config: {url: 'https://a.internal'}}\n    - {type: deny}\n";
    assert_eq!(codes(halts), vec!["ERR_NGROK_2207"]);
}

#[test]
fn whether_the_edge_simulates_an_action_is_not_validated_here() {
    let doc = "on_http_request:\n  - actions:\n    - {type: oidc, config: {issuer_url: 'https://i', client_id: a, client_secret: b}}\n";
    assert_eq!(problems(doc), vec![]);
}

#[test]
fn limits_of_other_actions() {
    let doc = r#"
on_http_request:
  - actions:
      - {type: circuit-breaker, config: {error_threshold: 1.5, window_duration: 5m, num_buckets: 3}}
      - {type: set-vars, config: {vars: [{a: 1, b: 2}]}}
      - {type: remove-headers, config: {headers: ["bad name"]}}
on_http_response:
  - actions:
      - {type: compress-response, config: {algorithms: [gzip, zip, gzip]}}
"#;
    let c = codes(doc);
    assert_eq!(
        c,
        vec![
            "ERR_NGROK_2215",
            "ERR_NGROK_2215",
            "ERR_NGROK_2222",
            "ERR_NGROK_2252",
            "ERR_NGROK_2210",
            "ERR_NGROK_2214",
            "ERR_NGROK_2231"
        ]
    );
}
