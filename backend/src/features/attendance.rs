//! Confirming attendance after acceptance: an accepted pitch's team confirms it will
//! pitch or declines (with an optional reason) until the edition's confirmation deadline;
//! staff read the answers on the submissions table (`queries::catalogue`), and the pitch
//! schedule leaves declined pitches out (`access::panel::Panel::load_attending`).

use crate::access::startup::submission_visible;
use crate::db::begin_write;
use crate::lookup::editions::{local_iso, zone};
use crate::model::codec::Coded;
use crate::model::{attendance, edition};
use crate::platform::audit;
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::attendance::{open, reason, Answer};
use domain::{Clash, Problem};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use wire::{AttendanceCard, AttendanceMark};

/// The stored answer as pages show it, in the edition's zone.
pub fn mark(row: &attendance::Model, tz: chrono_tz::Tz) -> AttendanceMark {
    AttendanceMark {
        answer: row.answer.0,
        reason: row.reason.clone(),
        answered_local: local_iso(row.answered_at, tz),
    }
}

/// The card on the pitch page: for the team and staff, and only for an accepted pitch
/// (or one that answered before its status changed). `None`: no card.
pub async fn card(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
) -> Result<Option<AttendanceCard>, ServiceError> {
    let (s, _, access) = submission_visible(db, me, submission_id).await?;
    if !access.can_see_pitch(s.status() == domain::submission::Status::Draft) {
        return Err(ServiceError::NotFound);
    }
    let e = edition_of(db, s.edition_id).await?;
    let row = attendance::Entity::find_by_id(s.id).one(db).await?;
    let closed = open(s.status(), Utc::now(), e.attendance_deadline).err();
    if closed == Some(domain::attendance::Closed::NotAccepted) && row.is_none() {
        return Ok(None);
    }
    let tz = zone(&e);
    Ok(Some(AttendanceCard {
        submission_id: s.id,
        time_zone: e.time_zone.clone(),
        deadline_local: e
            .attendance_deadline
            .map(|d| local_iso(d, tz))
            .unwrap_or_default(),
        closed,
        mark: row.as_ref().map(|r| mark(r, tz)),
        team: access.can_manage_team(),
    }))
}

async fn edition_of(db: &impl ConnectionTrait, id: Uuid) -> Result<edition::Model, ServiceError> {
    edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Records the team's answer (`confirm` or `decline`, with an optional reason for a
/// decline), replacing an earlier one, until the edition's confirmation deadline.
/// Only the team answers: anyone else who cannot see the pitch gets "not found", staff
/// "forbidden". Returns the pitch's startup and edition (for the page to return to) and
/// the answer.
pub async fn answer(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
    raw_answer: &str,
    raw_reason: &str,
) -> Result<(Uuid, Uuid, Answer), ServiceError> {
    let txn = begin_write(db).await?;
    let (s, _, access) = submission_visible(&txn, me, submission_id).await?;
    if !access.can_manage_team() {
        return Err(ServiceError::Forbidden);
    }
    let answer = Answer::parse(raw_answer).ok_or_else(|| {
        ServiceError::field(
            "answer",
            Problem::Required {
                field: domain::Noun::Decision,
            },
        )
    })?;
    let e = edition_of(&txn, s.edition_id).await?;
    open(s.status(), Utc::now(), e.attendance_deadline)
        .map_err(|closed| ServiceError::Conflict(Clash::Attendance(closed)))?;
    let reason = reason(answer, raw_reason).map_err(|p| ServiceError::field("reason", p))?;
    let now = Utc::now();
    let row = attendance::ActiveModel {
        submission_id: Set(s.id),
        answer: Set(Coded(answer)),
        reason: Set(reason.clone()),
        answered_by: Set(Some(me.id)),
        answered_at: Set(now),
    };
    if attendance::Entity::find_by_id(s.id)
        .one(&txn)
        .await?
        .is_some()
    {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        match answer {
            Answer::Confirmed => "attendance.confirm",
            Answer::Declined => "attendance.decline",
        },
        &format!("submission:{}", s.id),
        &reason,
    )
    .await?;
    txn.commit().await?;
    Ok((s.startup_id, s.edition_id, answer))
}
