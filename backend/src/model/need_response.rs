use sea_orm::entity::prelude::*;

/// A startup's response to a need (one per startup per need).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "need_responses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub need_id: Uuid,
    pub startup_id: Uuid,
    pub responded_by: Uuid,
    #[sea_orm(column_type = "Text")]
    pub proposal: String,
    /// The startup's pitch whose deck the poster may open (linked, not copied).
    pub deck_submission_id: Option<Uuid>,
    pub shortlisted: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
