//! The parts of the second pass that need more than one check: `local_addr` with `proto`,
//! the CIDR lists, the timeouts and the edge settings.

use toml::Spanned;

use super::{Pass, Src, file};
use crate::config::checks;
use crate::config::errors::show;
use crate::config::flags::TunnelFlags;
use crate::config::kinds::{Proto, RootCas};
use crate::config::local_addr::{LocalAddr, LocalScheme};
use crate::config::model::TunnelConfig;
use crate::config::raw::RawIpRestrictions;
use crate::secret::Secret;

/// `local_addr` (flag or file), reconciled with `proto`.
pub(super) fn local_addr(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    flag: Option<(&str, &'static str)>,
    raw: Option<Spanned<String>>,
    proto_src: Option<Src>,
) {
    let (text, src) = match (flag, raw) {
        (Some((f, name)), _) => (f.to_owned(), Src::Flag(name)),
        (None, Some(r)) => (r.get_ref().clone(), Src::File(r.span(), "local_addr")),
        (None, None) => {
            if cfg.proto == Proto::Tcp {
                cfg.local_addr.scheme = LocalScheme::Tcp;
            }
            return;
        }
    };
    let Some((addr, scheme)) =
        LocalAddr::parse_with_scheme(&text).map_err(|e| p.report(&src, format!("{} {e}", show(&text)))).ok()
    else {
        return;
    };
    cfg.local_addr = addr;
    match (scheme, cfg.proto) {
        (Some(LocalScheme::Tcp), Proto::Http) if proto_src.is_some() => {
            p.report(&src, "is a tcp:// address but proto is \"http\"; set proto = \"tcp\", or use http://host:port");
        }
        (Some(LocalScheme::Tcp), Proto::Http) => cfg.proto = Proto::Tcp,
        (Some(s @ (LocalScheme::Http | LocalScheme::Https)), Proto::Tcp) => {
            p.report(
                &src,
                format!(
                    "is an {}:// URL but proto is \"tcp\"; write host:port or tcp://host:port for a tcp tunnel",
                    s.as_str()
                ),
            );
        }
        (None, Proto::Tcp) => cfg.local_addr.scheme = LocalScheme::Tcp,
        _ => {}
    }
}

/// `ip_restrictions` and `--allow-cidr` / `--deny-cidr` (each flag replaces its list); returns
/// where the first CIDR came from.
pub(super) fn cidrs(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    flags: &TunnelFlags,
    raw: Option<Spanned<RawIpRestrictions>>,
) -> Option<Src> {
    let table = raw.map(Spanned::into_inner).unwrap_or_default();
    let pick = |flag: &[String], name: &'static str, file: Vec<Spanned<String>>| -> Vec<(String, Src)> {
        if flag.is_empty() {
            file.into_iter().map(|c| (c.get_ref().clone(), Src::File(c.span(), "ip_restrictions"))).collect()
        } else {
            flag.iter().map(|c| (c.clone(), Src::Flag(name))).collect()
        }
    };
    let mut first = None;
    for (text, src) in pick(&flags.allow_cidr, "--allow-cidr", table.allow) {
        cfg.allow_cidrs.extend(p.check(&src, checks::cidr(&text)));
        first.get_or_insert(src);
    }
    for (text, src) in pick(&flags.deny_cidr, "--deny-cidr", table.deny) {
        cfg.deny_cidrs.extend(p.check(&src, checks::cidr(&text)));
        first.get_or_insert(src);
    }
    first
}

/// `startup_timeout_secs` / `--timeout` and the heartbeat durations.
pub(super) fn timeouts(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    flags: &TunnelFlags,
    secs: &Option<Spanned<i64>>,
    interval: Option<Spanned<String>>,
    tolerance: Option<Spanned<String>>,
) {
    if let Some(t) = &flags.timeout {
        if let Some(d) = p.check(&Src::Flag("--timeout"), checks::duration(t)) {
            cfg.startup_timeout = d;
        }
    } else if let (Some(s), Some(src)) = (secs, file(secs, "startup_timeout_secs")) {
        let n = *s.get_ref();
        let d = if n > 0 {
            checks::seconds_in_range(std::time::Duration::from_secs(n as u64))
        } else {
            Err(format!("is {n}; it must be a positive number of seconds, e.g. 30"))
        };
        if let Some(d) = p.check(&src, d) {
            cfg.startup_timeout = d;
        }
    }
    for (value, key) in [(interval, "heartbeat_interval"), (tolerance, "heartbeat_tolerance")] {
        let Some(v) = value else { continue };
        let d = p.check(&Src::File(v.span(), key), checks::duration(v.get_ref()));
        if key == "heartbeat_interval" {
            cfg.heartbeat_interval = d;
        } else {
            cfg.heartbeat_tolerance = d;
        }
    }
}

/// `server_addr`, `root_cas` and `ca_cert`.
pub(super) fn edge(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    server: Option<Spanned<String>>,
    root_cas: Option<Spanned<String>>,
    ca_cert: Option<Spanned<String>>,
) {
    if let Some(s) = server {
        cfg.server_addr = p.check(&Src::File(s.span(), "server_addr"), checks::host_port(s.get_ref().trim()));
    }
    if let Some(r) = root_cas {
        let src = Src::File(r.span(), "root_cas");
        cfg.root_cas = match r.get_ref().trim() {
            "trusted" => Some(RootCas::Trusted),
            "host" => Some(RootCas::Host),
            "" => {
                p.report(&src, "is empty; use \"trusted\", \"host\" or the path of a PEM file");
                None
            }
            path => {
                let resolved = p.path(path);
                p.check(&src, checks::pem_file(&resolved).map_err(|e| format!("{e}; or use \"trusted\" or \"host\"")))
                    .map(RootCas::Path)
            }
        };
    }
    if let Some(c) = ca_cert {
        let resolved = p.path(c.get_ref().trim());
        cfg.ca_cert = p.check(&Src::File(c.span(), "ca_cert"), checks::pem_file(&resolved));
    }
}

/// `domain` / `subdomain` (the flags replace both file keys); returns where they came from.
pub(super) fn host_name(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    flags: &TunnelFlags,
    domain: Option<Spanned<String>>,
    subdomain: Option<Spanned<String>>,
) -> Vec<Src> {
    let (domain, subdomain) = if flags.sets_host_name() {
        (
            flags.domain.clone().map(|d| (d, Src::Flag("--domain"))),
            flags.subdomain.clone().map(|s| (s, Src::Flag("--subdomain"))),
        )
    } else {
        let d = domain.map(|d| (d.get_ref().clone(), Src::File(d.span(), "domain")));
        let s = subdomain.map(|s| (s.get_ref().clone(), Src::File(s.span(), "subdomain")));
        (d, s)
    };
    if let (Some(_), Some((_, src))) = (&domain, &subdomain) {
        p.report(src, "cannot be combined with domain; keep one: domain for a full host name, subdomain for <name>.ngrok-free.app");
    }
    let mut sources = Vec::new();
    if let Some((d, src)) = domain {
        cfg.domain = p.check(&src, checks::domain(&d));
        sources.push(src);
    }
    if let Some((s, src)) = subdomain {
        cfg.subdomain = p.check(&src, checks::subdomain(&s));
        sources.push(src);
    }
    sources
}

/// `basic_auth` (`--basic-auth` replaces the file's list); returns where it came from.
pub(super) fn basic_auth(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    flags: &TunnelFlags,
    file: Option<Spanned<Vec<Spanned<Secret>>>>,
) -> Option<Src> {
    let credentials: Vec<_> = if flags.basic_auth.is_empty() {
        let list = file.map(Spanned::into_inner).unwrap_or_default();
        list.into_iter().map(|c| (Src::File(c.span(), "basic_auth"), c.into_inner())).collect()
    } else {
        flags.basic_auth.iter().map(|c| (Src::Flag("--basic-auth"), c.clone())).collect()
    };
    let first = credentials.first().map(|(src, _)| src.clone());
    for (src, credential) in credentials {
        if let Some(auth) = p.check(&src, checks::basic_auth(&credential)) {
            cfg.basic_auth.push(auth);
        }
    }
    first
}
