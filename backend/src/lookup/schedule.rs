//! The released schedule as stored: each version's JSON snapshot, read by the rounds
//! feature (agenda, feeds, the next release's comparison) and by live sessions (the
//! running order and panel a session opens with).

use crate::model::schedule_version;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};
use serde::{Deserialize, Serialize};

/// A released schedule as stored (JSON in `schedule_versions.snapshot`): everything
/// the agenda, the personal pages, the feeds and the next release's comparison need,
/// with the account ids that never leave the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub sessions: Vec<SnapshotSession>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotSession {
    pub id: Uuid,
    pub title: String,
    pub track: Option<String>,
    pub room: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub slots: Vec<SnapshotSlot>,
    pub panel: Vec<SnapshotJudge>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotSlot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub submission_id: Uuid,
    pub startup_id: Uuid,
    pub startup: String,
    pub one_liner: String,
    pub founders: Vec<Uuid>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotJudge {
    pub id: Uuid,
    pub name: String,
}

/// The latest released version of an edition, if any.
pub async fn latest(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Option<(schedule_version::Model, Snapshot)>, ServiceError> {
    let found = schedule_version::Entity::find()
        .filter(schedule_version::Column::EditionId.eq(edition_id))
        .order_by_desc(schedule_version::Column::Number)
        .one(db)
        .await?;
    Ok(found.and_then(|v| {
        let snapshot = serde_json::from_str(&v.snapshot).ok()?;
        Some((v, snapshot))
    }))
}
