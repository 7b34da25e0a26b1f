//! The second pass: the file's values (after [`super::schema`]) and the command-line flags
//! become a [`TunnelConfig`]. Flags override the file; every problem is recorded, none stops
//! the pass, so one run reports them all.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;

mod endpoint;
mod inspector;
mod parts;
mod policy;

pub(crate) use policy::PolicyKeys;

use crate::config::checks;
use crate::config::errors::{Problems, show};
use crate::config::flags::TunnelFlags;
use crate::config::kinds::{Backend, EdgeKind, LogLevel, Mode, Named, Proto, Region};
use crate::config::model::TunnelConfig;
use crate::config::raw::RawTunnel;
use crate::secret::Secret;

/// Where a value came from, for reporting a problem with it.
#[derive(Debug, Clone)]
enum Src {
    Flag(&'static str),
    File(Range<usize>, &'static str),
}

/// Paths used to resolve `~/` and relative paths in the file.
pub struct Paths<'a> {
    /// The directory of the config file.
    pub base: Option<&'a Path>,
    /// The home directory.
    pub home: Option<&'a Path>,
}

struct Pass<'a> {
    problems: &'a mut Problems,
    paths: Paths<'a>,
}

impl Pass<'_> {
    fn report(&mut self, src: &Src, message: impl Into<String>) {
        match src {
            Src::Flag(flag) => self.problems.flag(flag, message),
            Src::File(span, key) => self.problems.at(span.clone(), label(key), message),
        }
    }

    /// Parses a named value (mode, proto, region, …) from the file.
    fn named<T: Named>(&mut self, value: Option<Spanned<String>>, key: &'static str, what: &str) -> Option<(T, Src)> {
        let v = value?;
        let src = Src::File(v.span(), key);
        match T::from_name(v.get_ref().trim()) {
            Some(t) => Some((t, src)),
            None => {
                self.report(&src, format!("{} is not {what}; use one of {}", show(v.get_ref()), T::names()));
                None
            }
        }
    }

    /// Checks a value with `check`, reporting its message.
    fn check<T>(&mut self, src: &Src, result: Result<T, String>) -> Option<T> {
        result.map_err(|message| self.report(src, message)).ok()
    }

    fn path(&self, text: &str) -> PathBuf {
        checks::resolve_path(text, self.paths.base, self.paths.home)
    }
}

/// `[tunnel.ngrok] key`, or `[tunnel] key` for the keys of `[tunnel]`.
fn label(key: &str) -> String {
    match key {
        "backend" | "local_addr" => format!("[tunnel] {key}"),
        _ => format!("[tunnel.ngrok] {key}"),
    }
}

fn file<T>(value: &Option<Spanned<T>>, key: &'static str) -> Option<Src> {
    value.as_ref().map(|v| Src::File(v.span(), key))
}

/// Builds the effective config from the file's `[tunnel]` and the flags. The authtoken is set
/// from the file only; [`super::load_with_env`] applies the fallbacks.
pub fn build(
    raw: RawTunnel,
    flags: &TunnelFlags,
    problems: &mut Problems,
    paths: Paths<'_>,
    inline_policy: Option<(crate::policy::UserPolicy, Range<usize>, Vec<crate::policy::Problem>)>,
) -> TunnelConfig {
    let mut p = Pass { problems, paths };
    let mut cfg = TunnelConfig::default();
    let n = raw.ngrok;

    if let Some(b) = raw.backend {
        if Backend::from_name(b.get_ref().trim()).is_none() {
            let src = Src::File(b.span(), "backend");
            p.report(
                &src,
                format!(
                    "{} is not supported; prx-tunnel supports: {} (other PRX backends need PRX itself)",
                    show(b.get_ref()),
                    Backend::names()
                ),
            );
        }
    }

    // mode, proto, region, log level: a flag wins over the file.
    let mode = match flags.mode {
        Some(m) => Some((m, Src::Flag("--mode"))),
        None => p.named::<Mode>(n.mode, "mode", "a mode"),
    };
    cfg.mode = mode.as_ref().map_or(Mode::Sdk, |(m, _)| *m);
    cfg.keep_going = flags.keep_going;
    if flags.keep_going && cfg.mode == Mode::Cli {
        p.report(
            &Src::Flag("--keep-going"),
            "needs mode = \"sdk\": the ngrok agent ends when the service refuses one of its endpoints; \
             leave the endpoint out with --only instead",
        );
    }
    cfg.edge = match flags.edge {
        Some(e) => e,
        None => p.named::<EdgeKind>(n.edge, "edge", "an edge").map_or(EdgeKind::Ngrok, |(e, _)| e),
    };
    let mut proto = match flags.proto {
        Some(pr) => Some((pr, Src::Flag("--proto"))),
        None => p.named::<Proto>(n.proto, "proto", "a protocol"),
    };
    // `--domain`/`--subdomain` replace every host key of the file, `url` included.
    let url = if flags.sets_host_name() { None } else { endpoint::url(&mut p, n.url, &mut proto) };
    cfg.proto = proto.as_ref().map_or(Proto::Http, |(pr, _)| *pr);
    let region = match flags.region {
        Some(r) => Some((r, Src::Flag("--region"))),
        None => p.named::<Region>(n.region, "region", "an ngrok region"),
    };
    cfg.region_explicit = region.is_some();
    cfg.region = region.map_or(Region::Us, |(r, _)| r);
    cfg.log_level = p.named::<LogLevel>(n.log_level, "log_level", "a log level").map_or(LogLevel::Info, |(l, _)| l);

    parts::local_addr(&mut p, &mut cfg, flags.local_addr_flag(), raw.local_addr, proto.map(|(_, src)| src));

    // Surrounding whitespace (say, from a ${VAR} read from a file) is never part of a token.
    let trimmed = |s: Spanned<Secret>| Some(Secret::new(s.get_ref().expose().trim())).filter(|t| !t.is_empty());
    cfg.authtoken = n.authtoken.and_then(trimmed);
    cfg.api_key = n.api_key.and_then(trimmed);

    if !flags.sets_host_name() {
        endpoint::conflicts(&mut p, &url, &[file(&n.domain, "domain"), file(&n.subdomain, "subdomain")]);
    }
    let mut http_only = Vec::new();
    if url.is_none() {
        http_only = parts::host_name(&mut p, &mut cfg, flags, n.domain, n.subdomain);
    }
    cfg.url = url;
    let endpoint_keys =
        endpoint::EndpointKeys { bindings: n.bindings, pooling_enabled: n.pooling_enabled, description: n.description };
    endpoint::rest(&mut p, &mut cfg, endpoint_keys);
    let mut seed_srcs = Vec::new();
    if let Some(src) = parts::basic_auth(&mut p, &mut cfg, flags, n.basic_auth) {
        http_only.push(src.clone());
        seed_srcs.push(("basic_auth", src));
    }
    seed_srcs.extend(parts::cidrs(&mut p, &mut cfg, flags, n.ip_restrictions).map(|s| ("ip_restrictions", s)));

    let breaker = match flags.circuit_breaker {
        Some(c) => Some((c, Src::Flag("--circuit-breaker"))),
        None => n.circuit_breaker.map(|c| (*c.get_ref(), Src::File(c.span(), "circuit_breaker"))),
    };
    if let Some((value, src)) = breaker {
        cfg.circuit_breaker = p.check(&src, checks::circuit_breaker(value));
        seed_srcs.push(("circuit_breaker", src.clone()));
        http_only.push(src);
    }
    let compression = if flags.compression {
        Some((true, Src::Flag("--compression")))
    } else {
        n.compression.map(|c| (*c.get_ref(), Src::File(c.span(), "compression")))
    };
    if let Some((on, src)) = compression {
        cfg.compression = on;
        if on {
            seed_srcs.push(("compression", src.clone()));
            http_only.push(src);
        }
    }
    if cfg.proto == Proto::Tcp {
        for src in &http_only {
            p.report(src, "only applies to http tunnels, but proto is \"tcp\"; remove it or set proto = \"http\"");
        }
    }

    let metadata = match &flags.metadata {
        Some(m) => Some((m.clone(), Src::Flag("--metadata"))),
        None => n.metadata.map(|m| (m.get_ref().clone(), Src::File(m.span(), "metadata"))),
    };
    if let Some((m, src)) = metadata {
        cfg.metadata = p.check(&src, checks::metadata(&m));
    }

    cfg.inspect = n.inspect.map_or(cfg.inspect, Spanned::into_inner);
    inspector::keys(&mut p, &mut cfg, n.inspect_db_size, n.web_addr, n.web_allow_hosts);
    parts::timeouts(&mut p, &mut cfg, flags, &n.startup_timeout_secs, n.heartbeat_interval, n.heartbeat_tolerance);
    parts::edge(&mut p, &mut cfg, n.server_addr, n.root_cas, n.ca_cert);
    if let Some(url) = n.proxy_url {
        let src = Src::File(url.span(), "proxy_url");
        cfg.proxy_url = p.check(&src, crate::proxy::ProxyUrl::parse(url.get_ref().expose()));
        cfg.proxy = cfg.proxy_url.clone().map(crate::proxy::Choice::configured).unwrap_or_default();
    }
    cfg.wait_ready = n.wait_ready.is_some_and(Spanned::into_inner);

    if let Some(path) = n.ngrok_path {
        let src = Src::File(path.span(), "ngrok_path");
        let text = path.get_ref().trim();
        if text.is_empty() {
            p.report(&src, "is empty; remove it to use `ngrok` from PATH, or give the agent's path");
        } else if text.contains('/') {
            let resolved = p.path(text);
            if cfg.mode == Mode::Cli && !resolved.is_file() {
                let relative = Path::new(text).is_relative() && !text.starts_with('~');
                let base = p.paths.base.map(|b| std::path::absolute(b).unwrap_or_else(|_| b.to_owned()));
                let note = match base.filter(|_| relative) {
                    Some(b) => {
                        format!(" (a relative ngrok_path is relative to the config file's directory, {})", b.display())
                    }
                    None => String::new(),
                };
                p.report(
                    &src,
                    format!(
                        "{} does not exist{note}; install the ngrok agent or fix the path",
                        show(&resolved.display().to_string())
                    ),
                );
            }
            cfg.ngrok_path = Some(resolved);
        } else {
            cfg.ngrok_path = Some(PathBuf::from(text));
        }
    }
    let keys = PolicyKeys {
        inline: inline_policy,
        file: n.traffic_policy_file,
        webhook: n.webhook_verification,
        request: n.request_headers,
        response: n.response_headers,
    };
    policy::build(&mut p, &mut cfg, flags, keys, &seed_srcs);
    cfg
}
