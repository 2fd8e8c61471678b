use super::codec::Coded;
use domain::attendance::Answer;
use sea_orm::entity::prelude::*;

/// An accepted pitch's answer to "will you pitch?": one row a pitch, replaced by a later
/// answer until the edition's confirmation deadline.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attendance")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: Uuid,
    pub answer: Coded<Answer>,
    /// Why the team declined (empty when confirmed or not said).
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub answered_by: Option<Uuid>,
    pub answered_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
