//! A request body that comes back when the client drops it unsent: when the local service
//! cannot be reached, the rest of the request is still read (and dropped) before the 502 is
//! answered, so the edge is never cut off in the middle of an upload.

use std::pin::Pin;
use std::task::{Context, Poll};

use hyper::body::{Body, Frame, SizeHint};
use tokio::sync::oneshot;

/// Wraps a body; on drop, what is left of it is sent back through a channel.
pub struct Reclaim<B> {
    inner: Option<B>,
    back: Option<oneshot::Sender<B>>,
}

impl<B: Body> Reclaim<B> {
    /// Wraps `body`; the receiver gets it back if it is dropped before its end. An empty body
    /// gets no channel (nothing would be left to read).
    pub fn new(body: B) -> (Reclaim<B>, Option<oneshot::Receiver<B>>) {
        if body.is_end_stream() {
            return (Reclaim { inner: Some(body), back: None }, None);
        }
        let (tx, rx) = oneshot::channel();
        (Reclaim { inner: Some(body), back: Some(tx) }, Some(rx))
    }
}

impl<B> Drop for Reclaim<B> {
    fn drop(&mut self) {
        if let (Some(body), Some(back)) = (self.inner.take(), self.back.take()) {
            let _ = back.send(body);
        }
    }
}

impl<B: Body + Unpin> Body for Reclaim<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<B::Data>, B::Error>>> {
        let this = &mut *self;
        let Some(inner) = this.inner.as_mut() else { return Poll::Ready(None) };
        let polled = Pin::new(inner).poll_frame(cx);
        if matches!(polled, Poll::Ready(None) | Poll::Ready(Some(Err(_)))) {
            // Nothing left to give back.
            this.back = None;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.as_ref().is_none_or(|b| b.is_end_stream())
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.as_ref().map_or_else(|| SizeHint::with_exact(0), |b| b.size_hint())
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;
    use http_body_util::{BodyExt, Full};

    use super::*;

    #[tokio::test]
    async fn an_unread_body_comes_back_and_a_read_one_does_not() {
        let (body, rx) = Reclaim::new(Full::new(Bytes::from_static(b"upload")));
        drop(body);
        let back = rx.expect("a channel for a non-empty body").await.expect("the body back");
        assert_eq!(back.collect().await.unwrap().to_bytes(), "upload");

        let (body, rx) = Reclaim::new(Full::new(Bytes::from_static(b"upload")));
        assert_eq!(body.collect().await.unwrap().to_bytes(), "upload");
        assert!(rx.unwrap().await.is_err(), "a body read to its end is not given back");

        let (_, rx) = Reclaim::new(Full::new(Bytes::new()));
        assert!(rx.is_none(), "an empty body needs no channel");
    }
}
