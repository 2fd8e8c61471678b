use super::codec::JsonText;
use domain::review::ScoreAnchor;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rubric_criteria")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub edition_id: Uuid,
    pub position: i32,
    pub name: String,
    pub guidance: String,
    pub weight: i32,
    pub scale_max: i32,
    /// What some scale points mean; NULL for none.
    pub anchors: Option<JsonText<Vec<ScoreAnchor>>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Stores `criteria` as the rubric of an edition that has none, in their order.
pub async fn insert_all(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    criteria: &[domain::review::RubricCriterion],
) -> Result<(), DbErr> {
    for (position, c) in criteria.iter().enumerate() {
        ActiveModel {
            id: sea_orm::ActiveValue::Set(Uuid::new_v4()),
            edition_id: sea_orm::ActiveValue::Set(edition_id),
            position: sea_orm::ActiveValue::Set(position as i32),
            name: sea_orm::ActiveValue::Set(c.name.clone()),
            guidance: sea_orm::ActiveValue::Set(c.guidance.clone()),
            weight: sea_orm::ActiveValue::Set(c.weight as i32),
            scale_max: sea_orm::ActiveValue::Set(i32::from(c.scale_max)),
            anchors: sea_orm::ActiveValue::Set(stored_anchors(&c.anchors)),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The column's value for `anchors`: NULL when there are none.
pub fn stored_anchors(anchors: &[ScoreAnchor]) -> Option<JsonText<Vec<ScoreAnchor>>> {
    (!anchors.is_empty()).then(|| JsonText(anchors.to_vec()))
}
