//! The technology-needs board: what an investor or a corporate posts (a need), how it
//! is closed (an outcome), a startup's response, who sees what, and which needs a
//! startup is shown as matching. Pure rules; the backend loads the facts.

use crate::country::parse_country;
use crate::problem::{Noun, Problem};
use crate::startup::{choice, parse_amount, parse_currency};
use crate::validation::{bounded_text, single_line, FieldErrors};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 120;
pub const SECTOR_MAX: usize = crate::startup::SECTOR_MAX_CHARS;
pub const DESCRIPTION_MAX: usize = 4000;
pub const PROPOSAL_MAX: usize = 2000;
pub const OUTCOME_NOTE_MAX: usize = 500;
pub const ORGANISATION_MAX: usize = 120;

choice!(
    /// Who may read a need: anyone (the public board), or signed-in people only.
    NeedVisibility, Noun::Visibility, {
        Public = "public": "Public",
        Members = "members": "Logged-in only",
    }
);

choice!(
    /// How a closed need ended.
    Outcome, Noun::Outcome, {
        TakenUp = "taken_up": "Taken up",
        NoFit = "no_fit": "No fit",
        Withdrawn = "withdrawn": "Withdrawn",
    }
);

/// The need form exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NeedInput {
    pub title: String,
    pub sector: String,
    pub description: String,
    pub budget_min: String,
    pub budget_max: String,
    pub currency: String,
    pub deadline: String,
    pub country: String,
    pub visibility: String,
}

impl NeedInput {
    /// Every typed value, to give back to the form after a refusal.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("title", &self.title),
            ("sector", &self.sector),
            ("description", &self.description),
            ("budget_min", &self.budget_min),
            ("budget_max", &self.budget_max),
            ("currency", &self.currency),
            ("deadline", &self.deadline),
            ("country", &self.country),
            ("visibility", &self.visibility),
        ]
    }

    /// Checks every field at once; `today` is the poster's date (a deadline may be today,
    /// never before).
    pub fn parse(&self, today: NaiveDate) -> Result<Need, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = errors.check(
            "title",
            single_line(&self.title, Noun::NeedTitle, 1, TITLE_MAX),
        );
        let sector = errors.check(
            "sector",
            single_line(&self.sector, Noun::Sector, 1, SECTOR_MAX),
        );
        let description = errors.check(
            "description",
            bounded_text(&self.description, Noun::Description, 1, DESCRIPTION_MAX),
        );
        let min = errors.check(
            "budget_min",
            required_amount(&self.budget_min, Noun::BudgetMin),
        );
        let max = errors.check(
            "budget_max",
            required_amount(&self.budget_max, Noun::BudgetMax),
        );
        if let (Some(min), Some(max)) = (min, max) {
            if min > max {
                errors.add("budget_max", Problem::BudgetReversed);
            }
        }
        let currency = errors.check("currency", parse_currency(&self.currency));
        let deadline = errors.check(
            "deadline",
            future_date(&self.deadline, Noun::Deadline, today),
        );
        let country = errors.check("country", parse_country(&self.country));
        let visibility = errors.check("visibility", NeedVisibility::parse(&self.visibility));
        errors.into_result()?;
        match (
            title,
            sector,
            description,
            min,
            max,
            currency,
            deadline,
            country,
            visibility,
        ) {
            (
                Some(title),
                Some(sector),
                Some(description),
                Some(budget_min),
                Some(budget_max),
                Some(currency),
                Some(deadline),
                Some(country),
                Some(visibility),
            ) => Ok(Need {
                title,
                sector,
                description,
                budget_min,
                budget_max,
                currency,
                deadline,
                country,
                visibility,
            }),
            _ => Err(FieldErrors::one(
                "title",
                Problem::Required {
                    field: Noun::NeedTitle,
                },
            )),
        }
    }
}

/// A whole amount that must be given (`parse_amount` refuses negative values and
/// anything that is not a number).
pub fn required_amount(raw: &str, field: Noun) -> Result<i64, Problem> {
    parse_amount(raw, field)?.ok_or(Problem::Required { field })
}

/// A date like 2026-12-01 that is `today` or later.
pub fn future_date(raw: &str, field: Noun, today: NaiveDate) -> Result<NaiveDate, Problem> {
    let day = parse_date(raw, field)?;
    if day < today {
        return Err(Problem::InThePast { field });
    }
    let latest = latest_deadline(today);
    if day > latest {
        return Err(Problem::TooLate { field, latest });
    }
    Ok(day)
}

/// How far ahead a need may close: two years. A need open longer is no longer a need
/// anyone is working on, and a typo such as 2206 would keep it on the board for good.
pub const DEADLINE_YEARS_AHEAD: u32 = 2;

/// The latest deadline a need posted on `today` may have.
pub fn latest_deadline(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_months(chrono::Months::new(12 * DEADLINE_YEARS_AHEAD))
        .unwrap_or(NaiveDate::MAX)
}

/// A date like 2026-12-01.
pub fn parse_date(raw: &str, field: Noun) -> Result<NaiveDate, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Problem::Required { field });
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| Problem::NotADate { field })
}

/// A valid need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Need {
    pub title: String,
    pub sector: String,
    pub description: String,
    pub budget_min: i64,
    pub budget_max: i64,
    pub currency: String,
    pub deadline: NaiveDate,
    pub country: String,
    pub visibility: NeedVisibility,
}

/// The close form as typed: an outcome, the startup that took it up (a responder's id,
/// for `taken_up`), an optional note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CloseInput {
    pub outcome: String,
    pub startup: String,
    pub note: String,
}

/// A valid close: `taken_up` names its startup (the backend checks it responded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Close {
    pub outcome: Outcome,
    pub startup: Option<String>,
    pub note: String,
}

impl CloseInput {
    pub fn parse(&self) -> Result<Close, FieldErrors> {
        let mut errors = FieldErrors::new();
        let outcome = errors.check("outcome", Outcome::parse(&self.outcome));
        let note = errors.check(
            "note",
            bounded_text(&self.note, Noun::OutcomeNote, 0, OUTCOME_NOTE_MAX),
        );
        let startup = Some(self.startup.trim().to_string()).filter(|s| !s.is_empty());
        if outcome == Some(Outcome::TakenUp) && startup.is_none() {
            errors.add(
                "startup",
                Problem::Required {
                    field: Noun::TakenUpBy,
                },
            );
        }
        errors.into_result()?;
        match (outcome, note) {
            (Some(outcome), Some(note)) => Ok(Close {
                outcome,
                startup: startup.filter(|_| outcome == Outcome::TakenUp),
                note,
            }),
            _ => Err(FieldErrors::one(
                "outcome",
                Problem::Required {
                    field: Noun::Outcome,
                },
            )),
        }
    }
}

/// A response's proposal: 1–2,000 characters.
pub fn parse_proposal(raw: &str) -> Result<String, Problem> {
    bounded_text(raw, Noun::Proposal, 1, PROPOSAL_MAX)
}

/// A corporate's organisation name, one line.
pub fn parse_organisation(raw: &str) -> Result<String, Problem> {
    crate::validation::name_line(raw, Noun::Organisation, 1, ORGANISATION_MAX)
}

/// Whether a need is still taking responses on `today`.
pub fn is_open(closed: bool, deadline: NaiveDate, today: NaiveDate) -> bool {
    !closed && deadline >= today
}

/// How a person stands towards one need. The answers are the board's whole policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NeedViewer {
    pub signed_in: bool,
    pub staff: bool,
    /// The account that posted it.
    pub poster: bool,
}

impl NeedViewer {
    /// A public need is anyone's; a logged-in-only need is hidden (404) from visitors.
    pub fn can_see(self, visibility: NeedVisibility) -> bool {
        visibility == NeedVisibility::Public || self.signed_in
    }

    /// Edit, close, shortlist, request a meeting: the poster only.
    pub fn can_manage(self) -> bool {
        self.poster
    }

    /// Every response's content: the poster only (staff see counts).
    pub fn sees_all_responses(self) -> bool {
        self.poster
    }

    /// How many responses: the poster and staff.
    pub fn sees_response_count(self) -> bool {
        self.poster || self.staff
    }
}

/// Whether one response's content reaches `viewer`: the need's poster, or a member of
/// the responding startup's team; everyone else (staff included) 404.
pub fn sees_response(viewer: NeedViewer, on_responding_team: bool) -> bool {
    viewer.sees_all_responses() || on_responding_team
}

/// Whether a need is shown to a startup as matching: open on `today` (deadline ahead or
/// today) and its sector among the startup's sectors (case and spacing folded).
pub fn matches(
    sector: &str,
    closed: bool,
    deadline: NaiveDate,
    startup_sectors: &[String],
    today: NaiveDate,
) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let wanted = fold(sector);
    is_open(closed, deadline, today) && startup_sectors.iter().any(|s| fold(s) == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn valid() -> NeedInput {
        NeedInput {
            title: "Grid-scale storage pilot".into(),
            sector: "Clean energy".into(),
            description: "A 2 MWh pilot at our Pudong substation.".into(),
            budget_min: "500k".into(),
            budget_max: "2m".into(),
            currency: "cny".into(),
            deadline: "2026-12-31".into(),
            country: "cn".into(),
            visibility: "public".into(),
        }
    }

    #[test]
    fn a_valid_need_parses() {
        let need = valid().parse(day("2026-11-22")).unwrap();
        assert_eq!(need.budget_min, 500_000);
        assert_eq!(need.budget_max, 2_000_000);
        assert_eq!(need.currency, "CNY");
        assert_eq!(need.country, "CN");
        assert_eq!(need.visibility, NeedVisibility::Public);
        // The deadline may be today.
        assert!(valid().parse(day("2026-12-31")).is_ok());
    }

    #[test]
    fn a_deadline_may_be_two_years_ahead_and_no_further() {
        let today = day("2026-11-22");
        let on = |deadline: &str| {
            NeedInput {
                deadline: deadline.into(),
                ..valid()
            }
            .parse(today)
        };
        assert!(on("2028-11-22").is_ok());
        let errors = on("2206-11-22").unwrap_err();
        assert_eq!(
            errors.get("deadline"),
            Some(&Problem::TooLate {
                field: Noun::Deadline,
                latest: day("2028-11-22")
            })
        );
        assert!(on("2028-11-23").is_err());
        // The last day of February moves to the last day of February.
        assert_eq!(latest_deadline(day("2028-02-29")), day("2030-02-28"));
    }

    #[test]
    fn bad_input_is_named_beside_each_field() {
        let bad = NeedInput {
            title: String::new(),
            budget_min: "-5".into(),
            budget_max: "abc".into(),
            currency: "XYZ".into(),
            deadline: "2026-01-01".into(),
            country: "xx".into(),
            visibility: "secret".into(),
            ..valid()
        };
        let errors = bad.parse(day("2026-11-22")).unwrap_err();
        assert_eq!(
            errors.get("title"),
            Some(&Problem::Required {
                field: Noun::NeedTitle
            })
        );
        assert_eq!(
            errors.get("budget_min"),
            Some(&Problem::NotAnAmount {
                field: Noun::BudgetMin
            })
        );
        assert_eq!(
            errors.get("budget_max"),
            Some(&Problem::NotAnAmount {
                field: Noun::BudgetMax
            })
        );
        assert_eq!(
            errors.get("currency"),
            Some(&Problem::NotInList {
                field: Noun::Currency
            })
        );
        assert_eq!(
            errors.get("deadline"),
            Some(&Problem::InThePast {
                field: Noun::Deadline
            })
        );
        assert_eq!(
            errors.get("country"),
            Some(&Problem::NotACountry { value: "xx".into() })
        );
        assert_eq!(
            errors.get("visibility"),
            Some(&Problem::NotInList {
                field: Noun::Visibility
            })
        );
    }

    #[test]
    fn the_smallest_budget_cannot_exceed_the_largest() {
        let reversed = NeedInput {
            budget_min: "3m".into(),
            budget_max: "1m".into(),
            ..valid()
        };
        let errors = reversed.parse(day("2026-11-22")).unwrap_err();
        assert_eq!(errors.get("budget_max"), Some(&Problem::BudgetReversed));
        let equal = NeedInput {
            budget_min: "1m".into(),
            budget_max: "1,000,000".into(),
            ..valid()
        };
        assert!(equal.parse(day("2026-11-22")).is_ok());
    }

    #[test]
    fn a_close_taken_up_names_its_startup() {
        let taken = CloseInput {
            outcome: "taken_up".into(),
            ..Default::default()
        };
        assert_eq!(
            taken.parse().unwrap_err().get("startup"),
            Some(&Problem::Required {
                field: Noun::TakenUpBy
            })
        );
        let no_fit = CloseInput {
            outcome: "no_fit".into(),
            startup: "ignored".into(),
            note: "Too early for us.".into(),
        };
        let close = no_fit.parse().unwrap();
        assert_eq!(close.outcome, Outcome::NoFit);
        assert_eq!(close.startup, None);
        assert!(CloseInput::default().parse().is_err());
    }

    #[test]
    fn responses_reach_the_poster_and_the_responding_team_only() {
        let poster = NeedViewer {
            signed_in: true,
            poster: true,
            ..Default::default()
        };
        let staff = NeedViewer {
            signed_in: true,
            staff: true,
            ..Default::default()
        };
        let other = NeedViewer {
            signed_in: true,
            ..Default::default()
        };
        assert!(sees_response(poster, false));
        assert!(sees_response(other, true));
        assert!(!sees_response(other, false));
        assert!(!sees_response(staff, false));
        assert!(staff.sees_response_count() && !other.sees_response_count());
        let anon = NeedViewer::default();
        assert!(anon.can_see(NeedVisibility::Public));
        assert!(!anon.can_see(NeedVisibility::Members));
        assert!(other.can_see(NeedVisibility::Members));
    }

    #[test]
    fn matching_needs_share_a_sector_and_are_open() {
        let sectors = vec!["Clean  Energy".to_string(), "Storage".to_string()];
        let today = day("2026-11-22");
        assert!(matches(
            "clean energy",
            false,
            day("2026-12-01"),
            &sectors,
            today
        ));
        assert!(matches("Clean energy", false, today, &sectors, today));
        assert!(!matches(
            "Clean energy",
            true,
            day("2026-12-01"),
            &sectors,
            today
        ));
        assert!(!matches(
            "Clean energy",
            false,
            day("2026-11-21"),
            &sectors,
            today
        ));
        assert!(!matches(
            "Fintech",
            false,
            day("2026-12-01"),
            &sectors,
            today
        ));
    }

    proptest! {
        #[test]
        fn a_parsed_need_has_an_ordered_non_negative_budget(min in 0i64..10_000_000, max in 0i64..10_000_000) {
            let input = NeedInput { budget_min: min.to_string(), budget_max: max.to_string(), ..valid() };
            match input.parse(day("2026-11-22")) {
                Ok(need) => prop_assert!(0 <= need.budget_min && need.budget_min <= need.budget_max),
                Err(e) => prop_assert!(min > max && e.get("budget_max") == Some(&Problem::BudgetReversed)),
            }
        }
    }
}
