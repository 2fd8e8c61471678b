//! Assigning reviewers to pitches: k per pitch, never a conflicted judge, loads kept
//! level (max − min ≤ 1 where conflicts allow), thesis fit breaking ties.
//!
//! Greedy, most-constrained pitch first: each open slot goes to the eligible judge with
//! the lowest load, best fit first among equals. Giving every pitch its k lowest-loaded
//! judges keeps all loads within one of each other (if they were before), which is the
//! balance staff expect; existing assignments (reviews already written, or added by
//! hand) are kept and counted. O(slots × judges), fine for 5,000 × 1,000.

use std::collections::HashSet;

/// Everything the assignment needs, by index: pitches `0..pitches`, judges `0..judges`.
pub struct Problem<C, F>
where
    C: Fn(usize, usize) -> bool,
    F: Fn(usize, usize) -> i32,
{
    pub pitches: usize,
    pub judges: usize,
    /// Reviewers wanted per pitch.
    pub k: usize,
    /// `(pitch, judge)` pairs that stay as they are.
    pub existing: Vec<(usize, usize)>,
    /// `conflicted(pitch, judge)`: this judge may never review this pitch.
    pub conflicted: C,
    /// `fit(pitch, judge)`: higher is a better match of the judge's thesis.
    pub fit: F,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// New `(pitch, judge)` pairs to store.
    pub added: Vec<(usize, usize)>,
    /// Pitches left short of k, with how many reviewers are missing: not enough
    /// judges without a conflict.
    pub short: Vec<(usize, usize)>,
}

pub fn assign<C, F>(problem: &Problem<C, F>) -> Plan
where
    C: Fn(usize, usize) -> bool,
    F: Fn(usize, usize) -> i32,
{
    let mut load = vec![0usize; problem.judges];
    let mut taken: HashSet<(usize, usize)> = HashSet::new();
    let mut have = vec![0usize; problem.pitches];
    for &(p, j) in &problem.existing {
        if p < problem.pitches && j < problem.judges && taken.insert((p, j)) {
            load[j] += 1;
            have[p] += 1;
        }
    }
    let eligible = |p: usize| -> usize {
        (0..problem.judges)
            .filter(|&j| !(problem.conflicted)(p, j))
            .count()
    };
    let mut order: Vec<(usize, usize)> = (0..problem.pitches).map(|p| (eligible(p), p)).collect();
    order.sort();
    let mut plan = Plan::default();
    for (_, p) in order {
        let need = problem.k.saturating_sub(have[p]);
        let mut missing = 0;
        for _ in 0..need {
            let pick = (0..problem.judges)
                .filter(|&j| !taken.contains(&(p, j)) && !(problem.conflicted)(p, j))
                .min_by_key(|&j| (load[j], -(problem.fit)(p, j), j));
            match pick {
                Some(j) => {
                    taken.insert((p, j));
                    load[j] += 1;
                    have[p] += 1;
                    plan.added.push((p, j));
                }
                None => missing += 1,
            }
        }
        if missing > 0 {
            plan.short.push((p, missing));
        }
    }
    plan
}

/// Sectors compared without regard to case, prepared once per judge or startup.
pub fn sector_set(sectors: &[String]) -> HashSet<String> {
    sectors.iter().map(|s| s.to_lowercase()).collect()
}

/// How well a judge's thesis fits a startup: shared sectors count most, then stage.
/// Takes prepared sets: it runs once per judge and open slot.
pub fn fit_of(
    judge_sectors: &HashSet<String>,
    judge_stages: &[String],
    startup_sectors: &HashSet<String>,
    startup_stage: &str,
) -> i32 {
    let shared = judge_sectors.intersection(startup_sectors).count() as i32;
    let stage = judge_stages.iter().any(|s| s == startup_stage) as i32;
    2 * shared + stage
}

/// [`fit_of`] for raw lists.
pub fn thesis_fit(
    judge_sectors: &[String],
    judge_stages: &[String],
    startup_sectors: &[String],
    startup_stage: &str,
) -> i32 {
    fit_of(
        &sector_set(judge_sectors),
        judge_stages,
        &sector_set(startup_sectors),
        startup_stage,
    )
}

/// How a judge came to review a pitch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The one-click assignment chose them.
    Auto,
    /// Staff added them by hand.
    Manual,
}

impl Source {
    pub const ALL: [Source; 2] = [Source::Auto, Source::Manual];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Auto => "auto",
            Source::Manual => "manual",
        }
    }
}

crate::code::coded!(Source, Source::ALL);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn loads(judges: usize, pairs: impl Iterator<Item = (usize, usize)>) -> Vec<usize> {
        let mut load = vec![0; judges];
        for (_, j) in pairs {
            load[j] += 1;
        }
        load
    }

    #[test]
    fn existing_reviews_are_kept_and_counted() {
        let problem = Problem {
            pitches: 2,
            judges: 3,
            k: 2,
            existing: vec![(0, 0), (0, 1)],
            conflicted: |_, _| false,
            fit: |_, _| 0,
        };
        let plan = assign(&problem);
        assert!(
            plan.added.iter().all(|&(p, _)| p == 1),
            "pitch 0 already has two"
        );
        assert_eq!(plan.added.len(), 2);
        assert!(plan.added.contains(&(1, 2)), "the idle judge is used first");
    }

    #[test]
    fn fit_breaks_ties_between_equally_loaded_judges() {
        let problem = Problem {
            pitches: 1,
            judges: 3,
            k: 1,
            existing: vec![],
            conflicted: |_, _| false,
            fit: |_, j| if j == 2 { 5 } else { 0 },
        };
        assert_eq!(assign(&problem).added, vec![(0, 2)]);
    }

    #[test]
    fn a_pitch_with_too_few_unconflicted_judges_is_reported_short() {
        let problem = Problem {
            pitches: 1,
            judges: 3,
            k: 3,
            existing: vec![],
            conflicted: |_, j| j == 0,
            fit: |_, _| 0,
        };
        let plan = assign(&problem);
        assert_eq!(plan.added.len(), 2);
        assert_eq!(plan.short, vec![(0, 1)]);
    }

    #[test]
    fn thesis_fit_counts_sectors_then_stage() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            thesis_fit(&s(&["AI", "Fintech"]), &s(&["seed"]), &s(&["ai"]), "seed"),
            3
        );
        assert_eq!(
            thesis_fit(&s(&["Biotech"]), &s(&[]), &s(&["AI"]), "seed"),
            0
        );
    }

    proptest! {
        #[test]
        fn without_conflicts_every_pitch_gets_k_and_loads_stay_level(
            pitches in 1usize..60, judges in 1usize..15, k in 1usize..4, seed in any::<u64>()
        ) {
            let k = k.min(judges);
            let problem = Problem {
                pitches, judges, k, existing: vec![],
                conflicted: |_, _| false,
                fit: move |p, j| ((p as u64 * 31 + j as u64 * 17 + seed) % 5) as i32,
            };
            let plan = assign(&problem);
            prop_assert!(plan.short.is_empty());
            prop_assert_eq!(plan.added.len(), pitches * k);
            let load = loads(judges, plan.added.iter().copied());
            prop_assert!(load.iter().max().unwrap() - load.iter().min().unwrap() <= 1, "{:?}", load);
        }

        #[test]
        fn never_a_conflict_and_k_met_whenever_enough_judges_are_free(
            pitches in 1usize..40, judges in 1usize..12, k in 1usize..4,
            conflicts in proptest::collection::hash_set((0usize..40, 0usize..12), 0..80),
        ) {
            let c = conflicts.clone();
            let problem = Problem {
                pitches, judges, k, existing: vec![],
                conflicted: move |p, j| c.contains(&(p, j)),
                fit: |_, _| 0,
            };
            let plan = assign(&problem);
            let mut per_pitch = vec![0usize; pitches];
            let mut seen = HashSet::new();
            for &(p, j) in &plan.added {
                prop_assert!(!conflicts.contains(&(p, j)), "conflicted pair {:?}", (p, j));
                prop_assert!(seen.insert((p, j)), "duplicate pair");
                per_pitch[p] += 1;
            }
            for (p, got) in per_pitch.iter().enumerate() {
                let free = (0..judges).filter(|j| !conflicts.contains(&(p, *j))).count();
                prop_assert_eq!(*got, k.min(free));
            }
        }
    }
}

/// The judge staff typed or picked in the "add a reviewer" field: the list offers
/// `Name <email>`, but a bare email or a name typed in full works too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JudgePick {
    Email(String),
    Name(String),
}

impl JudgePick {
    /// `None` when nothing was typed.
    pub fn parse(typed: &str) -> Option<JudgePick> {
        let typed = typed.trim();
        if typed.is_empty() {
            return None;
        }
        let inside_brackets = typed
            .rsplit_once('<')
            .and_then(|(_, rest)| rest.strip_suffix('>'))
            .map(str::trim)
            .filter(|e| e.contains('@'));
        Some(match inside_brackets {
            Some(email) => JudgePick::Email(email.to_lowercase()),
            None if typed.contains('@') && !typed.contains(' ') => {
                JudgePick::Email(typed.to_lowercase())
            }
            None => JudgePick::Name(typed.split_whitespace().collect::<Vec<_>>().join(" ")),
        })
    }

    /// How the list offers a judge (and what `parse` reads back).
    pub fn label(name: &str, email: &str) -> String {
        format!("{name} <{email}>")
    }
}

#[cfg(test)]
mod pick_tests {
    use super::JudgePick;

    #[test]
    fn a_picked_list_entry_is_read_back_as_its_email() {
        let entry = JudgePick::label("Ada Lovelace", "Ada@Fund.example");
        assert_eq!(
            JudgePick::parse(&entry),
            Some(JudgePick::Email("ada@fund.example".into()))
        );
        // A name with angle brackets of its own still ends at the last pair.
        assert_eq!(
            JudgePick::parse("Bo <Ventures> <bo@vc.example>"),
            Some(JudgePick::Email("bo@vc.example".into()))
        );
    }

    #[test]
    fn a_typed_email_or_name_is_understood() {
        assert_eq!(
            JudgePick::parse("  bo@vc.example "),
            Some(JudgePick::Email("bo@vc.example".into()))
        );
        assert_eq!(
            JudgePick::parse("  Ada   Lovelace "),
            Some(JudgePick::Name("Ada Lovelace".into()))
        );
        assert_eq!(
            JudgePick::parse("潮汐 资本 <cx@tide.example>"),
            Some(JudgePick::Email("cx@tide.example".into()))
        );
        assert_eq!(JudgePick::parse("   "), None);
    }
}
