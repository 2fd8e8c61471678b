//! The calibrated standings of an edition (normalised means, their standard errors,
//! judge offsets, and with them the judges' assignment counts) as a stored snapshot. They come from the joint estimate over every
//! score (`domain::scoring::aggregate`), which no running sum can update, so the
//! snapshot remembers the review generation it was computed at and the ranking
//! recomputes it only on the first read after a review change.
//!
//! Two servers may recompute at once: both read the same scores in the same order, so
//! both compute the same standings, and the write is a compare-and-set on the
//! snapshot's generation, so only one of them writes and nobody writes an older
//! snapshot over a newer one.

use crate::db::begin_write;
use crate::model::{
    assignment, judge_standing, pitch_standing, ranking_generation, ranking_snapshot, tallies,
};
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::scoring::{aggregate, Score};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseTransaction, QuerySelect,
};
use std::collections::BTreeMap;

/// Rows written per statement.
const BATCH: usize = 500;

/// Makes the edition's stored standings current (recomputing them if a review changed
/// since), and says when they were computed.
pub async fn fresh(
    db: &DatabaseConnection,
    edition_id: Uuid,
) -> Result<DateTime<Utc>, ServiceError> {
    // The generation is read before the scores: a change committed in between makes
    // the snapshot newer than its label, never older, and the next read recomputes.
    let generation = ranking_generation::Entity::find_by_id(edition_id)
        .one(db)
        .await?
        .map_or(0, |g| g.generation);
    if let Some(s) = snapshot(db, edition_id).await? {
        if s.generation >= generation {
            return Ok(s.computed_at);
        }
    }
    let scores: Vec<Score<Uuid, Uuid>> = tallies::scores(db, edition_id)
        .await?
        .into_iter()
        .map(|(judge, submission, value)| Score {
            judge,
            submission,
            value,
        })
        .collect();
    let (aggregates, calibration) = aggregate(&scores);
    drop(scores);
    // Every judge of the edition: who reviewed (with an offset) or is assigned.
    let mut judges: BTreeMap<Uuid, (f64, i32)> = calibration
        .iter()
        .map(|c| (c.judge, (c.offset, 0)))
        .collect();
    for (judge, n) in assigned_per_judge(db, edition_id).await? {
        judges.entry(judge).or_insert((0.0, 0)).1 = i32::try_from(n).unwrap_or(i32::MAX);
    }
    let judges: Vec<(Uuid, (f64, i32))> = judges.into_iter().collect();
    let now = Utc::now();
    let txn = begin_write(db).await?;
    if claim(&txn, edition_id, generation, now).await? {
        pitch_standing::Entity::delete_many()
            .filter(pitch_standing::Column::EditionId.eq(edition_id))
            .exec(&txn)
            .await?;
        judge_standing::Entity::delete_many()
            .filter(judge_standing::Column::EditionId.eq(edition_id))
            .exec(&txn)
            .await?;
        for chunk in aggregates.chunks(BATCH) {
            pitch_standing::Entity::insert_many(chunk.iter().map(|a| {
                pitch_standing::ActiveModel {
                    submission_id: Set(a.submission),
                    edition_id: Set(edition_id),
                    normalised_mean: Set(a.normalised_mean),
                    standard_error: Set(a.standard_error),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        for chunk in judges.chunks(BATCH) {
            judge_standing::Entity::insert_many(chunk.iter().map(|(judge, (offset, assigned))| {
                judge_standing::ActiveModel {
                    edition_id: Set(edition_id),
                    investor_id: Set(*judge),
                    judge_offset: Set(*offset),
                    assigned: Set(*assigned),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        txn.commit().await?;
        return Ok(now);
    }
    // Another server wrote this generation (or a newer one) first.
    txn.rollback().await?;
    Ok(snapshot(db, edition_id)
        .await?
        .map_or(now, |s| s.computed_at))
}

/// How many of the edition's pitches in review each judge is assigned.
async fn assigned_per_judge(
    db: &DatabaseConnection,
    edition_id: Uuid,
) -> Result<Vec<(Uuid, i64)>, DbErr> {
    assignment::Entity::find()
        .select_only()
        .column(assignment::Column::InvestorId)
        .column_as(assignment::Column::SubmissionId.count(), "n")
        .filter(assignment::Column::SubmissionId.in_subquery(tallies::in_review(edition_id)))
        .group_by(assignment::Column::InvestorId)
        .into_tuple()
        .all(db)
        .await
}

async fn snapshot(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Option<ranking_snapshot::Model>, ServiceError> {
    Ok(ranking_snapshot::Entity::find_by_id(edition_id)
        .one(db)
        .await?)
}

/// The compare-and-set: moves the snapshot's label to `generation` if it is older
/// (or absent). On PostgreSQL a concurrent claimer waits on the row and then finds
/// the label already moved; SQLite lets one writer in at a time.
async fn claim(
    txn: &DatabaseTransaction,
    edition_id: Uuid,
    generation: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    use ranking_snapshot::{ActiveModel, Column, Entity};
    let inserted = Entity::insert(ActiveModel {
        edition_id: Set(edition_id),
        generation: Set(generation),
        computed_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(Column::EditionId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    if inserted == 1 {
        return Ok(true);
    }
    let moved = Entity::update_many()
        .col_expr(Column::Generation, Expr::value(generation))
        .col_expr(Column::ComputedAt, Expr::value(now))
        .filter(Column::EditionId.eq(edition_id))
        .filter(Column::Generation.lt(generation))
        .exec(txn)
        .await?;
    Ok(moved.rows_affected == 1)
}
