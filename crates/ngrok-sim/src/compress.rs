//! `compress-response`: a response body encoded (gzip, deflate or brotli) as it streams through
//! the edge.

use std::io::Write;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use bytes::Bytes;
use flate2::Compression;
use flate2::write::{GzEncoder, ZlibEncoder};
use http_body_util::BodyExt;
use hyper::body::{Body, Frame};
use hyper::header::{CONTENT_ENCODING, CONTENT_LENGTH, HeaderValue, VARY};
use hyper::{Response, StatusCode};

use crate::policy::Algorithm;
use crate::public_http::{BoxBody, BoxError};

/// Encodes the body of `resp` with `algorithm` unless it is already encoded or has no body.
pub(crate) fn compress(resp: Response<BoxBody>, algorithm: Algorithm) -> Response<BoxBody> {
    let status = resp.status();
    let bodiless = status.is_informational() || status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED;
    if bodiless || resp.headers().contains_key(CONTENT_ENCODING) {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.insert(CONTENT_ENCODING, HeaderValue::from_static(algorithm.token()));
    parts.headers.append(VARY, HeaderValue::from_static("Accept-Encoding"));
    let encoder = match algorithm {
        Algorithm::Gzip => Encoder::Gzip(GzEncoder::new(Vec::new(), Compression::default())),
        Algorithm::Deflate => Encoder::Deflate(ZlibEncoder::new(Vec::new(), Compression::default())),
        Algorithm::Brotli => Encoder::Brotli(Box::new(brotli::CompressorWriter::new(Vec::new(), 4096, 5, 22))),
    };
    Response::from_parts(parts, Encoded { inner: body, encoder: Some(encoder) }.boxed())
}

enum Encoder {
    Gzip(GzEncoder<Vec<u8>>),
    Deflate(ZlibEncoder<Vec<u8>>),
    Brotli(Box<brotli::CompressorWriter<Vec<u8>>>),
}

impl Encoder {
    fn write(&mut self, data: &[u8]) -> std::io::Result<Vec<u8>> {
        match self {
            Encoder::Gzip(e) => {
                e.write_all(data)?;
                Ok(std::mem::take(e.get_mut()))
            }
            Encoder::Deflate(e) => {
                e.write_all(data)?;
                Ok(std::mem::take(e.get_mut()))
            }
            Encoder::Brotli(e) => {
                e.write_all(data)?;
                Ok(std::mem::take(e.get_mut()))
            }
        }
    }

    fn finish(self) -> std::io::Result<Vec<u8>> {
        match self {
            Encoder::Gzip(e) => e.finish(),
            Encoder::Deflate(e) => e.finish(),
            Encoder::Brotli(e) => Ok(e.into_inner()),
        }
    }
}

/// A body encoded frame by frame.
struct Encoded {
    inner: BoxBody,
    encoder: Option<Encoder>,
}

impl Body for Encoded {
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
                    // Trailers are dropped: an encoded body ends with the encoder's trailer.
                    let Ok(data) = frame.into_data() else {
                        continue;
                    };
                    let out = encoder.write(&data)?;
                    if !out.is_empty() {
                        return Poll::Ready(Some(Ok(Frame::data(Bytes::from(out)))));
                    }
                }
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
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
