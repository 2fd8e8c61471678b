//! Why the solver left something undone, as facts the edge words in the reader's
//! language (see `crate::problem`): never a sentence here.

/// Why a startup has no slot. Several may hold at once.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum WhyUnplaced {
    /// No session takes its track, and there is no mixed session.
    NoSessionForTrack { track: usize },
    /// Sessions take its track, but none of their slots lies inside its availability.
    NotAvailableInAnySession,
    /// `person` founded this startup and `other_startup`, which pitches at the only
    /// times this one could have had.
    FounderBusy { other_startup: usize, person: usize },
    /// Room could be made only by moving `startup` (one of those competing for this
    /// startup's slots) to a time when its founder `person` pitches `other_startup`.
    RoomNeedsFounder {
        startup: usize,
        other_startup: usize,
        person: usize,
    },
    /// These startups together can use only these `(session, slot)`s, and they are
    /// more than the slots: one of them has to go without. The group holds this
    /// startup, those placed in the slots (locked ones too), and nobody else.
    GroupCompetes {
        startups: Vec<usize>,
        slots: Vec<(usize, usize)>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UnplacedStartup {
    pub startup: usize,
    pub reasons: Vec<WhyUnplaced>,
}

/// A session with pitches whose panel stayed below its minimum, and where the
/// judges were: every judge is counted once, in the first group that keeps them out.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ShortPanel {
    pub session: usize,
    pub seated: usize,
    pub min: usize,
    /// Judges not available for the whole session (or blocked out by staff).
    pub unavailable: usize,
    /// Available, but conflicted with a startup pitching in it.
    pub conflicted: usize,
    /// Available and free of conflicts, but pitching their own startup meanwhile.
    pub pitching: usize,
    /// Available and free of conflicts, but on an overlapping panel.
    pub on_other_panels: usize,
}
