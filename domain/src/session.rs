//! Session lifetime rules (OWASP session management): an idle timeout and an
//! absolute timeout, whichever comes first.

use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionPolicy {
    pub idle_timeout: Duration,
    pub absolute_timeout: Duration,
    /// Refresh `last_seen` at most this often, so reads don't all become writes.
    pub touch_interval: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::hours(12),
            absolute_timeout: Duration::days(14),
            touch_interval: Duration::minutes(5),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionState {
    Valid { touch: bool },
    Expired,
}

impl SessionPolicy {
    pub fn check(
        &self,
        created_at: DateTime<Utc>,
        last_seen_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> SessionState {
        if now >= created_at + self.absolute_timeout || now >= last_seen_at + self.idle_timeout {
            SessionState::Expired
        } else {
            SessionState::Valid {
                touch: now >= last_seen_at + self.touch_interval,
            }
        }
    }

    /// When a session created at `created_at` ends at the latest.
    pub fn absolute_expiry(&self, created_at: DateTime<Utc>) -> DateTime<Utc> {
        created_at + self.absolute_timeout
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_and_absolute_timeouts_both_end_a_session() {
        let p = SessionPolicy::default();
        let t0 = Utc::now();
        assert_eq!(
            p.check(t0, t0, t0 + Duration::minutes(1)),
            SessionState::Valid { touch: false }
        );
        assert_eq!(
            p.check(t0, t0, t0 + Duration::minutes(6)),
            SessionState::Valid { touch: true }
        );
        assert_eq!(
            p.check(t0, t0, t0 + Duration::hours(13)),
            SessionState::Expired
        );
        let active = t0 + Duration::days(14) - Duration::minutes(1);
        assert_eq!(
            p.check(t0, active, t0 + Duration::days(14)),
            SessionState::Expired
        );
    }
}
