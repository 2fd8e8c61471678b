use sea_orm::entity::prelude::*;

/// One judge's review of one submission.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub submission_id: Uuid,
    pub investor_id: Uuid,
    /// JSON object: rubric criterion id → score.
    pub scores: String,
    /// Weighted score on 0–10, kept so rankings need no rubric lookups.
    pub weighted: f64,
    pub comment: String,
    pub private_note: String,
    /// A `domain::review::Recommendation` code.
    pub recommendation: String,
    /// Staff released the comment to the founders as feedback.
    pub released: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The per-criterion scores, keyed by criterion key (stored as a JSON object).
    pub fn scores(&self) -> std::collections::HashMap<String, u8> {
        serde_json::from_str(&self.scores).unwrap_or_default()
    }
}
