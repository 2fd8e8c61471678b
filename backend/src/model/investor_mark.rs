use super::codec::{Coded, JsonText};
use domain::review::Interest;
use sea_orm::entity::prelude::*;

/// An investor's private marks on a startup: star, tags, interest.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "investor_marks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub investor_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub startup_id: Uuid,
    pub starred: bool,
    /// JSON array of tags.
    pub tags: JsonText<Vec<String>>,
    pub interest: Coded<Interest>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
