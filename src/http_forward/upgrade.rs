//! Upgrades (WebSockets and the like): a `101 Switching Protocols` answer hands both
//! connections over, and their bytes are copied both ways until either side closes.

use hyper::HeaderMap;
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;

/// `Connection: upgrade` with an `Upgrade` header (WebSockets and the like).
pub fn is_upgrade(headers: &HeaderMap) -> bool {
    let conn_upgrade = headers
        .get_all(hyper::header::CONNECTION)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case("upgrade"))));
    conn_upgrade && headers.contains_key(hyper::header::UPGRADE)
}

/// Copies bytes both ways between the client's and the service's upgraded connections.
pub async fn splice(down: OnUpgrade, up: OnUpgrade) {
    let (down, up) = tokio::join!(down, up);
    match (down, up) {
        (Ok(down), Ok(up)) => {
            let (mut down, mut up) = (TokioIo::new(down), TokioIo::new(up));
            match tokio::io::copy_bidirectional(&mut down, &mut up).await {
                Ok((to_local, to_client)) => tracing::debug!(to_local, to_client, "upgraded connection closed"),
                Err(error) => tracing::debug!(%error, "upgraded connection ended with an error"),
            }
        }
        (down, up) => tracing::debug!(client = down.is_ok(), service = up.is_ok(), "upgrade failed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_upgrade_needs_both_headers_in_any_case_and_list() {
        let mut h = HeaderMap::new();
        h.insert("connection", "keep-alive, Upgrade".parse().unwrap());
        assert!(!is_upgrade(&h), "no Upgrade header");
        h.insert("upgrade", "websocket".parse().unwrap());
        assert!(is_upgrade(&h));
        h.insert("connection", "keep-alive".parse().unwrap());
        assert!(!is_upgrade(&h), "Connection does not name upgrade");
    }
}
