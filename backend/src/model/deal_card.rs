use super::codec::Coded;
use domain::pipeline::{Place, Source, Stage};
use sea_orm::entity::prelude::*;

/// One startup on one firm's pipeline board (unique per board and startup). `stage` is
/// where the deal is, or where it died when `passed`; `furthest` the furthest stage it
/// ever reached (for the funnel).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deal_cards")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `domain::pipeline::board_key`: `firm:<folded firm>` or `user:<id>`.
    pub board: String,
    pub startup_id: Uuid,
    pub stage: Coded<Stage>,
    pub furthest: Coded<Stage>,
    pub passed: bool,
    /// Private to the board: never shown to founders or staff.
    #[sea_orm(column_type = "Text")]
    pub pass_reason: String,
    /// The investor shares the stage with the startup's founders.
    pub shared: bool,
    pub source: Coded<Source>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    /// The last move, note or task change.
    pub touched_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn place(&self) -> Place {
        Place {
            stage: self.stage.0,
            passed: self.passed,
        }
    }
}
