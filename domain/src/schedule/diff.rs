//! What changed between two schedules, so staff see a solve as a list of changes
//! before they accept it, and each person can be told what changed for them.

use super::model::Schedule;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Change {
    /// Had no slot, now has one.
    Placed {
        startup: usize,
        to: (usize, usize),
    },
    /// `(session, slot)` before and after.
    Moved {
        startup: usize,
        from: (usize, usize),
        to: (usize, usize),
    },
    /// Had a slot, now has none.
    Unplaced {
        startup: usize,
        from: (usize, usize),
    },
    JudgeAdded {
        judge: usize,
        session: usize,
    },
    JudgeRemoved {
        judge: usize,
        session: usize,
    },
}

/// The changes from `old` to `new`, startups first, each in index order. A startup's
/// place is its first placement in index order; locks are not compared.
pub fn diff(old: &Schedule, new: &Schedule) -> Vec<Change> {
    let places = |s: &Schedule| -> BTreeMap<usize, (usize, usize)> {
        let mut map = BTreeMap::new();
        let mut list: Vec<_> = s
            .placements
            .iter()
            .map(|p| (p.startup, p.session, p.slot))
            .collect();
        list.sort_unstable();
        for (u, session, slot) in list {
            map.entry(u).or_insert((session, slot));
        }
        map
    };
    let (before, after) = (places(old), places(new));
    let startups: BTreeSet<usize> = before.keys().chain(after.keys()).copied().collect();
    let mut out = Vec::new();
    for startup in startups {
        match (before.get(&startup), after.get(&startup)) {
            (None, Some(&to)) => out.push(Change::Placed { startup, to }),
            (Some(&from), None) => out.push(Change::Unplaced { startup, from }),
            (Some(&from), Some(&to)) if from != to => out.push(Change::Moved { startup, from, to }),
            _ => {}
        }
    }
    let seats = |s: &Schedule| -> BTreeSet<(usize, usize)> {
        s.seats.iter().map(|t| (t.judge, t.session)).collect()
    };
    let (before, after) = (seats(old), seats(new));
    let mut panel: Vec<Change> = before
        .difference(&after)
        .map(|&(judge, session)| Change::JudgeRemoved { judge, session })
        .chain(
            after
                .difference(&before)
                .map(|&(judge, session)| Change::JudgeAdded { judge, session }),
        )
        .collect();
    panel.sort_by_key(|c| match *c {
        Change::JudgeAdded { judge, session } | Change::JudgeRemoved { judge, session } => {
            (judge, session)
        }
        _ => (0, 0),
    });
    out.extend(panel);
    out
}
