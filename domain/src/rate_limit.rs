//! Fixed-window rate limiting. The counter lives in the database so that every
//! server instance behind a load balancer shares it; this module only decides.

use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max_attempts: u32,
    pub window: Duration,
}

/// What a limit's counter looked like before this attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub started_at: DateTime<Utc>,
    pub attempts: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Go ahead; store this window.
    Allow(Window),
    /// Refuse; the caller may retry after this many seconds.
    Deny { retry_after_secs: i64 },
}

pub fn attempt(limit: Limit, previous: Option<Window>, now: DateTime<Utc>) -> Verdict {
    match previous {
        Some(w) if now < w.started_at + limit.window => {
            if w.attempts >= limit.max_attempts {
                let retry = (w.started_at + limit.window - now).num_seconds().max(1);
                Verdict::Deny {
                    retry_after_secs: retry,
                }
            } else {
                Verdict::Allow(Window {
                    started_at: w.started_at,
                    attempts: w.attempts + 1,
                })
            }
        }
        _ => Verdict::Allow(Window {
            started_at: now,
            attempts: 1,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn limit() -> Limit {
        Limit {
            max_attempts: 3,
            window: Duration::minutes(15),
        }
    }

    #[test]
    fn the_fourth_attempt_in_a_window_is_denied_then_allowed_later() {
        let t0 = Utc::now();
        let mut w = None;
        for _ in 0..3 {
            match attempt(limit(), w, t0) {
                Verdict::Allow(next) => w = Some(next),
                Verdict::Deny { .. } => panic!("denied too early"),
            }
        }
        assert_eq!(
            attempt(limit(), w, t0 + Duration::minutes(1)),
            Verdict::Deny {
                retry_after_secs: 14 * 60
            }
        );
        assert!(matches!(
            attempt(limit(), w, t0 + Duration::minutes(15)),
            Verdict::Allow(Window { attempts: 1, .. })
        ));
    }

    proptest! {
        #[test]
        fn never_more_than_max_allowed_in_one_window(offsets in proptest::collection::vec(0i64..900, 1..50)) {
            let t0 = Utc::now();
            let mut sorted = offsets.clone();
            sorted.sort();
            let mut w = None;
            let mut allowed = 0;
            for s in sorted {
                if let Verdict::Allow(next) = attempt(limit(), w, t0 + Duration::seconds(s)) {
                    allowed += 1;
                    w = Some(next);
                }
            }
            prop_assert!(allowed <= 3);
        }
    }
}
