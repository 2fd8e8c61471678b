use sea_orm::entity::prelude::*;

/// A conflict of interest an investor declared; automatic ones are computed, not stored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conflicts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub investor_id: Uuid,
    pub reason: String,
    pub declared_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
