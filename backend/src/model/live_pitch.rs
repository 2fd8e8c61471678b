use super::codec::Coded;
use domain::live::PitchStatus;
use sea_orm::entity::prelude::*;

/// A pitch of a live session's running order (copied from the released schedule when
/// the session opens; staff reorder and mark it on the day).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "live_pitches")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub session_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: Uuid,
    pub startup_id: Uuid,
    pub startup: String,
    pub one_liner: String,
    pub track: String,
    pub position: i32,
    pub status: Coded<PitchStatus>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
