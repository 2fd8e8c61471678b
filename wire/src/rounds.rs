//! Pitch rounds: rooms, sessions and the schedule board as staff see them.

use chrono::NaiveDate;
use domain::schedule::{Breach, Change, ShortPanel, UnplacedStartup, Warning};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomRow {
    pub id: Uuid,
    pub name: String,
    pub capacity: i32,
    pub sessions: u32,
}

/// A session with the text its form shows (times in the edition's zone).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PitchSessionRow {
    pub id: Uuid,
    pub title: String,
    /// `None`: mixed.
    pub track: Option<String>,
    pub room_id: Uuid,
    pub room: String,
    pub day: NaiveDate,
    /// `HH:MM`, edition time.
    pub starts: String,
    pub ends: String,
    pub pitch_minutes: i32,
    pub qa_minutes: i32,
    pub changeover_minutes: i32,
    /// One `HH:MM-HH:MM` a line.
    pub breaks: String,
    pub panel_min: i32,
    pub panel_max: i32,
    pub slots: u32,
    pub pitches: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundsSetup {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub tracks: Vec<String>,
    pub rooms: Vec<RoomRow>,
    pub sessions: Vec<PitchSessionRow>,
}

/// An accepted pitch on the board; its place in `ScheduleBoard::pitches` is the index
/// the schedule's facts (`unplaced`, `breaches`, `changes`) use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardPitch {
    pub submission_id: Uuid,
    pub startup: String,
    pub track: String,
}

/// A judge on the board, by index like the pitches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardJudge {
    pub investor_id: Uuid,
    pub name: String,
}

/// A founder of an accepted pitch, for staff to block out (a flight, a clash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardFounder {
    pub user_id: Uuid,
    pub name: String,
    pub startup: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardSlot {
    /// `HH:MM`, edition time.
    pub starts: String,
    pub ends: String,
    /// Index into `pitches`.
    pub pitch: Option<usize>,
    pub locked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardSeat {
    /// Index into `judges`.
    pub judge: usize,
    pub locked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardSession {
    pub id: Uuid,
    pub title: String,
    pub track: Option<String>,
    pub room: String,
    pub day: NaiveDate,
    pub starts: String,
    pub ends: String,
    pub panel_min: usize,
    pub panel_max: usize,
    pub slots: Vec<BoardSlot>,
    pub panel: Vec<BoardSeat>,
}

/// The draft schedule with everything wrong with it, and what a solve would change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleBoard {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    pub tracks: Vec<String>,
    pub pitches: Vec<BoardPitch>,
    pub judges: Vec<BoardJudge>,
    /// In time order; the facts' session indices point here.
    pub sessions: Vec<BoardSession>,
    /// Accepted pitches without a slot (indices into `pitches`).
    pub unplaced: Vec<usize>,
    pub breaches: Vec<Breach>,
    pub warnings: Vec<Warning>,
    pub proposal: Option<SolveProposal>,
    /// Released versions, newest first.
    pub versions: Vec<VersionRow>,
    /// Times staff blocked judges or founders out.
    pub blocked: Vec<BlockedRow>,
    /// Founders of the accepted pitches, by name, for the block-out form.
    pub founders: Vec<BoardFounder>,
    /// The level staff chose for each soft rule.
    pub levels: Vec<(domain::schedule::Rule, domain::schedule::Level)>,
}

/// What "Solve" would do to the draft, for staff to accept or discard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SolveProposal {
    pub changes: Vec<Change>,
    pub unplaced: Vec<UnplacedStartup>,
    pub short_panels: Vec<ShortPanel>,
    /// Names the draft the proposal was computed from: accepting it after the draft
    /// changed is refused rather than applying a different solve than the one shown.
    pub fingerprint: String,
    /// The solver's cost and its lower bound: for operators and tests, never shown
    /// (staff read `placed`/`startups` and `wishes_met`/`wishes` instead).
    pub objective: i64,
    pub bound: i64,
    /// Startups the proposal gives a slot, of all the draft's startups.
    pub placed: usize,
    pub startups: usize,
    /// Startups with preferred times pitching inside one, of those that gave any.
    pub wishes_met: usize,
    pub wishes: usize,
}

/// A released version of the schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionRow {
    pub number: i32,
    pub name: String,
    pub changelog: String,
    pub released_at: chrono::DateTime<chrono::Utc>,
}

/// The public agenda: the latest released version (none before the first release).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicAgenda {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    pub version: Option<VersionRow>,
    /// In time order.
    pub sessions: Vec<AgendaSession>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaSession {
    pub id: Uuid,
    pub title: String,
    pub track: Option<String>,
    pub room: String,
    pub day: NaiveDate,
    /// `HH:MM`, edition time.
    pub starts: String,
    pub ends: String,
    pub slots: Vec<AgendaSlot>,
    /// The judges' names.
    pub panel: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaSlot {
    pub starts: String,
    pub ends: String,
    pub startup_id: Uuid,
    pub startup: String,
    pub one_liner: String,
}

/// A person's own part of the released schedule: where they pitch, where they judge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySchedule {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    /// The released version's name.
    pub version: String,
    pub pitches: Vec<MyPlace>,
    pub panels: Vec<MyPlace>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyPlace {
    /// The startup pitching (a founder's slot); `None` for a panel.
    pub startup: Option<String>,
    pub session: String,
    pub room: String,
    pub day: NaiveDate,
    pub starts: String,
    pub ends: String,
}

/// A startup's slot in the latest released programme (its pitch page shows it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PitchSlot {
    /// The released version's name.
    pub version: String,
    pub time_zone: String,
    pub place: MyPlace,
}

/// A judge's availability form: when they can sit, which sessions they would like.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JudgeAvailabilityForm {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// As typed: `YYYY-MM-DD HH:MM-HH:MM` a line, edition time.
    pub windows: String,
    pub sessions: Vec<SessionChoice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionChoice {
    pub id: Uuid,
    pub title: String,
    pub day: NaiveDate,
    pub starts: String,
    pub ends: String,
    pub preferred: bool,
}

/// A time staff blocked a judge out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockedRow {
    pub id: Uuid,
    pub person: String,
    pub day: NaiveDate,
    pub starts: String,
    pub ends: String,
    pub note: String,
}

/// A person's personal calendar feed for the current edition, as their home page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarFeed {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub time_zone: String,
    /// When the live link was made; `None`: no live link.
    pub active_since: Option<chrono::DateTime<chrono::Utc>>,
    /// The secret address, only right after it was made (the server keeps only a hash).
    pub url: Option<String>,
}
