//! Rooms and pitch sessions as staff set them up: typed in the edition's zone, checked by
//! `domain::rounds`, stored in UTC. A room never holds two sessions at once.

use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, zone};
use crate::model::{edition, pitch_session, room, schedule_placement, track};
use crate::platform::audit;
use crate::ServiceError;
use chrono::Utc;
use domain::rounds::{overlaps, RoomInput, SessionInput, SessionRules};
use domain::Problem;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, PaginatorTrait, QueryOrder};
use std::collections::HashMap;
use wire::{PitchSessionRow, RoomRow, RoundsSetup};

async fn tracks_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<track::Model>, ServiceError> {
    Ok(track::Entity::find()
        .filter(track::Column::EditionId.eq(edition_id))
        .order_by_asc(track::Column::Position)
        .all(db)
        .await?)
}

async fn rooms_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<room::Model>, ServiceError> {
    Ok(room::Entity::find()
        .filter(room::Column::EditionId.eq(edition_id))
        .order_by_asc(room::Column::CreatedAt)
        .order_by_asc(room::Column::Id)
        .all(db)
        .await?)
}

/// The edition's sessions in time order.
pub async fn sessions_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<pitch_session::Model>, ServiceError> {
    Ok(pitch_session::Entity::find()
        .filter(pitch_session::Column::EditionId.eq(edition_id))
        .order_by_asc(pitch_session::Column::StartsAt)
        .order_by_asc(pitch_session::Column::Title)
        .order_by_asc(pitch_session::Column::Id)
        .all(db)
        .await?)
}

/// Everything the rounds page shows: rooms, sessions (with the text to edit them) and
/// what the forms offer.
pub async fn overview(
    db: &DatabaseConnection,
    wanted: Option<Uuid>,
) -> Result<RoundsSetup, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let tz = zone(&e);
    let tracks = tracks_of(db, e.id).await?;
    let track_name: HashMap<Uuid, String> = tracks.iter().map(|t| (t.id, t.name.clone())).collect();
    let rooms = rooms_of(db, e.id).await?;
    let room_name: HashMap<Uuid, String> = rooms.iter().map(|r| (r.id, r.name.clone())).collect();
    let sessions = sessions_of(db, e.id).await?;
    let placed = schedule_placement::Entity::find()
        .filter(schedule_placement::Column::EditionId.eq(e.id))
        .all(db)
        .await?;
    let mut pitches_in: HashMap<Uuid, u32> = HashMap::new();
    for p in &placed {
        *pitches_in.entry(p.session_id).or_default() += 1;
    }
    let clock = |at: chrono::DateTime<Utc>| at.with_timezone(&tz).format("%H:%M").to_string();
    let session_rows = sessions
        .iter()
        .map(|s| PitchSessionRow {
            id: s.id,
            title: s.title.clone(),
            track: s.track_id.and_then(|t| track_name.get(&t).cloned()),
            room_id: s.room_id,
            room: room_name.get(&s.room_id).cloned().unwrap_or_default(),
            day: s.starts_at.with_timezone(&tz).date_naive(),
            starts: clock(s.starts_at),
            ends: clock(s.ends_at),
            pitch_minutes: s.pitch_minutes,
            qa_minutes: s.qa_minutes,
            changeover_minutes: s.changeover_minutes,
            breaks: s
                .breaks()
                .iter()
                .map(|b| format!("{}-{}", clock(b.starts_at), clock(b.ends_at)))
                .collect::<Vec<_>>()
                .join("\n"),
            panel_min: s.panel_min,
            panel_max: s.panel_max,
            slots: s.slots().len() as u32,
            pitches: pitches_in.get(&s.id).copied().unwrap_or(0),
        })
        .collect::<Vec<_>>();
    let room_rows = rooms
        .iter()
        .map(|r| RoomRow {
            id: r.id,
            name: r.name.clone(),
            capacity: r.capacity,
            sessions: session_rows.iter().filter(|s| s.room_id == r.id).count() as u32,
        })
        .collect();
    Ok(RoundsSetup {
        edition_id: e.id,
        edition_name: e.name,
        time_zone: e.time_zone,
        first_day: e.starts_on,
        last_day: e.ends_on,
        tracks: tracks.into_iter().map(|t| t.name).collect(),
        rooms: room_rows,
        sessions: session_rows,
    })
}

async fn edition_of(db: &impl ConnectionTrait, id: Uuid) -> Result<edition::Model, ServiceError> {
    edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Adds a room (`id` None) or renames / resizes one of `edition_id`.
pub async fn save_room(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Option<Uuid>,
    input: &RoomInput,
) -> Result<Uuid, ServiceError> {
    let spec = input.parse().map_err(ServiceError::Invalid)?;
    let txn = begin_write(db).await?;
    edition_of(&txn, edition_id).await?;
    let same_name = rooms_of(&txn, edition_id)
        .await?
        .into_iter()
        .any(|r| Some(r.id) != id && r.name.to_lowercase() == spec.name.to_lowercase());
    if same_name {
        return Err(ServiceError::field("name", Problem::RoomNameTaken));
    }
    let room_id = match id {
        Some(id) => {
            let found = room::Entity::find_by_id(id)
                .filter(room::Column::EditionId.eq(edition_id))
                .one(&txn)
                .await?
                .ok_or(ServiceError::NotFound)?;
            let mut row: room::ActiveModel = found.into();
            row.name = Set(spec.name.clone());
            row.capacity = Set(spec.capacity as i32);
            row.update(&txn).await?;
            id
        }
        None => {
            let id = Uuid::new_v4();
            room::ActiveModel {
                id: Set(id),
                edition_id: Set(edition_id),
                name: Set(spec.name.clone()),
                capacity: Set(spec.capacity as i32),
                created_at: Set(Utc::now()),
            }
            .insert(&txn)
            .await?;
            id
        }
    };
    audit::record(
        &txn,
        Some(actor),
        "rounds.room",
        &format!("room:{room_id}"),
        &spec.name,
    )
    .await?;
    txn.commit().await?;
    Ok(room_id)
}

/// Removes a room no session uses.
pub async fn delete_room(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let found = room::Entity::find_by_id(id)
        .filter(room::Column::EditionId.eq(edition_id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let sessions = pitch_session::Entity::find()
        .filter(pitch_session::Column::RoomId.eq(id))
        .count(&txn)
        .await?;
    if sessions > 0 {
        return Err(ServiceError::field("room", Problem::RoomInUse { sessions }));
    }
    room::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(
        &txn,
        Some(actor),
        "rounds.room_delete",
        &format!("room:{id}"),
        &found.name,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a session (`id` None) or changes one. Its room must be free for all of it.
/// Pitches placed in slots the new pattern no longer has go back to unplaced.
pub async fn save_session(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Option<Uuid>,
    input: &SessionInput,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let e = edition_of(&txn, edition_id).await?;
    let tracks = tracks_of(&txn, edition_id).await?;
    let track_names: Vec<String> = tracks.iter().map(|t| t.name.clone()).collect();
    let rooms: Vec<String> = rooms_of(&txn, edition_id)
        .await?
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    let rules = SessionRules {
        tracks: &track_names,
        rooms: &rooms,
        time_zone: zone(&e),
        first_day: e.starts_on,
        last_day: e.ends_on,
    };
    let spec = input.parse(&rules).map_err(ServiceError::Invalid)?;
    let room_id: Uuid = spec.room.parse().map_err(|_| ServiceError::NotFound)?;
    let clash = sessions_of(&txn, edition_id).await?.into_iter().find(|s| {
        Some(s.id) != id
            && s.room_id == room_id
            && overlaps((s.starts_at, s.ends_at), (spec.starts_at, spec.ends_at))
    });
    if let Some(other) = clash {
        return Err(ServiceError::field(
            "starts",
            Problem::RoomBusy {
                session: other.title,
            },
        ));
    }
    let track_id = spec
        .track
        .as_ref()
        .and_then(|name| tracks.iter().find(|t| &t.name == name).map(|t| t.id));
    let now = Utc::now();
    let session_id = match id {
        Some(id) => {
            let found = pitch_session::Entity::find_by_id(id)
                .filter(pitch_session::Column::EditionId.eq(edition_id))
                .one(&txn)
                .await?
                .ok_or(ServiceError::NotFound)?;
            let mut row: pitch_session::ActiveModel = found.into();
            fill(&mut row, &spec, track_id, room_id);
            row.updated_at = Set(now);
            let saved = row.update(&txn).await?;
            // Slots past the new end are gone: their pitches wait for a slot again.
            let slots = saved.slots().len() as i32;
            schedule_placement::Entity::delete_many()
                .filter(schedule_placement::Column::SessionId.eq(id))
                .filter(schedule_placement::Column::Slot.gte(slots))
                .exec(&txn)
                .await?;
            id
        }
        None => {
            let id = Uuid::new_v4();
            let mut row = pitch_session::ActiveModel {
                id: Set(id),
                edition_id: Set(edition_id),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            };
            fill(&mut row, &spec, track_id, room_id);
            row.insert(&txn).await?;
            id
        }
    };
    audit::record(
        &txn,
        Some(actor),
        "rounds.session",
        &format!("session:{session_id}"),
        &spec.title,
    )
    .await?;
    txn.commit().await?;
    Ok(session_id)
}

fn fill(
    row: &mut pitch_session::ActiveModel,
    spec: &domain::rounds::Session,
    track_id: Option<Uuid>,
    room_id: Uuid,
) {
    row.title = Set(spec.title.clone());
    row.track_id = Set(track_id);
    row.room_id = Set(room_id);
    row.starts_at = Set(spec.starts_at);
    row.ends_at = Set(spec.ends_at);
    row.pitch_minutes = Set(spec.pattern.pitch_minutes as i32);
    row.qa_minutes = Set(spec.pattern.qa_minutes as i32);
    row.changeover_minutes = Set(spec.pattern.changeover_minutes as i32);
    row.breaks = Set(pitch_session::encode_windows(&spec.breaks));
    row.panel_min = Set(spec.panel_min as i32);
    row.panel_max = Set(spec.panel_max as i32);
}

/// Removes a session; its pitches wait for a slot again and its panel is released.
pub async fn delete_session(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let found = pitch_session::Entity::find_by_id(id)
        .filter(pitch_session::Column::EditionId.eq(edition_id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    pitch_session::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(
        &txn,
        Some(actor),
        "rounds.session_delete",
        &format!("session:{id}"),
        &found.title,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
