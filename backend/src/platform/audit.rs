use crate::model::{audit_log, user};
use crate::ServiceError;
use chrono::Utc;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};
use std::collections::HashMap;
use wire::{AuditEntry, AuditPage};

pub const AUDIT_PAGE: u64 = 50;

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

/// The newest entries first, 50 a page (`page` counts from 1).
pub async fn list(db: &DatabaseConnection, page: u64) -> Result<AuditPage, ServiceError> {
    // Far beyond any log, and small enough that the offset cannot overflow.
    let page = page.clamp(1, 1_000_000);
    let rows = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::CreatedAt)
        .order_by_desc(audit_log::Column::Id)
        .offset((page - 1) * AUDIT_PAGE)
        .limit(AUDIT_PAGE + 1)
        .all(db)
        .await?;
    let has_next = rows.len() as u64 > AUDIT_PAGE;
    let actor_ids: Vec<Uuid> = rows.iter().filter_map(|r| r.actor_id).collect();
    let names: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(actor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, format!("{} <{}>", u.display_name, u.email)))
        .collect();
    let entries = rows
        .into_iter()
        .take(AUDIT_PAGE as usize)
        .map(|r| AuditEntry {
            at: r.created_at,
            actor: r.actor_id.and_then(|id| names.get(&id).cloned()),
            action: r.action,
            subject: r.subject,
            detail: r.detail,
        })
        .collect();
    Ok(AuditPage {
        entries,
        page,
        has_next,
    })
}
