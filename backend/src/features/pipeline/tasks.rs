//! Follow-up tasks on a card: a title, a due date (required) and an owner who is a
//! member of the card's board; done or not. Rate-limited per person.

use super::{card_of, members};
use crate::db::begin_write;
use crate::model::deal_task;
use crate::platform::rate_limits::{hit, PIPELINE_TASKS_PER_USER};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::pipeline::{due_date, task_title, PipelineProblem};
use domain::FieldErrors;
use sea_orm::{entity::prelude::*, ActiveValue::Set};

/// What the task form sent.
pub struct TaskInput {
    pub title: String,
    pub due_on: String,
    /// The owner's user id; empty means `me`.
    pub owner: String,
}

/// Adds a task to a card of `me`'s board; every field's problem is reported at once.
pub async fn add(
    db: &DatabaseConnection,
    me: &SessionUser,
    card_id: Uuid,
    input: &TaskInput,
) -> Result<Uuid, ServiceError> {
    let (_, board) = card_of(db, me, card_id).await?;
    let mut errors = FieldErrors::default();
    let title = task_title(&input.title)
        .map_err(|p| errors.add("title", domain::Problem::Pipeline(p)))
        .ok();
    let due = due_date(&input.due_on)
        .map_err(|p| errors.add("due_on", domain::Problem::Pipeline(p)))
        .ok();
    let owner = match input.owner.trim() {
        "" => Some(me.id),
        raw => {
            let team = members(db, &board).await?;
            let found = raw
                .parse::<Uuid>()
                .ok()
                .filter(|id| team.iter().any(|u| u.id == *id));
            if found.is_none() {
                errors.add(
                    "owner",
                    domain::Problem::Pipeline(PipelineProblem::OwnerNotMember),
                );
            }
            found
        }
    };
    let (Some(title), Some(due), Some(owner)) = (title, due, owner) else {
        return Err(ServiceError::Invalid(errors));
    };
    hit(
        db,
        &format!("pipeline-task:{}", me.id),
        PIPELINE_TASKS_PER_USER,
    )
    .await?;
    let txn = begin_write(db).await?;
    let (card, _) = card_of(&txn, me, card_id).await?;
    let now = Utc::now();
    let id = Uuid::new_v4();
    deal_task::ActiveModel {
        id: Set(id),
        card_id: Set(card.id),
        title: Set(title),
        due_on: Set(due),
        owner: Set(owner),
        done: Set(false),
        created_by: Set(me.id),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    super::cards::worked_on(&txn, &card).await?;
    txn.commit().await?;
    Ok(id)
}

/// Marks a task of a card of `me`'s board done or not done; returns its card's id.
pub async fn set_done(
    db: &DatabaseConnection,
    me: &SessionUser,
    task_id: Uuid,
    done: bool,
) -> Result<Uuid, ServiceError> {
    let task = deal_task::Entity::find_by_id(task_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    super::cards::count_change(db, me).await?;
    let txn = begin_write(db).await?;
    let (card, _) = card_of(&txn, me, task.card_id).await?;
    if task.done != done {
        let mut row: deal_task::ActiveModel = task.into();
        row.done = Set(done);
        row.updated_at = Set(Utc::now());
        row.update(&txn).await?;
        super::cards::worked_on(&txn, &card).await?;
    }
    txn.commit().await?;
    Ok(card.id)
}
