//! Private notes on a card: written and read by the members of the card's board only
//! (never the startup, another firm or staff). Rate-limited per person.

use super::{card_of, invalid};
use crate::db::begin_write;
use crate::model::deal_note;
use crate::platform::rate_limits::{hit, PIPELINE_NOTES_PER_USER};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use sea_orm::{entity::prelude::*, ActiveValue::Set};

/// Adds a note to a card of `me`'s board; returns its id.
pub async fn add(
    db: &DatabaseConnection,
    me: &SessionUser,
    card_id: Uuid,
    raw: &str,
) -> Result<Uuid, ServiceError> {
    card_of(db, me, card_id).await?;
    let body = domain::pipeline::note(raw).map_err(|p| invalid("body", p))?;
    hit(
        db,
        &format!("pipeline-note:{}", me.id),
        PIPELINE_NOTES_PER_USER,
    )
    .await?;
    let txn = begin_write(db).await?;
    let (card, _) = card_of(&txn, me, card_id).await?;
    let id = Uuid::new_v4();
    deal_note::ActiveModel {
        id: Set(id),
        card_id: Set(card.id),
        author: Set(me.id),
        body: Set(body),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    super::cards::worked_on(&txn, &card).await?;
    txn.commit().await?;
    Ok(id)
}
