//! Fixed-window rate limiting. The counter lives in the database so that every
//! server instance behind a load balancer shares it; this module only decides.

use chrono::{DateTime, Duration, Utc};
use std::net::{IpAddr, SocketAddr};

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

/// The client's address for per-IP limits. Behind `trusted_hops` proxies, each of which
/// appends the address it received the request from to `X-Forwarded-For`, the client is
/// the entry `trusted_hops` from the right: everything left of it was written by the
/// client and proves nothing. Without trusted proxies, or when the header is missing,
/// short or unreadable, the connection's own peer address counts.
pub fn client_address(
    forwarded_for: Option<&str>,
    peer: Option<IpAddr>,
    trusted_hops: usize,
) -> Option<IpAddr> {
    if trusted_hops == 0 {
        return peer;
    }
    let Some(header) = forwarded_for else {
        return peer;
    };
    let entries: Vec<&str> = header.split(',').map(str::trim).collect();
    entries
        .len()
        .checked_sub(trusted_hops)
        .and_then(|i| entries.get(i))
        .and_then(|entry| parse_address(entry))
        .or(peer)
}

/// `203.0.113.7`, `2001:db8::1`, and the same with a port (`[2001:db8::1]:443`).
fn parse_address(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// The key per-IP limits count under. One IPv6 subscriber usually holds a whole /64,
/// so an IPv6 address counts by its first 64 bits; an IPv4-mapped one as IPv4.
pub fn address_key(ip: Option<IpAddr>) -> String {
    match ip {
        None => "local".to_string(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// The longest window of any limit: a counter older than this counts for nothing and
/// may be deleted.
pub const LONGEST_WINDOW: Duration = Duration::days(1);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().expect("address"))
    }

    #[test]
    fn behind_one_proxy_the_rightmost_forwarded_address_is_the_client() {
        let peer = ip("10.0.0.2");
        let header = Some("1.2.3.4, 203.0.113.7");
        assert_eq!(client_address(header, peer, 1), ip("203.0.113.7"));
        assert_eq!(client_address(header, peer, 2), ip("1.2.3.4"));
        // Not behind a proxy: the header is the client's own words.
        assert_eq!(client_address(header, peer, 0), peer);
        // Fewer entries than proxies, or garbage: the peer counts.
        assert_eq!(client_address(header, peer, 3), peer);
        assert_eq!(client_address(Some("1.2.3.4, junk"), peer, 1), peer);
        assert_eq!(client_address(None, peer, 1), peer);
        assert_eq!(
            client_address(Some("[2001:db8::1]:443"), peer, 1),
            ip("2001:db8::1")
        );
    }

    #[test]
    fn ipv6_counts_by_its_64_bit_prefix() {
        assert_eq!(
            address_key(ip("2001:db8:1:2::1")),
            address_key(ip("2001:db8:1:2:ffff:ffff:ffff:ffff"))
        );
        assert_ne!(
            address_key(ip("2001:db8:1:2::1")),
            address_key(ip("2001:db8:1:3::1"))
        );
        assert_eq!(address_key(ip("::ffff:203.0.113.7")), "203.0.113.7");
        assert_eq!(address_key(ip("203.0.113.7")), "203.0.113.7");
        assert_eq!(address_key(None), "local");
    }

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

        #[test]
        fn a_client_cannot_choose_its_address_by_prepending(
            spoofed in proptest::collection::vec("\\PC{0,20}", 0..5),
            hops in 1usize..3,
        ) {
            let proxies = ["198.51.100.1", "198.51.100.2", "198.51.100.3"];
            let mut entries: Vec<String> = spoofed;
            entries.push("203.0.113.7".to_string());
            entries.extend(proxies[..hops - 1].iter().map(|p| p.to_string()));
            let header = entries.join(", ");
            prop_assert_eq!(
                client_address(Some(&header), ip("10.0.0.1"), hops),
                ip("203.0.113.7")
            );
        }
    }
}
