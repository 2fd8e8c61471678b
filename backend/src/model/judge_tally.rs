use domain::scoring::Tally;
use sea_orm::entity::prelude::*;

/// The running tally of one judge's reviews in one edition (of pitches in a reviewable
/// status; no row without a review). Changed only in the transaction of a review
/// change, by `model::tallies`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "judge_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub investor_id: Uuid,
    pub reviews: i32,
    pub raw_sum: f64,
    pub raw_sum_sq: f64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn tally(&self) -> Tally {
        super::tallies::stored(self.reviews, self.raw_sum, self.raw_sum_sq)
    }
}
