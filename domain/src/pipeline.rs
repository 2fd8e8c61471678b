//! The investor pipeline: a board of cards (one startup each) per firm, with a stage
//! (sourced → met → due diligence → term sheet → invested) and, apart from it, a
//! status: a *passed* card keeps the stage it died at, so the funnel shows where deals
//! die, and it can be revived at that stage.
//!
//! The move rules (decided here, property-tested below):
//! - forward by any number of steps: allowed, a reason optional (deals skip stages);
//! - back by one step: allowed, a reason optional (a correction);
//! - back by two steps or more: allowed only with a reason (it rewrites the story);
//! - to the stage it is at: refused as a clash (nothing would change);
//! - a passed card does not move: revive it first (a clash);
//! - a pass needs a reason; a pass of a passed card, or a revival of an active one, is
//!   a clash.
//!
//! Boards: investors whose profile names the same firm share a board; the firm is
//! compared trimmed, case-folded and with inner runs of white space as one space
//! ("Harbour  Ventures " = "harbour ventures"). An investor without a firm has a board
//! of their own.

use crate::code::coded;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// The longest reason for a pass or a move.
pub const REASON_MAX_CHARS: usize = 300;
/// The longest private note.
pub const NOTE_MAX_CHARS: usize = 2000;
/// The longest task title.
pub const TASK_TITLE_MAX_CHARS: usize = 200;
/// A card with no move, note or task change for this many days is stale.
pub const STALE_DAYS: i64 = 14;
/// The digest lists tasks due within this many days (and every overdue one).
pub const DUE_SOON_DAYS: i64 = 7;

/// Where a deal stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    Sourced,
    Met,
    DueDiligence,
    TermSheet,
    Invested,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Sourced,
        Stage::Met,
        Stage::DueDiligence,
        Stage::TermSheet,
        Stage::Invested,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Sourced => "sourced",
            Stage::Met => "met",
            Stage::DueDiligence => "due_diligence",
            Stage::TermSheet => "term_sheet",
            Stage::Invested => "invested",
        }
    }

    /// Its place in the order, from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stage from a form or a URL; anything else is a clear error quoting what came.
    pub fn parse(raw: &str) -> Result<Stage, PipelineProblem> {
        <Stage as crate::code::Code>::from_code(raw).ok_or_else(|| PipelineProblem::UnknownStage {
            value: crate::text::excerpt(raw.trim(), 40),
        })
    }
}

coded!(Stage, Stage::ALL);

/// How a card came onto the board.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Picked by hand.
    Hand,
    /// From the investor's shortlist or interest marks.
    Shortlist,
    /// From a meeting (an accepted request or a meeting held).
    Meeting,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::Hand, Source::Shortlist, Source::Meeting];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Hand => "hand",
            Source::Shortlist => "shortlist",
            Source::Meeting => "meeting",
        }
    }
}

coded!(Source, Source::ALL);

/// One line of a card's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    Added,
    Moved,
    Passed,
    Revived,
}

impl Event {
    pub const ALL: [Event; 4] = [Event::Added, Event::Moved, Event::Passed, Event::Revived];

    pub fn as_str(self) -> &'static str {
        match self {
            Event::Added => "added",
            Event::Moved => "moved",
            Event::Passed => "passed",
            Event::Revived => "revived",
        }
    }
}

coded!(Event, Event::ALL);

/// What is wrong with a pipeline form's field (worded at the edge).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PipelineProblem {
    /// Not one of the stages (nor "passed"): `value` is what came, cut short.
    UnknownStage {
        value: String,
    },
    /// A pass needs its reason.
    PassReasonRequired,
    /// A move back by two stages or more needs its reason.
    BackReasonRequired,
    ReasonTooLong {
        max: usize,
        len: usize,
    },
    NoteRequired,
    NoteTooLong {
        max: usize,
        len: usize,
    },
    TaskTitleRequired,
    /// A control or invisible character (the title goes into the digest email).
    TaskTitleHidden,
    TaskTitleTooLong {
        max: usize,
        len: usize,
    },
    DueDateRequired,
    /// Not a date like 2026-12-01: `value` is what was typed, cut short.
    NotADueDate {
        value: String,
    },
    /// The owner chosen is not a member of the firm's board.
    OwnerNotMember,
    /// No startup chosen to add.
    StartupRequired,
}

/// Why a pipeline action does not fit the card's state (HTTP 409).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PipelineClash {
    /// The card is passed: revive it before moving it (or passing it again).
    Passed,
    /// The card is active: there is nothing to revive.
    NotPassed,
    /// The card is already at that stage.
    SameStage,
}

/// Either kind of refusal of a move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    Problem(PipelineProblem),
    Clash(PipelineClash),
}

/// A card's place: its stage and whether it was passed (at that stage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub stage: Stage,
    pub passed: bool,
}

/// What the "Move to" field asks: a stage, or to pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Stage(Stage),
    Pass,
}

impl Target {
    /// `passed` or a stage's code.
    pub fn parse(raw: &str) -> Result<Target, PipelineProblem> {
        if raw.trim() == "passed" {
            return Ok(Target::Pass);
        }
        Stage::parse(raw).map(Target::Stage)
    }
}

/// A reason, trimmed; empty is allowed here (the rules say when one is needed).
pub fn reason(raw: &str) -> Result<String, PipelineProblem> {
    let text = raw.trim();
    let len = text.chars().count();
    if len > REASON_MAX_CHARS {
        return Err(PipelineProblem::ReasonTooLong {
            max: REASON_MAX_CHARS,
            len,
        });
    }
    Ok(text.to_string())
}

/// The card's place after `target`, given its `reason` (already trimmed by [`reason`]),
/// or why not (see the module's rules).
pub fn after(place: Place, target: Target, reason: &str) -> Result<Place, Refused> {
    if place.passed {
        return Err(Refused::Clash(PipelineClash::Passed));
    }
    match target {
        Target::Pass if reason.trim().is_empty() => {
            Err(Refused::Problem(PipelineProblem::PassReasonRequired))
        }
        Target::Pass => Ok(Place {
            stage: place.stage,
            passed: true,
        }),
        Target::Stage(to) if to == place.stage => Err(Refused::Clash(PipelineClash::SameStage)),
        Target::Stage(to) if to.index() + 1 < place.stage.index() && reason.trim().is_empty() => {
            Err(Refused::Problem(PipelineProblem::BackReasonRequired))
        }
        Target::Stage(to) => Ok(Place {
            stage: to,
            passed: false,
        }),
    }
}

/// A passed card comes back, active, at the stage it died at.
pub fn revive(place: Place) -> Result<Place, PipelineClash> {
    if !place.passed {
        return Err(PipelineClash::NotPassed);
    }
    Ok(Place {
        stage: place.stage,
        passed: false,
    })
}

/// A private note's text.
pub fn note(raw: &str) -> Result<String, PipelineProblem> {
    let text = raw.trim();
    let len = text.chars().count();
    if len == 0 {
        return Err(PipelineProblem::NoteRequired);
    }
    if len > NOTE_MAX_CHARS {
        return Err(PipelineProblem::NoteTooLong {
            max: NOTE_MAX_CHARS,
            len,
        });
    }
    Ok(text.to_string())
}

/// A task's title (one line: line breaks become spaces).
pub fn task_title(raw: &str) -> Result<String, PipelineProblem> {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let len = text.chars().count();
    if len == 0 {
        return Err(PipelineProblem::TaskTitleRequired);
    }
    if text.chars().any(crate::validation::is_hidden_character) {
        return Err(PipelineProblem::TaskTitleHidden);
    }
    if len > TASK_TITLE_MAX_CHARS {
        return Err(PipelineProblem::TaskTitleTooLong {
            max: TASK_TITLE_MAX_CHARS,
            len,
        });
    }
    Ok(text)
}

/// A task's due date, `YYYY-MM-DD` (what a date field sends). A date in the past is
/// allowed: a follow-up already late is still worth recording (it shows as overdue).
pub fn due_date(raw: &str) -> Result<NaiveDate, PipelineProblem> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(PipelineProblem::DueDateRequired);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| PipelineProblem::NotADueDate {
        value: crate::text::excerpt(text, 40),
    })
}

/// A task not done whose due date is before `today`.
pub fn overdue(due: NaiveDate, done: bool, today: NaiveDate) -> bool {
    !done && due < today
}

/// A task not done, due from `today` to `today + DUE_SOON_DAYS` (inclusive).
pub fn due_soon(due: NaiveDate, done: bool, today: NaiveDate) -> bool {
    !done && due >= today && due <= today + Duration::days(DUE_SOON_DAYS)
}

/// An active card not yet invested whose last activity (a move, a note, a task change)
/// is `STALE_DAYS` or more before `now`. Passed and invested cards are never stale.
pub fn stale(place: Place, last_activity: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    !place.passed
        && place.stage != Stage::Invested
        && now - last_activity >= Duration::days(STALE_DAYS)
}

/// The ISO week a digest belongs to, in UTC: "2026-W48". One digest per person per
/// week (a unique row keyed by this).
pub fn digest_week(now: DateTime<Utc>) -> String {
    let week = now.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// The board a member of `firm` works on: `firm:<folded name>@<mail domain>`, or
/// `user:<id>` without a firm or without a firm's own mail domain. Folding: trimmed,
/// lower case, inner white space as one space. The firm's name is typed by the investor
/// on their profile, so it alone proves nothing; the address staff invited them at does:
/// only investors whose invited addresses share a domain that is not a public mailbox
/// (or reserved for examples) share a board, so typing another firm's name joins nothing.
pub fn board_key(firm: &str, email: &str, user_id: &str) -> String {
    let folded = firm
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    match crate::conflict::telling_domain(email) {
        Some(domain) if !folded.is_empty() => format!("firm:{folded}@{domain}"),
        _ => format!("user:{user_id}"),
    }
}

/// What the funnel needs of a card: the furthest stage it ever reached, its current
/// stage (where it died, when passed) and whether it was passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FunnelCard {
    pub furthest: Stage,
    pub place: Place,
}

/// Per stage (in `Stage::ALL` order): how many cards ever reached it, how many are
/// there now (active) and how many were passed there.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Funnel {
    pub reached: [u32; 5],
    pub active: [u32; 5],
    pub passed: [u32; 5],
}

/// Counts the funnel. A card reached every stage up to its furthest (moves forward may
/// skip a stage; the deal still went past it).
pub fn funnel(cards: impl IntoIterator<Item = FunnelCard>) -> Funnel {
    let mut f = Funnel::default();
    for card in cards {
        let furthest = card.furthest.max(card.place.stage);
        for reached in f.reached.iter_mut().take(furthest.index() + 1) {
            *reached += 1;
        }
        let at = card.place.stage.index();
        if card.place.passed {
            f.passed[at] += 1;
        } else {
            f.active[at] += 1;
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(stage: Stage) -> Place {
        Place {
            stage,
            passed: false,
        }
    }

    #[test]
    fn forward_any_steps_back_one_freely_back_more_with_a_reason() {
        let dd = at(Stage::DueDiligence);
        assert_eq!(
            after(at(Stage::Sourced), Target::Stage(Stage::TermSheet), ""),
            Ok(at(Stage::TermSheet))
        );
        assert_eq!(after(dd, Target::Stage(Stage::Met), ""), Ok(at(Stage::Met)));
        assert_eq!(
            after(dd, Target::Stage(Stage::Sourced), ""),
            Err(Refused::Problem(PipelineProblem::BackReasonRequired))
        );
        assert_eq!(
            after(dd, Target::Stage(Stage::Sourced), "Founders restarted"),
            Ok(at(Stage::Sourced))
        );
        assert_eq!(
            after(dd, Target::Stage(Stage::DueDiligence), "x"),
            Err(Refused::Clash(PipelineClash::SameStage))
        );
    }

    #[test]
    fn a_pass_needs_a_reason_and_keeps_the_stage_it_died_at() {
        let dd = at(Stage::DueDiligence);
        assert_eq!(
            after(dd, Target::Pass, "  "),
            Err(Refused::Problem(PipelineProblem::PassReasonRequired))
        );
        let passed = after(dd, Target::Pass, "Too early").expect("pass");
        assert_eq!(passed.stage, Stage::DueDiligence);
        assert!(passed.passed);
        assert_eq!(
            after(passed, Target::Stage(Stage::TermSheet), ""),
            Err(Refused::Clash(PipelineClash::Passed))
        );
        assert_eq!(
            after(passed, Target::Pass, "again"),
            Err(Refused::Clash(PipelineClash::Passed))
        );
        assert_eq!(revive(passed), Ok(dd));
        assert_eq!(revive(dd), Err(PipelineClash::NotPassed));
    }

    #[test]
    fn an_unknown_stage_is_a_clear_error() {
        assert_eq!(Target::parse(" met "), Ok(Target::Stage(Stage::Met)));
        assert_eq!(Target::parse("passed"), Ok(Target::Pass));
        assert_eq!(
            Target::parse("closing"),
            Err(PipelineProblem::UnknownStage {
                value: "closing".into()
            })
        );
        assert_eq!(
            Stage::parse(&"x".repeat(100)),
            Err(PipelineProblem::UnknownStage {
                value: format!("{}…", "x".repeat(40))
            })
        );
    }

    #[test]
    fn tasks_need_a_due_date_notes_and_titles_have_bounds() {
        assert_eq!(due_date(""), Err(PipelineProblem::DueDateRequired));
        assert_eq!(
            due_date("next friday"),
            Err(PipelineProblem::NotADueDate {
                value: "next friday".into()
            })
        );
        assert_eq!(
            due_date(" 2026-12-01 "),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"))
        );
        assert_eq!(note("   "), Err(PipelineProblem::NoteRequired));
        assert_eq!(
            note(&"n".repeat(NOTE_MAX_CHARS + 1)),
            Err(PipelineProblem::NoteTooLong {
                max: NOTE_MAX_CHARS,
                len: NOTE_MAX_CHARS + 1
            })
        );
        assert_eq!(task_title(" Call \n the CFO "), Ok("Call the CFO".into()));
        assert_eq!(task_title(""), Err(PipelineProblem::TaskTitleRequired));
        assert_eq!(
            task_title("Call\u{1b}[2J the CFO\u{202e}"),
            Err(PipelineProblem::TaskTitleHidden)
        );
        assert!(reason(&"r".repeat(REASON_MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn overdue_due_soon_and_stale() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let today = d("2026-11-22");
        assert!(overdue(d("2026-11-21"), false, today));
        assert!(!overdue(d("2026-11-21"), true, today));
        assert!(!overdue(today, false, today));
        assert!(due_soon(today, false, today));
        assert!(due_soon(d("2026-11-29"), false, today));
        assert!(!due_soon(d("2026-11-30"), false, today));
        let now = Utc::now();
        assert!(stale(at(Stage::Met), now - Duration::days(14), now));
        assert!(!stale(at(Stage::Met), now - Duration::days(13), now));
        assert!(!stale(at(Stage::Invested), now - Duration::days(30), now));
        let passed = Place {
            stage: Stage::Met,
            passed: true,
        };
        assert!(!stale(passed, now - Duration::days(30), now));
    }

    #[test]
    fn digest_weeks_and_boards() {
        let t = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .expect("time")
                .with_timezone(&Utc)
        };
        assert_eq!(digest_week(t("2026-11-22T10:00:00Z")), "2026-W47");
        assert_eq!(digest_week(t("2026-11-23T00:00:00Z")), "2026-W48");
        // The ISO year: 2027-01-01 is a Friday of 2026's week 53.
        assert_eq!(digest_week(t("2027-01-01T12:00:00Z")), "2026-W53");
        assert_eq!(
            board_key("  Harbour   VENTURES ", "ada@harbour.vc", "u1"),
            board_key("harbour ventures", "ann@Harbour.vc", "u2")
        );
        // Typing another firm's name from another domain, a public mailbox or an example
        // domain joins nothing.
        assert_eq!(
            board_key("Harbour Ventures", "bo@bocapital.cn", "u3"),
            "firm:harbour ventures@bocapital.cn"
        );
        assert_eq!(
            board_key("Harbour Ventures", "bo@gmail.com", "u3"),
            "user:u3"
        );
        assert_eq!(
            board_key("Harbour Ventures", "bo@fund.example", "u3"),
            "user:u3"
        );
        assert_eq!(board_key(" ", "ada@harbour.vc", "u1"), "user:u1");
        assert_ne!(board_key("", "a@x.cn", "u1"), board_key("", "b@x.cn", "u2"));
    }

    #[test]
    fn the_funnel_counts_reached_active_and_passed_per_stage() {
        let card = |furthest, stage, passed| FunnelCard {
            furthest,
            place: Place { stage, passed },
        };
        let f = funnel([
            card(Stage::Sourced, Stage::Sourced, false),
            card(Stage::DueDiligence, Stage::DueDiligence, true),
            card(Stage::TermSheet, Stage::Met, false),
            card(Stage::Invested, Stage::Invested, false),
        ]);
        assert_eq!(f.reached, [4, 3, 3, 2, 1]);
        assert_eq!(f.active, [1, 1, 0, 0, 1]);
        assert_eq!(f.passed, [0, 0, 1, 0, 0]);
    }

    fn a_stage() -> impl Strategy<Value = Stage> {
        (0usize..5).prop_map(|i| Stage::ALL[i])
    }

    fn a_target() -> impl Strategy<Value = Target> {
        prop_oneof![a_stage().prop_map(Target::Stage), Just(Target::Pass)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Replaying any sequence of actions: a refused action changes nothing, the
        /// furthest stage only grows, a passed card never moves until revived, and the
        /// funnel of the replayed cards is consistent.
        #[test]
        fn any_sequence_of_moves_keeps_the_rules(
            plays in proptest::collection::vec(
                proptest::collection::vec((a_target(), any::<bool>(), any::<bool>()), 0..20),
                1..12,
            )
        ) {
            let mut cards = Vec::new();
            for actions in plays {
                let mut place = at(Stage::Sourced);
                let mut furthest = Stage::Sourced;
                for (target, with_reason, revive_first) in actions {
                    if revive_first {
                        if let Ok(p) = revive(place) {
                            prop_assert_eq!(p.stage, place.stage);
                            place = p;
                        }
                    }
                    let why = if with_reason { "because" } else { "" };
                    match after(place, target, why) {
                        Ok(next) => {
                            prop_assert!(!place.passed);
                            if let Target::Stage(to) = target {
                                prop_assert_eq!(next.stage, to);
                                prop_assert!(with_reason || to.index() + 1 >= place.stage.index());
                            } else {
                                prop_assert!(with_reason && next.passed);
                                prop_assert_eq!(next.stage, place.stage);
                            }
                            place = next;
                            furthest = furthest.max(place.stage);
                        }
                        Err(Refused::Clash(PipelineClash::Passed)) => prop_assert!(place.passed),
                        Err(Refused::Clash(PipelineClash::SameStage)) => {
                            prop_assert_eq!(target, Target::Stage(place.stage))
                        }
                        Err(Refused::Problem(_)) => prop_assert!(!with_reason),
                        Err(other) => prop_assert!(false, "unexpected {:?}", other),
                    }
                }
                cards.push(FunnelCard { furthest, place });
            }
            let f = funnel(cards.iter().copied());
            prop_assert_eq!(f.reached[0] as usize, cards.len());
            for i in 1..5 {
                prop_assert!(f.reached[i] <= f.reached[i - 1]);
            }
            for i in 0..5 {
                prop_assert!(f.active[i] + f.passed[i] <= f.reached[i]);
            }
            let total: u32 = f.active.iter().chain(f.passed.iter()).sum();
            prop_assert_eq!(total as usize, cards.len());
        }

        #[test]
        fn any_text_as_a_stage_is_a_stage_or_a_clear_error(raw in "\\PC{0,60}") {
            match Stage::parse(&raw) {
                Ok(s) => prop_assert_eq!(s.as_str(), raw.trim()),
                Err(PipelineProblem::UnknownStage { value }) => {
                    prop_assert!(value.chars().count() <= 41)
                }
                Err(other) => prop_assert!(false, "unexpected {:?}", other),
            }
        }
    }
}
