//! Who reviews what: the one-click assignment of k judges to every pitch, and the
//! hand-made changes staff add on top.

use crate::access::panel::{self, Panel};
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, review_settings as settings_of};
use crate::model::codec::Coded;
use crate::model::submission::{move_all, move_to};
use crate::model::{assignment, edition, ranking_generation, review, submission, user_role};
use crate::platform::audit;
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::assignment::{assign, fit_of, sector_set, Problem, Source};
use domain::submission::Status;
use domain::submission::{OPEN_FOR_REVIEW, REVIEWABLE};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use std::collections::{HashMap, HashSet};
use wire::{
    AssignOutcome, AssignmentBoard, AssignmentRow, ConflictNote, JudgeOption, ReviewerChip,
};

async fn edition_name(db: &impl ConnectionTrait, id: Uuid) -> Result<String, ServiceError> {
    Ok(edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?
        .name)
}

async fn pairs_of(
    db: &impl ConnectionTrait,
    submission_ids: &[Uuid],
) -> Result<(Vec<assignment::Model>, Vec<review::Model>), ServiceError> {
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.is_in(submission_ids.iter().copied()))
        .all(db)
        .await?;
    let reviews = review::Entity::find()
        .filter(review::Column::SubmissionId.is_in(submission_ids.iter().copied()))
        .all(db)
        .await?;
    Ok((assigned, reviews))
}

/// Gives every open pitch k reviewers without a conflict, loads level, thesis fit
/// first. Assignments and reviews that exist are kept and counted.
pub async fn auto_assign(
    db: &DatabaseConnection,
    me: &SessionUser,
    edition_id: Uuid,
) -> Result<AssignOutcome, ServiceError> {
    let txn = begin_write(db).await?;
    edition_name(&txn, edition_id).await?;
    // The ranking's judge table counts assignments.
    ranking_generation::bump(&txn, edition_id).await?;
    let settings = settings_of(&txn, edition_id).await?;
    let panel = Panel::load(&txn, edition_id, &OPEN_FOR_REVIEW).await?;
    let ids: Vec<Uuid> = panel.pitches.iter().map(|p| p.submission.id).collect();
    let (assigned, reviews) = pairs_of(&txn, &ids).await?;
    let pitch_index: HashMap<Uuid, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let judge_index: HashMap<Uuid, usize> = panel
        .judges
        .iter()
        .enumerate()
        .map(|(i, j)| (j.id, i))
        .collect();
    let conflicted: Vec<Vec<bool>> = panel
        .pitches
        .iter()
        .map(|p| {
            panel
                .judges
                .iter()
                .map(|j| panel.conflict(p, j).is_some())
                .collect()
        })
        .collect();
    // A conflict found after assignment (a portfolio saved later) ends the assignment:
    // the judge can no longer open the pitch, so another takes the place.
    let stale: Vec<&assignment::Model> = assigned
        .iter()
        .filter(|a| {
            matches!(
                (pitch_index.get(&a.submission_id), judge_index.get(&a.investor_id)),
                (Some(&p), Some(&j)) if conflicted[p][j]
            )
        })
        .collect();
    for a in &stale {
        assignment::Entity::delete_by_id((a.submission_id, a.investor_id))
            .exec(&txn)
            .await?;
    }
    let existing: Vec<(usize, usize)> = assigned
        .iter()
        .map(|a| (a.submission_id, a.investor_id))
        .chain(reviews.iter().map(|r| (r.submission_id, r.investor_id)))
        .filter_map(|(s, j)| Some((*pitch_index.get(&s)?, *judge_index.get(&j)?)))
        .filter(|&(p, j)| !conflicted[p][j])
        .collect();
    let pitch_sectors: Vec<HashSet<String>> = panel
        .pitches
        .iter()
        .map(|p| sector_set(&p.startup.sectors()))
        .collect();
    let judge_sectors: Vec<HashSet<String>> = panel
        .judges
        .iter()
        .map(|j| sector_set(&j.sectors))
        .collect();
    let problem = Problem {
        pitches: panel.pitches.len(),
        judges: panel.judges.len(),
        k: usize::from(settings.reviews_per_pitch),
        existing,
        conflicted: |p: usize, j: usize| conflicted[p][j],
        fit: |p: usize, j: usize| {
            fit_of(
                &judge_sectors[j],
                &panel.judges[j].stages,
                &pitch_sectors[p],
                panel.pitches[p].startup.stage.0.as_str(),
            )
        },
    };
    let plan = assign(&problem);
    let now = Utc::now();
    for chunk in plan.added.chunks(500) {
        assignment::Entity::insert_many(chunk.iter().map(|&(p, j)| assignment::ActiveModel {
            submission_id: Set(ids[p]),
            investor_id: Set(panel.judges[j].id),
            source: Set(Coded(Source::Auto)),
            created_at: Set(now),
        }))
        .exec(&txn)
        .await?;
    }
    let with_reviewers: HashSet<usize> = plan
        .added
        .iter()
        .chain(problem.existing.iter())
        .map(|&(p, _)| p)
        .collect();
    // A submitted pitch that gets its first reviewer moves to "under review".
    let starting: Vec<Uuid> = with_reviewers
        .into_iter()
        .filter(|&p| panel.pitches[p].status() == Status::Submitted)
        .map(|p| ids[p])
        .collect();
    move_all(&txn, &starting, Status::UnderReview, Some(me.id)).await?;
    let short: Vec<String> = plan
        .short
        .iter()
        .map(|&(p, missing)| format!("{} (needs {missing} more)", panel.pitches[p].startup.name))
        .collect();
    audit::record(
        &txn,
        Some(me.id),
        "review.auto_assign",
        &format!("edition:{edition_id}"),
        &format!("added={} short={}", plan.added.len(), short.len()),
    )
    .await?;
    txn.commit().await?;
    Ok(AssignOutcome {
        added: plan.added.len() as u32,
        short,
    })
}

/// Assigns one judge by hand; refused when they have a conflict with the startup.
pub async fn add(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
    investor_id: Uuid,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let s = submission::Entity::find_by_id(submission_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    ranking_generation::bump(&txn, s.edition_id).await?;
    let Some(judge) = panel::judges_by_id(&txn, &[investor_id])
        .await?
        .into_iter()
        .next()
    else {
        return Err(ServiceError::field(
            "investor",
            "Choose an investor from the list.",
        ));
    };
    let is_investor = user_role::Entity::find_by_id((investor_id, Coded(Role::Investor)))
        .one(&txn)
        .await?
        .is_some();
    if !is_investor {
        return Err(ServiceError::field(
            "investor",
            "Only investors can review pitches.",
        ));
    }
    if let Some(c) = panel::conflict_between(&txn, &s, investor_id).await? {
        return Err(ServiceError::field(
            "investor",
            format!(
                "{} cannot review this pitch: conflict of interest ({})",
                judge.name,
                c.reason.trim_end_matches('.')
            ),
        ));
    }
    let status = s.status();
    if !OPEN_FOR_REVIEW.contains(&status) {
        return Err(ServiceError::Conflict(format!(
            "This pitch is {} and takes no more reviewers.",
            status.label().to_lowercase()
        )));
    }
    assignment::ActiveModel {
        submission_id: Set(submission_id),
        investor_id: Set(investor_id),
        source: Set(Coded(Source::Manual)),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(|e| {
        ServiceError::from(e).on_duplicate(|| {
            ServiceError::field(
                "investor",
                format!("{} already reviews this pitch.", judge.name),
            )
        })
    })?;
    if status == Status::Submitted {
        move_to(&txn, submission_id, Status::UnderReview, Some(me.id)).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "review.assign",
        &format!("submission:{submission_id}"),
        &format!("investor:{investor_id}"),
    )
    .await?;
    txn.commit().await?;
    Ok(s.edition_id)
}

/// Takes a judge off a pitch. A review they already wrote stays.
pub async fn remove(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
    investor_id: Uuid,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let s = submission::Entity::find_by_id(submission_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    ranking_generation::bump(&txn, s.edition_id).await?;
    let gone = assignment::Entity::delete_by_id((submission_id, investor_id))
        .exec(&txn)
        .await?;
    if gone.rows_affected == 0 {
        return Err(ServiceError::NotFound);
    }
    audit::record(
        &txn,
        Some(me.id),
        "review.unassign",
        &format!("submission:{submission_id}"),
        &format!("investor:{investor_id}"),
    )
    .await?;
    txn.commit().await?;
    Ok(s.edition_id)
}

/// Every pitch with its reviewers and conflicts, and every judge with their load.
pub async fn board(
    db: &DatabaseConnection,
    wanted: Option<Uuid>,
) -> Result<AssignmentBoard, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let (edition_id, edition_name) = (e.id, e.name);
    let settings = settings_of(db, edition_id).await?;
    let panel = Panel::load(db, edition_id, &REVIEWABLE).await?;
    let ids: Vec<Uuid> = panel.pitches.iter().map(|p| p.submission.id).collect();
    let (assigned, reviews) = pairs_of(db, &ids).await?;
    let reviewed: HashSet<(Uuid, Uuid)> = reviews
        .iter()
        .map(|r| (r.submission_id, r.investor_id))
        .collect();
    // A judge in conflict with a pitch is no reviewer of it, even if assigned before the
    // conflict was known: they appear among its conflicts, not its reviewers.
    let in_conflict: HashSet<(Uuid, Uuid)> = panel
        .pitches
        .iter()
        .flat_map(|p| {
            panel
                .judges
                .iter()
                .filter(|j| panel.conflict(p, j).is_some())
                .map(|j| (p.submission.id, j.id))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut load: HashMap<Uuid, u32> = HashMap::new();
    let mut by_pitch: HashMap<Uuid, Vec<&assignment::Model>> = HashMap::new();
    for a in assigned
        .iter()
        .filter(|a| !in_conflict.contains(&(a.submission_id, a.investor_id)))
    {
        *load.entry(a.investor_id).or_default() += 1;
        by_pitch.entry(a.submission_id).or_default().push(a);
    }
    let names: HashMap<Uuid, &str> = panel
        .judges
        .iter()
        .map(|j| (j.id, j.name.as_str()))
        .collect();
    let rows = panel
        .pitches
        .iter()
        .map(|p| AssignmentRow {
            submission_id: p.submission.id,
            startup_name: p.startup.name.clone(),
            track: p.track.clone(),
            status: p.status(),
            reviewers: by_pitch
                .get(&p.submission.id)
                .map(|v| {
                    v.iter()
                        .map(|a| ReviewerChip {
                            investor_id: a.investor_id,
                            name: names
                                .get(&a.investor_id)
                                .copied()
                                .unwrap_or("Former investor")
                                .to_string(),
                            reviewed: reviewed.contains(&(a.submission_id, a.investor_id)),
                            manual: a.source.0 == Source::Manual,
                        })
                        .collect()
                })
                .unwrap_or_default(),
            conflicts: panel
                .judges
                .iter()
                .filter_map(|j| {
                    panel.conflict(p, j).map(|c| ConflictNote {
                        investor_name: j.name.clone(),
                        reason: c.reason,
                        automatic: c.automatic,
                    })
                })
                .collect(),
        })
        .collect();
    let judges: Vec<JudgeOption> = panel
        .judges
        .iter()
        .map(|j| JudgeOption {
            id: j.id,
            name: j.name.clone(),
            load: load.get(&j.id).copied().unwrap_or(0),
        })
        .collect();
    Ok(AssignmentBoard {
        edition_id,
        edition_name,
        reviews_per_pitch: settings.reviews_per_pitch,
        min_load: judges.iter().map(|j| j.load).min().unwrap_or(0),
        max_load: judges.iter().map(|j| j.load).max().unwrap_or(0),
        rows,
        judges,
    })
}
