use sea_orm::entity::prelude::*;

/// A pitch's calibrated standing from the last snapshot (`domain::scoring::aggregate`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "pitch_standings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: Uuid,
    pub edition_id: Uuid,
    pub normalised_mean: f64,
    pub standard_error: Option<f64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
