//! The `metrics` of each tunnel in `/api/tunnels` (`agent/api.mdx`): connections forwarded
//! (`conns.count`, `conns.gauge`) and, for the http tunnels the agent inspects, HTTP requests
//! (`http.count`) — like the real agent, which reads traffic as HTTP only when it inspects it.

use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{Value, json};

/// Requests larger than this before their head ends are not read as HTTP any further.
const MAX_HEAD: usize = 64 * 1024;

/// What one tunnel forwarded.
#[derive(Default)]
pub struct Metrics {
    conns: AtomicU64,
    open: AtomicU64,
    http: AtomicU64,
}

/// Counts an open connection until dropped.
pub struct Open<'a>(&'a Metrics);

impl Drop for Open<'_> {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Metrics {
    /// One more connection, open until the guard is dropped.
    pub fn conn(&self) -> Open<'_> {
        self.conns.fetch_add(1, Ordering::Relaxed);
        self.open.fetch_add(1, Ordering::Relaxed);
        Open(self)
    }

    /// `n` more HTTP requests.
    pub fn requests(&self, n: u64) {
        self.http.fetch_add(n, Ordering::Relaxed);
    }

    /// The `metrics` object (the rates and percentiles the stand-in does not measure are 0).
    pub fn json(&self) -> Value {
        let zero = json!({ "rate1": 0.0, "rate5": 0.0, "rate15": 0.0, "p50": 0.0, "p90": 0.0, "p95": 0.0, "p99": 0.0 });
        let mut conns = zero.clone();
        conns["count"] = self.conns.load(Ordering::Relaxed).into();
        conns["gauge"] = self.open.load(Ordering::Relaxed).into();
        let mut http = zero;
        http["count"] = self.http.load(Ordering::Relaxed).into();
        json!({ "conns": conns, "http": http })
    }
}

/// Where a client's HTTP/1 byte stream is.
#[derive(Debug, PartialEq)]
enum At {
    /// Before or inside a request head.
    Head,
    /// Inside a body of known length: bytes left.
    Body(u64),
    /// Before a chunk-size line.
    ChunkSize,
    /// Inside a chunk: bytes left, its closing CRLF included.
    Chunk(u64),
    /// Inside the trailer of a chunked body.
    Trailer,
    /// No longer HTTP/1 requests (an upgrade, CONNECT, or something unreadable).
    Opaque,
}

/// Finds the request heads in the bytes a client sends, body framing followed.
pub struct Requests {
    pending: Vec<u8>,
    at: At,
}

impl Default for Requests {
    fn default() -> Self {
        Requests { pending: Vec::new(), at: At::Head }
    }
}

impl Requests {
    /// Reads `data`, the next bytes from the client; how many request heads it completed.
    pub fn feed(&mut self, data: &[u8]) -> u64 {
        if self.at == At::Opaque {
            return 0;
        }
        self.pending.extend_from_slice(data);
        let mut heads = 0;
        loop {
            let used = match self.at {
                At::Opaque => {
                    self.pending = Vec::new();
                    return heads;
                }
                At::Body(left) | At::Chunk(left) => {
                    let n = left.min(self.pending.len() as u64);
                    let rest = left - n;
                    self.at = match (&self.at, rest) {
                        (At::Body(_), 0) => At::Head,
                        (At::Chunk(_), 0) => At::ChunkSize,
                        (At::Body(_), r) => At::Body(r),
                        (_, r) => At::Chunk(r),
                    };
                    n as usize
                }
                At::Head => match self.head() {
                    Some(used) => {
                        heads += 1;
                        used
                    }
                    None => 0,
                },
                At::ChunkSize | At::Trailer => match line(&self.pending) {
                    Some((text, used)) => {
                        self.at = match (&self.at, text) {
                            (At::Trailer, "") => At::Head,
                            (At::Trailer, _) => At::Trailer,
                            (_, size) => match u64::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16) {
                                Ok(0) => At::Trailer,
                                Ok(n) => At::Chunk(n + 2),
                                Err(_) => At::Opaque,
                            },
                        };
                        used
                    }
                    None => 0,
                },
            };
            if used == 0 && self.at != At::Opaque {
                if self.pending.len() > MAX_HEAD {
                    self.at = At::Opaque;
                    continue;
                }
                return heads;
            }
            self.pending.drain(..used);
        }
    }

    /// Parses a request head at the front of `pending`: bytes used (0: incomplete), with the
    /// state after it set. Blank lines before a request are skipped.
    fn head(&mut self) -> Option<usize> {
        let blank = self.pending.iter().take_while(|b| **b == b'\r' || **b == b'\n').count();
        if blank > 0 {
            self.pending.drain(..blank);
        }
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&self.pending) {
            Ok(httparse::Status::Complete(used)) => {
                let header = |name: &str| {
                    req.headers
                        .iter()
                        .filter(|h| h.name.eq_ignore_ascii_case(name))
                        .map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
                        .collect::<Vec<_>>()
                        .join(",")
                };
                let upgrade = header("connection").split(',').any(|t| t.trim() == "upgrade");
                self.at = if upgrade || req.method == Some("CONNECT") {
                    At::Opaque
                } else if header("transfer-encoding").contains("chunked") {
                    At::ChunkSize
                } else {
                    match header("content-length").trim().parse::<u64>() {
                        Ok(0) | Err(_) => At::Head,
                        Ok(n) => At::Body(n),
                    }
                };
                Some(used)
            }
            Ok(httparse::Status::Partial) => None,
            Err(_) => {
                self.at = At::Opaque;
                None
            }
        }
    }
}

/// The first CRLF-ended line of `buf` (without it) and the bytes it takes.
fn line(buf: &[u8]) -> Option<(&str, usize)> {
    let end = buf.windows(2).position(|w| w == b"\r\n")?;
    Some((std::str::from_utf8(&buf[..end]).unwrap_or("\u{fffd}"), end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(chunks: &[&[u8]]) -> u64 {
        let mut r = Requests::default();
        chunks.iter().map(|c| r.feed(c)).sum()
    }

    #[test]
    fn counts_requests_across_bodies_and_splits() {
        let get = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        assert_eq!(count(&[get, get, get]), 3);
        let post = b"POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 27\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n";
        assert_eq!(count(&[post]), 1, "a body that looks like a request is a body");
        let whole = [&post[..], &get[..]].concat();
        for split in 1..whole.len() {
            assert_eq!(count(&[&whole[..split], &whole[split..]]), 2, "split at {split}");
        }
        let chunked = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\nGET / HTTP/1.1\r\n\r\n";
        assert_eq!(count(&[chunked]), 2);
        let upgrade = b"GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nGET / HTTP/1.1\r\n\r\n";
        assert_eq!(count(&[upgrade]), 1, "after an upgrade the bytes are not HTTP");
        assert_eq!(count(&[b"\x16\x03\x01 not http at all\r\n\r\n"]), 0);
    }
}
