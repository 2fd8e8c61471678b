use super::codec::Coded;
use domain::deals::{AgreementKind, AgreementStatus, Confirmer};
use sea_orm::entity::prelude::*;

/// A signed outcome of an edition between a startup and a counterparty (an account
/// here, or a name typed).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agreements")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub startup_id: Uuid,
    pub counterparty_id: Option<Uuid>,
    pub counterparty_name: String,
    pub kind: Coded<AgreementKind>,
    /// Whole units of `currency`.
    pub amount: i64,
    pub currency: String,
    pub signed_on: Date,
    pub need_id: Option<Uuid>,
    pub meeting_request_id: Option<Uuid>,
    pub recorded_by: Uuid,
    pub created_at: DateTimeUtc,
    /// Only confirmed agreements count in totals.
    pub status: Coded<AgreementStatus>,
    /// Who must answer while pending.
    pub waiting_for: Option<Coded<Confirmer>>,
    pub answered_by: Option<Uuid>,
    pub answered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
