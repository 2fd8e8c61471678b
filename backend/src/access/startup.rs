//! How a signed-in user stands towards a startup and its pitches (`domain::policy::
//! StartupViewer`): team member, staff, or nobody. Everything founders own is reached
//! through here, so "not yours" is always "not found".

use crate::model::{startup, submission};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use domain::account::Role;
use domain::policy::StartupViewer;
use sea_orm::{entity::prelude::*, ConnectionTrait};

/// How `viewer` stands towards the startup as a whole. Reviewer rights belong to one
/// pitch, so `features::submissions::deck_for_download` adds them for the deck it serves.
pub async fn viewer(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
    viewer: &SessionUser,
) -> Result<StartupViewer, ServiceError> {
    Ok(StartupViewer {
        member: startup::is_member(db, startup_id, viewer.id).await?,
        staff: viewer.roles.contains(&Role::Staff),
        reviewer: false,
    })
}

/// The startup, if `user` may see it; otherwise "not found", as if it did not exist.
pub async fn load_visible(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
    user: &SessionUser,
) -> Result<(startup::Model, StartupViewer), ServiceError> {
    let access = viewer(db, startup_id, user).await?;
    if !access.can_see() {
        return Err(ServiceError::NotFound);
    }
    let model = startup::Entity::find_by_id(startup_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((model, access))
}

/// Those of `ids` the public may see: opted in to the showcase with an accepted pitch.
pub async fn publicly_listed(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<std::collections::HashSet<Uuid>, ServiceError> {
    let shown: Vec<Uuid> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(ids))
        .filter(startup::Column::Showcase.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    Ok(submission::Entity::find()
        .filter(submission::Column::StartupId.is_in(shown))
        .filter(submission::Column::Status.eq(domain::submission::Status::Accepted.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.startup_id)
        .collect())
}

/// The submission and its startup, if `me` may see them; otherwise "not found".
pub async fn submission_visible(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    id: Uuid,
) -> Result<
    (
        submission::Model,
        startup::Model,
        domain::policy::StartupViewer,
    ),
    ServiceError,
> {
    let s = submission::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (startup, access) = load_visible(db, s.startup_id, me).await?;
    Ok((s, startup, access))
}
