use super::submission_event;
use chrono::Utc;
use domain::submission::Status;
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
    /// A `domain::Status` code.
    pub status: String,
    pub submitted_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The life-cycle status (a row the app wrote always holds a known code).
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Draft)
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
            .col_expr(Column::Status, Expr::value(status.as_str()))
            .col_expr(Column::UpdatedAt, Expr::value(now))
            .filter(Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await?;
        submission_event::Entity::insert_many(chunk.iter().map(|id| {
            submission_event::ActiveModel {
                id: Set(Uuid::new_v4()),
                submission_id: Set(*id),
                status: Set(status.as_str().to_string()),
                actor_id: Set(actor),
                at: Set(now),
            }
        }))
        .exec(db)
        .await?;
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
        status: Set(status.as_str().to_string()),
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
        status: Set(status.as_str().to_string()),
        actor_id: Set(actor),
        at: Set(now),
    }
    .insert(db)
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
        status: Set(Status::Draft.as_str().to_string()),
        actor_id: Set(Some(actor)),
        at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}
