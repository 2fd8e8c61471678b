//! Meetings placed, moved, locked or cancelled by hand. A booking is checked with
//! `domain::meetings::check` before and after: a hard rule it newly breaks is refused
//! unless staff save anyway (logged). A place already taken at that time is refused
//! always; two bookings racing for it are settled by the database's unique index, and
//! the loser gets the same "taken" answer. All of it is staff's draft: the people in a
//! meeting see a change (agenda, calendar, reminders) once staff release again.

use super::run::{insert, load, Loaded, Scope};
use crate::db::begin_write;
use crate::lookup::editions::chosen_or_current;
use crate::model::meeting;
use crate::platform::audit;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::meetings::booking::{newly_broken, MeetingRule};
use domain::meetings::{check, Meeting};
use domain::Problem;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, DatabaseTransaction};

/// A meeting as staff place it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Booking {
    pub request_id: Uuid,
    pub place_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub locked: bool,
}

fn taken() -> ServiceError {
    ServiceError::field("slot", Problem::MeetingTaken)
}

/// Places (or moves) the request's meeting; answers the meeting's id.
pub async fn book(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    booking: &Booking,
    override_rules: bool,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let id = book_in(&txn, actor, edition_id, booking, override_rules).await?;
    txn.commit()
        .await
        .map_err(|e| ServiceError::from(e).on_duplicate(taken))?;
    Ok(id)
}

/// `book` inside the caller's write transaction.
pub(super) async fn book_in(
    txn: &DatabaseTransaction,
    actor: Uuid,
    edition_id: Uuid,
    booking: &Booking,
    override_rules: bool,
) -> Result<Uuid, ServiceError> {
    let e = chosen_or_current(txn, Some(edition_id)).await?;
    let now = Utc::now();
    let mut loaded = load(txn, e, Scope::Live, now).await?;
    let request = loaded
        .request_index(booking.request_id)
        .ok_or(ServiceError::NotFound)?;
    let table = loaded
        .place_index(booking.place_id)
        .ok_or(ServiceError::NotFound)?;
    let slot = loaded
        .slot_index(booking.starts_at)
        .ok_or_else(|| ServiceError::field("slot", Problem::NotAMeetingSlot))?;
    let existing = loaded
        .meetings
        .iter()
        .find(|m| m.request_id == booking.request_id)
        .cloned();
    if loaded.meetings.iter().any(|m| {
        m.place_id == booking.place_id
            && m.starts_at == booking.starts_at
            && m.request_id != booking.request_id
    }) {
        return Err(taken());
    }
    let rules = rules_broken(&mut loaded, request, slot, table, booking.locked);
    if !rules.is_empty() && !override_rules {
        return Err(ServiceError::field(
            "slot",
            Problem::MeetingBreaksRules { rules },
        ));
    }
    let id = match existing {
        Some(found) => {
            let id = found.id;
            let window = loaded.instance.slots[slot];
            let mut row: meeting::ActiveModel = found.into();
            row.place_id = Set(booking.place_id);
            row.starts_at = Set(window.starts_at);
            row.ends_at = Set(window.ends_at);
            row.locked = Set(booking.locked);
            row.updated_at = Set(now);
            row.update(txn)
                .await
                .map_err(|e| ServiceError::from(e).on_duplicate(taken))?;
            id
        }
        None => {
            let m = Meeting {
                request,
                slot,
                table,
                locked: booking.locked,
            };
            insert(txn, &loaded, &m, now)
                .await
                .map_err(|e| e.on_duplicate(taken))?
        }
    };
    let action = if rules.is_empty() {
        "meetings.book"
    } else {
        "meetings.override"
    };
    audit::record(
        txn,
        Some(actor),
        action,
        &format!("meeting:{id}"),
        &format!("request {} at {}", booking.request_id, booking.starts_at),
    )
    .await?;
    Ok(id)
}

/// The hard rules the schedule newly breaks once `request` meets at (`slot`, `table`)
/// (a place already taken is answered before this). Locks do not count: staff moving a
/// locked meeting by hand mean to.
fn rules_broken(
    loaded: &mut Loaded,
    request: usize,
    slot: usize,
    table: usize,
    locked: bool,
) -> Vec<MeetingRule> {
    let before: Vec<Meeting> = std::mem::take(&mut loaded.instance.current);
    let mut after: Vec<Meeting> = before
        .iter()
        .filter(|m| m.request != request)
        .copied()
        .collect();
    after.push(Meeting {
        request,
        slot,
        table,
        locked,
    });
    let rules = newly_broken(
        &check(&loaded.instance, &before),
        &check(&loaded.instance, &after),
    );
    loaded.instance.current = before;
    rules
        .into_iter()
        .filter(|r| *r != MeetingRule::PlaceTwice)
        .collect()
}

async fn find(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    id: Uuid,
) -> Result<meeting::Model, ServiceError> {
    meeting::Entity::find_by_id(id)
        .filter(meeting::Column::EditionId.eq(edition_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Locks a meeting where it is (the matcher keeps it) or unlocks it.
pub async fn set_lock(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
    locked: bool,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let found = find(&txn, edition_id, id).await?;
    let mut row: meeting::ActiveModel = found.into();
    row.locked = Set(locked);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    audit::record(
        &txn,
        Some(actor),
        if locked {
            "meetings.lock"
        } else {
            "meetings.unlock"
        },
        &format!("meeting:{id}"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Cancels a meeting: its place and time are free again. People keep seeing it (and
/// their reminders stay) until staff release again.
pub async fn cancel(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    cancel_in(&txn, actor, edition_id, id).await?;
    txn.commit().await?;
    Ok(())
}

pub(super) async fn cancel_in(
    txn: &DatabaseTransaction,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
) -> Result<meeting::Model, ServiceError> {
    let found = find(txn, edition_id, id).await?;
    meeting::Entity::delete_by_id(id).exec(txn).await?;
    audit::record(
        txn,
        Some(actor),
        "meetings.cancel",
        &format!("meeting:{id}"),
        &format!("request {} at {}", found.request_id, found.starts_at),
    )
    .await?;
    Ok(found)
}
