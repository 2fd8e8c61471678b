use super::codec::JsonText;
use domain::meetings::WhyUnplaced;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The last matcher run of an edition's meeting schedule.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    pub ran_at: DateTimeUtc,
    pub ran_by: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub report: JsonText<RunReport>,
}

/// What a run achieved, by request id (names are looked up when shown).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunReport {
    pub requests: usize,
    pub placed: usize,
    /// Meetings the run moved or removed from the schedule before it.
    pub moved: usize,
    pub weight: i64,
    pub bound: i64,
    pub idle_gaps: usize,
    pub unplaced: Vec<(Uuid, WhyUnplaced)>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
