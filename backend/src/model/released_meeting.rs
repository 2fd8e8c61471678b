use sea_orm::entity::prelude::*;

/// A meeting as staff last released it (the edition's rows are replaced at each
/// release): what investors and founders see on their agenda, in their calendar and in
/// their reminders, whatever staff changed in `meetings` since. `id` is the live
/// meeting's id at release; the place's name and whereabouts are copied.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "released_meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub request_id: Uuid,
    pub investor_id: Uuid,
    pub startup_id: Uuid,
    pub place_id: Uuid,
    pub place_name: String,
    pub place_location: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// The live meeting's creation and last change when it was released (the calendar's
    /// SEQUENCE counts the seconds between).
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub released_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
