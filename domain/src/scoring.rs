//! Rubric scoring, per-judge normalisation and ranking quality.
//!
//! Judges differ: some are harsh, some lenient, some use the whole scale and some only
//! its middle. A raw mean rewards startups that happened to draw lenient judges. The
//! normalised mean turns each score into a z-score against its judge's habits and maps
//! it back onto the panel's scale, so it still reads like a score. A judge's centre is
//! estimated jointly with the submissions' qualities (so drawing strong startups does
//! not make a judge look lenient) and both centre and spread are shrunk towards the
//! panel for judges with few reviews. BENCHMARKS.md has the measured effect.

use std::collections::HashMap;
use std::hash::Hash;

/// One rubric criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    pub name: String,
    pub weight: f64,
    /// The top of the scale: 5 or 10 (the bottom is 1).
    pub scale_max: u8,
}

/// What is wrong with one criterion's score (worded at the edge, like every problem).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// No score for the criterion named.
    Missing(String),
    OutOfScale {
        criterion: String,
        max: u8,
    },
}

/// The weighted score of one review on a 0–10 scale, whatever each criterion's scale.
/// `scores[i]` belongs to `rubric[i]`.
pub fn weighted_score(rubric: &[Criterion], scores: &[Option<u8>]) -> Result<f64, Vec<ScoreError>> {
    let mut errors = Vec::new();
    let mut total = 0.0;
    let mut weights = 0.0;
    for (i, c) in rubric.iter().enumerate() {
        match scores.get(i).copied().flatten() {
            None => errors.push(ScoreError::Missing(c.name.clone())),
            Some(s) if s < 1 || s > c.scale_max => errors.push(ScoreError::OutOfScale {
                criterion: c.name.clone(),
                max: c.scale_max,
            }),
            Some(s) => {
                let unit = if c.scale_max > 1 {
                    f64::from(s - 1) / f64::from(c.scale_max - 1)
                } else {
                    1.0
                };
                total += c.weight * unit * 10.0;
                weights += c.weight;
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(if weights > 0.0 { total / weights } else { 0.0 })
}

/// One judge's score of one submission.
#[derive(Clone, Debug, PartialEq)]
pub struct Score<J, S> {
    pub judge: J,
    pub submission: S,
    pub value: f64,
}

/// How a judge scores compared with the whole panel.
#[derive(Clone, Debug, PartialEq)]
pub struct JudgeCalibration<J> {
    pub judge: J,
    pub reviews: usize,
    pub mean: f64,
    pub spread: f64,
    /// The judge's mean minus the panel's: negative is harsh, positive lenient.
    pub offset: f64,
}

/// The aggregate of one submission's reviews.
#[derive(Clone, Debug, PartialEq)]
pub struct Aggregate<S> {
    pub submission: S,
    pub reviews: usize,
    pub raw_mean: f64,
    pub normalised_mean: f64,
    /// Standard error of the normalised mean (on the panel scale); `None` with one review.
    pub standard_error: Option<f64>,
    /// The judges disagree strongly (raw scores 4 or more points apart on 0–10).
    pub disagreement: bool,
}

/// Reviews a judge needs before their own habits count fully; fewer are blended with
/// the panel's, so one review does not make a judge "harsh".
pub const SHRINK_REVIEWS: f64 = 3.0;
pub const DISAGREEMENT_RANGE: f64 = 4.0;

fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        xs.iter().sum::<f64>() / xs.len() as f64
    }
}

fn sd(xs: &[f64]) -> f64 {
    if xs.len() < 2 {
        return 0.0;
    }
    let m = mean(xs);
    (xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt()
}

/// Do the judges disagree strongly on a submission? Its raw scores are `min` to `max`.
pub fn disagreement(reviews: usize, min: f64, max: f64) -> bool {
    reviews >= 2 && max - min >= DISAGREEMENT_RANGE
}

/// Running sums of a set of scores: the count, mean and spread [`aggregate`] reports
/// (a submission's raw mean, a judge's mean and spread) without the scores themselves,
/// changed in O(1) as one score comes, goes or changes. Storage keeps these per pitch
/// and per judge in the transaction of each review change; the joint estimate (offsets,
/// normalised means) still needs every score and comes from [`aggregate`] alone.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    pub count: u32,
    pub sum: f64,
    pub sum_sq: f64,
}

impl Tally {
    pub fn of(values: impl IntoIterator<Item = f64>) -> Tally {
        values.into_iter().fold(Tally::default(), Tally::with)
    }

    #[must_use]
    pub fn with(self, value: f64) -> Tally {
        Tally {
            count: self.count + 1,
            sum: self.sum + value,
            sum_sq: self.sum_sq + value * value,
        }
    }

    /// Without one score it holds. The last score out leaves exact zeros (no rounding
    /// left over from the additions).
    #[must_use]
    pub fn without(self, value: f64) -> Tally {
        if self.count <= 1 {
            return Tally::default();
        }
        Tally {
            count: self.count - 1,
            sum: self.sum - value,
            sum_sq: self.sum_sq - value * value,
        }
    }

    /// Two disjoint sets of scores together (a whole panel from its judges).
    #[must_use]
    pub fn merge(self, other: Tally) -> Tally {
        Tally {
            count: self.count + other.count,
            sum: self.sum + other.sum,
            sum_sq: self.sum_sq + other.sum_sq,
        }
    }

    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum / f64::from(self.count))
    }

    /// The sample standard deviation, as [`aggregate`] reports a judge's spread (0 with
    /// fewer than two scores).
    pub fn spread(&self) -> f64 {
        if self.count < 2 {
            return 0.0;
        }
        let n = f64::from(self.count);
        ((self.sum_sq - self.sum * self.sum / n) / (n - 1.0))
            .max(0.0)
            .sqrt()
    }
}

/// Every judge's calibration and every submission's aggregate.
///
/// Judges and submissions are numbered once, so the twenty rounds of the joint estimate
/// index arrays instead of hashing ids: at 1,000,000 scores the hashed version spent most
/// of its time in lookups (BENCHMARKS.md). Every sum runs over the scores in their given
/// order, as it always did, so the figures do not depend on how ids are numbered.
pub fn aggregate<J, S>(scores: &[Score<J, S>]) -> (Vec<Aggregate<S>>, Vec<JudgeCalibration<J>>)
where
    J: Clone + Eq + Hash + Ord,
    S: Clone + Eq + Hash + Ord,
{
    let (judge_of, judges) = number(scores.iter().map(|s| &s.judge));
    let (submission_of, submissions) = number(scores.iter().map(|s| &s.submission));
    let all: Vec<f64> = scores.iter().map(|s| s.value).collect();
    let panel_mean = mean(&all);
    let panel_sd = sd(&all).max(1e-6);
    drop(all);
    let judge_stats = Moments::of(&judge_of, judges.len(), scores.iter().map(|s| s.value));
    let reviews_of_submission = counts(&submission_of, submissions.len());
    // Judge offsets are estimated jointly with submission qualities (alternating least
    // squares on value = quality + offset), so a judge who happened to draw strong
    // startups is not mistaken for a lenient one. Offsets are shrunk towards zero.
    let mut offset = vec![0.0; judges.len()];
    let mut quality = vec![0.0; submissions.len()];
    let mut residual = vec![0.0; judges.len()];
    for _ in 0..20 {
        quality.fill(0.0);
        for ((s, &j), &sub) in scores.iter().zip(&judge_of).zip(&submission_of) {
            quality[sub] += s.value - offset[j];
        }
        for (q, &n) in quality.iter_mut().zip(&reviews_of_submission) {
            *q /= n as f64;
        }
        residual.fill(0.0);
        for ((s, &j), &sub) in scores.iter().zip(&judge_of).zip(&submission_of) {
            residual[j] += s.value - quality[sub];
        }
        for ((o, r), stats) in offset.iter_mut().zip(&residual).zip(&judge_stats) {
            *o = r / (stats.count as f64 + SHRINK_REVIEWS);
        }
    }
    let mut habits = Vec::with_capacity(judges.len());
    let mut calibration = Vec::with_capacity(judges.len());
    for (j, judge) in judges.iter().enumerate() {
        let stats = &judge_stats[j];
        let n = stats.count as f64;
        // Spreads are estimated less reliably than means: shrink them harder.
        let ws = n / (n + 2.0 * SHRINK_REVIEWS + 10.0);
        let shrunk_sd = if stats.count >= 2 && stats.sd > 1e-6 {
            ws * stats.sd + (1.0 - ws) * panel_sd
        } else {
            panel_sd
        };
        habits.push((panel_mean + offset[j], shrunk_sd.max(1e-6)));
        calibration.push(JudgeCalibration {
            judge: (*judge).clone(),
            reviews: stats.count,
            mean: stats.mean,
            spread: stats.sd,
            offset: offset[j],
        });
    }
    calibration.sort_by(|a, b| a.judge.cmp(&b.judge));
    let normalised: Vec<f64> = scores
        .iter()
        .zip(&judge_of)
        .map(|(s, &j)| {
            let (m, d) = habits[j];
            panel_mean + (s.value - m) / d * panel_sd
        })
        .collect();
    let raw = Moments::of(
        &submission_of,
        submissions.len(),
        scores.iter().map(|s| s.value),
    );
    let norm = Moments::of(
        &submission_of,
        submissions.len(),
        normalised.iter().copied(),
    );
    let mut range = vec![(f64::MAX, f64::MIN); submissions.len()];
    for (s, &sub) in scores.iter().zip(&submission_of) {
        let (min, max) = &mut range[sub];
        *min = min.min(s.value);
        *max = max.max(s.value);
    }
    let mut aggregates: Vec<Aggregate<S>> = submissions
        .iter()
        .enumerate()
        .map(|(i, submission)| {
            let reviews = raw[i].count;
            let (min, max) = range[i];
            Aggregate {
                submission: (*submission).clone(),
                reviews,
                raw_mean: raw[i].mean,
                normalised_mean: norm[i].mean,
                standard_error: (reviews >= 2).then(|| norm[i].sd / (reviews as f64).sqrt()),
                disagreement: disagreement(reviews, min, max),
            }
        })
        .collect();
    aggregates.sort_by(|a, b| {
        b.normalised_mean
            .total_cmp(&a.normalised_mean)
            .then_with(|| a.submission.cmp(&b.submission))
    });
    (aggregates, calibration)
}

/// Numbers each distinct item in order of first appearance: the number of each position,
/// and the items by number.
fn number<'a, T: Eq + Hash>(items: impl Iterator<Item = &'a T>) -> (Vec<usize>, Vec<&'a T>) {
    let mut numbers: HashMap<&T, usize> = HashMap::new();
    let mut distinct = Vec::new();
    let of = items
        .map(|item| {
            *numbers.entry(item).or_insert_with(|| {
                distinct.push(item);
                distinct.len() - 1
            })
        })
        .collect();
    (of, distinct)
}

fn counts(group_of: &[usize], groups: usize) -> Vec<usize> {
    let mut n = vec![0; groups];
    for &g in group_of {
        n[g] += 1;
    }
    n
}

/// Count, mean and sample standard deviation of each group's values, summed in the
/// values' order exactly as [`mean`] and [`sd`] sum one group's list.
struct Moments {
    count: usize,
    mean: f64,
    sd: f64,
}

impl Moments {
    fn of(
        group_of: &[usize],
        groups: usize,
        values: impl Iterator<Item = f64> + Clone,
    ) -> Vec<Moments> {
        let count = counts(group_of, groups);
        let mut sum = vec![0.0; groups];
        for (&g, v) in group_of.iter().zip(values.clone()) {
            sum[g] += v;
        }
        let means: Vec<f64> = sum
            .iter()
            .zip(&count)
            .map(|(s, &n)| if n == 0 { 0.0 } else { s / n as f64 })
            .collect();
        let mut squares = vec![0.0; groups];
        for (&g, v) in group_of.iter().zip(values) {
            squares[g] += (v - means[g]).powi(2);
        }
        count
            .into_iter()
            .zip(means)
            .zip(squares)
            .map(|((count, mean), sq)| Moments {
                count,
                mean,
                sd: if count < 2 {
                    0.0
                } else {
                    (sq / (count - 1) as f64).sqrt()
                },
            })
            .collect()
    }
}

/// Kendall's τ-b between two scorings of the same items (1 = same order, -1 = reversed).
pub fn kendall_tau(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len().min(b.len());
    let (mut concordant, mut discordant, mut ties_a, mut ties_b) = (0f64, 0f64, 0f64, 0f64);
    for i in 0..n {
        for j in (i + 1)..n {
            let da = a[i] - a[j];
            let db = b[i] - b[j];
            if da == 0.0 && db == 0.0 {
                continue;
            } else if da == 0.0 {
                ties_a += 1.0;
            } else if db == 0.0 {
                ties_b += 1.0;
            } else if (da > 0.0) == (db > 0.0) {
                concordant += 1.0;
            } else {
                discordant += 1.0;
            }
        }
    }
    let denominator =
        ((concordant + discordant + ties_a) * (concordant + discordant + ties_b)).sqrt();
    if denominator == 0.0 {
        0.0
    } else {
        (concordant - discordant) / denominator
    }
}

/// Synthetic juries with known truth, to measure how well a ranking recovers it.
pub mod simulation {
    use super::{aggregate, kendall_tau, Score};

    /// A small, fast, seedable generator (SplitMix64): the domain takes no dependency.
    pub struct Rng(u64);

    impl Rng {
        pub fn new(seed: u64) -> Self {
            Rng(seed)
        }

        pub fn next_u64(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        pub fn unit(&mut self) -> f64 {
            (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
        }

        pub fn normal(&mut self) -> f64 {
            let u1 = self.unit().max(1e-12);
            let u2 = self.unit();
            (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
        }

        pub fn below(&mut self, n: usize) -> usize {
            (self.next_u64() % n as u64) as usize
        }
    }

    pub struct Jury {
        pub startups: usize,
        pub judges: usize,
        pub reviews_each: usize,
        /// Spread of the judges' offsets (harsh to lenient), in points on 0–10.
        pub bias: f64,
        pub noise: f64,
    }

    /// τ of the raw mean and of the normalised mean to the hidden truth, for one seed.
    pub fn run(jury: &Jury, seed: u64) -> (f64, f64) {
        let mut rng = Rng::new(seed);
        let quality: Vec<f64> = (0..jury.startups).map(|_| rng.normal()).collect();
        let offsets: Vec<f64> = (0..jury.judges).map(|_| rng.normal() * jury.bias).collect();
        let stretch: Vec<f64> = (0..jury.judges).map(|_| 0.6 + rng.unit() * 0.8).collect();
        let mut scores = Vec::new();
        for (s, q) in quality.iter().enumerate() {
            let mut chosen: Vec<usize> = Vec::new();
            while chosen.len() < jury.reviews_each.min(jury.judges) {
                let j = rng.below(jury.judges);
                if !chosen.contains(&j) {
                    chosen.push(j);
                }
            }
            for j in chosen {
                let value = 5.5 + 1.5 * stretch[j] * q + offsets[j] + rng.normal() * jury.noise;
                scores.push(Score {
                    judge: j,
                    submission: s,
                    value: value.round().clamp(0.0, 10.0),
                });
            }
        }
        let (aggregates, _) = aggregate(&scores);
        let mut raw = vec![0.0; jury.startups];
        let mut norm = vec![0.0; jury.startups];
        let mut truth = vec![0.0; jury.startups];
        for a in &aggregates {
            raw[a.submission] = a.raw_mean;
            norm[a.submission] = a.normalised_mean;
            truth[a.submission] = quality[a.submission];
        }
        (kendall_tau(&raw, &truth), kendall_tau(&norm, &truth))
    }
}

#[cfg(test)]
mod tests {
    use super::simulation::{run, Jury};
    use super::*;
    use proptest::prelude::*;

    fn rubric() -> Vec<Criterion> {
        vec![
            Criterion {
                name: "Team".into(),
                weight: 2.0,
                scale_max: 5,
            },
            Criterion {
                name: "Market".into(),
                weight: 1.0,
                scale_max: 10,
            },
        ]
    }

    #[test]
    fn weighted_scores_sit_on_zero_to_ten() {
        assert_eq!(weighted_score(&rubric(), &[Some(5), Some(10)]), Ok(10.0));
        assert_eq!(weighted_score(&rubric(), &[Some(1), Some(1)]), Ok(0.0));
        let errors = weighted_score(&rubric(), &[Some(6), None]).unwrap_err();
        assert_eq!(
            errors,
            vec![
                ScoreError::OutOfScale {
                    criterion: "Team".into(),
                    max: 5
                },
                ScoreError::Missing("Market".into()),
            ]
        );
    }

    #[test]
    fn a_harsh_judge_does_not_sink_the_startups_they_review() {
        // Judge "l" scores 2 points above the truth, judge "h" 2 below; both score the
        // same eight startups, then one each alone: "p" (truly 5) and "q" (truly 8).
        let mut scores = Vec::new();
        for (i, truth) in [2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0].iter().enumerate() {
            scores.push(Score {
                judge: "l",
                submission: format!("c{i}"),
                value: truth + 1.0,
            });
            scores.push(Score {
                judge: "h",
                submission: format!("c{i}"),
                value: truth - 1.0,
            });
        }
        scores.push(Score {
            judge: "l",
            submission: "p".to_string(),
            value: 7.0,
        });
        scores.push(Score {
            judge: "h",
            submission: "q".to_string(),
            value: 6.0,
        });
        let (aggregates, calibration) = aggregate(&scores);
        let p = aggregates.iter().find(|a| a.submission == "p").unwrap();
        let q = aggregates.iter().find(|a| a.submission == "q").unwrap();
        assert!(p.raw_mean > q.raw_mean, "the raw mean is fooled");
        assert!(q.normalised_mean > p.normalised_mean, "{p:?} {q:?}");
        let harsh = calibration.iter().find(|c| c.judge == "h").unwrap();
        let lenient = calibration.iter().find(|c| c.judge == "l").unwrap();
        assert!(
            harsh.offset < -0.5 && lenient.offset > 0.5,
            "{calibration:?}"
        );
    }

    #[test]
    fn disagreement_and_confidence_are_reported() {
        let scores = vec![
            Score {
                judge: 1,
                submission: 1,
                value: 9.0,
            },
            Score {
                judge: 2,
                submission: 1,
                value: 2.0,
            },
            Score {
                judge: 1,
                submission: 2,
                value: 6.0,
            },
        ];
        let (aggregates, _) = aggregate(&scores);
        let split = aggregates.iter().find(|a| a.submission == 1).unwrap();
        assert!(split.disagreement);
        assert!(split.standard_error.is_some());
        let single = aggregates.iter().find(|a| a.submission == 2).unwrap();
        assert_eq!(single.standard_error, None);
    }

    #[test]
    fn kendall_tau_reads_order() {
        assert_eq!(kendall_tau(&[1.0, 2.0, 3.0], &[10.0, 20.0, 30.0]), 1.0);
        assert_eq!(kendall_tau(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]), -1.0);
    }

    #[test]
    fn normalisation_recovers_the_truth_better_than_the_raw_mean() {
        let jury = Jury {
            startups: 120,
            judges: 24,
            reviews_each: 3,
            bias: 1.5,
            noise: 0.8,
        };
        let (mut raw, mut norm) = (0.0, 0.0);
        for seed in 0..20 {
            let (r, n) = run(&jury, seed);
            raw += r;
            norm += n;
        }
        assert!(
            norm > raw,
            "normalised τ {norm} vs raw τ {raw} over 20 seeds"
        );
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
    }

    #[test]
    fn a_tally_of_nothing_or_one_score_has_no_spread() {
        assert_eq!(Tally::default().mean(), None);
        assert_eq!(Tally::of([7.5]).spread(), 0.0);
        assert_eq!(Tally::of([7.5]).without(7.5), Tally::default());
        assert_eq!(Tally::of([2.0, 4.0]).mean(), Some(3.0));
        // Equal scores: no negative variance from rounding.
        assert_eq!(Tally::of([6.1; 9]).spread(), 0.0);
    }

    /// The first `aggregate`: one list per judge and per submission in hash maps. The
    /// numbered version must give exactly its figures (same sums in the same order).
    fn one_list_per_id<J, S>(
        scores: &[Score<J, S>],
    ) -> (Vec<Aggregate<S>>, Vec<JudgeCalibration<J>>)
    where
        J: Clone + Eq + Hash + Ord,
        S: Clone + Eq + Hash + Ord,
    {
        let all: Vec<f64> = scores.iter().map(|s| s.value).collect();
        let panel_mean = mean(&all);
        let panel_sd = sd(&all).max(1e-6);
        let mut by_judge: HashMap<&J, Vec<f64>> = HashMap::new();
        for s in scores {
            by_judge.entry(&s.judge).or_default().push(s.value);
        }
        // Judge offsets are estimated jointly with submission qualities (alternating least
        // squares on value = quality + offset), so a judge who happened to draw strong
        // startups is not mistaken for a lenient one. Offsets are shrunk towards zero.
        let mut offset: HashMap<&J, f64> = by_judge.keys().map(|j| (*j, 0.0)).collect();
        for _ in 0..20 {
            let mut sums: HashMap<&S, (f64, f64)> = HashMap::new();
            for s in scores {
                let e = sums.entry(&s.submission).or_default();
                e.0 += s.value - offset[&s.judge];
                e.1 += 1.0;
            }
            let quality: HashMap<&S, f64> =
                sums.into_iter().map(|(k, (sum, n))| (k, sum / n)).collect();
            let mut residuals: HashMap<&J, (f64, f64)> = HashMap::new();
            for s in scores {
                let e = residuals.entry(&s.judge).or_default();
                e.0 += s.value - quality[&s.submission];
                e.1 += 1.0;
            }
            for (j, (sum, n)) in residuals {
                offset.insert(j, sum / (n + SHRINK_REVIEWS));
            }
        }
        let mut habits: HashMap<&J, (f64, f64)> = HashMap::new();
        let mut calibration = Vec::new();
        for (judge, values) in &by_judge {
            let n = values.len() as f64;
            let own_mean = mean(values);
            let own_sd = sd(values);
            // Spreads are estimated less reliably than means: shrink them harder.
            let ws = n / (n + 2.0 * SHRINK_REVIEWS + 10.0);
            let shrunk_sd = if values.len() >= 2 && own_sd > 1e-6 {
                ws * own_sd + (1.0 - ws) * panel_sd
            } else {
                panel_sd
            };
            habits.insert(*judge, (panel_mean + offset[judge], shrunk_sd.max(1e-6)));
            calibration.push(JudgeCalibration {
                judge: (*judge).clone(),
                reviews: values.len(),
                mean: own_mean,
                spread: own_sd,
                offset: offset[judge],
            });
        }
        calibration.sort_by(|a, b| a.judge.cmp(&b.judge));
        let mut by_submission: HashMap<&S, Vec<(f64, f64)>> = HashMap::new();
        for s in scores {
            let (m, d) = habits[&s.judge];
            let z = (s.value - m) / d;
            by_submission
                .entry(&s.submission)
                .or_default()
                .push((s.value, panel_mean + z * panel_sd));
        }
        let mut aggregates: Vec<Aggregate<S>> = by_submission
            .into_iter()
            .map(|(submission, pairs)| {
                let raw: Vec<f64> = pairs.iter().map(|p| p.0).collect();
                let norm: Vec<f64> = pairs.iter().map(|p| p.1).collect();
                let max = raw.iter().cloned().fold(f64::MIN, f64::max);
                let min = raw.iter().cloned().fold(f64::MAX, f64::min);
                Aggregate {
                    submission: submission.clone(),
                    reviews: pairs.len(),
                    raw_mean: mean(&raw),
                    normalised_mean: mean(&norm),
                    standard_error: (pairs.len() >= 2)
                        .then(|| sd(&norm) / (pairs.len() as f64).sqrt()),
                    disagreement: disagreement(pairs.len(), min, max),
                }
            })
            .collect();
        aggregates.sort_by(|a, b| {
            b.normalised_mean
                .total_cmp(&a.normalised_mean)
                .then_with(|| a.submission.cmp(&b.submission))
        });
        (aggregates, calibration)
    }

    proptest! {
        /// Tallies kept one change at a time give what `aggregate` computes from all
        /// the scores: a submission's count, raw mean and disagreement, a judge's count,
        /// mean and spread, and the panel's mean.
        #[test]
        fn tallies_kept_change_by_change_match_aggregate(
            first in proptest::collection::vec((0u8..5, 0u8..8, 0u8..=40), 1..50),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), proptest::option::of(0u8..=40)), 0..30),
        ) {
            // (judge, submission) → value, one review a pair as in the database.
            let mut reviews: std::collections::BTreeMap<(u8, u8), f64> = Default::default();
            let mut judges: HashMap<u8, Tally> = HashMap::new();
            let mut change = |reviews: &mut std::collections::BTreeMap<(u8, u8), f64>, key: (u8, u8), after: Option<f64>| {
                let before = match after {
                    Some(v) => reviews.insert(key, v),
                    None => reviews.remove(&key),
                };
                let mut t = judges.get(&key.0).copied().unwrap_or_default();
                if let Some(b) = before {
                    t = t.without(b);
                }
                if let Some(a) = after {
                    t = t.with(a);
                }
                judges.insert(key.0, t);
            };
            for (j, s, v) in first {
                change(&mut reviews, (j, s), Some(f64::from(v) / 4.0));
            }
            for (which, after) in edits {
                let keys: Vec<(u8, u8)> = reviews.keys().copied().collect();
                if keys.is_empty() {
                    break;
                }
                change(&mut reviews, *which.get(&keys), after.map(|v| f64::from(v) / 4.0));
            }
            let scores: Vec<Score<u8, u8>> = reviews
                .iter()
                .map(|(&(judge, submission), &value)| Score { judge, submission, value })
                .collect();
            let (aggregates, calibration) = aggregate(&scores);
            for a in &aggregates {
                let values: Vec<f64> = scores.iter().filter(|s| s.submission == a.submission).map(|s| s.value).collect();
                let t = Tally::of(values.iter().copied());
                let min = values.iter().copied().fold(f64::MAX, f64::min);
                let max = values.iter().copied().fold(f64::MIN, f64::max);
                prop_assert_eq!(t.count as usize, a.reviews);
                prop_assert!(close(t.mean().unwrap(), a.raw_mean));
                prop_assert_eq!(disagreement(a.reviews, min, max), a.disagreement);
            }
            for c in &calibration {
                let t = judges[&c.judge];
                prop_assert_eq!(t.count as usize, c.reviews);
                prop_assert!(close(t.mean().unwrap(), c.mean), "{:?} {:?}", t, c);
                prop_assert!((t.spread() - c.spread).abs() < 1e-6, "{:?} {:?}", t, c);
            }
            prop_assert!(judges.values().filter(|t| t.count > 0).count() == calibration.len());
            let panel = judges.values().fold(Tally::default(), |a, t| a.merge(*t));
            let all = Tally::of(scores.iter().map(|s| s.value));
            prop_assert_eq!(panel.count, all.count);
            if let (Some(p), Some(a)) = (panel.mean(), all.mean()) {
                prop_assert!(close(p, a));
            }
        }

        #[test]
        fn numbering_ids_changes_no_figure(values in proptest::collection::vec((0u8..7, 0u8..12, 0u8..=40), 1..80)) {
            let scores: Vec<Score<u8, u8>> = values
                .iter()
                .map(|&(judge, submission, v)| Score { judge, submission, value: f64::from(v) / 4.0 })
                .collect();
            prop_assert_eq!(aggregate(&scores), one_list_per_id(&scores));
        }

        #[test]
        fn aggregates_cover_every_submission_once(values in proptest::collection::vec((0u8..6, 0u8..10, 0.0f64..10.0), 1..60)) {
            let scores: Vec<Score<u8, u8>> = values
                .iter()
                .map(|(j, s, v)| Score { judge: *j, submission: *s, value: *v })
                .collect();
            let (aggregates, calibration) = aggregate(&scores);
            let mut subs: Vec<u8> = scores.iter().map(|s| s.submission).collect();
            subs.sort();
            subs.dedup();
            prop_assert_eq!(aggregates.len(), subs.len());
            prop_assert_eq!(calibration.iter().map(|c| c.reviews).sum::<usize>(), scores.len());
            for a in &aggregates {
                prop_assert!(a.raw_mean.is_finite() && a.normalised_mean.is_finite());
                prop_assert!(a.raw_mean >= 0.0 && a.raw_mean <= 10.0);
            }
        }
    }
}
