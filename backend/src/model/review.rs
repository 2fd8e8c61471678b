use super::codec::{Coded, JsonText};
use domain::review::Recommendation;
use sea_orm::entity::prelude::*;
use std::collections::BTreeMap;

/// One judge's review of one submission.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub submission_id: Uuid,
    pub investor_id: Uuid,
    /// JSON object: rubric criterion id → score.
    /// Per-criterion scores by criterion key.
    pub scores: JsonText<BTreeMap<String, u8>>,
    /// Weighted score on 0–10, kept so rankings need no rubric lookups.
    pub weighted: f64,
    pub comment: String,
    pub private_note: String,
    pub recommendation: Coded<Recommendation>,
    /// Staff released the comment to the founders as feedback.
    pub released: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The per-criterion scores, keyed by criterion key.
    pub fn scores(&self) -> BTreeMap<String, u8> {
        self.scores.0.clone()
    }
}
