//! Fit recommendations for follow-up meetings: for an investor, the startups their
//! thesis fits (sector, stage, ask inside the ticket, geography), lifted by how the
//! judges scored them; for a startup, the investors whose thesis fits it. Each comes
//! with its reasons as facts (the edge words them: "seed-stage clean energy, asks
//! ¥20M inside your ticket, top 10 % of its track"). Conflicted pairs are never
//! recommended, and a judged score alone never makes a fit: some of the thesis must.

use crate::startup::Stage;
use std::cmp::Reverse;

/// What an investor funds, as the thesis says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InvestorFit {
    /// Lower case.
    pub sectors: Vec<String>,
    pub stages: Vec<Stage>,
    pub ticket_min: Option<i64>,
    pub ticket_max: Option<i64>,
    pub currency: String,
    /// Country codes; empty: anywhere.
    pub geographies: Vec<String>,
}

/// What a startup is and asks, and how it was judged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartupFit {
    /// Lower case.
    pub sectors: Vec<String>,
    pub stage: Stage,
    pub ask: Option<i64>,
    pub currency: String,
    pub country: String,
    /// Its place in its track's calibrated ranking, as the top share in percent
    /// (10 = in the top 10 %); `None` when it was not judged.
    pub top_percent: Option<u8>,
}

/// Why a pair fits, one fact each.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Reason {
    /// The sectors both name.
    Sectors(Vec<String>),
    /// The startup's stage is one the investor funds.
    Stage(String),
    /// The ask (amount, currency) lies inside the investor's ticket.
    AskInTicket { amount: i64, currency: String },
    /// The startup's country is one the investor invests in.
    Geography(String),
    /// In the top `percent` % of its track by the judges' calibrated scores.
    TopOfTrack { percent: u8 },
}

/// One recommended counterpart: its index in the list given, the fit score, reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub index: usize,
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// How well `investor` fits `startup`, with the reasons; `None` when nothing of the
/// thesis fits (no shared sector and not the stage), or the ask is outside the ticket.
pub fn fit(investor: &InvestorFit, startup: &StartupFit) -> Option<(u32, Vec<Reason>)> {
    let mut reasons = Vec::new();
    let mut score = 0u32;
    let shared: Vec<String> = startup
        .sectors
        .iter()
        .filter(|s| investor.sectors.contains(s))
        .cloned()
        .collect();
    let stage = investor.stages.contains(&startup.stage);
    if shared.is_empty() && !stage {
        return None;
    }
    if !shared.is_empty() {
        score += 3 * u32::try_from(shared.len().min(3)).unwrap_or(3);
        reasons.push(Reason::Sectors(shared));
    }
    if stage {
        score += 2;
        reasons.push(Reason::Stage(startup.stage.as_str().to_string()));
    }
    // A ticket in another currency says nothing either way (no rates here).
    if let Some(ask) = startup
        .ask
        .filter(|_| startup.currency == investor.currency)
    {
        let above_min = investor.ticket_min.is_none_or(|min| ask >= min);
        let below_max = investor.ticket_max.is_none_or(|max| ask <= max);
        if !(above_min && below_max) {
            return None;
        }
        if investor.ticket_min.is_some() || investor.ticket_max.is_some() {
            score += 2;
            reasons.push(Reason::AskInTicket {
                amount: ask,
                currency: startup.currency.clone(),
            });
        }
    }
    if investor.geographies.contains(&startup.country) {
        score += 1;
        reasons.push(Reason::Geography(startup.country.clone()));
    }
    match startup.top_percent {
        Some(p) if p <= 10 => score += 3,
        Some(p) if p <= 25 => score += 2,
        Some(p) if p <= 50 => score += 1,
        _ => {}
    }
    if let Some(percent) = startup.top_percent.filter(|&p| p <= 50) {
        reasons.push(Reason::TopOfTrack { percent });
    }
    Some((score, reasons))
}

fn ranked(
    candidates: impl Iterator<Item = (usize, Option<(u32, Vec<Reason>)>)>,
    conflicted: impl Fn(usize) -> bool,
    limit: usize,
) -> Vec<Recommendation> {
    let mut out: Vec<Recommendation> = candidates
        .filter(|(i, _)| !conflicted(*i))
        .filter_map(|(index, fit)| {
            fit.map(|(score, reasons)| Recommendation {
                index,
                score,
                reasons,
            })
        })
        .collect();
    out.sort_by_key(|r| (Reverse(r.score), r.index));
    out.truncate(limit);
    out
}

/// The startups that fit `investor` best, at most `limit`, best first (ties in the
/// order given, which the backend makes name order). `conflicted(i)`: the investor may
/// not meet startup `i`.
pub fn for_investor(
    investor: &InvestorFit,
    startups: &[StartupFit],
    conflicted: impl Fn(usize) -> bool,
    limit: usize,
) -> Vec<Recommendation> {
    ranked(
        startups.iter().map(|s| fit(investor, s)).enumerate(),
        conflicted,
        limit,
    )
}

/// The investors whose thesis fits `startup` best, at most `limit`, best first.
pub fn for_startup(
    startup: &StartupFit,
    investors: &[InvestorFit],
    conflicted: impl Fn(usize) -> bool,
    limit: usize,
) -> Vec<Recommendation> {
    ranked(
        investors.iter().map(|i| fit(i, startup)).enumerate(),
        conflicted,
        limit,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn investor() -> InvestorFit {
        InvestorFit {
            sectors: vec!["clean energy".into(), "storage".into()],
            stages: vec![Stage::Seed],
            ticket_min: Some(1_000_000),
            ticket_max: Some(30_000_000),
            currency: "CNY".into(),
            geographies: vec!["CN".into()],
        }
    }

    fn startup(sectors: &[&str], stage: Stage, ask: i64, top: Option<u8>) -> StartupFit {
        StartupFit {
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
            stage,
            ask: Some(ask),
            currency: "CNY".into(),
            country: "CN".into(),
            top_percent: top,
        }
    }

    #[test]
    fn a_seed_clean_energy_startup_asking_inside_the_ticket_gives_every_reason() {
        let s = startup(&["clean energy"], Stage::Seed, 20_000_000, Some(10));
        let (score, reasons) = fit(&investor(), &s).expect("fits");
        assert_eq!(
            reasons,
            vec![
                Reason::Sectors(vec!["clean energy".into()]),
                Reason::Stage("seed".into()),
                Reason::AskInTicket {
                    amount: 20_000_000,
                    currency: "CNY".into()
                },
                Reason::Geography("CN".into()),
                Reason::TopOfTrack { percent: 10 },
            ]
        );
        assert_eq!(score, 3 + 2 + 2 + 1 + 3);
    }

    #[test]
    fn a_score_alone_or_an_ask_outside_the_ticket_is_no_fit() {
        let unrelated = startup(&["fintech"], Stage::SeriesBPlus, 20_000_000, Some(1));
        assert_eq!(fit(&investor(), &unrelated), None);
        let too_big = startup(&["storage"], Stage::Seed, 90_000_000, None);
        assert_eq!(fit(&investor(), &too_big), None);
        // In another currency the ticket says nothing: still a fit, without that reason.
        let dollars = StartupFit {
            currency: "USD".into(),
            ..too_big
        };
        let (_, reasons) = fit(&investor(), &dollars).expect("fits");
        assert!(!reasons
            .iter()
            .any(|r| matches!(r, Reason::AskInTicket { .. })));
    }

    #[test]
    fn conflicted_startups_are_never_recommended_and_better_fits_come_first() {
        let startups = vec![
            startup(&["storage"], Stage::PreSeed, 5_000_000, None),
            startup(
                &["clean energy", "storage"],
                Stage::Seed,
                5_000_000,
                Some(25),
            ),
            startup(&["clean energy"], Stage::Seed, 5_000_000, Some(5)),
            startup(&["fintech"], Stage::SeriesA, 5_000_000, Some(1)),
        ];
        let picks = for_investor(&investor(), &startups, |i| i == 2, 10);
        assert_eq!(
            picks.iter().map(|r| r.index).collect::<Vec<_>>(),
            vec![1, 0]
        );
        let both_ways = for_startup(
            &startups[1],
            &[investor(), InvestorFit::default()],
            |_| false,
            10,
        );
        assert_eq!(both_ways.len(), 1);
        assert_eq!(both_ways[0].score, picks[0].score);
    }

    proptest! {
        #[test]
        fn recommendations_are_sorted_bounded_and_never_conflicted(
            picks in proptest::collection::vec((0usize..4, 0usize..3, proptest::option::of(1u8..100)), 0..30),
            limit in 0usize..12,
            banned in 0usize..30,
        ) {
            let sectors = ["clean energy", "storage", "fintech", "ai"];
            let stages = [Stage::Seed, Stage::PreSeed, Stage::SeriesA];
            let startups: Vec<StartupFit> = picks
                .iter()
                .map(|&(s, st, top)| startup(&[sectors[s]], stages[st], 5_000_000, top))
                .collect();
            let recs = for_investor(&investor(), &startups, |i| i == banned, limit);
            prop_assert!(recs.len() <= limit);
            prop_assert!(recs.iter().all(|r| r.index != banned && !r.reasons.is_empty()));
            prop_assert!(recs.windows(2).all(|w| w[0].score >= w[1].score));
            // Every fit left out scores no more than the last one kept.
            if recs.len() == limit {
                if let Some(last) = recs.last() {
                    for (i, s) in startups.iter().enumerate() {
                        if i != banned && !recs.iter().any(|r| r.index == i) {
                            if let Some((score, _)) = fit(&investor(), s) {
                                prop_assert!(score <= last.score);
                            }
                        }
                    }
                }
            }
        }
    }
}
