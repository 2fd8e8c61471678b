use crate::submission::Window;

/// One side of a meeting: an investor, or a startup (its founders together).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Party {
    /// Times this party cannot meet: their pitch slot and panels, times they blocked.
    pub busy: Vec<Window>,
    /// Most meetings this party may have (the edition's quota). `None`: no quota.
    pub max_meetings: Option<usize>,
}

/// An accepted meeting request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub investor: usize,
    pub startup: usize,
    /// How much the meeting is worth (mutual interest); higher first. Never negative.
    pub weight: i64,
}

/// A request placed at a table in a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Meeting {
    pub request: usize,
    pub slot: usize,
    pub table: usize,
    /// Staff fixed it: a re-run keeps it exactly where it is.
    pub locked: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Instance {
    /// Meeting times, in time order within a block; slots of different blocks may
    /// overlap in time only if staff made them so (the rules compare times, not indices).
    pub slots: Vec<Window>,
    pub tables: usize,
    pub investors: Vec<Party>,
    pub startups: Vec<Party>,
    pub requests: Vec<Request>,
    /// The schedule as it stands: a re-run keeps what it can of it.
    pub current: Vec<Meeting>,
}
