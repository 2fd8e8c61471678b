//! Confirming attendance after acceptance: an accepted pitch's founders say whether they
//! will pitch (confirm) or not (decline, with an optional reason) until the deadline staff
//! set per edition. A declined pitch is left out of the pitch schedule.

use crate::problem::{Noun, Problem};
use crate::submission::Status;
use crate::validation::bounded_text;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The longest reason a founder may give for declining.
pub const REASON_MAX_CHARS: usize = 500;

/// A team's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Confirmed,
    Declined,
}

impl Answer {
    pub const ALL: [Answer; 2] = [Answer::Confirmed, Answer::Declined];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Confirmed => "confirmed",
            Answer::Declined => "declined",
        }
    }

    /// What the form's button sends (`confirm` / `decline`) or what is stored.
    pub fn parse(raw: &str) -> Option<Answer> {
        match raw.trim() {
            "confirm" | "confirmed" => Some(Answer::Confirmed),
            "decline" | "declined" => Some(Answer::Declined),
            _ => None,
        }
    }
}

crate::code::coded!(Answer, Answer::ALL);

/// Why a team cannot answer now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Closed {
    /// Only an accepted pitch is asked.
    NotAccepted,
    /// Staff have not set a confirmation deadline for the edition.
    NotAsked,
    /// The deadline has passed: answers are final, staff are told by other means.
    PastDeadline,
}

/// Whether the team of a pitch with `status` may answer at `now`, given the edition's
/// confirmation `deadline`.
pub fn open(
    status: Status,
    now: DateTime<Utc>,
    deadline: Option<DateTime<Utc>>,
) -> Result<(), Closed> {
    if status != Status::Accepted {
        return Err(Closed::NotAccepted);
    }
    match deadline {
        None => Err(Closed::NotAsked),
        Some(d) if now >= d => Err(Closed::PastDeadline),
        Some(_) => Ok(()),
    }
}

/// The reason as stored: trimmed, possibly empty, never longer than [`REASON_MAX_CHARS`];
/// a confirmation keeps no reason.
pub fn reason(answer: Answer, raw: &str) -> Result<String, Problem> {
    match answer {
        Answer::Confirmed => Ok(String::new()),
        Answer::Declined if raw.trim().is_empty() => Ok(String::new()),
        Answer::Declined => bounded_text(raw, Noun::DeclineReason, 1, REASON_MAX_CHARS),
    }
}

/// How many teams of the accepted pitches answered what.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub confirmed: u32,
    pub declined: u32,
    /// Accepted pitches without an answer yet.
    pub unanswered: u32,
}

impl Counts {
    /// Counts the answers of accepted pitches (`None`: not answered).
    pub fn of(answers: impl IntoIterator<Item = Option<Answer>>) -> Counts {
        let mut counts = Counts::default();
        for a in answers {
            match a {
                Some(Answer::Confirmed) => counts.confirmed += 1,
                Some(Answer::Declined) => counts.declined += 1,
                None => counts.unanswered += 1,
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0).unwrap()
    }

    #[test]
    fn only_an_accepted_pitch_answers_and_only_before_the_deadline() {
        assert_eq!(open(Status::Accepted, at(9), Some(at(10))), Ok(()));
        assert_eq!(
            open(Status::Accepted, at(10), Some(at(10))),
            Err(Closed::PastDeadline),
            "the deadline itself is too late"
        );
        assert_eq!(open(Status::Accepted, at(9), None), Err(Closed::NotAsked));
        for status in Status::ALL.into_iter().filter(|s| *s != Status::Accepted) {
            assert_eq!(open(status, at(9), Some(at(10))), Err(Closed::NotAccepted));
        }
    }

    #[test]
    fn a_reason_is_optional_bounded_and_only_kept_for_a_decline() {
        assert_eq!(reason(Answer::Declined, "  "), Ok(String::new()));
        assert_eq!(
            reason(Answer::Declined, " Visa refused. "),
            Ok("Visa refused.".into())
        );
        assert_eq!(reason(Answer::Confirmed, "anything"), Ok(String::new()));
        assert!(matches!(
            reason(Answer::Declined, &"x".repeat(REASON_MAX_CHARS + 1)),
            Err(Problem::TooLong { .. })
        ));
    }

    #[test]
    fn answers_parse_from_the_buttons_and_the_store() {
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.as_str()), Some(a));
        }
        assert_eq!(Answer::parse("confirm"), Some(Answer::Confirmed));
        assert_eq!(Answer::parse("decline"), Some(Answer::Declined));
        assert_eq!(Answer::parse("maybe"), None);
    }

    proptest! {
        #[test]
        fn counts_add_up(answers in proptest::collection::vec(proptest::option::of(prop_oneof![Just(Answer::Confirmed), Just(Answer::Declined)]), 0..50)) {
            let c = Counts::of(answers.iter().copied());
            prop_assert_eq!((c.confirmed + c.declined + c.unanswered) as usize, answers.len());
            prop_assert_eq!(c.declined as usize, answers.iter().filter(|a| **a == Some(Answer::Declined)).count());
        }
    }
}
