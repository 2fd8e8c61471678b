use super::codec::Coded;
use domain::pipeline::{Event, Stage};
use sea_orm::entity::prelude::*;

/// One line of a card's history: who, when, from → to, and the reason given.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deal_moves")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub card_id: Uuid,
    pub at: DateTimeUtc,
    pub by_user: Uuid,
    pub event: Coded<Event>,
    pub from_stage: Option<Coded<Stage>>,
    pub to_stage: Coded<Stage>,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
