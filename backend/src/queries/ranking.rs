//! The staff ranking: the reviewed pitches of an edition with raw and normalised means,
//! their uncertainty and disagreement, marks as counts, and the judges' calibration.
//!
//! One page at a time, sorted and filtered in SQL: counts, raw means and disagreement
//! come from the running tallies (`model::tallies`, always current), the normalised
//! figures from the stored standings (`queries::standings`, recomputed on the first
//! read after a review changed). No read here loads the edition's reviews.

use super::catalogue::{base, count};
use super::standings;
use crate::lookup::editions::{chosen_or_current as edition_or_current, track_names, zone};
use crate::model::{
    assignment, investor_mark, judge_standing, judge_tally, pitch_standing, pitch_tally, startup,
    submission, tallies, track, user,
};
use crate::ServiceError;
use domain::review::Interest;
use domain::scoring::{disagreement, Tally};
use domain::submission::{Status, REVIEWABLE};
use sea_orm::sea_query::{
    Alias, ColumnRef, Expr, ExprTrait, IntoColumnRef, NullOrdering, Order, Query, SelectStatement,
};
use sea_orm::{entity::prelude::*, ConnectionTrait, PaginatorTrait, QuerySelect};
use std::collections::HashMap;
use wire::{JudgeRow, Ranking, RankingQuery, RankingRow};

/// Pitches a page.
pub const RANKING_PAGE: u64 = 50;
/// Judges a page of the calibration table.
pub const JUDGE_PAGE: u64 = 50;

pub async fn ranking(
    db: &DatabaseConnection,
    query: &RankingQuery,
) -> Result<Ranking, ServiceError> {
    let e = edition_or_current(db, query.edition).await?;
    let computed_at = standings::fresh(db, e.id).await?;
    let total = count(db, in_review(e.id, &query.track, false)).await?;
    let mut stmt = in_review(e.id, &query.track, true);
    let (page, pages) = page_of(&query.page, total, RANKING_PAGE);
    let first = (page - 1) * RANKING_PAGE;
    select_row(&mut stmt);
    order(&mut stmt, &query.sort);
    stmt.limit(RANKING_PAGE).offset(first);
    let mut rows = Vec::new();
    let mut startups = Vec::new();
    for (i, row) in db.query_all(&stmt).await?.into_iter().enumerate() {
        startups.push(row.try_get::<Uuid>("", "startup_id")?);
        rows.push(ranking_row(&row, first + i as u64 + 1)?);
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.submission_id).collect();
    let assigned = assigned_to(db, &ids).await?;
    let marks = marks_of(db, &startups).await?;
    for (row, startup) in rows.iter_mut().zip(&startups) {
        row.assigned = assigned.get(&row.submission_id).copied().unwrap_or(0);
        (row.stars, row.meeting_requests) = marks.get(startup).copied().unwrap_or_default();
    }
    let judge_total = judge_count(db, e.id).await?;
    let (judge_page, judge_pages) = page_of(&query.judge_page, judge_total, JUDGE_PAGE);
    let judges = judges(db, e.id, (judge_page - 1) * JUDGE_PAGE).await?;
    let panel = panel_tally(db, e.id).await?;
    let tracks = track_names(db, e.id).await?;
    Ok(Ranking {
        edition_id: e.id,
        normalised_at: computed_at
            .with_timezone(&zone(&e))
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        time_zone: e.time_zone.clone(),
        edition_name: e.name,
        tracks,
        rows,
        total,
        page,
        pages,
        judges,
        judge_total,
        judge_page,
        judge_pages,
        panel_mean: panel.mean(),
    })
}

/// The page asked for (1 if it is not a number), within 1..=pages.
fn page_of(asked: &str, total: u64, per_page: u64) -> (u64, u64) {
    let pages = Ord::max(total.div_ceil(per_page), 1);
    let page = asked.trim().parse::<u64>().unwrap_or(1).clamp(1, pages);
    (page, pages)
}

/// The edition's pitches in review, in `track_name` if one is named; `listed` joins
/// what a listed row shows (its startup and track; the count needs neither).
fn in_review(edition_id: Uuid, track_name: &str, listed: bool) -> SelectStatement {
    let mut stmt = if listed {
        base(edition_id)
    } else {
        Query::select()
            .from(submission::Entity)
            .and_where(
                Expr::col((submission::Entity, submission::Column::EditionId)).eq(edition_id),
            )
            .to_owned()
    };
    stmt.and_where(
        Expr::col((submission::Entity, submission::Column::Status))
            .is_in(REVIEWABLE.iter().map(|s| s.as_str())),
    );
    if !track_name.trim().is_empty() {
        if !listed {
            stmt.inner_join(
                track::Entity,
                Expr::col((track::Entity, track::Column::Id))
                    .equals((submission::Entity, submission::Column::TrackId)),
            );
        }
        stmt.and_where(Expr::col((track::Entity, track::Column::Name)).eq(track_name.trim()));
    }
    stmt
}

fn select_row(stmt: &mut SelectStatement) {
    stmt.left_join(
        pitch_tally::Entity,
        Expr::col((pitch_tally::Entity, pitch_tally::Column::SubmissionId))
            .equals((submission::Entity, submission::Column::Id)),
    )
    .left_join(
        pitch_standing::Entity,
        Expr::col((pitch_standing::Entity, pitch_standing::Column::SubmissionId))
            .equals((submission::Entity, submission::Column::Id)),
    );
    let mut pick = |col: ColumnRef, alias: &str| {
        stmt.expr_as(Expr::col(col), Alias::new(alias));
    };
    pick(
        (submission::Entity, submission::Column::Id).into_column_ref(),
        "submission_id",
    );
    pick(
        (startup::Entity, startup::Column::Id).into_column_ref(),
        "startup_id",
    );
    pick(
        (startup::Entity, startup::Column::Name).into_column_ref(),
        "name",
    );
    pick(
        (track::Entity, track::Column::Name).into_column_ref(),
        "track",
    );
    pick(
        (submission::Entity, submission::Column::Status).into_column_ref(),
        "status",
    );
    for (column, alias) in [
        (pitch_tally::Column::Reviews, "reviews"),
        (pitch_tally::Column::RawMean, "raw_mean"),
        (pitch_tally::Column::RawMin, "raw_min"),
        (pitch_tally::Column::RawMax, "raw_max"),
    ] {
        pick((pitch_tally::Entity, column).into_column_ref(), alias);
    }
    for (column, alias) in [
        (pitch_standing::Column::NormalisedMean, "normalised_mean"),
        (pitch_standing::Column::StandardError, "standard_error"),
    ] {
        pick((pitch_standing::Entity, column).into_column_ref(), alias);
    }
}

/// Best first; pitches without reviews last; then by name, so the order is stable
/// from page to page.
fn order(stmt: &mut SelectStatement, sort: &str) {
    let standing = |c: pitch_standing::Column| Expr::col((pitch_standing::Entity, c));
    let tally = |c: pitch_tally::Column| Expr::col((pitch_tally::Entity, c));
    match sort {
        "name" => {}
        "raw" => {
            stmt.order_by_expr_with_nulls(
                tally(pitch_tally::Column::RawMean),
                Order::Desc,
                NullOrdering::Last,
            );
        }
        "reviews" => {
            stmt.order_by_expr_with_nulls(
                tally(pitch_tally::Column::Reviews),
                Order::Desc,
                NullOrdering::Last,
            );
        }
        // Least certain first (one review or none has no ±): the pitches that need
        // another review.
        "se" => {
            stmt.order_by_expr_with_nulls(
                standing(pitch_standing::Column::StandardError),
                Order::Desc,
                NullOrdering::First,
            );
        }
        _ => {
            stmt.order_by_expr_with_nulls(
                standing(pitch_standing::Column::NormalisedMean),
                Order::Desc,
                NullOrdering::Last,
            );
        }
    }
    stmt.order_by((startup::Entity, startup::Column::SortName), Order::Asc)
        .order_by((submission::Entity, submission::Column::Id), Order::Asc);
}

fn ranking_row(row: &sea_orm::QueryResult, rank: u64) -> Result<RankingRow, ServiceError> {
    let reviews = row.try_get::<Option<i32>>("", "reviews")?.unwrap_or(0);
    let (min, max): (Option<f64>, Option<f64>) =
        (row.try_get("", "raw_min")?, row.try_get("", "raw_max")?);
    let status: String = row.try_get("", "status")?;
    Ok(RankingRow {
        rank,
        submission_id: row.try_get("", "submission_id")?,
        startup_name: row.try_get("", "name")?,
        track: row.try_get("", "track")?,
        status: Status::parse(&status).ok_or_else(|| {
            ServiceError::Internal(format!("submission status {status:?} does not decode"))
        })?,
        assigned: 0,
        reviews: u32::try_from(reviews).unwrap_or(0),
        raw_mean: row.try_get("", "raw_mean")?,
        normalised_mean: row.try_get("", "normalised_mean")?,
        standard_error: row.try_get("", "standard_error")?,
        disagreement: match (min, max) {
            (Some(min), Some(max)) => disagreement(reviews as usize, min, max),
            _ => false,
        },
        stars: 0,
        meeting_requests: 0,
    })
}

/// How many judges each of these pitches has.
async fn assigned_to(
    db: &DatabaseConnection,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, u32>, ServiceError> {
    let counts: Vec<(Uuid, i64)> = assignment::Entity::find()
        .select_only()
        .column(assignment::Column::SubmissionId)
        .column_as(assignment::Column::InvestorId.count(), "n")
        .filter(assignment::Column::SubmissionId.is_in(ids.iter().copied()))
        .group_by(assignment::Column::SubmissionId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(counts
        .into_iter()
        .map(|(id, n)| (id, u32::try_from(n).unwrap_or(0)))
        .collect())
}

/// Stars and meeting requests on these startups (counts; who is private).
async fn marks_of(
    db: &DatabaseConnection,
    startups: &[Uuid],
) -> Result<HashMap<Uuid, (u32, u32)>, ServiceError> {
    let mut marks: HashMap<Uuid, (u32, u32)> = HashMap::new();
    for m in investor_mark::Entity::find()
        .filter(investor_mark::Column::StartupId.is_in(startups.iter().copied()))
        .all(db)
        .await?
    {
        let e = marks.entry(m.startup_id).or_default();
        e.0 += u32::from(m.starred);
        e.1 += u32::from(m.interest.0 == Interest::WantMeeting);
    }
    Ok(marks)
}

/// How many judges the calibration table lists: everyone who reviewed or is assigned
/// (as of the standings snapshot).
async fn judge_count(db: &DatabaseConnection, edition_id: Uuid) -> Result<u64, ServiceError> {
    Ok(judge_standing::Entity::find()
        .filter(judge_standing::Column::EditionId.eq(edition_id))
        .count(db)
        .await?)
}

/// One page of judges from `first`, harshest first: the snapshot's offset and
/// assignments, the tallies' reviews, mean and spread, the current name.
async fn judges(
    db: &DatabaseConnection,
    edition_id: Uuid,
    first: u64,
) -> Result<Vec<JudgeRow>, ServiceError> {
    let standing = |c: judge_standing::Column| Expr::col((judge_standing::Entity, c));
    let tally = |c: judge_tally::Column| Expr::col((judge_tally::Entity, c));
    let stmt = Query::select()
        .from(judge_standing::Entity)
        .left_join(
            judge_tally::Entity,
            tally(judge_tally::Column::EditionId)
                .equals((judge_standing::Entity, judge_standing::Column::EditionId))
                .and(
                    tally(judge_tally::Column::InvestorId)
                        .equals((judge_standing::Entity, judge_standing::Column::InvestorId)),
                ),
        )
        .left_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((judge_standing::Entity, judge_standing::Column::InvestorId)),
        )
        .expr_as(
            standing(judge_standing::Column::InvestorId),
            Alias::new("investor_id"),
        )
        .expr_as(
            standing(judge_standing::Column::JudgeOffset),
            Alias::new("judge_offset"),
        )
        .expr_as(
            standing(judge_standing::Column::Assigned),
            Alias::new("assigned"),
        )
        .expr_as(tally(judge_tally::Column::Reviews), Alias::new("reviews"))
        .expr_as(tally(judge_tally::Column::RawSum), Alias::new("raw_sum"))
        .expr_as(
            tally(judge_tally::Column::RawSumSq),
            Alias::new("raw_sum_sq"),
        )
        .expr_as(
            Expr::col((user::Entity, user::Column::DisplayName)),
            Alias::new("name"),
        )
        .and_where(standing(judge_standing::Column::EditionId).eq(edition_id))
        .order_by(
            (judge_standing::Entity, judge_standing::Column::JudgeOffset),
            Order::Asc,
        )
        .order_by((user::Entity, user::Column::DisplayName), Order::Asc)
        .order_by(
            (judge_standing::Entity, judge_standing::Column::InvestorId),
            Order::Asc,
        )
        .limit(JUDGE_PAGE)
        .offset(first)
        .to_owned();
    let mut judges = Vec::new();
    for row in db.query_all(&stmt).await? {
        let t = tallies::stored(
            row.try_get::<Option<i32>>("", "reviews")?.unwrap_or(0),
            row.try_get::<Option<f64>>("", "raw_sum")?.unwrap_or(0.0),
            row.try_get::<Option<f64>>("", "raw_sum_sq")?.unwrap_or(0.0),
        );
        judges.push(JudgeRow {
            investor_id: row.try_get("", "investor_id")?,
            name: row.try_get::<Option<String>>("", "name")?,
            assigned: u32::try_from(row.try_get::<i32>("", "assigned")?).unwrap_or(0),
            reviews: t.count,
            mean: t.mean().unwrap_or(0.0),
            spread: t.spread(),
            offset: row.try_get("", "judge_offset")?,
        });
    }
    Ok(judges)
}

/// Every review of the edition's pitches in review, as one tally (the panel).
async fn panel_tally(db: &DatabaseConnection, edition_id: Uuid) -> Result<Tally, ServiceError> {
    let sums: Option<(Option<i64>, Option<f64>, Option<f64>)> = judge_tally::Entity::find()
        .select_only()
        .column_as(judge_tally::Column::Reviews.sum(), "reviews")
        .column_as(judge_tally::Column::RawSum.sum(), "raw_sum")
        .column_as(judge_tally::Column::RawSumSq.sum(), "raw_sum_sq")
        .filter(judge_tally::Column::EditionId.eq(edition_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(match sums {
        Some((Some(n), Some(sum), Some(sum_sq))) => {
            tallies::stored(i32::try_from(n).unwrap_or(i32::MAX), sum, sum_sq)
        }
        _ => Tally::default(),
    })
}
