use crate::server::entities::audit_log;
use crate::server::ServiceError;
use chrono::Utc;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};

/// Appends to the audit trail, in the caller's transaction so the record and the change
/// it describes commit together.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: Option<Uuid>,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<(), ServiceError> {
    audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        actor_id: Set(actor),
        action: Set(action.to_string()),
        subject: Set(subject.to_string()),
        detail: Set(detail.to_string()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}
