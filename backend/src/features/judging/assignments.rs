//! Who reviews what: the one-click assignment of k judges to every pitch, and the
//! hand-made changes staff add on top.

use crate::access::panel::{self, Panel};
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, review_settings as settings_of};
use crate::model::codec::Coded;
use crate::model::submission::{move_all, move_to};
use crate::model::{
    assignment, edition, ranking_generation, review, submission, track, user, user_role,
};
use crate::platform::audit;
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::assignment::{assign, fit_of, sector_set, JudgePick, Problem, Source};
use domain::paging::page_of;
use domain::submission::{starts_review, Status};
use domain::submission::{OPEN_FOR_REVIEW, REVIEWABLE};
use sea_orm::sea_query::{Asterisk, Expr, ExprTrait, Func, Query};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};
use std::collections::{HashMap, HashSet};
use wire::{
    AssignOutcome, AssignmentBoard, AssignmentRow, BoardQuery, ConflictNote, JudgeOption,
    ReviewerChip,
};

async fn edition_of(db: &impl ConnectionTrait, id: Uuid) -> Result<edition::Model, ServiceError> {
    edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Submitted pitches with reviewers whose edition's deadline has passed.
async fn due_for_review(
    db: &impl ConnectionTrait,
    now: chrono::DateTime<Utc>,
) -> Result<Vec<Uuid>, ServiceError> {
    let past: Vec<Uuid> = edition::Entity::find()
        .filter(edition::Column::SubmissionDeadline.lt(now))
        .select_only()
        .column(edition::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    if past.is_empty() {
        return Ok(Vec::new());
    }
    Ok(submission::Entity::find()
        .filter(submission::Column::EditionId.is_in(past))
        .filter(submission::Column::Status.eq(Status::Submitted.as_str()))
        .filter(
            submission::Column::Id.in_subquery(
                Query::select()
                    .column(assignment::Column::SubmissionId)
                    .from(assignment::Entity)
                    .to_owned(),
            ),
        )
        .select_only()
        .column(submission::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// Moves every submitted pitch that has reviewers and whose deadline has passed to
/// "under review" (`domain::submission::starts_review`): run by the server every minute,
/// so a pitch assigned before its deadline starts its review when the deadline passes.
/// Returns how many moved. Reads first, so a quiet minute takes no write lock.
pub async fn start_due_reviews(
    db: &DatabaseConnection,
    now: chrono::DateTime<Utc>,
) -> Result<usize, ServiceError> {
    if due_for_review(db, now).await?.is_empty() {
        return Ok(0);
    }
    let txn = begin_write(db).await?;
    let due = due_for_review(&txn, now).await?;
    move_all(&txn, &due, Status::UnderReview, None).await?;
    txn.commit().await?;
    Ok(due.len())
}

/// The assignments of these pitches, and who reviewed which (submission, judge): only
/// the pair is read of a review, not its scores and comments.
async fn pairs_of(
    db: &impl ConnectionTrait,
    submission_ids: &[Uuid],
) -> Result<(Vec<assignment::Model>, Vec<(Uuid, Uuid)>), ServiceError> {
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::SubmissionId.is_in(submission_ids.iter().copied()))
        .all(db)
        .await?;
    let reviews = review::Entity::find()
        .select_only()
        .column(review::Column::SubmissionId)
        .column(review::Column::InvestorId)
        .filter(review::Column::SubmissionId.is_in(submission_ids.iter().copied()))
        .into_tuple()
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
    let deadline = edition_of(&txn, edition_id).await?.submission_deadline;
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
        .chain(reviews.iter().copied())
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
            edition_id: Set(edition_id),
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
    // A submitted pitch with reviewers moves to "under review" only once its deadline
    // has passed: until then its founders may still edit it, so it stays "submitted"
    // with its reviewers (`start_due_reviews` moves it when the deadline passes).
    let starting: Vec<Uuid> = with_reviewers
        .into_iter()
        .filter(|&p| starts_review(panel.pitches[p].status(), true, false, now, deadline))
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

/// Which investor staff meant in the "add a reviewer" field: an id (older forms and API
/// callers), `Name <email>` as the list offers it, an email, or a name typed in full.
async fn resolve_judge(db: &impl ConnectionTrait, typed: &str) -> Result<Uuid, ServiceError> {
    let choose = || ServiceError::field("investor", domain::Problem::NotAJudge);
    if let Ok(id) = Uuid::parse_str(typed.trim()) {
        return Ok(id);
    }
    let candidates: Vec<user::Model> = match JudgePick::parse(typed).ok_or_else(choose)? {
        JudgePick::Email(email) => {
            user::Entity::find()
                .filter(user::Column::Email.eq(email))
                .all(db)
                .await?
        }
        JudgePick::Name(name) => {
            user::Entity::find()
                .filter(
                    Expr::expr(Func::lower(Expr::col(user::Column::DisplayName)))
                        .eq(name.to_lowercase()),
                )
                .all(db)
                .await?
        }
    };
    let investors =
        panel::investor_ids(db, Some(candidates.iter().map(|u| u.id).collect())).await?;
    match investors.as_slice() {
        [one] => Ok(*one),
        [] => Err(choose()),
        _ => Err(ServiceError::field(
            "investor",
            domain::Problem::AmbiguousJudge,
        )),
    }
}

/// Assigns one judge by hand; refused when they have a conflict with the startup.
pub async fn add(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
    typed_judge: &str,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let s = submission::Entity::find_by_id(submission_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    ranking_generation::bump(&txn, s.edition_id).await?;
    let investor_id = resolve_judge(&txn, typed_judge).await?;
    let Some(judge) = panel::judges_by_id(&txn, &[investor_id])
        .await?
        .into_iter()
        .next()
    else {
        return Err(ServiceError::field("investor", domain::Problem::NotAJudge));
    };
    let is_investor = user_role::Entity::find_by_id((investor_id, Coded(Role::Investor)))
        .one(&txn)
        .await?
        .is_some();
    if !is_investor {
        return Err(ServiceError::field(
            "investor",
            domain::Problem::OnlyInvestorsReview,
        ));
    }
    if let Some(c) = panel::conflict_between(&txn, &s, investor_id).await? {
        return Err(ServiceError::field(
            "investor",
            domain::Problem::JudgeConflicted {
                judge: judge.name,
                reason: c.reason,
            },
        ));
    }
    let status = s.status();
    if !OPEN_FOR_REVIEW.contains(&status) {
        return Err(ServiceError::Conflict(domain::Clash::NoMoreReviewers(
            status,
        )));
    }
    assignment::ActiveModel {
        submission_id: Set(submission_id),
        investor_id: Set(investor_id),
        edition_id: Set(s.edition_id),
        source: Set(Coded(Source::Manual)),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(|e| {
        ServiceError::from(e).on_duplicate(|| {
            ServiceError::field(
                "investor",
                domain::Problem::AlreadyReviews {
                    judge: judge.name.clone(),
                },
            )
        })
    })?;
    // Before the deadline the pitch stays "submitted" (founders may still edit it).
    let deadline = edition_of(&txn, s.edition_id).await?.submission_deadline;
    if starts_review(status, true, false, Utc::now(), deadline) {
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

/// Rows on one page of the assignment board.
pub const BOARD_PAGE: u64 = 50;

/// One page of the edition's pitches with their reviewers and conflicts, and every judge
/// with their load. Only the page's pitches are loaded and checked for conflicts, so the
/// cost of a page does not grow with the edition; loads are one grouped count.
pub async fn board(
    db: &DatabaseConnection,
    query: &BoardQuery,
) -> Result<AssignmentBoard, ServiceError> {
    let e = chosen_or_current(db, query.edition).await?;
    let (edition_id, edition_name) = (e.id, e.name);
    let settings = settings_of(db, edition_id).await?;
    let tracks = track::Entity::find()
        .filter(track::Column::EditionId.eq(edition_id))
        .order_by_asc(track::Column::Position)
        .all(db)
        .await?;
    let chosen_track = tracks
        .iter()
        .find(|t| t.name == query.track.trim())
        .map(|t| (t.id, t.name.clone()));
    let mut select = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.is_in(REVIEWABLE.iter().map(|s| s.as_str())));
    if let Some((id, _)) = &chosen_track {
        select = select.filter(submission::Column::TrackId.eq(*id));
    }
    let total = select.clone().count(db).await?;
    let (page, pages) = page_of(&query.page, total, BOARD_PAGE);
    let subs = select
        .order_by_asc(submission::Column::SubmittedAt)
        .order_by_asc(submission::Column::Id)
        .offset((page - 1) * BOARD_PAGE)
        .limit(BOARD_PAGE)
        .all(db)
        .await?;
    let panel = Panel::of(db, panel::pitches_of(db, subs).await?).await?;
    let ids: Vec<Uuid> = panel.pitches.iter().map(|p| p.submission.id).collect();
    let (assigned, reviews) = pairs_of(db, &ids).await?;
    let reviewed: HashSet<(Uuid, Uuid)> = reviews.into_iter().collect();
    let names: HashMap<Uuid, &str> = panel
        .judges
        .iter()
        .map(|j| (j.id, j.name.as_str()))
        .collect();
    let rows = panel
        .pitches
        .iter()
        .map(|p| {
            // A judge in conflict with a pitch is no reviewer of it, even if assigned
            // before the conflict was known: they appear among its conflicts instead.
            let conflicts: Vec<(Uuid, ConflictNote)> = panel
                .judges
                .iter()
                .filter_map(|j| {
                    panel.conflict(p, j).map(|c| {
                        let note = ConflictNote {
                            investor_name: j.name.clone(),
                            reason: c.reason,
                            automatic: c.automatic,
                        };
                        (j.id, note)
                    })
                })
                .collect();
            let reviewers = assigned
                .iter()
                .filter(|a| a.submission_id == p.submission.id)
                .filter(|a| !conflicts.iter().any(|(j, _)| *j == a.investor_id))
                .map(|a| ReviewerChip {
                    investor_id: a.investor_id,
                    name: names.get(&a.investor_id).copied().map(str::to_owned),
                    reviewed: reviewed.contains(&(a.submission_id, a.investor_id)),
                    manual: a.source.0 == Source::Manual,
                })
                .collect();
            AssignmentRow {
                submission_id: p.submission.id,
                startup_name: p.startup.name.clone(),
                track: p.track.clone(),
                status: p.status(),
                reviewers,
                conflicts: conflicts.into_iter().map(|(_, note)| note).collect(),
            }
        })
        .collect();
    let load = loads(db, edition_id).await?;
    let judges: Vec<JudgeOption> = panel
        .judges
        .iter()
        .map(|j| JudgeOption {
            id: j.id,
            name: j.name.clone(),
            email: j.email.clone(),
            load: load.get(&j.id).copied().unwrap_or(0),
        })
        .collect();
    Ok(AssignmentBoard {
        edition_id,
        edition_name,
        reviews_per_pitch: settings.reviews_per_pitch,
        min_load: judges.iter().map(|j| j.load).min().unwrap_or(0),
        max_load: judges.iter().map(|j| j.load).max().unwrap_or(0),
        tracks: tracks.into_iter().map(|t| t.name).collect(),
        track: chosen_track.map(|(_, name)| name).unwrap_or_default(),
        total,
        page,
        pages,
        rows,
        judges,
    })
}

/// How many pitches of the edition each judge is assigned, counted in the database.
/// (An assignment made before a conflict came to light still counts here until staff
/// remove it; the board shows that judge among the pitch's conflicts.)
///
/// Two grouped counts, both served by indexes: every assignment of the edition (by
/// its `(edition_id, investor_id)` index, in order), less those on the few pitches no
/// longer reviewable (drafts and withdrawn ones, found by the submissions' status index).
/// One count joining each assignment to its pitch's status took four to six times as long.
async fn loads(
    db: &DatabaseConnection,
    edition_id: Uuid,
) -> Result<HashMap<Uuid, u32>, ServiceError> {
    let all = Query::select()
        .column(assignment::Column::InvestorId)
        // COUNT(*), not of a column: the index alone answers it, no row is read.
        .expr_as(Expr::col(Asterisk).count(), "assigned")
        .from(assignment::Entity)
        .and_where(Expr::col(assignment::Column::EditionId).eq(edition_id))
        .group_by_col(assignment::Column::InvestorId)
        .to_owned();
    let not_reviewable = Status::ALL.into_iter().filter(|s| !REVIEWABLE.contains(s));
    let gone = Query::select()
        .column((assignment::Entity, assignment::Column::InvestorId))
        .expr_as(
            Expr::col((assignment::Entity, assignment::Column::SubmissionId)).count(),
            "assigned",
        )
        .from(submission::Entity)
        .inner_join(
            assignment::Entity,
            Expr::col((assignment::Entity, assignment::Column::SubmissionId))
                .equals((submission::Entity, submission::Column::Id)),
        )
        .and_where(Expr::col((submission::Entity, submission::Column::EditionId)).eq(edition_id))
        .and_where(
            Expr::col((submission::Entity, submission::Column::Status))
                .is_in(not_reviewable.map(|s| s.as_str())),
        )
        .group_by_col((assignment::Entity, assignment::Column::InvestorId))
        .to_owned();
    let mut load: HashMap<Uuid, i64> = HashMap::new();
    for (stmt, sign) in [(all, 1), (gone, -1)] {
        for row in db.query_all(&stmt).await? {
            let investor: Uuid = row.try_get("", "investor_id")?;
            let assigned: i64 = row.try_get("", "assigned")?;
            *load.entry(investor).or_default() += sign * assigned;
        }
    }
    Ok(load
        .into_iter()
        .map(|(investor, n)| (investor, u32::try_from(Ord::max(n, 0)).unwrap_or(u32::MAX)))
        .collect())
}
