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
        Role::Corporate => t!(lang, "role-corporate"),
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

/// Founder text as blind review shows it: the backend masks the startup's name with
/// [`domain::review::MASKED_NAME`], a fixed token; the reader sees it in their language.
pub fn blind(lang: Lang, text: &str) -> String {
    if text.contains(domain::review::MASKED_NAME) {
        text.replace(
            domain::review::MASKED_NAME,
            &t!(lang, "reviews-masked-name"),
        )
    } else {
        text.to_string()
    }
}

/// Every action the audit log records, in the order the log's filter offers them (each
/// worded by `audit_action`; a unit test keeps the two together).
pub const AUDIT_ACTIONS: [&str; 80] = [
    "attendance.confirm",
    "attendance.decline",
    "decision.accept",
    "decision.shortlist",
    "decision.waitlist",
    "decision.reject",
    "decision.undo",
    "edition.create",
    "edition.update",
    "edition.make_current",
    "feedback.release",
    "investor.profile",
    "invitation.accept",
    "invitation.create",
    "pitch.deck",
    "pitch.save",
    "pitch.submit",
    "pitch.withdraw",
    "review.assign",
    "review.auto_assign",
    "review.conflict",
    "review.save",
    "review.setup",
    "review.unassign",
    "startup.create",
    "startup.invite_cofounder",
    "startup.join",
    "startup.leave",
    "startup.logo",
    "startup.update",
    "user.create",
    "user.password_reset",
    "user.sign_up",
    "user.email_verified",
    "user.sign_up_again",
    "user.sign_up_known_address",
    "rounds.room",
    "rounds.room_delete",
    "rounds.session",
    "rounds.session_delete",
    "schedule.solve",
    "schedule.edit",
    "schedule.override",
    "schedule.release",
    "schedule.availability",
    "schedule.block",
    "schedule.unblock",
    "schedule.levels",
    "meetings.request",
    "meetings.accept",
    "meetings.decline",
    "meetings.propose",
    "meetings.withdraw",
    "live.open",
    "live.close",
    "live.award",
    "live.release",
    "live.stage_rubric",
    "meetings.rules",
    "meetings.block",
    "meetings.block_delete",
    "meetings.place",
    "meetings.place_delete",
    "meetings.run",
    "meetings.release",
    "meetings.book",
    "meetings.override",
    "meetings.lock",
    "meetings.unlock",
    "meetings.cancel",
    "meetings.check_in",
    "needs.organisation",
    "needs.post",
    "needs.update",
    "needs.close",
    "needs.respond",
    "needs.shortlist",
    "deals.record",
    "deals.rates",
    "deals.answer",
];

/// An audit-log subject by its name, while it exists: "Pitch of Tidal Grid",
/// "Edition GSIC 2026"; otherwise (`name` None) its kind and short id (`audit_subject`).
pub fn audit_subject_named(lang: Lang, raw: &str, name: Option<&str>) -> String {
    let kind = raw.split_once(':').map(|(k, _)| k).unwrap_or_default();
    match (kind, name) {
        ("submission", Some(name)) => t!(lang, "audit-named-submission", name = name),
        ("startup", Some(name)) => t!(lang, "audit-named-startup", name = name),
        ("edition", Some(name)) => t!(lang, "audit-named-edition", name = name),
        ("user", Some(name)) => t!(lang, "audit-named-user", name = name),
        _ => audit_subject(lang, raw),
    }
}

/// An audit-log action code ("pitch.submit") in words; a code this build does not know
/// (written by a newer or older one) shows as stored rather than not at all.
pub fn audit_action(lang: Lang, code: &str) -> String {
    match code {
        "attendance.confirm" => t!(lang, "audit-attendance-confirm"),
        "attendance.decline" => t!(lang, "audit-attendance-decline"),
        "decision.accept" => t!(lang, "audit-decision-accept"),
        "decision.shortlist" => t!(lang, "audit-decision-shortlist"),
        "decision.waitlist" => t!(lang, "audit-decision-waitlist"),
        "decision.reject" => t!(lang, "audit-decision-reject"),
        "decision.undo" => t!(lang, "audit-decision-undo"),
        "edition.create" => t!(lang, "audit-edition-create"),
        "edition.update" => t!(lang, "audit-edition-update"),
        "edition.make_current" => t!(lang, "audit-edition-make-current"),
        "feedback.release" => t!(lang, "audit-feedback-release"),
        "investor.profile" => t!(lang, "audit-investor-profile"),
        "invitation.accept" => t!(lang, "audit-invitation-accept"),
        "invitation.create" => t!(lang, "audit-invitation-create"),
        "pitch.deck" => t!(lang, "audit-pitch-deck"),
        "pitch.save" => t!(lang, "audit-pitch-save"),
        "pitch.submit" => t!(lang, "audit-pitch-submit"),
        "pitch.withdraw" => t!(lang, "audit-pitch-withdraw"),
        "review.assign" => t!(lang, "audit-review-assign"),
        "review.auto_assign" => t!(lang, "audit-review-auto-assign"),
        "review.conflict" => t!(lang, "audit-review-conflict"),
        "review.save" => t!(lang, "audit-review-save"),
        "review.setup" => t!(lang, "audit-review-setup"),
        "review.unassign" => t!(lang, "audit-review-unassign"),
        "startup.create" => t!(lang, "audit-startup-create"),
        "startup.invite_cofounder" => t!(lang, "audit-startup-invite-cofounder"),
        "startup.join" => t!(lang, "audit-startup-join"),
        "startup.leave" => t!(lang, "audit-startup-leave"),
        "startup.logo" => t!(lang, "audit-startup-logo"),
        "startup.update" => t!(lang, "audit-startup-update"),
        "user.create" => t!(lang, "audit-user-create"),
        "user.password_reset" => t!(lang, "audit-user-password-reset"),
        "user.sign_up" => t!(lang, "audit-user-sign-up"),
        "user.email_verified" => t!(lang, "audit-user-email-verified"),
        "user.sign_up_again" => t!(lang, "audit-user-sign-up-again"),
        "user.sign_up_known_address" => t!(lang, "audit-user-sign-up-known-address"),
        "rounds.room" => t!(lang, "audit-rounds-room"),
        "live.open" => t!(lang, "audit-live-open"),
        "live.close" => t!(lang, "audit-live-close"),
        "live.award" => t!(lang, "audit-live-award"),
        "live.release" => t!(lang, "audit-live-release"),
        "live.stage_rubric" => t!(lang, "audit-live-stage-rubric"),
        "rounds.room_delete" => t!(lang, "audit-rounds-room-delete"),
        "rounds.session" => t!(lang, "audit-rounds-session"),
        "rounds.session_delete" => t!(lang, "audit-rounds-session-delete"),
        "schedule.solve" => t!(lang, "audit-schedule-solve"),
        "schedule.edit" => t!(lang, "audit-schedule-edit"),
        "schedule.override" => t!(lang, "audit-schedule-override"),
        "schedule.release" => t!(lang, "audit-schedule-release"),
        "schedule.availability" => t!(lang, "audit-schedule-availability"),
        "schedule.block" => t!(lang, "audit-schedule-block"),
        "schedule.unblock" => t!(lang, "audit-schedule-unblock"),
        "schedule.levels" => t!(lang, "audit-schedule-levels"),
        "meetings.request" => t!(lang, "audit-meetings-request"),
        "meetings.accept" => t!(lang, "audit-meetings-accept"),
        "meetings.decline" => t!(lang, "audit-meetings-decline"),
        "meetings.propose" => t!(lang, "audit-meetings-propose"),
        "meetings.withdraw" => t!(lang, "audit-meetings-withdraw"),
        "meetings.rules" => t!(lang, "audit-meetings-rules"),
        "meetings.block" => t!(lang, "audit-meetings-block"),
        "meetings.block_delete" => t!(lang, "audit-meetings-block-delete"),
        "meetings.place" => t!(lang, "audit-meetings-place"),
        "meetings.place_delete" => t!(lang, "audit-meetings-place-delete"),
        "meetings.run" => t!(lang, "audit-meetings-run"),
        "meetings.release" => t!(lang, "audit-meetings-release"),
        "meetings.book" => t!(lang, "audit-meetings-book"),
        "meetings.override" => t!(lang, "audit-meetings-override"),
        "meetings.lock" => t!(lang, "audit-meetings-lock"),
        "meetings.unlock" => t!(lang, "audit-meetings-unlock"),
        "meetings.cancel" => t!(lang, "audit-meetings-cancel"),
        "meetings.check_in" => t!(lang, "audit-meetings-check-in"),
        "needs.organisation" => t!(lang, "audit-needs-organisation"),
        "needs.post" => t!(lang, "audit-needs-post"),
        "needs.update" => t!(lang, "audit-needs-update"),
        "needs.close" => t!(lang, "audit-needs-close"),
        "needs.respond" => t!(lang, "audit-needs-respond"),
        "needs.shortlist" => t!(lang, "audit-needs-shortlist"),
        "deals.record" => t!(lang, "audit-deals-record"),
        "deals.rates" => t!(lang, "audit-deals-rates"),
        "deals.answer" => t!(lang, "audit-deals-answer"),
        other => other.to_string(),
    }
}

/// An audit-log subject ("submission:<uuid>") as its kind in words and the id's first
/// eight characters, enough to tell entries apart and to search for the full id.
pub fn audit_subject(lang: Lang, raw: &str) -> String {
    let Some((kind, id)) = raw.split_once(':') else {
        return raw.to_string();
    };
    let id: String = id.chars().take(8).collect();
    match kind {
        "edition" => t!(lang, "audit-subject-edition", id = id),
        "submission" => t!(lang, "audit-subject-submission", id = id),
        "startup" => t!(lang, "audit-subject-startup", id = id),
        "user" => t!(lang, "audit-subject-user", id = id),
        "invitation" => t!(lang, "audit-subject-invitation", id = id),
        "investor" => t!(lang, "audit-subject-investor", id = id),
        "room" => t!(lang, "audit-subject-room", id = id),
        "session" => t!(lang, "audit-subject-session", id = id),
        "meeting_request" => t!(lang, "audit-subject-meeting-request", id = id),
        "meeting" => t!(lang, "audit-subject-meeting", id = id),
        "meeting_block" => t!(lang, "audit-subject-meeting-block", id = id),
        "meeting_place" => t!(lang, "audit-subject-meeting-place", id = id),
        "need" => t!(lang, "audit-subject-need", id = id),
        "agreement" => t!(lang, "audit-subject-agreement", id = id),
        _ => raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_filter_offers_every_worded_action_once() {
        for code in AUDIT_ACTIONS {
            for lang in [Lang::En, Lang::Zh] {
                assert_ne!(audit_action(lang, code), code, "{code} has words");
            }
        }
        let mut codes = AUDIT_ACTIONS.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), AUDIT_ACTIONS.len());
        // As many as `audit_action` words: a new action goes into both.
        let source = include_str!("labels.rs");
        let body = source
            .split("pub fn audit_action")
            .nth(1)
            .and_then(|rest| rest.split("pub fn audit_subject").next())
            .unwrap_or_default();
        assert_eq!(
            body.matches("\" => t!(lang, \"audit-").count(),
            AUDIT_ACTIONS.len()
        );
    }

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
    use domain::review::{mask_name, Decision, Interest, Recommendation, Visibility};

    #[test]
    fn a_masked_name_reads_in_the_judges_language() {
        let masked = mask_name("潮汐电网 stores energy. 潮汐电网 ships.", "潮汐电网");
        assert_eq!(
            blind(Lang::En, &masked),
            "[startup] stores energy. [startup] ships."
        );
        assert_eq!(
            blind(Lang::Zh, &masked),
            "[项目] stores energy. [项目] ships."
        );
        assert_eq!(blind(Lang::Zh, "no name here"), "no name here");
    }

    #[test]
    fn audit_entries_read_as_words_and_unknown_codes_as_stored() {
        assert_eq!(audit_action(Lang::Zh, "pitch.submit"), "提交参赛项目");
        assert_eq!(audit_action(Lang::En, "pitch.submit"), "Pitch submitted");
        assert_eq!(audit_action(Lang::En, "future.thing"), "future.thing");
        assert_eq!(
            audit_subject(Lang::Zh, "submission:3f2a9c1e-0000-0000-0000-000000000000"),
            "参赛项目 3f2a9c1e"
        );
        assert_eq!(audit_subject(Lang::En, "odd"), "odd");
    }

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

/// A country's name from its ISO 3166-1 alpha-2 code (any case); an unknown code is
/// shown as it is.
pub fn country(lang: Lang, code: &str) -> String {
    let code = code.trim().to_ascii_uppercase();
    match domain::country::country_name(&code) {
        // Every listed code has a `country-xx` message (tested below).
        Some(_) => i18n::dynamic(lang, &format!("country-{}", code.to_ascii_lowercase())),
        None => code,
    }
}

/// Every country as `(code, name)` for a drop-down, in code order.
/// Every country as (code, name), in the order a reader of `lang` looks for them:
/// by name (Chinese names by pinyin, 中国 under Z), not by code.
pub fn countries(lang: Lang) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = domain::country::COUNTRIES
        .iter()
        .map(|(code, _)| (code.to_string(), country(lang, code)))
        .collect();
    all.sort_by_cached_key(|(_, name)| domain::text::sort_key(name));
    all
}

/// A currency's name from its ISO 4217 code, for the codes of `domain::startup::CURRENCIES`.
pub fn currency(lang: Lang, code: &str) -> Option<String> {
    Some(match code {
        "CNY" => t!(lang, "currency-cny"),
        "USD" => t!(lang, "currency-usd"),
        "EUR" => t!(lang, "currency-eur"),
        "HKD" => t!(lang, "currency-hkd"),
        "GBP" => t!(lang, "currency-gbp"),
        "JPY" => t!(lang, "currency-jpy"),
        "SGD" => t!(lang, "currency-sgd"),
        "KRW" => t!(lang, "currency-krw"),
        "CHF" => t!(lang, "currency-chf"),
        "AUD" => t!(lang, "currency-aud"),
        "CAD" => t!(lang, "currency-cad"),
        "AED" => t!(lang, "currency-aed"),
        "INR" => t!(lang, "currency-inr"),
        "SEK" => t!(lang, "currency-sek"),
        _ => return None,
    })
}

/// The currencies a form offers, as `(code, "CNY · Chinese yuan")`.
pub fn currency_options(lang: Lang) -> Vec<(String, String)> {
    domain::startup::CURRENCIES
        .iter()
        .map(|(code, english)| {
            let name = currency(lang, code).unwrap_or_else(|| english.to_string());
            (code.to_string(), format!("{code} · {name}"))
        })
        .collect()
}

/// A file's size: "840 bytes", "12 KB", "1.5 MB".
pub fn file_size(lang: Lang, bytes: u64) -> String {
    if bytes < 1024 {
        t!(lang, "file-size-bytes", count = bytes)
    } else {
        domain::upload::human_size(bytes)
    }
}

/// A stage as someone may type it in a list: its code, or its name in any language
/// (`seed`, `Seed`, `种子轮`), ignoring case and spaces.
pub fn stage_named(raw: &str) -> Option<Stage> {
    let key = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let wanted = key(raw);
    Stage::ALL.iter().copied().find(|&s| {
        key(s.as_str()) == wanted || Lang::ALL.iter().any(|&l| key(&stage(l, s)) == wanted)
    })
}

/// Stages in `lang`, as a list a person reads and may type back: "Seed, Series A" /
/// "种子轮、A 轮".
pub fn stage_list(lang: Lang, stages: &[Stage]) -> String {
    stages
        .iter()
        .map(|&s| stage(lang, s))
        .collect::<Vec<_>>()
        .join(&t!(lang, "startup-list-separator"))
}

#[cfg(test)]
mod founder_tests {
    use super::*;

    fn chinese(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_country_and_currency_has_a_name_in_each_language() {
        for (code, english) in domain::country::COUNTRIES {
            assert_eq!(country(Lang::En, code), english);
            assert_eq!(country(Lang::En, &code.to_ascii_lowercase()), english);
            assert!(chinese(&country(Lang::Zh, code)), "{code}");
        }
        assert_eq!(country(Lang::Zh, "CN"), "中国");
        assert_eq!(country(Lang::Zh, "XX"), "XX");
        for (code, english) in domain::startup::CURRENCIES {
            assert_eq!(currency(Lang::En, code).as_deref(), Some(english));
            assert!(
                currency(Lang::Zh, code).is_some_and(|n| chinese(&n)),
                "{code}"
            );
        }
        assert_eq!(currency_options(Lang::En)[0].1, "CNY · Chinese yuan");
        assert_eq!(currency_options(Lang::Zh)[0].1, "CNY · 人民币");
    }

    #[test]
    fn english_sizes_are_the_domain_texts() {
        for bytes in [0, 1, 1023, 1024, 1_572_864] {
            assert_eq!(
                file_size(Lang::En, bytes),
                domain::upload::human_size(bytes)
            );
        }
        assert_eq!(file_size(Lang::Zh, 300), "300 字节");
    }

    #[test]
    fn a_stage_is_found_by_its_code_or_any_name() {
        for &s in Stage::ALL {
            assert_eq!(stage_named(s.as_str()), Some(s));
            for &l in Lang::ALL.iter() {
                assert_eq!(stage_named(&stage(l, s)), Some(s), "{l:?} {s:?}");
            }
        }
        assert_eq!(stage_named(" series a "), Some(Stage::SeriesA));
        assert_eq!(stage_named("A轮"), Some(Stage::SeriesA));
        assert_eq!(stage_named("unicorn"), None);
        assert_eq!(
            stage_list(Lang::En, &[Stage::Seed, Stage::SeriesA]),
            "Seed, Series A"
        );
        assert_eq!(
            stage_list(Lang::Zh, &[Stage::Seed, Stage::SeriesA]),
            "种子轮、A 轮"
        );
    }
}

pub fn pitch_status(lang: Lang, s: domain::live::PitchStatus) -> String {
    use domain::live::PitchStatus;
    match s {
        PitchStatus::Waiting => t!(lang, "live-status-waiting"),
        PitchStatus::Pitched => t!(lang, "live-status-pitched"),
        PitchStatus::NoShow => t!(lang, "live-status-no-show"),
        PitchStatus::Moved => t!(lang, "live-status-moved"),
    }
}

pub fn live_phase(lang: Lang, p: domain::live::Phase) -> String {
    use domain::live::Phase;
    match p {
        Phase::Pitch => t!(lang, "live-phase-pitch"),
        Phase::Qa => t!(lang, "live-phase-qa"),
    }
}

pub fn live_state(lang: Lang, s: Option<domain::live::LiveState>) -> String {
    use domain::live::LiveState;
    match s {
        None => t!(lang, "live-state-not-open"),
        Some(LiveState::Open) => t!(lang, "live-state-open"),
        Some(LiveState::Closed) => t!(lang, "live-state-closed"),
    }
}

pub fn board_cell(lang: Lang, c: domain::live::Cell) -> String {
    use domain::live::Cell;
    match c {
        Cell::Scored => t!(lang, "live-cell-scored"),
        Cell::Missing => t!(lang, "live-cell-missing"),
        Cell::Conflicted => t!(lang, "live-cell-conflicted"),
        Cell::NotDue => t!(lang, "live-cell-not-due"),
    }
}

/// An award as a line: "Winner · Clean energy", "Best fintech", "Finalist".
pub fn award(lang: Lang, kind: domain::live::AwardKind, name: &str) -> String {
    use domain::live::AwardKind;
    match kind {
        AwardKind::Winner => t!(lang, "live-award-winner", track = name),
        AwardKind::Award => t!(lang, "live-award-named", award = name),
        AwardKind::Finalist => t!(lang, "live-award-finalist"),
    }
}

/// Where a meeting request stands.
pub fn request_status(lang: Lang, status: domain::meetings::RequestStatus) -> String {
    use domain::meetings::RequestStatus as S;
    match status {
        S::Pending => t!(lang, "request-status-pending"),
        S::Proposed => t!(lang, "request-status-proposed"),
        S::Accepted => t!(lang, "request-status-accepted"),
        S::Declined => t!(lang, "request-status-declined"),
        S::Withdrawn => t!(lang, "request-status-withdrawn"),
        S::Expired => t!(lang, "request-status-expired"),
    }
}

/// A reply's button.
pub fn reply(lang: Lang, reply: domain::meetings::Reply) -> String {
    use domain::meetings::Reply as R;
    match reply {
        R::Accept => t!(lang, "request-reply-accept"),
        R::Decline => t!(lang, "request-reply-decline"),
        R::Propose => t!(lang, "request-reply-propose"),
        R::Withdraw => t!(lang, "request-reply-withdraw"),
    }
}

/// What a side said of a meeting on the day.
pub fn check_in(lang: Lang, check: domain::meetings::CheckIn) -> String {
    use domain::meetings::CheckIn as C;
    match check {
        C::Held => t!(lang, "meeting-check-held"),
        C::NoShow => t!(lang, "meeting-check-no-show"),
    }
}

/// A need's visibility in words.
pub fn need_visibility(lang: Lang, v: domain::needs::NeedVisibility) -> String {
    match v {
        domain::needs::NeedVisibility::Public => t!(lang, "needs-visibility-public"),
        domain::needs::NeedVisibility::Members => t!(lang, "needs-visibility-members"),
    }
}

/// How a closed need ended, in words.
pub fn need_outcome(lang: Lang, o: domain::needs::Outcome) -> String {
    match o {
        domain::needs::Outcome::TakenUp => t!(lang, "needs-outcome-taken-up"),
        domain::needs::Outcome::NoFit => t!(lang, "needs-outcome-no-fit"),
        domain::needs::Outcome::Withdrawn => t!(lang, "needs-outcome-withdrawn"),
    }
}

/// What kind of agreement, in words.
pub fn agreement_kind(lang: Lang, k: domain::deals::AgreementKind) -> String {
    use domain::deals::AgreementKind::*;
    match k {
        Investment => t!(lang, "deals-kind-investment"),
        Mou => t!(lang, "deals-kind-mou"),
        Partnership => t!(lang, "deals-kind-partnership"),
        Licensing => t!(lang, "deals-kind-licensing"),
        Purchase => t!(lang, "deals-kind-purchase"),
    }
}
