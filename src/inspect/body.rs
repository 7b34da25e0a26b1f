//! A body that passes every frame straight through (no buffering on the forwarding path) while
//! copying the first bytes, up to the capture cap, for the inspector.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use hyper::body::{Body, Frame, SizeHint};

pub use crate::http_forward::BoxError;

/// How much of each body is kept.
pub const BODY_CAP: usize = 256 * 1024;

/// What a tap saw of one body.
#[derive(Debug, Default)]
pub struct Captured {
    /// The first bytes (at most [`BODY_CAP`]).
    pub bytes: BytesMut,
    /// Every byte that passed.
    pub size: u64,
    /// The body ended with an error (or was dropped before its end).
    pub broken: bool,
}

/// A shared capture, read once the exchange is over.
pub type Capture = Arc<Mutex<Captured>>;

/// Takes what a capture holds.
pub fn take(capture: &Capture) -> Captured {
    std::mem::take(&mut *capture.lock().unwrap_or_else(|e| e.into_inner()))
}

/// A body wrapper copying a prefix into a [`Capture`] and calling `done` once at its end
/// (normal end, error, or drop).
pub struct Tap<B> {
    inner: B,
    capture: Capture,
    done: Option<Box<dyn FnOnce() + Send>>,
    /// The body was empty from the start (hyper may drop it unpolled).
    empty: bool,
}

impl<B: Body> Tap<B> {
    /// Taps `inner` into `capture`.
    pub fn new(inner: B, capture: Capture, done: Option<Box<dyn FnOnce() + Send>>) -> Tap<B> {
        let empty = inner.is_end_stream();
        Tap { inner, capture, done, empty }
    }
}

impl<B> Tap<B> {
    fn finish(&mut self, broken: bool) {
        if broken {
            self.capture.lock().unwrap_or_else(|e| e.into_inner()).broken = true;
        }
        if let Some(done) = self.done.take() {
            done();
        }
    }
}

impl<B> Drop for Tap<B> {
    fn drop(&mut self) {
        if self.done.is_some() {
            let broken = !self.empty;
            self.finish(broken);
        }
    }
}

impl<B> Body for Tap<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        match polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    let mut c = self.capture.lock().unwrap_or_else(|e| e.into_inner());
                    c.size += data.len() as u64;
                    let room = BODY_CAP.saturating_sub(c.bytes.len());
                    if room > 0 {
                        c.bytes.extend_from_slice(&data[..data.len().min(room)]);
                    }
                }
                if self.inner.is_end_stream() {
                    self.finish(false);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(err))) => {
                self.finish(true);
                Poll::Ready(Some(Err(err.into())))
            }
            Poll::Ready(None) => {
                self.finish(false);
                Poll::Ready(None)
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
