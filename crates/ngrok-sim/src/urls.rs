//! URL allocation as the real service does it.
//!
//! URLs: `https://<random>.ngrok-free.app` (proto `https`; `http://` for proto `http`), the
//! requested `Domain` (or v2 `Hostname`), `<Subdomain>.ngrok-free.app`, and for tcp
//! `tcp://0.tcp.ngrok.io:<port>` where `<port>` is the endpoint's own loopback listener. An
//! agent rebinding an endpoint id after a reconnect gets its old URL back when it is still free.

use tokio::net::TcpListener;

use crate::auth::random_hex;
use crate::records::BindRecord;
use crate::state::Registry;

/// The domain random and subdomain URLs live under.
pub const FREE_DOMAIN: &str = "ngrok-free.app";
/// The host name in tcp URLs.
pub const TCP_HOST: &str = "0.tcp.ngrok.io";

/// The same host under the other HTTP scheme (a host belongs to one session).
pub(crate) fn twin_url(url: &str) -> Option<String> {
    url.strip_prefix("https://")
        .map(|h| format!("http://{h}"))
        .or_else(|| url.strip_prefix("http://").map(|h| format!("https://{h}")))
}

/// The URL for an http(s) bind and whether its host was chosen at random. An agent binding a
/// random http and a random https endpoint (ngrok v2 does, for `bind_tls: both`) gets one host
/// for both, as from the real service.
pub(crate) fn http_url(
    reg: &Registry,
    conn: u64,
    rec: &BindRecord,
    remembered: Option<&str>,
    proto: &str,
) -> (String, bool) {
    let domain = if rec.domain.is_empty() { &rec.hostname } else { &rec.domain };
    if !domain.is_empty() {
        return (format!("{proto}://{}", domain.trim_end_matches('.').to_ascii_lowercase()), false);
    }
    if !rec.subdomain.is_empty() {
        return (format!("{proto}://{}.{FREE_DOMAIN}", rec.subdomain.to_ascii_lowercase()), false);
    }
    if let Some(url) = remembered.filter(|u| u.starts_with(&format!("{proto}://"))) {
        return (url.to_owned(), true);
    }
    let lonely_twin = reg.all_endpoints().find_map(|e| {
        let host = e.url.split_once("://")?.1;
        let mine = format!("{proto}://{host}");
        (e.conn == conn && e.random_host && e.proto != proto && !reg.endpoints.contains_key(&mine)).then_some(mine)
    });
    match lonely_twin {
        Some(url) => (url, true),
        None => (format!("{proto}://{}-{}-{}.{FREE_DOMAIN}", random_hex(4), random_hex(4), random_hex(4)), true),
    }
}

pub(crate) async fn tcp_listener(addr: &str, remembered: Option<&str>) -> Result<(String, TcpListener), String> {
    let requested = addr.rsplit_once(':').and_then(|(_, p)| p.parse::<u16>().ok());
    let again = remembered.and_then(|u| u.rsplit_once(':')).and_then(|(_, p)| p.parse::<u16>().ok());
    let host = addr.rsplit_once(':').map(|(h, _)| h).filter(|h| !h.is_empty()).unwrap_or(TCP_HOST);
    let listener = match (requested, again) {
        (Some(port), _) => TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| format!("The TCP address '{addr}' is not available on this edge (127.0.0.1:{port}: {e})."))?,
        (None, Some(port)) => match TcpListener::bind(("127.0.0.1", port)).await {
            Ok(l) => l,
            Err(_) => {
                TcpListener::bind(("127.0.0.1", 0)).await.map_err(|e| format!("could not open a TCP endpoint: {e}"))?
            }
        },
        (None, None) => {
            TcpListener::bind(("127.0.0.1", 0)).await.map_err(|e| format!("could not open a TCP endpoint: {e}"))?
        }
    };
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    Ok((format!("tcp://{host}:{port}"), listener))
}
