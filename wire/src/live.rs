//! Live pitch sessions: the run of show and projector, the judge's phone page, the
//! missing-scores board and the session's result.

use chrono::{DateTime, NaiveDate, Utc};
use domain::live::{AwardKind, Cell, LiveState, Phase, PitchStatus};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A session as the live pages list it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveSessionRef {
    pub id: Uuid,
    pub title: String,
    pub room: String,
    pub day: NaiveDate,
    /// `HH:MM`, edition time.
    pub starts: String,
    pub ends: String,
    /// `None`: never opened.
    pub state: Option<LiveState>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LivePitchRow {
    pub submission_id: Uuid,
    pub startup: String,
    pub one_liner: String,
    pub track: String,
    pub status: PitchStatus,
    pub on_stage: bool,
}

/// The phase on stage, for a countdown the browser runs from its own clock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveClock {
    pub phase: Phase,
    pub started_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Seconds left when the page was made (negative: overrun).
    pub remaining_seconds: i64,
}

/// The staff run of show (and, without its controls, the projector).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunOfShow {
    pub edition_id: Uuid,
    pub session: LiveSessionRef,
    pub time_zone: String,
    pub pitch_minutes: u32,
    pub qa_minutes: u32,
    /// In running order.
    pub pitches: Vec<LivePitchRow>,
    pub current: Option<LivePitchRow>,
    pub next: Option<LivePitchRow>,
    pub clock: Option<LiveClock>,
    pub version: i64,
    pub results_released: bool,
    /// Once closed: the ranking.
    pub result: Option<LiveResult>,
    /// The edition's rubric, the session's stage rubric ticked.
    pub stage: Vec<StageCriterion>,
    /// A judge has scored in the session: the stage rubric can no longer change.
    pub stage_locked: bool,
}

/// A criterion of the edition's rubric and whether the session's stage rubric has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageCriterion {
    /// The form key (`criteria[…]` value).
    pub key: String,
    pub name: String,
    pub weight: u32,
    pub scale_max: u8,
    pub chosen: bool,
}

/// The judge's phone page for one session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JudgeLive {
    pub session: LiveSessionRef,
    /// The pitch the form scores: the one asked for, else the one on stage.
    pub pitch: Option<LivePitchRow>,
    /// The session's stage rubric, with this judge's scores of `pitch` so far.
    pub rubric: Vec<crate::CriterionView>,
    pub comment: String,
    /// This judge already scored `pitch` (a new submit overwrites).
    pub scored: bool,
    /// Pitches on stage or pitched that this judge has not scored (conflicted ones left out).
    pub unscored: Vec<LivePitchRow>,
}

/// The judge's live home: the sessions whose panel they sit on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JudgeSessions {
    pub sessions: Vec<LiveSessionRef>,
}

/// The missing-scores board: judges × pitches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveBoard {
    pub session_id: Uuid,
    pub version: i64,
    pub judges: Vec<String>,
    pub rows: Vec<LiveBoardRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveBoardRow {
    pub startup: String,
    pub status: PitchStatus,
    pub on_stage: bool,
    /// One per judge, in `LiveBoard::judges` order.
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveAward {
    pub kind: AwardKind,
    /// The track (winner), the award's name, or empty (finalist).
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveResultRow {
    pub place: usize,
    pub submission_id: Uuid,
    pub startup: String,
    pub track: String,
    /// How many judges scored it.
    pub scores: usize,
    /// On the stage rubric's scale (`LiveResult::scale_max`), else 0–10.
    pub raw_mean: f64,
    pub normalised_mean: f64,
    pub awards: Vec<LiveAward>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveResult {
    pub rows: Vec<LiveResultRow>,
    /// The top of the scale the means are on (1 to it), when every stage criterion
    /// shares it; `None`: the means are on 0–10.
    pub scale_max: Option<u8>,
}

/// A pitch's released awards, for its founders' pitch page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PitchAwards {
    pub session: String,
    pub awards: Vec<LiveAward>,
}

/// A session's released result on the public agenda: awards only, no scores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicLiveResult {
    pub session_id: Uuid,
    pub title: String,
    pub winners: Vec<PublicAward>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicAward {
    pub startup: String,
    pub kind: AwardKind,
    pub name: String,
}
