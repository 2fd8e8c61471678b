//! How an investor stands towards a pitch as a judge (`domain::review::ReviewAccess`):
//! assigned, allowed to browse, conflicted. Every judge's door (the scoring form, the
//! others' scores, the marks, the deck) opens only through here.

use super::panel;
use crate::lookup::editions;
use crate::model::{assignment, submission};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use domain::account::Role;
use domain::review::{ReviewAccess, ReviewSettings};
use domain::submission::REVIEWABLE;
use sea_orm::{entity::prelude::*, ConnectionTrait};

/// How `me` stands towards submission `s` as a judge.
pub async fn access(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    s: &submission::Model,
) -> Result<(ReviewAccess, ReviewSettings), ServiceError> {
    let settings = editions::review_settings(db, s.edition_id).await?;
    if !me.roles.contains(&Role::Investor) || !REVIEWABLE.contains(&s.status()) {
        return Ok((ReviewAccess::default(), settings));
    }
    let assigned = assignment::Entity::find_by_id((s.id, me.id))
        .one(db)
        .await?
        .is_some();
    let conflicted = panel::conflict_between(db, s, me.id).await?.is_some();
    Ok((
        ReviewAccess {
            assigned,
            browse_allowed: settings.browse,
            conflicted,
        },
        settings,
    ))
}

pub async fn can_open(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    s: &submission::Model,
) -> Result<bool, ServiceError> {
    Ok(access(db, me, s).await?.0.can_open())
}

/// The submission, if `me` may review it; otherwise "not found", as if it did not exist.
pub async fn open(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    submission_id: Uuid,
) -> Result<(submission::Model, ReviewAccess, ReviewSettings), ServiceError> {
    let s = submission::Entity::find_by_id(submission_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (access, settings) = access(db, me, &s).await?;
    if !access.can_open() {
        return Err(ServiceError::NotFound);
    }
    Ok((s, access, settings))
}
