//! Staff's side of judging: the ranking with judge calibration, decisions (one or many
//! at once), and releasing reviewers' comments to founders as feedback.

use super::panel::{self, REVIEWABLE};
use super::pitches::{move_to, status_of};
use super::reviews::edition_or_current;
use super::sessions::SessionUser;
use super::{audit, outbox, startups};
use crate::db::begin_write;
use crate::entities::{
    assignment, edition, feedback, investor_mark, review, rubric_criterion, submission,
};
use crate::ServiceError;
use chrono::Utc;
use domain::review::{decidable, Decision, Interest, Recommendation};
use domain::scoring::{aggregate, Score};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::HashMap;
use wire::{
    ConflictNote, JudgeRow, Ranking, RankingQuery, RankingRow, StaffReview, SubmissionReviews,
};

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
        e.1 += u32::from(Interest::parse(&m.interest) == Ok(Interest::WantMeeting));
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
    let tracks = super::editions::track_names(db, e.id).await?;
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

async fn edition_names(
    db: &impl ConnectionTrait,
    subs: &[submission::Model],
) -> Result<HashMap<Uuid, String>, ServiceError> {
    Ok(edition::Entity::find()
        .filter(edition::Column::Id.is_in(subs.iter().map(|s| s.edition_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect())
}

async fn tell_team(
    db: &impl ConnectionTrait,
    public_url: &str,
    edition_name: &str,
    s: &submission::Model,
    subject: &str,
    message: &str,
) -> Result<(), ServiceError> {
    for (_, member) in startups::members(db, s.startup_id).await? {
        let body = format!(
            "Hello {},\n\n{message}\n\nYour pitch \"{}\" to {edition_name}:\n\n{public_url}/startups/{}/pitch?edition={}\n",
            member.display_name,
            s.title,
            s.startup_id,
            s.edition_id
        );
        outbox::enqueue(db, &member.email, subject, &body).await?;
    }
    Ok(())
}

/// Decides on every pitch in `ids`, or on none: one that cannot take the decision
/// refuses the whole batch. Founders hear about it by email.
pub async fn decide(
    db: &DatabaseConnection,
    me: &SessionUser,
    public_url: &str,
    ids: &[Uuid],
    decision: Decision,
) -> Result<u32, ServiceError> {
    if ids.is_empty() {
        return Err(ServiceError::field("ids", "Tick at least one pitch first."));
    }
    let target = decision.status();
    let txn = begin_write(db).await?;
    let subs = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ids.iter().copied()))
        .all(&txn)
        .await?;
    if subs.len() != ids.iter().collect::<std::collections::HashSet<_>>().len() {
        return Err(ServiceError::NotFound);
    }
    let mut refused = Vec::new();
    for s in &subs {
        if let Err(why) = decidable(status_of(s)) {
            refused.push(format!("{}: {why}", s.title));
        }
    }
    if !refused.is_empty() {
        return Err(ServiceError::Conflict(format!(
            "Nothing was changed. {}",
            refused.join(" ")
        )));
    }
    let editions = edition_names(&txn, &subs).await?;
    let mut changed = 0;
    for s in &subs {
        if s.status == target.as_str() {
            continue;
        }
        move_to(&txn, s.id, target, Some(me.id)).await?;
        tell_team(
            &txn,
            public_url,
            editions.get(&s.edition_id).map_or("", String::as_str),
            s,
            &format!("Your pitch: {}", target.label()),
            target.explanation(),
        )
        .await?;
        audit::record(
            &txn,
            Some(me.id),
            &format!("decision.{}", decision.as_str()),
            &format!("submission:{}", s.id),
            &s.title,
        )
        .await?;
        changed += 1;
    }
    txn.commit().await?;
    Ok(changed)
}

/// Every review of one pitch for staff, with the conflicts declared or found.
pub async fn submission_reviews(
    db: &DatabaseConnection,
    submission_id: Uuid,
) -> Result<SubmissionReviews, ServiceError> {
    let s = submission::Entity::find_by_id(submission_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let panel = panel::Panel::of(db, panel::pitches_of(db, vec![s.clone()]).await?).await?;
    let pitch = panel.pitches.first().ok_or(ServiceError::NotFound)?;
    let reviews = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(s.id))
        .order_by_asc(review::Column::CreatedAt)
        .all(db)
        .await?;
    let criteria: HashMap<String, String> = rubric_criterion::Entity::find()
        .filter(rubric_criterion::Column::EditionId.eq(s.edition_id))
        .order_by_asc(rubric_criterion::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (super::review_setup::criterion_key(c.id), c.name))
        .collect();
    let names: HashMap<Uuid, &str> = panel
        .judges
        .iter()
        .map(|j| (j.id, j.name.as_str()))
        .collect();
    let conflicts = panel
        .judges
        .iter()
        .filter_map(|j| {
            panel.conflict(pitch, j).map(|c| ConflictNote {
                investor_name: j.name.clone(),
                reason: c.reason,
                automatic: c.automatic,
            })
        })
        .collect();
    Ok(SubmissionReviews {
        submission_id: s.id,
        edition_id: s.edition_id,
        startup_name: pitch.startup.name.clone(),
        title: s.title.clone(),
        status: pitch.status(),
        reviews: reviews
            .iter()
            .map(|r| {
                let scores: HashMap<String, u8> =
                    serde_json::from_str(&r.scores).unwrap_or_default();
                StaffReview {
                    id: r.id,
                    judge: names
                        .get(&r.investor_id)
                        .copied()
                        .unwrap_or("Former investor")
                        .to_string(),
                    weighted: r.weighted,
                    recommendation: Recommendation::parse(&r.recommendation)
                        .map(|x| x.label().to_string())
                        .unwrap_or_default(),
                    scores: criteria
                        .iter()
                        .filter_map(|(k, name)| scores.get(k).map(|v| (name.clone(), *v)))
                        .collect(),
                    comment: r.comment.clone(),
                    released: r.released,
                }
            })
            .collect(),
        conflicts,
    })
}

/// Makes exactly the comments of `chosen` reviews visible to the founders.
pub async fn release_feedback(
    db: &DatabaseConnection,
    me: &SessionUser,
    public_url: &str,
    submission_id: Uuid,
    chosen: &[Uuid],
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let s = submission::Entity::find_by_id(submission_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let reviews = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(s.id))
        .all(&txn)
        .await?;
    if chosen.iter().any(|id| !reviews.iter().any(|r| r.id == *id)) {
        return Err(ServiceError::NotFound);
    }
    let now = Utc::now();
    let mut newly = 0;
    for r in reviews {
        let want = chosen.contains(&r.id) && !r.comment.is_empty();
        if want == r.released {
            continue;
        }
        if want {
            feedback::ActiveModel {
                id: Set(Uuid::new_v4()),
                submission_id: Set(s.id),
                body: Set(r.comment.clone()),
                review_id: Set(Some(r.id)),
                released_by: Set(Some(me.id)),
                released_at: Set(now),
            }
            .insert(&txn)
            .await?;
            newly += 1;
        } else {
            feedback::Entity::delete_many()
                .filter(feedback::Column::ReviewId.eq(r.id))
                .exec(&txn)
                .await?;
        }
        let mut active: review::ActiveModel = r.into();
        active.released = Set(want);
        active.update(&txn).await?;
    }
    if newly > 0 {
        let editions = edition_names(&txn, std::slice::from_ref(&s)).await?;
        tell_team(
            &txn,
            public_url,
            editions.get(&s.edition_id).map_or("", String::as_str),
            &s,
            "New feedback on your pitch",
            "The organisers shared reviewers' feedback on your pitch. Read it on your pitch page.",
        )
        .await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "feedback.release",
        &format!("submission:{}", s.id),
        &format!("{} comment(s) shown", chosen.len()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
