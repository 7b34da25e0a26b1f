//! Validation rules and how their problems are reported (where, what, how to fix).

use super::World;
use crate::config::*;

#[test]
fn unknown_keys_name_line_column_and_the_closest_key() {
    let err = World::new().error("[tunnel]\nbackend = \"ngrok\"\n\n[tunnel.ngrok]\nregoin = \"eu\"\n  auth_token = \"x\"\nfrobnicate = 1\nlocal_addr = \"1\"\n");
    assert!(err.contains("c.toml:5:1: [tunnel.ngrok] regoin: unknown key; did you mean \"region\"?"), "{err}");
    assert!(err.contains("c.toml:6:3: [tunnel.ngrok] auth_token: unknown key; did you mean \"authtoken\"?"), "{err}");
    assert!(err.contains("[tunnel.ngrok] frobnicate: unknown key; the keys here are: authtoken, api_key"), "{err}");
    assert!(err.contains("[tunnel.ngrok] local_addr: belongs in [tunnel]"), "{err}");
    assert!(err.starts_with("invalid configuration in "), "{err}");
}

#[test]
fn wrong_types_name_the_expected_type() {
    let err = World::new().error("[tunnel.ngrok]\ninspect = \"yes\"\nregion = 1\nbasic_auth = [\"a:longpassword\", 7]\ncircuit_breaker = \"half\"\nstartup_timeout_secs = \"30\"\nip_restrictions = { allow = \"10.0.0.0/8\", block = [] }\n");
    for want in [
        "c.toml:2:11: [tunnel.ngrok] inspect: expected true or false (without quotes), found a string",
        "c.toml:3:10: [tunnel.ngrok] region: expected a string in quotes, found an integer; write e.g. region = \"eu\"",
        "[tunnel.ngrok] basic_auth[1]: expected \"user:password\" in quotes, found an integer",
        "[tunnel.ngrok] circuit_breaker: expected a number (without quotes), found a string",
        "[tunnel.ngrok] startup_timeout_secs: expected a whole number of seconds",
        "[tunnel.ngrok] ip_restrictions.allow: expected a list of CIDRs, found a string",
        "[tunnel.ngrok] ip_restrictions.block: unknown key (ip_restrictions has only allow and deny)",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
}

#[test]
fn all_problems_are_reported_at_once() {
    let flags = TunnelFlags { basic_auth: vec![Secret::new("bob:short")], ..Default::default() };
    let err = World::new().error_flags(
        "[tunnel]\nbackend = \"cloudflare\"\nlocal_addr = \"localhost\"\n[tunnel.ngrok]\nregion = \"mars\"\ndomain = \"a.example.com\"\nsubdomain = \"a\"\ncircuit_breaker = 2.0\nmetadata = \"${NOPE}\"\nbogus = 1\n",
        flags,
    );
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 9, "{err}");
    for want in ["backend", "local_addr", "region", "subdomain", "circuit_breaker", "metadata", "bogus", "--basic-auth"]
    {
        assert!(err.contains(want), "{want} missing:\n{err}");
    }
    assert!(err.contains("\"cloudflare\" is not supported; prx-tunnel supports: ngrok"), "{err}");
    assert!(err.contains("\"mars\" is not an ngrok region; use one of us, us-cal-1, eu, ap, au, sa, jp, in"), "{err}");
    assert!(lines.last().unwrap().starts_with("  --basic-auth: "), "{err}");
}

#[test]
fn subdomain_becomes_a_ngrok_free_domain() {
    let c = World::new().text("[tunnel.ngrok]\nsubdomain = \"My-Agent\"\n").unwrap().config;
    assert_eq!(c.effective_domain().as_deref(), Some("my-agent.ngrok-free.app"));
    let err = World::new().error("[tunnel.ngrok]\ndomain = \"a.example.com\"\nsubdomain = \"a\"\n");
    assert!(err.contains("c.toml:3:13: [tunnel.ngrok] subdomain: cannot be combined with domain"), "{err}");
}

#[test]
fn tcp_tunnels() {
    let c = World::new().text("[tunnel]\nlocal_addr = \"tcp://127.0.0.1:22\"\n").unwrap().config;
    assert_eq!((c.proto, c.local_addr.forward_url().as_str()), (Proto::Tcp, "tcp://127.0.0.1:22"));
    let c = World::new()
        .text("[tunnel]\nlocal_addr = \"5432\"\n[tunnel.ngrok]\nproto = \"tcp\"\nip_restrictions = [\"10.0.0.1\"]\n")
        .unwrap()
        .config;
    assert_eq!((c.local_addr.scheme, c.allow_cidrs.len()), (LocalScheme::Tcp, 1));
    let err = World::new().error(
        "[tunnel]\nlocal_addr = \"http://127.0.0.1:80\"\n[tunnel.ngrok]\nproto = \"tcp\"\ndomain = \"a.example.com\"\nbasic_auth = \"u:longpassword\"\ncircuit_breaker = 0.5\ncompression = true\n",
    );
    for key in [
        "local_addr: is an http:// URL",
        "domain: only applies to http",
        "basic_auth: only applies",
        "circuit_breaker: only applies",
        "compression: only applies",
    ] {
        assert!(err.contains(key), "{key} missing:\n{err}");
    }
    let err = World::new().error("[tunnel]\nlocal_addr = \"tcp://127.0.0.1:22\"\n[tunnel.ngrok]\nproto = \"http\"\n");
    assert!(err.contains("is a tcp:// address but proto is \"http\""), "{err}");
}

#[test]
fn certificates_resolve_relative_to_the_file() {
    let world = World::new();
    world.write("certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    let c = world.text("[tunnel.ngrok]\nroot_cas = \"certs/ca.pem\"\nca_cert = \"certs/ca.pem\"\n").unwrap().config;
    assert_eq!(c.root_cas, Some(RootCas::Path(world.dir.path().join("certs/ca.pem"))));
    assert_eq!(c.ca_cert, Some(world.dir.path().join("certs/ca.pem")));
    world.write("certs/not.pem", "hello");
    let err =
        world.error("[tunnel.ngrok]\nroot_cas = \"nope.pem\"\nca_cert = \"certs/not.pem\"\nserver_addr = \"edge\"\n");
    assert!(
        err.contains("root_cas: ") && err.contains("does not exist") && err.contains("\"trusted\" or \"host\""),
        "{err}"
    );
    assert!(err.contains("ca_cert: ") && err.contains("holds no PEM certificate"), "{err}");
    assert!(err.contains("server_addr: \"edge\" is not host:port"), "{err}");
}

#[test]
fn empty_or_tunnel_less_files_are_errors() {
    let err = World::new().error("# nothing\n\n");
    assert!(err.contains("c.toml: is empty; add [tunnel]"), "{err}");
    let err = World::new().error("[gateway]\nport = 1\n");
    assert!(err.contains("has no [tunnel] section"), "{err}");
    let err = World::new().error("tunnel = \"ngrok\"\n");
    assert!(err.contains("[tunnel]: expected a table"), "{err}");
}

#[test]
fn syntax_errors_have_a_position() {
    let err = World::new().error("[tunnel]\nlocal_addr = 127.0.0.1:8080\n");
    assert!(err.contains("c.toml:2:") && err.contains("TOML syntax error"), "{err}");
    let err = World::new().error("[tunnel.ngrok]\nregion = \"eu\"\nregion = \"us\"\n");
    assert!(err.contains("c.toml:3:") && err.contains("duplicate"), "{err}");
}

#[test]
fn huge_values_are_refused_without_echo() {
    let big = "m".repeat(5000);
    let err = World::new().error(&format!(
        "[tunnel]\nlocal_addr = \"{big}\"\n[tunnel.ngrok]\nmetadata = \"{big}\"\nstartup_timeout_secs = 99999999999\n"
    ));
    assert!(err.contains("metadata: is 5000 bytes long; ngrok accepts at most 4096"), "{err}");
    assert!(err.contains("startup_timeout_secs: is ") && err.contains("one day"), "{err}");
    assert!(err.len() < 1200, "{err}");
}

#[test]
fn edge_is_ngrok_or_local_and_the_flag_wins() {
    let w = World::new();
    assert_eq!(w.text("[tunnel]\n").unwrap().config.edge, EdgeKind::Ngrok);
    assert_eq!(w.text("[tunnel.ngrok]\nedge = \"local\"\n").unwrap().config.edge, EdgeKind::Local);
    let err = w.error("[tunnel.ngrok]\nedge = \"cloud\"\n");
    assert!(
        err.contains("c.toml:2:8: [tunnel.ngrok] edge: \"cloud\" is not an edge; use one of ngrok, local"),
        "{err}"
    );
    let flags = TunnelFlags { edge: Some(EdgeKind::Ngrok), ..Default::default() };
    assert_eq!(w.text_flags("[tunnel.ngrok]\nedge = \"local\"\n", flags).unwrap().config.edge, EdgeKind::Ngrok);
}
