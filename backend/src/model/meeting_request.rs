use super::codec::Coded;
use domain::meetings::{AskedBy, RequestStatus};
use sea_orm::entity::prelude::*;

/// A meeting request between an investor and a startup (one per pair and edition).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub investor_id: Uuid,
    pub startup_id: Uuid,
    pub asked_by: Coded<AskedBy>,
    pub asked_by_user: Uuid,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    /// As stored: read it through `status_at`, which knows about expiry.
    pub status: Coded<RequestStatus>,
    /// A decline's reason or a proposal's times.
    #[sea_orm(column_type = "Text")]
    pub reply_text: String,
    pub created_at: DateTimeUtc,
    pub replied_at: Option<DateTimeUtc>,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The status as of `now` (a pending request past its deadline has expired).
    pub fn status_at(&self, now: DateTimeUtc) -> RequestStatus {
        domain::meetings::requests::status_at(self.status.0, self.expires_at, now)
    }
}
