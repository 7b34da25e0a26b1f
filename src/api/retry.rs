//! When a failed call is sent again: only idempotent methods (GET, DELETE), only on 429 and
//! 5xx, a bounded number of times, waiting an exponential backoff or what `Retry-After` asks.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::{Method, StatusCode};

/// How many times and how patiently a GET or DELETE is retried. POST and PATCH never are:
/// a create that reached the API before failing would otherwise run twice.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = no retries).
    pub max_attempts: u32,
    /// The first backoff; it doubles for each further retry.
    pub base_delay: Duration,
    /// The longest backoff between two attempts.
    pub max_delay: Duration,
    /// The longest `Retry-After` honoured; an answer asking for more ends the retries.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(4),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

/// What the policy decides after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    /// Send again after this wait.
    RetryAfter(Duration),
    /// Give up: not retryable, or out of attempts.
    GiveUp,
    /// Give up because the server asked for a longer wait than [`RetryPolicy::max_retry_after`].
    TooLong(Duration),
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn never() -> RetryPolicy {
        RetryPolicy { max_attempts: 1, ..RetryPolicy::default() }
    }

    /// True for the requests that may be sent twice (GET, HEAD, DELETE) and answers
    /// that say "try later" (429, 5xx).
    pub fn retryable(method: &Method, status: StatusCode) -> bool {
        let idempotent = matches!(*method, Method::GET | Method::HEAD | Method::DELETE);
        idempotent && (status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error())
    }

    /// The decision after `attempt` (1-based) failed with `status`, given the answer's
    /// `Retry-After` if any.
    pub fn decide(&self, method: &Method, status: StatusCode, attempt: u32, retry_after: Option<Duration>) -> Decision {
        if !Self::retryable(method, status) || attempt >= self.max_attempts {
            return Decision::GiveUp;
        }
        match retry_after {
            Some(wait) if wait > self.max_retry_after => Decision::TooLong(wait),
            Some(wait) => Decision::RetryAfter(wait),
            None => Decision::RetryAfter(self.backoff(attempt)),
        }
    }

    /// The backoff after failed attempt `attempt`: base × 2^(attempt-1), capped at
    /// `max_delay`, with up to half of it taken off at random so clients spread out.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let doubled = self.base_delay.saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let full = doubled.min(self.max_delay);
        let jitter = rand::random_range(0.0..=0.5);
        full.mul_f64(1.0 - jitter)
    }
}

/// Reads a `Retry-After` value: delay-seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`, read against `now`; a date in the past means 0).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = parse_http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form RFC 9110 requires senders to use.
fn parse_http_date(value: &str) -> Option<SystemTime> {
    let rest = value.split_once(", ")?.1;
    let parts: Vec<&str> = rest.split(' ').collect();
    let [day, month, year, time, "GMT"] = parts[..] else {
        return None;
    };
    let day: u64 = day.parse().ok()?;
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        .iter()
        .position(|m| *m == month)? as u64
        + 1;
    let year: u64 = year.parse().ok()?;
    let hms: Vec<u64> = time.split(':').map(str::parse).collect::<Result<_, _>>().ok()?;
    let [h, m, s] = hms[..] else { return None };
    if year < 1970 || !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y / 400;
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = (era * 146_097 + doe).checked_sub(719_468)?;
    Some(UNIX_EPOCH + Duration::from_secs(days * 86_400 + h * 3600 + m * 60 + s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_idempotent_methods_on_429_and_5xx() {
        let p = RetryPolicy::default();
        let unavailable = StatusCode::SERVICE_UNAVAILABLE;
        assert!(matches!(p.decide(&Method::GET, unavailable, 1, None), Decision::RetryAfter(_)));
        assert!(matches!(p.decide(&Method::DELETE, StatusCode::TOO_MANY_REQUESTS, 1, None), Decision::RetryAfter(_)));
        assert_eq!(p.decide(&Method::POST, unavailable, 1, None), Decision::GiveUp);
        assert_eq!(p.decide(&Method::PATCH, unavailable, 1, None), Decision::GiveUp);
        assert_eq!(p.decide(&Method::GET, StatusCode::NOT_FOUND, 1, None), Decision::GiveUp);
        assert_eq!(p.decide(&Method::GET, unavailable, 4, None), Decision::GiveUp);
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let p = RetryPolicy::default();
        let two = Some(Duration::from_secs(2));
        assert_eq!(
            p.decide(&Method::GET, StatusCode::SERVICE_UNAVAILABLE, 1, two),
            Decision::RetryAfter(Duration::from_secs(2))
        );
        let long = Some(Duration::from_secs(3600));
        assert_eq!(
            p.decide(&Method::GET, StatusCode::TOO_MANY_REQUESTS, 1, long),
            Decision::TooLong(Duration::from_secs(3600))
        );
    }

    #[test]
    fn backoff_doubles_within_bounds() {
        let p = RetryPolicy::default();
        for attempt in 1..=10 {
            let full = (p.base_delay * 2u32.pow(attempt - 1)).min(p.max_delay);
            let d = p.backoff(attempt);
            assert!(d <= full && d >= full / 2, "attempt {attempt}: {d:?} outside {:?}..={full:?}", full / 2);
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse_retry_after("120", now), Some(Duration::from_secs(120)));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:40 GMT", now), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Thu, 29 Feb 2024 00:00:00 GMT", UNIX_EPOCH),
            Some(Duration::from_secs(1_709_164_800))
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }
}
