use super::codec::Coded;
use domain::review::Visibility;
use sea_orm::entity::prelude::*;

/// How an edition's review runs; absent until staff first save it (defaults apply).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "review_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    pub reviews_per_pitch: i32,
    pub phase_open: bool,
    pub visibility: Coded<Visibility>,
    pub blind: bool,
    pub browse: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
