//! The hard rules of a meeting schedule, checked from scratch. Written apart from the
//! matcher and sharing none of its helpers, so one bug cannot hide in both; never
//! panics, whatever indices the schedule holds.

use super::model::{Instance, Meeting};
use crate::submission::Window;
use std::collections::BTreeMap;

/// Which side of a request a party is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Investor,
    Startup,
}

/// One broken rule, by index.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Breach {
    NoSuchRequest {
        request: usize,
    },
    NoSuchSlot {
        request: usize,
        slot: usize,
    },
    NoSuchTable {
        request: usize,
        table: usize,
    },
    /// A request met more than once.
    RequestTwice {
        request: usize,
    },
    /// Two meetings at one table at the same moment.
    TableTwice {
        table: usize,
        requests: (usize, usize),
    },
    /// A party in two meetings at the same moment.
    PartyTwice {
        side: Side,
        party: usize,
        requests: (usize, usize),
    },
    /// A meeting while a party is busy (pitching, on a panel, blocked out).
    PartyBusy {
        side: Side,
        party: usize,
        request: usize,
    },
    /// More meetings than the party's quota.
    OverQuota {
        side: Side,
        party: usize,
        meetings: usize,
        max: usize,
    },
    /// A locked meeting of the current schedule is gone or moved.
    LockedMoved {
        request: usize,
    },
}

fn share_a_moment(a: &Window, b: &Window) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

/// Every hard rule `schedule` breaks, in a stable order.
pub fn check(instance: &Instance, schedule: &[Meeting]) -> Vec<Breach> {
    let mut out = Vec::new();
    // (request, window, table, investor, startup) of each meeting that can be read.
    let mut readable = Vec::new();
    let mut times_met: BTreeMap<usize, usize> = BTreeMap::new();
    for m in schedule {
        let Some(request) = instance.requests.get(m.request) else {
            out.push(Breach::NoSuchRequest { request: m.request });
            continue;
        };
        let Some(window) = instance.slots.get(m.slot) else {
            out.push(Breach::NoSuchSlot {
                request: m.request,
                slot: m.slot,
            });
            continue;
        };
        if m.table >= instance.tables {
            out.push(Breach::NoSuchTable {
                request: m.request,
                table: m.table,
            });
            continue;
        }
        *times_met.entry(m.request).or_default() += 1;
        readable.push((
            m.request,
            *window,
            m.table,
            request.investor,
            request.startup,
        ));
    }
    for (&request, &n) in &times_met {
        if n > 1 {
            out.push(Breach::RequestTwice { request });
        }
    }
    for (i, a) in readable.iter().enumerate() {
        for b in &readable[i + 1..] {
            if !share_a_moment(&a.1, &b.1) {
                continue;
            }
            let pair = (a.0.min(b.0), a.0.max(b.0));
            if a.2 == b.2 {
                out.push(Breach::TableTwice {
                    table: a.2,
                    requests: pair,
                });
            }
            if a.3 == b.3 {
                out.push(Breach::PartyTwice {
                    side: Side::Investor,
                    party: a.3,
                    requests: pair,
                });
            }
            if a.4 == b.4 {
                out.push(Breach::PartyTwice {
                    side: Side::Startup,
                    party: a.4,
                    requests: pair,
                });
            }
        }
    }
    let mut count: BTreeMap<(Side, usize), usize> = BTreeMap::new();
    for &(request, window, _, investor, startup) in &readable {
        for (side, party, list) in [
            (Side::Investor, investor, &instance.investors),
            (Side::Startup, startup, &instance.startups),
        ] {
            *count.entry((side, party)).or_default() += 1;
            let busy = list
                .get(party)
                .is_some_and(|p| p.busy.iter().any(|b| share_a_moment(b, &window)));
            if busy {
                out.push(Breach::PartyBusy {
                    side,
                    party,
                    request,
                });
            }
        }
    }
    for (&(side, party), &meetings) in &count {
        let list = match side {
            Side::Investor => &instance.investors,
            Side::Startup => &instance.startups,
        };
        if let Some(max) = list.get(party).and_then(|p| p.max_meetings) {
            if meetings > max {
                out.push(Breach::OverQuota {
                    side,
                    party,
                    meetings,
                    max,
                });
            }
        }
    }
    for locked in instance.current.iter().filter(|m| m.locked) {
        let kept = schedule.iter().any(|m| {
            m.request == locked.request && m.slot == locked.slot && m.table == locked.table
        });
        if !kept {
            out.push(Breach::LockedMoved {
                request: locked.request,
            });
        }
    }
    out.sort();
    out.dedup();
    out
}
