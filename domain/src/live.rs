//! Live pitch sessions: the rules of the day, pure. Which pitch is on stage and which
//! comes next, the countdown of its pitch and Q&A from the session's slot pattern, the
//! running order staff change on the fly, who may score what, and the session's
//! ranking, which is `crate::scoring::aggregate` itself (no second copy of the rules).

use crate::problem::{Noun, Problem};
use crate::review::{parse_scores, weighted, RubricCriterion};
use crate::rounds::SlotPattern;
use crate::scoring::{aggregate, Aggregate, JudgeCalibration, Score};
use crate::validation::{bounded_text, single_line, FieldErrors};
use chrono::{DateTime, Duration, Utc};
use std::collections::BTreeMap;
use std::hash::Hash;

pub const COMMENT_MAX: usize = 2_000;
/// Awards are named by staff ("Best clean-energy startup").
pub const AWARD_NAME_MAX: usize = 80;

/// Whether judges may score: a session is opened by staff on the day and closed when
/// its last pitch is done (staff may reopen it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LiveState {
    Open,
    Closed,
}

impl LiveState {
    pub const ALL: [LiveState; 2] = [LiveState::Open, LiveState::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            LiveState::Open => "open",
            LiveState::Closed => "closed",
        }
    }
}

crate::code::coded!(LiveState, LiveState::ALL);

/// Where a pitch of the running order stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PitchStatus {
    Waiting,
    Pitched,
    NoShow,
    /// Moved to another session by staff: kept in the list, never called.
    Moved,
}

impl PitchStatus {
    pub const ALL: [PitchStatus; 4] = [
        PitchStatus::Waiting,
        PitchStatus::Pitched,
        PitchStatus::NoShow,
        PitchStatus::Moved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PitchStatus::Waiting => "waiting",
            PitchStatus::Pitched => "pitched",
            PitchStatus::NoShow => "no_show",
            PitchStatus::Moved => "moved",
        }
    }
}

crate::code::coded!(PitchStatus, PitchStatus::ALL);

/// The part of a slot the startup on stage is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Pitch,
    Qa,
}

impl Phase {
    pub const ALL: [Phase; 2] = [Phase::Pitch, Phase::Qa];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Pitch => "pitch",
            Phase::Qa => "qa",
        }
    }

    pub fn minutes(self, pattern: SlotPattern) -> u32 {
        match self {
            Phase::Pitch => pattern.pitch_minutes,
            Phase::Qa => pattern.qa_minutes,
        }
    }
}

crate::code::coded!(Phase, Phase::ALL);

/// Up or down the running order by one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Up, Direction::Down];

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

crate::code::coded!(Direction, Direction::ALL);

/// What staff mark a pitch as once the session is closed: the winner of its track, the
/// winner of a named award, or a finalist (in this order on every list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AwardKind {
    Winner,
    Award,
    Finalist,
}

impl AwardKind {
    pub const ALL: [AwardKind; 3] = [AwardKind::Winner, AwardKind::Award, AwardKind::Finalist];

    pub fn as_str(self) -> &'static str {
        match self {
            AwardKind::Finalist => "finalist",
            AwardKind::Winner => "winner",
            AwardKind::Award => "award",
        }
    }
}

crate::code::coded!(AwardKind, AwardKind::ALL);

/// One cell of the missing-scores board: a judge against a pitch of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cell {
    Scored,
    /// On stage or pitched, and this judge has not scored it yet.
    Missing,
    /// The judge may not score it (declared or automatic conflict): not missing.
    Conflicted,
    /// Not on stage yet, or a no-show or moved pitch: nothing to score.
    NotDue,
}

impl Cell {
    pub const ALL: [Cell; 4] = [Cell::Scored, Cell::Missing, Cell::Conflicted, Cell::NotDue];

    pub fn as_str(self) -> &'static str {
        match self {
            Cell::Scored => "scored",
            Cell::Missing => "missing",
            Cell::Conflicted => "conflicted",
            Cell::NotDue => "not_due",
        }
    }
}

crate::code::coded!(Cell, Cell::ALL);

/// What the board shows for a judge and a pitch.
pub fn cell(conflicted: bool, scored: bool, status: PitchStatus, on_stage: bool) -> Cell {
    if conflicted {
        Cell::Conflicted
    } else if scored {
        Cell::Scored
    } else if on_stage || status == PitchStatus::Pitched {
        Cell::Missing
    } else {
        Cell::NotDue
    }
}

/// The countdown of the phase on stage: when it ends and how many seconds are left
/// (negative: overrun by that many).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countdown {
    pub phase: Phase,
    pub ends_at: DateTime<Utc>,
    pub remaining_seconds: i64,
}

pub fn countdown(
    pattern: SlotPattern,
    phase: Phase,
    started_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Countdown {
    let ends_at = started_at + Duration::minutes(i64::from(phase.minutes(pattern)));
    Countdown {
        phase,
        ends_at,
        remaining_seconds: (ends_at - now).num_seconds(),
    }
}

/// Who is on stage and in which part of their slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stage<P> {
    pub current: Option<P>,
    pub phase: Option<Phase>,
}

/// The first waiting pitch of the running order other than `current`.
pub fn next_up<P: Copy + Eq>(lineup: &[(P, PitchStatus)], current: Option<P>) -> Option<P> {
    lineup
        .iter()
        .find(|(p, s)| *s == PitchStatus::Waiting && Some(*p) != current)
        .map(|(p, _)| *p)
}

/// What "advance" does: nobody on stage → the next waiting pitch starts its pitch;
/// pitch → Q&A (or straight on when the pattern has no Q&A); Q&A → the pitch is
/// marked pitched (returned) and the next waiting one comes on. `None` on stage
/// after the last pitch.
pub fn advance<P: Copy + Eq>(
    lineup: &[(P, PitchStatus)],
    stage: Stage<P>,
    pattern: SlotPattern,
) -> (Stage<P>, Option<P>) {
    match (stage.current, stage.phase) {
        (Some(p), Some(Phase::Pitch)) if pattern.qa_minutes > 0 => (
            Stage {
                current: Some(p),
                phase: Some(Phase::Qa),
            },
            None,
        ),
        (current, _) => {
            let next = next_up(lineup, current);
            (
                Stage {
                    current: next,
                    phase: next.map(|_| Phase::Pitch),
                },
                current,
            )
        }
    }
}

/// The running order with `which` moved one place; `None` when it is not in the order.
/// At either end it stays where it is.
pub fn reorder<P: Copy + Eq>(order: &[P], which: P, direction: Direction) -> Option<Vec<P>> {
    let at = order.iter().position(|p| *p == which)?;
    let mut out = order.to_vec();
    match direction {
        Direction::Up if at > 0 => out.swap(at, at - 1),
        Direction::Down if at + 1 < out.len() => out.swap(at, at + 1),
        _ => {}
    }
    Some(out)
}

/// The facts that decide whether a judge may score a pitch of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreFacts {
    /// The judge sits on the session's released panel.
    pub on_panel: bool,
    /// `None`: staff never opened the session.
    pub state: Option<LiveState>,
    /// The pitch's place in this session's running order, if it has one.
    pub status: Option<PitchStatus>,
    pub on_stage: bool,
    pub conflicted: bool,
}

/// Why a score is refused: `Hidden` answers 404 (the session or pitch is not the
/// judge's to see), `NotOpen` 409, `NotOnStage` is a problem beside the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreRefusal {
    Hidden,
    NotOpen,
    NotOnStage,
}

/// A judge scores only pitches of their own panel's session, only while it is open,
/// never one they are conflicted with, and only a pitch that is on stage or has pitched.
pub fn may_score(f: ScoreFacts) -> Result<(), ScoreRefusal> {
    if !f.on_panel {
        return Err(ScoreRefusal::Hidden);
    }
    if f.state != Some(LiveState::Open) {
        return Err(ScoreRefusal::NotOpen);
    }
    let Some(status) = f.status else {
        return Err(ScoreRefusal::NotOnStage);
    };
    if f.conflicted {
        return Err(ScoreRefusal::Hidden);
    }
    if f.on_stage || status == PitchStatus::Pitched {
        Ok(())
    } else {
        Err(ScoreRefusal::NotOnStage)
    }
}

/// A live score that passed every check: scores in rubric order, their weighted value
/// (0–10, the same formula as a review) and the comment.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidLiveScore {
    pub scores: Vec<u8>,
    pub weighted: f64,
    pub comment: String,
}

/// Checks a live score against the rubric (`criteria` are `(key, criterion)` in rubric
/// order, `scores` maps keys to what was typed); every problem beside its own field.
pub fn parse_live_score(
    criteria: &[(String, RubricCriterion)],
    scores: &BTreeMap<String, String>,
    comment: &str,
) -> Result<ValidLiveScore, FieldErrors> {
    let mut errors = FieldErrors::new();
    let values = parse_scores(criteria, scores, &mut errors);
    let comment = errors.check(
        "comment",
        bounded_text(comment, Noun::Comment, 0, COMMENT_MAX),
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    match (weighted(criteria, &values), comment) {
        (Ok(weighted), Some(comment)) => Ok(ValidLiveScore {
            scores: values,
            weighted,
            comment,
        }),
        (Err(problems), _) => {
            for p in problems {
                errors.add("scores", Problem::Score(p));
            }
            Err(errors)
        }
        _ => Err(errors),
    }
}

/// The stage rubric of a session: the criteria of `rubric` staff chose for it (by key),
/// in rubric order. Nothing chosen, or nothing chosen still in the rubric: the whole
/// rubric (the default).
pub fn stage_rubric<K: PartialEq + Clone, C: Clone>(
    rubric: &[(K, C)],
    chosen: &[K],
) -> Vec<(K, C)> {
    let picked: Vec<(K, C)> = rubric
        .iter()
        .filter(|(k, _)| chosen.contains(k))
        .cloned()
        .collect();
    if picked.is_empty() {
        rubric.to_vec()
    } else {
        picked
    }
}

/// Staff's choice of stage criteria: the ticked keys that are criteria of the rubric, in
/// rubric order (a key it does not know is dropped); at least one.
pub fn parse_stage_choice<K: PartialEq + Clone>(
    rubric: &[K],
    ticked: &[K],
) -> Result<Vec<K>, Problem> {
    let chosen: Vec<K> = rubric
        .iter()
        .filter(|k| ticked.contains(k))
        .cloned()
        .collect();
    if chosen.is_empty() {
        Err(Problem::StageRubricEmpty)
    } else {
        Ok(chosen)
    }
}

/// The top of the scale every criterion shares (`None` when their scales differ or there
/// are none): a session's means are then shown on that scale, else on 0–10.
pub fn common_scale(criteria: &[RubricCriterion]) -> Option<u8> {
    let first = criteria.first()?.scale_max;
    criteria
        .iter()
        .all(|c| c.scale_max == first)
        .then_some(first)
}

/// A weighted score (0–10, as `review::weighted` makes it) back on a rubric's
/// 1–`scale_max` scale: all 4s on a 1–5 rubric are 7.5 weighted and 4 here.
pub fn on_scale(value: f64, scale_max: u8) -> f64 {
    if scale_max <= 1 {
        return f64::from(scale_max);
    }
    1.0 + value / 10.0 * f64::from(scale_max - 1)
}

/// An award's name as typed by staff.
pub fn parse_award_name(raw: &str) -> Result<String, Problem> {
    single_line(raw, Noun::AwardName, 1, AWARD_NAME_MAX)
}

/// One place of a session's ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed<S> {
    /// 1 for the best.
    pub place: usize,
    pub aggregate: Aggregate<S>,
}

/// The session's ranking: `crate::scoring::aggregate` over the judges' weighted live
/// scores (normalised per judge, as pre-event judging does), numbered in its order.
pub fn rank<J, S>(scores: &[Score<J, S>]) -> (Vec<Placed<S>>, Vec<JudgeCalibration<J>>)
where
    J: Clone + Eq + Hash + Ord,
    S: Clone + Eq + Hash + Ord,
{
    let (aggregates, judges) = aggregate(scores);
    let placed = aggregates
        .into_iter()
        .enumerate()
        .map(|(i, aggregate)| Placed {
            place: i + 1,
            aggregate,
        })
        .collect();
    (placed, judges)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;
    use chrono::TimeZone;
    use proptest::prelude::*;

    const PATTERN: SlotPattern = SlotPattern {
        pitch_minutes: 6,
        qa_minutes: 4,
        changeover_minutes: 2,
    };

    fn open_facts() -> ScoreFacts {
        ScoreFacts {
            on_panel: true,
            state: Some(LiveState::Open),
            status: Some(PitchStatus::Waiting),
            on_stage: true,
            conflicted: false,
        }
    }

    #[test]
    fn codes_round_trip() {
        for s in LiveState::all() {
            assert_eq!(LiveState::from_code(s.code()), Some(*s));
        }
        for s in PitchStatus::all() {
            assert_eq!(PitchStatus::from_code(s.code()), Some(*s));
        }
        for s in Phase::all() {
            assert_eq!(Phase::from_code(s.code()), Some(*s));
        }
        for s in AwardKind::all() {
            assert_eq!(AwardKind::from_code(s.code()), Some(*s));
        }
        for s in Cell::all() {
            assert_eq!(Cell::from_code(s.code()), Some(*s));
        }
        for s in Direction::all() {
            assert_eq!(Direction::from_code(s.code()), Some(*s));
        }
    }

    #[test]
    fn a_judge_scores_the_pitch_on_stage_of_an_open_session() {
        assert_eq!(may_score(open_facts()), Ok(()));
        let pitched = ScoreFacts {
            status: Some(PitchStatus::Pitched),
            on_stage: false,
            ..open_facts()
        };
        assert_eq!(may_score(pitched), Ok(()));
    }

    #[test]
    fn refusals_in_their_order() {
        let off_panel = ScoreFacts {
            on_panel: false,
            state: None,
            ..open_facts()
        };
        assert_eq!(may_score(off_panel), Err(ScoreRefusal::Hidden));
        for state in [None, Some(LiveState::Closed)] {
            assert_eq!(
                may_score(ScoreFacts {
                    state,
                    ..open_facts()
                }),
                Err(ScoreRefusal::NotOpen)
            );
        }
        assert_eq!(
            may_score(ScoreFacts {
                conflicted: true,
                ..open_facts()
            }),
            Err(ScoreRefusal::Hidden)
        );
        assert_eq!(
            may_score(ScoreFacts {
                status: None,
                ..open_facts()
            }),
            Err(ScoreRefusal::NotOnStage)
        );
        for status in [
            PitchStatus::Waiting,
            PitchStatus::NoShow,
            PitchStatus::Moved,
        ] {
            assert_eq!(
                may_score(ScoreFacts {
                    status: Some(status),
                    on_stage: false,
                    ..open_facts()
                }),
                Err(ScoreRefusal::NotOnStage)
            );
        }
    }

    fn rubric() -> Vec<(String, RubricCriterion)> {
        ["Team", "Market"]
            .iter()
            .map(|n| {
                (
                    n.to_lowercase(),
                    RubricCriterion {
                        name: (*n).into(),
                        guidance: String::new(),
                        weight: 1,
                        scale_max: 5,
                        anchors: Vec::new(),
                    },
                )
            })
            .collect()
    }

    #[test]
    fn a_live_score_is_checked_like_a_review() {
        let typed: BTreeMap<String, String> = [
            ("team".to_string(), "5".to_string()),
            ("market".to_string(), "3".to_string()),
        ]
        .into_iter()
        .collect();
        let ok = parse_live_score(&rubric(), &typed, " fine ").unwrap();
        assert_eq!(ok.scores, vec![5, 3]);
        assert_eq!(ok.weighted, 7.5);
        assert_eq!(ok.comment, "fine");
        let bad: BTreeMap<String, String> = [("team".to_string(), "6".to_string())]
            .into_iter()
            .collect();
        let errors = parse_live_score(&rubric(), &bad, "").unwrap_err();
        assert!(errors.get("scores[team]").is_some(), "{errors:?}");
        assert!(errors.get("scores[market]").is_some(), "{errors:?}");
    }

    #[test]
    fn conflicted_is_never_missing() {
        for status in PitchStatus::ALL {
            for on_stage in [false, true] {
                assert_eq!(cell(true, false, status, on_stage), Cell::Conflicted);
            }
        }
        assert_eq!(
            cell(false, false, PitchStatus::Waiting, true),
            Cell::Missing
        );
        assert_eq!(
            cell(false, false, PitchStatus::Pitched, false),
            Cell::Missing
        );
        assert_eq!(cell(false, false, PitchStatus::NoShow, false), Cell::NotDue);
        assert_eq!(cell(false, true, PitchStatus::Pitched, false), Cell::Scored);
    }

    #[test]
    fn countdown_from_the_slot_pattern() {
        let start = Utc.with_ymd_and_hms(2026, 9, 15, 9, 0, 0).unwrap();
        let c = countdown(PATTERN, Phase::Pitch, start, start + Duration::seconds(90));
        assert_eq!(c.ends_at, start + Duration::minutes(6));
        assert_eq!(c.remaining_seconds, 270);
        let late = countdown(PATTERN, Phase::Qa, start, start + Duration::minutes(5));
        assert_eq!(late.remaining_seconds, -60);
    }

    #[test]
    fn advance_walks_pitch_qa_next() {
        let lineup = [
            (1, PitchStatus::NoShow),
            (2, PitchStatus::Waiting),
            (3, PitchStatus::Waiting),
        ];
        let empty = Stage {
            current: None,
            phase: None,
        };
        let (s, done) = advance(&lineup, empty, PATTERN);
        assert_eq!(
            (s.current, s.phase, done),
            (Some(2), Some(Phase::Pitch), None)
        );
        let (s, done) = advance(&lineup, s, PATTERN);
        assert_eq!((s.current, s.phase, done), (Some(2), Some(Phase::Qa), None));
        let (s, done) = advance(&lineup, s, PATTERN);
        assert_eq!(
            (s.current, s.phase, done),
            (Some(3), Some(Phase::Pitch), Some(2))
        );
        let no_qa = SlotPattern {
            qa_minutes: 0,
            ..PATTERN
        };
        let (s, done) = advance(&lineup[..2], s, no_qa);
        assert_eq!(
            (s.current, s.phase, done),
            (Some(2), Some(Phase::Pitch), Some(3))
        );
        let (s, done) = advance(&[(2, PitchStatus::Pitched)], s, no_qa);
        assert_eq!((s.current, s.phase, done), (None, None, Some(2)));
    }

    #[test]
    fn the_ranking_is_the_scoring_rules_aggregate() {
        let scores: Vec<Score<u8, char>> = [
            (1, 'a', 8.0),
            (1, 'b', 6.0),
            (2, 'a', 5.0),
            (2, 'b', 2.0),
            (2, 'c', 4.0),
            (3, 'c', 9.0),
        ]
        .into_iter()
        .map(|(judge, submission, value)| Score {
            judge,
            submission,
            value,
        })
        .collect();
        let (placed, judges) = rank(&scores);
        let (aggregates, calibration) = aggregate(&scores);
        assert_eq!(judges, calibration);
        assert_eq!(
            placed
                .iter()
                .map(|p| p.aggregate.clone())
                .collect::<Vec<_>>(),
            aggregates
        );
        assert_eq!(
            placed.iter().map(|p| p.place).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
    }

    #[test]
    fn the_stage_rubric_is_the_choice_or_the_whole_rubric() {
        let all = rubric();
        let keys: Vec<String> = all.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(stage_rubric(&all, &[]), all);
        assert_eq!(stage_rubric(&all, &["gone".to_string()]), all);
        let market = stage_rubric(&all, &["market".to_string()]);
        assert_eq!(market.len(), 1);
        assert_eq!(market[0].1.name, "Market");
        assert_eq!(
            parse_stage_choice(&keys, &["market".into(), "team".into(), "x".into()]),
            Ok(vec!["team".to_string(), "market".to_string()])
        );
        assert_eq!(
            parse_stage_choice(&keys, &["x".to_string()]),
            Err(Problem::StageRubricEmpty)
        );
        assert_eq!(
            parse_stage_choice::<String>(&keys, &[]),
            Err(Problem::StageRubricEmpty)
        );
    }

    #[test]
    fn all_fours_on_a_one_to_five_rubric_read_four() {
        let typed: BTreeMap<String, String> = [
            ("team".to_string(), "4".to_string()),
            ("market".to_string(), "4".to_string()),
        ]
        .into_iter()
        .collect();
        let valid = parse_live_score(&rubric(), &typed, "").unwrap();
        assert_eq!(valid.weighted, 7.5);
        let criteria: Vec<RubricCriterion> = rubric().into_iter().map(|(_, c)| c).collect();
        assert_eq!(common_scale(&criteria), Some(5));
        assert!((on_scale(valid.weighted, 5) - 4.0).abs() < 1e-9);
        let mut mixed = criteria.clone();
        mixed[1].scale_max = 10;
        assert_eq!(common_scale(&mixed), None);
        assert_eq!(common_scale(&[]), None);
    }

    proptest! {
        #[test]
        fn reorder_keeps_every_pitch_once(n in 1usize..12, pick in 0usize..12, up in any::<bool>()) {
            let order: Vec<usize> = (0..n).collect();
            let which = pick % n;
            let direction = if up { Direction::Up } else { Direction::Down };
            let moved = reorder(&order, which, direction).unwrap();
            let mut sorted = moved.clone();
            sorted.sort_unstable();
            prop_assert_eq!(&sorted, &order);
            let at = moved.iter().position(|p| *p == which).unwrap();
            let expected = match direction {
                Direction::Up => which.saturating_sub(1),
                Direction::Down => (which + 1).min(n - 1),
            };
            prop_assert_eq!(at, expected);
            // Moving back undoes it, except at the ends.
            if at != which {
                let back = if up { Direction::Down } else { Direction::Up };
                prop_assert_eq!(reorder(&moved, which, back).unwrap(), order);
            }
        }

        #[test]
        fn advance_never_calls_a_pitch_that_is_not_waiting(
            statuses in proptest::collection::vec(0usize..4, 0..10),
            steps in 1usize..30,
        ) {
            let lineup: Vec<(usize, PitchStatus)> = statuses
                .iter()
                .enumerate()
                .map(|(i, s)| (i, PitchStatus::ALL[*s]))
                .collect();
            let mut lineup = lineup;
            let mut stage = Stage { current: None, phase: None };
            let mut called = Vec::new();
            for _ in 0..steps {
                let before = stage.current;
                let (next, done) = advance(&lineup, stage, PATTERN);
                if let Some(d) = done {
                    prop_assert_eq!(Some(d), before);
                    for entry in lineup.iter_mut().filter(|(p, _)| *p == d) {
                        entry.1 = PitchStatus::Pitched;
                    }
                }
                if next.current != before {
                    if let Some(c) = next.current {
                        let status = lineup.iter().find(|(p, _)| *p == c).map(|(_, s)| *s);
                        prop_assert_eq!(status, Some(PitchStatus::Waiting));
                        prop_assert!(!called.contains(&c));
                        called.push(c);
                    }
                }
                stage = next;
            }
        }

        #[test]
        fn on_scale_is_the_weighted_mean_of_the_typed_scores(
            scale in 2u8..=10,
            typed in proptest::collection::vec((1u8..=10, 1u32..4), 1..6),
        ) {
            let criteria: Vec<(String, RubricCriterion)> = typed
                .iter()
                .enumerate()
                .map(|(i, (_, weight))| (format!("c{i}"), RubricCriterion {
                    name: format!("C{i}"),
                    guidance: String::new(),
                    weight: *weight,
                    scale_max: scale,
                    anchors: Vec::new(),
                }))
                .collect();
            let values: Vec<u8> = typed.iter().map(|(v, _)| (*v).min(scale)).collect();
            let w = weighted(&criteria, &values).unwrap();
            let total: f64 = typed.iter().zip(&values).map(|((_, wt), v)| f64::from(*wt) * f64::from(*v)).sum();
            let weights: f64 = typed.iter().map(|(_, wt)| f64::from(*wt)).sum();
            prop_assert!((on_scale(w, scale) - total / weights).abs() < 1e-9);
        }

        #[test]
        fn rank_places_are_one_to_n(values in proptest::collection::vec((0u8..4, 0u8..6, 0.0f64..10.0), 0..30)) {
            let scores: Vec<Score<u8, u8>> = values
                .into_iter()
                .map(|(judge, submission, value)| Score { judge, submission, value })
                .collect();
            let (placed, _) = rank(&scores);
            let (aggregates, _) = aggregate(&scores);
            prop_assert_eq!(placed.len(), aggregates.len());
            for (i, p) in placed.iter().enumerate() {
                prop_assert_eq!(p.place, i + 1);
                prop_assert_eq!(&p.aggregate, &aggregates[i]);
            }
        }
    }
}
