//! What the pipeline pages show: a firm's board (columns per stage, the funnel, passed
//! cards apart), one card (links, scores, meetings, notes, tasks, history), and what
//! founders see of the stages investors chose to share.

use chrono::{DateTime, NaiveDate, Utc};
use domain::pipeline::{Event, Funnel, Source, Stage};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A card as the board shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardSummary {
    pub id: Uuid,
    pub startup_id: Uuid,
    pub startup_name: String,
    pub stage: Stage,
    pub passed: bool,
    pub shared: bool,
    pub open_tasks: u32,
    pub overdue_tasks: u32,
    pub stale: bool,
}

/// A startup the investor may put on the board, and why it is offered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub startup_id: Uuid,
    pub name: String,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PipelineBoard {
    /// The firm as the reader's profile names it ("" for a board of one's own).
    pub firm: String,
    /// Active cards per stage, in `Stage::ALL` order.
    pub columns: Vec<(Stage, Vec<CardSummary>)>,
    pub passed: Vec<CardSummary>,
    pub funnel: Funnel,
    /// Startups not yet on the board that the reader may add.
    pub candidates: Vec<Candidate>,
    /// How many marked startups "Add my shortlist" would add.
    pub shortlist_to_add: u32,
}

/// A review this investor gave the startup's pitch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyScore {
    pub submission_id: Uuid,
    pub pitch_title: String,
    pub edition_name: String,
    pub weighted: f64,
    pub recommendation: domain::review::Recommendation,
}

/// A meeting of this investor with the startup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyMeeting {
    pub starts_at: DateTime<Utc>,
    /// The investor's check-in, if given.
    pub held: Option<domain::meetings::CheckIn>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteRow {
    pub author: String,
    pub at: DateTime<Utc>,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskRow {
    pub id: Uuid,
    pub title: String,
    pub due_on: NaiveDate,
    pub owner: String,
    pub done: bool,
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveRow {
    pub at: DateTime<Utc>,
    pub by: String,
    pub event: Event,
    pub from: Option<Stage>,
    pub to: Stage,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PipelineCard {
    pub id: Uuid,
    pub startup_id: Uuid,
    pub startup_name: String,
    pub one_liner: String,
    /// The startup has a public page (`/showcase/<id>`).
    pub public: bool,
    pub stage: Stage,
    pub passed: bool,
    pub pass_reason: String,
    pub shared: bool,
    pub source: Source,
    pub scores: Vec<MyScore>,
    pub meetings: Vec<MyMeeting>,
    pub notes: Vec<NoteRow>,
    pub tasks: Vec<TaskRow>,
    pub history: Vec<MoveRow>,
    /// The board's members, for a task's owner: `(user id, name)`.
    pub members: Vec<(Uuid, String)>,
    /// The reader's own id (the owner chosen by default).
    pub me: Uuid,
}

/// A stage an investor shared with the startup's founders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStage {
    pub startup_name: String,
    /// "Ada Investor (Harbour Ventures)".
    pub investor: String,
    pub stage: Stage,
}
