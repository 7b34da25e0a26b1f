//! Pagination: ngrok's list answers carry `next_page_uri`, an absolute URL on the real API
//! host. Only its path and query are followed, on the configured base URL, so a client pointed
//! at a test server or a custom deployment never wanders off to api.ngrok.com.

use serde::de::DeserializeOwned;
use url::Url;

use super::Error;

/// One page of a list answer (`{"<resources>": [...], "uri": ..., "next_page_uri": ...}`).
pub trait Listing: DeserializeOwned {
    /// Where the next page is, if there is one.
    fn next_page_uri(&self) -> Option<&str>;
    /// Appends the items of the following page and takes over its `next_page_uri`.
    fn append(&mut self, next: Self);
}

/// Largest number of pages followed by one `list_all`: a server that keeps sending a
/// `next_page_uri` would otherwise keep the client busy for ever.
pub const MAX_PAGES: usize = 10_000;

/// The URL of the next page: `next` (absolute or relative) with its scheme and host replaced
/// by `base`'s, and `base`'s path prefix kept in front of it when `next` lacks it.
pub fn follow(base: &Url, next: &str) -> Result<Url, Error> {
    let bad = |reason: &str| Error::Pagination { uri: next.to_owned(), reason: reason.to_owned() };
    let parsed = match Url::parse(next) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            let anchor = Url::parse("https://api.ngrok.com/").expect("static URL");
            anchor.join(next).map_err(|e| bad(&e.to_string()))?
        }
        Err(e) => return Err(bad(&e.to_string())),
    };
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad("not an http(s) URL"));
    }
    let prefix = base.path().trim_end_matches('/');
    let path = parsed.path();
    let full = if prefix.is_empty() || path == prefix || path.starts_with(&format!("{prefix}/")) {
        path.to_owned()
    } else {
        format!("{prefix}{path}")
    };
    let mut url = base.clone();
    url.set_path(&full);
    url.set_query(parsed.query());
    url.set_fragment(None);
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn keeps_the_configured_host() {
        let next = "https://api.ngrok.com/event_streams?before_id=es_2&limit=2";
        let url = follow(&base("http://127.0.0.1:4000"), next).unwrap();
        assert_eq!(url.as_str(), "http://127.0.0.1:4000/event_streams?before_id=es_2&limit=2");
    }

    #[test]
    fn keeps_a_path_prefix_once() {
        let b = base("https://gw.example.com/ngrok/");
        let real = follow(&b, "https://api.ngrok.com/event_streams?limit=1").unwrap();
        assert_eq!(real.as_str(), "https://gw.example.com/ngrok/event_streams?limit=1");
        let proxied = follow(&b, "https://gw.example.com/ngrok/event_streams?limit=1").unwrap();
        assert_eq!(proxied.as_str(), "https://gw.example.com/ngrok/event_streams?limit=1");
    }

    #[test]
    fn accepts_relative_and_refuses_other_schemes() {
        let url = follow(&base("http://127.0.0.1:9"), "/event_streams?before_id=es_1").unwrap();
        assert_eq!(url.as_str(), "http://127.0.0.1:9/event_streams?before_id=es_1");
        assert!(matches!(follow(&base("http://127.0.0.1:9"), "file:///etc/passwd"), Err(Error::Pagination { .. })));
    }
}
