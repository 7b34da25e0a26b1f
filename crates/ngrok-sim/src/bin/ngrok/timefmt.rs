//! UTC timestamps in the three layouts the agent's log uses, without a date-time crate.

use std::time::{SystemTime, UNIX_EPOCH};

/// A broken-down UTC instant.
#[derive(Clone, Copy, Debug)]
pub struct Stamp {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    nanos: u32,
}

impl From<SystemTime> for Stamp {
    fn from(t: SystemTime) -> Stamp {
        let since = t.duration_since(UNIX_EPOCH).unwrap_or_default();
        let secs = since.as_secs() as i64;
        let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days);
        Stamp {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
            nanos: since.subsec_nanos(),
        }
    }
}

impl Stamp {
    /// Go's `time.RFC3339Nano` in UTC: trailing zeros of the fraction trimmed.
    pub fn rfc3339_nano(&self) -> String {
        let mut frac = format!("{:09}", self.nanos);
        while frac.ends_with('0') {
            frac.pop();
        }
        let frac = if frac.is_empty() { String::new() } else { format!(".{frac}") };
        format!("{}{frac}Z", self.date_time())
    }

    /// log15's logfmt layout `2006-01-02T15:04:05-0700`.
    pub fn logfmt(&self) -> String {
        format!("{}+0000", self.date_time())
    }

    /// log15's terminal layout `01-02|15:04:05`.
    pub fn term(&self) -> String {
        format!("{:02}-{:02}|{:02}:{:02}:{:02}", self.month, self.day, self.hour, self.minute, self.second)
    }

    fn date_time(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn formats_known_instants() {
        let t = UNIX_EPOCH + Duration::new(951_782_400, 120_000_000); // 2000-02-29
        let s = Stamp::from(t);
        assert_eq!(s.rfc3339_nano(), "2000-02-29T00:00:00.12Z");
        assert_eq!(s.logfmt(), "2000-02-29T00:00:00+0000");
        assert_eq!(s.term(), "02-29|00:00:00");
        assert_eq!(Stamp::from(UNIX_EPOCH).rfc3339_nano(), "1970-01-01T00:00:00Z");
    }
}
