//! Wire types of judging: review setup, assignments, the investor's queue and scoring
//! form, private marks, the staff ranking and decisions.

use domain::conflict::ConflictReason;
use domain::review::{Interest, Recommendation, ReviewSetupInput, Undecidable};
use domain::startup::Stage;
use domain::submission::Status;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewSetup {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub form: ReviewSetupInput,
    /// Reviews exist, so criteria can no longer change (guidance still can).
    pub rubric_locked: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewerChip {
    pub investor_id: Uuid,
    /// `None` for an investor whose account no longer exists.
    pub name: Option<String>,
    pub reviewed: bool,
    pub manual: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConflictNote {
    pub investor_name: String,
    pub reason: ConflictReason,
    /// Found by the system (portfolio, email domain) rather than declared.
    pub automatic: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssignmentRow {
    pub submission_id: Uuid,
    pub startup_name: String,
    pub track: String,
    pub status: Status,
    pub reviewers: Vec<ReviewerChip>,
    pub conflicts: Vec<ConflictNote>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JudgeOption {
    pub id: Uuid,
    pub name: String,
    /// Staff pick a judge by typing a name; the email tells two namesakes apart.
    pub email: String,
    pub load: u32,
}

/// Which page of the assignment board to show.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BoardQuery {
    pub edition: Option<Uuid>,
    /// A track name; empty for every track.
    pub track: String,
    pub page: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssignmentBoard {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub reviews_per_pitch: u8,
    /// The edition's track names, for the filter.
    pub tracks: Vec<String>,
    /// The track shown; empty for every track.
    pub track: String,
    /// Pitches in the filter (all pages).
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    /// This page's pitches only.
    pub rows: Vec<AssignmentRow>,
    pub judges: Vec<JudgeOption>,
    pub min_load: u32,
    pub max_load: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub submission_id: Uuid,
    /// The startup's name, or in blind review the pitch's short code ("3F2A1B", which
    /// pages show as "Pitch 3F2A1B" in the reader's language).
    pub label: String,
    pub one_liner: String,
    pub track: String,
    pub stage: Stage,
    /// ISO 3166 code (the page names it in the reader's language).
    pub country: String,
    pub assigned: bool,
    pub reviewed: bool,
    pub starred: bool,
    pub interest: Interest,
    /// The startup, where its name is shown to the reader (never in blind review): a
    /// shortlisted pitch then offers "Request a meeting".
    #[serde(default)]
    pub startup_id: Option<Uuid>,
    /// The status of the reader's meeting request to this startup in the edition, if any.
    #[serde(default)]
    pub meeting: Option<domain::meetings::RequestStatus>,
    /// The pitch is accepted, so its startup takes part in the edition's meetings: only
    /// then may the reader ask for one.
    #[serde(default)]
    pub meetings_open: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    pub edition: Option<Uuid>,
    pub track: String,
    /// "", "todo", "done" or "starred".
    pub show: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewQueue {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub phase_open: bool,
    /// Blind review: the items' labels are short codes, not names.
    pub blind: bool,
    pub browse_allowed: bool,
    pub assigned_done: u32,
    pub assigned_total: u32,
    pub tracks: Vec<String>,
    pub items: Vec<QueueItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriterionView {
    /// The form key of its score: `scores[<key>]`.
    pub key: String,
    pub name: String,
    pub guidance: String,
    pub weight: u32,
    pub scale_max: u8,
    /// What some scale points mean, points ascending (staff set them with the rubric).
    #[serde(default)]
    pub anchors: Vec<domain::review::ScoreAnchor>,
    pub score: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherReview {
    /// 'A', 'B'… ("Judge A"): judges read each other's scores, not names.
    pub letter: char,
    pub weighted: f64,
    pub recommendation: Recommendation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewedStartup {
    pub one_liner: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub stage: Stage,
    /// ISO 3166 code (the page names it in the reader's language).
    pub country: String,
    pub city: String,
    pub founded_year: i32,
    pub team_size: i32,
    /// Hidden in blind mode.
    pub website: Option<String>,
    /// The currency of the amounts below (ISO 4217).
    pub currency: String,
    pub monthly_revenue: Option<i64>,
    pub users: Option<i64>,
    /// Monthly growth, in percent.
    pub growth_pct: Option<f64>,
    pub raised_so_far: Option<i64>,
    /// What the startup is raising.
    pub ask: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Marks {
    pub starred: bool,
    pub tags: String,
    pub interest: Interest,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewForm {
    pub submission_id: Uuid,
    /// As [`QueueItem::label`]: a short code in blind review.
    pub label: String,
    pub blind: bool,
    pub startup: ReviewedStartup,
    pub track: String,
    pub title: String,
    pub summary: String,
    pub video_url: Option<String>,
    pub deck_url: Option<String>,
    pub criteria: Vec<CriterionView>,
    pub comment: String,
    pub private_note: String,
    pub recommendation: String,
    pub phase_open: bool,
    pub assigned: bool,
    pub has_review: bool,
    /// `None` when the setting (or not having reviewed yet) hides them.
    pub others: Option<Vec<OtherReview>>,
    pub marks: Marks,
    /// Position in the assigned queue: (n, m) for "n of m".
    pub position: Option<(u32, u32)>,
    pub next_id: Option<Uuid>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankingRow {
    /// The place in the chosen order (1 is first), across pages.
    pub rank: u64,
    pub submission_id: Uuid,
    pub startup_name: String,
    pub track: String,
    pub status: Status,
    pub assigned: u32,
    pub reviews: u32,
    pub raw_mean: Option<f64>,
    pub normalised_mean: Option<f64>,
    pub standard_error: Option<f64>,
    pub disagreement: bool,
    /// Investors who starred it and who want a meeting (counts only; who is private).
    pub stars: u32,
    pub meeting_requests: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JudgeRow {
    pub investor_id: Uuid,
    /// `None` for an investor whose account no longer exists.
    pub name: Option<String>,
    pub assigned: u32,
    pub reviews: u32,
    pub mean: f64,
    pub spread: f64,
    /// Mean minus the panel's, after allowing for the pitches drawn: < 0 harsh.
    pub offset: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RankingQuery {
    pub edition: Option<Uuid>,
    pub track: String,
    /// "normalised" (default), "raw", "reviews", "name", "se".
    pub sort: String,
    /// The page of pitches, from 1 (a number as the address bar carries it; anything
    /// else is page 1, and a page past the end is the last).
    pub page: String,
    /// The page of the judge calibration table, from 1.
    pub judge_page: String,
}

/// What a decision on ticked pitches would do, shown for confirmation before it is applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionPreview {
    pub decision: domain::review::Decision,
    pub rows: Vec<DecisionPreviewRow>,
    /// Pitches whose status would change (the others already have it).
    pub changing: u32,
    /// Of those, pitches that already had a decision which this one replaces.
    pub replacing_earlier: u32,
    /// Founders who would be emailed (every team member of a changing pitch).
    pub founders_emailed: u32,
    /// Why the batch cannot be applied at all: each draft or withdrawn pitch in it, by
    /// startup name.
    pub refused: Vec<(String, Undecidable)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionPreviewRow {
    pub submission_id: Uuid,
    pub startup_name: String,
    pub title: String,
    pub from: Status,
    pub changes: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ranking {
    pub edition_id: Uuid,
    pub edition_name: String,
    pub tracks: Vec<String>,
    /// One page of pitches in the chosen order.
    pub rows: Vec<RankingRow>,
    /// Pitches that match the filter, on every page.
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    /// One page of judges, harshest first.
    pub judges: Vec<JudgeRow>,
    pub judge_total: u64,
    pub judge_page: u64,
    pub judge_pages: u64,
    pub panel_mean: Option<f64>,
    /// When the normalised means, their ± and the judges' offsets were computed, as the
    /// edition's wall clock shows it (`YYYY-MM-DDTHH:MM` in `time_zone`): on the first
    /// view after a review changed. Counts and raw means are always current.
    pub normalised_at: String,
    /// The edition's time zone (IANA name).
    pub time_zone: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffReview {
    pub id: Uuid,
    /// `None` for an investor whose account no longer exists.
    pub judge: Option<String>,
    pub weighted: f64,
    pub recommendation: Recommendation,
    pub scores: Vec<(String, u8)>,
    pub comment: String,
    pub released: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmissionReviews {
    pub submission_id: Uuid,
    pub edition_id: Uuid,
    pub startup_name: String,
    pub title: String,
    pub status: Status,
    pub reviews: Vec<StaffReview>,
    pub conflicts: Vec<ConflictNote>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssignOutcome {
    pub added: u32,
    pub short: Vec<String>,
}
