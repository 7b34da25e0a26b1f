//! The capture store: every exchange of the session, newest last, bounded by
//! `inspect_db_size` (oldest evicted first), with a broadcast of each new one for the live
//! list; and the connections of tcp endpoints (bounded by count).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::broadcast;

use super::record::{Exchange, TcpConn};

/// How many tcp connections are remembered.
const TCP_KEEP: usize = 1000;

/// Captured exchanges and tcp connections.
pub struct Store {
    inner: Mutex<Inner>,
    limit: u64,
    news: broadcast::Sender<Arc<Exchange>>,
    prefix: u32,
    next: AtomicU64,
}

#[derive(Default)]
struct Inner {
    exchanges: VecDeque<Arc<Exchange>>,
    bytes: u64,
    tcp: VecDeque<TcpConn>,
    /// Every exchange ever stored (evicted ones included), for the metrics.
    total: u64,
}

impl Store {
    /// An empty store holding at most `limit` bytes of captures.
    pub fn new(limit: u64) -> Store {
        let (news, _) = broadcast::channel(256);
        Store { inner: Mutex::default(), limit, news, prefix: rand::random(), next: AtomicU64::new(1) }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A fresh id: 8 random hex digits for this process, 8 of sequence.
    pub fn next_id(&self) -> String {
        format!("{:08x}{:08x}", self.prefix, self.next.fetch_add(1, Ordering::Relaxed))
    }

    /// Stores an exchange, evicting the oldest ones beyond the limit, and announces it.
    pub fn push(&self, exchange: Exchange) {
        let exchange = Arc::new(exchange);
        {
            let mut inner = self.lock();
            inner.bytes += exchange.weight();
            inner.total += 1;
            inner.exchanges.push_back(exchange.clone());
            while inner.bytes > self.limit {
                let Some(old) = inner.exchanges.pop_front() else { break };
                inner.bytes = inner.bytes.saturating_sub(old.weight());
            }
        }
        let _ = self.news.send(exchange);
    }

    /// Remembers a closed tcp connection.
    pub fn push_tcp(&self, conn: TcpConn) {
        let mut inner = self.lock();
        if inner.tcp.len() == TCP_KEEP {
            inner.tcp.pop_front();
        }
        inner.tcp.push_back(conn);
    }

    /// The newest `limit` exchanges (of `tunnel`, when given), newest first.
    pub fn list(&self, limit: usize, tunnel: Option<&str>) -> Vec<Arc<Exchange>> {
        let inner = self.lock();
        inner
            .exchanges
            .iter()
            .rev()
            .filter(|e| tunnel.is_none_or(|t| e.tunnel_name == t))
            .take(limit)
            .cloned()
            .collect()
    }

    /// The tcp connections remembered, newest first.
    pub fn tcp(&self, limit: usize) -> Vec<TcpConn> {
        self.lock().tcp.iter().rev().take(limit).cloned().collect()
    }

    /// The exchange with this id, while it is still stored.
    pub fn get(&self, id: &str) -> Option<Arc<Exchange>> {
        self.lock().exchanges.iter().rev().find(|e| e.id == id).cloned()
    }

    /// Forgets every exchange and connection.
    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.exchanges.clear();
        inner.tcp.clear();
        inner.bytes = 0;
    }

    /// (exchanges stored, bytes they hold, exchanges ever stored, the bound).
    pub fn usage(&self) -> (usize, u64, u64, u64) {
        let inner = self.lock();
        (inner.exchanges.len(), inner.bytes, inner.total, self.limit)
    }

    /// Durations (ns) and start times of the stored exchanges of `tunnel`, for the metrics.
    pub fn timings(&self, tunnel: &str) -> Vec<(std::time::SystemTime, u64)> {
        self.lock().exchanges.iter().filter(|e| e.tunnel_name == tunnel).map(|e| (e.start, e.duration_ns)).collect()
    }

    /// Every exchange stored from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Exchange>> {
        self.news.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inspect::record::{RequestHead, Side};

    fn exchange(store: &Store, body: usize) -> Exchange {
        Exchange {
            id: store.next_id(),
            tunnel_name: "t".into(),
            remote_addr: "203.0.113.9:1234".into(),
            start: std::time::SystemTime::now(),
            duration_ns: 1,
            request_head: RequestHead { method: "POST".into(), uri: "/".into(), proto: "HTTP/1.1".into() },
            request: Side { body: vec![7u8; body].into(), body_size: body as u64, ..Side::default() },
            response: None,
            error: None,
            replay_of: None,
        }
    }

    #[test]
    fn evicts_the_oldest_beyond_the_limit() {
        let store = Store::new(100_000);
        let mut rx = store.subscribe();
        let first = exchange(&store, 30_000);
        let first_id = first.id.clone();
        store.push(first);
        for _ in 0..5 {
            store.push(exchange(&store, 30_000));
        }
        let (n, bytes, total, limit) = store.usage();
        assert!(bytes <= limit && n == 3 && total == 6, "{n} {bytes} {total}");
        assert!(store.get(&first_id).is_none());
        assert_eq!(rx.try_recv().unwrap().id, first_id);
        assert_eq!(store.list(2, None).len(), 2);
        assert_eq!(store.list(10, Some("other")).len(), 0);
        store.clear();
        assert_eq!(store.usage().0, 0);
    }
}
