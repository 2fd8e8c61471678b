//! On the day: either side says whether a meeting was held or the other did not come,
//! and staff fill the place and time of a no-show from the stand-by list.

use super::booking::{book_in, cancel_in, Booking};
use super::setup::standby;
use crate::db::begin_write;
use crate::lookup::editions::chosen_or_current;
use crate::lookup::meetings;
use crate::model::codec::Coded;
use crate::model::{meeting, startup_member};
use crate::platform::audit;
use crate::ServiceError;
use chrono::Utc;
use domain::meetings::CheckIn;
use sea_orm::{entity::prelude::*, ActiveValue::Set};

/// The investor of the meeting, or a founder of its startup, records `check` for their
/// side. Anyone else — staff included — and any meeting before the schedule's release
/// gets NotFound.
pub async fn check_in(
    db: &DatabaseConnection,
    user_id: Uuid,
    meeting_id: Uuid,
    check: CheckIn,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let found = meeting::Entity::find_by_id(meeting_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if meetings::released_at(&txn, found.edition_id)
        .await?
        .is_none()
    {
        return Err(ServiceError::NotFound);
    }
    let founder = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.eq(found.startup_id))
        .filter(startup_member::Column::UserId.eq(user_id))
        .one(&txn)
        .await?
        .is_some();
    let investor = found.investor_id == user_id;
    let mut row: meeting::ActiveModel = found.into();
    match (investor, founder) {
        (true, _) => row.investor_check = Set(Some(Coded(check))),
        (false, true) => row.founder_check = Set(Some(Coded(check))),
        (false, false) => return Err(ServiceError::NotFound),
    }
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    audit::record(
        &txn,
        Some(user_id),
        "meetings.check_in",
        &format!("meeting:{meeting_id}"),
        check.as_str(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Books `request_id` at the place and time of the no-show meeting `meeting_id`, which
/// is cancelled in the same transaction (the audit log keeps both). Only a request the
/// stand-by list offers for that meeting is taken.
pub async fn fill_from_standby(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    meeting_id: Uuid,
    request_id: Uuid,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let e = chosen_or_current(&txn, Some(edition_id)).await?;
    let stored = super::run::meetings_of(&txn, edition_id).await?;
    let offered = standby(&txn, e, Utc::now(), &stored)
        .await?
        .into_iter()
        .find(|(m, _)| m.id == meeting_id)
        .ok_or(ServiceError::NotFound)?;
    if !offered.1.contains(&request_id) {
        return Err(ServiceError::NotFound);
    }
    let freed = cancel_in(&txn, actor, edition_id, meeting_id).await?;
    let booking = Booking {
        request_id,
        place_id: freed.place_id,
        starts_at: freed.starts_at,
        locked: true,
    };
    let id = book_in(&txn, actor, edition_id, &booking, false).await?;
    txn.commit().await?;
    Ok(id)
}
