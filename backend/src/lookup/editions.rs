//! Editions as every feature needs them: the current one, one by id with its tracks,
//! its time zone and local times, and its review settings. The one owner of "which
//! edition is meant" (an explicit id, else the current edition).

use crate::model::{edition, review_setting, track};
use crate::ServiceError;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::review::ReviewSettings;
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};
use wire::Edition;

/// The edition's time zone (UTC if the stored name is unknown, which the edition form
/// never lets through).
pub fn zone(e: &edition::Model) -> Tz {
    e.time_zone.parse().unwrap_or(Tz::UTC)
}

/// A moment as the edition's wall clock shows it, e.g. `2027-01-05 09:30`.
pub fn local(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
}

/// A moment as the edition's wall clock shows it, for a page to format in its reader's
/// language (`lang::local_time_text`): `2027-01-05T09:30`.
pub fn local_iso(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// The edition as pages show it, with its track names.
pub fn to_wire(e: edition::Model, tracks: Vec<String>) -> Edition {
    let deadline_local = e
        .submission_deadline
        .with_timezone(&zone(&e))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let attendance_local = e
        .attendance_deadline
        .map(|d| local_iso(d, zone(&e)))
        .unwrap_or_default();
    Edition {
        attendance_deadline_local: attendance_local,
        id: e.id,
        name: e.name,
        city: e.city,
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        time_zone: e.time_zone,
        submission_deadline: e.submission_deadline,
        submission_deadline_local: deadline_local,
        is_current: e.is_current,
        tracks,
    }
}

/// The current edition's row, if staff have made one current.
pub async fn current_model(
    db: &impl ConnectionTrait,
) -> Result<Option<edition::Model>, ServiceError> {
    Ok(edition::Entity::find()
        .filter(edition::Column::IsCurrent.eq(true))
        .one(db)
        .await?)
}

/// The current edition with its tracks.
pub async fn current(db: &impl ConnectionTrait) -> Result<Option<Edition>, ServiceError> {
    match current_model(db).await? {
        Some(e) => {
            let names = track_names(db, e.id).await?;
            Ok(Some(to_wire(e, names)))
        }
        None => Ok(None),
    }
}

/// `wanted`, or the current edition when none is named; NotFound if neither exists.
pub async fn chosen_or_current(
    db: &impl ConnectionTrait,
    wanted: Option<Uuid>,
) -> Result<edition::Model, ServiceError> {
    let found = match wanted {
        Some(id) => edition::Entity::find_by_id(id).one(db).await?,
        None => current_model(db).await?,
    };
    found.ok_or(ServiceError::NotFound)
}

/// One edition with its tracks, as pages show it.
pub async fn get(db: &impl ConnectionTrait, id: Uuid) -> Result<Edition, ServiceError> {
    let (found, tracks) = with_tracks(db, id).await?;
    Ok(to_wire(found, tracks.into_iter().map(|t| t.name).collect()))
}

/// One edition's row and its tracks in order.
pub async fn with_tracks(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<(edition::Model, Vec<track::Model>), ServiceError> {
    let e = edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let tracks = track::Entity::find()
        .filter(track::Column::EditionId.eq(id))
        .order_by_asc(track::Column::Position)
        .all(db)
        .await?;
    Ok((e, tracks))
}

pub async fn track_names(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<String>, ServiceError> {
    Ok(track::Entity::find()
        .filter(track::Column::EditionId.eq(edition_id))
        .order_by_asc(track::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.name)
        .collect())
}

/// The edition's review settings, or the defaults before staff saved any.
pub async fn review_settings(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<ReviewSettings, ServiceError> {
    Ok(
        match review_setting::Entity::find_by_id(edition_id)
            .one(db)
            .await?
        {
            Some(m) => ReviewSettings {
                reviews_per_pitch: u8::try_from(m.reviews_per_pitch).unwrap_or(3),
                phase_open: m.phase_open,
                visibility: m.visibility.0,
                blind: m.blind,
                browse: m.browse,
            },
            None => ReviewSettings::default(),
        },
    )
}
