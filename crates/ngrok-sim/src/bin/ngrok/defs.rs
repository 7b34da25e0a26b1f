//! Tunnel definitions (`tunnels:` in config version 2 and 3, and `POST /api/tunnels` bodies)
//! and endpoint definitions (`endpoints:` in version 3), read strictly into [`EndpointSpec`]s.

use crate::endpoint::{EndpointSpec, Proto, Scheme};
use crate::yaml::{Node, invalid};

const TUNNEL_KEYS: &[&str] = &[
    "proto",
    "addr",
    "inspect",
    "metadata",
    "domain",
    "subdomain",
    "hostname",
    "basic_auth",
    "ip_restriction",
    "circuit_breaker",
    "compression",
    "host_header",
    "schemes",
    "remote_addr",
    "request_header",
    "response_header",
    "websocket_tcp_converter",
    "user_agent_filter",
    "proxy_proto",
    "name",
];
/// Documented tunnel keys that the stand-in refuses explicitly instead of ignoring.
const UNSUPPORTED_TUNNEL_KEYS: &[&str] =
    &["oauth", "oidc", "verify_webhook", "mutual_tls_cas", "labels", "crt", "key", "terminate_at"];
const ENDPOINT_KEYS: &[&str] = &["name", "description", "metadata", "url", "bindings", "pooling_enabled", "upstream"];
/// The domain suffix a bare subdomain is placed under (the crate has no subdomain option).
pub const SUBDOMAIN_SUFFIX: &str = "ngrok-free.app";

/// Collects unknown-key errors (`errs`) and refuses documented-but-unsupported keys.
/// The policy fields the reported version reads (see `policy.rs`) are known too.
fn check(node: &Node, known: &[&str], unsupported: &[&str], ty: &str) -> Result<(), String> {
    if let Some(key) = node.keys().into_iter().find(|k| unsupported.contains(&k.as_str())) {
        return Err(format!("the ngrok stand-in does not implement the configuration property '{key}'"));
    }
    let mut all = known.to_vec();
    if ty == "config.v2yamlTunnel" || ty == "config.v3yamlEndpoint" {
        all.extend(crate::policy::fields());
    }
    all.extend_from_slice(unsupported);
    let errs = node.unknown_keys(&all, ty);
    if errs.is_empty() {
        Ok(())
    } else {
        Err(format!("YAML parsing error: yaml: unmarshal errors:\n  {}", errs.join("\n  ")))
    }
}

/// Splits `user:password` (basic auth) or `key:value` (headers).
pub fn pair(key: &str, value: &str) -> Result<(String, String), String> {
    value
        .split_once(':')
        .map(|(a, b)| (a.trim().to_string(), b.trim_start().to_string()))
        .ok_or_else(|| invalid(key, value, "expected the form 'name:value'"))
}

/// Reads one v2-style tunnel definition named `name`.
pub fn tunnel(name: &str, node: &Node) -> Result<EndpointSpec, String> {
    check(node, TUNNEL_KEYS, UNSUPPORTED_TUNNEL_KEYS, "config.v2yamlTunnel")?;
    let proto = match node.string("proto")?.as_deref() {
        Some("http") => Proto::Http,
        Some("tcp") => Proto::Tcp,
        Some("tls") => {
            return Err(format!("tunnel '{name}': the ngrok stand-in does not implement tls tunnels"));
        }
        Some(other) => {
            return Err(invalid("proto", other, "must be one of 'http', 'tcp', 'tls'"));
        }
        None => return Err(format!("tunnel '{name}': 'proto' is required")),
    };
    let addr = node.string("addr")?.ok_or_else(|| format!("tunnel '{name}': 'addr' is required"))?;
    let mut spec = EndpointSpec::new(name, proto, &addr)?;
    spec.inspect = node.boolean("inspect")?.unwrap_or(proto == Proto::Http);
    spec.metadata = node.string("metadata")?;
    let names = [
        node.string("domain")?,
        node.string("subdomain")?.map(|s| format!("{s}.{SUBDOMAIN_SUFFIX}")),
        node.string("hostname")?,
    ];
    let mut given = names.into_iter().flatten();
    spec.domain = given.next();
    if given.next().is_some() {
        return Err(format!("tunnel '{name}': only one of domain, subdomain and hostname may be set"));
    }
    for cred in node.strings("basic_auth")? {
        spec.basic_auth.push(pair("basic_auth", &cred)?);
    }
    if let Some(ip) = node.child("ip_restriction")? {
        check(&ip, &["allow_cidrs", "deny_cidrs"], &[], "config.v2yamlIPRestriction")?;
        spec.allow_cidrs = ip.strings("allow_cidrs")?;
        spec.deny_cidrs = ip.strings("deny_cidrs")?;
    }
    spec.circuit_breaker = node.float("circuit_breaker")?;
    spec.compression = node.boolean("compression")?.unwrap_or(false);
    spec.host_header = node.string("host_header")?;
    match node.strings("schemes")?.as_slice() {
        [] => {}
        [one] if one == "https" => spec.scheme = Some(Scheme::Https),
        [one] if one == "http" => spec.scheme = Some(Scheme::Http),
        other => {
            return Err(invalid(
                "schemes",
                &other.join(","),
                "the ngrok stand-in binds exactly one of 'http' or 'https'",
            ));
        }
    }
    spec.remote_addr = node.string("remote_addr")?;
    for (key, add, remove) in [
        ("request_header", &mut spec.request_add, &mut spec.request_remove),
        ("response_header", &mut spec.response_add, &mut spec.response_remove),
    ] {
        if let Some(h) = node.child(key)? {
            check(&h, &["add", "remove"], &[], "config.v2yamlHeaders")?;
            for kv in h.strings("add")? {
                add.push(pair(key, &kv)?);
            }
            *remove = h.strings("remove")?;
        }
    }
    spec.traffic_policy = crate::policy::read(node, node.raw(), proto)?;
    spec.websocket_tcp_converter = node.boolean("websocket_tcp_converter")?.unwrap_or(false);
    if let Some(ua) = node.child("user_agent_filter")? {
        check(&ua, &["allow", "deny"], &[], "config.v2yamlUserAgentFilter")?;
        spec.ua_allow = ua.strings("allow")?;
        spec.ua_deny = ua.strings("deny")?;
    }
    spec.proxy_proto = proxy_proto("proxy_proto", node.string("proxy_proto")?)?;
    Ok(spec)
}

fn proxy_proto(key: &str, v: Option<String>) -> Result<Option<u8>, String> {
    match v.as_deref() {
        None | Some("") => Ok(None),
        Some("1") => Ok(Some(1)),
        Some("2") => Ok(Some(2)),
        Some(other) => Err(invalid(key, other, "must be '1' or '2'")),
    }
}

/// Reads one v3 endpoint definition (an item of `endpoints:`).
pub fn endpoint(node: &Node) -> Result<EndpointSpec, String> {
    check(node, ENDPOINT_KEYS, &["agent_tls_termination"], "config.v3yamlEndpoint")?;
    let name = node.string("name")?.ok_or("every endpoint needs a 'name'")?;
    let url = node.string("url")?;
    let proto = match url.as_deref().and_then(|u| u.split_once("://")).map(|(s, _)| s) {
        Some("tcp") => Proto::Tcp,
        Some("tls") => {
            return Err(format!("endpoint '{name}': the ngrok stand-in does not implement tls endpoints"));
        }
        _ => Proto::Http,
    };
    let up = node.child("upstream")?.ok_or_else(|| format!("endpoint '{name}': 'upstream' is required"))?;
    check(&up, &["url", "protocol", "proxy_protocol"], &[], "config.v3yamlUpstream")?;
    let addr = up.string("url")?.ok_or_else(|| format!("endpoint '{name}': 'upstream.url' is required"))?;
    let mut spec = EndpointSpec::new(&name, proto, &addr)?;
    if let Some(u) = &url {
        spec.apply_url(u)?;
    }
    spec.metadata = node.string("metadata")?;
    spec.traffic_policy = crate::policy::read(node, node.raw(), proto)?;
    spec.pooling_enabled = node.boolean("pooling_enabled")?;
    match node.strings("bindings")?.as_slice() {
        [] => {}
        [one] if ["public", "internal", "kubernetes"].contains(&one.as_str()) => spec.binding = Some(one.clone()),
        other => {
            return Err(invalid("bindings", &other.join(","), "expected one of 'public', 'internal', 'kubernetes'"));
        }
    }
    spec.app_protocol = match up.string("protocol")?.as_deref() {
        None | Some("http1") => None,
        Some("http2") if proto == Proto::Http => Some("http2".into()),
        Some(other) => return Err(invalid("protocol", other, "must be 'http1' or 'http2'")),
    };
    spec.proxy_proto = proxy_proto("proxy_protocol", up.string("proxy_protocol")?)?;
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_yaml::Value;

    fn parse(raw: &str) -> Value {
        serde_yaml::from_str(raw).unwrap()
    }

    #[test]
    fn v2_tunnel_keys_reach_the_spec() {
        let raw = "proto: http\naddr: 8080\nsubdomain: demo\nbasic_auth: ['u:secretpw1']\n\
                   ip_restriction: {allow_cidrs: [127.0.0.0/8], deny_cidrs: [10.0.0.0/8]}\n\
                   circuit_breaker: 0.5\ncompression: true\ninspect: false\nmetadata: m\n";
        let v = parse(raw);
        let spec = tunnel("web", &Node::new(&v, raw, "").unwrap()).unwrap();
        assert_eq!(spec.domain.as_deref(), Some("demo.ngrok-free.app"));
        assert_eq!(spec.basic_auth, vec![("u".into(), "secretpw1".into())]);
        assert_eq!((spec.allow_cidrs.len(), spec.deny_cidrs.len()), (1, 1));
        assert_eq!(spec.circuit_breaker, Some(0.5));
        assert!(spec.compression && !spec.inspect);
        assert_eq!(spec.addr, "http://localhost:8080");
    }

    #[test]
    fn unknown_and_unsupported_tunnel_keys_are_rejected() {
        let raw = "proto: http\naddr: 80\nip_restrictions: {allow_cidrs: []}\n";
        let v = parse(raw);
        let err = tunnel("web", &Node::new(&v, raw, "").unwrap()).unwrap_err();
        assert!(err.contains("line 3: field ip_restrictions not found in type config.v2yamlTunnel"), "{err}");
        let raw = "proto: http\naddr: 80\noauth: {provider: google}\n";
        let v = parse(raw);
        let err = tunnel("web", &Node::new(&v, raw, "").unwrap()).unwrap_err();
        assert!(err.contains("does not implement the configuration property 'oauth'"), "{err}");
    }

    #[test]
    fn v3_endpoints_read_url_and_upstream() {
        let raw = "name: api\nurl: https://api.example.test\nmetadata: x\nupstream: {url: 9090, protocol: http2}\n";
        let v = parse(raw);
        let spec = endpoint(&Node::new(&v, raw, "").unwrap()).unwrap();
        assert_eq!((spec.name.as_str(), spec.domain.as_deref()), ("api", Some("api.example.test")));
        assert_eq!(spec.app_protocol.as_deref(), Some("http2"));
        let raw = "name: ssh\nurl: tcp://1.tcp.example.test:2222\nupstream: {url: 22}\n";
        let v = parse(raw);
        let spec = endpoint(&Node::new(&v, raw, "").unwrap()).unwrap();
        assert_eq!((spec.proto, spec.remote_addr.as_deref()), (Proto::Tcp, Some("1.tcp.example.test:2222")));
    }
}
