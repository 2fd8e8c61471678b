use sea_orm::entity::prelude::*;

/// A released schedule: a numbered, named snapshot with its changelog. The public sees
/// only these, never the draft.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "schedule_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub number: i32,
    pub name: String,
    pub changelog: String,
    /// The schedule as released, JSON.
    pub snapshot: String,
    pub released_by: Option<Uuid>,
    pub released_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
