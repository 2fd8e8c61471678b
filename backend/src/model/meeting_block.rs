use sea_orm::entity::prelude::*;

/// A span of one day cut into meetings (`domain::meetings::Block`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_blocks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub meeting_minutes: i32,
    pub buffer_minutes: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn block(&self) -> domain::meetings::Block {
        let minutes = |n: i32| u32::try_from(n).unwrap_or(0);
        domain::meetings::Block {
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            meeting_minutes: minutes(self.meeting_minutes),
            buffer_minutes: minutes(self.buffer_minutes),
        }
    }
}
