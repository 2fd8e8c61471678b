//! Conference editions and their tracks.

use crate::db::begin_write;
use crate::lookup::editions::to_wire;
use crate::model::{edition, rubric_criterion, track};
use crate::platform::audit;
use crate::ServiceError;
use chrono::Utc;
use domain::edition::{EditionInput, EditionSpec};
use domain::lang::Lang;
use domain::Problem;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, PaginatorTrait, QueryOrder};
use std::collections::HashMap;
use wire::Edition;

/// All editions, newest first, with their tracks loaded in one query.
pub async fn list(db: &DatabaseConnection) -> Result<Vec<Edition>, ServiceError> {
    let editions = edition::Entity::find()
        .order_by_desc(edition::Column::StartsOn)
        .all(db)
        .await?;
    let mut tracks: HashMap<Uuid, Vec<String>> = HashMap::new();
    for t in track::Entity::find()
        .order_by_asc(track::Column::Position)
        .all(db)
        .await?
    {
        tracks.entry(t.edition_id).or_default().push(t.name);
    }
    Ok(editions
        .into_iter()
        .map(|e| {
            let names = tracks.remove(&e.id).unwrap_or_default();
            to_wire(e, names)
        })
        .collect())
}

async fn name_taken(
    db: &impl ConnectionTrait,
    name: &str,
    except: Option<Uuid>,
) -> Result<bool, ServiceError> {
    let mut query = edition::Entity::find().filter(edition::Column::Name.eq(name));
    if let Some(id) = except {
        query = query.filter(edition::Column::Id.ne(id));
    }
    Ok(query.one(db).await?.is_some())
}

/// Keeps existing track rows (and so their ids, which submissions will reference) where
/// the name is unchanged; adds new names; removes names no longer listed.
async fn replace_tracks(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    names: &[String],
) -> Result<(), ServiceError> {
    let existing = track::Entity::find()
        .filter(track::Column::EditionId.eq(edition_id))
        .all(db)
        .await?;
    for old in existing.iter().filter(|t| !names.contains(&t.name)) {
        let pitches = crate::model::submission::Entity::find()
            .filter(crate::model::submission::Column::TrackId.eq(old.id))
            .count(db)
            .await?;
        if pitches > 0 {
            return Err(ServiceError::field(
                "tracks",
                Problem::TrackInUse {
                    name: old.name.clone(),
                    pitches,
                },
            ));
        }
        track::Entity::delete_by_id(old.id).exec(db).await?;
    }
    for (position, name) in names.iter().enumerate() {
        match existing.iter().find(|t| &t.name == name) {
            Some(old) => {
                let mut row: track::ActiveModel = old.clone().into();
                row.position = Set(position as i32);
                row.update(db).await?;
            }
            None => {
                track::ActiveModel {
                    id: Set(Uuid::new_v4()),
                    edition_id: Set(edition_id),
                    name: Set(name.clone()),
                    position: Set(position as i32),
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}

fn parse(input: &EditionInput) -> Result<EditionSpec, ServiceError> {
    input.parse().map_err(ServiceError::Invalid)
}

fn name_in_use() -> ServiceError {
    ServiceError::field("name", Problem::EditionNameTaken)
}

/// A new edition, with the default rubric in `lang` (the creator's) ready to edit.
pub async fn create(
    db: &DatabaseConnection,
    actor: Uuid,
    input: &EditionInput,
    lang: Lang,
) -> Result<Uuid, ServiceError> {
    let spec = parse(input)?;
    let txn = begin_write(db).await?;
    if name_taken(&txn, &spec.name, None).await? {
        return Err(name_in_use());
    }
    let any_edition = edition::Entity::find().one(&txn).await?.is_some();
    let id = Uuid::new_v4();
    let now = Utc::now();
    edition::ActiveModel {
        id: Set(id),
        name: Set(spec.name.clone()),
        city: Set(spec.city),
        starts_on: Set(spec.starts_on),
        ends_on: Set(spec.ends_on),
        time_zone: Set(spec.time_zone.name().to_string()),
        submission_deadline: Set(spec.submission_deadline),
        attendance_deadline: Set(spec.attendance_deadline),
        // The first edition is current by default: there is nothing else to show.
        is_current: Set(!any_edition),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    replace_tracks(&txn, id, &spec.tracks).await?;
    rubric_criterion::insert_all(&txn, id, &i18n::defaults::rubric(lang)).await?;
    audit::record(
        &txn,
        Some(actor),
        "edition.create",
        &format!("edition:{id}"),
        &spec.name,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

pub async fn update(
    db: &DatabaseConnection,
    actor: Uuid,
    id: Uuid,
    input: &EditionInput,
) -> Result<(), ServiceError> {
    let spec = parse(input)?;
    let txn = begin_write(db).await?;
    let found = edition::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if name_taken(&txn, &spec.name, Some(id)).await? {
        return Err(name_in_use());
    }
    let mut row: edition::ActiveModel = found.into();
    row.name = Set(spec.name.clone());
    row.city = Set(spec.city);
    row.starts_on = Set(spec.starts_on);
    row.ends_on = Set(spec.ends_on);
    row.time_zone = Set(spec.time_zone.name().to_string());
    row.submission_deadline = Set(spec.submission_deadline);
    row.attendance_deadline = Set(spec.attendance_deadline);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    replace_tracks(&txn, id, &spec.tracks).await?;
    audit::record(
        &txn,
        Some(actor),
        "edition.update",
        &format!("edition:{id}"),
        &spec.name,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Makes `id` the one current edition.
pub async fn make_current(
    db: &DatabaseConnection,
    actor: Uuid,
    id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    edition::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    edition::Entity::update_many()
        .col_expr(edition::Column::IsCurrent, Expr::value(false))
        .filter(edition::Column::Id.ne(id))
        .exec(&txn)
        .await?;
    edition::Entity::update_many()
        .col_expr(edition::Column::IsCurrent, Expr::value(true))
        .filter(edition::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Some(actor),
        "edition.make_current",
        &format!("edition:{id}"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
