//! The inspector's keys: `inspect_db_size`, `web_addr`, `web_allow_hosts`.

use toml::Spanned;

use super::{Pass, Src};
use crate::config::inspector;
use crate::config::model::TunnelConfig;

/// Checks the three keys into `cfg`; `inspect_db_size = -1` turns inspection off, as in ngrok.
pub(super) fn keys(
    p: &mut Pass<'_>,
    cfg: &mut TunnelConfig,
    db_size: Option<Spanned<String>>,
    web_addr: Option<Spanned<String>>,
    allow_hosts: Option<Spanned<Vec<Spanned<String>>>>,
) {
    if let Some(size) = db_size {
        let src = Src::File(size.span(), "inspect_db_size");
        match p.check(&src, inspector::db_size(size.get_ref())) {
            Some(Some(bytes)) => cfg.inspect_db_size = bytes,
            Some(None) => cfg.inspect = false,
            None => {}
        }
    }
    if let Some(addr) = web_addr {
        let src = Src::File(addr.span(), "web_addr");
        cfg.web_addr = p.check(&src, inspector::web_addr(addr.get_ref())).unwrap_or_default();
    }
    for host in allow_hosts.map(Spanned::into_inner).unwrap_or_default() {
        let src = Src::File(host.span(), "web_allow_hosts");
        if let Some(h) = p.check(&src, inspector::allow_host(host.get_ref())) {
            cfg.web_allow_hosts.push(h);
        }
    }
}
