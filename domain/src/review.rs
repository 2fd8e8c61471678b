//! Judging rules: the rubric and review settings staff configure per edition, what a
//! judge's review must satisfy, who may open or read which review, investors' private
//! marks, and the decisions staff take.

use crate::problem::{Clash, Noun, Problem};
use crate::scoring::{self, Criterion};
use crate::startup::choice;
use crate::submission::Status;
use crate::validation::{bounded_text, FieldErrors};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const MAX_CRITERIA: usize = 10;
pub const CRITERION_NAME_MAX: usize = 60;
pub const GUIDANCE_MAX: usize = 300;
/// The longest meaning of one scale point ("proven with paying customers").
pub const ANCHOR_MAX: usize = 120;
pub const WEIGHT_MAX: u32 = 100;
pub const REVIEWS_PER_PITCH_MAX: u8 = 10;
pub const COMMENT_MAX: usize = 3000;
pub const NOTE_MAX: usize = 2000;
pub const REASON_MAX: usize = 500;
pub const TAGS_MAX: usize = 8;
pub const TAG_MAX_CHARS: usize = 30;

/// One rubric criterion as staff configure it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricCriterion {
    pub name: String,
    pub guidance: String,
    /// Relative weight, 1–100; weights need not add up to 100.
    pub weight: u32,
    /// Top of the scale, 5 or 10 (the bottom is always 1).
    pub scale_max: u8,
    /// What some scale points mean (score anchors), by point, each point once.
    #[serde(default)]
    pub anchors: Vec<ScoreAnchor>,
}

/// What one point of a criterion's scale means, e.g. 1 "no evidence".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreAnchor {
    pub point: u8,
    pub meaning: String,
}

impl RubricCriterion {
    pub fn for_scoring(&self) -> Criterion {
        Criterion {
            name: self.name.clone(),
            weight: f64::from(self.weight),
            scale_max: self.scale_max,
        }
    }
}

/// The criteria most startup competitions judge on, offered to every new edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultCriterion {
    Team,
    ProblemAndSolution,
    Market,
    Traction,
    BusinessModel,
    InvestmentReadiness,
}

/// The default rubric's criteria with their weights (summing to 100), scored out of 5.
pub const DEFAULT_RUBRIC: [(DefaultCriterion, u32); 6] = [
    (DefaultCriterion::Team, 20),
    (DefaultCriterion::ProblemAndSolution, 20),
    (DefaultCriterion::Market, 15),
    (DefaultCriterion::Traction, 15),
    (DefaultCriterion::BusinessModel, 15),
    (DefaultCriterion::InvestmentReadiness, 15),
];

/// The default rubric, each criterion's name and guidance given by `words` (the staff's
/// language: `i18n::defaults::rubric`).
pub fn default_rubric(
    words: impl Fn(DefaultCriterion) -> (String, String),
) -> Vec<RubricCriterion> {
    DEFAULT_RUBRIC
        .iter()
        .map(|&(criterion, weight)| {
            let (name, guidance) = words(criterion);
            RubricCriterion {
                name,
                guidance,
                weight,
                scale_max: 5,
                anchors: Vec::new(),
            }
        })
        .collect()
}

fn parse_scale(raw: &str) -> Option<u8> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    match compact.replace(['–', '—'], "-").as_str() {
        "5" | "1-5" => Some(5),
        "10" | "1-10" => Some(10),
        _ => None,
    }
}

/// Reads the rubric as staff type it: one criterion a line,
/// `name | weight | scale (5 or 10) | guidance`. Every bad line is reported.
pub fn parse_rubric(text: &str) -> Result<Vec<RubricCriterion>, Problem> {
    let mut criteria: Vec<RubricCriterion> = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = n + 1;
        let parts: Vec<&str> = line.splitn(4, '|').map(str::trim).collect();
        if parts.len() < 3 {
            problems.push(Problem::RubricLineShape.at_line(at));
            continue;
        }
        let name = match bounded_text(parts[0], Noun::CriterionName, 1, CRITERION_NAME_MAX) {
            Ok(name) => name,
            Err(e) => {
                problems.push(e.at_line(at));
                continue;
            }
        };
        let Some(weight) = parts[1]
            .parse::<u32>()
            .ok()
            .filter(|w| (1..=WEIGHT_MAX).contains(w))
        else {
            problems.push(Problem::WeightRange { max: WEIGHT_MAX }.at_line(at));
            continue;
        };
        let Some(scale_max) = parse_scale(parts[2]) else {
            problems.push(Problem::ScaleFiveOrTen.at_line(at));
            continue;
        };
        let guidance = match bounded_text(
            parts.get(3).copied().unwrap_or(""),
            Noun::Guidance,
            0,
            GUIDANCE_MAX,
        ) {
            Ok(g) => g,
            Err(e) => {
                problems.push(e.at_line(at));
                continue;
            }
        };
        if criteria
            .iter()
            .any(|c| c.name.to_lowercase() == name.to_lowercase())
        {
            problems.push(Problem::CriterionTwice { name }.at_line(at));
            continue;
        }
        criteria.push(RubricCriterion {
            name,
            guidance,
            weight,
            scale_max,
            anchors: Vec::new(),
        });
    }
    if criteria.is_empty() && problems.is_empty() {
        problems.push(Problem::NoCriteria);
    }
    if criteria.len() > MAX_CRITERIA {
        problems.push(Problem::TooManyCriteria {
            max: MAX_CRITERIA,
            count: criteria.len(),
        });
    }
    match problems.len() {
        0 => Ok(criteria),
        1 => Err(problems.remove(0)),
        _ => Err(Problem::Several(problems)),
    }
}

pub fn format_rubric(criteria: &[RubricCriterion]) -> String {
    criteria
        .iter()
        .map(|c| {
            format!(
                "{} | {} | {} | {}",
                c.name, c.weight, c.scale_max, c.guidance
            )
            .trim_end_matches([' ', '|'])
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads the score anchors as staff type them, one a line: `criterion | point | meaning`
/// (e.g. `Traction | 1 | no evidence`), against `rubric`: the criterion must be in it, the
/// point on its scale and given once, the meaning at most [`ANCHOR_MAX`] characters.
/// Returns each criterion's anchors in rubric order, points ascending. Every bad line is
/// reported.
pub fn parse_anchors(
    text: &str,
    rubric: &[RubricCriterion],
) -> Result<Vec<Vec<ScoreAnchor>>, Problem> {
    let mut anchors: Vec<Vec<ScoreAnchor>> = vec![Vec::new(); rubric.len()];
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = n + 1;
        let parts: Vec<&str> = line.splitn(3, '|').map(str::trim).collect();
        let [name, point, meaning] = parts[..] else {
            problems.push(Problem::AnchorLineShape.at_line(at));
            continue;
        };
        let Some(c) = rubric
            .iter()
            .position(|c| c.name.to_lowercase() == name.to_lowercase())
        else {
            problems.push(
                Problem::AnchorNoCriterion {
                    name: name.to_string(),
                }
                .at_line(at),
            );
            continue;
        };
        let max = rubric[c].scale_max;
        let Some(point) = point.parse::<u8>().ok().filter(|p| (1..=max).contains(p)) else {
            problems.push(
                Problem::AnchorOffScale {
                    name: rubric[c].name.clone(),
                    max,
                }
                .at_line(at),
            );
            continue;
        };
        let len = meaning.chars().count();
        if len == 0 {
            problems.push(Problem::AnchorLineShape.at_line(at));
            continue;
        }
        if len > ANCHOR_MAX {
            problems.push(
                Problem::AnchorTooLong {
                    max: ANCHOR_MAX,
                    len,
                }
                .at_line(at),
            );
            continue;
        }
        if anchors[c].iter().any(|a| a.point == point) {
            problems.push(
                Problem::AnchorTwice {
                    name: rubric[c].name.clone(),
                    point,
                }
                .at_line(at),
            );
            continue;
        }
        anchors[c].push(ScoreAnchor {
            point,
            meaning: meaning.to_string(),
        });
    }
    for list in &mut anchors {
        list.sort_by_key(|a| a.point);
    }
    match problems.len() {
        0 => Ok(anchors),
        1 => Err(problems.remove(0)),
        _ => Err(Problem::Several(problems)),
    }
}

/// The anchors of `criteria` as [`parse_anchors`] reads them, one a line.
pub fn format_anchors(criteria: &[RubricCriterion]) -> String {
    criteria
        .iter()
        .flat_map(|c| {
            c.anchors
                .iter()
                .map(move |a| format!("{} | {} | {}", c.name, a.point, a.meaning))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

choice!(
    /// When a judge may read the other judges' scores of a pitch.
    Visibility, Noun::Visibility, {
        AfterOwnReview = "after_own": "After submitting their own review",
        Never = "never": "Never",
    }
);

choice!(
    /// A judge's overall verdict.
    Recommendation, Noun::Recommendation, {
        StrongYes = "strong_yes": "Strong yes",
        Yes = "yes": "Yes",
        Maybe = "maybe": "Maybe",
        No = "no": "No",
    }
);

choice!(
    /// How keen an investor is on a startup (private to the investor).
    Interest, Noun::Interest, {
        NoInterest = "none": "None",
        Watching = "watching": "Watching",
        Interested = "interested": "Interested",
        WantMeeting = "want_meeting": "Want a meeting",
    }
);

choice!(
    /// What staff decide about a submission.
    Decision, Noun::Decision, {
        Accept = "accept": "Accept",
        Shortlist = "shortlist": "Shortlist",
        Waitlist = "waitlist": "Waitlist",
        Reject = "reject": "Reject",
    }
);

impl Decision {
    pub fn status(self) -> Status {
        match self {
            Decision::Accept => Status::Accepted,
            Decision::Shortlist => Status::Shortlisted,
            Decision::Waitlist => Status::Waitlisted,
            Decision::Reject => Status::Rejected,
        }
    }
}

/// Why a pitch cannot take a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Undecidable {
    /// Still a draft: it was never submitted.
    Draft,
    Withdrawn,
}

/// Staff may decide on any pitch that was submitted and not withdrawn, and change
/// their mind later.
pub fn decidable(status: Status) -> Result<(), Undecidable> {
    match status {
        Status::Draft => Err(Undecidable::Draft),
        Status::Withdrawn => Err(Undecidable::Withdrawn),
        _ => Ok(()),
    }
}

/// How an edition's review runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewSettings {
    /// Reviews wanted per submission (k).
    pub reviews_per_pitch: u8,
    pub phase_open: bool,
    pub visibility: Visibility,
    /// Startup and founder names hidden from judges.
    pub blind: bool,
    /// Judges may also review pitches they were not assigned.
    pub browse: bool,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            reviews_per_pitch: 3,
            phase_open: true,
            visibility: Visibility::AfterOwnReview,
            blind: false,
            browse: false,
        }
    }
}

/// The review-setup form as typed. Checkboxes are "on" when ticked, absent otherwise.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewSetupInput {
    pub rubric: String,
    /// Score anchors, one a line: `criterion | point | meaning`.
    pub anchors: String,
    pub reviews_per_pitch: String,
    pub phase_open: String,
    pub visibility: String,
    pub blind: String,
    pub browse: String,
}

fn ticked(raw: &str) -> bool {
    matches!(raw.trim(), "on" | "true" | "1" | "yes")
}

fn tick(on: bool) -> String {
    if on { "on" } else { "" }.to_string()
}

impl ReviewSetupInput {
    pub fn from_settings(settings: &ReviewSettings, rubric: &[RubricCriterion]) -> Self {
        ReviewSetupInput {
            rubric: format_rubric(rubric),
            anchors: format_anchors(rubric),
            reviews_per_pitch: settings.reviews_per_pitch.to_string(),
            phase_open: tick(settings.phase_open),
            visibility: settings.visibility.as_str().into(),
            blind: tick(settings.blind),
            browse: tick(settings.browse),
        }
    }

    pub fn parse(&self) -> Result<(ReviewSettings, Vec<RubricCriterion>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut rubric = errors.check("rubric", parse_rubric(&self.rubric));
        // Anchors are checked against the rubric, so only once it reads.
        if let Some(criteria) = rubric.as_mut() {
            if let Some(anchors) = errors.check("anchors", parse_anchors(&self.anchors, criteria)) {
                for (c, list) in criteria.iter_mut().zip(anchors) {
                    c.anchors = list;
                }
            }
        }
        let k = errors.check(
            "reviews_per_pitch",
            self.reviews_per_pitch
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|k| (1..=REVIEWS_PER_PITCH_MAX).contains(k))
                .ok_or(Problem::ReviewsPerPitchRange {
                    max: REVIEWS_PER_PITCH_MAX,
                }),
        );
        let visibility = errors.check("visibility", Visibility::parse(&self.visibility));
        match (rubric, k, visibility) {
            (Some(rubric), Some(reviews_per_pitch), Some(visibility)) if errors.is_empty() => Ok((
                ReviewSettings {
                    reviews_per_pitch,
                    phase_open: ticked(&self.phase_open),
                    visibility,
                    blind: ticked(&self.blind),
                    browse: ticked(&self.browse),
                },
                rubric,
            )),
            _ => Err(errors),
        }
    }

    /// `(field, value)` pairs kept for the form after a refusal.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("rubric", self.rubric.as_str()),
            ("anchors", self.anchors.as_str()),
            ("reviews_per_pitch", self.reviews_per_pitch.as_str()),
            ("phase_open", self.phase_open.as_str()),
            ("visibility", self.visibility.as_str()),
            ("blind", self.blind.as_str()),
            ("browse", self.browse.as_str()),
        ]
    }
}

/// The form field that carries the score of criterion `key`.
pub fn score_field(key: &str) -> String {
    format!("scores[{key}]")
}

/// A review that passed every check, scores in rubric order.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidReview {
    pub scores: Vec<u8>,
    /// Weighted score on 0–10.
    pub weighted: f64,
    pub comment: String,
    pub private_note: String,
    pub recommendation: Recommendation,
}

/// Checks a review against the rubric: `criteria` are `(key, criterion)` in rubric
/// order and `scores` maps keys to what was typed. Every problem is reported, each
/// beside its own field.
pub fn parse_review(
    criteria: &[(String, RubricCriterion)],
    scores: &BTreeMap<String, String>,
    comment: &str,
    private_note: &str,
    recommendation: &str,
) -> Result<ValidReview, FieldErrors> {
    let mut errors = FieldErrors::new();
    let values = parse_scores(criteria, scores, &mut errors);
    let comment = errors.check(
        "comment",
        bounded_text(comment, Noun::Comment, 0, COMMENT_MAX),
    );
    let note = errors.check(
        "private_note",
        bounded_text(private_note, Noun::PrivateNote, 0, NOTE_MAX),
    );
    let recommendation = errors.check("recommendation", Recommendation::parse(recommendation));
    if !errors.is_empty() {
        return Err(errors);
    }
    match (weighted(criteria, &values), comment, note, recommendation) {
        (Ok(weighted), Some(comment), Some(private_note), Some(recommendation)) => {
            Ok(ValidReview {
                scores: values,
                weighted,
                comment,
                private_note,
                recommendation,
            })
        }
        (Err(problems), ..) => {
            for p in problems {
                errors.add("scores", Problem::Score(p));
            }
            Err(errors)
        }
        _ => Err(errors),
    }
}

/// The weighted score (0–10) of scores in rubric order.
pub fn weighted(
    criteria: &[(String, RubricCriterion)],
    values: &[u8],
) -> Result<f64, Vec<scoring::ScoreError>> {
    let rubric: Vec<Criterion> = criteria.iter().map(|(_, c)| c.for_scoring()).collect();
    let as_options: Vec<Option<u8>> = values.iter().copied().map(Some).collect();
    scoring::weighted_score(&rubric, &as_options)
}

/// Each criterion's score as typed (`scores` maps keys to text), in rubric order; a
/// missing or out-of-scale score is added to `errors` beside its own field
/// ([`score_field`]). Pre-event reviews and live scores both read scores with it.
pub fn parse_scores(
    criteria: &[(String, RubricCriterion)],
    scores: &BTreeMap<String, String>,
    errors: &mut FieldErrors,
) -> Vec<u8> {
    let mut values = Vec::with_capacity(criteria.len());
    for (key, c) in criteria {
        let raw = scores.get(key).map(|s| s.trim()).unwrap_or("");
        let problem = if raw.is_empty() {
            Some(scoring::ScoreError::Missing(c.name.clone()))
        } else {
            match raw.parse::<u8>() {
                Ok(v) if (1..=c.scale_max).contains(&v) => {
                    values.push(v);
                    None
                }
                _ => Some(scoring::ScoreError::OutOfScale {
                    criterion: c.name.clone(),
                    max: c.scale_max,
                }),
            }
        };
        if let Some(p) = problem {
            errors.add(&score_field(key), Problem::Score(p));
        }
    }
    values
}

/// How a judge stands towards one submission.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReviewAccess {
    pub assigned: bool,
    /// Staff let judges browse and review pitches beyond their assignments.
    pub browse_allowed: bool,
    /// Declared by the judge or found automatically.
    pub conflicted: bool,
}

impl ReviewAccess {
    /// Opens the scoring form and reads the pitch; otherwise the pitch "does not exist".
    pub fn can_open(self) -> bool {
        !self.conflicted && (self.assigned || self.browse_allowed)
    }

    /// Reads the other judges' scores of this pitch.
    pub fn can_see_others(self, visibility: Visibility, has_own_review: bool) -> bool {
        self.can_open() && has_own_review && visibility == Visibility::AfterOwnReview
    }
}

/// Reviews are written and changed only while the phase is open.
pub fn may_write(settings: &ReviewSettings) -> Result<(), Clash> {
    if settings.phase_open {
        Ok(())
    } else {
        Err(Clash::ReviewPhaseClosed)
    }
}

pub fn parse_conflict_reason(raw: &str) -> Result<String, Problem> {
    bounded_text(raw, Noun::ConflictReason, 3, REASON_MAX)
}

/// Private tags, comma separated: trimmed, without duplicates, case kept.
pub fn parse_tags(raw: &str) -> Result<Vec<String>, Problem> {
    let mut tags: Vec<String> = Vec::new();
    for tag in raw.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if tag.chars().count() > TAG_MAX_CHARS {
            return Err(Problem::TagTooLong {
                max: TAG_MAX_CHARS,
                tag: tag.to_string(),
            });
        }
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_string());
        }
    }
    if tags.len() > TAGS_MAX {
        return Err(Problem::TooManyTags { max: TAGS_MAX });
    }
    Ok(tags)
}

/// What blind review shows in place of the startup's name.
pub const MASKED_NAME: &str = "[startup]";

/// `text` with every occurrence of `name` (letter case ignored) replaced by
/// [`MASKED_NAME`], for founder-written text that judges read in blind review. A name
/// shorter than two characters is left alone: masking single letters would garble text.
pub fn mask_name(text: &str, name: &str) -> String {
    let needle: Vec<char> = name.trim().chars().flat_map(char::to_lowercase).collect();
    if needle.len() < 2 {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<Vec<char>> = chars.iter().map(|c| c.to_lowercase().collect()).collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        // Compare the lower-cased text from `i` with the lower-cased name.
        let mut j = i;
        let mut k = 0;
        while j < chars.len() && k < needle.len() {
            let l = &lower[j];
            if needle[k..].starts_with(l) {
                k += l.len();
                j += 1;
            } else {
                break;
            }
        }
        if k == needle.len() && j > i {
            out.push_str(MASKED_NAME);
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn blind_review_masks_the_name_in_any_letter_case() {
        assert_eq!(
            super::mask_name(
                "Lumen Robotics builds robots. LUMEN ROBOTICS ships.",
                "Lumen Robotics"
            ),
            "[startup] builds robots. [startup] ships."
        );
        assert_eq!(
            super::mask_name("潮汐电网的储能", "潮汐电网"),
            "[startup]的储能"
        );
        assert_eq!(super::mask_name("Ax", "A"), "Ax", "one letter is no name");
        assert_eq!(super::mask_name("nothing here", "Kestrel"), "nothing here");
    }

    proptest::proptest! {
        #[test]
        fn a_masked_text_never_contains_the_name(
            before in "[a-z ]{0,20}",
            after in "[a-z ]{0,20}",
            name in "[A-Za-z]{2,12}",
        ) {
            let text = format!("{before}{name}{after}");
            // The mask's own letters aside, no trace of the name is left.
            let masked = super::mask_name(&text, &name).replace(super::MASKED_NAME, "|");
            proptest::prop_assert!(!masked.to_lowercase().contains(&name.to_lowercase()));
        }

        #[test]
        fn text_without_the_name_is_unchanged(text in "[0-9 .,]{0,40}", name in "[a-z]{2,10}") {
            proptest::prop_assert_eq!(super::mask_name(&text, &name), text);
        }
    }

    use super::*;
    use proptest::prelude::*;

    fn keyed(rubric: &[RubricCriterion]) -> Vec<(String, RubricCriterion)> {
        rubric
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("c{i}"), c.clone()))
            .collect()
    }

    #[test]
    fn the_default_rubric_round_trips_through_its_text() {
        let rubric = default_rubric(|c| (format!("{c:?}"), format!("What {c:?} means.")));
        assert_eq!(rubric.len(), 6);
        assert_eq!(parse_rubric(&format_rubric(&rubric)), Ok(rubric));
    }

    #[test]
    fn rubric_lines_are_checked_one_by_one() {
        assert_eq!(
            parse_rubric("Team | 20 | 5\nMarket | heavy | 5\nTraction | 10 | 7\nTeam | 5 | 10"),
            Err(Problem::Several(vec![
                Problem::WeightRange { max: 100 }.at_line(2),
                Problem::ScaleFiveOrTen.at_line(3),
                Problem::CriterionTwice {
                    name: "Team".into()
                }
                .at_line(4),
            ]))
        );
        assert_eq!(parse_rubric("  \n"), Err(Problem::NoCriteria));
        assert_eq!(
            parse_rubric("just a name"),
            Err(Problem::RubricLineShape.at_line(1))
        );
        assert_eq!(
            parse_rubric(" | 5 | 5"),
            Err(Problem::Required {
                field: Noun::CriterionName
            }
            .at_line(1))
        );
        let eleven: String = (0..11).map(|i| format!("C{i} | 1 | 5\n")).collect();
        assert_eq!(
            parse_rubric(&eleven),
            Err(Problem::TooManyCriteria { max: 10, count: 11 })
        );
        let ok = parse_rubric("Vision | 3 | 1–10 | Big picture").unwrap();
        assert_eq!(ok[0].scale_max, 10);
        assert_eq!(ok[0].guidance, "Big picture");
    }

    #[test]
    fn score_anchors_are_read_per_criterion_and_checked_against_its_scale() {
        let rubric = parse_rubric("Team | 20 | 5\nTraction | 10 | 10").unwrap();
        let anchors = parse_anchors(
            "traction | 10 | proven with paying customers\n\nTraction | 1 | no evidence\nTeam | 3 | a working team",
            &rubric,
        )
        .unwrap();
        assert_eq!(
            anchors[0],
            vec![ScoreAnchor {
                point: 3,
                meaning: "a working team".into()
            }]
        );
        assert_eq!(
            anchors[1].iter().map(|a| a.point).collect::<Vec<_>>(),
            vec![1, 10]
        );
        let long = "x".repeat(ANCHOR_MAX + 1);
        assert_eq!(
            parse_anchors(
                &format!("Team | 6 | too high\nTeam | 0 | too low\nMarket | 1 | none\nTeam | 1 | {long}\nTeam 1 nothing\nTeam | 2 | a\nTeam | 2 | b"),
                &rubric
            ),
            Err(Problem::Several(vec![
                Problem::AnchorOffScale { name: "Team".into(), max: 5 }.at_line(1),
                Problem::AnchorOffScale { name: "Team".into(), max: 5 }.at_line(2),
                Problem::AnchorNoCriterion { name: "Market".into() }.at_line(3),
                Problem::AnchorTooLong { max: ANCHOR_MAX, len: ANCHOR_MAX + 1 }.at_line(4),
                Problem::AnchorLineShape.at_line(5),
                Problem::AnchorTwice { name: "Team".into(), point: 2 }.at_line(7),
            ]))
        );
    }

    #[test]
    fn score_anchors_round_trip_through_the_setup_form() {
        let mut rubric = default_rubric(|c| (format!("{c:?}"), String::new()));
        rubric[3].anchors = vec![
            ScoreAnchor {
                point: 1,
                meaning: "no evidence".into(),
            },
            ScoreAnchor {
                point: 5,
                meaning: "proven with paying customers".into(),
            },
        ];
        let form = ReviewSetupInput::from_settings(&ReviewSettings::default(), &rubric);
        assert_eq!(
            form.anchors,
            "Traction | 1 | no evidence\nTraction | 5 | proven with paying customers"
        );
        assert_eq!(form.parse().unwrap().1, rubric);
        // A bad anchor is named beside its own field; a bad rubric is not blamed on them.
        let bad = ReviewSetupInput {
            anchors: "Traction | 9 | off".into(),
            ..form.clone()
        };
        assert_eq!(
            bad.parse().unwrap_err().get("anchors"),
            Some(
                &Problem::AnchorOffScale {
                    name: "Traction".into(),
                    max: 5
                }
                .at_line(1)
            )
        );
        let no_rubric = ReviewSetupInput {
            rubric: String::new(),
            ..bad
        };
        assert_eq!(no_rubric.parse().unwrap_err().get("anchors"), None);
    }

    #[test]
    fn setup_reports_every_bad_field() {
        let bad = ReviewSetupInput {
            rubric: "".into(),
            reviews_per_pitch: "0".into(),
            visibility: "always".into(),
            ..Default::default()
        };
        let errors = bad.parse().unwrap_err();
        assert_eq!(errors.get("rubric"), Some(&Problem::NoCriteria));
        assert_eq!(
            errors.get("reviews_per_pitch"),
            Some(&Problem::ReviewsPerPitchRange { max: 10 })
        );
        assert_eq!(
            errors.get("visibility"),
            Some(&Problem::NotInList {
                field: Noun::Visibility
            })
        );
        let good = ReviewSetupInput::from_settings(
            &ReviewSettings::default(),
            &default_rubric(|c| (format!("{c:?}"), format!("What {c:?} means."))),
        );
        let (settings, rubric) = good.parse().unwrap();
        assert_eq!(settings, ReviewSettings::default());
        assert_eq!(
            rubric,
            default_rubric(|c| (format!("{c:?}"), format!("What {c:?} means.")))
        );
    }

    #[test]
    fn a_review_needs_every_score_within_its_scale_and_a_recommendation() {
        let rubric =
            keyed(&default_rubric(|c| (format!("{c:?}"), format!("What {c:?} means.")))[..2]);
        let mut scores = BTreeMap::new();
        scores.insert("c0".to_string(), "6".to_string());
        let errors = parse_review(&rubric, &scores, "", "", "").unwrap_err();
        assert_eq!(
            errors.get("scores[c0]"),
            Some(&Problem::Score(scoring::ScoreError::OutOfScale {
                criterion: "Team".into(),
                max: 5
            }))
        );
        assert_eq!(
            errors.get("scores[c1]"),
            Some(&Problem::Score(scoring::ScoreError::Missing(
                "ProblemAndSolution".into()
            )))
        );
        assert_eq!(
            errors.get("recommendation"),
            Some(&Problem::Required {
                field: Noun::Recommendation
            })
        );
        scores.insert("c0".into(), "5".into());
        scores.insert("c1".into(), "1".into());
        let ok = parse_review(&rubric, &scores, " Strong team ", "", "yes").unwrap();
        assert_eq!(ok.scores, vec![5, 1]);
        assert!((ok.weighted - 5.0).abs() < 1e-9);
        assert_eq!(ok.comment, "Strong team");
        assert_eq!(ok.recommendation, Recommendation::Yes);
    }

    #[test]
    fn conflicted_judges_open_nothing_and_others_scores_follow_the_setting() {
        let assigned = ReviewAccess {
            assigned: true,
            ..Default::default()
        };
        assert!(assigned.can_open());
        assert!(!assigned.can_see_others(Visibility::AfterOwnReview, false));
        assert!(assigned.can_see_others(Visibility::AfterOwnReview, true));
        assert!(!assigned.can_see_others(Visibility::Never, true));
        let conflicted = ReviewAccess {
            assigned: true,
            browse_allowed: true,
            conflicted: true,
        };
        assert!(!conflicted.can_open());
        assert!(!conflicted.can_see_others(Visibility::AfterOwnReview, true));
        assert!(!ReviewAccess::default().can_open());
        assert!(ReviewAccess {
            browse_allowed: true,
            ..Default::default()
        }
        .can_open());
    }

    #[test]
    fn decisions_need_a_submitted_pitch() {
        assert_eq!(decidable(Status::Draft), Err(Undecidable::Draft));
        assert_eq!(decidable(Status::Withdrawn), Err(Undecidable::Withdrawn));
        assert!(decidable(Status::Accepted).is_ok());
        assert_eq!(Decision::Reject.status(), Status::Rejected);
        let closed = ReviewSettings {
            phase_open: false,
            ..Default::default()
        };
        assert_eq!(may_write(&closed), Err(Clash::ReviewPhaseClosed));
        assert_eq!(may_write(&ReviewSettings::default()), Ok(()));
    }

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        assert_eq!(
            parse_tags(" climate, Climate ,, hardware "),
            Ok(vec!["climate".to_string(), "hardware".to_string()])
        );
        assert_eq!(
            parse_tags(&"x".repeat(31)),
            Err(Problem::TagTooLong {
                max: 30,
                tag: "x".repeat(31)
            })
        );
        assert_eq!(
            parse_tags("a,b,c,d,e,f,g,h,i"),
            Err(Problem::TooManyTags { max: 8 })
        );
    }

    proptest! {
        #[test]
        fn valid_scores_always_give_a_weighted_score_within_0_and_10(
            raw in proptest::collection::vec((1u8..=10, 1u32..=100, any::<bool>()), 1..=10)
        ) {
            let rubric: Vec<(String, RubricCriterion)> = raw.iter().enumerate().map(|(i, (_, w, ten))| {
                (format!("c{i}"), RubricCriterion { name: format!("C{i}"), guidance: String::new(), weight: *w, scale_max: if *ten { 10 } else { 5 }, anchors: Vec::new() })
            }).collect();
            let scores: BTreeMap<String, String> = raw.iter().enumerate().map(|(i, (s, _, ten))| {
                let max = if *ten { 10 } else { 5 };
                (format!("c{i}"), (*s).min(max).to_string())
            }).collect();
            let review = parse_review(&rubric, &scores, "", "", "maybe").unwrap();
            prop_assert!((0.0..=10.0).contains(&review.weighted));
        }

        #[test]
        fn any_rubric_text_is_parsed_or_refused_without_panicking(text in "\\PC{0,200}") {
            let _ = parse_rubric(&text);
        }
    }
}
