//! Wire types of startups, pitches, the public showcase and the staff submission table.

use chrono::NaiveDate;
use domain::startup::{Stage, StartupInput};
use domain::submission::{Locked, Status};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A startup in its founder's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartupCard {
    pub id: Uuid,
    pub name: String,
    pub one_liner: String,
    pub logo_url: Option<String>,
    /// The pitch to the current edition, if there is one.
    pub current_pitch: Option<PitchCard>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PitchCard {
    pub id: Uuid,
    pub edition_id: Uuid,
    pub edition_name: String,
    pub title: String,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamMember {
    pub display_name: String,
    pub email: String,
    pub is_you: bool,
}

/// Everything the team (or staff) sees of a startup, with the profile as form text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartupDetail {
    pub id: Uuid,
    pub form: StartupInput,
    pub logo_url: Option<String>,
    pub members: Vec<TeamMember>,
    pub pending_invites: Vec<String>,
    pub pitches: Vec<PitchCard>,
    pub can_manage_team: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub status: Status,
    /// Local time in the edition's zone, `YYYY-MM-DDTHH:MM` (the page formats it).
    pub at_local: String,
}

/// A startup's pitch to one edition, as its team or staff see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PitchDetail {
    /// `None` before the first save.
    pub id: Option<Uuid>,
    pub startup_id: Uuid,
    pub startup_name: String,
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    /// The deadline in the edition's zone, `YYYY-MM-DDTHH:MM` (the page formats it).
    pub deadline_local: String,
    /// The first and last pitch day.
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub tracks: Vec<String>,
    pub title: String,
    pub summary: String,
    pub video_url: String,
    pub track: String,
    pub availability: String,
    /// Preferred times as typed (one window a line), inside `availability`.
    pub preferred_times: String,
    pub deck: Option<DeckInfo>,
    pub status: Status,
    /// Why the team cannot change it now, if they cannot.
    pub locked: Option<Locked>,
    pub can_withdraw: bool,
    /// The viewer is on the team (staff and reviewers only read).
    pub team: bool,
    pub timeline: Vec<TimelineEntry>,
    pub feedback: Vec<String>,
    /// Judges of this edition review blind: the form asks founders to leave their name out.
    pub blind_review: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeckInfo {
    pub url: String,
    pub file_name: String,
    pub size_bytes: u64,
    /// In the edition's zone, `YYYY-MM-DDTHH:MM`.
    pub uploaded_local: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CofounderInvitation {
    pub startup_name: String,
    pub email: String,
    pub inviter: String,
    /// An account with the invited email exists: it must log in to accept.
    pub account_exists: bool,
}

/// Filters of the public showcase, as they appear in its URL.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShowcaseQuery {
    pub track: String,
    pub country: String,
    pub stage: String,
    pub q: String,
    /// Opaque: where the previous page ended.
    pub after: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShowcaseEntry {
    pub startup_id: Uuid,
    pub name: String,
    pub one_liner: String,
    pub track: String,
    /// ISO 3166-1 alpha-2 code; the page names it in the reader's language.
    pub country: String,
    pub stage: Stage,
    pub logo_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShowcasePage {
    pub edition_name: String,
    pub tracks: Vec<String>,
    /// The codes of the countries of the listed startups.
    pub countries: Vec<String>,
    pub entries: Vec<ShowcaseEntry>,
    pub total: u64,
    pub next_after: Option<String>,
}

/// A startup's public page: no deck, no private fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicStartup {
    pub name: String,
    pub one_liner: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub stage: Stage,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    pub city: String,
    pub founded_year: i32,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    pub edition_name: String,
    pub track: String,
    pub pitch_title: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubmissionQuery {
    pub edition: String,
    pub track: String,
    pub status: String,
    pub country: String,
    pub stage: String,
    pub q: String,
    /// `name`, `submitted`, `status` or `country`; a leading `-` sorts descending.
    pub sort: String,
    pub page: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmissionRow {
    pub id: Uuid,
    pub startup_id: Uuid,
    pub startup_name: String,
    pub title: String,
    pub track: String,
    pub status: Status,
    pub country: String,
    pub stage: Stage,
    /// In the edition's zone, `YYYY-MM-DDTHH:MM`; empty if never submitted.
    pub submitted_local: String,
    pub has_deck: bool,
    /// An accepted pitch's answer to "will you pitch?" (none: not answered or not asked).
    pub attendance: Option<AttendanceMark>,
}

/// A team's answer to "will you pitch?", as staff and the team read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceMark {
    pub answer: domain::attendance::Answer,
    /// Why they declined, as typed (may be empty).
    pub reason: String,
    /// In the edition's zone, `YYYY-MM-DDTHH:MM`.
    pub answered_local: String,
}

/// The "Confirm you will pitch" card of an accepted pitch's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceCard {
    pub submission_id: Uuid,
    pub time_zone: String,
    /// The edition's confirmation deadline, local `YYYY-MM-DDTHH:MM`; empty if none.
    pub deadline_local: String,
    /// Why the team cannot answer now (none: the forms are open to the team).
    pub closed: Option<domain::attendance::Closed>,
    pub mark: Option<AttendanceMark>,
    /// The reader is on the team (staff read the answer only).
    pub team: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmissionTable {
    pub edition_id: Uuid,
    pub edition_name: String,
    /// The edition's time zone, which the submission times are in.
    pub time_zone: String,
    pub tracks: Vec<String>,
    pub rows: Vec<SubmissionRow>,
    /// How the edition's accepted teams answered "will you pitch?".
    pub attendance: domain::attendance::Counts,
    /// Staff set a confirmation deadline for the edition (else the counts mean little).
    pub attendance_asked: bool,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
}
