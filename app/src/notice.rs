//! What a page says after an action succeeded. The server function (or upload route)
//! that redirects names a `Notice`; the page it lands on shows that notice's sentence.
//! Both sides share this enum, so a renamed notice is a compile error, not a silently
//! missing message. The URL carries only the code (`?notice=draft_saved`): a link can
//! show at most one of these fixed sentences, never text of its own.

use crate::lang::{t, use_lang};
use domain::lang::Lang;
use domain::upload::{UploadProblem, UploadRule};
use leptos::prelude::*;

macro_rules! notices {
    ($($variant:ident = $code:literal : $message:tt,)+) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Notice { $($variant),+ }

        impl Notice {
            pub const ALL: &'static [Notice] = &[$(Notice::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $(Notice::$variant => $code),+ }
            }

            /// The sentence in `lang` (the id's text in the translation files).
            pub fn message(self, lang: Lang) -> String {
                match self { $(Notice::$variant => t!(lang, $message)),+ }
            }
        }
    };
}

notices! {
    LoggedOut = "logged_out": "notice-logged-out",
    PasswordChanged = "password_changed": "notice-password-changed",
    ResetSent = "reset_sent": "notice-reset-sent",
    SignUpSent = "sign_up_sent": "auth-check-inbox-anywhere",
    InvestorProfileSaved = "investor_profile_saved": "notice-investor-profile-saved",
    StartupSaved = "startup_saved": "notice-startup-saved",
    LogoUploaded = "logo_uploaded": "notice-logo-uploaded",
    JoinedTeam = "joined_team": "notice-joined-team",
    CofounderInvited = "cofounder_invited": "notice-cofounder-invited",
    LeftTeam = "left_team": "notice-left-team",
    DraftSaved = "draft_saved": "notice-draft-saved",
    PitchSubmitted = "pitch_submitted": "notice-pitch-submitted",
    PitchChangesSaved = "pitch_changes_saved": "notice-pitch-changes-saved",
    DeckUploaded = "deck_uploaded": "notice-deck-uploaded",
    PitchWithdrawn = "pitch_withdrawn": "notice-pitch-withdrawn",
    ReviewSettingsSaved = "review_settings_saved": "notice-review-settings-saved",
    AssignmentsChanged = "assignments_changed": "notice-assignments-changed",
    Decided = "decided": "notice-decided",
    DecisionUndone = "decision_undone": "notice-decision-undone",
    FeedbackReleased = "feedback_released": "notice-feedback-released",
    AllReviewed = "all_reviewed": "notice-all-reviewed",
    ConflictDeclared = "conflict_declared": "notice-conflict-declared",
    ReviewSaved = "review_saved": "notice-review-saved",
    MarksSaved = "marks_saved": "notice-marks-saved",
    EditionSaved = "edition_saved": "notice-edition-saved",
    StaffInvited = "staff_invited": "notice-staff-invited",
    RoomSaved = "room_saved": "notice-room-saved",
    RoomRemoved = "room_removed": "notice-room-removed",
    SessionSaved = "session_saved": "notice-session-saved",
    SessionRemoved = "session_removed": "notice-session-removed",
    ScheduleSolved = "schedule_solved": "notice-schedule-solved",
    ScheduleEdited = "schedule_edited": "notice-schedule-edited",
    ScheduleReleased = "schedule_released": "notice-schedule-released",
    AvailabilitySaved = "availability_saved": "notice-availability-saved",
    CalendarFeedCreated = "calendar_feed_created": "notice-calendar-feed-created",
    CalendarFeedRevoked = "calendar_feed_revoked": "notice-calendar-feed-revoked",
    AttendanceConfirmed = "attendance_confirmed": "notice-attendance-confirmed",
    AttendanceDeclined = "attendance_declined": "notice-attendance-declined",
    LiveOpened = "live_opened": "notice-live-opened",
    LiveClosed = "live_closed": "notice-live-closed",
    LiveUpdated = "live_updated": "notice-live-updated",
    LiveScoreSaved = "live_score_saved": "notice-live-score-saved",
    LiveAwardSaved = "live_award_saved": "notice-live-award-saved",
    LiveResultsReleased = "live_results_released": "notice-live-results-released",
    MeetingRequested = "meeting_requested": "notice-meeting-requested",
    MeetingAnswered = "meeting_answered": "notice-meeting-answered",
    LiveStageSaved = "live_stage_saved": "notice-live-stage-saved",
    MeetingRulesSaved = "meeting_rules_saved": "notice-meeting-rules-saved",
    MeetingBlockSaved = "meeting_block_saved": "notice-meeting-block-saved",
    MeetingBlockRemoved = "meeting_block_removed": "notice-meeting-block-removed",
    MeetingPlaceSaved = "meeting_place_saved": "notice-meeting-place-saved",
    MeetingPlaceRemoved = "meeting_place_removed": "notice-meeting-place-removed",
    MeetingsRun = "meetings_run": "notice-meetings-run",
    MeetingsReleased = "meetings_released": "notice-meetings-released",
    MeetingBooked = "meeting_booked": "notice-meeting-booked",
    MeetingUpdated = "meeting_updated": "notice-meeting-updated",
    MeetingCancelled = "meeting_cancelled": "notice-meeting-cancelled",
    MeetingCheckedIn = "meeting_checked_in": "notice-meeting-checked-in",
    PipelineCardAdded = "pipeline_card_added": "notice-pipeline-card-added",
    PipelineShortlistAdded = "pipeline_shortlist_added": "notice-pipeline-shortlist-added",
    PipelineMoved = "pipeline_moved": "notice-pipeline-moved",
    PipelineRevived = "pipeline_revived": "notice-pipeline-revived",
    PipelineShared = "pipeline_shared": "notice-pipeline-shared",
    PipelineUnshared = "pipeline_unshared": "notice-pipeline-unshared",
    PipelineNoteAdded = "pipeline_note_added": "notice-pipeline-note-added",
    PipelineTaskAdded = "pipeline_task_added": "notice-pipeline-task-added",
    PipelineTaskUpdated = "pipeline_task_updated": "notice-pipeline-task-updated",
    PipelineDigestRun = "pipeline_digest_run": "notice-pipeline-digest-run",
    NeedPosted = "need_posted": "notice-need-posted",
    NeedSaved = "need_saved": "notice-need-saved",
    NeedClosed = "need_closed": "notice-need-closed",
    NeedResponded = "need_responded": "notice-need-responded",
    NeedShortlisted = "need_shortlisted": "notice-need-shortlisted",
    OrganisationSaved = "organisation_saved": "notice-organisation-saved",
    AgreementRecorded = "agreement_recorded": "notice-agreement-recorded",
    AgreementAwaits = "agreement_awaits": "notice-agreement-awaits",
    AgreementConfirmed = "agreement_confirmed": "notice-agreement-confirmed",
    AgreementDeclined = "agreement_declined": "notice-agreement-declined",
    RatesSaved = "rates_saved": "notice-rates-saved",
}

impl Notice {
    /// The query parameter that carries the notice.
    pub const PARAM: &'static str = "notice";

    pub fn from_code(raw: &str) -> Option<Notice> {
        Notice::ALL.iter().copied().find(|n| n.code() == raw)
    }

    /// `path` with this notice in its query (before any `#fragment`), replacing a notice
    /// the path already carried; an earlier upload refusal or form error (`__err`) it
    /// carried is stale after this success and goes.
    pub fn on(self, path: &str) -> String {
        let mut clean = without_param(path, UploadRefusal::PARAM);
        for key in ["__err", "__path"] {
            clean = without_param(&clean, key);
        }
        with_param(&clean, Notice::PARAM, self.code())
    }
}

/// `path` with `key=value` in its query (before any `#fragment`), replacing `key` if the
/// path already carried it. Values are codes: nothing to escape.
fn with_param(path: &str, key: &str, value: &str) -> String {
    let (base, fragment) = match path.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (path, None),
    };
    let (route, query) = base.split_once('?').unwrap_or((base, ""));
    let prefix = format!("{key}=");
    let mut params: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&prefix))
        .map(str::to_string)
        .collect();
    params.push(format!("{prefix}{value}"));
    let mut out = format!("{route}?{}", params.join("&"));
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// `path` without `key` in its query.
fn without_param(path: &str, key: &str) -> String {
    let (base, fragment) = match path.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (path, None),
    };
    let Some((route, query)) = base.split_once('?') else {
        return path.to_string();
    };
    let prefix = format!("{key}=");
    let params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&prefix) && *p != key)
        .collect();
    let mut out = route.to_string();
    if !params.is_empty() {
        out.push('?');
        out.push_str(&params.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// Why an upload (a plain form post to a file route) was refused. The route sends the
/// browser back to the form with the code; the page shows the sentence beside the
/// upload field, as it shows any other field error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadRefusal {
    /// The file itself: missing, empty, too large, of the wrong kind.
    File(UploadProblem),
    /// The upload broke off before the file arrived whole.
    Interrupted,
    /// The pitch can no longer be changed (deadline passed, decided, withdrawn).
    Locked,
    /// Trouble on our side; the server log has the cause.
    Failed,
}

impl UploadRefusal {
    pub const PARAM: &'static str = "upload_error";

    pub fn code(self) -> &'static str {
        match self {
            UploadRefusal::File(p) => p.code(),
            UploadRefusal::Interrupted => "interrupted",
            UploadRefusal::Locked => "locked",
            UploadRefusal::Failed => "failed",
        }
    }

    /// The refusal a code names for an upload governed by `rule`.
    pub fn parse(raw: &str, rule: UploadRule) -> Option<UploadRefusal> {
        match raw {
            "interrupted" => Some(UploadRefusal::Interrupted),
            "locked" => Some(UploadRefusal::Locked),
            "failed" => Some(UploadRefusal::Failed),
            other => UploadProblem::from_code(other, rule).map(UploadRefusal::File),
        }
    }

    pub fn message(self, lang: Lang) -> String {
        match self {
            UploadRefusal::File(p) => crate::components::problems::upload_problem(lang, p),
            UploadRefusal::Interrupted => t!(lang, "upload-interrupted"),
            UploadRefusal::Locked => t!(lang, "upload-locked"),
            UploadRefusal::Failed => t!(lang, "upload-failed"),
        }
    }

    /// `path` (the page with the upload form) carrying this refusal, and no longer the
    /// notice of an earlier success (a stale "Draft saved" must not stand beside it).
    pub fn on(self, path: &str) -> String {
        with_param(
            &without_param(path, Notice::PARAM),
            UploadRefusal::PARAM,
            self.code(),
        )
    }
}

/// The upload refusal the current URL names for an upload under `rule`, as a field error.
#[component]
pub fn UploadRefusalText(rule: UploadRule, id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let query = crate::route_state::query_map();
    move || {
        query
            .read()
            .get(UploadRefusal::PARAM)
            .and_then(|code| UploadRefusal::parse(&code, rule))
            .map(|r| view! { <p class="field-error" id=id role="alert">{r.message(lang)}</p> })
    }
}

/// The notice the current URL names, if any, as a status message.
#[component]
pub fn PageNotice() -> impl IntoView {
    let lang = use_lang();
    let query = crate::route_state::query_map();
    move || {
        query
            .read()
            .get(Notice::PARAM)
            .and_then(|code| Notice::from_code(&code))
            .map(|n| view! { <div class="alert alert-ok" role="status">{n.message(lang)}</div> })
    }
}

#[cfg(test)]
mod tests {
    use super::Notice;

    #[test]
    fn every_notice_round_trips_through_its_code() {
        for &n in Notice::ALL {
            assert_eq!(Notice::from_code(n.code()), Some(n));
        }
        assert_eq!(Notice::from_code("<b>made up</b>"), None);
    }

    #[test]
    fn an_upload_refusal_round_trips_for_its_rule() {
        use super::UploadRefusal;
        use domain::upload::{UploadProblem, UploadRule};
        let rule = UploadRule::Deck;
        for r in [
            UploadRefusal::File(UploadProblem::TooLarge { rule }),
            UploadRefusal::File(UploadProblem::WrongType { rule }),
            UploadRefusal::Interrupted,
            UploadRefusal::Locked,
            UploadRefusal::Failed,
        ] {
            assert_eq!(UploadRefusal::parse(r.code(), rule), Some(r));
        }
        assert_eq!(UploadRefusal::parse("anything else", rule), None);
        assert_eq!(
            UploadRefusal::Locked.on("/startups/1/pitch?notice=draft_saved"),
            "/startups/1/pitch?upload_error=locked"
        );
        assert_eq!(
            UploadRefusal::Locked.on("/startups/1/pitch?edition=e&notice=draft_saved#deck"),
            "/startups/1/pitch?edition=e&upload_error=locked#deck"
        );
    }

    #[test]
    fn a_notice_joins_the_query_before_the_fragment() {
        assert_eq!(
            Notice::DraftSaved.on("/startups/1/pitch"),
            "/startups/1/pitch?notice=draft_saved"
        );
        assert_eq!(
            Notice::AssignmentsChanged.on("/staff/judging/e?x=1#pitch-9"),
            "/staff/judging/e?x=1&notice=assignments_changed#pitch-9"
        );
        assert_eq!(
            Notice::DeckUploaded.on("/startups/1/pitch?upload_error=locked&__path=%2Fapi&__err=x"),
            "/startups/1/pitch?notice=deck_uploaded"
        );
        assert_eq!(
            Notice::Decided.on("/staff/ranking?notice=decided&track=AI"),
            "/staff/ranking?track=AI&notice=decided"
        );
    }
}
