//! The investor pipeline (issue 12, part A): a board per firm (investors whose profiles
//! name the same firm share it, `domain::pipeline::board_key`), cards that move through
//! the stages or are passed (`cards`), private notes (`notes`), follow-up tasks
//! (`tasks`), the weekly digest (`digest`) and the stage an investor shares with the
//! founders (`shares`). Every rule is in `domain::pipeline`.
//!
//! Who sees what: a card, its notes, tasks and history are read and changed by the
//! members of its board only; anyone else (another firm, a founder, staff) gets "not
//! found". Founders see only the stage of a card whose investor shares it, and never a
//! passed card. Pipeline actions are not written to the staff audit log: staff see no
//! notes, and the card's history is its record.

pub mod cards;
pub mod digest;
pub mod notes;
pub mod shares;
pub mod tasks;

use crate::model::{deal_card, investor_profile, user, user_role};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use domain::account::Role;
use domain::pipeline::board_key;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};

/// The board a person works on, and the firm as their profile writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Board {
    pub key: String,
    pub firm: String,
}

/// `me`'s board; only investors have one (anyone else: "not found").
pub async fn board_of(db: &impl ConnectionTrait, me: &SessionUser) -> Result<Board, ServiceError> {
    if !me.roles.contains(&Role::Investor) {
        return Err(ServiceError::NotFound);
    }
    board_of_id(db, me.id).await
}

async fn board_of_id(db: &impl ConnectionTrait, user_id: Uuid) -> Result<Board, ServiceError> {
    let firm = investor_profile::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map(|p| p.firm)
        .unwrap_or_default();
    // Only a proved address says which firm's board someone may join.
    let email = user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .and_then(|u| u.verified_email().map(str::to_string))
        .unwrap_or_default();
    Ok(Board {
        key: board_key(&firm, &email, &user_id.to_string()),
        firm: firm.trim().to_string(),
    })
}

/// The board's members: investors whose firm folds to the same key (or the one person
/// of a board of one's own), by name.
pub async fn members(
    db: &impl ConnectionTrait,
    board: &Board,
) -> Result<Vec<user::Model>, ServiceError> {
    let ids: Vec<Uuid> = match board.key.strip_prefix("user:") {
        Some(id) => id.parse().into_iter().collect(),
        None => {
            let profiles = investor_profile::Entity::find().all(db).await?;
            let emails: std::collections::HashMap<Uuid, String> = user::Entity::find()
                .filter(user::Column::Id.is_in(profiles.iter().map(|p| p.user_id)))
                .all(db)
                .await?
                .into_iter()
                .filter_map(|u| u.verified_email().map(|e| (u.id, e.to_string())))
                .collect();
            profiles
                .into_iter()
                .filter(|p| {
                    let email = emails.get(&p.user_id).map(String::as_str).unwrap_or("");
                    board_key(&p.firm, email, &p.user_id.to_string()) == board.key
                })
                .map(|p| p.user_id)
                .collect()
        }
    };
    let investors: Vec<Uuid> = user_role::Entity::find()
        .filter(user_role::Column::Role.eq(Role::Investor.as_str()))
        .filter(user_role::Column::UserId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let mut users = user::Entity::find()
        .filter(user::Column::Id.is_in(investors))
        .all(db)
        .await?;
    users.sort_by(|a, b| a.display_name.cmp(&b.display_name).then(a.id.cmp(&b.id)));
    Ok(users)
}

/// A card of `me`'s board, or "not found" (another firm's card, no card at all, or a
/// startup `me` is in conflict with — a firm-mate on its team or with a declared
/// conflict reads none of the firm's notes on it: all answer alike).
pub async fn card_of(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    card_id: Uuid,
) -> Result<(deal_card::Model, Board), ServiceError> {
    let board = board_of(db, me).await?;
    let card = deal_card::Entity::find_by_id(card_id)
        .one(db)
        .await?
        .filter(|c| c.board == board.key)
        .ok_or(ServiceError::NotFound)?;
    if crate::access::panel::conflicted_with_startup(db, me.id, card.startup_id).await? {
        return Err(ServiceError::NotFound);
    }
    Ok((card, board))
}

/// Marks the card as worked on now (a move, a note, a task change): "stale" counts
/// from here.
pub(crate) async fn touch(
    db: &impl ConnectionTrait,
    card: &deal_card::Model,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ServiceError> {
    let mut row: deal_card::ActiveModel = card.clone().into();
    row.touched_at = Set(now);
    row.update(db).await?;
    Ok(())
}

/// Names by user id, for history lines, notes and task owners.
pub(crate) async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<std::collections::HashMap<Uuid, String>, ServiceError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

/// A pipeline problem beside `field`.
pub(crate) fn invalid(field: &str, problem: domain::pipeline::PipelineProblem) -> ServiceError {
    ServiceError::field(field, domain::Problem::Pipeline(problem))
}

/// A pipeline clash (409).
pub(crate) fn clash(why: domain::pipeline::PipelineClash) -> ServiceError {
    ServiceError::Conflict(domain::Clash::Pipeline(why))
}
