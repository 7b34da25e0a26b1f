//! The agent's command line, environment, and the refusal of options a version cannot honour.

use super::*;
use crate::cli_mode::TUNNEL_NAME;
use crate::cli_mode::test_support::{agent, cfg};
use crate::config::{BasicAuth, Region};
use crate::exit::{Exit, exit_code};

#[test]
fn start_form_with_user_config_first_and_no_secret() {
    let args = command_line(
        &[TUNNEL_NAME.to_owned()],
        &[Path::new("/home/u/.config/ngrok/ngrok.yml")],
        Path::new("/run/x/agent.yml"),
        "info",
    );
    assert_eq!(
        args.join(" "),
        "start prx-tunnel --config /home/u/.config/ngrok/ngrok.yml --config /run/x/agent.yml --log stdout --log-format json --log-level info"
    );
    let args = command_line(&[TUNNEL_NAME.to_owned()], &[], Path::new("/run/x/agent.yml"), "debug");
    assert_eq!(
        args.join(" "),
        "start prx-tunnel --config /run/x/agent.yml --log stdout --log-format json --log-level debug"
    );
}

#[test]
fn the_agent_logs_at_info_at_least_so_its_url_line_is_never_filtered_out() {
    for (ours, theirs) in
        [("debug", "debug"), ("trace", "debug"), ("info", "info"), ("warn", "info"), ("error", "info"), ("odd", "info")]
    {
        assert_eq!(agent_log_level(ours), theirs);
    }
}

#[test]
fn token_goes_by_environment_to_v3_only() {
    let mut c = cfg();
    c.authtoken = Some(Secret::new("2tokTOKENtok"));
    let env = environment(&c, &agent(Major::V3));
    assert_eq!(
        env.iter().map(|(k, v)| (*k, v.expose())).collect::<Vec<_>>(),
        vec![("NGROK_AUTHTOKEN", "2tokTOKENtok")]
    );
    assert!(environment(&c, &agent(Major::V2)).is_empty());
    let shown = display(Path::new("/usr/bin/ngrok"), &env, &["start".into(), "a b".into()]);
    assert_eq!(shown, "NGROK_AUTHTOKEN=******** /usr/bin/ngrok start 'a b'");
}

#[test]
fn v2_refuses_what_it_cannot_honour_naming_option_and_version() {
    let mut c = cfg();
    c.allow_cidrs = vec!["10.0.0.0/8".parse().unwrap()];
    c.circuit_breaker = Some(0.5);
    c.compression = true;
    c.basic_auth = vec![
        BasicAuth { username: "a".into(), password: Secret::new("password1") },
        BasicAuth { username: "b".into(), password: Secret::new("password2") },
    ];
    c.region = Region::UsCal1;
    c.region_explicit = true;
    let err = check_supported(&c, &agent(Major::V2)).unwrap_err();
    assert_eq!(exit_code(&err), Exit::Usage);
    let msg = err.to_string();
    for needle in ["version 2.3.41", "ip_restrictions", "circuit_breaker", "compression", "basic_auth", "region", "v3"]
    {
        assert!(msg.contains(needle), "{needle:?} missing from {msg}");
    }
    assert!(!msg.contains("password1"), "{msg}");
    assert!(check_supported(&c, &agent(Major::V3)).is_ok());
}

#[test]
fn v2_accepts_what_it_can() {
    let mut c = cfg();
    c.basic_auth = vec![BasicAuth { username: "a".into(), password: Secret::new("password1") }];
    c.subdomain = Some("demo".into());
    c.region = Region::Eu;
    c.region_explicit = true;
    c.metadata = Some("m".into());
    c.inspect = true;
    assert!(check_supported(&c, &agent(Major::V2)).is_ok());
}

#[test]
fn v2_refuses_policy_only_options_naming_the_version() {
    let mut c = cfg();
    c.traffic_policy_inline = true;
    c.webhook_verification =
        Some(crate::policy::Webhook { provider: "github".into(), secret: Secret::new("whsec-xyz") });
    c.request_headers = Some(crate::policy::HeaderRewrite::default());
    let msg = check_supported(&c, &agent(Major::V2)).unwrap_err().to_string();
    for needle in ["traffic_policy", "webhook_verification", "request_headers", "3.6.0"] {
        assert!(msg.contains(needle), "{needle:?} missing from {msg}");
    }
    assert!(!msg.contains("whsec-xyz"), "{msg}");
}

#[test]
fn v3_agents_too_old_for_the_policy_are_refused_with_the_version_needed() {
    let mut c = cfg();
    c.basic_auth = vec![BasicAuth { username: "a".into(), password: Secret::new("password1") }];
    c.policy = crate::policy::effective(&c.seeds(), None).0;
    let old = Agent { version: "3.5.0".into(), ..agent(Major::V3) };
    let msg = check_supported(&c, &old).unwrap_err().to_string();
    assert!(msg.contains("basic_auth") && msg.contains("3.6.0") && msg.contains("version 3.5.0"), "{msg}");
    assert!(check_supported(&c, &Agent { version: "3.6.0".into(), ..agent(Major::V3) }).is_ok());
    c.policy = Some(crate::policy::Effective::new(
        traffic_policy::Policy::from_yaml("on_tcp_connect: [{actions: [{type: deny}]}]\n").unwrap(),
    ));
    c.traffic_policy_inline = true;
    let msg = check_supported(&c, &Agent { version: "3.16.0".into(), ..agent(Major::V3) }).unwrap_err().to_string();
    assert!(msg.contains("3.17.0") && msg.contains("traffic_policy"), "{msg}");
}
