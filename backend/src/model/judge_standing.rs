use sea_orm::entity::prelude::*;

/// A judge of the edition (reviewed or assigned) in the last snapshot: the calibrated
/// offset (`domain::scoring::aggregate`; 0 without a review) and how many pitches in
/// review they are assigned.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "judge_standings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub investor_id: Uuid,
    pub judge_offset: f64,
    pub assigned: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
