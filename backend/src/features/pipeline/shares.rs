//! What founders see of the pipeline: only the stage of a card whose investor chose to
//! share it (off by default), and never a passed card, a note, a task or a reason.

use super::card_of;
use crate::model::{deal_card, startup, startup_member};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use sea_orm::{entity::prelude::*, ActiveValue::Set};
use std::collections::HashMap;
use wire::SharedStage;

/// Shares (or stops sharing) a card's stage with the startup's founders.
pub async fn set_shared(
    db: &DatabaseConnection,
    me: &SessionUser,
    card_id: Uuid,
    shared: bool,
) -> Result<(), ServiceError> {
    let (card, _) = card_of(db, me, card_id).await?;
    super::cards::count_change(db, me).await?;
    if card.shared != shared {
        let mut row: deal_card::ActiveModel = card.into();
        row.shared = Set(shared);
        row.update(db).await?;
    }
    Ok(())
}

/// The stages investors shared with `me`'s startups: startup, who, stage.
pub async fn shared_with(
    db: &DatabaseConnection,
    me: &SessionUser,
) -> Result<Vec<SharedStage>, ServiceError> {
    let mine: Vec<Uuid> = startup_member::Entity::find()
        .filter(startup_member::Column::UserId.eq(me.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.startup_id)
        .collect();
    if mine.is_empty() {
        return Ok(Vec::new());
    }
    let cards = deal_card::Entity::find()
        .filter(deal_card::Column::StartupId.is_in(mine.clone()))
        .filter(deal_card::Column::Shared.eq(true))
        .filter(deal_card::Column::Passed.eq(false))
        .all(db)
        .await?;
    let companies: HashMap<Uuid, String> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(mine))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    // Named as everywhere: a typed firm shows with the company domain that backs it.
    let people =
        crate::lookup::accounts::labels(db, cards.iter().map(|c| c.created_by).collect()).await?;
    let mut shown: Vec<SharedStage> = cards
        .into_iter()
        .map(|c| {
            let investor = people.get(&c.created_by).cloned().unwrap_or_default();
            SharedStage {
                startup_name: companies.get(&c.startup_id).cloned().unwrap_or_default(),
                investor,
                stage: c.stage.0,
            }
        })
        .collect();
    shown.sort_by(|a, b| (&a.startup_name, &a.investor).cmp(&(&b.startup_name, &b.investor)));
    Ok(shown)
}
