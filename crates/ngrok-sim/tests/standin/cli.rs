//! Commands that fail (or finish) before any session: version, usage errors, config errors.

use crate::support::{Agent, Stream, write};

#[tokio::test]
async fn version_prints_a_current_3_39_and_honours_the_override() {
    for (args, env, want) in [
        (vec!["version"], vec![], "ngrok version 3.39.10"),
        (vec!["--version"], vec![], "ngrok version 3.39.10"),
        (vec!["version"], vec![("NGROK_STANDIN_VERSION", "3.36.0")], "ngrok version 3.36.0"),
    ] {
        let mut agent = Agent::spawn(&args, &env);
        assert_eq!(agent.exit_code().await.unwrap(), 0);
        assert_eq!(agent.lines(Stream::Out), vec![want.to_string()], "{args:?}");
    }
}

/// (arguments, the first stderr line the real agent prints)
const USAGE_ERRORS: &[(&[&str], &str)] = &[
    (&["http", "80", "--bogus"], "ERROR:  unknown flag: --bogus"),
    (&["http", "80", "-z"], "ERROR:  unknown shorthand flag: 'z' in -z"),
    (&["tcp", "22", "--basic-auth", "a:b"], "ERROR:  unknown flag: --basic-auth"),
    (&["frobnicate"], "ERROR:  unknown command \"frobnicate\" for \"ngrok\""),
    (&["http"], "ERROR:  accepts 1 arg(s), received 0"),
    (&["http", "80", "81"], "ERROR:  accepts 1 arg(s), received 2"),
    (
        &["http", "80", "--circuit-breaker", "half"],
        "ERROR:  invalid argument \"half\" for \"--circuit-breaker\" flag: strconv.ParseFloat: parsing \"half\": invalid syntax",
    ),
    (
        &["http", "80", "--inspect=maybe"],
        "ERROR:  invalid argument \"maybe\" for \"--inspect\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax",
    ),
    (&["http", "80", "--region", "mars"], "ERROR:  invalid argument \"mars\" for \"--region\" flag"),
    (&["http", "80", "--log-level", "loud"], "ERROR:  invalid argument \"loud\" for \"--log-level\" flag"),
    (
        &["http", "80", "--basic-auth", "nocolon"],
        "ERROR:  Invalid configuration property value for 'basic-auth', 'nocolon'",
    ),
    (&["http", "file:///var/log"], "ERROR:  invalid address 'file:///var/log'"),
];

#[tokio::test]
async fn unknown_flags_and_malformed_values_are_usage_errors() {
    for (args, want) in USAGE_ERRORS {
        let mut agent = Agent::spawn(args, &[]);
        assert_eq!(agent.exit_code().await.unwrap(), 1, "{args:?}");
        let err = agent.lines(Stream::Err);
        assert!(err.first().is_some_and(|l| l.starts_with(want)), "{args:?}: {err:?}");
        assert!(agent.lines(Stream::Out).is_empty(), "{args:?} printed on stdout");
    }
}

/// (config text, the stderr lines after the first one)
const CONFIG_ERRORS: &[(&str, &[&str])] = &[
    (
        "version: \"2\"\nauthtoken: x\nbogus_key: 1\n",
        &["ERROR:    line 3: field bogus_key not found in type config.v2yamlConfig"],
    ),
    (
        "version: \"2\"\nconnect_url: 127.0.0.1:1\n",
        &["ERROR:    line 2: field connect_url not found in type config.v2yamlConfig"],
    ),
    (
        "version: 3\nauthtoken: x\nagent: {}\n",
        &["ERROR:    line 2: field authtoken not found in type config.v3yamlConfig"],
    ),
    (
        "version: 3\nagent:\n  server_addr: 127.0.0.1:1\n",
        &["ERROR:    line 3: field server_addr not found in type config.v3yamlAgent"],
    ),
    (
        "version: \"2\"\ntunnels:\n  web:\n    proto: http\n    addr: 80\n    ip_restrictions:\n      allow_cidrs: [127.0.0.0/8]\n",
        &["ERROR:    line 6: field ip_restrictions not found in type config.v2yamlTunnel"],
    ),
    (
        "version: 3\nagent: {}\nendpoints:\n  - name: a\n    upstream:\n      url: 80\n      port: 81\n",
        &["ERROR:    line 7: field port not found in type config.v3yamlUpstream"],
    ),
    (
        "version: 3\nagent: {}\nendpoints:\n  - name: a\n    domain: a.example.test\n    upstream:\n      url: 80\n",
        &["ERROR:    line 5: field domain not found in type config.v3yamlEndpoint"],
    ),
    ("authtoken: x\n", &["ERROR:  ", "ERROR:  If you're upgrading from an older version of ngrok, you can run:"]),
];

#[tokio::test]
async fn unknown_config_keys_are_rejected_like_the_real_agent() {
    let dir = tempfile::tempdir().unwrap();
    for (i, (text, rest)) in CONFIG_ERRORS.iter().enumerate() {
        let path = write(dir.path(), &format!("c{i}.yml"), text);
        let mut agent = Agent::spawn(&["http", "80", "--config", path.to_str().unwrap()], &[]);
        assert_eq!(agent.exit_code().await.unwrap(), 1, "{text}");
        let err = agent.lines(Stream::Err);
        let head = format!("ERROR:  Error reading configuration file '{}': ", path.display());
        assert!(err[0].starts_with(&head), "{text}: {err:?}");
        assert_eq!(&err[1..1 + rest.len()], *rest, "{text}");
    }
    let mut agent = Agent::spawn(&["start", "--all", "--config", "/nonexistent/ngrok.yml"], &[]);
    assert_eq!(agent.exit_code().await.unwrap(), 1);
    assert_eq!(
        agent.lines(Stream::Err),
        vec![
            "ERROR:  Error reading configuration file '/nonexistent/ngrok.yml': open /nonexistent/ngrok.yml: no such file or directory"
        ]
    );
}
