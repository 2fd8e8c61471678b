//! The names of the domain's enums (roles, statuses, stages…) in the reader's
//! language. One function per enum, each a `match` over every variant, so a new
//! variant without a name is a compile error.

use crate::lang::t;
use domain::account::Role;
use domain::lang::Lang;
use domain::startup::{Instrument, Stage};
use domain::submission::Status;

pub fn role(lang: Lang, role: Role) -> String {
    match role {
        Role::Founder => t!(lang, "role-founder"),
        Role::Investor => t!(lang, "role-investor"),
        Role::Staff => t!(lang, "role-staff"),
    }
}

pub fn status(lang: Lang, status: Status) -> String {
    match status {
        Status::Draft => t!(lang, "status-draft"),
        Status::Submitted => t!(lang, "status-submitted"),
        Status::UnderReview => t!(lang, "status-under-review"),
        Status::Shortlisted => t!(lang, "status-shortlisted"),
        Status::Accepted => t!(lang, "status-accepted"),
        Status::Waitlisted => t!(lang, "status-waitlisted"),
        Status::Rejected => t!(lang, "status-rejected"),
        Status::Withdrawn => t!(lang, "status-withdrawn"),
    }
}

/// What the founder reads next to their pitch's status.
pub fn status_explanation(lang: Lang, status: Status) -> String {
    match status {
        Status::Draft => t!(lang, "status-draft-explained"),
        Status::Submitted => t!(lang, "status-submitted-explained"),
        Status::UnderReview => t!(lang, "status-under-review-explained"),
        Status::Shortlisted => t!(lang, "status-shortlisted-explained"),
        Status::Accepted => t!(lang, "status-accepted-explained"),
        Status::Waitlisted => t!(lang, "status-waitlisted-explained"),
        Status::Rejected => t!(lang, "status-rejected-explained"),
        Status::Withdrawn => t!(lang, "status-withdrawn-explained"),
    }
}

pub fn stage(lang: Lang, stage: Stage) -> String {
    match stage {
        Stage::Idea => t!(lang, "stage-idea"),
        Stage::PreSeed => t!(lang, "stage-pre-seed"),
        Stage::Seed => t!(lang, "stage-seed"),
        Stage::SeriesA => t!(lang, "stage-series-a"),
        Stage::SeriesBPlus => t!(lang, "stage-series-b-plus"),
        Stage::Growth => t!(lang, "stage-growth"),
    }
}

pub fn instrument(lang: Lang, instrument: Instrument) -> String {
    match instrument {
        Instrument::Equity => t!(lang, "instrument-equity"),
        Instrument::Safe => t!(lang, "instrument-safe"),
        Instrument::Convertible => t!(lang, "instrument-convertible"),
        Instrument::Other => t!(lang, "instrument-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_names_are_the_domain_labels() {
        for &s in Status::ALL.iter() {
            assert_eq!(status(Lang::En, s), s.label());
            assert_eq!(status_explanation(Lang::En, s), s.explanation());
        }
        for &s in Stage::ALL {
            assert_eq!(stage(Lang::En, s), s.label());
        }
        for &i in Instrument::ALL {
            assert_eq!(instrument(Lang::En, i), i.label());
        }
        for &r in Role::ALL.iter() {
            assert_eq!(role(Lang::En, r), r.label());
        }
    }
}
