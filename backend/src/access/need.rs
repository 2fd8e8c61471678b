//! How a person stands towards a technology need (`domain::needs::NeedViewer`), and the
//! one extra door to a pitch's deck: the poster of a need the startup responded to with
//! that deck linked. Features (needs, the deck download) ask here.

use crate::model::{need, need_response, startup_member};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use domain::account::Role;
use domain::needs::NeedViewer;
use sea_orm::{entity::prelude::*, ConnectionTrait};

pub fn viewer(me: Option<&SessionUser>, n: &need::Model) -> NeedViewer {
    NeedViewer {
        signed_in: me.is_some(),
        staff: me.is_some_and(|u| u.roles.contains(&Role::Staff)),
        poster: me.is_some_and(|u| u.id == n.posted_by),
    }
}

/// The need, if `me` may see it; otherwise "not found", as if it did not exist.
pub async fn visible(
    db: &impl ConnectionTrait,
    me: Option<&SessionUser>,
    id: Uuid,
) -> Result<(need::Model, NeedViewer), ServiceError> {
    let n = need::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let v = viewer(me, &n);
    if !v.can_see(n.visibility.0) {
        return Err(ServiceError::NotFound);
    }
    Ok((n, v))
}

/// The startups `user_id` is on the team of.
pub async fn teams_of(db: &impl ConnectionTrait, user_id: Uuid) -> Result<Vec<Uuid>, ServiceError> {
    Ok(startup_member::Entity::find()
        .filter(startup_member::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.startup_id)
        .collect())
}

/// Whether `me` posted a need to which the deck of `submission_id` was linked by a
/// response: the poster may then open that deck.
pub async fn deck_shared_with(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    submission_id: Uuid,
) -> Result<bool, ServiceError> {
    let responses = need_response::Entity::find()
        .filter(need_response::Column::DeckSubmissionId.eq(submission_id))
        .all(db)
        .await?;
    if responses.is_empty() {
        return Ok(false);
    }
    Ok(need::Entity::find()
        .filter(need::Column::Id.is_in(responses.iter().map(|r| r.need_id)))
        .filter(need::Column::PostedBy.eq(me.id))
        .one(db)
        .await?
        .is_some())
}
