use super::codec::JsonText;
use domain::startup::Stage;
use sea_orm::entity::prelude::*;

/// An investor's thesis (list fields are stored as JSON text).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "investor_profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub firm: String,
    pub title: String,
    pub sectors: JsonText<Vec<String>>,
    pub stages: JsonText<Vec<Stage>>,
    pub ticket_min: Option<i64>,
    pub ticket_max: Option<i64>,
    pub currency: String,
    pub geographies: JsonText<Vec<String>>,
    /// `(name, website)`; the website may be empty.
    pub portfolio: JsonText<Vec<(String, String)>>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
