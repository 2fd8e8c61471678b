//! The staff ranking: every reviewed pitch of an edition with raw and normalised
//! means, their uncertainty and disagreement, marks as counts, and the judges'
//! calibration.

use crate::access::panel;
use crate::lookup::editions::{chosen_or_current as edition_or_current, track_names};
use crate::model::{assignment, investor_mark, review};
use crate::ServiceError;
use domain::review::Interest;
use domain::scoring::{aggregate, Score};
use domain::submission::REVIEWABLE;
use sea_orm::entity::prelude::*;
use std::collections::HashMap;
use wire::{JudgeRow, Ranking, RankingQuery, RankingRow};

pub async fn ranking(
    db: &DatabaseConnection,
    query: &RankingQuery,
) -> Result<Ranking, ServiceError> {
    let e = edition_or_current(db, query.edition).await?;
    let pitches = panel::pitches(db, e.id, &REVIEWABLE).await?;
    let ids: Vec<Uuid> = pitches.iter().map(|p| p.submission.id).collect();
    let reviews = review::Entity::find()
        .filter(review::Column::SubmissionId.is_in(ids.clone()))
        .all(db)
        .await?;
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.is_in(ids))
        .all(db)
        .await?;
    let marks = investor_mark::Entity::find()
        .filter(investor_mark::Column::StartupId.is_in(pitches.iter().map(|p| p.startup.id)))
        .all(db)
        .await?;
    let scores: Vec<Score<Uuid, Uuid>> = reviews
        .iter()
        .map(|r| Score {
            judge: r.investor_id,
            submission: r.submission_id,
            value: r.weighted,
        })
        .collect();
    let (aggregates, calibration) = aggregate(&scores);
    let by_submission: HashMap<Uuid, _> = aggregates.iter().map(|a| (a.submission, a)).collect();
    let mut assigned_per_pitch: HashMap<Uuid, u32> = HashMap::new();
    let mut assigned_per_judge: HashMap<Uuid, u32> = HashMap::new();
    for a in &assigned {
        *assigned_per_pitch.entry(a.submission_id).or_default() += 1;
        *assigned_per_judge.entry(a.investor_id).or_default() += 1;
    }
    let mut stars: HashMap<Uuid, (u32, u32)> = HashMap::new();
    for m in &marks {
        let e = stars.entry(m.startup_id).or_default();
        e.0 += u32::from(m.starred);
        e.1 += u32::from(m.interest.0 == Interest::WantMeeting);
    }
    let mut rows: Vec<RankingRow> = pitches
        .iter()
        .filter(|p| query.track.is_empty() || p.track == query.track)
        .map(|p| {
            let agg = by_submission.get(&p.submission.id);
            let (star_count, meetings) = stars.get(&p.startup.id).copied().unwrap_or_default();
            RankingRow {
                submission_id: p.submission.id,
                startup_name: p.startup.name.clone(),
                track: p.track.clone(),
                status: p.status(),
                assigned: assigned_per_pitch
                    .get(&p.submission.id)
                    .copied()
                    .unwrap_or(0),
                reviews: agg.map_or(0, |a| a.reviews as u32),
                raw_mean: agg.map(|a| a.raw_mean),
                normalised_mean: agg.map(|a| a.normalised_mean),
                standard_error: agg.and_then(|a| a.standard_error),
                disagreement: agg.is_some_and(|a| a.disagreement),
                stars: star_count,
                meeting_requests: meetings,
            }
        })
        .collect();
    sort_rows(&mut rows, &query.sort);
    let mut judge_ids: Vec<Uuid> = calibration.iter().map(|c| c.judge).collect();
    judge_ids.extend(assigned_per_judge.keys().copied());
    judge_ids.sort();
    judge_ids.dedup();
    let names: HashMap<Uuid, String> = panel::judges_by_id(db, &judge_ids)
        .await?
        .into_iter()
        .map(|j| (j.id, j.name))
        .collect();
    let calibrated: HashMap<Uuid, _> = calibration.iter().map(|c| (c.judge, c)).collect();
    let mut judges: Vec<JudgeRow> = judge_ids
        .iter()
        .map(|id| {
            let c = calibrated.get(id);
            JudgeRow {
                investor_id: *id,
                name: names
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| "Former investor".into()),
                assigned: assigned_per_judge.get(id).copied().unwrap_or(0),
                reviews: c.map_or(0, |c| c.reviews as u32),
                mean: c.map_or(0.0, |c| c.mean),
                spread: c.map_or(0.0, |c| c.spread),
                offset: c.map_or(0.0, |c| c.offset),
            }
        })
        .collect();
    judges.sort_by(|a, b| {
        a.offset
            .total_cmp(&b.offset)
            .then_with(|| a.name.cmp(&b.name))
    });
    let panel_mean = (!reviews.is_empty())
        .then(|| reviews.iter().map(|r| r.weighted).sum::<f64>() / reviews.len() as f64);
    let tracks = track_names(db, e.id).await?;
    Ok(Ranking {
        edition_id: e.id,
        edition_name: e.name,
        tracks,
        rows,
        judges,
        panel_mean,
    })
}

/// Best first; pitches without reviews last; name breaks ties so the order is stable.
fn sort_rows(rows: &mut [RankingRow], sort: &str) {
    let key = |r: &RankingRow| -> f64 {
        match sort {
            "raw" => r.raw_mean.unwrap_or(f64::NEG_INFINITY),
            "reviews" => f64::from(r.reviews),
            // Least certain first: those are the pitches that need another review.
            "se" => r.standard_error.unwrap_or(f64::INFINITY),
            _ => r.normalised_mean.unwrap_or(f64::NEG_INFINITY),
        }
    };
    if sort == "name" {
        rows.sort_by(|a, b| {
            a.startup_name
                .to_lowercase()
                .cmp(&b.startup_name.to_lowercase())
        });
    } else {
        rows.sort_by(|a, b| {
            key(b)
                .total_cmp(&key(a))
                .then_with(|| a.startup_name.cmp(&b.startup_name))
        });
    }
}
