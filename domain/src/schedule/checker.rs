//! The checker: every hard rule of a schedule, written out plainly and apart from
//! the solver (it shares none of the solver's helpers), so a solver bug cannot hide
//! behind the same bug here. The editor calls it on every edit: it is linear in the
//! schedule apart from pairs of one founder's startups and of one judge's seats, and
//! it never panics, whatever the schedule says (an index that does not exist is a
//! [`Breach`], not a crash).

use super::model::{Instance, Schedule};
use crate::submission::Window;
use std::collections::{BTreeMap, BTreeSet};

/// The kinds of rules, so staff can set a level per kind: publishing blocked, a
/// warning, or nothing. Hard rules block by default, soft ones warn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// Entries name startups, sessions, slots and judges that exist, once each.
    WellFormed,
    OncePerStartup,
    OneStartupPerSlot,
    StartupAvailability,
    Track,
    JudgeOverlap,
    FounderOverlap,
    /// A judge pitching their own startup while their panel sits.
    JudgePitching,
    JudgeAvailability,
    Conflict,
    PanelSize,
    Locked,
    // Soft.
    Unplaced,
    PreferredTime,
    PreferredSession,
    JudgeLoad,
}

/// What staff chose to do about a kind of rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    BlockPublishing,
    Warn,
    Ignore,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::BlockPublishing, Level::Warn, Level::Ignore];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::BlockPublishing => "block",
            Level::Warn => "warn",
            Level::Ignore => "ignore",
        }
    }
}

crate::code::coded!(Level, Level::ALL);

impl Rule {
    pub const ALL: [Rule; 16] = [
        Rule::WellFormed,
        Rule::OncePerStartup,
        Rule::OneStartupPerSlot,
        Rule::StartupAvailability,
        Rule::Track,
        Rule::JudgeOverlap,
        Rule::FounderOverlap,
        Rule::JudgePitching,
        Rule::JudgeAvailability,
        Rule::Conflict,
        Rule::PanelSize,
        Rule::Locked,
        Rule::Unplaced,
        Rule::PreferredTime,
        Rule::PreferredSession,
        Rule::JudgeLoad,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::WellFormed => "well_formed",
            Rule::OncePerStartup => "once_per_startup",
            Rule::OneStartupPerSlot => "one_startup_per_slot",
            Rule::StartupAvailability => "startup_availability",
            Rule::Track => "track",
            Rule::JudgeOverlap => "judge_overlap",
            Rule::FounderOverlap => "founder_overlap",
            Rule::JudgePitching => "judge_pitching",
            Rule::JudgeAvailability => "judge_availability",
            Rule::Conflict => "conflict",
            Rule::PanelSize => "panel_size",
            Rule::Locked => "locked",
            Rule::Unplaced => "unplaced",
            Rule::PreferredTime => "preferred_time",
            Rule::PreferredSession => "preferred_session",
            Rule::JudgeLoad => "judge_load",
        }
    }

    /// The soft rules, whose level staff choose.
    pub const SOFT: [Rule; 4] = [
        Rule::Unplaced,
        Rule::PreferredTime,
        Rule::PreferredSession,
        Rule::JudgeLoad,
    ];

    /// Hard rules are the ones the solver never breaks by itself.
    pub fn is_hard(self) -> bool {
        !matches!(
            self,
            Rule::Unplaced | Rule::PreferredTime | Rule::PreferredSession | Rule::JudgeLoad
        )
    }

    pub fn default_level(self) -> Level {
        if self.is_hard() {
            Level::BlockPublishing
        } else {
            Level::Warn
        }
    }
}

crate::code::coded!(Rule, Rule::ALL);

/// A hard rule broken, with the indices involved.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Breach {
    NoSuchStartup {
        startup: usize,
    },
    NoSuchSession {
        session: usize,
    },
    NoSuchSlot {
        session: usize,
        slot: usize,
    },
    NoSuchJudge {
        judge: usize,
    },
    SeatedTwice {
        judge: usize,
        session: usize,
    },
    PlacedTwice {
        startup: usize,
        places: Vec<(usize, usize)>,
    },
    SlotShared {
        session: usize,
        slot: usize,
        startups: Vec<usize>,
    },
    OutsideAvailability {
        startup: usize,
        session: usize,
        slot: usize,
    },
    /// A slot for a startup whose team declined to pitch.
    TeamDeclined {
        startup: usize,
        session: usize,
        slot: usize,
    },
    /// A slot during a time staff blocked one of the startup's founders out.
    StartupBlockedOut {
        startup: usize,
        session: usize,
        slot: usize,
    },
    WrongTrack {
        startup: usize,
        session: usize,
    },
    JudgeOverlap {
        judge: usize,
        sessions: (usize, usize),
    },
    FounderOverlap {
        person: usize,
        startups: (usize, usize),
    },
    JudgePitching {
        judge: usize,
        session: usize,
        startup: usize,
    },
    JudgeUnavailable {
        judge: usize,
        session: usize,
    },
    JudgeBlockedOut {
        judge: usize,
        session: usize,
    },
    ConflictOnPanel {
        judge: usize,
        session: usize,
        startup: usize,
    },
    PanelTooSmall {
        session: usize,
        seated: usize,
        min: usize,
    },
    PanelTooLarge {
        session: usize,
        seated: usize,
        max: usize,
    },
    LockedPlacementMoved {
        startup: usize,
        session: usize,
        slot: usize,
    },
    LockedSeatDropped {
        judge: usize,
        session: usize,
    },
}

impl Breach {
    /// The startups this breach is about (none for a panel's or a judge's own breach):
    /// the editor marks their cells.
    pub fn startups(&self) -> Vec<usize> {
        match self {
            Breach::PlacedTwice { startup, .. }
            | Breach::OutsideAvailability { startup, .. }
            | Breach::StartupBlockedOut { startup, .. }
            | Breach::TeamDeclined { startup, .. }
            | Breach::WrongTrack { startup, .. }
            | Breach::JudgePitching { startup, .. }
            | Breach::ConflictOnPanel { startup, .. }
            | Breach::LockedPlacementMoved { startup, .. }
            | Breach::NoSuchStartup { startup } => vec![*startup],
            Breach::SlotShared { startups, .. } => startups.clone(),
            Breach::FounderOverlap { startups, .. } => vec![startups.0, startups.1],
            Breach::NoSuchSession { .. }
            | Breach::NoSuchSlot { .. }
            | Breach::NoSuchJudge { .. }
            | Breach::SeatedTwice { .. }
            | Breach::JudgeOverlap { .. }
            | Breach::JudgeUnavailable { .. }
            | Breach::JudgeBlockedOut { .. }
            | Breach::PanelTooSmall { .. }
            | Breach::PanelTooLarge { .. }
            | Breach::LockedSeatDropped { .. } => Vec::new(),
        }
    }

    pub fn rule(&self) -> Rule {
        match self {
            Breach::NoSuchStartup { .. }
            | Breach::NoSuchSession { .. }
            | Breach::NoSuchSlot { .. }
            | Breach::NoSuchJudge { .. }
            | Breach::SeatedTwice { .. } => Rule::WellFormed,
            Breach::PlacedTwice { .. } => Rule::OncePerStartup,
            Breach::SlotShared { .. } => Rule::OneStartupPerSlot,
            Breach::OutsideAvailability { .. }
            | Breach::StartupBlockedOut { .. }
            | Breach::TeamDeclined { .. } => Rule::StartupAvailability,
            Breach::WrongTrack { .. } => Rule::Track,
            Breach::JudgeOverlap { .. } => Rule::JudgeOverlap,
            Breach::FounderOverlap { .. } => Rule::FounderOverlap,
            Breach::JudgePitching { .. } => Rule::JudgePitching,
            Breach::JudgeUnavailable { .. } | Breach::JudgeBlockedOut { .. } => {
                Rule::JudgeAvailability
            }
            Breach::ConflictOnPanel { .. } => Rule::Conflict,
            Breach::PanelTooSmall { .. } | Breach::PanelTooLarge { .. } => Rule::PanelSize,
            Breach::LockedPlacementMoved { .. } | Breach::LockedSeatDropped { .. } => Rule::Locked,
        }
    }
}

/// A soft goal missed: worth a look, never a reason to refuse to publish by default.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Warning {
    Unplaced {
        startup: usize,
    },
    OutsidePreferredTime {
        startup: usize,
        session: usize,
        slot: usize,
    },
    NotPreferredSession {
        judge: usize,
        session: usize,
    },
    /// Panels per judge range from `min` to `max`: more than one apart.
    UnevenLoad {
        min: usize,
        max: usize,
    },
}

impl Warning {
    /// The placed startup this warning is about, if any (an unplaced one has no cell).
    pub fn placed_startup(&self) -> Option<usize> {
        match self {
            Warning::OutsidePreferredTime { startup, .. } => Some(*startup),
            Warning::Unplaced { .. }
            | Warning::NotPreferredSession { .. }
            | Warning::UnevenLoad { .. } => None,
        }
    }

    pub fn rule(&self) -> Rule {
        match self {
            Warning::Unplaced { .. } => Rule::Unplaced,
            Warning::OutsidePreferredTime { .. } => Rule::PreferredTime,
            Warning::NotPreferredSession { .. } => Rule::PreferredSession,
            Warning::UnevenLoad { .. } => Rule::JudgeLoad,
        }
    }
}

/// Does `a` share any moment with `b`? (Touching ends do not.)
fn times_meet(a: &Window, b: &Window) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

/// Is `inner` wholly within `outer`?
fn within(inner: &Window, outer: &Window) -> bool {
    outer.starts_at <= inner.starts_at && inner.ends_at <= outer.ends_at
}

/// Every hard rule `schedule` breaks, sorted.
pub fn check(instance: &Instance, schedule: &Schedule) -> Vec<Breach> {
    let mut out = Vec::new();
    let sessions = &instance.sessions;
    let startups = &instance.startups;
    let judges = &instance.judges;

    // Placements that name things that exist; the rest are breaches themselves.
    let mut places: Vec<(usize, usize, usize, Window)> = Vec::new();
    for p in &schedule.placements {
        let mut ok = true;
        if p.startup >= startups.len() {
            out.push(Breach::NoSuchStartup { startup: p.startup });
            ok = false;
        }
        match sessions.get(p.session) {
            None => {
                out.push(Breach::NoSuchSession { session: p.session });
                ok = false;
            }
            Some(s) if p.slot >= s.slots.len() => {
                out.push(Breach::NoSuchSlot {
                    session: p.session,
                    slot: p.slot,
                });
                ok = false;
            }
            Some(_) => {}
        }
        if ok {
            places.push((
                p.startup,
                p.session,
                p.slot,
                sessions[p.session].slots[p.slot],
            ));
        }
    }
    places.sort_by_key(|&(u, s, k, _)| (u, s, k));

    // A startup pitches once; a slot holds one startup.
    let mut by_startup: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    let mut by_slot: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for &(u, s, k, _) in &places {
        by_startup.entry(u).or_default().push((s, k));
        by_slot.entry((s, k)).or_default().push(u);
    }
    for (&startup, list) in &by_startup {
        if list.len() > 1 {
            out.push(Breach::PlacedTwice {
                startup,
                places: list.clone(),
            });
        }
    }
    for (&(session, slot), list) in &by_slot {
        if list.len() > 1 {
            out.push(Breach::SlotShared {
                session,
                slot,
                startups: list.clone(),
            });
        }
    }

    // Inside the startup's availability; in a session of its track.
    for &(u, s, k, w) in &places {
        let startup = &startups[u];
        if !startup.availability.is_empty() && !startup.availability.iter().any(|a| within(&w, a)) {
            out.push(Breach::OutsideAvailability {
                startup: u,
                session: s,
                slot: k,
            });
        }
        if startup.declined {
            out.push(Breach::TeamDeclined {
                startup: u,
                session: s,
                slot: k,
            });
        }
        if startup.blocked.iter().any(|b| times_meet(b, &w)) {
            out.push(Breach::StartupBlockedOut {
                startup: u,
                session: s,
                slot: k,
            });
        }
        if let Some(t) = sessions[s].track {
            if t != startup.track {
                out.push(Breach::WrongTrack {
                    startup: u,
                    session: s,
                });
            }
        }
    }

    // A founder pitches one startup at a time.
    let mut pitches_of: BTreeMap<usize, Vec<(usize, Window)>> = BTreeMap::new();
    for &(u, _, _, w) in &places {
        let mut founders = startups[u].founders.clone();
        founders.sort_unstable();
        founders.dedup();
        for person in founders {
            pitches_of.entry(person).or_default().push((u, w));
        }
    }
    for (&person, list) in &pitches_of {
        let mut pairs = BTreeSet::new();
        for (i, &(a, wa)) in list.iter().enumerate() {
            for &(b, wb) in &list[i + 1..] {
                if a != b && times_meet(&wa, &wb) {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
        for startups in pairs {
            out.push(Breach::FounderOverlap { person, startups });
        }
    }

    // Seats that name things that exist, once each.
    let mut seated: BTreeSet<(usize, usize)> = BTreeSet::new();
    for t in &schedule.seats {
        let mut ok = true;
        if t.judge >= judges.len() {
            out.push(Breach::NoSuchJudge { judge: t.judge });
            ok = false;
        }
        if t.session >= sessions.len() {
            out.push(Breach::NoSuchSession { session: t.session });
            ok = false;
        }
        if ok && !seated.insert((t.judge, t.session)) {
            out.push(Breach::SeatedTwice {
                judge: t.judge,
                session: t.session,
            });
        }
    }

    // A judge sits on one panel at a time, for the whole of it, when available.
    let mut sessions_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(j, s) in &seated {
        sessions_of.entry(j).or_default().push(s);
        let judge = &judges[j];
        let span = &sessions[s].span;
        if !judge.availability.is_empty() && !judge.availability.iter().any(|a| within(span, a)) {
            out.push(Breach::JudgeUnavailable {
                judge: j,
                session: s,
            });
        }
        if judge.blocked.iter().any(|b| times_meet(b, span)) {
            out.push(Breach::JudgeBlockedOut {
                judge: j,
                session: s,
            });
        }
        // Not while pitching their own startup.
        if let Some(own) = pitches_of.get(&judge.person) {
            let mut startups_then: Vec<usize> = own
                .iter()
                .filter(|(_, w)| times_meet(w, span))
                .map(|&(u, _)| u)
                .collect();
            startups_then.sort_unstable();
            startups_then.dedup();
            for startup in startups_then {
                out.push(Breach::JudgePitching {
                    judge: j,
                    session: s,
                    startup,
                });
            }
        }
    }
    for (&judge, list) in &sessions_of {
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                if times_meet(&sessions[a].span, &sessions[b].span) {
                    out.push(Breach::JudgeOverlap {
                        judge,
                        sessions: (a, b),
                    });
                }
            }
        }
    }

    // Never a conflicted judge on a panel hearing that startup.
    let conflicts: BTreeSet<(usize, usize)> = instance.conflicts.iter().copied().collect();
    for &(j, u) in &conflicts {
        if let Some(list) = by_startup.get(&u) {
            let mut heard_in: Vec<usize> = list.iter().map(|&(s, _)| s).collect();
            heard_in.dedup();
            for s in heard_in {
                if seated.contains(&(j, s)) {
                    out.push(Breach::ConflictOnPanel {
                        judge: j,
                        session: s,
                        startup: u,
                    });
                }
            }
        }
    }

    // Panel sizes: at least the minimum where startups pitch, never over the maximum.
    let mut panel = vec![0usize; sessions.len()];
    for &(_, s) in &seated {
        panel[s] += 1;
    }
    let mut has_pitches = vec![false; sessions.len()];
    for &(_, s, _, _) in &places {
        has_pitches[s] = true;
    }
    for (s, session) in sessions.iter().enumerate() {
        if has_pitches[s] && panel[s] < session.panel_min {
            out.push(Breach::PanelTooSmall {
                session: s,
                seated: panel[s],
                min: session.panel_min,
            });
        }
        if panel[s] > session.panel_max {
            out.push(Breach::PanelTooLarge {
                session: s,
                seated: panel[s],
                max: session.panel_max,
            });
        }
    }

    // What staff locked is still there.
    let all_places: BTreeSet<(usize, usize, usize)> = schedule
        .placements
        .iter()
        .map(|p| (p.startup, p.session, p.slot))
        .collect();
    let all_seats: BTreeSet<(usize, usize)> = schedule
        .seats
        .iter()
        .map(|t| (t.judge, t.session))
        .collect();
    for p in instance.current.placements.iter().filter(|p| p.locked) {
        if !all_places.contains(&(p.startup, p.session, p.slot)) {
            out.push(Breach::LockedPlacementMoved {
                startup: p.startup,
                session: p.session,
                slot: p.slot,
            });
        }
    }
    for t in instance.current.seats.iter().filter(|t| t.locked) {
        if !all_seats.contains(&(t.judge, t.session)) {
            out.push(Breach::LockedSeatDropped {
                judge: t.judge,
                session: t.session,
            });
        }
    }

    out.sort();
    out.dedup();
    out
}

/// Every soft goal `schedule` misses, sorted.
pub fn warnings(instance: &Instance, schedule: &Schedule) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut placed = vec![false; instance.startups.len()];
    for p in &schedule.placements {
        let Some(startup) = instance.startups.get(p.startup) else {
            continue;
        };
        placed[p.startup] = true;
        let Some(w) = instance
            .sessions
            .get(p.session)
            .and_then(|s| s.slots.get(p.slot))
        else {
            continue;
        };
        if !startup.preferred.is_empty() && !startup.preferred.iter().any(|a| within(w, a)) {
            out.push(Warning::OutsidePreferredTime {
                startup: p.startup,
                session: p.session,
                slot: p.slot,
            });
        }
    }
    // A team that declined is meant to be without a slot.
    for (startup, _) in placed
        .iter()
        .enumerate()
        .filter(|&(u, p)| !*p && !instance.startups[u].declined)
    {
        out.push(Warning::Unplaced { startup });
    }
    let seats: BTreeSet<(usize, usize)> = schedule
        .seats
        .iter()
        .filter(|t| t.judge < instance.judges.len() && t.session < instance.sessions.len())
        .map(|t| (t.judge, t.session))
        .collect();
    let mut load = vec![0usize; instance.judges.len()];
    for &(j, s) in &seats {
        load[j] += 1;
        let wishes = &instance.judges[j].preferred_sessions;
        if !wishes.is_empty() && !wishes.contains(&s) {
            out.push(Warning::NotPreferredSession {
                judge: j,
                session: s,
            });
        }
    }
    if let (Some(&max), Some(&min)) = (load.iter().max(), load.iter().min()) {
        if max > min + 1 {
            out.push(Warning::UnevenLoad { min, max });
        }
    }
    out.sort();
    out
}
