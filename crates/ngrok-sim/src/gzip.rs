//! The compression policy: a response body gzip-encoded as it streams through the edge.

use std::io::Write;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use bytes::Bytes;
use flate2::Compression;
use flate2::write::GzEncoder;
use http_body_util::BodyExt;
use hyper::body::{Body, Frame, Incoming};
use hyper::header::{CONTENT_ENCODING, CONTENT_LENGTH, HeaderMap, HeaderValue, VARY};
use hyper::{Response, StatusCode};

use crate::public_http::{BoxBody, BoxError};

/// Whether the client's `Accept-Encoding` accepts gzip (`gzip` or `*` with a non-zero q).
pub(crate) fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(hyper::header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default().to_ascii_lowercase();
            let q = parts.find_map(|p| p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
            (name == "gzip" || name == "*") && q > 0.0
        })
}

/// Gzips the body of `resp` unless it is already encoded or has no body.
pub(crate) fn compress(resp: Response<Incoming>) -> Response<BoxBody> {
    let status = resp.status();
    let bodiless = status.is_informational() || status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED;
    if bodiless || resp.headers().contains_key(CONTENT_ENCODING) {
        return resp.map(|b| b.map_err(BoxError::from).boxed());
    }
    let (mut parts, body) = resp.into_parts();
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    parts.headers.append(VARY, HeaderValue::from_static("Accept-Encoding"));
    let body = Gzip { inner: body, encoder: Some(GzEncoder::new(Vec::new(), Compression::default())) };
    Response::from_parts(parts, body.boxed())
}

/// A body gzip-encoded frame by frame.
struct Gzip<B> {
    inner: B,
    encoder: Option<GzEncoder<Vec<u8>>>,
}

impl<B> Body for Gzip<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        loop {
            let Some(encoder) = this.encoder.as_mut() else {
                return Poll::Ready(None);
            };
            match ready!(Pin::new(&mut this.inner).poll_frame(cx)) {
                Some(Ok(frame)) => {
                    // Trailers are dropped: a gzipped body ends with the gzip trailer.
                    let Ok(data) = frame.into_data() else {
                        continue;
                    };
                    encoder.write_all(&data)?;
                    let out = std::mem::take(encoder.get_mut());
                    if !out.is_empty() {
                        return Poll::Ready(Some(Ok(Frame::data(Bytes::from(out)))));
                    }
                }
                Some(Err(error)) => return Poll::Ready(Some(Err(error.into()))),
                None => {
                    let out = this.encoder.take().expect("encoder present").finish()?;
                    return Poll::Ready(Some(Ok(Frame::data(Bytes::from(out)))));
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.encoder.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepts(value: &str) -> bool {
        let mut h = HeaderMap::new();
        h.insert(hyper::header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        accepts_gzip(&h)
    }

    #[test]
    fn accept_encoding_parsing() {
        assert!(accepts("gzip"));
        assert!(accepts("br, gzip;q=0.5"));
        assert!(accepts("*"));
        assert!(!accepts("gzip;q=0"));
        assert!(!accepts("br, deflate"));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
