//! What the meetings pages show: fit recommendations with their reasons, meeting
//! requests with what the reader may answer, per role.

use domain::meetings::{AskedBy, MeetingRules, Reply, RequestStatus};
use domain::recommend::Reason;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One meeting request as one of its two sides reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestRow {
    pub id: Uuid,
    pub startup_id: Uuid,
    pub startup_name: String,
    pub startup_one_liner: String,
    pub investor_name: String,
    /// The investor's firm and title, as their profile says ("" if none).
    pub investor_firm: String,
    pub asked_by: AskedBy,
    /// The reader's side asked.
    pub reader_asked: bool,
    pub message: String,
    /// As of now (a pending request past its deadline reads expired).
    pub status: RequestStatus,
    /// A decline's reason or the other times proposed.
    pub reply_text: String,
    /// Edition-local `YYYY-MM-DD HH:MM`.
    pub asked_local: String,
    pub expires_local: String,
    /// What the reader may answer now, in the order offered.
    pub replies: Vec<Reply>,
    /// Its meeting once staff released the schedule: edition-local
    /// `YYYY-MM-DD HH:MM` and the place's name.
    pub meeting: Option<(String, String)>,
}

/// A startup recommended to an investor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartupSuggestion {
    pub startup_id: Uuid,
    pub name: String,
    pub one_liner: String,
    pub track: String,
    pub reasons: Vec<Reason>,
    /// The pair's request, if one was made (either way round).
    pub requested: Option<RequestStatus>,
}

/// An investor recommended to a startup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvestorSuggestion {
    pub investor_id: Uuid,
    pub name: String,
    pub firm: String,
    pub reasons: Vec<Reason>,
    pub requested: Option<RequestStatus>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvestorMeetings {
    pub suggestions: Vec<StartupSuggestion>,
    pub requests: Vec<RequestRow>,
    /// Requests that still count against the quota.
    pub live_requests: u32,
    /// The investor has no thesis yet: recommendations need one.
    pub no_profile: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FounderMeetings {
    pub startup_id: Uuid,
    pub startup_name: String,
    /// Has an accepted pitch in the edition (only those meet investors).
    pub takes_part: bool,
    pub requests: Vec<RequestRow>,
    pub suggestions: Vec<InvestorSuggestion>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingsPage {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    pub rules: MeetingRules,
    pub investor: Option<InvestorMeetings>,
    pub founder: Vec<FounderMeetings>,
}
