use super::codec::{Coded, JsonText};
use domain::review::Decision;
use domain::submission::Status;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One decision applied to ticked pitches, kept so it can be undone while its emails
/// still wait in the outbox (`undo_until`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_batches")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub decided_by: Option<Uuid>,
    pub decision: Coded<Decision>,
    pub decided_at: DateTimeUtc,
    pub undo_until: DateTimeUtc,
    pub undone_at: Option<DateTimeUtc>,
    /// Each pitch the decision changed, with its status before.
    #[sea_orm(column_type = "Text")]
    pub changes: JsonText<Vec<Change>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub submission: Uuid,
    pub previous: Status,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
