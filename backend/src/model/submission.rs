use super::codec::Coded;
use super::{submission_event, tallies};
use chrono::Utc;
use domain::submission::{Status, REVIEWABLE};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub startup_id: Uuid,
    pub track_id: Uuid,
    pub title: String,
    pub summary: String,
    pub video_url: Option<String>,
    pub deck_file_id: Option<Uuid>,
    pub status: Coded<Status>,
    pub submitted_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn status(&self) -> Status {
        self.status.0
    }
}

/// Moves many submissions to `status` at once (same rule as [`move_to`]), for
/// one-click actions over a whole edition.
pub async fn move_all(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
    status: Status,
    actor: Option<Uuid>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    for chunk in ids.chunks(500) {
        Entity::update_many()
            .col_expr(Column::Status, Expr::value(Coded(status)))
            .col_expr(Column::UpdatedAt, Expr::value(now))
            .filter(Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await?;
        submission_event::Entity::insert_many(chunk.iter().map(|id| {
            submission_event::ActiveModel {
                id: Set(Uuid::new_v4()),
                submission_id: Set(*id),
                status: Set(Coded(status)),
                actor_id: Set(actor),
                at: Set(now),
            }
        }))
        .exec(db)
        .await?;
        if !REVIEWABLE.contains(&status) {
            for id in chunk {
                tallies::left_review(db, *id).await?;
            }
        }
    }
    Ok(())
}

/// Moves a submission to `status` and adds the step to its timeline: the one place a
/// status changes, so the timeline never disagrees with the status.
pub async fn move_to(
    db: &impl ConnectionTrait,
    submission_id: Uuid,
    status: Status,
    actor: Option<Uuid>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    ActiveModel {
        id: Set(submission_id),
        status: Set(Coded(status)),
        updated_at: Set(now),
        submitted_at: if status == Status::Submitted {
            Set(Some(now))
        } else {
            Default::default()
        },
        ..Default::default()
    }
    .update(db)
    .await?;
    submission_event::ActiveModel {
        id: Set(Uuid::new_v4()),
        submission_id: Set(submission_id),
        status: Set(Coded(status)),
        actor_id: Set(actor),
        at: Set(now),
    }
    .insert(db)
    .await?;
    if !REVIEWABLE.contains(&status) {
        tallies::left_review(db, submission_id).await?;
    }
    Ok(())
}

/// Puts a pitch back to `previous` as if the move to `undone` at or after `since` had
/// never happened: its status returns and those timeline entries go. Both statuses are
/// reviewable (decisions only move between them), so the ranking tallies stay as they are.
pub async fn restore_status(
    db: &impl ConnectionTrait,
    submission_id: Uuid,
    previous: Status,
    undone: Status,
    since: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    ActiveModel {
        id: Set(submission_id),
        status: Set(Coded(previous)),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    submission_event::Entity::delete_many()
        .filter(submission_event::Column::SubmissionId.eq(submission_id))
        .filter(submission_event::Column::Status.eq(undone.as_str()))
        .filter(submission_event::Column::At.gte(since))
        .exec(db)
        .await?;
    Ok(())
}

/// The first timeline entry of a new draft (its row already says "draft").
pub async fn record_draft(
    db: &impl ConnectionTrait,
    submission_id: Uuid,
    actor: Uuid,
) -> Result<(), DbErr> {
    submission_event::ActiveModel {
        id: Set(Uuid::new_v4()),
        submission_id: Set(submission_id),
        status: Set(Coded(Status::Draft)),
        actor_id: Set(Some(actor)),
        at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}
