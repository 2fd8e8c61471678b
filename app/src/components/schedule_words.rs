//! The schedule's facts (breaches, warnings, changes, why a startup has no slot) in the
//! reader's language, with the names the board carries for each index.

use crate::components::problems::schedule_rule;
use crate::lang::t;
use domain::lang::Lang;
use domain::schedule::{Breach, Change, ShortPanel, Warning, WhyUnplaced};
use wire::ScheduleBoard;

/// Names by index, "?" for an index the board does not have (never shown by a sound
/// draft, but a wording must not panic).
pub struct Names<'a> {
    board: &'a ScheduleBoard,
    lang: Lang,
}

impl<'a> Names<'a> {
    pub fn new(board: &'a ScheduleBoard, lang: Lang) -> Self {
        Names { board, lang }
    }

    pub fn startup(&self, i: usize) -> String {
        self.board
            .pitches
            .get(i)
            .map(|p| p.startup.clone())
            .unwrap_or_else(|| "?".into())
    }

    pub fn judge(&self, i: usize) -> String {
        self.board
            .judges
            .get(i)
            .map(|j| j.name.clone())
            .unwrap_or_else(|| "?".into())
    }

    pub fn session(&self, i: usize) -> String {
        self.board
            .sessions
            .get(i)
            .map(|s| s.title.clone())
            .unwrap_or_else(|| "?".into())
    }

    /// "Fintech I, 09:15".
    pub fn slot(&self, session: usize, slot: usize) -> String {
        let time = self
            .board
            .sessions
            .get(session)
            .and_then(|s| s.slots.get(slot))
            .map(|s| s.starts.clone())
            .unwrap_or_else(|| "?".into());
        t!(
            self.lang,
            "schedule-slot-at",
            session = self.session(session),
            time = time
        )
    }

    fn list(&self, names: impl IntoIterator<Item = String>) -> String {
        let comma = match self.lang {
            Lang::En => ", ",
            Lang::Zh => "、",
        };
        names.into_iter().collect::<Vec<_>>().join(comma)
    }
}

pub fn breach(n: &Names<'_>, b: &Breach) -> String {
    let lang = n.lang;
    match b {
        Breach::NoSuchStartup { .. }
        | Breach::NoSuchSession { .. }
        | Breach::NoSuchSlot { .. }
        | Breach::NoSuchJudge { .. } => t!(lang, "schedule-breach-stale"),
        Breach::SeatedTwice { judge, session } => t!(
            lang,
            "schedule-breach-seated-twice",
            judge = n.judge(*judge),
            session = n.session(*session)
        ),
        Breach::PlacedTwice { startup, .. } => {
            t!(
                lang,
                "schedule-breach-placed-twice",
                startup = n.startup(*startup)
            )
        }
        Breach::SlotShared {
            session,
            slot,
            startups,
        } => t!(
            lang,
            "schedule-breach-slot-shared",
            slot = n.slot(*session, *slot),
            startups = n.list(startups.iter().map(|&s| n.startup(s)))
        ),
        Breach::OutsideAvailability {
            startup,
            session,
            slot,
        } => t!(
            lang,
            "schedule-breach-outside-availability",
            startup = n.startup(*startup),
            slot = n.slot(*session, *slot)
        ),
        Breach::TeamDeclined {
            startup,
            session,
            slot,
        } => t!(
            lang,
            "schedule-breach-team-declined",
            startup = n.startup(*startup),
            slot = n.slot(*session, *slot)
        ),
        Breach::StartupBlockedOut {
            startup,
            session,
            slot,
        } => t!(
            lang,
            "schedule-breach-startup-blocked",
            startup = n.startup(*startup),
            slot = n.slot(*session, *slot)
        ),
        Breach::WrongTrack { startup, session } => t!(
            lang,
            "schedule-breach-wrong-track",
            startup = n.startup(*startup),
            session = n.session(*session)
        ),
        Breach::JudgeOverlap { judge, sessions } => t!(
            lang,
            "schedule-breach-judge-overlap",
            judge = n.judge(*judge),
            first = n.session(sessions.0),
            second = n.session(sessions.1)
        ),
        Breach::FounderOverlap { startups, .. } => t!(
            lang,
            "schedule-breach-founder-overlap",
            first = n.startup(startups.0),
            second = n.startup(startups.1)
        ),
        Breach::JudgePitching {
            judge,
            session,
            startup,
        } => t!(
            lang,
            "schedule-breach-judge-pitching",
            judge = n.judge(*judge),
            session = n.session(*session),
            startup = n.startup(*startup)
        ),
        Breach::JudgeUnavailable { judge, session } => t!(
            lang,
            "schedule-breach-judge-unavailable",
            judge = n.judge(*judge),
            session = n.session(*session)
        ),
        Breach::JudgeBlockedOut { judge, session } => t!(
            lang,
            "schedule-breach-judge-blocked",
            judge = n.judge(*judge),
            session = n.session(*session)
        ),
        Breach::ConflictOnPanel {
            judge,
            session,
            startup,
        } => t!(
            lang,
            "schedule-breach-conflict",
            judge = n.judge(*judge),
            session = n.session(*session),
            startup = n.startup(*startup)
        ),
        Breach::PanelTooSmall {
            session,
            seated,
            min,
        } => t!(
            lang,
            "schedule-breach-panel-small",
            session = n.session(*session),
            seated = (*seated),
            min = (*min)
        ),
        Breach::PanelTooLarge {
            session,
            seated,
            max,
        } => t!(
            lang,
            "schedule-breach-panel-large",
            session = n.session(*session),
            seated = (*seated),
            max = (*max)
        ),
        Breach::LockedPlacementMoved { startup, .. } => {
            t!(
                lang,
                "schedule-breach-locked-moved",
                startup = n.startup(*startup)
            )
        }
        Breach::LockedSeatDropped { judge, session } => t!(
            lang,
            "schedule-breach-locked-seat",
            judge = n.judge(*judge),
            session = n.session(*session)
        ),
    }
}

pub fn warning(n: &Names<'_>, w: &Warning) -> String {
    let lang = n.lang;
    match w {
        Warning::Unplaced { startup } => {
            t!(
                lang,
                "schedule-warning-unplaced",
                startup = n.startup(*startup)
            )
        }
        Warning::OutsidePreferredTime {
            startup,
            session,
            slot,
        } => t!(
            lang,
            "schedule-warning-preferred-time",
            startup = n.startup(*startup),
            slot = n.slot(*session, *slot)
        ),
        Warning::NotPreferredSession { judge, session } => t!(
            lang,
            "schedule-warning-preferred-session",
            judge = n.judge(*judge),
            session = n.session(*session)
        ),
        Warning::UnevenLoad { min, max } => t!(
            lang,
            "schedule-warning-uneven-load",
            min = (*min),
            max = (*max)
        ),
    }
}

pub fn change(n: &Names<'_>, c: &Change) -> String {
    let lang = n.lang;
    match c {
        Change::Placed { startup, to } => t!(
            lang,
            "schedule-change-placed",
            startup = n.startup(*startup),
            slot = n.slot(to.0, to.1)
        ),
        Change::Moved { startup, from, to } => t!(
            lang,
            "schedule-change-moved",
            startup = n.startup(*startup),
            from = n.slot(from.0, from.1),
            to = n.slot(to.0, to.1)
        ),
        Change::Unplaced { startup, from } => t!(
            lang,
            "schedule-change-unplaced",
            startup = n.startup(*startup),
            from = n.slot(from.0, from.1)
        ),
        Change::JudgeAdded { judge, session } => t!(
            lang,
            "schedule-change-judge-added",
            judge = n.judge(*judge),
            session = n.session(*session)
        ),
        Change::JudgeRemoved { judge, session } => t!(
            lang,
            "schedule-change-judge-removed",
            judge = n.judge(*judge),
            session = n.session(*session)
        ),
    }
}

/// Why a startup stayed without a slot, one reason.
pub fn why_unplaced(n: &Names<'_>, why: &WhyUnplaced) -> String {
    let lang = n.lang;
    match why {
        WhyUnplaced::NoSessionForTrack { track } => t!(
            lang,
            "schedule-why-no-session",
            track = n
                .board
                .tracks
                .get(*track)
                .cloned()
                .unwrap_or_else(|| "?".into())
        ),
        WhyUnplaced::NotAvailableInAnySession => t!(lang, "schedule-why-not-available"),
        WhyUnplaced::FounderBusy { other_startup, .. } => t!(
            lang,
            "schedule-why-founder-busy",
            other = n.startup(*other_startup)
        ),
        WhyUnplaced::RoomNeedsFounder {
            startup,
            other_startup,
            ..
        } => t!(
            lang,
            "schedule-why-room-needs-founder",
            startup = n.startup(*startup),
            other = n.startup(*other_startup)
        ),
        WhyUnplaced::GroupCompetes { startups, slots } => t!(
            lang,
            "schedule-why-group",
            count = startups.len(),
            startups = n.list(startups.iter().map(|&s| n.startup(s))),
            slots = slots.len(),
            places = n.list(slots.iter().map(|&(s, k)| n.slot(s, k)))
        ),
    }
}

/// Where the judges of a short panel were.
pub fn short_panel(n: &Names<'_>, p: &ShortPanel) -> String {
    t!(
        n.lang,
        "schedule-short-panel",
        session = n.session(p.session),
        seated = p.seated,
        min = p.min,
        unavailable = p.unavailable,
        conflicted = p.conflicted,
        pitching = p.pitching,
        busy = p.on_other_panels
    )
}

/// The rule a breach breaks, for grouping.
pub fn rule_of(lang: Lang, b: &Breach) -> String {
    schedule_rule(lang, b.rule())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use uuid::Uuid;
    use wire::{BoardJudge, BoardPitch, BoardSession, BoardSlot};

    fn board() -> ScheduleBoard {
        ScheduleBoard {
            edition_id: Uuid::nil(),
            edition_name: "GSIC".into(),
            time_zone: "Asia/Shanghai".into(),
            tracks: vec!["Fintech".into()],
            pitches: vec![
                BoardPitch {
                    submission_id: Uuid::nil(),
                    startup: "Kestrel Pay".into(),
                    track: "Fintech".into(),
                },
                BoardPitch {
                    submission_id: Uuid::nil(),
                    startup: "潮汐电网".into(),
                    track: "Fintech".into(),
                },
            ],
            judges: vec![BoardJudge {
                investor_id: Uuid::nil(),
                name: "Ann Lee".into(),
            }],
            sessions: vec![BoardSession {
                id: Uuid::nil(),
                title: "Fintech I".into(),
                track: Some("Fintech".into()),
                room: "Hall A".into(),
                day: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap_or_default(),
                starts: "09:00".into(),
                ends: "10:30".into(),
                panel_min: 3,
                panel_max: 5,
                slots: vec![BoardSlot {
                    starts: "09:00".into(),
                    ends: "09:12".into(),
                    pitch: Some(0),
                    locked: false,
                }],
                panel: vec![],
            }],
            unplaced: vec![1],
            breaches: vec![],
            warnings: vec![],
            proposal: None,
            versions: vec![],
            blocked: vec![],
            founders: vec![],
            levels: vec![],
        }
    }

    #[test]
    fn facts_read_with_names_in_both_languages() {
        let b = board();
        let why = WhyUnplaced::GroupCompetes {
            startups: vec![0, 1],
            slots: vec![(0, 0)],
        };
        assert_eq!(
            why_unplaced(&Names::new(&b, Lang::En), &why),
            "Kestrel Pay, 潮汐电网 (2 startups) can only use Fintech I, 09:00 (1 slot), which cannot hold them all."
        );
        assert_eq!(
            why_unplaced(&Names::new(&b, Lang::Zh), &why),
            "Kestrel Pay、潮汐电网（2 个项目）只能使用 Fintech I 09:00（1 个时段），容纳不下全部。"
        );
        let conflict = Breach::ConflictOnPanel {
            judge: 0,
            session: 0,
            startup: 0,
        };
        assert_eq!(
            breach(&Names::new(&b, Lang::En), &conflict),
            "Ann Lee is on the panel of Fintech I but has a conflict of interest with Kestrel Pay."
        );
        // An index the board does not have reads as "?", never a panic.
        let stale = Change::Moved {
            startup: 9,
            from: (0, 0),
            to: (5, 5),
        };
        assert!(change(&Names::new(&b, Lang::En), &stale).contains('?'));
    }
}
