//! The weekly pipeline digest: per investor, the tasks they own that are overdue or
//! due within `DUE_SOON_DAYS`, and their board's stale cards (no move, note or task
//! change for `STALE_DAYS`), emailed through the outbox in their language.
//!
//! Safe with several instances: a digest is sent in the same transaction that inserts
//! its `deal_digests` row, keyed by (person, ISO week). A second run in the same week,
//! on this instance or another, hits the key and sends nothing. Someone with nothing
//! to report gets no email and no row (a task added later that week can still bring
//! one).

use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::model::{deal_card, deal_digest, deal_task, investor_profile, startup, user, user_role};
use crate::platform::{mail_texts, outbox};
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::account::Role;
use domain::pipeline::{board_key, digest_week, due_soon, overdue, stale};
use sea_orm::{entity::prelude::*, ActiveValue::Set};
use std::collections::HashMap;

/// Sends this week's digests that are due as of `now`; answers how many were sent.
pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<u32, ServiceError> {
    let week = digest_week(now);
    let today = now.date_naive();
    let cards = deal_card::Entity::find()
        .filter(deal_card::Column::Passed.eq(false))
        .all(db)
        .await?;
    if cards.is_empty() {
        return Ok(0);
    }
    let companies: HashMap<Uuid, String> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(cards.iter().map(|c| c.startup_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let by_id: HashMap<Uuid, &deal_card::Model> = cards.iter().map(|c| (c.id, c)).collect();
    let tasks = deal_task::Entity::find()
        .filter(deal_task::Column::Done.eq(false))
        .filter(deal_task::Column::CardId.is_in(cards.iter().map(|c| c.id)))
        .all(db)
        .await?;
    let firms: HashMap<Uuid, String> = investor_profile::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.user_id, p.firm))
        .collect();
    let investors: Vec<Uuid> = user_role::Entity::find()
        .filter(user_role::Column::Role.eq(Role::Investor.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let already: std::collections::HashSet<Uuid> = deal_digest::Entity::find()
        .filter(deal_digest::Column::Week.eq(week.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.user_id)
        .collect();
    let emails: HashMap<Uuid, String> = crate::model::user::Entity::find()
        .filter(crate::model::user::Column::Id.is_in(investors.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|u| u.verified_email().map(|e| (u.id, e.to_string())))
        .collect();
    let link = format!("{public_url}/pipeline");
    let mut sent = 0;
    for investor in investors {
        if already.contains(&investor) {
            continue;
        }
        let key = board_key(
            firms.get(&investor).map(String::as_str).unwrap_or(""),
            emails.get(&investor).map(String::as_str).unwrap_or(""),
            &investor.to_string(),
        );
        // A firm-mate in conflict with a startup reads nothing of its card (404 on the
        // page, hidden on the board): nor in the digest. Looked up only for an investor
        // whose board has anything to tell (most have nothing in a given week).
        let on_board = cards.iter().any(|c| c.board == key);
        let conflicted = if on_board {
            crate::access::panel::startups_declared_or_own(db, investor).await?
        } else {
            Default::default()
        };
        let mut due: Vec<mail_texts::DigestTask> = tasks
            .iter()
            .filter(|t| t.owner == investor)
            .filter(|t| overdue(t.due_on, t.done, today) || due_soon(t.due_on, t.done, today))
            .filter(|t| {
                by_id
                    .get(&t.card_id)
                    .is_some_and(|c| c.board == key && !conflicted.contains(&c.startup_id))
            })
            .map(|t| mail_texts::DigestTask {
                startup: by_id
                    .get(&t.card_id)
                    .and_then(|c| companies.get(&c.startup_id))
                    .cloned()
                    .unwrap_or_default(),
                title: t.title.clone(),
                due_on: t.due_on,
                overdue: overdue(t.due_on, t.done, today),
            })
            .collect();
        due.sort_by(|a, b| (a.due_on, &a.startup).cmp(&(b.due_on, &b.startup)));
        let mut stale_cards: Vec<String> = cards
            .iter()
            .filter(|c| c.board == key && stale(c.place(), c.touched_at, now))
            .filter(|c| !conflicted.contains(&c.startup_id))
            .filter_map(|c| companies.get(&c.startup_id).cloned())
            .collect();
        stale_cards.sort();
        if due.is_empty() && stale_cards.is_empty() {
            continue;
        }
        let Some(person) = user::Entity::find_by_id(investor).one(db).await? else {
            continue;
        };
        let txn = begin_write(db).await?;
        let claimed = deal_digest::ActiveModel {
            user_id: Set(investor),
            week: Set(week.clone()),
            sent_at: Set(now),
        }
        .insert(&txn)
        .await;
        match claimed {
            Ok(_) => {}
            // Another instance sent it this week.
            Err(e) if is_unique_violation(&e) => {
                txn.rollback().await?;
                continue;
            }
            Err(e) => return Err(e.into()),
        }
        let mail = mail_texts::pipeline_digest(
            person.lang(),
            &person.display_name,
            &due,
            &stale_cards,
            &link,
        );
        outbox::enqueue(&txn, &person.email, &mail.subject, &mail.body).await?;
        txn.commit().await?;
        sent += 1;
    }
    Ok(sent)
}

/// Staff send this week's due digests now (rate-limited per staff account).
pub async fn run_by_hand(
    db: &DatabaseConnection,
    staff_id: Uuid,
    now: DateTime<Utc>,
    public_url: &str,
) -> Result<u32, ServiceError> {
    crate::platform::rate_limits::hit(
        db,
        &format!("pipeline-digest:{staff_id}"),
        crate::platform::rate_limits::PIPELINE_DIGEST_RUNS_PER_USER,
    )
    .await?;
    run(db, now, public_url).await
}
