//! Every email is first a row in the outbox, written in the same transaction as the
//! change that causes it. A sender loop delivers rows over SMTP when configured; without
//! SMTP, staff read the outbox in the UI.

use crate::model::outbox;
use crate::ServiceError;
use chrono::{Duration, Utc};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{
    entity::prelude::*, ActiveValue::Set, ConnectionTrait, PaginatorTrait, QueryOrder, QuerySelect,
};
use wire::{OutboxMessage, OutboxPage};

pub const PAGE_SIZE: u64 = 25;
pub const MAX_ATTEMPTS: i32 = 5;

pub async fn enqueue(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<(), ServiceError> {
    outbox::ActiveModel {
        id: Set(Uuid::new_v4()),
        to_email: Set(to.to_string()),
        subject: Set(subject.to_string()),
        body: Set(body.to_string()),
        created_at: Set(Utc::now()),
        claimed_at: Set(None),
        sent_at: Set(None),
        attempts: Set(0),
        last_error: Set(None),
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn list(
    db: &DatabaseConnection,
    page: u64,
    smtp_enabled: bool,
    public_url: &str,
) -> Result<OutboxPage, ServiceError> {
    let paginator = outbox::Entity::find()
        .order_by_desc(outbox::Column::CreatedAt)
        .order_by_desc(outbox::Column::Id)
        .paginate(db, PAGE_SIZE);
    let counts = paginator.num_items_and_pages().await?;
    let page = Ord::min(page, counts.number_of_pages.saturating_sub(1));
    let rows = paginator.fetch_page(page).await?;
    Ok(OutboxPage {
        messages: rows
            .into_iter()
            .map(|m| OutboxMessage {
                id: m.id,
                to_email: m.to_email,
                subject: m.subject,
                body: m.body,
                created_at: m.created_at,
                sent_at: m.sent_at,
                last_error: m.last_error,
            })
            .collect(),
        page,
        pages: Ord::max(counts.number_of_pages, 1),
        total: counts.number_of_items,
        smtp_enabled,
        link_origin: public_url.trim_end_matches('/').to_string(),
    })
}

/// Claims up to `limit` unsent messages for this instance. The conditional update makes
/// the claim safe when several instances run the sender at once; a claim older than five
/// minutes is considered abandoned (its instance died) and may be taken again.
pub async fn claim(
    db: &DatabaseConnection,
    limit: u64,
) -> Result<Vec<outbox::Model>, ServiceError> {
    let now = Utc::now();
    let stale = now - Duration::minutes(5);
    let candidates = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::Attempts.lt(MAX_ATTEMPTS))
        .filter(
            outbox::Column::ClaimedAt
                .is_null()
                .or(outbox::Column::ClaimedAt.lt(stale)),
        )
        .order_by_asc(outbox::Column::CreatedAt)
        .limit(limit)
        .all(db)
        .await?;
    let mut claimed = Vec::new();
    for message in candidates {
        let result = outbox::Entity::update_many()
            .col_expr(outbox::Column::ClaimedAt, Expr::value(now))
            .filter(outbox::Column::Id.eq(message.id))
            .filter(outbox::Column::SentAt.is_null())
            .filter(
                outbox::Column::ClaimedAt
                    .is_null()
                    .or(outbox::Column::ClaimedAt.lt(stale)),
            )
            .exec(db)
            .await?;
        if result.rows_affected == 1 {
            claimed.push(message);
        }
    }
    Ok(claimed)
}

pub async fn mark_sent(db: &DatabaseConnection, id: Uuid) -> Result<(), ServiceError> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::SentAt, Expr::value(Utc::now()))
        .col_expr(
            outbox::Column::Attempts,
            Expr::col(outbox::Column::Attempts).add(1),
        )
        .col_expr(
            outbox::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn mark_failed(
    db: &DatabaseConnection,
    id: Uuid,
    error: &str,
) -> Result<(), ServiceError> {
    outbox::Entity::update_many()
        .col_expr(
            outbox::Column::ClaimedAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .col_expr(
            outbox::Column::Attempts,
            Expr::col(outbox::Column::Attempts).add(1),
        )
        .col_expr(outbox::Column::LastError, Expr::value(error.to_string()))
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
