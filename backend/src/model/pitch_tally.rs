use domain::scoring::Tally;
use sea_orm::entity::prelude::*;

/// The running tally of one pitch's reviews (only pitches in a reviewable status, only
/// while they have a review). Changed only in the transaction of a review change, by
/// `model::tallies`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "pitch_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub submission_id: Uuid,
    pub edition_id: Uuid,
    pub reviews: i32,
    pub raw_sum: f64,
    pub raw_sum_sq: f64,
    pub raw_min: f64,
    pub raw_max: f64,
    /// `raw_sum / reviews`, stored so the ranking sorts on an index.
    pub raw_mean: f64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn tally(&self) -> Tally {
        super::tallies::stored(self.reviews, self.raw_sum, self.raw_sum_sq)
    }
}
