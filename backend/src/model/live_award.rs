use super::codec::Coded;
use domain::live::AwardKind;
use sea_orm::entity::prelude::*;

/// A finalist, a track's winner (named by the track) or a named award's winner.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "live_awards")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub session_id: Uuid,
    pub edition_id: Uuid,
    pub submission_id: Uuid,
    pub kind: Coded<AwardKind>,
    pub name: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
