use super::codec::Coded;
use domain::needs::{NeedVisibility, Outcome};
use sea_orm::entity::prelude::*;

/// A technology need posted by an investor or a corporate.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "needs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub posted_by: Uuid,
    pub title: String,
    pub sector: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub budget_min: i64,
    pub budget_max: i64,
    pub currency: String,
    pub deadline: Date,
    pub country: String,
    pub visibility: Coded<NeedVisibility>,
    pub outcome: Option<Coded<Outcome>>,
    pub outcome_startup_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub outcome_note: String,
    pub closed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// Taking responses on `today`: not closed, deadline not passed.
    pub fn is_open(&self, today: Date) -> bool {
        domain::needs::is_open(self.closed_at.is_some(), self.deadline, today)
    }
}
