//! The matcher: accepted requests onto (slot, table).
//!
//! 1. Locked meetings stay exactly where they are; then every meeting of the current
//!    schedule that still breaks no rule stays too (a re-run moves as few as it can).
//! 2. The other requests, heaviest first and, among equals, those with the fewest
//!    common free slots first, take the free slot that best joins the two parties'
//!    other meetings (fewer idle gaps), else the earliest; the lowest free table.
//! 3. A repair pass: a request left out because one of its parties already meets
//!    someone in every common free slot gets it if that other meeting (not locked)
//!    can move to a slot free for its own parties.
//!
//! Deterministic: index tie-breaks, no randomness, no hashing.

use super::bound::upper_bound;
use super::model::{Instance, Meeting};
use crate::submission::Window;

/// Why a request has no meeting.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum WhyUnplaced {
    /// The request names an investor or a startup that is not in the instance.
    Unknown,
    /// The investor and the startup are never free at the same time (pitches, panels,
    /// times they blocked).
    NoCommonTime,
    /// The investor has as many meetings as the quota allows.
    InvestorQuota,
    /// The startup has as many meetings as the quota allows.
    StartupQuota,
    /// Every slot both are free in is taken by their other meetings or has no table left.
    SlotsTaken { common_slots: usize },
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Unplaced {
    pub request: usize,
    pub why: WhyUnplaced,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solution {
    /// In (slot, table) order.
    pub meetings: Vec<Meeting>,
    pub unplaced: Vec<Unplaced>,
    /// Sum of the weights of the meetings.
    pub weight: i64,
    /// No schedule of this instance can weigh more (see `upper_bound`).
    pub bound: i64,
    /// Idle gaps: for each party, the free slots between its first and last meeting
    /// of a block, summed.
    pub idle_gaps: usize,
}

/// Who meets whom when, as the matcher fills it.
struct Board<'a> {
    instance: &'a Instance,
    /// Slots sharing a moment with each slot (itself included).
    overlap: Vec<Vec<usize>>,
    /// `[party][slot]`: the party is busy then (agenda or block-out).
    investor_busy: Vec<Vec<bool>>,
    startup_busy: Vec<Vec<bool>>,
    /// `[party][slot]`: the request the party meets then.
    investor_at: Vec<Vec<Option<usize>>>,
    startup_at: Vec<Vec<Option<usize>>>,
    /// `[slot][table]`: the request at that table then.
    table_at: Vec<Vec<Option<usize>>>,
    investor_count: Vec<usize>,
    startup_count: Vec<usize>,
    /// Where each request meets, if it does.
    placed: Vec<Option<Meeting>>,
}

fn meet(a: &Window, b: &Window) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

impl<'a> Board<'a> {
    fn new(instance: &'a Instance) -> Self {
        let slots = &instance.slots;
        let overlap = slots
            .iter()
            .map(|a| (0..slots.len()).filter(|&k| meet(a, &slots[k])).collect())
            .collect();
        let busy = |parties: &[super::model::Party]| -> Vec<Vec<bool>> {
            parties
                .iter()
                .map(|p| {
                    slots
                        .iter()
                        .map(|w| p.busy.iter().any(|b| meet(b, w)))
                        .collect()
                })
                .collect()
        };
        Board {
            instance,
            overlap,
            investor_busy: busy(&instance.investors),
            startup_busy: busy(&instance.startups),
            investor_at: vec![vec![None; slots.len()]; instance.investors.len()],
            startup_at: vec![vec![None; slots.len()]; instance.startups.len()],
            table_at: vec![vec![None; instance.tables]; slots.len()],
            investor_count: vec![0; instance.investors.len()],
            startup_count: vec![0; instance.startups.len()],
            placed: vec![None; instance.requests.len()],
        }
    }

    /// The request's parties, if both exist.
    fn parties(&self, request: usize) -> Option<(usize, usize)> {
        let r = self.instance.requests.get(request)?;
        (r.investor < self.investor_at.len() && r.startup < self.startup_at.len())
            .then_some((r.investor, r.startup))
    }

    /// Both parties are free of their agenda at `slot` (other meetings aside).
    fn both_available(&self, (i, s): (usize, usize), slot: usize) -> bool {
        !self.investor_busy[i][slot] && !self.startup_busy[s][slot]
    }

    /// The request a party meets at any moment of `slot`, if any.
    fn meeting_of(at: &[Vec<Option<usize>>], party: usize, overlap: &[usize]) -> Option<usize> {
        overlap.iter().find_map(|&k| at[party][k])
    }

    fn free_table(&self, slot: usize) -> Option<usize> {
        // A table is free in `slot` when no overlapping slot uses it.
        (0..self.instance.tables).find(|&t| {
            self.overlap[slot]
                .iter()
                .all(|&k| self.table_at[k][t].is_none())
        })
    }

    fn table_free(&self, slot: usize, table: usize) -> bool {
        table < self.instance.tables
            && self.overlap[slot]
                .iter()
                .all(|&k| self.table_at[k][table].is_none())
    }

    fn under_quota(&self, (i, s): (usize, usize)) -> (bool, bool) {
        let quota = |p: &super::model::Party, n: usize| p.max_meetings.is_none_or(|max| n < max);
        (
            quota(&self.instance.investors[i], self.investor_count[i]),
            quota(&self.instance.startups[s], self.startup_count[s]),
        )
    }

    /// Could `request` meet at `slot` now (table aside)?
    fn parties_free(&self, (i, s): (usize, usize), slot: usize) -> bool {
        let overlap = &self.overlap[slot];
        self.both_available((i, s), slot)
            && Self::meeting_of(&self.investor_at, i, overlap).is_none()
            && Self::meeting_of(&self.startup_at, s, overlap).is_none()
    }

    fn place(&mut self, m: Meeting) {
        if let Some((i, s)) = self.parties(m.request) {
            self.investor_at[i][m.slot] = Some(m.request);
            self.startup_at[s][m.slot] = Some(m.request);
            self.investor_count[i] += 1;
            self.startup_count[s] += 1;
            self.table_at[m.slot][m.table] = Some(m.request);
            self.placed[m.request] = Some(m);
        }
    }

    fn remove(&mut self, request: usize) -> Option<Meeting> {
        let m = self.placed.get_mut(request)?.take()?;
        let (i, s) = self.parties(request)?;
        self.investor_at[i][m.slot] = None;
        self.startup_at[s][m.slot] = None;
        self.investor_count[i] -= 1;
        self.startup_count[s] -= 1;
        self.table_at[m.slot][m.table] = None;
        Some(m)
    }

    /// Meetings the two parties have right before or after `slot` (fewer idle gaps).
    fn joins(&self, (i, s): (usize, usize), slot: usize) -> usize {
        let slots = &self.instance.slots;
        let w = slots[slot];
        let adjacent = |k: usize| {
            let o = slots[k];
            o.ends_at <= w.starts_at && w.starts_at - o.ends_at <= chrono::Duration::minutes(15)
                || w.ends_at <= o.starts_at
                    && o.starts_at - w.ends_at <= chrono::Duration::minutes(15)
        };
        (0..slots.len())
            .filter(|&k| k != slot && adjacent(k))
            .map(|k| {
                usize::from(self.investor_at[i][k].is_some())
                    + usize::from(self.startup_at[s][k].is_some())
            })
            .sum()
    }

    /// The best free (slot, table) for `request` now.
    fn best_place(&self, request: usize) -> Option<(usize, usize)> {
        let parties = self.parties(request)?;
        (0..self.instance.slots.len())
            .filter(|&k| self.parties_free(parties, k))
            .filter_map(|k| Some((k, self.free_table(k)?)))
            .max_by_key(|&(k, _)| (self.joins(parties, k), std::cmp::Reverse(k)))
    }
}

pub fn solve(instance: &Instance) -> Solution {
    let mut board = Board::new(instance);
    let requests = instance.requests.len();

    // 1. Locked first, exactly as they are (the checker reports them if they break a
    //    rule); then what still fits of the current schedule, heaviest first.
    for m in instance.current.iter().filter(|m| m.locked) {
        let fits = m.request < requests
            && board.placed[m.request].is_none()
            && m.slot < instance.slots.len()
            && m.table < instance.tables
            && board.parties(m.request).is_some();
        if fits {
            board.place(*m);
        }
    }
    let mut current: Vec<&Meeting> = instance.current.iter().filter(|m| !m.locked).collect();
    current.sort_by_key(|m| {
        let w = instance.requests.get(m.request).map_or(0, |r| r.weight);
        (std::cmp::Reverse(w), m.request, m.slot, m.table)
    });
    for m in current {
        let Some(parties) = board.parties(m.request) else {
            continue;
        };
        let (inv_ok, st_ok) = board.under_quota(parties);
        if board.placed[m.request].is_none()
            && m.slot < instance.slots.len()
            && inv_ok
            && st_ok
            && board.parties_free(parties, m.slot)
            && board.table_free(m.slot, m.table)
        {
            board.place(*m);
        }
    }

    // 2. The rest, heaviest first, the most constrained first among equals.
    let options = |r: usize| -> usize {
        board.parties(r).map_or(0, |p| {
            (0..instance.slots.len())
                .filter(|&k| board.both_available(p, k))
                .count()
        })
    };
    let mut order: Vec<usize> = (0..requests)
        .filter(|&r| board.placed[r].is_none())
        .collect();
    let keys: Vec<(std::cmp::Reverse<i64>, usize, usize)> = (0..requests)
        .map(|r| {
            (
                std::cmp::Reverse(instance.requests[r].weight),
                options(r),
                r,
            )
        })
        .collect();
    order.sort_by_key(|&r| keys[r]);
    for &r in &order {
        let Some(parties) = board.parties(r) else {
            continue;
        };
        if board.under_quota(parties) != (true, true) {
            continue;
        }
        if let Some((slot, table)) = board.best_place(r) {
            board.place(Meeting {
                request: r,
                slot,
                table,
                locked: false,
            });
        }
    }

    // 3. Repair: move one blocking meeting elsewhere to make room.
    for &r in &order {
        if board.placed[r].is_some() {
            continue;
        }
        let Some(parties) = board.parties(r) else {
            continue;
        };
        if board.under_quota(parties) != (true, true) {
            continue;
        }
        'slots: for k in 0..instance.slots.len() {
            if !board.both_available(parties, k) {
                continue;
            }
            let overlap = board.overlap[k].clone();
            let blockers: Vec<usize> = [
                Board::meeting_of(&board.investor_at, parties.0, &overlap),
                Board::meeting_of(&board.startup_at, parties.1, &overlap),
            ]
            .into_iter()
            .flatten()
            .collect();
            let blocker = match blockers.as_slice() {
                [] => match board.free_table(k) {
                    // Full of other people's meetings: try the first movable one.
                    None => overlap
                        .iter()
                        .flat_map(|&o| board.table_at[o].iter().flatten().copied())
                        .find(|&b| board.placed[b].is_some_and(|m| !m.locked)),
                    // Free after all (an earlier repair made room): take it.
                    Some(table) => {
                        board.place(Meeting {
                            request: r,
                            slot: k,
                            table,
                            locked: false,
                        });
                        break 'slots;
                    }
                },
                [one] => Some(*one),
                [a, b] if a == b => Some(*a),
                _ => continue,
            };
            let Some(blocker) = blocker else { continue };
            if board.placed[blocker].is_none_or(|m| m.locked) {
                continue;
            }
            let Some(moved) = board.remove(blocker) else {
                continue;
            };
            let Some(blocker_parties) = board.parties(blocker) else {
                board.place(moved);
                continue;
            };
            // Room for r at k now, and somewhere else for the blocker?
            if let (true, Some(table)) = (board.parties_free(parties, k), board.free_table(k)) {
                board.place(Meeting {
                    request: r,
                    slot: k,
                    table,
                    locked: false,
                });
                let elsewhere = (0..instance.slots.len())
                    .filter(|&o| board.parties_free(blocker_parties, o))
                    .find_map(|o| Some((o, board.free_table(o)?)));
                if let Some((slot, table)) = elsewhere {
                    board.place(Meeting {
                        request: blocker,
                        slot,
                        table,
                        locked: false,
                    });
                    break 'slots;
                }
                board.remove(r);
            }
            board.place(moved);
        }
    }

    let mut meetings: Vec<Meeting> = board.placed.iter().flatten().copied().collect();
    meetings.sort_by_key(|m| (m.slot, m.table, m.request));
    let unplaced = (0..requests)
        .filter(|&r| board.placed[r].is_none())
        .map(|r| Unplaced {
            request: r,
            why: why_unplaced(&board, r),
        })
        .collect();
    let weight = meetings
        .iter()
        .map(|m| instance.requests[m.request].weight)
        .sum();
    Solution {
        idle_gaps: idle_gaps(instance, &meetings),
        meetings,
        unplaced,
        weight,
        bound: upper_bound(instance),
    }
}

fn why_unplaced(board: &Board<'_>, r: usize) -> WhyUnplaced {
    let Some(parties) = board.parties(r) else {
        return WhyUnplaced::Unknown;
    };
    let common_slots = (0..board.instance.slots.len())
        .filter(|&k| board.both_available(parties, k))
        .count();
    match board.under_quota(parties) {
        _ if common_slots == 0 => WhyUnplaced::NoCommonTime,
        (false, _) => WhyUnplaced::InvestorQuota,
        (_, false) => WhyUnplaced::StartupQuota,
        _ => WhyUnplaced::SlotsTaken { common_slots },
    }
}

/// For each party, the slots between its first and last meeting that it spends idle
/// (counted in slot order, where the slots of a block follow each other).
fn idle_gaps(instance: &Instance, meetings: &[Meeting]) -> usize {
    let mut by_party: std::collections::BTreeMap<(bool, usize), Vec<usize>> = Default::default();
    for m in meetings {
        if let Some(r) = instance.requests.get(m.request) {
            by_party.entry((true, r.investor)).or_default().push(m.slot);
            by_party.entry((false, r.startup)).or_default().push(m.slot);
        }
    }
    by_party
        .values_mut()
        .map(|slots| {
            slots.sort_unstable();
            slots
                .windows(2)
                .map(|w| w[1].saturating_sub(w[0]).saturating_sub(1))
                .sum::<usize>()
        })
        .sum()
}
