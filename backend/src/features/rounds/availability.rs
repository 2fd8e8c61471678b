//! When judges can sit on panels (they say so, per edition, as founders do for their
//! pitch) and which sessions they would like; and the times staff block a judge out.
//! The solver reads all three (`schedule::load_draft`).

use super::setup::sessions_of;
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, zone};
use crate::model::{blocked_time, edition, judge_availability, pitch_session, user};
use crate::platform::audit;
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::rounds::block_line;
use domain::submission::{format_windows, parse_windows, PitchRules};
use domain::validation::bounded_text;
use domain::{FieldErrors, Noun, Problem};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::HashMap;
use wire::{BlockedRow, JudgeAvailabilityForm, SessionChoice};

pub const NOTE_MAX: usize = 200;

fn rules(e: &edition::Model) -> PitchRules<'static> {
    PitchRules {
        tracks: &[],
        time_zone: zone(e),
        first_day: e.starts_on,
        last_day: e.ends_on,
    }
}

/// A judge's own availability form for `wanted` (or the current edition).
pub async fn judge_form(
    db: &DatabaseConnection,
    me: &SessionUser,
    wanted: Option<Uuid>,
) -> Result<JudgeAvailabilityForm, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let tz = zone(&e);
    let saved = judge_availability::Entity::find_by_id((e.id, me.id))
        .one(db)
        .await?;
    let preferred = saved.as_ref().map(|s| s.preferred()).unwrap_or_default();
    let clock = |at: chrono::DateTime<Utc>| at.with_timezone(&tz).format("%H:%M").to_string();
    let sessions = sessions_of(db, e.id)
        .await?
        .into_iter()
        .map(|s: pitch_session::Model| SessionChoice {
            id: s.id,
            title: s.title.clone(),
            day: s.starts_at.with_timezone(&tz).date_naive(),
            starts: clock(s.starts_at),
            ends: clock(s.ends_at),
            preferred: preferred.contains(&s.id),
        })
        .collect();
    Ok(JudgeAvailabilityForm {
        edition_id: e.id,
        edition_name: e.name.clone(),
        time_zone: e.time_zone.clone(),
        first_day: e.starts_on,
        last_day: e.ends_on,
        windows: saved
            .map(|s| format_windows(&s.windows(), tz))
            .unwrap_or_default(),
        sessions,
    })
}

/// Saves when `me` can judge in `edition_id` (empty: any time on the pitch days) and the
/// sessions they would like (ids of that edition's sessions; others are ignored).
pub async fn save_judge(
    db: &DatabaseConnection,
    me: &SessionUser,
    edition_id: Uuid,
    windows: &str,
    preferred: &[Uuid],
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let e = edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let parsed = parse_windows(windows, &rules(&e))
        .map_err(|p| ServiceError::Invalid(FieldErrors::one("windows", p)))?;
    let sessions: Vec<Uuid> = sessions_of(&txn, e.id)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let preferred: Vec<String> = preferred
        .iter()
        .filter(|id| sessions.contains(id))
        .map(Uuid::to_string)
        .collect();
    judge_availability::Entity::delete_by_id((e.id, me.id))
        .exec(&txn)
        .await?;
    judge_availability::ActiveModel {
        edition_id: Set(e.id),
        investor_id: Set(me.id),
        windows: Set(crate::model::pitch_session::encode_windows(&parsed)),
        preferred_sessions: Set(preferred.join("\n")),
        updated_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(me.id),
        "schedule.availability",
        &format!("edition:{edition_id}"),
        &format!("windows={} preferred={}", parsed.len(), preferred.len()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The edition's block-outs, in time order, for the staff board.
pub async fn blocked(
    db: &impl ConnectionTrait,
    e: &edition::Model,
) -> Result<Vec<BlockedRow>, ServiceError> {
    let rows = blocked_time::Entity::find()
        .filter(blocked_time::Column::EditionId.eq(e.id))
        .order_by_asc(blocked_time::Column::StartsAt)
        .all(db)
        .await?;
    let names: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let tz = zone(e);
    let clock = |at: chrono::DateTime<Utc>| at.with_timezone(&tz).format("%H:%M").to_string();
    Ok(rows
        .into_iter()
        .map(|r| BlockedRow {
            id: r.id,
            person: names.get(&r.user_id).cloned().unwrap_or_default(),
            day: r.starts_at.with_timezone(&tz).date_naive(),
            starts: clock(r.starts_at),
            ends: clock(r.ends_at),
            note: r.note,
        })
        .collect())
}

/// Blocks `person` (a judge, or a founder: their startup then pitches at another time)
/// out of the schedule on `day` from `from` to `to`, edition
/// time.
pub async fn block(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    person: Uuid,
    day: &str,
    from: &str,
    to: &str,
    note: &str,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let e = edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    user::Entity::find_by_id(person)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut errors = FieldErrors::new();
    let line = format!("{} {}-{}", day.trim(), from.trim(), to.trim());
    let window = errors.check(
        "block",
        block_line(day, from, to)
            .and_then(|line| parse_windows(&line, &rules(&e)))
            .and_then(|w| {
                w.into_iter().next().ok_or(Problem::Required {
                    field: Noun::StartTime,
                })
            }),
    );
    let note = errors.check("note", bounded_text(note, Noun::Comment, 0, NOTE_MAX));
    let (Some(window), Some(note)) = (window, note) else {
        return Err(ServiceError::Invalid(errors));
    };
    let id = Uuid::new_v4();
    blocked_time::ActiveModel {
        id: Set(id),
        edition_id: Set(edition_id),
        user_id: Set(person),
        starts_at: Set(window.starts_at),
        ends_at: Set(window.ends_at),
        note: Set(note),
        created_by: Set(Some(actor)),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(actor),
        "schedule.block",
        &format!("user:{person}"),
        &line,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Lifts a block-out of `edition_id`.
pub async fn unblock(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let found = blocked_time::Entity::find_by_id(id)
        .filter(blocked_time::Column::EditionId.eq(edition_id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    blocked_time::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(
        &txn,
        Some(actor),
        "schedule.unblock",
        &format!("user:{}", found.user_id),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
