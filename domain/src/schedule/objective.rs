//! What a schedule costs: the soft goals as one weighted sum, lower is better.
//!
//! The weights say which goal gives way to which. Placing a pitch beats everything;
//! then, in the order staff asked for: change as little as possible of a schedule
//! people already know, seat judges whose thesis fits the track, keep panels per judge
//! level, give founders their preferred times, give judges their preferred sessions.
//! Startups are placed before panels are chosen, so the two halves are also reported
//! apart ([`Objective::startup_cost`], [`Objective::panel_cost`]).

use super::model::{Instance, Schedule};
use std::collections::BTreeSet;

/// Each startup left without a slot. Larger than every other cost of an edition of up
/// to 100,000 startups together, so placing one more pitch always wins: the solver
/// places as many as can be placed, and only then weighs the rest.
pub const UNPLACED: i64 = 1_000_000_000_000;
/// Each change to the current schedule: a startup moved or dropped from its slot, a
/// judge taken off a panel, a judge added to a panel that staff had already formed.
/// A startup placed for the first time, or a first panel, is not a change.
pub const CHANGE: i64 = 1_000_000;
/// Each point of thesis fit a seated judge lacks: every seat costs `FIT × (top − fit)`,
/// where `top` is the best fit any judge has with any track and `fit` the judge's fit
/// with the session (for a mixed session, their mean over the tracks of its pitches).
/// Counted as a gap, not as a reward, so an extra judge never makes a panel cheaper.
pub const FIT: i64 = 300;
/// Each panel of difference between the busiest and the idlest judge. Against
/// [`FIT`]: a judge 3.3 fit points better may sit on one panel more.
pub const LOAD_SPREAD: i64 = 1_000;
/// Each startup with preferred times pitching outside all of them, or not at all.
pub const PREFERRED_TIME: i64 = 200;
/// Each seat of a judge with preferred sessions outside them.
pub const PREFERRED_SESSION: i64 = 100;

/// A schedule's cost and its parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Objective {
    pub unplaced: usize,
    /// Startups moved or dropped from their current slot.
    pub moved: usize,
    pub preferred_time_misses: usize,
    /// Judges added to or taken off panels staff had formed.
    pub panel_changes: usize,
    /// Sum over seats of the judge's fit with the session.
    pub fit: i64,
    /// Sum over seats of `top − fit` (see [`FIT`]).
    pub fit_gap: i64,
    /// Panels of the busiest judge minus those of the idlest.
    pub load_spread: usize,
    pub preferred_session_misses: usize,
    /// `UNPLACED·unplaced + CHANGE·moved + PREFERRED_TIME·misses`.
    pub startup_cost: i64,
    /// `CHANGE·panel_changes + FIT·fit_gap + LOAD_SPREAD·spread + PREFERRED_SESSION·misses`.
    pub panel_cost: i64,
    pub total: i64,
}

/// Prices `schedule` against `instance` (its `current` schedule included). Entries
/// naming a startup, session, slot or judge that does not exist are left out.
pub fn evaluate(instance: &Instance, schedule: &Schedule) -> Objective {
    let mut o = Objective::default();
    let first_place = |s: &Schedule, startup: usize| {
        s.placements
            .iter()
            .filter(|p| p.startup == startup)
            .map(|p| (p.session, p.slot))
            .min()
    };
    for (u, startup) in instance.startups.iter().enumerate() {
        let now = first_place(schedule, u);
        let before = first_place(&instance.current, u);
        if before.is_some() && now != before {
            o.moved += 1;
        }
        let Some((session, slot)) = now else {
            o.unplaced += 1;
            o.preferred_time_misses += usize::from(!startup.preferred.is_empty());
            continue;
        };
        let Some(w) = instance
            .sessions
            .get(session)
            .and_then(|s| s.slots.get(slot))
        else {
            continue;
        };
        if !startup.preferred.is_empty()
            && !startup
                .preferred
                .iter()
                .any(|p| p.starts_at <= w.starts_at && w.ends_at <= p.ends_at)
        {
            o.preferred_time_misses += 1;
        }
    }

    let seats = |s: &Schedule| -> BTreeSet<(usize, usize)> {
        s.seats
            .iter()
            .filter(|t| t.judge < instance.judges.len() && t.session < instance.sessions.len())
            .map(|t| (t.judge, t.session))
            .collect()
    };
    let now = seats(schedule);
    let before = seats(&instance.current);
    let formed: BTreeSet<usize> = before.iter().map(|&(_, s)| s).collect();
    o.panel_changes = before.difference(&now).count()
        + now
            .difference(&before)
            .filter(|(_, s)| formed.contains(s))
            .count();

    let mut tracks_in: Vec<Vec<usize>> = vec![Vec::new(); instance.sessions.len()];
    for p in &schedule.placements {
        if let (Some(list), Some(u)) = (
            tracks_in.get_mut(p.session),
            instance.startups.get(p.startup),
        ) {
            list.push(u.track);
        }
    }
    let top = top_fit(instance);
    let mut load = vec![0usize; instance.judges.len()];
    for &(j, s) in &now {
        let judge = &instance.judges[j];
        load[j] += 1;
        let fit = session_fit(judge, instance.sessions[s].track, &tracks_in[s]);
        o.fit += fit;
        o.fit_gap += top - fit;
        if !judge.preferred_sessions.is_empty() && !judge.preferred_sessions.contains(&s) {
            o.preferred_session_misses += 1;
        }
    }
    o.load_spread = match (load.iter().max(), load.iter().min()) {
        (Some(max), Some(min)) => max - min,
        _ => 0,
    };

    o.startup_cost = UNPLACED * o.unplaced as i64
        + CHANGE * o.moved as i64
        + PREFERRED_TIME * o.preferred_time_misses as i64;
    o.panel_cost = CHANGE * o.panel_changes as i64
        + FIT * o.fit_gap
        + LOAD_SPREAD * o.load_spread as i64
        + PREFERRED_SESSION * o.preferred_session_misses as i64;
    o.total = o.startup_cost + o.panel_cost;
    o
}

/// The best fit any judge has with any track (0 when none is positive).
pub fn top_fit(instance: &Instance) -> i64 {
    instance
        .judges
        .iter()
        .flat_map(|j| j.fit.iter())
        .copied()
        .max()
        .map_or(0, |f| i64::from(f.max(0)))
}

/// A judge's fit with a session: with its track, or for a mixed session the mean
/// (rounded down) over the tracks of the pitches it hears, 0 when it hears none.
pub fn session_fit(
    judge: &super::model::Judge,
    track: Option<usize>,
    pitch_tracks: &[usize],
) -> i64 {
    match track {
        Some(t) => i64::from(judge.fit_with(t)),
        None if pitch_tracks.is_empty() => 0,
        None => {
            let sum: i64 = pitch_tracks
                .iter()
                .map(|&t| i64::from(judge.fit_with(t)))
                .sum();
            sum.div_euclid(pitch_tracks.len() as i64)
        }
    }
}
