use super::codec::Coded;
use domain::assignment::Source;
use sea_orm::entity::prelude::*;

/// An investor asked to review a submission.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assignments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub investor_id: Uuid,
    /// The pitch's edition, copied so a judge's load is counted from this table alone.
    pub edition_id: Uuid,
    pub source: Coded<Source>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
