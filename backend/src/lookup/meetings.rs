//! An edition's meeting rules and release as every meetings feature reads them (the
//! request side checks quotas and reply hours, the staff side runs and releases).

use crate::model::meeting_rule;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::meetings::MeetingRules;
use sea_orm::{entity::prelude::*, ConnectionTrait};

/// The edition's meeting rules, or the defaults before staff saved any.
pub async fn rules(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<MeetingRules, ServiceError> {
    Ok(row(db, edition_id)
        .await?
        .map(|r| r.rules())
        .unwrap_or_default())
}

/// The stored row (none before staff saved rules or released).
pub async fn row(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Option<meeting_rule::Model>, ServiceError> {
    Ok(meeting_rule::Entity::find_by_id(edition_id).one(db).await?)
}

/// When staff released the edition's meeting schedule to the people in it (none: the
/// schedule is staff's draft, and nobody else sees a meeting).
pub async fn released_at(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Option<DateTime<Utc>>, ServiceError> {
    Ok(row(db, edition_id).await?.and_then(|r| r.released_at))
}
