use sea_orm::entity::prelude::*;

/// Reviewer comments staff chose to release to the founders.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub submission_id: Uuid,
    pub body: String,
    /// The review the comment came from (none for notes staff wrote themselves).
    pub review_id: Option<Uuid>,
    pub released_by: Option<Uuid>,
    pub released_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
