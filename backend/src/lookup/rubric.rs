//! The edition's rubric as judging and live sessions read it (staff set it up in
//! `features::judging::setup`).

use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::model::rubric_criterion;
use crate::ServiceError;
use domain::lang::Lang;
use domain::review::RubricCriterion;
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};

/// The key of a criterion in forms and stored scores. It starts with a letter: the form
/// decoder reads `scores[3f…]` as a list index otherwise.
pub fn criterion_key(id: Uuid) -> String {
    format!("c{}", id.simple())
}

pub fn as_criterion(m: &rubric_criterion::Model) -> RubricCriterion {
    RubricCriterion {
        name: m.name.clone(),
        guidance: m.guidance.clone(),
        weight: u32::try_from(m.weight).unwrap_or(1),
        scale_max: u8::try_from(m.scale_max).unwrap_or(5),
        anchors: m.anchors.clone().map(|a| a.0).unwrap_or_default(),
    }
}

pub async fn stored_rubric(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<rubric_criterion::Model>, ServiceError> {
    Ok(rubric_criterion::Entity::find()
        .filter(rubric_criterion::Column::EditionId.eq(edition_id))
        .order_by_asc(rubric_criterion::Column::Position)
        .all(db)
        .await?)
}

/// The edition's rubric as `(criterion id, criterion)` in order. New editions get the
/// default rubric in their creator's language; one from before that (none has no rubric
/// otherwise) gets it in English here, so scores always point at real criteria.
pub async fn rubric_of(
    db: &DatabaseConnection,
    edition_id: Uuid,
) -> Result<Vec<(Uuid, RubricCriterion)>, ServiceError> {
    let mut stored = stored_rubric(db, edition_id).await?;
    if stored.is_empty() {
        let txn = begin_write(db).await?;
        match rubric_criterion::insert_all(&txn, edition_id, &i18n::defaults::rubric(Lang::En))
            .await
        {
            Ok(()) => txn.commit().await?,
            // Another server stored it first: use theirs.
            Err(e) if is_unique_violation(&e) => txn.rollback().await?,
            Err(e) => return Err(e.into()),
        }
        stored = stored_rubric(db, edition_id).await?;
    }
    Ok(stored.iter().map(|m| (m.id, as_criterion(m))).collect())
}
