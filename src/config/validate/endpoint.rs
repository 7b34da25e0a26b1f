//! The endpoint keys of ngrok's current model: `url` (with the protocol it implies and its
//! conflict with the deprecated `domain`/`subdomain`), `bindings`, `pooling_enabled` and
//! `description`.

use toml::Spanned;

use super::{Pass, Src};
use crate::config::checks;
use crate::config::endpoint_url::{Binding, EndpointUrl, INTERNAL_SUFFIX};
use crate::config::kinds::{Mode, Proto};
use crate::config::model::TunnelConfig;

/// Parses `url`; it sets the protocol when `proto` is not set, and must agree with it when it is.
pub(super) fn url(
    p: &mut Pass<'_>,
    raw: Option<Spanned<String>>,
    proto: &mut Option<(Proto, Src)>,
) -> Option<EndpointUrl> {
    let raw = raw?;
    let src = Src::File(raw.span(), "url");
    let url = p.check(&src, EndpointUrl::parse(raw.get_ref()))?;
    match proto {
        Some((pr, _)) if *pr != url.proto() => {
            p.report(
                &src,
                format!(
                    "is a {}:// url but proto is \"{pr}\"; remove proto (url sets it) or make them agree",
                    url.scheme.as_str()
                ),
            );
            None
        }
        Some(_) => Some(url),
        None => {
            *proto = Some((url.proto(), src));
            Some(url)
        }
    }
}

/// `url` and `domain`/`subdomain` on one endpoint: each of the latter is reported.
pub(super) fn conflicts(p: &mut Pass<'_>, url: &Option<EndpointUrl>, host_keys: &[Option<Src>]) {
    if url.is_none() {
        return;
    }
    for src in host_keys.iter().flatten() {
        p.report(
            src,
            "cannot be combined with url; keep url (ngrok deprecated domain and subdomain) and remove this key",
        );
    }
}

/// The keys of [`rest`], as the file has them.
pub(super) struct EndpointKeys {
    /// `bindings`.
    pub bindings: Option<Spanned<Vec<Spanned<String>>>>,
    /// `pooling_enabled`.
    pub pooling_enabled: Option<Spanned<bool>>,
    /// `description`.
    pub description: Option<Spanned<String>>,
}

/// `bindings` (one entry; internal exactly for a `.internal` url), `pooling_enabled`,
/// `description` (CLI mode only).
pub(super) fn rest(p: &mut Pass<'_>, cfg: &mut TunnelConfig, keys: EndpointKeys) {
    cfg.pooling_enabled = keys.pooling_enabled.is_some_and(Spanned::into_inner);
    if let Some(list) = keys.bindings {
        let src = Src::File(list.span(), "bindings");
        let items = list.into_inner();
        match items.as_slice() {
            [one] => cfg.binding = p.check(&Src::File(one.span(), "bindings"), Binding::parse(one.get_ref())),
            [] => {
                p.report(&src, "is empty; write [\"public\"] or [\"internal\"], or remove it (public is the default)")
            }
            _ => p.report(&src, "has more than one binding; ngrok accepts exactly one: [\"public\"] or [\"internal\"]"),
        }
        let internal_url = cfg.url.as_ref().is_some_and(EndpointUrl::is_internal);
        match (cfg.binding, internal_url) {
            (Some(Binding::Internal), false) => p.report(
                &src,
                format!(
                    "is [\"internal\"], but an internal endpoint needs a url ending in {INTERNAL_SUFFIX}; \
                     set url = \"https://api{INTERNAL_SUFFIX}\" (or tcp://NAME{INTERNAL_SUFFIX}:PORT)"
                ),
            ),
            (Some(Binding::Public), true) => p.report(
                &src,
                format!(
                    "is [\"public\"], but a {INTERNAL_SUFFIX} url can only be internal; write [\"internal\"] \
                     (or leave bindings out: ngrok infers it) or use a public host name"
                ),
            ),
            _ => {}
        }
    }
    if let Some(d) = keys.description {
        let src = Src::File(d.span(), "description");
        if cfg.mode == Mode::Sdk {
            p.report(
                &src,
                "cannot be sent in SDK mode (the ngrok crate has no endpoint description); use mode = \"cli\" \
                 (agent 3.16 or later), or put it in metadata",
            );
        } else {
            cfg.description = p.check(&src, checks::metadata(d.get_ref()));
        }
    }
}
