//! The text of the domain's typed problems, in the reader's language. The domain (and
//! the services) say what is wrong, a code with its facts (`domain::problem`); the
//! sentence is chosen here, at the edge. Each function is a `match` with one literal
//! message id per variant, so a new variant without words, or a missing translation,
//! is a compile error.

use crate::components::labels;
use crate::lang::t;
use domain::conflict::{AutoConflict, ConflictReason};
use domain::lang::Lang;
use domain::meetings::{ReplyRefused, RequestRefused};
use domain::pipeline::{PipelineClash, PipelineProblem};
use domain::review::Undecidable;
use domain::schedule::Rule;
use domain::scoring::ScoreError;
use domain::startup::Stage;
use domain::submission::Locked;
use domain::upload::{human_size, UploadProblem, UploadRule};
use domain::{Clash, Noun, Problem, Refusal};

/// A field's name as a problem mentions it.
pub fn noun(lang: Lang, noun: Noun) -> String {
    match noun {
        Noun::DisplayName => t!(lang, "problem-noun-display-name"),
        Noun::Email => t!(lang, "problem-noun-email"),
        Noun::Password => t!(lang, "problem-noun-password"),
        Noun::EditionName => t!(lang, "problem-noun-edition-name"),
        Noun::City => t!(lang, "problem-noun-city"),
        Noun::StartDate => t!(lang, "problem-noun-start-date"),
        Noun::EndDate => t!(lang, "problem-noun-end-date"),
        Noun::SubmissionDeadline => t!(lang, "problem-noun-submission-deadline"),
        Noun::AttendanceDeadline => t!(lang, "problem-noun-attendance-deadline"),
        Noun::DeclineReason => t!(lang, "problem-noun-decline-reason"),
        Noun::TrackName => t!(lang, "problem-noun-track-name"),
        Noun::StartupName => t!(lang, "problem-noun-startup-name"),
        Noun::OneLiner => t!(lang, "problem-noun-one-liner"),
        Noun::Description => t!(lang, "problem-noun-description"),
        Noun::Sector => t!(lang, "problem-noun-sector"),
        Noun::Stage => t!(lang, "problem-noun-stage"),
        Noun::Country => t!(lang, "problem-noun-country"),
        Noun::FoundedYear => t!(lang, "problem-noun-founded-year"),
        Noun::TeamSize => t!(lang, "problem-noun-team-size"),
        Noun::Website => t!(lang, "problem-noun-website"),
        Noun::MonthlyRevenue => t!(lang, "problem-noun-monthly-revenue"),
        Noun::Users => t!(lang, "problem-noun-users"),
        Noun::AmountAsked => t!(lang, "problem-noun-amount-asked"),
        Noun::Currency => t!(lang, "problem-noun-currency"),
        Noun::Instrument => t!(lang, "problem-noun-instrument"),
        Noun::PreMoneyValuation => t!(lang, "problem-noun-pre-money-valuation"),
        Noun::UseOfFunds => t!(lang, "problem-noun-use-of-funds"),
        Noun::RaisedSoFar => t!(lang, "problem-noun-raised-so-far"),
        Noun::Firm => t!(lang, "problem-noun-firm"),
        Noun::JobTitle => t!(lang, "problem-noun-job-title"),
        Noun::SmallestTicket => t!(lang, "problem-noun-smallest-ticket"),
        Noun::LargestTicket => t!(lang, "problem-noun-largest-ticket"),
        Noun::CompanyName => t!(lang, "problem-noun-company-name"),
        Noun::CompanyWebsite => t!(lang, "problem-noun-company-website"),
        Noun::PitchTitle => t!(lang, "problem-noun-pitch-title"),
        Noun::Summary => t!(lang, "problem-noun-summary"),
        Noun::VideoLink => t!(lang, "problem-noun-video-link"),
        Noun::CriterionName => t!(lang, "problem-noun-criterion-name"),
        Noun::Guidance => t!(lang, "problem-noun-guidance"),
        Noun::Visibility => t!(lang, "problem-noun-visibility"),
        Noun::Recommendation => t!(lang, "problem-noun-recommendation"),
        Noun::Comment => t!(lang, "problem-noun-comment"),
        Noun::PrivateNote => t!(lang, "problem-noun-private-note"),
        Noun::ConflictReason => t!(lang, "problem-noun-conflict-reason"),
        Noun::Interest => t!(lang, "problem-noun-interest"),
        Noun::Decision => t!(lang, "problem-noun-decision"),
        Noun::RoomName => t!(lang, "problem-noun-room-name"),
        Noun::Capacity => t!(lang, "problem-noun-capacity"),
        Noun::SessionTitle => t!(lang, "problem-noun-session-title"),
        Noun::Room => t!(lang, "problem-noun-room"),
        Noun::SessionDay => t!(lang, "problem-noun-session-day"),
        Noun::StartTime => t!(lang, "problem-noun-start-time"),
        Noun::EndTime => t!(lang, "problem-noun-end-time"),
        Noun::PitchMinutes => t!(lang, "problem-noun-pitch-minutes"),
        Noun::QaMinutes => t!(lang, "problem-noun-qa-minutes"),
        Noun::ChangeoverMinutes => t!(lang, "problem-noun-changeover-minutes"),
        Noun::PanelMin => t!(lang, "problem-noun-panel-min"),
        Noun::PanelMax => t!(lang, "problem-noun-panel-max"),
        Noun::VersionName => t!(lang, "problem-noun-version-name"),
        Noun::Changelog => t!(lang, "problem-noun-changelog"),
        Noun::RuleLevel => t!(lang, "problem-noun-rule-level"),
        Noun::AwardName => t!(lang, "problem-noun-award-name"),
        Noun::InvestorQuota => t!(lang, "problem-noun-investor-quota"),
        Noun::StartupQuota => t!(lang, "problem-noun-startup-quota"),
        Noun::ReplyHours => t!(lang, "problem-noun-reply-hours"),
        Noun::RequestMessage => t!(lang, "problem-noun-request-message"),
        Noun::ProposedTimes => t!(lang, "problem-noun-proposed-times"),
        Noun::MeetingMinutes => t!(lang, "problem-noun-meeting-minutes"),
        Noun::BufferMinutes => t!(lang, "problem-noun-buffer-minutes"),
        Noun::PlaceName => t!(lang, "problem-noun-place-name"),
        Noun::PlaceLocation => t!(lang, "problem-noun-place-location"),
        Noun::NeedTitle => t!(lang, "problem-noun-need-title"),
        Noun::BudgetMin => t!(lang, "problem-noun-budget-min"),
        Noun::BudgetMax => t!(lang, "problem-noun-budget-max"),
        Noun::Deadline => t!(lang, "problem-noun-deadline"),
        Noun::Proposal => t!(lang, "problem-noun-proposal"),
        Noun::Outcome => t!(lang, "problem-noun-outcome"),
        Noun::OutcomeNote => t!(lang, "problem-noun-outcome-note"),
        Noun::TakenUpBy => t!(lang, "problem-noun-taken-up-by"),
        Noun::Organisation => t!(lang, "problem-noun-organisation"),
        Noun::AgreementKind => t!(lang, "problem-noun-agreement-kind"),
        Noun::AgreementStatus => t!(lang, "problem-noun-agreement-status"),
        Noun::Amount => t!(lang, "problem-noun-amount"),
        Noun::SignedOn => t!(lang, "problem-noun-signed-on"),
        Noun::Counterparty => t!(lang, "problem-noun-counterparty"),
        Noun::Startup => t!(lang, "problem-noun-startup"),
        Noun::Need => t!(lang, "problem-noun-need"),
        Noun::Meeting => t!(lang, "problem-noun-meeting"),
    }
}

/// Sentences read one after another: a space between them in English, none after a
/// Chinese full stop.
fn one_after_another(lang: Lang, sentences: impl IntoIterator<Item = String>) -> String {
    let gap = match lang {
        Lang::En => " ",
        Lang::Zh => "",
    };
    sentences.into_iter().collect::<Vec<_>>().join(gap)
}

/// Names in a list: "Idea, Seed" / "种子期、A 轮".
fn listed(lang: Lang, names: impl IntoIterator<Item = String>) -> String {
    let comma = match lang {
        Lang::En => ", ",
        Lang::Zh => "、",
    };
    names.into_iter().collect::<Vec<_>>().join(comma)
}

/// What is wrong with one field.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    use Problem::*;
    let n = |field: &Noun| noun(lang, *field);
    match problem {
        Required { field } => t!(lang, "problem-required", field = n(field)),
        TooShort { field, min } => t!(lang, "problem-too-short", field = n(field), min = (*min)),
        TooLong { field, max, len } => {
            t!(
                lang,
                "problem-too-long",
                field = n(field),
                max = (*max),
                len = (*len)
            )
        }
        AtMost { field, max } => t!(lang, "problem-at-most", field = n(field), max = (*max)),
        HiddenCharacters { field } => t!(lang, "problem-hidden-characters", field = n(field)),
        // In English the name is mid-sentence: "Choose a stage from the list."
        NotInList { field } => t!(lang, "problem-not-in-list", field = n(field).to_lowercase()),
        NotADate { field } => t!(lang, "problem-not-a-date", field = n(field)),
        NotADateTime { field } => t!(lang, "problem-not-a-date-time", field = n(field)),
        NotAnAmount { field } => t!(lang, "problem-not-an-amount", field = n(field)),
        AmountTooLarge { field } => t!(lang, "problem-amount-too-large", field = n(field)),
        OutOfRange { field, min, max } => {
            t!(
                lang,
                "problem-out-of-range",
                field = n(field),
                min = (*min),
                max = (*max)
            )
        }
        NotAWholeNumber { field } => t!(lang, "problem-not-a-whole-number", field = n(field)),
        NotHttp { field } => t!(lang, "problem-not-http", field = n(field)),
        NotAWebAddress { field } => t!(lang, "problem-not-a-web-address", field = n(field)),
        AtLine {
            line,
            problem: inner,
        } => t!(
            lang,
            "problem-at-line",
            line = (*line),
            problem = self::problem(lang, inner)
        ),
        Several(problems) => {
            one_after_another(lang, problems.iter().map(|p| self::problem(lang, p)))
        }
        NotAnEmail { value } => t!(lang, "problem-not-an-email", value = value.as_str()),
        NotARole { value } => t!(lang, "problem-not-a-role", value = value.as_str()),
        EmailTaken => t!(lang, "problem-email-taken"),
        EmailJustTaken => t!(lang, "problem-email-just-taken"),
        BadCredentials => t!(lang, "problem-bad-credentials"),
        NotYourPassword => t!(lang, "problem-not-your-password"),
        FoundersSignUp => t!(lang, "problem-founders-sign-up"),
        InvitationForOther { email } => {
            t!(lang, "problem-invitation-for-other", email = email.as_str())
        }
        InviteeHasAccount { email } => {
            t!(lang, "problem-invitee-has-account", email = email.as_str())
        }
        AlreadyOnTeam { name } => t!(lang, "problem-already-on-team", name = name.as_str()),
        UnknownTimeZone { value } => t!(lang, "problem-unknown-time-zone", value = value.as_str()),
        FixTimeZoneFirst => t!(lang, "problem-fix-time-zone-first"),
        NoSuchLocalTime => t!(lang, "problem-no-such-local-time"),
        DuplicateTrack { name } => t!(lang, "problem-duplicate-track", name = name.as_str()),
        NoTracks => t!(lang, "problem-no-tracks"),
        TooManyTracks { max } => t!(lang, "problem-too-many-tracks", max = (*max)),
        EndBeforeStart => t!(lang, "problem-end-before-start"),
        DeadlineAfterEnd => t!(lang, "problem-deadline-after-end"),
        AttendanceDeadlineOutOfRange => t!(lang, "problem-attendance-deadline-out-of-range"),
        EditionNameTaken => t!(lang, "problem-edition-name-taken"),
        TrackInUse { name, pitches } => t!(
            lang,
            "problem-track-in-use",
            name = name.as_str(),
            pitches = (*pitches)
        ),
        NotACountry { value } => t!(lang, "problem-not-a-country", value = value.as_str()),
        FoundedOutOfRange { last } => t!(lang, "problem-founded-out-of-range", last = (*last)),
        FoundedNotAYear => t!(lang, "problem-founded-not-a-year"),
        TeamSizeOutOfRange => t!(lang, "problem-team-size-out-of-range"),
        GrowthOutOfRange => t!(lang, "problem-growth-out-of-range"),
        GrowthNotANumber => t!(lang, "problem-growth-not-a-number"),
        NoSectors => t!(lang, "problem-no-sectors"),
        TooManySectors { max } => t!(lang, "problem-too-many-sectors", max = (*max)),
        InstrumentNeeded => t!(lang, "problem-instrument-needed"),
        AskOverValuation => t!(lang, "problem-ask-over-valuation"),
        NotAStage { value } => t!(
            lang,
            "problem-not-a-stage",
            value = value.as_str(),
            stages = listed(lang, Stage::ALL.iter().map(|&s| labels::stage(lang, s)))
        ),
        NoStages => t!(lang, "problem-no-stages"),
        TooManyCompanies { max } => t!(lang, "problem-too-many-companies", max = (*max)),
        TicketsReversed => t!(lang, "problem-tickets-reversed"),
        NoTrack => t!(lang, "problem-no-track"),
        NotATrack => t!(lang, "problem-not-a-track"),
        WindowShape {
            line,
            text,
            example,
        } => t!(
            lang,
            "problem-window-shape",
            line = (*line),
            text = text.as_str(),
            example = example.to_string()
        ),
        NotAPitchDay { day, first, last } => t!(
            lang,
            "problem-not-a-pitch-day",
            day = day.to_string(),
            first = first.to_string(),
            last = last.to_string()
        ),
        WindowEndsFirst => t!(lang, "problem-window-ends-first"),
        NoSuchTime { day } => t!(lang, "problem-no-such-time", day = day.to_string()),
        TooManyWindows { max } => t!(lang, "problem-too-many-windows", max = (*max)),
        WindowsOverlap { day } => t!(lang, "problem-windows-overlap", day = day.to_string()),
        PreferredOutsideAvailability { day } => {
            t!(
                lang,
                "problem-preferred-outside-availability",
                day = day.to_string()
            )
        }
        DeckBeforeSubmit => t!(lang, "problem-deck-before-submit"),
        DeckMissing => t!(lang, "problem-deck-missing"),
        RubricLineShape => t!(lang, "problem-rubric-line-shape"),
        WeightRange { max } => t!(lang, "problem-weight-range", max = (*max)),
        ScaleFiveOrTen => t!(lang, "problem-scale-five-or-ten"),
        CriterionTwice { name } => t!(lang, "problem-criterion-twice", name = name.as_str()),
        NoCriteria => t!(lang, "problem-no-criteria"),
        TooManyCriteria { max, count } => {
            t!(
                lang,
                "problem-too-many-criteria",
                max = (*max),
                count = (*count)
            )
        }
        RubricInUse => t!(lang, "problem-rubric-in-use"),
        AnchorLineShape => t!(lang, "problem-anchor-line-shape"),
        StartAndEndNeeded => t!(lang, "problem-start-and-end-needed"),
        AnchorNoCriterion { name } => {
            t!(lang, "problem-anchor-no-criterion", name = name.as_str())
        }
        AnchorOffScale { name, max } => {
            t!(
                lang,
                "problem-anchor-off-scale",
                name = name.as_str(),
                max = (*max)
            )
        }
        AnchorTooLong { max, len } => {
            t!(lang, "problem-anchor-too-long", max = (*max), len = (*len))
        }
        AnchorTwice { name, point } => {
            t!(
                lang,
                "problem-anchor-twice",
                name = name.as_str(),
                point = (*point)
            )
        }
        ReviewsPerPitchRange { max } => t!(lang, "problem-reviews-per-pitch-range", max = (*max)),
        Score(e) => score_error(lang, e),
        TagTooLong { max, tag } => {
            t!(
                lang,
                "problem-tag-too-long",
                max = (*max),
                tag = tag.as_str()
            )
        }
        TooManyTags { max } => t!(lang, "problem-too-many-tags", max = (*max)),
        NotAJudge => t!(lang, "problem-not-a-judge"),
        AmbiguousJudge => t!(lang, "problem-ambiguous-judge"),
        OnlyInvestorsReview => t!(lang, "problem-only-investors-review"),
        JudgeConflicted { judge, reason } => {
            let reason = conflict_reason(lang, reason);
            // Inside brackets: the reason's own full stop would be one too many.
            let reason = reason.trim_end_matches(['.', '。']);
            t!(
                lang,
                "problem-judge-conflicted",
                judge = judge.as_str(),
                reason = reason
            )
        }
        AlreadyReviews { judge } => t!(lang, "problem-already-reviews", judge = judge.as_str()),
        SearchTooLong { max } => t!(lang, "problem-search-too-long", max = (*max)),
        Pipeline(p) => pipeline_problem(lang, p),
        NotOnStage => t!(lang, "problem-not-on-stage"),
        StageRubricEmpty => t!(lang, "problem-stage-rubric-empty"),
        NotATime { field } => t!(lang, "problem-not-a-time", field = n(field)),
        BreakShape => t!(lang, "problem-break-shape"),
        BreakOutsideSession => t!(lang, "problem-break-outside-session"),
        TooManyBreaks { max } => t!(lang, "problem-too-many-breaks", max = (*max)),
        BreaksOverlap => t!(lang, "problem-breaks-overlap"),
        SessionEndsFirst => t!(lang, "problem-session-ends-first"),
        SlotLongerThanSession { slot, session } => t!(
            lang,
            "problem-slot-longer-than-session",
            slot = (*slot),
            session = (*session)
        ),
        TooManySlots { slots, max } => t!(
            lang,
            "problem-too-many-slots",
            slots = (*slots),
            max = (*max)
        ),
        PanelReversed => t!(lang, "problem-panel-reversed"),
        RoomBusy { session } => t!(lang, "problem-room-busy", session = session.as_str()),
        RoomNameTaken => t!(lang, "problem-room-name-taken"),
        RoomInUse { sessions } => t!(lang, "problem-room-in-use", sessions = (*sessions)),
        SlotTaken { startup } => t!(lang, "problem-slot-taken", startup = startup.as_str()),
        BreaksRules { rules } => t!(
            lang,
            "problem-breaks-rules",
            rules = listed(lang, rules.iter().map(|&r| schedule_rule(lang, r)))
        ),
        BlocksOverlap => t!(lang, "problem-blocks-overlap"),
        PlaceNameTaken => t!(lang, "problem-place-name-taken"),
        MeetingTaken => t!(lang, "problem-meeting-taken"),
        PlaceInUse { meetings } => t!(lang, "problem-place-in-use", meetings = (*meetings)),
        MeetingBreaksRules { rules } => t!(
            lang,
            "problem-meeting-breaks-rules",
            rules = listed(lang, rules.iter().map(|&r| meeting_rule(lang, r)))
        ),
        NotAMeetingSlot => t!(lang, "problem-not-a-meeting-slot"),
        CheckInNotYet { opens } => t!(lang, "problem-check-in-not-yet", opens = opens.as_str()),
        CheckInOver => t!(lang, "problem-check-in-over"),
        BudgetReversed => t!(lang, "problem-budget-reversed"),
        InThePast { field } => t!(lang, "problem-in-the-past", field = n(field)),
        InTheFuture { field } => t!(lang, "problem-in-the-future", field = n(field)),
        TooEarly { field, earliest } => t!(
            lang,
            "problem-too-early",
            field = n(field),
            earliest = i18n::format::date(lang, *earliest)
        ),
        TooLate { field, latest } => t!(
            lang,
            "problem-too-late",
            field = n(field),
            latest = i18n::format::date(lang, *latest)
        ),
        NotARate => t!(lang, "problem-not-a-rate"),
        RateShape => t!(lang, "problem-rate-shape"),
        AtSign { field } => t!(lang, "problem-at-sign", field = n(field)),
    }
}

/// A kind of meeting-schedule rule, as staff read it in a list.
pub fn meeting_rule(lang: Lang, rule: domain::meetings::booking::MeetingRule) -> String {
    use domain::meetings::booking::MeetingRule as R;
    match rule {
        R::PlaceTwice => t!(lang, "meeting-rule-place-twice"),
        R::InvestorTwice => t!(lang, "meeting-rule-investor-twice"),
        R::StartupTwice => t!(lang, "meeting-rule-startup-twice"),
        R::InvestorBusy => t!(lang, "meeting-rule-investor-busy"),
        R::StartupBusy => t!(lang, "meeting-rule-startup-busy"),
        R::OverQuota => t!(lang, "meeting-rule-over-quota"),
        R::LockedMoved => t!(lang, "meeting-rule-locked-moved"),
        R::Unknown => t!(lang, "meeting-rule-unknown"),
    }
}

/// Why the matcher left a request without a meeting.
pub fn why_unplaced(lang: Lang, why: &domain::meetings::WhyUnplaced) -> String {
    use domain::meetings::WhyUnplaced as W;
    match why {
        W::Unknown => t!(lang, "meeting-unplaced-unknown"),
        W::NoCommonTime => t!(lang, "meeting-unplaced-no-common-time"),
        W::InvestorQuota => t!(lang, "meeting-unplaced-investor-quota"),
        W::StartupQuota => t!(lang, "meeting-unplaced-startup-quota"),
        W::SlotsTaken { common_slots } => t!(
            lang,
            "meeting-unplaced-slots-taken",
            slots = (*common_slots)
        ),
    }
}

/// A kind of schedule rule, as staff read it in a list ("conflict of interest").
pub fn schedule_rule(lang: Lang, rule: Rule) -> String {
    match rule {
        Rule::WellFormed => t!(lang, "rule-well-formed"),
        Rule::OncePerStartup => t!(lang, "rule-once-per-startup"),
        Rule::OneStartupPerSlot => t!(lang, "rule-one-startup-per-slot"),
        Rule::StartupAvailability => t!(lang, "rule-startup-availability"),
        Rule::Track => t!(lang, "rule-track"),
        Rule::JudgeOverlap => t!(lang, "rule-judge-overlap"),
        Rule::FounderOverlap => t!(lang, "rule-founder-overlap"),
        Rule::JudgePitching => t!(lang, "rule-judge-pitching"),
        Rule::JudgeAvailability => t!(lang, "rule-judge-availability"),
        Rule::Conflict => t!(lang, "rule-conflict"),
        Rule::PanelSize => t!(lang, "rule-panel-size"),
        Rule::Locked => t!(lang, "rule-locked"),
        Rule::Unplaced => t!(lang, "rule-unplaced"),
        Rule::PreferredTime => t!(lang, "rule-preferred-time"),
        Rule::PreferredSession => t!(lang, "rule-preferred-session"),
        Rule::JudgeLoad => t!(lang, "rule-judge-load"),
    }
}

pub fn score_error(lang: Lang, error: &ScoreError) -> String {
    match error {
        ScoreError::Missing(criterion) => {
            t!(
                lang,
                "problem-score-missing",
                criterion = criterion.as_str()
            )
        }
        ScoreError::OutOfScale { criterion, max } => t!(
            lang,
            "problem-score-out-of-scale",
            criterion = criterion.as_str(),
            max = (*max)
        ),
    }
}

/// A conflict of interest the system found, as the judge reads it.
pub fn auto_conflict(lang: Lang, found: &AutoConflict) -> String {
    match found {
        AutoConflict::TeamMember(name) => {
            t!(lang, "problem-conflict-team-member", name = name.as_str())
        }
        AutoConflict::Portfolio(name) => {
            t!(lang, "problem-conflict-portfolio", name = name.as_str())
        }
        AutoConflict::SharedDomain(domain) => {
            t!(
                lang,
                "problem-conflict-shared-domain",
                domain = domain.as_str()
            )
        }
    }
}

/// Why a judge may not review a pitch: their own words, or what the system found.
pub fn conflict_reason(lang: Lang, reason: &ConflictReason) -> String {
    match reason {
        ConflictReason::Declared(text) => text.clone(),
        ConflictReason::Found(found) => auto_conflict(lang, found),
    }
}

/// Why the whole form was refused.
pub fn refusal(lang: Lang, refusal: &Refusal) -> String {
    match refusal {
        Refusal::ResetLinkExpired => t!(lang, "problem-reset-link-expired"),
        Refusal::SignUpLinkExpired => t!(lang, "problem-sign-up-link-expired"),
        Refusal::AddressNotConfirmed => t!(lang, "problem-address-not-confirmed"),
        Refusal::InvitationExpired => t!(lang, "problem-invitation-expired"),
        Refusal::CofounderInviteExpired => t!(lang, "problem-cofounder-invite-expired"),
        Refusal::NothingTicked => t!(lang, "problem-nothing-ticked"),
        Refusal::TooManyStartups { teams } => {
            t!(lang, "problem-too-many-startups", teams = (*teams))
        }
        Refusal::MeetingRequest(why) => request_refused(lang, *why),
    }
}

/// Why a meeting request cannot be made.
pub fn request_refused(lang: Lang, why: RequestRefused) -> String {
    match why {
        RequestRefused::InvestorQuota { quota } => {
            t!(lang, "problem-request-investor-quota", quota = quota)
        }
        RequestRefused::StartupQuota { quota } => {
            t!(lang, "problem-request-startup-quota", quota = quota)
        }
        RequestRefused::Conflicted => t!(lang, "problem-request-conflicted"),
        RequestRefused::AlreadyAsked => t!(lang, "problem-request-already-asked"),
        RequestRefused::FoundersMayNotAsk => t!(lang, "problem-request-founders-may-not-ask"),
        RequestRefused::NotTakingPart => t!(lang, "problem-request-not-taking-part"),
    }
}

/// Why a reply to a meeting request does not fit its state.
pub fn reply_refused(lang: Lang, why: ReplyRefused) -> String {
    match why {
        ReplyRefused::Settled(status) => t!(
            lang,
            "problem-reply-settled",
            status = labels::request_status(lang, status).to_lowercase()
        ),
        ReplyRefused::NotYourTurn => t!(lang, "problem-reply-not-your-turn"),
    }
}

/// A status named mid-sentence ("This pitch is under review and …").
fn status_in_sentence(lang: Lang, status: domain::submission::Status) -> String {
    labels::status(lang, status).to_lowercase()
}

/// Why the founders cannot change their pitch now.
pub fn locked(lang: Lang, locked: &Locked) -> String {
    match locked {
        Locked::DeadlinePassed => t!(lang, "problem-locked-deadline"),
        Locked::Withdrawn => t!(lang, "problem-locked-withdrawn"),
        Locked::InReview(status) => t!(
            lang,
            "problem-locked-in-review",
            status = status_in_sentence(lang, *status)
        ),
    }
}

/// Why a pitch cannot take a decision.
pub fn undecidable(lang: Lang, why: Undecidable) -> String {
    match why {
        Undecidable::Draft => t!(lang, "problem-undecidable-draft"),
        Undecidable::Withdrawn => t!(lang, "problem-undecidable-withdrawn"),
    }
}

/// "Tidal Grid: The founders withdrew this pitch."
pub fn refused_pitch(lang: Lang, name: &str, why: Undecidable) -> String {
    t!(
        lang,
        "problem-pitch-refused",
        name = name,
        why = undecidable(lang, why)
    )
}

/// Why an action does not fit the current state of things.
/// Why a team cannot confirm or decline attendance now.
pub fn attendance_closed(lang: Lang, closed: domain::attendance::Closed) -> String {
    use domain::attendance::Closed;
    match closed {
        Closed::NotAccepted => t!(lang, "problem-attendance-not-accepted"),
        Closed::NotAsked => t!(lang, "problem-attendance-not-asked"),
        Closed::PastDeadline => t!(lang, "problem-attendance-past-deadline"),
    }
}

pub fn clash(lang: Lang, clash: &Clash) -> String {
    match clash {
        Clash::Locked(l) => locked(lang, l),
        Clash::ReviewPhaseClosed => t!(lang, "problem-review-phase-closed"),
        Clash::LastMember => t!(lang, "problem-last-member"),
        Clash::NoMoreReviewers(status) => t!(
            lang,
            "problem-no-more-reviewers",
            status = status_in_sentence(lang, *status)
        ),
        Clash::ReviewSavedElsewhere => t!(lang, "problem-review-saved-elsewhere"),
        Clash::PitchExists => t!(lang, "problem-pitch-exists"),
        Clash::NotDecidable(refused) => t!(
            lang,
            "problem-not-decidable",
            pitches = one_after_another(
                lang,
                refused
                    .iter()
                    .map(|(name, why)| refused_pitch(lang, name, *why))
            )
        ),
        Clash::AlreadyUndone => t!(lang, "problem-already-undone"),
        Clash::TooLateToUndo => t!(lang, "problem-too-late-to-undo"),
        Clash::ScheduleChanged => t!(lang, "problem-schedule-changed"),
        Clash::ScheduleBreaksRules { count } => {
            t!(lang, "problem-schedule-breaks-rules", count = (*count))
        }
        Clash::NothingToRelease { number, name } => t!(
            lang,
            "problem-nothing-to-release",
            number = (*number),
            name = name.as_str()
        ),
        Clash::Attendance(closed) => attendance_closed(lang, *closed),
        Clash::LiveNotOpen => t!(lang, "problem-live-not-open"),
        Clash::LiveNotReleased => t!(lang, "problem-live-not-released"),
        Clash::LiveStillOpen => t!(lang, "problem-live-still-open"),
        Clash::LiveResultsOut => t!(lang, "problem-live-results-out"),
        Clash::MeetingReply(why) => reply_refused(lang, *why),
        Clash::LiveStageScored => t!(lang, "problem-live-stage-scored"),
        Clash::Pipeline(c) => pipeline_clash(lang, *c),
        Clash::NeedClosed => t!(lang, "problem-need-closed"),
        Clash::AlreadyResponded => t!(lang, "problem-already-responded"),
        Clash::NotShortlisted => t!(lang, "problem-not-shortlisted"),
        Clash::AgreementAnswered => t!(lang, "problem-agreement-answered"),
    }
}

pub fn upload_problem(lang: Lang, problem: UploadProblem) -> String {
    use UploadProblem::*;
    use UploadRule::*;
    match problem {
        Missing { rule: Logo } => t!(lang, "upload-missing-logo"),
        Missing { rule: Deck } => t!(lang, "upload-missing-deck"),
        Empty { rule: Logo } => t!(lang, "upload-empty-logo"),
        Empty { rule: Deck } => t!(lang, "upload-empty-deck"),
        TooLarge { rule: Logo } => {
            t!(
                lang,
                "upload-too-large-logo",
                size = human_size(Logo.max_bytes())
            )
        }
        TooLarge { rule: Deck } => {
            t!(
                lang,
                "upload-too-large-deck",
                size = human_size(Deck.max_bytes())
            )
        }
        WrongType { rule: Logo } => t!(lang, "upload-wrong-type-logo"),
        WrongType { rule: Deck } => t!(lang, "upload-wrong-type-deck"),
    }
}

/// What is wrong with a pipeline form's field.
pub fn pipeline_problem(lang: Lang, p: &PipelineProblem) -> String {
    match p {
        PipelineProblem::UnknownStage { value } => {
            t!(
                lang,
                "problem-pipeline-unknown-stage",
                value = value.as_str()
            )
        }
        PipelineProblem::PassReasonRequired => t!(lang, "problem-pipeline-pass-reason"),
        PipelineProblem::BackReasonRequired => t!(lang, "problem-pipeline-back-reason"),
        PipelineProblem::ReasonTooLong { max, len } => t!(
            lang,
            "problem-pipeline-reason-too-long",
            max = (*max),
            len = (*len)
        ),
        PipelineProblem::NoteRequired => t!(lang, "problem-pipeline-note-required"),
        PipelineProblem::NoteTooLong { max, len } => t!(
            lang,
            "problem-pipeline-note-too-long",
            max = (*max),
            len = (*len)
        ),
        PipelineProblem::TaskTitleRequired => t!(lang, "problem-pipeline-task-title-required"),
        PipelineProblem::TaskTitleHidden => t!(lang, "problem-pipeline-task-title-hidden"),
        PipelineProblem::TaskTitleTooLong { max, len } => t!(
            lang,
            "problem-pipeline-task-title-too-long",
            max = (*max),
            len = (*len)
        ),
        PipelineProblem::DueDateRequired => t!(lang, "problem-pipeline-due-date-required"),
        PipelineProblem::NotADueDate { value } => {
            t!(
                lang,
                "problem-pipeline-not-a-due-date",
                value = value.as_str()
            )
        }
        PipelineProblem::OwnerNotMember => t!(lang, "problem-pipeline-owner-not-member"),
        PipelineProblem::StartupRequired => t!(lang, "problem-pipeline-startup-required"),
    }
}

/// Why a pipeline action does not fit the card's state.
pub fn pipeline_clash(lang: Lang, c: PipelineClash) -> String {
    match c {
        PipelineClash::Passed => t!(lang, "problem-pipeline-card-passed"),
        PipelineClash::NotPassed => t!(lang, "problem-pipeline-card-not-passed"),
        PipelineClash::SameStage => t!(lang, "problem-pipeline-same-stage"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use domain::attendance::Closed;
    use domain::meetings::booking::MeetingRule;
    use domain::meetings::RequestStatus;
    use domain::submission::Status;

    fn is_chinese(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// Both languages: the English exactly as the product said it before the problems
    /// were typed (tests and Playwright specs match it), the Chinese really Chinese.
    fn reads(en: String, zh: String, expected: &str) {
        assert_eq!(en, expected);
        assert!(is_chinese(&zh) && zh != en, "{expected} → {zh}");
    }

    #[test]
    fn every_upload_problem_reads_in_both_languages() {
        use UploadRule::{Deck, Logo};
        let expected = [
            (UploadProblem::Missing { rule: Logo }, "Choose a file: The logo must be a PNG, JPEG or WebP image."),
            (UploadProblem::Missing { rule: Deck }, "Choose a file: The pitch deck must be a PDF file."),
            (UploadProblem::Empty { rule: Logo }, "The logo is an empty file (0 bytes). Choose the real file."),
            (UploadProblem::Empty { rule: Deck }, "The pitch deck is an empty file (0 bytes). Choose the real file."),
            (UploadProblem::TooLarge { rule: Logo }, "The logo is larger than 2 MB. Export a smaller file and try again."),
            (UploadProblem::TooLarge { rule: Deck }, "The pitch deck is larger than 20 MB. Export a smaller file and try again."),
            (UploadProblem::WrongType { rule: Logo }, "The logo must be a PNG, JPEG or WebP image; this file is not one, whatever its name says."),
            (UploadProblem::WrongType { rule: Deck }, "The pitch deck must be a PDF file; this file is not one, whatever its name says."),
        ];
        for (p, english) in expected {
            reads(
                upload_problem(Lang::En, p),
                upload_problem(Lang::Zh, p),
                english,
            );
        }
    }

    #[test]
    fn every_field_name_reads_in_both_languages() {
        let english = [
            "Name",
            "Email",
            "Password",
            "Name",
            "City",
            "Start date",
            "End date",
            "Submission deadline",
            "A track name",
            "Name",
            "One-liner",
            "Description",
            "A sector",
            "Stage",
            "Country",
            "Founded (year)",
            "Team size",
            "Website",
            "Monthly revenue",
            "Users",
            "Amount asked",
            "Currency",
            "Instrument",
            "Pre-money valuation",
            "Use of funds",
            "Raised so far",
            "Firm",
            "Title",
            "Smallest ticket",
            "Largest ticket",
            "the company name",
            "the website",
            "Title",
            "Summary",
            "Video link",
            "The name",
            "The guidance",
            "Visibility",
            "Recommendation",
            "The comment",
            "The private note",
            "The reason",
            "Interest",
            "Decision",
            "Room name",
            "Capacity",
            "Session title",
            "Room",
            "Day",
            "Start time",
            "End time",
            "Pitch minutes",
            "Q&A minutes",
            "Changeover minutes",
            "Smallest panel",
            "Largest panel",
            "Version name",
            "Changelog",
            "Level",
            "Confirmation deadline",
            "The reason",
            "Award name",
            "Requests per investor",
            "Requests per startup",
            "Hours to reply",
            "Message",
            "Other times",
            "Meeting length",
            "Buffer",
            "Table or room",
            "Where",
            "Title",
            "Smallest budget",
            "Largest budget",
            "Deadline",
            "Proposal",
            "Outcome",
            "The note",
            "Startup",
            "Organisation",
            "Kind",
            "Reply",
            "Amount",
            "Signed on",
            "Counterparty",
            "Startup",
            "Need",
            "Meeting",
        ];
        assert_eq!(english.len(), Noun::ALL.len());
        for (n, expected) in Noun::ALL.into_iter().zip(english) {
            reads(noun(Lang::En, n), noun(Lang::Zh, n), expected);
            // As a problem says it.
            reads(
                problem(Lang::En, &Problem::Required { field: n }),
                problem(Lang::Zh, &Problem::Required { field: n }),
                &format!("{expected} is required."),
            );
        }
    }

    /// The variant's place in `samples`: a new variant fails to compile here until it
    /// has a sample.
    fn index(p: &Problem) -> usize {
        use Problem::*;
        match p {
            Required { .. } => 0,
            TooShort { .. } => 1,
            TooLong { .. } => 2,
            AtMost { .. } => 3,
            HiddenCharacters { .. } => 4,
            NotInList { .. } => 5,
            NotADate { .. } => 6,
            NotADateTime { .. } => 7,
            NotAnAmount { .. } => 8,
            AmountTooLarge { .. } => 9,
            OutOfRange { .. } => 10,
            NotAWholeNumber { .. } => 11,
            NotHttp { .. } => 12,
            NotAWebAddress { .. } => 13,
            AtLine { .. } => 14,
            Several(_) => 15,
            NotAnEmail { .. } => 16,
            NotARole { .. } => 17,
            EmailTaken => 18,
            EmailJustTaken => 19,
            BadCredentials => 20,
            NotYourPassword => 21,
            FoundersSignUp => 22,
            InvitationForOther { .. } => 23,
            InviteeHasAccount { .. } => 24,
            AlreadyOnTeam { .. } => 25,
            UnknownTimeZone { .. } => 26,
            FixTimeZoneFirst => 27,
            NoSuchLocalTime => 28,
            DuplicateTrack { .. } => 29,
            NoTracks => 30,
            TooManyTracks { .. } => 31,
            EndBeforeStart => 32,
            DeadlineAfterEnd => 33,
            EditionNameTaken => 34,
            TrackInUse { .. } => 35,
            NotACountry { .. } => 36,
            FoundedOutOfRange { .. } => 37,
            FoundedNotAYear => 38,
            TeamSizeOutOfRange => 39,
            GrowthOutOfRange => 40,
            GrowthNotANumber => 41,
            NoSectors => 42,
            TooManySectors { .. } => 43,
            InstrumentNeeded => 44,
            AskOverValuation => 45,
            NotAStage { .. } => 46,
            NoStages => 47,
            TooManyCompanies { .. } => 48,
            TicketsReversed => 49,
            NoTrack => 50,
            NotATrack => 51,
            WindowShape { .. } => 52,
            NotAPitchDay { .. } => 53,
            WindowEndsFirst => 54,
            NoSuchTime { .. } => 55,
            TooManyWindows { .. } => 56,
            WindowsOverlap { .. } => 57,
            DeckBeforeSubmit => 58,
            DeckMissing => 59,
            RubricLineShape => 60,
            WeightRange { .. } => 61,
            ScaleFiveOrTen => 62,
            CriterionTwice { .. } => 63,
            NoCriteria => 64,
            TooManyCriteria { .. } => 65,
            RubricInUse => 66,
            ReviewsPerPitchRange { .. } => 67,
            Score(_) => 68,
            TagTooLong { .. } => 69,
            TooManyTags { .. } => 70,
            NotAJudge => 71,
            AmbiguousJudge => 72,
            OnlyInvestorsReview => 73,
            JudgeConflicted { .. } => 74,
            AlreadyReviews { .. } => 75,
            SearchTooLong { .. } => 76,
            NotATime { .. } => 77,
            BreakShape => 78,
            BreakOutsideSession => 79,
            TooManyBreaks { .. } => 80,
            BreaksOverlap => 81,
            SessionEndsFirst => 82,
            SlotLongerThanSession { .. } => 83,
            PanelReversed => 84,
            RoomBusy { .. } => 85,
            RoomNameTaken => 86,
            RoomInUse { .. } => 87,
            SlotTaken { .. } => 88,
            BreaksRules { .. } => 89,
            PreferredOutsideAvailability { .. } => 90,
            TooManySlots { .. } => 91,
            AttendanceDeadlineOutOfRange => 92,
            NotOnStage => 93,
            AnchorLineShape => 94,
            AnchorNoCriterion { .. } => 95,
            AnchorOffScale { .. } => 96,
            AnchorTooLong { .. } => 97,
            AnchorTwice { .. } => 98,
            StartAndEndNeeded => 99,
            BlocksOverlap => 100,
            PlaceNameTaken => 101,
            StageRubricEmpty => 102,
            MeetingTaken => 103,
            PlaceInUse { .. } => 104,
            MeetingBreaksRules { .. } => 105,
            NotAMeetingSlot => 106,
            Pipeline(_) => 107,
            BudgetReversed => 108,
            InThePast { .. } => 109,
            InTheFuture { .. } => 110,
            NotARate => 111,
            RateShape => 112,
            CheckInNotYet { .. } => 113,
            CheckInOver => 114,
            TooEarly { .. } => 115,
            AtSign { .. } => 116,
            TooLate { .. } => 117,
        }
    }
    const PROBLEMS: usize = 118;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, d).unwrap()
    }

    /// At least one of each variant, with the sentence it gave before it was typed.
    fn samples() -> Vec<(Problem, &'static str)> {
        use Problem::*;
        vec![
            (Required { field: Noun::City }, "City is required."),
            (TooShort { field: Noun::ConflictReason, min: 3 }, "The reason needs at least 3 characters."),
            (TooLong { field: Noun::OneLiner, max: 140, len: 141 }, "One-liner can be at most 140 characters (it has 141)."),
            (AtMost { field: Noun::Email, max: 254 }, "Email can be at most 254 characters."),
            (HiddenCharacters { field: Noun::DisplayName }, "Name cannot contain line breaks, tabs or other invisible characters."),
            (NotInList { field: Noun::Stage }, "Choose a stage from the list."),
            (NotInList { field: Noun::Currency }, "Choose a currency from the list."),
            (NotADate { field: Noun::StartDate }, "Start date must be a date like 2026-09-14."),
            (NotADateTime { field: Noun::SubmissionDeadline }, "Submission deadline must be a date and time like 2026-08-31T23:59."),
            (NotAnAmount { field: Noun::MonthlyRevenue }, "Monthly revenue must be a whole amount like 1500000, 1,500,000 or 1.5m."),
            (AmountTooLarge { field: Noun::AmountAsked }, "Amount asked is too large."),
            (OutOfRange { field: Noun::Users, min: 0, max: 10_000_000_000 }, "Users must be between 0 and 10000000000."),
            (NotAWholeNumber { field: Noun::TeamSize }, "Team size must be a whole number."),
            (NotHttp { field: Noun::Website }, "Website must start with https:// or http://."),
            (NotAWebAddress { field: Noun::VideoLink }, "Video link must be a web address like https://example.com."),
            (Required { field: Noun::CompanyName }.at_line(2), "Line 2: the company name is required."),
            (NotAWebAddress { field: Noun::CompanyWebsite }.at_line(1), "Line 1: the website must be a web address like https://example.com."),
            (TooLong { field: Noun::CriterionName, max: 60, len: 61 }.at_line(3), "Line 3: The name can be at most 60 characters (it has 61)."),
            (
                Several(vec![WeightRange { max: 100 }.at_line(2), ScaleFiveOrTen.at_line(3)]),
                "Line 2: the weight must be a whole number from 1 to 100. Line 3: the scale must be 5 or 10.",
            ),
            (NotAnEmail { value: "kept@example".into() }, "\"kept@example\" is not a valid email address, e.g. name@example.com."),
            (NotARole { value: "admin".into() }, "\"admin\" is not a role: choose founder, investor or staff."),
            (EmailTaken, "An account with this email already exists. Log in, or reset your password."),
            (EmailJustTaken, "An account with this email was just created: log in first."),
            (BadCredentials, "That email and password do not match an account."),
            (NotYourPassword, "That is not the password of your existing account."),
            (FoundersSignUp, "Founders sign themselves up; invite investors or staff."),
            (InvitationForOther { email: "ann@example.com".into() }, "This invitation is for ann@example.com. Log out, then open the link again."),
            (InviteeHasAccount { email: "ann@example.com".into() }, "ann@example.com already has an account: log in first, then open the link again."),
            (AlreadyOnTeam { name: "Mei Chen".into() }, "Mei Chen is already on the team."),
            (UnknownTimeZone { value: "Mars/Olympus".into() }, "\"Mars/Olympus\" is not a known time zone; use an IANA name such as Asia/Shanghai."),
            (FixTimeZoneFirst, "Fix the time zone first."),
            (NoSuchLocalTime, "That local time does not exist in this time zone (a clock change); pick another."),
            (DuplicateTrack { name: "ai".into() }, "Track \"ai\" is listed twice."),
            (NoTracks, "Add at least one track, one per line."),
            (TooManyTracks { max: 30 }, "An edition can have at most 30 tracks."),
            (EndBeforeStart, "The end date cannot be before the start date."),
            (DeadlineAfterEnd, "The submission deadline must fall before the edition ends."),
            (AttendanceDeadlineOutOfRange, "The confirmation deadline must fall after the submission deadline and before the edition ends."),
            (EditionNameTaken, "Another edition already has this name."),
            (
                TrackInUse { name: "AI".into(), pitches: 3 },
                "Track \"AI\" has 3 pitch(es) and cannot be removed; rename it by adding the new name and keeping the old one.",
            ),
            (NotACountry { value: "XX".into() }, "\"XX\" is not a country code from the list."),
            (FoundedOutOfRange { last: 2026 }, "Founded must be a year from 1900 to 2026."),
            (FoundedNotAYear, "Founded must be a year like 2021."),
            (TeamSizeOutOfRange, "Team size must be between 1 and 100,000."),
            (GrowthOutOfRange, "Growth must be between -100 % and 10,000 %."),
            (GrowthNotANumber, "Growth must be a number of percent, like 12.5."),
            (NoSectors, "Add at least one sector."),
            (TooManySectors { max: 8 }, "Choose at most 8 sectors."),
            (InstrumentNeeded, "Say which instrument the amount asked is for."),
            (AskOverValuation, "The amount asked is more than ten times the pre-money valuation; check both."),
            (
                NotAStage { value: "unicorn".into() },
                "\"unicorn\" is not a stage; use Idea, Pre-seed, Seed, Series A, Series B+, Growth.",
            ),
            (NoStages, "Choose at least one stage you invest in."),
            (TooManyCompanies { max: 100 }, "List at most 100 portfolio companies."),
            (TicketsReversed, "The largest ticket cannot be smaller than the smallest."),
            (NoTrack, "Choose a track."),
            (NotATrack, "Choose one of this edition's tracks."),
            (
                WindowShape { line: 1, text: "tomorrow morning".into(), example: day(15) },
                "Line 1 (\"tomorrow morning\") must look like 2026-09-15 09:00-12:00.",
            ),
            (
                NotAPitchDay { day: day(17), first: day(15), last: day(16) }.at_line(1),
                "Line 1: 2026-09-17 is not a pitch day; use 2026-09-15 to 2026-09-16.",
            ),
            (WindowEndsFirst.at_line(2), "Line 2: the window must end after it starts."),
            (NoSuchTime { day: day(15) }.at_line(3), "Line 3: that time does not exist on 2026-09-15 (a clock change)."),
            (TooManyWindows { max: 30 }, "Give at most 30 windows."),
            (WindowsOverlap { day: day(15) }, "Two windows overlap on 2026-09-15; merge them into one line."),
            (PreferredOutsideAvailability { day: day(15) }, "A preferred time on 2026-09-15 is outside the times you can pitch; widen your availability or choose a time inside it."),
            (DeckBeforeSubmit, "Save the draft, upload your pitch deck (PDF), then submit."),
            (DeckMissing, "Upload your pitch deck (PDF) before you submit."),
            (
                RubricLineShape.at_line(1),
                "Line 1: write name | weight | scale | guidance, e.g. \"Team | 20 | 5 | Can they build it?\".",
            ),
            (WeightRange { max: 100 }, "the weight must be a whole number from 1 to 100."),
            (ScaleFiveOrTen, "the scale must be 5 or 10."),
            (CriterionTwice { name: "Team".into() }.at_line(4), "Line 4: \"Team\" is already in the rubric."),
            (NoCriteria, "Give at least one criterion."),
            (TooManyCriteria { max: 10, count: 11 }, "At most 10 criteria (there are 11)."),
            (
                RubricInUse,
                "Judges have already scored pitches on this rubric, so its criteria, weights and scales can no longer change. Guidance text still can.",
            ),
            (ReviewsPerPitchRange { max: 10 }, "Reviews per pitch must be a whole number from 1 to 10."),
            (Score(ScoreError::Missing("Problem & solution".into())), "Give a score for Problem & solution."),
            (
                Score(ScoreError::OutOfScale { criterion: "Team".into(), max: 5 }),
                "Team takes a whole score from 1 to 5.",
            ),
            (
                TagTooLong { max: 30, tag: "climate-and-clean-energy-hardware".into() },
                "A tag can be at most 30 characters (\"climate-and-clean-energy-hardware\" is longer).",
            ),
            (TooManyTags { max: 8 }, "At most 8 tags."),
            (NotAJudge, "Choose a judge from the list."),
            (AmbiguousJudge, "More than one judge has that name: choose the one with their email from the list."),
            (OnlyInvestorsReview, "Only investors can review pitches."),
            (
                JudgeConflicted {
                    judge: "Ann Lee".into(),
                    reason: ConflictReason::Found(AutoConflict::Portfolio("Tidal Grid".into())),
                },
                "Ann Lee cannot review this pitch: conflict of interest (Tidal Grid is in your portfolio list)",
            ),
            (
                JudgeConflicted {
                    judge: "Ann Lee".into(),
                    reason: ConflictReason::Declared("I advised them.".into()),
                },
                "Ann Lee cannot review this pitch: conflict of interest (I advised them)",
            ),
            (AlreadyReviews { judge: "Ann Lee".into() }, "Ann Lee already reviews this pitch."),
            (SearchTooLong { max: 200 }, "Search for at most 200 characters."),
            (Pipeline(PipelineProblem::UnknownStage { value: "closing".into() }), "\"closing\" is not a pipeline stage: choose one from the list."),
            (Pipeline(PipelineProblem::PassReasonRequired), "Say why you pass: a pass needs a reason."),
            (Pipeline(PipelineProblem::BackReasonRequired), "Moving a card back by more than one stage needs a reason."),
            (Pipeline(PipelineProblem::ReasonTooLong { max: 300, len: 301 }), "The reason can be at most 300 characters (it has 301)."),
            (Pipeline(PipelineProblem::NoteRequired), "Write the note first."),
            (Pipeline(PipelineProblem::NoteTooLong { max: 2000, len: 2001 }), "A note can be at most 2000 characters (it has 2001)."),
            (Pipeline(PipelineProblem::TaskTitleRequired), "Say what is to be done."),
            (Pipeline(PipelineProblem::TaskTitleHidden), "A task's title cannot contain control or other invisible characters."),
            (Pipeline(PipelineProblem::TaskTitleTooLong { max: 200, len: 201 }), "A task can be at most 200 characters (it has 201)."),
            (Pipeline(PipelineProblem::DueDateRequired), "A task needs a due date."),
            (Pipeline(PipelineProblem::NotADueDate { value: "next friday".into() }), "\"next friday\" is not a date: enter one like 2026-12-01."),
            (Pipeline(PipelineProblem::OwnerNotMember), "Choose an owner from your firm's members."),
            (Pipeline(PipelineProblem::StartupRequired), "Choose a startup to add."),
            (
                AnchorLineShape.at_line(2),
                "Line 2: write criterion | point | meaning, e.g. \"Traction | 1 | no evidence\".",
            ),
            (AnchorNoCriterion { name: "Marketing".into() }, "The rubric has no criterion \"Marketing\"."),
            (AnchorOffScale { name: "Team".into(), max: 5 }, "\"Team\" is scored from 1 to 5: anchor one of those points."),
            (AnchorTooLong { max: 120, len: 130 }, "A point's meaning can be at most 120 characters (it has 130)."),
            (AnchorTwice { name: "Team".into(), point: 3 }, "Point 3 of \"Team\" already has a meaning."),
            (StartAndEndNeeded, "Enter a start and an end time, e.g. 13:00 and 14:00."),
            (NotOnStage, "This startup is not on stage in your session; score the one on stage or one that has pitched."),
            (StageRubricEmpty, "Choose at least one criterion for the stage rubric."),
            (NotATime { field: Noun::StartTime }, "Start time must be a time like 09:30."),
            (BreakShape.at_line(2), "Line 2: write a break as 12:00-13:00."),
            (BreakOutsideSession, "A break must fall inside the session."),
            (TooManyBreaks { max: 10 }, "At most 10 breaks per session."),
            (BreaksOverlap, "Breaks must not overlap."),
            (SessionEndsFirst, "The session must end after it starts."),
            (
                SlotLongerThanSession { slot: 12, session: 10 },
                "One slot (pitch and Q&A) takes 12 minutes, longer than the 10-minute session.",
            ),
            (
                TooManySlots { slots: 1439, max: 200 },
                "This pattern cuts the session into 1439 slots; a session may have at most 200. Make the slots longer or the session shorter.",
            ),
            (PanelReversed, "The largest panel cannot be smaller than the smallest."),
            (
                RoomBusy { session: "Fintech I".into() },
                "The room is taken then by \"Fintech I\".",
            ),
            (RoomNameTaken, "This edition already has a room with this name."),
            (
                RoomInUse { sessions: 2 },
                "2 session(s) use this room; move them to another room first.",
            ),
            (SlotTaken { startup: "Kestrel Pay".into() }, "Kestrel Pay already pitches in this slot."),
            (BlocksOverlap, "This block shares time with another meeting block; change its times."),
            (PlaceNameTaken, "This edition already has a table or room with this name."),
            (MeetingTaken, "Taken: this place, the investor or the startup already has a meeting at that time. Choose another slot."),
            (PlaceInUse { meetings: 3 }, "3 meeting(s) are at this place; move them to another place first."),
            (
                MeetingBreaksRules { rules: vec![MeetingRule::InvestorBusy, MeetingRule::OverQuota] },
                "This meeting breaks these rules: the investor is busy then, more meetings than the quota. Tick \"Save anyway\" to keep it; the override is logged.",
            ),
            (NotAMeetingSlot, "This time is not a meeting slot of any block."),
            (
                CheckInNotYet { opens: "14:00".into() },
                "You can check in from 14:00, when the meeting starts.",
            ),
            (CheckInOver, "The event is over, so check-in for its meetings is closed."),
            (BudgetReversed, "The largest budget cannot be smaller than the smallest."),
            (InThePast { field: Noun::Deadline }, "Deadline cannot be in the past."),
            (InTheFuture { field: Noun::SignedOn }, "Signed on cannot be in the future."),
            (TooEarly { field: Noun::SignedOn, earliest: day(1) }, "Signed on cannot be before 1 Sep 2026."),
            (TooLate { field: Noun::Deadline, latest: day(1) }, "Deadline cannot be after 1 Sep 2026."),
            (AtSign { field: Noun::Organisation }, "Organisation cannot contain \"@\": on Pitchline it marks a confirmed company mail domain."),
            (NotARate.at_line(2), "Line 2: A rate must be a positive number with at most six decimals, like 7.1."),
            (RateShape, "Write one rate a line, like USD 7.1 (1 USD = 7.1 in the reporting currency)."),
            (NotInList { field: Noun::Counterparty }, "Choose a counterparty from the list."),
            (
                BreaksRules { rules: vec![Rule::Conflict, Rule::JudgeOverlap] },
                "This change breaks these rules: conflict of interest, a judge on two panels at once. Tick \"Save anyway\" to keep it; the override is logged.",
            ),
        ]
    }

    #[test]
    fn every_problem_reads_in_both_languages_and_english_as_before() {
        fn mark(p: &Problem, seen: &mut [bool; PROBLEMS]) {
            seen[index(p)] = true;
            match p {
                Problem::AtLine { problem, .. } => mark(problem, seen),
                Problem::Several(all) => all.iter().for_each(|p| mark(p, seen)),
                _ => {}
            }
        }
        let mut seen = [false; PROBLEMS];
        for (p, english) in samples() {
            mark(&p, &mut seen);
            reads(problem(Lang::En, &p), problem(Lang::Zh, &p), english);
        }
        let missing: Vec<usize> = (0..PROBLEMS).filter(|&i| !seen[i]).collect();
        assert!(missing.is_empty(), "no sample for variants {missing:?}");
    }

    #[test]
    fn the_chinese_of_a_line_names_the_line_and_keeps_what_was_typed() {
        let p = Problem::Required {
            field: Noun::CompanyName,
        }
        .at_line(2);
        assert_eq!(problem(Lang::Zh, &p), "第 2 行：公司名称为必填项。");
        let typed = Problem::NotAnEmail {
            value: "</p><b>x".into(),
        };
        assert!(
            problem(Lang::Zh, &typed).contains("</p><b>x"),
            "the value is quoted as typed"
        );
        assert_eq!(
            problem(Lang::Zh, &Problem::NotInList { field: Noun::Stage }),
            "请从列表中选择阶段。"
        );
    }

    #[test]
    fn every_refusal_clash_and_conflict_reads_in_both_languages() {
        let refusals = [
            (Refusal::ResetLinkExpired, "This reset link has expired or was already used. Request a new one."),
            (Refusal::SignUpLinkExpired, "This link has expired, was already used, or a newer one replaced it. Sign up again to get a new link."),
            (Refusal::AddressNotConfirmed, "Confirm your address first: we sent the link again."),
            (Refusal::InvitationExpired, "This invitation has expired or was already used. Ask the organisers for a new one."),
            (Refusal::CofounderInviteExpired, "This invitation has expired or was already used. Ask your co-founder for a new one."),
            (Refusal::NothingTicked, "Tick at least one pitch first."),
            (
                Refusal::TooManyStartups { teams: 10 },
                "You are already on the team of 10 startups, the most one founder may have. Leave one of them, or write to the conference team, before you add another.",
            ),
            (Refusal::MeetingRequest(RequestRefused::InvestorQuota { quota: 20 }), "You have 20 open meeting requests, the most this edition allows; withdraw one before you ask again."),
            (Refusal::MeetingRequest(RequestRefused::StartupQuota { quota: 20 }), "This startup has 20 open meeting requests, the most this edition allows; try again if one is declined or expires."),
            (Refusal::MeetingRequest(RequestRefused::Conflicted), "You have a conflict of interest with this startup, so no meeting can be requested."),
            (Refusal::MeetingRequest(RequestRefused::AlreadyAsked), "There is already a meeting request between you and this startup; see it under Meetings."),
            (Refusal::MeetingRequest(RequestRefused::FoundersMayNotAsk), "In this edition investors ask for meetings; founders answer them."),
            (Refusal::MeetingRequest(RequestRefused::NotTakingPart), "This startup is not taking part in this edition's meetings (it has no accepted pitch)."),
        ];
        for (r, english) in refusals {
            // Exhaustive: a new refusal needs a line above.
            match r {
                Refusal::ResetLinkExpired
                | Refusal::SignUpLinkExpired
                | Refusal::AddressNotConfirmed
                | Refusal::InvitationExpired
                | Refusal::CofounderInviteExpired
                | Refusal::NothingTicked
                | Refusal::TooManyStartups { .. }
                | Refusal::MeetingRequest(_) => {}
            }
            reads(refusal(Lang::En, &r), refusal(Lang::Zh, &r), english);
        }
        let clashes = [
            (Clash::Locked(Locked::DeadlinePassed), "The submission deadline has passed, so this pitch is read-only now."),
            (Clash::Locked(Locked::Withdrawn), "This pitch was withdrawn and cannot be changed."),
            (Clash::Locked(Locked::InReview(Status::UnderReview)), "This pitch is under review and can no longer be changed."),
            (Clash::Locked(Locked::InReview(Status::Rejected)), "This pitch is not selected and can no longer be changed."),
            (Clash::ReviewPhaseClosed, "The review phase is closed, so reviews can no longer be written or changed."),
            (Clash::LastMember, "You are the last member of this startup. Invite a co-founder before you leave."),
            (Clash::NoMoreReviewers(Status::Accepted), "This pitch is accepted and takes no more reviewers."),
            (Clash::ReviewSavedElsewhere, "This review was just saved from another window. Reload to see it."),
            (Clash::PitchExists, "This startup already has a pitch for this edition; reload the page."),
            (
                Clash::NotDecidable(vec![
                    ("Tidal Grid".into(), Undecidable::Draft),
                    ("Aurora Bio".into(), Undecidable::Withdrawn),
                ]),
                "Nothing was changed. Tidal Grid: This pitch is still a draft: it was never submitted. Aurora Bio: The founders withdrew this pitch.",
            ),
            (Clash::AlreadyUndone, "This decision was undone already."),
            (Clash::TooLateToUndo, "Too late to undo: the founders have been emailed. Record a new decision instead."),
            (Clash::ScheduleChanged, "The draft changed since this solve was computed; look at the new proposal before accepting it."),
            (Clash::ScheduleBreaksRules { count: 2 }, "The draft breaks 2 rule(s) that block release; fix them first (see Rules)."),
            (
                Clash::NothingToRelease { number: 2, name: "Programme v2".into() },
                "Nothing changed since v2 (Programme v2): the agenda already shows this schedule, so no new version was made.",
            ),
            (Clash::Attendance(Closed::NotAccepted), "Only an accepted pitch is asked to confirm: this pitch is not accepted."),
            (Clash::Attendance(Closed::NotAsked), "The organisers have not opened confirmations for this edition yet."),
            (Clash::Attendance(Closed::PastDeadline), "The deadline to confirm or decline has passed, so your answer was not changed. Write to the organisers if your plans changed."),
            (Clash::LiveNotOpen, "This session is not open for scoring (not started yet, or closed)."),
            (Clash::LiveNotReleased, "This session is in no released schedule yet: release the schedule first."),
            (Clash::LiveStillOpen, "Close the session first: results and awards come after the last score."),
            (Clash::LiveResultsOut, "This session's results are released, so it cannot be opened for scoring again."),
            (Clash::MeetingReply(ReplyRefused::Settled(RequestStatus::Expired)), "This request is expired already, so nothing was changed."),
            (Clash::MeetingReply(ReplyRefused::NotYourTurn), "The other side answers this request next; nothing was changed."),
            (Clash::LiveStageScored, "Judges have already scored in this session, so its stage rubric can no longer change."),
            (Clash::Pipeline(PipelineClash::Passed), "This card is passed: revive it before moving it."),
            (Clash::Pipeline(PipelineClash::NotPassed), "This card is not passed: there is nothing to revive."),
            (Clash::Pipeline(PipelineClash::SameStage), "The card is at that stage already; nothing changed."),
            (Clash::NeedClosed, "This need is closed or past its deadline, so nothing was changed."),
            (Clash::AlreadyResponded, "Your startup has already responded to this need."),
            (Clash::NotShortlisted, "Shortlist this response first, then ask for a meeting."),
            (Clash::AgreementAnswered, "This agreement was already confirmed or declined, so nothing was changed."),
        ];
        for (c, english) in clashes {
            match c {
                Clash::Locked(_)
                | Clash::ReviewPhaseClosed
                | Clash::LastMember
                | Clash::NoMoreReviewers(_)
                | Clash::ReviewSavedElsewhere
                | Clash::PitchExists
                | Clash::NotDecidable(_)
                | Clash::AlreadyUndone
                | Clash::TooLateToUndo
                | Clash::ScheduleChanged
                | Clash::ScheduleBreaksRules { .. }
                | Clash::NothingToRelease { .. }
                | Clash::Attendance(_)
                | Clash::LiveNotOpen
                | Clash::LiveNotReleased
                | Clash::LiveStillOpen
                | Clash::LiveResultsOut
                | Clash::MeetingReply(_) => {}
                Clash::LiveStageScored => {}
                Clash::Pipeline(_) => {}
                Clash::NeedClosed | Clash::AlreadyResponded | Clash::NotShortlisted => {}
                Clash::AgreementAnswered => {}
            }
            reads(clash(Lang::En, &c), clash(Lang::Zh, &c), english);
        }
        let found = [
            (
                AutoConflict::TeamMember("Tidal Grid".into()),
                "You are on the team of Tidal Grid.",
            ),
            (
                AutoConflict::Portfolio("Tidal Grid".into()),
                "Tidal Grid is in your portfolio list.",
            ),
            (
                AutoConflict::SharedDomain("tidal.example".into()),
                "You share the email domain tidal.example with a founder.",
            ),
        ];
        for (a, english) in found {
            let reason = ConflictReason::Found(a);
            reads(
                conflict_reason(Lang::En, &reason),
                conflict_reason(Lang::Zh, &reason),
                english,
            );
        }
        let declared = ConflictReason::Declared("我投资过他们".into());
        assert_eq!(conflict_reason(Lang::En, &declared), "我投资过他们");
        assert_eq!(
            refused_pitch(Lang::Zh, "潮汐电网", Undecidable::Withdrawn),
            "潮汐电网：创业者已撤回此路演申请。"
        );
    }
}
