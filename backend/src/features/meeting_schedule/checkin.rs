//! On the day: either side says whether a meeting was held or the other did not come,
//! and staff fill the place and time of a no-show from the stand-by list.

use super::booking::{book_in, cancel_in, Booking};
use super::run::{publish, unpublish};
use super::setup::standby;
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, zone};
use crate::lookup::meetings;
use crate::model::codec::Coded;
use crate::model::{edition, meeting, released_meeting, startup_member};
use crate::platform::audit;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::meetings::{check_in_time, CheckIn, CheckInTime};
use domain::Problem;
use sea_orm::{entity::prelude::*, ActiveValue::Set};

/// The investor of the meeting, or a founder of its startup, records `check` for their
/// side of a meeting as staff released it (`released_meetings`: its id is the live
/// meeting's). Anyone else — staff included — and any meeting not in the released
/// schedule gets NotFound. The two sides may check in from the meeting's released start
/// until the end of the edition's last day (`domain::meetings::check_in_time`): earlier
/// or later is a problem beside the buttons saying when. A released meeting staff cancelled or replaced since
/// (no live meeting of that id) is NotFound too: the next release shows what changed.
pub async fn check_in(
    db: &DatabaseConnection,
    user_id: Uuid,
    meeting_id: Uuid,
    check: CheckIn,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let released = released_meeting::Entity::find_by_id(meeting_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let founder = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.eq(released.startup_id))
        .filter(startup_member::Column::UserId.eq(user_id))
        .one(&txn)
        .await?
        .is_some();
    let investor = released.investor_id == user_id;
    if !investor && !founder {
        return Err(ServiceError::NotFound);
    }
    let e = edition::Entity::find_by_id(released.edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let tz = zone(&e);
    match check_in_time(released.starts_at, e.ends_on, tz, now) {
        CheckInTime::Open => {}
        CheckInTime::NotYet => {
            let opens = released.starts_at.with_timezone(&tz).format("%H:%M");
            return Err(ServiceError::field(
                "check",
                Problem::CheckInNotYet {
                    opens: opens.to_string(),
                },
            ));
        }
        CheckInTime::Over => return Err(ServiceError::field("check", Problem::CheckInOver)),
    }
    let found = meeting::Entity::find_by_id(meeting_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut row: meeting::ActiveModel = found.into();
    if investor {
        row.investor_check = Set(Some(Coded(check)));
    } else {
        row.founder_check = Set(Some(Coded(check)));
    }
    row.updated_at = Set(now);
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
/// stand-by list offers for that meeting is taken. Unlike other hand changes this one is
/// released at once (the no-show leaves the released schedule, the new meeting enters it
/// with its reminders): its whole point is that the stand-by people learn of it now.
pub async fn fill_from_standby(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    meeting_id: Uuid,
    request_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let e = chosen_or_current(&txn, Some(edition_id)).await?;
    let stored = super::run::meetings_of(&txn, edition_id).await?;
    let offered = standby(&txn, e.clone(), now, &stored)
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
    if meetings::released_at(&txn, edition_id).await?.is_some() {
        unpublish(&txn, meeting_id).await?;
        let booked = meeting::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound)?;
        publish(&txn, &e, &booked, now).await?;
    }
    txn.commit().await?;
    Ok(id)
}
