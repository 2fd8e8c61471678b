//! What is wrong, as a code with its facts, never as a sentence: the domain's rules and
//! the services' own checks (an email already taken, an expired link) say it this way,
//! and the edge (`app::components::problems`) words it in the reader's language. Three
//! kinds, as the user meets them:
//! - [`Problem`]: one field's input broke a rule; shown beside that field.
//! - [`Refusal`]: the form as a whole was refused (an expired link, nothing ticked);
//!   shown at the top of the form.
//! - [`Clash`]: the action does not fit the current state (a pitch past its deadline,
//!   a decision already undone); HTTP 409.

use crate::conflict::ConflictReason;
use crate::review::Undecidable;
use crate::scoring::ScoreError;
use crate::submission::{Locked, Status};
use chrono::NaiveDate;

/// A form field as a problem names it ("City is required."). Fields that read the same
/// in English but not in every language (a person's name, a startup's name) are apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Noun {
    DisplayName,
    Email,
    Password,
    EditionName,
    City,
    StartDate,
    EndDate,
    SubmissionDeadline,
    TrackName,
    StartupName,
    OneLiner,
    Description,
    Sector,
    Stage,
    Country,
    FoundedYear,
    TeamSize,
    Website,
    MonthlyRevenue,
    Users,
    AmountAsked,
    Currency,
    Instrument,
    PreMoneyValuation,
    UseOfFunds,
    RaisedSoFar,
    Firm,
    JobTitle,
    SmallestTicket,
    LargestTicket,
    /// A portfolio line's company ("Line 2: the company name is required.").
    CompanyName,
    /// A portfolio line's website.
    CompanyWebsite,
    PitchTitle,
    Summary,
    VideoLink,
    /// A rubric line's criterion name.
    CriterionName,
    Guidance,
    Visibility,
    Recommendation,
    Comment,
    PrivateNote,
    ConflictReason,
    Interest,
    Decision,
    RoomName,
    Capacity,
    SessionTitle,
    Room,
    SessionDay,
    StartTime,
    EndTime,
    PitchMinutes,
    QaMinutes,
    ChangeoverMinutes,
    PanelMin,
    PanelMax,
    VersionName,
    Changelog,
    RuleLevel,
    AttendanceDeadline,
    DeclineReason,
    AwardName,
    InvestorQuota,
    StartupQuota,
    ReplyHours,
    RequestMessage,
    ProposedTimes,
    MeetingMinutes,
    BufferMinutes,
    PlaceName,
    PlaceLocation,
    // Needs and deals.
    NeedTitle,
    BudgetMin,
    BudgetMax,
    Deadline,
    Proposal,
    Outcome,
    OutcomeNote,
    TakenUpBy,
    Organisation,
    AgreementKind,
    /// The answer to a pending agreement (confirm or decline).
    AgreementStatus,
    Amount,
    SignedOn,
    Counterparty,
    /// The startup of an agreement (one that pitched in the edition).
    Startup,
    /// The need an agreement came from.
    Need,
    /// The meeting (request) an agreement came from.
    Meeting,
}

impl Noun {
    pub const ALL: [Noun; 88] = [
        Noun::DisplayName,
        Noun::Email,
        Noun::Password,
        Noun::EditionName,
        Noun::City,
        Noun::StartDate,
        Noun::EndDate,
        Noun::SubmissionDeadline,
        Noun::TrackName,
        Noun::StartupName,
        Noun::OneLiner,
        Noun::Description,
        Noun::Sector,
        Noun::Stage,
        Noun::Country,
        Noun::FoundedYear,
        Noun::TeamSize,
        Noun::Website,
        Noun::MonthlyRevenue,
        Noun::Users,
        Noun::AmountAsked,
        Noun::Currency,
        Noun::Instrument,
        Noun::PreMoneyValuation,
        Noun::UseOfFunds,
        Noun::RaisedSoFar,
        Noun::Firm,
        Noun::JobTitle,
        Noun::SmallestTicket,
        Noun::LargestTicket,
        Noun::CompanyName,
        Noun::CompanyWebsite,
        Noun::PitchTitle,
        Noun::Summary,
        Noun::VideoLink,
        Noun::CriterionName,
        Noun::Guidance,
        Noun::Visibility,
        Noun::Recommendation,
        Noun::Comment,
        Noun::PrivateNote,
        Noun::ConflictReason,
        Noun::Interest,
        Noun::Decision,
        Noun::RoomName,
        Noun::Capacity,
        Noun::SessionTitle,
        Noun::Room,
        Noun::SessionDay,
        Noun::StartTime,
        Noun::EndTime,
        Noun::PitchMinutes,
        Noun::QaMinutes,
        Noun::ChangeoverMinutes,
        Noun::PanelMin,
        Noun::PanelMax,
        Noun::VersionName,
        Noun::Changelog,
        Noun::RuleLevel,
        Noun::AttendanceDeadline,
        Noun::DeclineReason,
        Noun::AwardName,
        Noun::InvestorQuota,
        Noun::StartupQuota,
        Noun::ReplyHours,
        Noun::RequestMessage,
        Noun::ProposedTimes,
        Noun::MeetingMinutes,
        Noun::BufferMinutes,
        Noun::PlaceName,
        Noun::PlaceLocation,
        Noun::NeedTitle,
        Noun::BudgetMin,
        Noun::BudgetMax,
        Noun::Deadline,
        Noun::Proposal,
        Noun::Outcome,
        Noun::OutcomeNote,
        Noun::TakenUpBy,
        Noun::Organisation,
        Noun::AgreementKind,
        Noun::AgreementStatus,
        Noun::Amount,
        Noun::SignedOn,
        Noun::Counterparty,
        Noun::Startup,
        Noun::Need,
        Noun::Meeting,
    ];
}

/// What is wrong with one field's input. Values quoted back (`value`, `name`) are what
/// the user typed or chose, so the edge shows them as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    // Any field.
    Required {
        field: Noun,
    },
    TooShort {
        field: Noun,
        min: usize,
    },
    /// Longer than `max` characters: it has `len`.
    TooLong {
        field: Noun,
        max: usize,
        len: usize,
    },
    /// Longer than `max` characters (the count is not repeated).
    AtMost {
        field: Noun,
        max: usize,
    },
    /// Line breaks, tabs or invisible format characters in a one-line name.
    HiddenCharacters {
        field: Noun,
    },
    /// Not one of the values offered.
    NotInList {
        field: Noun,
    },
    NotADate {
        field: Noun,
    },
    NotADateTime {
        field: Noun,
    },
    NotAnAmount {
        field: Noun,
    },
    AmountTooLarge {
        field: Noun,
    },
    OutOfRange {
        field: Noun,
        min: i64,
        max: i64,
    },
    NotAWholeNumber {
        field: Noun,
    },
    NotHttp {
        field: Noun,
    },
    NotAWebAddress {
        field: Noun,
    },
    /// A problem on one line of a field typed one item a line (counted from 1).
    AtLine {
        line: usize,
        problem: Box<Problem>,
    },
    /// Every problem of a field whose lines are all checked at once (the rubric).
    Several(Vec<Problem>),

    // Accounts.
    NotAnEmail {
        value: String,
    },
    NotARole {
        value: String,
    },
    EmailTaken,
    /// A concurrent sign-up took the email between the check and the insert.
    EmailJustTaken,
    BadCredentials,
    NotYourPassword,
    FoundersSignUp,
    InvitationForOther {
        email: String,
    },
    InviteeHasAccount {
        email: String,
    },
    AlreadyOnTeam {
        name: String,
    },

    // Editions.
    UnknownTimeZone {
        value: String,
    },
    FixTimeZoneFirst,
    NoSuchLocalTime,
    DuplicateTrack {
        name: String,
    },
    NoTracks,
    TooManyTracks {
        max: usize,
    },
    EndBeforeStart,
    DeadlineAfterEnd,
    /// The confirmation deadline must fall after the submission deadline and before the end.
    AttendanceDeadlineOutOfRange,
    EditionNameTaken,
    TrackInUse {
        name: String,
        pitches: u64,
    },

    // Startup profiles.
    NotACountry {
        value: String,
    },
    FoundedOutOfRange {
        last: i32,
    },
    FoundedNotAYear,
    TeamSizeOutOfRange,
    GrowthOutOfRange,
    GrowthNotANumber,
    NoSectors,
    TooManySectors {
        max: usize,
    },
    InstrumentNeeded,
    AskOverValuation,

    // Investor profiles.
    NotAStage {
        value: String,
    },
    NoStages,
    TooManyCompanies {
        max: usize,
    },
    TicketsReversed,

    // Pitches.
    NoTrack,
    NotATrack,
    /// An availability line that is not `day from-to`.
    WindowShape {
        line: usize,
        text: String,
        example: NaiveDate,
    },
    NotAPitchDay {
        day: NaiveDate,
        first: NaiveDate,
        last: NaiveDate,
    },
    WindowEndsFirst,
    /// A local time skipped by a clock change.
    NoSuchTime {
        day: NaiveDate,
    },
    TooManyWindows {
        max: usize,
    },
    WindowsOverlap {
        day: NaiveDate,
    },
    /// A preferred pitch time outside every window the team can pitch.
    PreferredOutsideAvailability {
        day: NaiveDate,
    },
    DeckBeforeSubmit,
    DeckMissing,

    // Judging.
    RubricLineShape,
    WeightRange {
        max: u32,
    },
    ScaleFiveOrTen,
    CriterionTwice {
        name: String,
    },
    NoCriteria,
    TooManyCriteria {
        max: usize,
        count: usize,
    },
    RubricInUse,
    /// A score-anchor line that is not `criterion | point | meaning`.
    AnchorLineShape,
    /// A score anchor for a criterion the rubric does not have.
    AnchorNoCriterion {
        name: String,
    },
    /// A score anchor for a point outside the criterion's scale 1–`max`.
    AnchorOffScale {
        name: String,
        max: u8,
    },
    AnchorTooLong {
        max: usize,
        len: usize,
    },
    AnchorTwice {
        name: String,
        point: u8,
    },
    ReviewsPerPitchRange {
        max: u8,
    },
    Score(ScoreError),
    TagTooLong {
        max: usize,
        tag: String,
    },
    TooManyTags {
        max: usize,
    },
    NotAJudge,
    AmbiguousJudge,
    OnlyInvestorsReview,
    JudgeConflicted {
        judge: String,
        reason: ConflictReason,
    },
    AlreadyReviews {
        judge: String,
    },

    // Pitch rounds.
    /// Not a clock time like 09:30.
    NotATime {
        field: Noun,
    },
    /// A break line that is not `HH:MM-HH:MM`.
    BreakShape,
    BreakOutsideSession,
    TooManyBreaks {
        max: usize,
    },
    BreaksOverlap,
    SessionEndsFirst,
    /// One slot (pitch + Q&A) takes longer than the whole session.
    SlotLongerThanSession {
        slot: u32,
        session: u32,
    },
    /// The pattern cuts the session into more slots than a session may have.
    TooManySlots {
        slots: usize,
        max: usize,
    },
    PanelReversed,
    /// A block-out without its start or end time.
    StartAndEndNeeded,
    /// The room is taken then by another session of the edition.
    RoomBusy {
        session: String,
    },
    RoomNameTaken,
    RoomInUse {
        sessions: u64,
    },
    /// The slot chosen already holds this startup.
    SlotTaken {
        startup: String,
    },
    /// A hand edit of the schedule would break these hard rules.
    BreaksRules {
        rules: Vec<crate::schedule::Rule>,
    },

    // Live sessions.
    /// The pitch named is not on stage (nor done) in the judge's session.
    NotOnStage,
    /// Staff chose no criterion (of the rubric) for a session's stage rubric.
    StageRubricEmpty,

    // Meetings.
    /// The block shares time with another meeting block of the edition.
    BlocksOverlap,
    PlaceNameTaken,
    /// The place, the investor or the startup already has a meeting at that time (the
    /// database refused a double booking).
    MeetingTaken,
    /// The place still has meetings: move them first.
    PlaceInUse {
        meetings: u64,
    },
    /// A hand-placed meeting would break these hard rules ("Save anyway" keeps it).
    MeetingBreaksRules {
        rules: Vec<crate::meetings::booking::MeetingRule>,
    },
    /// The time chosen is not a meeting slot of any block.
    NotAMeetingSlot,
    /// Check-in opens when the meeting starts (`opens`: its local start, "14:00").
    CheckInNotYet {
        opens: String,
    },
    /// The edition is over: its meetings take no more check-ins.
    CheckInOver,

    // Search.
    SearchTooLong {
        max: usize,
    },

    // The investor pipeline.
    Pipeline(crate::pipeline::PipelineProblem),
    // Needs and deals.
    /// A need's smallest budget is above its largest.
    BudgetReversed,
    /// A date before today where only today or later makes sense (a need's deadline).
    InThePast {
        field: Noun,
    },
    /// A date after today where only today or earlier makes sense (a signing date).
    InTheFuture {
        field: Noun,
    },
    /// A date before the earliest one that counts (a signing date long before the edition).
    TooEarly {
        field: Noun,
        earliest: chrono::NaiveDate,
    },
    /// A date after the latest one that makes sense (a need's deadline years ahead).
    TooLate {
        field: Noun,
        latest: chrono::NaiveDate,
    },
    /// Not a positive decimal rate with at most six decimals.
    NotARate,
    /// A rates line that is not `USD 7.1` (or `1 USD = 7.1 CNY`).
    RateShape,
    /// An "@" in a name shown beside accounts: on those labels "@" marks a company mail
    /// domain the account proved, which typed text must not imitate.
    AtSign {
        field: Noun,
    },
}

impl Problem {
    /// `self`, found on `line` of its field.
    pub fn at_line(self, line: usize) -> Problem {
        Problem::AtLine {
            line,
            problem: Box::new(self),
        }
    }
}

/// Why a form was refused as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    ResetLinkExpired,
    /// The sign-up link expired, was used, or a newer one replaced it.
    SignUpLinkExpired,
    /// The right password, but the address was never proved: the link went again.
    AddressNotConfirmed,
    InvitationExpired,
    CofounderInviteExpired,
    NothingTicked,
    /// The founder is already on the team of `teams` startups, the most allowed.
    TooManyStartups {
        teams: u64,
    },
    /// A meeting request the rules do not allow.
    MeetingRequest(crate::meetings::RequestRefused),
}

/// Why an action does not fit the current state of things.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clash {
    Locked(Locked),
    ReviewPhaseClosed,
    LastMember,
    /// The pitch has this status, which takes no more reviewers.
    NoMoreReviewers(Status),
    ReviewSavedElsewhere,
    PitchExists,
    /// These pitches (named) cannot take a decision; nothing changed.
    NotDecidable(Vec<(String, Undecidable)>),
    AlreadyUndone,
    TooLateToUndo,
    /// The draft schedule changed since the solve that staff were shown.
    ScheduleChanged,
    /// The draft breaks `count` hard rules: it cannot be released.
    ScheduleBreaksRules {
        count: usize,
    },
    /// The draft is the schedule version `number` (`name`) already released.
    NothingToRelease {
        number: i32,
        name: String,
    },
    /// The team cannot confirm or decline attendance now.
    Attendance(crate::attendance::Closed),
    /// The live session is not open (never opened, or closed): no scores now.
    LiveNotOpen,
    /// The session is in no released schedule version: there is no line-up to run.
    LiveNotReleased,
    /// Results and awards wait until staff close the session.
    LiveStillOpen,
    /// The session's results are out: reopening it would let judges change them.
    LiveResultsOut,
    /// A reply that does not fit the meeting request's state.
    MeetingReply(crate::meetings::ReplyRefused),
    /// Judges have scored in the session: its stage rubric can no longer change.
    LiveStageScored,
    /// A pipeline action that does not fit the card's state.
    Pipeline(crate::pipeline::PipelineClash),
    /// The need is closed (or past its deadline): no more responses or edits.
    NeedClosed,
    /// The startup already responded to this need (one response per startup).
    AlreadyResponded,
    /// A meeting is asked from a shortlisted response only.
    NotShortlisted,
    /// The agreement was already confirmed or declined.
    AgreementAnswered,
}

impl From<Locked> for Clash {
    fn from(locked: Locked) -> Self {
        Clash::Locked(locked)
    }
}
