//! Panels, once the startups have their slots.
//!
//! Locked seats first (kept whatever they break; the checker reports it), then every
//! current seat that still holds (the judge is available, free of conflicts with the
//! session's pitches, not pitching, not on an overlapping panel), up to the session's
//! maximum. Then sessions with pitches and too few judges are filled to their minimum,
//! the session with the fewest spare judges first; each seat goes to the judge who
//! costs least by the objective's weights: panels already held ([`LOAD_SPREAD`] each),
//! less thesis fit ([`FIT`] a point), a seat outside the judge's wishes
//! ([`PREFERRED_SESSION`]), then the lower index. Filling only to the minimum keeps
//! loads low; staff may add judges up to the maximum by hand. Then a local search
//! swaps a seated judge for a free one wherever the objective drops, and sessions a
//! swap left room in are filled again, until nothing changes: so solving the result
//! again finds nothing to do.

use super::explain::ShortPanel;
use super::model::{Instance, Placement, Seat};
use super::objective::{session_fit, top_fit, CHANGE, FIT, LOAD_SPREAD, PREFERRED_SESSION};
use crate::submission::Window;
use std::collections::{BTreeMap, BTreeSet};

fn overlap(a: &Window, b: &Window) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

/// What keeps judge `j` off session `s`, precomputed.
struct Facts {
    /// Available for the whole session and not blocked out.
    can_sit: Vec<Vec<bool>>,
    /// Conflicted with a startup pitching in the session.
    conflicted: Vec<Vec<bool>>,
    /// Pitching their own startup while the session runs.
    pitching: Vec<Vec<bool>>,
    /// Sessions overlapping each session (itself excluded).
    overlapping: Vec<Vec<usize>>,
    /// Tracks of the pitches each session hears.
    tracks_in: Vec<Vec<usize>>,
}

impl Facts {
    fn of(instance: &Instance, placements: &[Placement]) -> Facts {
        let (sessions, judges) = (&instance.sessions, &instance.judges);
        let can_sit = judges
            .iter()
            .map(|judge| {
                sessions
                    .iter()
                    .map(|s| {
                        let w = &s.span;
                        (judge.availability.is_empty()
                            || judge
                                .availability
                                .iter()
                                .any(|a| a.starts_at <= w.starts_at && w.ends_at <= a.ends_at))
                            && !judge.blocked.iter().any(|b| overlap(b, w))
                    })
                    .collect()
            })
            .collect();
        let mut session_of = vec![Vec::new(); instance.startups.len()];
        let mut tracks_in = vec![Vec::new(); sessions.len()];
        let mut pitch_times: BTreeMap<usize, Vec<Window>> = BTreeMap::new();
        for p in placements {
            let (Some(startup), Some(slot)) = (
                instance.startups.get(p.startup),
                sessions.get(p.session).and_then(|s| s.slots.get(p.slot)),
            ) else {
                continue;
            };
            session_of[p.startup].push(p.session);
            tracks_in[p.session].push(startup.track);
            for &person in &startup.founders {
                pitch_times.entry(person).or_default().push(*slot);
            }
        }
        let mut conflicted = vec![vec![false; sessions.len()]; judges.len()];
        for &(j, u) in &instance.conflicts {
            if let (Some(row), Some(list)) = (conflicted.get_mut(j), session_of.get(u)) {
                for &s in list {
                    row[s] = true;
                }
            }
        }
        let pitching = judges
            .iter()
            .map(|judge| {
                let times = pitch_times.get(&judge.person);
                sessions
                    .iter()
                    .map(|s| times.is_some_and(|t| t.iter().any(|w| overlap(w, &s.span))))
                    .collect()
            })
            .collect();
        let overlapping = sessions
            .iter()
            .enumerate()
            .map(|(a, sa)| {
                sessions
                    .iter()
                    .enumerate()
                    .filter(|&(b, sb)| a != b && overlap(&sa.span, &sb.span))
                    .map(|(b, _)| b)
                    .collect()
            })
            .collect();
        Facts {
            can_sit,
            conflicted,
            pitching,
            overlapping,
            tracks_in,
        }
    }
}

struct Board {
    on: Vec<Vec<bool>>,
    count: Vec<usize>,
    load: Vec<usize>,
    seats: BTreeSet<Seat>,
}

impl Board {
    fn busy(&self, facts: &Facts, j: usize, s: usize) -> bool {
        facts.overlapping[s].iter().any(|&o| self.on[j][o])
    }

    fn may_sit(&self, facts: &Facts, j: usize, s: usize) -> bool {
        !self.on[j][s]
            && facts.can_sit[j][s]
            && !facts.conflicted[j][s]
            && !facts.pitching[j][s]
            && !self.busy(facts, j, s)
    }

    fn sit(&mut self, j: usize, s: usize, locked: bool) {
        if !self.on[j][s] {
            self.on[j][s] = true;
            self.count[s] += 1;
            self.load[j] += 1;
        }
        self.seats.insert(Seat {
            judge: j,
            session: s,
            locked,
        });
    }
}

/// Seats for every session, and the sessions left below their minimum with why.
pub fn choose(instance: &Instance, placements: &[Placement]) -> (Vec<Seat>, Vec<ShortPanel>) {
    let (ns, nj) = (instance.sessions.len(), instance.judges.len());
    let facts = Facts::of(instance, placements);
    let mut board = Board {
        on: vec![vec![false; ns]; nj],
        count: vec![0; ns],
        load: vec![0; nj],
        seats: BTreeSet::new(),
    };
    let mut kept_as_is = Vec::new();
    for seat in instance.current.seats.iter().filter(|t| t.locked) {
        if seat.judge < nj && seat.session < ns {
            board.sit(seat.judge, seat.session, true);
        } else {
            kept_as_is.push(*seat);
        }
    }
    let mut current: Vec<Seat> = instance
        .current
        .seats
        .iter()
        .filter(|t| !t.locked && t.judge < nj && t.session < ns)
        .copied()
        .collect();
    current.sort_by_key(|t| (t.session, t.judge));
    for seat in current {
        let (j, s) = (seat.judge, seat.session);
        if board.count[s] < instance.sessions[s].panel_max && board.may_sit(&facts, j, s) {
            board.sit(j, s, false);
        }
    }

    // Fill, improve, and fill again what an improvement freed, until neither
    // changes anything (or the passes run out).
    let mut passes = 0;
    while fill(instance, &facts, &mut board) | improve(instance, &facts, &mut board) {
        passes += 1;
        if passes == IMPROVE_PASSES {
            break;
        }
    }

    let mut short = Vec::new();
    for (s, session) in instance.sessions.iter().enumerate() {
        if facts.tracks_in[s].is_empty() || board.count[s] >= session.panel_min {
            continue;
        }
        let mut why = ShortPanel {
            session: s,
            seated: board.count[s],
            min: session.panel_min,
            ..ShortPanel::default()
        };
        for j in (0..nj).filter(|&j| !board.on[j][s]) {
            if !facts.can_sit[j][s] {
                why.unavailable += 1;
            } else if facts.conflicted[j][s] {
                why.conflicted += 1;
            } else if facts.pitching[j][s] {
                why.pitching += 1;
            } else if board.busy(&facts, j, s) {
                why.on_other_panels += 1;
            }
        }
        short.push(why);
    }
    let mut seats: Vec<Seat> = board.seats.into_iter().collect();
    seats.extend(kept_as_is);
    (seats, short)
}

/// Fills sessions with pitches up to their minimum, the session with the fewest
/// spare judges first. Whether it seated anyone.
fn fill(instance: &Instance, facts: &Facts, board: &mut Board) -> bool {
    let nj = instance.judges.len();
    let mut order: Vec<(isize, usize)> = (0..instance.sessions.len())
        .filter(|&s| {
            !facts.tracks_in[s].is_empty() && board.count[s] < instance.sessions[s].panel_min
        })
        .map(|s| {
            let spare = (0..nj).filter(|&j| board.may_sit(facts, j, s)).count();
            let need = instance.sessions[s].panel_min - board.count[s];
            (spare as isize - need as isize, s)
        })
        .collect();
    order.sort_unstable();
    let mut seated = false;
    for (_, s) in order {
        let session = &instance.sessions[s];
        while board.count[s] < session.panel_min {
            let pick = (0..nj)
                .filter(|&j| board.may_sit(facts, j, s))
                .min_by_key(|&j| {
                    let judge = &instance.judges[j];
                    let miss = !judge.preferred_sessions.is_empty()
                        && !judge.preferred_sessions.contains(&s);
                    let cost = LOAD_SPREAD * board.load[j] as i64
                        - FIT * session_fit(judge, session.track, &facts.tracks_in[s])
                        + PREFERRED_SESSION * i64::from(miss);
                    (cost, j)
                });
            match pick {
                Some(j) => {
                    board.sit(j, s, false);
                    seated = true;
                }
                None => break,
            }
        }
    }
    seated
}

/// Rounds of filling and improving, and passes of [`improve`], at most.
const IMPROVE_PASSES: usize = 10;

/// Local improvement: replace an unlocked seated judge by one who may sit there
/// instead whenever that lowers the objective (fit gap, wishes, load spread, changes
/// to panels staff had formed), best replacement first, until a pass finds none.
fn improve(instance: &Instance, facts: &Facts, board: &mut Board) -> bool {
    let top = top_fit(instance);
    let current: BTreeSet<(usize, usize)> = instance
        .current
        .seats
        .iter()
        .map(|t| (t.judge, t.session))
        .collect();
    let formed: BTreeSet<usize> = current.iter().map(|&(_, s)| s).collect();
    let seat_cost = |j: usize, s: usize| -> i64 {
        let judge = &instance.judges[j];
        let session = &instance.sessions[s];
        let miss = !judge.preferred_sessions.is_empty() && !judge.preferred_sessions.contains(&s);
        let change = if current.contains(&(j, s)) {
            -CHANGE // leaving it costs a change
        } else if formed.contains(&s) {
            CHANGE
        } else {
            0
        };
        FIT * (top - session_fit(judge, session.track, &facts.tracks_in[s]))
            + PREFERRED_SESSION * i64::from(miss)
            + change
    };
    let spread = |load: &[usize]| -> i64 {
        match (load.iter().max(), load.iter().min()) {
            (Some(max), Some(min)) => (max - min) as i64,
            _ => 0,
        }
    };
    let mut any = false;
    for _ in 0..IMPROVE_PASSES {
        let mut improved = false;
        let seats: Vec<Seat> = board.seats.iter().filter(|t| !t.locked).copied().collect();
        for seat in seats {
            let (j, s) = (seat.judge, seat.session);
            let before = seat_cost(j, s) + LOAD_SPREAD * spread(&board.load);
            let mut best: Option<(i64, usize)> = None;
            for k in 0..instance.judges.len() {
                if !board.may_sit(facts, k, s) {
                    continue;
                }
                board.load[j] -= 1;
                board.load[k] += 1;
                let after = seat_cost(k, s) + LOAD_SPREAD * spread(&board.load);
                board.load[j] += 1;
                board.load[k] -= 1;
                if after < before && best.is_none_or(|(b, _)| after < b) {
                    best = Some((after, k));
                }
            }
            if let Some((_, k)) = best {
                board.seats.remove(&seat);
                board.on[j][s] = false;
                board.load[j] -= 1;
                board.count[s] -= 1;
                board.sit(k, s, false);
                improved = true;
            }
        }
        any |= improved;
        if !improved {
            break;
        }
    }
    any
}

/// A lower bound on the panel part of the objective for any panels, given these
/// placements, that reach every minimum: changes, load spread and missed wishes cost at least nothing, and a
/// session with pitches seats its locked judges and at least enough others to reach
/// its minimum, none fitting better than the best-fitting judges who may sit there
/// (available, not conflicted, not pitching); overlaps between panels are ignored.
pub fn bound(instance: &Instance, placements: &[Placement]) -> i64 {
    let facts = Facts::of(instance, placements);
    let top = top_fit(instance);
    let mut gaps_total = 0;
    for (s, session) in instance.sessions.iter().enumerate() {
        let locked: BTreeSet<usize> = instance
            .current
            .seats
            .iter()
            .filter(|t| t.locked && t.session == s && t.judge < instance.judges.len())
            .map(|t| t.judge)
            .collect();
        let gap =
            |j: usize| top - session_fit(&instance.judges[j], session.track, &facts.tracks_in[s]);
        gaps_total += locked.iter().map(|&j| gap(j)).sum::<i64>();
        if facts.tracks_in[s].is_empty() {
            continue;
        }
        let mut gaps: Vec<i64> = (0..instance.judges.len())
            .filter(|&j| {
                !locked.contains(&j)
                    && facts.can_sit[j][s]
                    && !facts.conflicted[j][s]
                    && !facts.pitching[j][s]
            })
            .map(gap)
            .collect();
        gaps.sort_unstable();
        // A session that cannot reach its minimum has no full panel to bound.
        let need = session.panel_min.saturating_sub(locked.len());
        if gaps.len() >= need {
            gaps_total += gaps.iter().take(need).sum::<i64>();
        }
    }
    FIT * gaps_total
}
