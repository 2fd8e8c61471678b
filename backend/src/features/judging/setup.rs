//! Each edition's review settings and rubric, as staff configure them.

use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, review_settings as settings_of};
use crate::model::codec::Coded;
use crate::model::{edition, review, review_setting, rubric_criterion, submission};
use crate::platform::audit;
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::review::{ReviewSetupInput, RubricCriterion};
use domain::Problem;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use wire::ReviewSetup;

use crate::lookup::rubric::{as_criterion, stored_rubric};
pub use crate::lookup::rubric::{criterion_key, rubric_of};

async fn reviews_exist(db: &impl ConnectionTrait, edition_id: Uuid) -> Result<bool, ServiceError> {
    let ids: Vec<Uuid> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    if ids.is_empty() {
        return Ok(false);
    }
    Ok(review::Entity::find()
        .filter(review::Column::SubmissionId.is_in(ids))
        .one(db)
        .await?
        .is_some())
}

/// The setup of edition `wanted`, or of the current edition.
pub async fn setup(
    db: &DatabaseConnection,
    wanted: Option<Uuid>,
) -> Result<ReviewSetup, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let edition_id = e.id;
    let rubric: Vec<RubricCriterion> = rubric_of(db, edition_id)
        .await?
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    let settings = settings_of(db, edition_id).await?;
    Ok(ReviewSetup {
        edition_id,
        edition_name: e.name,
        form: ReviewSetupInput::from_settings(&settings, &rubric),
        rubric_locked: reviews_exist(db, edition_id).await?,
    })
}

/// Same criteria, scales and weights: only guidance and anchors differ.
fn same_shape(a: &[RubricCriterion], b: &[RubricCriterion]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.name == y.name && x.weight == y.weight && x.scale_max == y.scale_max)
}

pub async fn save(
    db: &DatabaseConnection,
    me: &SessionUser,
    edition_id: Uuid,
    input: &ReviewSetupInput,
) -> Result<(), ServiceError> {
    let (settings, rubric) = input.parse().map_err(ServiceError::Invalid)?;
    rubric_of(db, edition_id).await?;
    let txn = begin_write(db).await?;
    edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let current = stored_rubric(&txn, edition_id).await?;
    let current_criteria: Vec<RubricCriterion> = current.iter().map(as_criterion).collect();
    if same_shape(&current_criteria, &rubric) {
        for (row, wanted) in current.into_iter().zip(&rubric) {
            if as_criterion(&row) != *wanted {
                let mut active: rubric_criterion::ActiveModel = row.into();
                active.guidance = Set(wanted.guidance.clone());
                active.anchors = Set(rubric_criterion::stored_anchors(&wanted.anchors));
                active.update(&txn).await?;
            }
        }
    } else {
        if reviews_exist(&txn, edition_id).await? {
            return Err(ServiceError::field("rubric", Problem::RubricInUse));
        }
        rubric_criterion::Entity::delete_many()
            .filter(rubric_criterion::Column::EditionId.eq(edition_id))
            .exec(&txn)
            .await?;
        rubric_criterion::insert_all(&txn, edition_id, &rubric).await?;
    }
    let row = review_setting::ActiveModel {
        edition_id: Set(edition_id),
        reviews_per_pitch: Set(i32::from(settings.reviews_per_pitch)),
        phase_open: Set(settings.phase_open),
        visibility: Set(Coded(settings.visibility)),
        blind: Set(settings.blind),
        browse: Set(settings.browse),
        updated_at: Set(Utc::now()),
    };
    if review_setting::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .is_some()
    {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "review.setup",
        &format!("edition:{edition_id}"),
        &format!(
            "k={} open={} visibility={} blind={} browse={} criteria={} anchors={}",
            settings.reviews_per_pitch,
            settings.phase_open,
            settings.visibility.as_str(),
            settings.blind,
            settings.browse,
            rubric.len(),
            rubric.iter().map(|c| c.anchors.len()).sum::<usize>()
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
