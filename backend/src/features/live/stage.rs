//! A session's stage rubric: staff may judge on stage with fewer criteria than the
//! edition's rubric (at least one; none chosen: the whole rubric). Judges see and are
//! checked against only these; the ranking stays `domain::live::rank`. It cannot change
//! once a judge has scored in the session (409).

use super::session;
use crate::db::begin_write;
use crate::lookup::rubric::{as_criterion, criterion_key, rubric_of, stored_rubric};
use crate::model::{live_session, live_stage_criterion, live_verdict};
use crate::platform::audit;
use crate::ServiceError;
use domain::live::{parse_stage_choice, stage_rubric};
use domain::review::RubricCriterion;
use domain::Clash;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, PaginatorTrait};
use wire::StageCriterion;

async fn chosen(db: &impl ConnectionTrait, session_id: Uuid) -> Result<Vec<Uuid>, ServiceError> {
    Ok(live_stage_criterion::Entity::find()
        .filter(live_stage_criterion::Column::SessionId.eq(session_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.criterion_id)
        .collect())
}

/// The session's stage rubric as `(criterion id, criterion)` in rubric order, from the
/// edition's rubric (`rubric`, as `rubric_of` or `stored_rubric` read it).
pub(crate) async fn of_rubric(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    rubric: &[(Uuid, RubricCriterion)],
) -> Result<Vec<(Uuid, RubricCriterion)>, ServiceError> {
    Ok(stage_rubric(rubric, &chosen(db, session_id).await?))
}

/// The stage rubric of a session of `edition_id` (the edition's default rubric is
/// stored first if it has none).
pub(crate) async fn criteria(
    db: &DatabaseConnection,
    edition_id: Uuid,
    session_id: Uuid,
) -> Result<Vec<(Uuid, RubricCriterion)>, ServiceError> {
    let rubric = rubric_of(db, edition_id).await?;
    of_rubric(db, session_id, &rubric).await
}

/// The stage rubric as stored, for the ranking (read inside other reads; no default
/// rubric is written here: a session with scores has one).
pub(crate) async fn stored(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    session_id: Uuid,
) -> Result<Vec<(Uuid, RubricCriterion)>, ServiceError> {
    let rubric: Vec<(Uuid, RubricCriterion)> = stored_rubric(db, edition_id)
        .await?
        .iter()
        .map(|m| (m.id, as_criterion(m)))
        .collect();
    of_rubric(db, session_id, &rubric).await
}

/// Whether any judge has scored in the session (the stage rubric is then fixed).
pub(crate) async fn scored(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<bool, ServiceError> {
    Ok(live_verdict::Entity::find()
        .filter(live_verdict::Column::SessionId.eq(session_id))
        .count(db)
        .await?
        > 0)
}

/// The edition's rubric with the session's choice ticked, for the run of show.
pub(crate) async fn choice(
    db: &DatabaseConnection,
    edition_id: Uuid,
    session_id: Uuid,
) -> Result<Vec<StageCriterion>, ServiceError> {
    let rubric = rubric_of(db, edition_id).await?;
    let stage: Vec<Uuid> = of_rubric(db, session_id, &rubric)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    Ok(rubric
        .into_iter()
        .map(|(id, c)| StageCriterion {
            key: criterion_key(id),
            name: c.name,
            weight: c.weight,
            scale_max: c.scale_max,
            chosen: stage.contains(&id),
        })
        .collect())
}

/// Sets the session's stage rubric to the ticked criteria (`keys`, as `criterion_key`
/// writes them): at least one (a problem beside the list), refused (409) once a judge
/// has scored in the session. Choosing every criterion stores nothing: the default.
pub async fn set(
    db: &DatabaseConnection,
    actor: Uuid,
    session_id: Uuid,
    keys: &[String],
) -> Result<(), ServiceError> {
    let s = session(db, session_id).await?;
    let rubric = rubric_of(db, s.edition.id).await?;
    let all: Vec<String> = rubric.iter().map(|(id, _)| criterion_key(*id)).collect();
    let picked = parse_stage_choice(&all, keys).map_err(|p| ServiceError::field("criteria", p))?;
    let txn = begin_write(db).await?;
    if scored(&txn, session_id).await? {
        return Err(ServiceError::Conflict(Clash::LiveStageScored));
    }
    live_stage_criterion::Entity::delete_many()
        .filter(live_stage_criterion::Column::SessionId.eq(session_id))
        .exec(&txn)
        .await?;
    if picked.len() < all.len() {
        for (id, _) in rubric
            .iter()
            .filter(|(id, _)| picked.contains(&criterion_key(*id)))
        {
            live_stage_criterion::ActiveModel {
                session_id: Set(session_id),
                criterion_id: Set(*id),
            }
            .insert(&txn)
            .await?;
        }
    }
    live_session::bump(&txn, session_id).await?;
    let names: Vec<&str> = rubric
        .iter()
        .filter(|(id, _)| picked.contains(&criterion_key(*id)))
        .map(|(_, c)| c.name.as_str())
        .collect();
    audit::record(
        &txn,
        Some(actor),
        "live.stage_rubric",
        &format!("session:{session_id}"),
        &names.join(", "),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
