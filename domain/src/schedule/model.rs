//! The facts a schedule is made from, by index: sessions `0..S`, startups `0..N` (the
//! accepted pitches), judges `0..J`. The backend maps its rows to these indices and
//! back; nothing here knows a database id.

use crate::submission::Window;

/// A pitch round: a room at a time, cut into slots of one pitch each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// When the session runs; a judge must be free for all of it.
    pub span: Window,
    /// The only track it takes; `None` is a mixed session that takes any track.
    pub track: Option<usize>,
    /// The slots, as the backend cut them from the slot pattern.
    pub slots: Vec<Window>,
    /// Fewest judges a session with pitches must have.
    pub panel_min: usize,
    /// Most judges it may have.
    pub panel_max: usize,
}

/// An accepted pitch waiting for a slot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Startup {
    pub track: usize,
    /// Person ids of the founders who pitch: the same person may found two startups,
    /// and a judge may be a founder (judges carry the same person ids).
    pub founders: Vec<usize>,
    /// When the team can pitch; a slot must lie inside one window. Empty: any time.
    pub availability: Vec<Window>,
    /// When the team would rather pitch (a wish, not a rule). Empty: no wish.
    pub preferred: Vec<Window>,
    /// Times staff blocked one of its founders out: never a slot then.
    pub blocked: Vec<Window>,
    /// The team declined to pitch: it takes no slot (a placement kept from before the
    /// answer is a hard-rule breach until staff take it out).
    pub declined: bool,
}

/// A judge who may sit on panels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Judge {
    /// Person id, in the founders' id space.
    pub person: usize,
    /// When the judge can sit; a session must lie inside one window. Empty: any time.
    pub availability: Vec<Window>,
    /// Times staff blocked out (a talk to give, a flight): never on a panel then.
    pub blocked: Vec<Window>,
    /// Sessions the judge asked for (a wish). Empty: no wish.
    pub preferred_sessions: Vec<usize>,
    /// Thesis fit per track index, higher is better; a missing track counts 0.
    pub fit: Vec<i32>,
}

impl Judge {
    /// Fit with `track`, 0 when the judge gave none.
    pub fn fit_with(&self, track: usize) -> i32 {
        self.fit.get(track).copied().unwrap_or(0)
    }
}

/// A startup in a slot: `slot` indexes `sessions[session].slots`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Placement {
    pub startup: usize,
    pub session: usize,
    pub slot: usize,
    /// Staff fixed it: a re-solve keeps it exactly where it is.
    pub locked: bool,
}

/// A judge on a session's panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Seat {
    pub judge: usize,
    pub session: usize,
    /// Staff fixed it: a re-solve keeps it.
    pub locked: bool,
}

/// Who pitches where and who judges which session. A startup absent from
/// `placements` is unplaced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    pub placements: Vec<Placement>,
    pub seats: Vec<Seat>,
}

impl Schedule {
    /// Placements and seats in index order, so equal schedules compare equal.
    pub fn sorted(mut self) -> Schedule {
        self.placements.sort();
        self.seats.sort();
        self
    }
}

/// Everything the solver and the checker read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Instance {
    pub sessions: Vec<Session>,
    pub startups: Vec<Startup>,
    pub judges: Vec<Judge>,
    /// `(judge, startup)`: the judge never sits on a panel that hears this startup.
    pub conflicts: Vec<(usize, usize)>,
    /// The schedule as it stands (empty before the first solve): a re-solve changes
    /// as little of it as it can and never moves what is locked.
    pub current: Schedule,
}
