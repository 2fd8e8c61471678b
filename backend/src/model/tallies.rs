//! The ranking's bookkeeping, kept in the transaction of every review change: a running
//! tally per pitch and per judge (`pitch_tallies`, `judge_tallies`; the sums of
//! `domain::scoring::Tally`) and the edition's generation (`ranking_generations`), so
//! the ranking reads fresh raw figures without reading the reviews and knows when its
//! stored standings are stale.
//!
//! Invariant: the tallies of an edition are the tallies of the reviews of its pitches
//! in a reviewable status (`domain::submission::REVIEWABLE`), and they change only in
//! a transaction that changes those reviews (or moves a reviewed pitch out of review),
//! through [`open`]. `rebuild` computes them from the reviews (the bench's bulk load;
//! the tests compare both).

use super::{judge_tally, pitch_tally, ranking_generation, review, submission};
use domain::scoring::Tally;
use domain::submission::REVIEWABLE;
use sea_orm::sea_query::{OnConflict, Query, SelectStatement};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// An edition's tallies, opened for a change inside a write transaction.
pub struct Tallies<'a, C: ConnectionTrait> {
    db: &'a C,
    edition_id: Uuid,
}

/// Opens `edition_id`'s tallies for a change: call it first in the write transaction,
/// before reading what the change replaces. It bumps the edition's generation (its
/// standings snapshot is stale from now on); on PostgreSQL that takes the generation
/// row's lock until commit, so the review changes of one edition apply one after the
/// other and every read after `open` sees the changes before (SQLite's `BEGIN
/// IMMEDIATE` already lets one writer in at a time).
pub async fn open<C: ConnectionTrait>(db: &C, edition_id: Uuid) -> Result<Tallies<'_, C>, DbErr> {
    ranking_generation::bump(db, edition_id).await?;
    Ok(Tallies { db, edition_id })
}

impl<C: ConnectionTrait> Tallies<'_, C> {
    /// `investor_id`'s review of `submission_id` went from `before` to `after` (weighted
    /// scores; `None` where there was or is no review); the review row is already
    /// written. A pitch outside review (withdrawn meanwhile) is not tallied.
    pub async fn review_changed(
        &self,
        submission_id: Uuid,
        investor_id: Uuid,
        before: Option<f64>,
        after: Option<f64>,
    ) -> Result<(), DbErr> {
        let reviewable = submission::Entity::find_by_id(submission_id)
            .one(self.db)
            .await?
            .is_some_and(|s| REVIEWABLE.contains(&s.status()));
        if !reviewable || before == after {
            return Ok(());
        }
        self.retally_pitch(submission_id).await?;
        let mut judge = self.judge(investor_id).await?;
        if let Some(b) = before {
            judge = judge.without(b);
        }
        if let Some(a) = after {
            judge = judge.with(a);
        }
        self.save_judge(investor_id, judge).await
    }

    /// The pitch's tally from its reviews: a handful of rows, and exact (a minimum
    /// or maximum that leaves cannot be undone from the sums).
    async fn retally_pitch(&self, submission_id: Uuid) -> Result<(), DbErr> {
        let values: Vec<f64> = review::Entity::find()
            .select_only()
            .column(review::Column::Weighted)
            .filter(review::Column::SubmissionId.eq(submission_id))
            .into_tuple()
            .all(self.db)
            .await?;
        save_pitch(self.db, self.edition_id, submission_id, &values).await
    }

    async fn judge(&self, investor_id: Uuid) -> Result<Tally, DbErr> {
        Ok(
            judge_tally::Entity::find_by_id((self.edition_id, investor_id))
                .one(self.db)
                .await?
                .map(|t| t.tally())
                .unwrap_or_default(),
        )
    }

    async fn save_judge(&self, investor_id: Uuid, tally: Tally) -> Result<(), DbErr> {
        save_judge(self.db, self.edition_id, investor_id, tally).await
    }

    /// The pitch left review (withdrawn): its reviews no longer count.
    async fn pitch_left(&self, submission_id: Uuid) -> Result<(), DbErr> {
        let reviews: Vec<(Uuid, f64)> = review::Entity::find()
            .select_only()
            .column(review::Column::InvestorId)
            .column(review::Column::Weighted)
            .filter(review::Column::SubmissionId.eq(submission_id))
            .into_tuple()
            .all(self.db)
            .await?;
        for (investor_id, value) in reviews {
            let judge = self.judge(investor_id).await?;
            self.save_judge(investor_id, judge.without(value)).await?;
        }
        pitch_tally::Entity::delete_by_id(submission_id)
            .exec(self.db)
            .await?;
        Ok(())
    }
}

/// A submission moved to a status outside review: its assignments no longer count
/// (the generation moves on) and, if its reviews were tallied, they stop counting.
/// (Nothing moves back into review with reviews: see
/// `domain::submission::Status::may_move_to`.)
pub async fn left_review(db: &impl ConnectionTrait, submission_id: Uuid) -> Result<(), DbErr> {
    let Some(s) = submission::Entity::find_by_id(submission_id)
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let tallies = open(db, s.edition_id).await?;
    if pitch_tally::Entity::find_by_id(submission_id)
        .one(db)
        .await?
        .is_some()
    {
        tallies.pitch_left(submission_id).await?;
    }
    Ok(())
}

/// The tally row of a pitch whose reviews score `values` (`None` without a review).
fn pitch_row(
    edition_id: Uuid,
    submission_id: Uuid,
    values: &[f64],
) -> Option<pitch_tally::ActiveModel> {
    let tally = Tally::of(values.iter().copied());
    Some(pitch_tally::ActiveModel {
        submission_id: Set(submission_id),
        edition_id: Set(edition_id),
        reviews: Set(count(tally)),
        raw_sum: Set(tally.sum),
        raw_sum_sq: Set(tally.sum_sq),
        raw_min: Set(values.iter().copied().fold(f64::INFINITY, f64::min)),
        raw_max: Set(values.iter().copied().fold(f64::NEG_INFINITY, f64::max)),
        raw_mean: Set(tally.mean()?),
    })
}

async fn save_pitch(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    submission_id: Uuid,
    values: &[f64],
) -> Result<(), DbErr> {
    use pitch_tally::{Column, Entity};
    let Some(row) = pitch_row(edition_id, submission_id, values) else {
        Entity::delete_by_id(submission_id).exec(db).await?;
        return Ok(());
    };
    Entity::insert(row)
        .on_conflict(
            OnConflict::column(Column::SubmissionId)
                .update_columns([
                    Column::Reviews,
                    Column::RawSum,
                    Column::RawSumSq,
                    Column::RawMin,
                    Column::RawMax,
                    Column::RawMean,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

async fn save_judge(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    investor_id: Uuid,
    tally: Tally,
) -> Result<(), DbErr> {
    use judge_tally::{ActiveModel, Column, Entity};
    if tally.count == 0 {
        Entity::delete_by_id((edition_id, investor_id))
            .exec(db)
            .await?;
        return Ok(());
    }
    Entity::insert(ActiveModel {
        edition_id: Set(edition_id),
        investor_id: Set(investor_id),
        reviews: Set(count(tally)),
        raw_sum: Set(tally.sum),
        raw_sum_sq: Set(tally.sum_sq),
    })
    .on_conflict(
        OnConflict::columns([Column::EditionId, Column::InvestorId])
            .update_columns([Column::Reviews, Column::RawSum, Column::RawSumSq])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The stored count of a tally (a database integer).
fn count(tally: Tally) -> i32 {
    i32::try_from(tally.count).unwrap_or(i32::MAX)
}

/// A tally from its stored columns.
pub fn stored(reviews: i32, sum: f64, sum_sq: f64) -> Tally {
    Tally {
        count: u32::try_from(reviews).unwrap_or(0),
        sum,
        sum_sq,
    }
}

/// The ids of the edition's pitches in review (`REVIEWABLE`), as a subquery.
pub fn in_review(edition_id: Uuid) -> SelectStatement {
    Query::select()
        .column(submission::Column::Id)
        .from(submission::Entity)
        .and_where(submission::Column::EditionId.eq(edition_id))
        .and_where(submission::Column::Status.is_in(REVIEWABLE.iter().map(|s| s.as_str())))
        .to_owned()
}

/// Every (judge, submission, weighted score) of the edition's pitches in review, by
/// submission then judge: the one input of the tallies and of the joint estimate.
pub async fn scores(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<(Uuid, Uuid, f64)>, DbErr> {
    review::Entity::find()
        .select_only()
        .column(review::Column::InvestorId)
        .column(review::Column::SubmissionId)
        .column(review::Column::Weighted)
        .filter(review::Column::SubmissionId.in_subquery(in_review(edition_id)))
        .order_by_asc(review::Column::SubmissionId)
        .order_by_asc(review::Column::InvestorId)
        .into_tuple()
        .all(db)
        .await
}

/// Computes `edition_id`'s tallies from its reviews, replacing what is stored (for a
/// bulk load that wrote review rows directly, and to check the running tallies).
/// Needs memory for the edition's scores: a maintenance step, never a page read.
pub async fn rebuild(db: &impl ConnectionTrait, edition_id: Uuid) -> Result<(), DbErr> {
    open(db, edition_id).await?;
    pitch_tally::Entity::delete_many()
        .filter(pitch_tally::Column::EditionId.eq(edition_id))
        .exec(db)
        .await?;
    judge_tally::Entity::delete_many()
        .filter(judge_tally::Column::EditionId.eq(edition_id))
        .exec(db)
        .await?;
    let scores = scores(db, edition_id).await?;
    let mut pitches: Vec<(Uuid, Vec<f64>)> = Vec::new();
    let mut judges: HashMap<Uuid, Tally> = HashMap::new();
    for (judge, submission, value) in scores {
        match pitches.last_mut() {
            Some((s, values)) if *s == submission => values.push(value),
            _ => pitches.push((submission, vec![value])),
        }
        let t = judges.entry(judge).or_default();
        *t = t.with(value);
    }
    for chunk in pitches.chunks(500) {
        pitch_tally::Entity::insert_many(
            chunk.iter().filter_map(|(submission_id, values)| {
                pitch_row(edition_id, *submission_id, values)
            }),
        )
        .exec_without_returning(db)
        .await?;
    }
    let judges: Vec<(Uuid, Tally)> = judges.into_iter().collect();
    for chunk in judges.chunks(500) {
        judge_tally::Entity::insert_many(chunk.iter().map(|(investor_id, tally)| {
            judge_tally::ActiveModel {
                edition_id: Set(edition_id),
                investor_id: Set(*investor_id),
                reviews: Set(count(*tally)),
                raw_sum: Set(tally.sum),
                raw_sum_sq: Set(tally.sum_sq),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}
