//! The endpoint keys of ngrok's current model: `url`, `bindings`, `pooling_enabled`, `description`.

use super::World;
use crate::config::*;

fn load(text: &str) -> TunnelConfig {
    World::new().text(text).unwrap().config
}

#[test]
fn url_sets_the_host_and_the_protocol() {
    let c = load("[tunnel.ngrok]\nurl = \"https://app.example.com\"\n");
    assert_eq!((c.proto, c.effective_domain().as_deref()), (Proto::Http, Some("app.example.com")));
    assert_eq!(c.effective_binding(), Binding::Public);
    assert_eq!(c.binding_to_send(), None, "a plain endpoint binds as before");

    let t = load("[tunnel]\nlocal_addr = 22\n[tunnel.ngrok]\nurl = \"tcp://1.tcp.ngrok.io:21045\"\n");
    assert_eq!(t.proto, Proto::Tcp, "url sets proto");
    assert_eq!(t.local_addr.scheme, LocalScheme::Tcp);
    assert_eq!(t.url.as_ref().unwrap().tcp_addr().as_deref(), Some("1.tcp.ngrok.io:21045"));
    assert_eq!(t.effective_domain(), None);
}

#[test]
fn a_dot_internal_url_is_internal_unless_said_otherwise() {
    let c = load("[tunnel.ngrok]\nurl = \"https://api.internal\"\npooling_enabled = true\n");
    assert_eq!(c.binding_to_send(), Some(Binding::Internal));
    assert!(c.pooling_enabled);
    let explicit = load("[tunnel.ngrok]\nurl = \"https://api.internal\"\nbindings = [\"internal\"]\n");
    assert_eq!(explicit.binding, Some(Binding::Internal));
}

#[test]
fn the_domain_flag_replaces_the_files_url() {
    let flags = TunnelFlags { domain: Some("flag.example.com".into()), ..Default::default() };
    let c = World::new().text_flags("[tunnel.ngrok]\nurl = \"https://file.example.com\"\n", flags).unwrap().config;
    assert_eq!((c.url, c.domain.as_deref()), (None, Some("flag.example.com")));
}

#[test]
fn description_is_kept_in_cli_mode() {
    let c = load("[tunnel.ngrok]\nmode = \"cli\"\ndescription = \"webhook receiver\"\n");
    assert_eq!(c.description.as_deref(), Some("webhook receiver"));
}

#[test]
fn endpoint_key_errors_name_the_key_and_line() {
    let err = World::new()
        .error("[tunnel.ngrok]\nurl = \"https://a.example.com\"\nsubdomain = \"a\"\nbindings = [\"internal\"]\n");
    assert!(err.contains("c.toml:3:13: [tunnel.ngrok] subdomain: cannot be combined with url"), "{err}");
    assert!(err.contains("c.toml:4:12: [tunnel.ngrok] bindings: is [\"internal\"]"), "{err}");
}
