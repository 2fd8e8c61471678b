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

// Judging: a judge's recommendation and interest, who sees other scores, staff decisions.

pub fn recommendation(lang: Lang, r: domain::review::Recommendation) -> String {
    use domain::review::Recommendation;
    match r {
        Recommendation::StrongYes => t!(lang, "recommendation-strong-yes"),
        Recommendation::Yes => t!(lang, "recommendation-yes"),
        Recommendation::Maybe => t!(lang, "recommendation-maybe"),
        Recommendation::No => t!(lang, "recommendation-no"),
    }
}

pub fn interest(lang: Lang, i: domain::review::Interest) -> String {
    use domain::review::Interest;
    match i {
        Interest::NoInterest => t!(lang, "interest-none"),
        Interest::Watching => t!(lang, "interest-watching"),
        Interest::Interested => t!(lang, "interest-interested"),
        Interest::WantMeeting => t!(lang, "interest-want-meeting"),
    }
}

pub fn visibility(lang: Lang, v: domain::review::Visibility) -> String {
    use domain::review::Visibility;
    match v {
        Visibility::AfterOwnReview => t!(lang, "visibility-after-own"),
        Visibility::Never => t!(lang, "visibility-never"),
    }
}

pub fn decision(lang: Lang, d: domain::review::Decision) -> String {
    use domain::review::Decision;
    match d {
        Decision::Accept => t!(lang, "decision-accept"),
        Decision::Shortlist => t!(lang, "decision-shortlist"),
        Decision::Waitlist => t!(lang, "decision-waitlist"),
        Decision::Reject => t!(lang, "decision-reject"),
    }
}

#[cfg(test)]
mod judging_names {
    use super::*;
    use domain::review::{Decision, Interest, Recommendation, Visibility};

    #[test]
    fn english_names_are_the_domain_labels() {
        for &r in Recommendation::ALL.iter() {
            assert_eq!(recommendation(Lang::En, r), r.label());
        }
        for &i in Interest::ALL.iter() {
            assert_eq!(interest(Lang::En, i), i.label());
        }
        for &v in Visibility::ALL.iter() {
            assert_eq!(visibility(Lang::En, v), v.label());
        }
        for &d in Decision::ALL.iter() {
            assert_eq!(decision(Lang::En, d), d.label());
        }
        assert_ne!(
            decision(Lang::Zh, Decision::Accept),
            Decision::Accept.label()
        );
    }
}
