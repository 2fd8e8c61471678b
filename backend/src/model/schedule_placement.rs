use sea_orm::entity::prelude::*;

/// A pitch in the draft schedule: its session and slot (index into the session's
/// slots). The primary key places a pitch at most once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "schedule_placements")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: Uuid,
    pub edition_id: Uuid,
    pub session_id: Uuid,
    pub slot: i32,
    pub locked: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
