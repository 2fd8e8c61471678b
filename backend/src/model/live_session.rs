use super::codec::Coded;
use domain::live::{LiveState, Phase};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait};

/// A pitch session on the day: open or closed, who is on stage and since when.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "live_sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub session_id: Uuid,
    pub edition_id: Uuid,
    pub state: Coded<LiveState>,
    pub current_submission: Option<Uuid>,
    pub phase: Option<Coded<Phase>>,
    pub phase_started_at: Option<DateTimeUtc>,
    /// Bumped by every write to the session's live rows; boards poll it.
    pub version: i64,
    pub results_released: bool,
    pub opened_at: DateTimeUtc,
    pub closed_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Something of the session changed in this transaction: its version moves on. On
/// PostgreSQL the row lock also queues the session's writers until commit.
pub async fn bump(db: &impl ConnectionTrait, session_id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::Version, Expr::col(Column::Version).add(1))
        .filter(Column::SessionId.eq(session_id))
        .exec(db)
        .await?;
    Ok(())
}
