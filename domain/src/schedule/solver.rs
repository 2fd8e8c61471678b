//! The solver: startups into slots first, then panels.
//!
//! 1. Slots: a minimum-cost maximum matching of startups to free slots (`flow`),
//!    with an edge where the track and the startup's availability allow. An edge costs
//!    [`CHANGE`] unless it keeps the startup's current slot, plus [`PREFERRED_TIME`]
//!    outside its preferred times; a startup without a current slot pays [`CHANGE`]
//!    on every edge, which stands for the change that dropping a placed startup would
//!    be, and one without preferred times pays [`PREFERRED_TIME`] on every edge, for
//!    the same reason. Locked placements keep their slots and their founders' times out of reach.
//! 2. Founders who would pitch twice at once (rare: a person founded two startups)
//!    are repaired by taking the overlapping slots away from one of the two startups
//!    (the unlocked one, the one that moved, else the later index) and matching again;
//!    after [`MAX_REPAIRS`] rounds the remaining clashes are unplaced. The repair is a
//!    heuristic, so two guards follow. The current placements, when they break no
//!    rule, are kept unless the result is cheaper. And the result is solved again
//!    from itself (at most [`MAX_POLISH`] times) while that places more startups: so
//!    solving a solution again finds nothing to change.
//! 3. Panels: see `panels`.
//!
//! The matching of the first round ignores founders pitching twice, so its cost is a
//! lower bound on the startup part, and its size bounds how many can be placed.

use super::checker::check;
use super::explain::{UnplacedStartup, WhyUnplaced};
use super::flow::{self, Graph, Matching};
use super::model::{Instance, Placement, Schedule};
use super::objective::{evaluate, CHANGE, PREFERRED_TIME};
use super::panels;
use super::{Bound, Solution};
use crate::submission::Window;
use std::collections::{BTreeMap, BTreeSet};

/// Rounds of founder repair before the remaining clashes are unplaced.
pub const MAX_REPAIRS: usize = 20;
/// Times the result is solved again from itself while that places more startups.
pub const MAX_POLISH: usize = 5;

fn overlap(a: &Window, b: &Window) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

fn inside(inner: &Window, outer: &Window) -> bool {
    outer.starts_at <= inner.starts_at && inner.ends_at <= outer.ends_at
}

/// Slots numbered across sessions: session `s`, slot `k` is `first[s] + k`.
struct Slots {
    first: Vec<usize>,
    place: Vec<(usize, usize)>,
    span: Vec<Window>,
}

impl Slots {
    fn of(instance: &Instance) -> Slots {
        let mut slots = Slots {
            first: Vec::with_capacity(instance.sessions.len()),
            place: Vec::new(),
            span: Vec::new(),
        };
        for (s, session) in instance.sessions.iter().enumerate() {
            slots.first.push(slots.place.len());
            for (k, w) in session.slots.iter().enumerate() {
                slots.place.push((s, k));
                slots.span.push(*w);
            }
        }
        slots
    }

    fn id(&self, session: usize, slot: usize) -> Option<usize> {
        let first = *self.first.get(session)?;
        let id = first + slot;
        (self.place.get(id) == Some(&(session, slot))).then_some(id)
    }
}

/// A startup's slot, by slot id: `(startup, slot)`.
type Placed = Vec<(usize, usize)>;

/// What every round of placing startups reads.
struct Facts<'a> {
    instance: &'a Instance,
    slots: Slots,
    /// Locked placements of the current schedule, as they are.
    locked: Vec<Placement>,
    is_locked: Vec<bool>,
    /// Locked startups in each slot.
    locked_in: Vec<Vec<usize>>,
    /// Startups by founder.
    founded: BTreeMap<usize, BTreeSet<usize>>,
    /// For each startup, the slots of locked startups sharing a founder: `(time,
    /// other startup, person)`.
    locked_partner_times: Vec<Vec<(Window, usize, usize)>>,
    /// Whether some session takes each startup's track.
    has_sessions: Vec<bool>,
    /// Slots each unlocked startup may take by track and availability alone.
    base: Vec<Vec<usize>>,
}

impl<'a> Facts<'a> {
    fn of(instance: &'a Instance) -> Facts<'a> {
        let n = instance.startups.len();
        let slots = Slots::of(instance);
        let locked: Vec<Placement> = instance
            .current
            .placements
            .iter()
            .filter(|p| p.locked)
            .copied()
            .collect();
        let mut is_locked = vec![false; n];
        let mut locked_in: Vec<Vec<usize>> = vec![Vec::new(); slots.place.len()];
        for p in &locked {
            if let Some(l) = is_locked.get_mut(p.startup) {
                *l = true;
            }
            if let (Some(id), true) = (slots.id(p.session, p.slot), p.startup < n) {
                locked_in[id].push(p.startup);
            }
        }
        let mut founded: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (u, startup) in instance.startups.iter().enumerate() {
            for &person in &startup.founders {
                founded.entry(person).or_default().insert(u);
            }
        }
        let mut locked_partner_times = vec![Vec::new(); n];
        for (&person, group) in &founded {
            for p in locked.iter().filter(|p| group.contains(&p.startup)) {
                let Some(id) = slots.id(p.session, p.slot) else {
                    continue;
                };
                for &u in group.iter().filter(|&&u| u != p.startup) {
                    locked_partner_times[u].push((slots.span[id], p.startup, person));
                }
            }
        }
        let mut sessions_of_track: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let mut mixed = Vec::new();
        for (s, session) in instance.sessions.iter().enumerate() {
            match session.track {
                Some(t) => sessions_of_track.entry(t).or_default().push(s),
                None => mixed.push(s),
            }
        }
        let mut has_sessions = vec![false; n];
        let mut base = vec![Vec::new(); n];
        for (u, startup) in instance.startups.iter().enumerate() {
            let mut sessions: Vec<usize> = sessions_of_track
                .get(&startup.track)
                .cloned()
                .unwrap_or_default();
            sessions.extend(&mixed);
            sessions.sort_unstable();
            has_sessions[u] = !sessions.is_empty();
            if is_locked[u] {
                continue;
            }
            for s in sessions {
                for (k, w) in instance.sessions[s].slots.iter().enumerate() {
                    let available = !startup.declined
                        && (startup.availability.is_empty()
                            || startup.availability.iter().any(|a| inside(w, a)));
                    if available && !startup.blocked.iter().any(|b| overlap(b, w)) {
                        base[u].push(slots.first[s] + k);
                    }
                }
            }
        }
        Facts {
            instance,
            slots,
            locked,
            is_locked,
            locked_in,
            founded,
            locked_partner_times,
            has_sessions,
            base,
        }
    }

    /// Edges of the matching: base slots that are not locked, not `banned`, not at
    /// a time a locked partner pitches; priced against the current slots.
    fn graph(&self, banned: &[BTreeSet<usize>], current: &[Option<usize>]) -> Graph {
        let n = self.instance.startups.len();
        let mut g = Graph {
            left: n,
            right: self.slots.place.len(),
            start: Vec::with_capacity(n + 1),
            to: Vec::new(),
            cost: Vec::new(),
        };
        for (u, startup) in self.instance.startups.iter().enumerate() {
            g.start.push(g.to.len());
            let preferred = &startup.preferred;
            for &id in &self.base[u] {
                let span = &self.slots.span[id];
                if !self.locked_in[id].is_empty()
                    || banned.get(u).is_some_and(|b| b.contains(&id))
                    || self.locked_partner_times[u]
                        .iter()
                        .any(|(w, _, _)| overlap(w, span))
                {
                    continue;
                }
                // A startup without preferred times pays on every edge what one with
                // them pays outside them, so wishing never makes a pitch likelier to
                // be the one left out (an unplaced wish counts as missed too).
                let miss = !preferred.iter().any(|p| inside(span, p));
                let moved = current.get(u).copied().flatten() != Some(id);
                g.to.push(id);
                g.cost
                    .push(PREFERRED_TIME * i64::from(miss) + CHANGE * i64::from(moved));
            }
        }
        g.start.push(g.to.len());
        g
    }

    /// Unlocked current slots: the first valid placement of each startup.
    fn current_slots(&self, schedule: &Schedule) -> Vec<Option<usize>> {
        let mut current = vec![None; self.instance.startups.len()];
        let mut list: Vec<&Placement> = schedule.placements.iter().filter(|p| !p.locked).collect();
        list.sort();
        for p in list {
            if let (Some(c), Some(id)) =
                (current.get_mut(p.startup), self.slots.id(p.session, p.slot))
            {
                c.get_or_insert(id);
            }
        }
        current
    }

    fn schedule(&self, placed: &Placed) -> Schedule {
        let mut placements = self.locked.clone();
        placements.extend(placed.iter().map(|&(u, id)| {
            let (session, slot) = self.slots.place[id];
            Placement {
                startup: u,
                session,
                slot,
                locked: false,
            }
        }));
        Schedule {
            placements,
            seats: Vec::new(),
        }
    }

    /// Pairs of one founder's startups that overlap, as `(mover, other, other's
    /// time)`: the mover is the one to take elsewhere.
    fn founder_clashes(
        &self,
        placed: &Placed,
        current: &[Option<usize>],
    ) -> Vec<(usize, usize, Window)> {
        let mut at: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for p in &self.locked {
            if let Some(id) = self.slots.id(p.session, p.slot) {
                at.entry(p.startup).or_default().push(id);
            }
        }
        for &(u, id) in placed {
            at.entry(u).or_default().push(id);
        }
        let mut clashes = Vec::new();
        let mut seen = BTreeSet::new();
        for group in self.founded.values() {
            let group: Vec<usize> = group.iter().copied().collect();
            for (i, &a) in group.iter().enumerate() {
                for &b in &group[i + 1..] {
                    let (Some(sa), Some(sb)) = (at.get(&a), at.get(&b)) else {
                        continue;
                    };
                    for &x in sa {
                        for &y in sb {
                            if !overlap(&self.slots.span[x], &self.slots.span[y]) {
                                continue;
                            }
                            let (la, lb) = (self.is_locked[a], self.is_locked[b]);
                            let b_stays = lb || current[b] == Some(y);
                            let a_stays = la || current[a] == Some(x);
                            let (mover, other, time) = if !lb && (!b_stays || a_stays || la) {
                                (b, a, self.slots.span[x])
                            } else if !la {
                                (a, b, self.slots.span[y])
                            } else {
                                continue;
                            };
                            if seen.insert((mover, other)) {
                                clashes.push((mover, other, time));
                            }
                        }
                    }
                }
            }
        }
        clashes
    }

    /// Matching and founder repair from `current`: the placements, and those of the
    /// first round (founders ignored).
    fn place(&self, current: &[Option<usize>]) -> (Placed, Placed) {
        let n = self.instance.startups.len();
        let mut banned: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
        let mut first: Option<Placed> = None;
        for round in 0..=MAX_REPAIRS {
            let graph = self.graph(&banned, current);
            let matching = flow::min_cost_max_matching(&graph);
            let mut placed: Placed = (0..n)
                .filter_map(|u| matching.edge_of_left[u].map(|e| (u, graph.to[e])))
                .collect();
            let first = first.get_or_insert_with(|| placed.clone()).clone();
            let clashes = self.founder_clashes(&placed, current);
            if clashes.is_empty() {
                return (placed, first);
            }
            if round == MAX_REPAIRS {
                let movers: BTreeSet<usize> = clashes.iter().map(|c| c.0).collect();
                placed.retain(|(u, _)| !movers.contains(u));
                return (placed, first);
            }
            for (mover, _, time) in clashes {
                for &id in &self.base[mover] {
                    if overlap(&self.slots.span[id], &time) {
                        banned[mover].insert(id);
                    }
                }
            }
        }
        (Vec::new(), first.unwrap_or_default())
    }

    /// The current unlocked placements, if they break no rule: each names a slot of
    /// its track inside its availability, one per startup and per slot, not where or
    /// when a locked placement is, and no founder pitches twice at once.
    fn current_if_sound(&self) -> Option<Placed> {
        let current = &self.instance.current;
        let mut unlocked: Vec<&Placement> =
            current.placements.iter().filter(|p| !p.locked).collect();
        unlocked.sort();
        let (mut startups, mut slots) = (BTreeSet::new(), BTreeSet::new());
        let mut placed = Vec::new();
        for p in unlocked {
            let id = self.slots.id(p.session, p.slot)?;
            let u = p.startup;
            let sound = u < self.base.len()
                && !self.is_locked[u]
                && startups.insert(u)
                && slots.insert(id)
                && self.locked_in[id].is_empty()
                && self.base[u].binary_search(&id).is_ok()
                && !self.locked_partner_times[u]
                    .iter()
                    .any(|(w, _, _)| overlap(w, &self.slots.span[id]));
            if !sound {
                return None;
            }
            placed.push((u, id));
        }
        self.founder_clashes(&placed, &self.current_slots(current))
            .is_empty()
            .then_some(placed)
    }
}

/// Solves `instance`, keeping locked entries of `instance.current` and as much of
/// the rest as the goals allow. Deterministic: the same instance gives the same
/// solution.
pub fn solve(instance: &Instance) -> Solution {
    let facts = Facts::of(instance);
    let startup_cost = |placed: &Placed| evaluate(instance, &facts.schedule(placed)).startup_cost;

    let current = facts.current_slots(&instance.current);
    let (mut placed, relaxed) = facts.place(&current);
    if let Some(kept) = facts.current_if_sound() {
        if startup_cost(&kept) <= startup_cost(&placed) {
            placed = kept;
        }
    }
    for _ in 0..MAX_POLISH {
        let (again, _) = facts.place(&facts.current_slots(&facts.schedule(&placed)));
        if again.len() <= placed.len() {
            break;
        }
        placed = again;
    }

    let mut schedule = facts.schedule(&placed);
    // A team that declined is left out on purpose: nothing to explain.
    let mut unplaced = explain_unplaced(&facts, &placed);
    unplaced.retain(|u| !instance.startups[u.startup].declined);
    let (seats, short_panels) = panels::choose(instance, &schedule.placements);
    schedule.seats = seats;
    let schedule = schedule.sorted();

    let relaxed = facts.schedule(&relaxed);
    let bound = Bound {
        startup_cost: evaluate(instance, &relaxed).startup_cost,
        panel_cost: panels::bound(instance, &schedule.placements),
        placeable: relaxed.placements.len(),
    };
    Solution {
        breaches: check(instance, &schedule),
        objective: evaluate(instance, &schedule),
        schedule,
        unplaced,
        short_panels,
        bound,
    }
}

/// Why each unlocked startup without a slot has none, read from the final schedule:
/// the graph without founder repairs, the final placements as its matching.
fn explain_unplaced(facts: &Facts<'_>, placed: &Placed) -> Vec<UnplacedStartup> {
    let instance = facts.instance;
    let n = instance.startups.len();
    let graph = facts.graph(&vec![BTreeSet::new(); n], &vec![None; n]);
    let mut matching = Matching {
        edge_of_left: vec![None; n],
        left_of_right: vec![None; graph.right],
        cost: 0,
        size: 0,
    };
    let mut slot_of = vec![None; n];
    for &(u, id) in placed {
        slot_of[u] = Some(id);
        if let Some(e) = graph.edges(u).find(|&e| graph.to[e] == id) {
            matching.edge_of_left[u] = Some(e);
            matching.left_of_right[id] = Some(u);
            matching.size += 1;
        }
    }
    // When each startup pitches (locked ones included), to name founders' clashes.
    let mut times: Vec<Vec<Window>> = vec![Vec::new(); n];
    for &(u, id) in placed {
        times[u].push(facts.slots.span[id]);
    }
    for p in &facts.locked {
        if let (Some(t), Some(id)) = (times.get_mut(p.startup), facts.slots.id(p.session, p.slot)) {
            t.push(facts.slots.span[id]);
        }
    }
    let founder_busy = |u: usize| -> Vec<WhyUnplaced> {
        let mut out = BTreeSet::new();
        for &person in &instance.startups[u].founders {
            let Some(group) = facts.founded.get(&person) else {
                continue;
            };
            for &other in group.iter().filter(|&&o| o != u) {
                let clash = times[other].iter().any(|w| {
                    facts.base[u]
                        .iter()
                        .any(|&id| overlap(&facts.slots.span[id], w))
                });
                if clash {
                    out.insert(WhyUnplaced::FounderBusy {
                        other_startup: other,
                        person,
                    });
                }
            }
        }
        out.into_iter().collect()
    };

    type Reach = (BTreeSet<usize>, BTreeSet<usize>, bool);
    let mut reached: BTreeMap<(&[usize], &[usize]), Reach> = BTreeMap::new();
    let mut out = Vec::new();
    for (u, startup) in instance.startups.iter().enumerate() {
        if facts.is_locked[u] || slot_of[u].is_some() {
            continue;
        }
        let mut reasons = Vec::new();
        if !facts.has_sessions[u] {
            reasons.push(WhyUnplaced::NoSessionForTrack {
                track: startup.track,
            });
        } else if facts.base[u].is_empty() {
            reasons.push(WhyUnplaced::NotAvailableInAnySession);
        } else {
            reasons.extend(founder_busy(u));
            // Startups with the same slots compete in the same group: search once.
            let edges = &graph.to[graph.edges(u)];
            let (others, ids, full) = reached
                .entry((edges, &facts.base[u]))
                .or_insert_with(|| {
                    let (group, ids) = flow::competing(&graph, &matching, u);
                    let full = ids.iter().all(|&id| matching.left_of_right[id].is_some());
                    let mut group: BTreeSet<usize> = group.into_iter().collect();
                    let mut ids: BTreeSet<usize> = ids.into_iter().collect();
                    for &w in &group.clone() {
                        for &id in &facts.base[w] {
                            if !facts.locked_in[id].is_empty() {
                                ids.insert(id);
                                group.extend(&facts.locked_in[id]);
                            }
                        }
                    }
                    group.remove(&u);
                    (group, ids, full)
                })
                .clone();
            let mut group = others;
            group.insert(u);
            if full && !ids.is_empty() {
                reasons.push(WhyUnplaced::GroupCompetes {
                    startups: group.iter().copied().collect(),
                    slots: ids.iter().map(|&id| facts.slots.place[id]).collect(),
                });
            }
            if !full {
                // Room could be made, but only by moving a startup of the group to a
                // time its founder pitches another startup.
                for &w in group.iter().filter(|&&w| w != u) {
                    for why in founder_busy(w) {
                        if let WhyUnplaced::FounderBusy {
                            other_startup,
                            person,
                        } = why
                        {
                            reasons.push(WhyUnplaced::RoomNeedsFounder {
                                startup: w,
                                other_startup,
                                person,
                            });
                        }
                    }
                }
            }
        }
        reasons.sort();
        reasons.dedup();
        out.push(UnplacedStartup {
            startup: u,
            reasons,
        });
    }
    out
}
