use sea_orm::entity::prelude::*;

/// An edition's meeting rules as staff set them (no row: `MeetingRules::default()`),
/// and when staff released the meeting schedule to the people in it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_rules")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    pub investor_quota: i32,
    pub startup_quota: i32,
    pub reply_hours: i32,
    pub pending_holds_slot: bool,
    pub founders_may_request: bool,
    pub released_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn rules(&self) -> domain::meetings::MeetingRules {
        let count = |n: i32| u32::try_from(n).unwrap_or(0);
        domain::meetings::MeetingRules {
            investor_quota: count(self.investor_quota),
            startup_quota: count(self.startup_quota),
            reply_hours: count(self.reply_hours),
            pending_holds_slot: self.pending_holds_slot,
            founders_may_request: self.founders_may_request,
        }
    }
}

/// The edition's meeting rules: as staff set them, else the defaults.
pub async fn rules_for(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<domain::meetings::MeetingRules, DbErr> {
    Ok(Entity::find_by_id(edition_id)
        .one(db)
        .await?
        .map(|row| row.rules())
        .unwrap_or_default())
}
