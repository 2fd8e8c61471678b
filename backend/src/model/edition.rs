use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "editions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub name: String,
    pub city: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub time_zone: String,
    pub submission_deadline: DateTimeUtc,
    /// Until when accepted teams confirm they will pitch (none: not asked yet).
    pub attendance_deadline: Option<DateTimeUtc>,
    pub is_current: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
