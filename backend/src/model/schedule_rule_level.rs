use sea_orm::entity::prelude::*;

/// Staff's level for one soft schedule rule of an edition (codes of
/// `domain::schedule::{Rule, Level}`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "schedule_rule_levels")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub rule: String,
    pub level: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
