use super::codec::Coded;
use domain::meetings::CheckIn;
use sea_orm::entity::prelude::*;

/// A request placed at a place and time. Unique per request, per place and start, per
/// investor and start, per startup and start: the database refuses a double booking.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub request_id: Uuid,
    pub investor_id: Uuid,
    pub startup_id: Uuid,
    pub place_id: Uuid,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// Staff fixed it: the matcher keeps it where it is.
    pub locked: bool,
    pub investor_check: Option<Coded<CheckIn>>,
    pub founder_check: Option<Coded<CheckIn>>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
