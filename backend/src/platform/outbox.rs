//! Every email is first a row in the outbox, written in the same transaction as the
//! change that causes it. A sender loop delivers rows over SMTP when configured; without
//! SMTP, staff read the outbox in the UI.
//!
//! Links in these emails carry single-use tokens (password resets, invitations): whoever
//! reads one can act as its recipient. With SMTP, staff never see a token (`list`
//! redacts them) and a row keeps none once it is sent or given up on. Without SMTP (the
//! demo) the outbox is the only copy, so the page shows the links and says they are live.

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
    enqueue_held(db, to, subject, body, None).await
}

/// Held mail: not sent before `until`, and dropped by `drop_held(hold)` before then.
pub struct Hold<'a> {
    pub key: &'a str,
    pub until: chrono::DateTime<Utc>,
}

pub async fn enqueue_held(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body: &str,
    hold: Option<&Hold<'_>>,
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
        send_after: Set(hold.map(|h| h.until)),
        hold: Set(hold.map(|h| h.key.to_string())),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Deletes the messages `key` holds that nobody has started to send; answers how many
/// it still holds afterwards, i.e. had been claimed or sent (then the hold came too late
/// to stop them: the caller should roll back). Deleting first, then counting, leaves no
/// gap for a sender's claim to slip between the two.
pub async fn drop_held(db: &impl ConnectionTrait, key: &str) -> Result<u64, ServiceError> {
    outbox::Entity::delete_many()
        .filter(outbox::Column::Hold.eq(key))
        .filter(outbox::Column::ClaimedAt.is_null())
        .filter(outbox::Column::SentAt.is_null())
        .exec(db)
        .await?;
    Ok(outbox::Entity::find()
        .filter(outbox::Column::Hold.eq(key))
        .count(db)
        .await?)
}

/// What a token becomes on the staff page (with SMTP) and in a row once delivered.
pub const TOKEN_REMOVED: &str = "[removed: only the recipient has this link]";

/// `body` with the value of every `token=` replaced by `TOKEN_REMOVED`.
pub fn redact_tokens(body: &str) -> String {
    const KEY: &str = "token=";
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(KEY) {
        let (head, tail) = rest.split_at(at + KEY.len());
        out.push_str(head);
        out.push_str(TOKEN_REMOVED);
        let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// A page of the outbox for staff. With SMTP configured, bodies come without tokens.
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
    let now = Utc::now();
    Ok(OutboxPage {
        messages: rows
            .into_iter()
            .map(|m| OutboxMessage {
                id: m.id,
                to_email: m.to_email,
                subject: m.subject,
                body: if smtp_enabled {
                    redact_tokens(&m.body)
                } else {
                    m.body
                },
                created_at: m.created_at,
                held_until: m
                    .send_after
                    .filter(|until| m.sent_at.is_none() && *until > now),
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
            outbox::Column::SendAfter
                .is_null()
                .or(outbox::Column::SendAfter.lte(now)),
        )
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

/// Records the delivery and forgets the tokens the body carried: the recipient has them.
pub async fn mark_sent(db: &DatabaseConnection, id: Uuid) -> Result<(), ServiceError> {
    forget_tokens(db, id).await?;
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

/// Records a failed try; after the last one the body keeps no token either.
pub async fn mark_failed(
    db: &DatabaseConnection,
    id: Uuid,
    error: &str,
) -> Result<(), ServiceError> {
    let last_try = outbox::Entity::find_by_id(id)
        .one(db)
        .await?
        .is_some_and(|m| m.attempts + 1 >= MAX_ATTEMPTS);
    if last_try {
        forget_tokens(db, id).await?;
    }
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

async fn forget_tokens(db: &DatabaseConnection, id: Uuid) -> Result<(), ServiceError> {
    if let Some(message) = outbox::Entity::find_by_id(id).one(db).await? {
        let redacted = redact_tokens(&message.body);
        if redacted != message.body {
            outbox::Entity::update_many()
                .col_expr(outbox::Column::Body, Expr::value(redacted))
                .filter(outbox::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_is_removed_and_the_rest_kept() {
        let body =
            "Hi,\n\nhttp://x.test/reset-password?token=abc123\n\nor http://x.test/a?token=def end";
        assert_eq!(
            redact_tokens(body),
            format!(
                "Hi,\n\nhttp://x.test/reset-password?token={TOKEN_REMOVED}\n\nor http://x.test/a?token={TOKEN_REMOVED} end"
            )
        );
        assert_eq!(redact_tokens("no link"), "no link");
        assert_eq!(redact_tokens("token="), format!("token={TOKEN_REMOVED}"));
    }
}
