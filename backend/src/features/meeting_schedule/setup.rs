//! The edition's meeting rules, blocks and places as staff set them up, and the page
//! that shows them with the schedule, the last run, no-shows and the stand-by list.

use super::run::{blocks_of, last_run, load, meetings_of, names, places_of, Scope};
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, local_iso, zone};
use crate::lookup::meetings;
use crate::model::{meeting, meeting_block, meeting_place, meeting_request, meeting_rule};
use crate::platform::audit;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::meetings::{BlockInput, BlockRules, MeetingRulesInput, PlaceInput, RequestStatus};
use domain::submission::Window;
use domain::Problem;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, PaginatorTrait};
use std::collections::{HashMap, HashSet};
use wire::{
    BookableRequest, MeetingBlockRow, MeetingPlaceRow, MeetingRunView, MeetingSlotOption,
    MeetingStaff, StaffMeetingRow, StandbySlot, UnplacedRow,
};

/// Everything the staff meetings page shows.
pub async fn overview(
    db: &DatabaseConnection,
    wanted: Option<Uuid>,
) -> Result<MeetingStaff, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let tz = zone(&e);
    let now = Utc::now();
    let rules = meetings::row(db, e.id).await?;
    let released_at = rules.as_ref().and_then(|r| r.released_at);
    let rules = rules.map(|r| r.rules()).unwrap_or_default();
    let blocks = blocks_of(db, e.id).await?;
    let places = places_of(db, e.id).await?;
    let stored = meetings_of(db, e.id).await?;
    let all_requests = meeting_request::Entity::find()
        .filter(meeting_request::Column::EditionId.eq(e.id))
        .all(db)
        .await?;
    let counts = RequestStatus::ALL
        .iter()
        .map(|&s| {
            let n = all_requests
                .iter()
                .filter(|r| r.status_at(now) == s)
                .count();
            (s, u32::try_from(n).unwrap_or(u32::MAX))
        })
        .collect();
    let (people, companies) = names(
        db,
        all_requests.iter().map(|r| r.investor_id),
        all_requests.iter().map(|r| r.startup_id),
    )
    .await?;
    let person = |id: &Uuid| people.get(id).cloned().unwrap_or_default();
    let company = |id: &Uuid| companies.get(id).cloned().unwrap_or_default();
    let request_by_id: HashMap<Uuid, &meeting_request::Model> =
        all_requests.iter().map(|r| (r.id, r)).collect();
    let bookable = |r: &meeting_request::Model| BookableRequest {
        id: r.id,
        investor: person(&r.investor_id),
        startup: company(&r.startup_id),
        status: r.status_at(now),
    };
    let place_name: HashMap<Uuid, String> = places.iter().map(|p| (p.id, p.name.clone())).collect();
    let clock = |at: DateTime<Utc>| at.with_timezone(&tz).format("%H:%M").to_string();
    let mut per_place: HashMap<Uuid, u32> = HashMap::new();
    for m in &stored {
        *per_place.entry(m.place_id).or_default() += 1;
    }
    let tables = u32::try_from(places.len()).unwrap_or(u32::MAX);
    let block_rows = blocks
        .iter()
        .map(|b| {
            let slots = u32::try_from(b.block().slots().len()).unwrap_or(u32::MAX);
            MeetingBlockRow {
                id: b.id,
                day: b.starts_at.with_timezone(&tz).date_naive(),
                starts: clock(b.starts_at),
                ends: clock(b.ends_at),
                meeting_minutes: u32::try_from(b.meeting_minutes).unwrap_or(0),
                buffer_minutes: u32::try_from(b.buffer_minutes).unwrap_or(0),
                slots,
                capacity: slots.saturating_mul(tables),
            }
        })
        .collect();
    let place_rows = places
        .iter()
        .map(|p| MeetingPlaceRow {
            id: p.id,
            name: p.name.clone(),
            seats: u32::try_from(p.seats).unwrap_or(0),
            location: p.location.clone(),
            meetings: per_place.get(&p.id).copied().unwrap_or(0),
        })
        .collect();
    let last_run = last_run(db, e.id).await?.map(|run| {
        let r = run.report.0;
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        MeetingRunView {
            ran_at_local: local_iso(run.ran_at, tz),
            requests: count(r.requests),
            placed: count(r.placed),
            moved: count(r.moved),
            weight: r.weight,
            bound: r.bound,
            idle_gaps: count(r.idle_gaps),
            unplaced: r
                .unplaced
                .iter()
                .map(|(id, why)| {
                    let found = request_by_id.get(id);
                    UnplacedRow {
                        request_id: *id,
                        investor: found.map(|r| person(&r.investor_id)).unwrap_or_default(),
                        startup: found.map(|r| company(&r.startup_id)).unwrap_or_default(),
                        why: why.clone(),
                    }
                })
                .collect(),
        }
    });
    let meeting_rows: Vec<StaffMeetingRow> = stored
        .iter()
        .map(|m| StaffMeetingRow {
            id: m.id,
            request_id: m.request_id,
            investor: person(&m.investor_id),
            startup: company(&m.startup_id),
            place_id: m.place_id,
            place: place_name.get(&m.place_id).cloned().unwrap_or_default(),
            starts_at: m.starts_at,
            starts_local: local_iso(m.starts_at, tz),
            ends_local: local_iso(m.ends_at, tz),
            locked: m.locked,
            investor_check: m.investor_check.map(|c| c.0),
            founder_check: m.founder_check.map(|c| c.0),
        })
        .collect();
    let met: HashSet<Uuid> = stored.iter().map(|m| m.request_id).collect();
    let mut unplaced: Vec<&meeting_request::Model> = all_requests
        .iter()
        .filter(|r| r.status_at(now).is_live() && !met.contains(&r.id))
        .collect();
    unplaced.sort_by_key(|r| (person(&r.investor_id), company(&r.startup_id), r.id));
    let slots = blocks
        .iter()
        .flat_map(|b| b.block().slots())
        .map(|w| MeetingSlotOption {
            starts_at: w.starts_at,
            starts_local: local_iso(w.starts_at, tz),
        })
        .collect();
    let standby = standby(db, e.clone(), now, &stored)
        .await?
        .into_iter()
        .map(|(m, candidates)| StandbySlot {
            meeting_id: m.id,
            place: place_name.get(&m.place_id).cloned().unwrap_or_default(),
            starts_local: local_iso(m.starts_at, tz),
            candidates: candidates
                .iter()
                .filter_map(|id| request_by_id.get(id).map(|r| bookable(r)))
                .collect(),
        })
        .collect();
    Ok(MeetingStaff {
        edition_id: e.id,
        edition_name: e.name.clone(),
        time_zone: e.time_zone.clone(),
        first_day: e.starts_on,
        last_day: e.ends_on,
        rules: MeetingRulesInput::of(&rules),
        released_at,
        counts,
        blocks: block_rows,
        places: place_rows,
        last_run,
        meetings: meeting_rows,
        unplaced: unplaced.into_iter().map(bookable).collect(),
        slots,
        standby,
    })
}

/// For each meeting marked a no-show, the live requests without a meeting whose two
/// sides are both free then (not busy, in no other meeting at that moment: the no-show
/// meeting's own sides count as free, since it did not happen).
pub(super) async fn standby(
    db: &impl ConnectionTrait,
    e: crate::model::edition::Model,
    now: DateTime<Utc>,
    stored: &[meeting::Model],
) -> Result<Vec<(meeting::Model, Vec<Uuid>)>, ServiceError> {
    let no_shows: Vec<&meeting::Model> = stored
        .iter()
        .filter(|m| {
            m.investor_check
                .is_some_and(|c| c.0 == domain::meetings::CheckIn::NoShow)
                || m.founder_check
                    .is_some_and(|c| c.0 == domain::meetings::CheckIn::NoShow)
        })
        .collect();
    if no_shows.is_empty() {
        return Ok(Vec::new());
    }
    let loaded = load(db, e, Scope::Live, now).await?;
    let met: HashSet<Uuid> = stored.iter().map(|m| m.request_id).collect();
    let overlaps = |a: &Window, b: &Window| a.starts_at < b.ends_at && b.starts_at < a.ends_at;
    let mut out = Vec::new();
    for m in no_shows {
        let window = Window {
            starts_at: m.starts_at,
            ends_at: m.ends_at,
        };
        // Who already meets at that moment, other than in the no-show meeting.
        let others_then: Vec<&meeting::Model> = stored
            .iter()
            .filter(|o| {
                let then = Window {
                    starts_at: o.starts_at,
                    ends_at: o.ends_at,
                };
                o.id != m.id && overlaps(&then, &window)
            })
            .collect();
        let busy_investors: HashSet<Uuid> = others_then.iter().map(|o| o.investor_id).collect();
        let busy_startups: HashSet<Uuid> = others_then.iter().map(|o| o.startup_id).collect();
        let candidates = loaded
            .requests
            .iter()
            .enumerate()
            .filter(|(_, r)| !met.contains(&r.id))
            .filter(|(_, r)| {
                !busy_investors.contains(&r.investor_id) && !busy_startups.contains(&r.startup_id)
            })
            .filter(|(i, _)| {
                let req = loaded.instance.requests[*i];
                let free =
                    |p: &domain::meetings::Party| !p.busy.iter().any(|b| overlaps(b, &window));
                free(&loaded.instance.investors[req.investor])
                    && free(&loaded.instance.startups[req.startup])
            })
            .map(|(_, r)| r.id)
            .collect();
        out.push((m.clone(), candidates));
    }
    Ok(out)
}

/// Saves the edition's meeting rules (the release time is kept).
pub async fn save_rules(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    input: &MeetingRulesInput,
) -> Result<(), ServiceError> {
    let rules = input.parse().map_err(ServiceError::Invalid)?;
    let txn = begin_write(db).await?;
    chosen_or_current(&txn, Some(edition_id)).await?;
    let now = Utc::now();
    let count = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    let released_at = meetings::released_at(&txn, edition_id).await?;
    meeting_rule::Entity::delete_by_id(edition_id)
        .exec(&txn)
        .await?;
    meeting_rule::ActiveModel {
        edition_id: Set(edition_id),
        investor_quota: Set(count(rules.investor_quota)),
        startup_quota: Set(count(rules.startup_quota)),
        reply_hours: Set(count(rules.reply_hours)),
        pending_holds_slot: Set(rules.pending_holds_slot),
        founders_may_request: Set(rules.founders_may_request),
        released_at: Set(released_at),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(actor),
        "meetings.rules",
        &format!("edition:{edition_id}"),
        &format!("{rules:?}"),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a block of meeting slots; it never shares time with another block.
pub async fn add_block(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    input: &BlockInput,
) -> Result<Uuid, ServiceError> {
    let txn = begin_write(db).await?;
    let e = chosen_or_current(&txn, Some(edition_id)).await?;
    let others = blocks_of(&txn, edition_id)
        .await?
        .iter()
        .map(|b| Window {
            starts_at: b.starts_at,
            ends_at: b.ends_at,
        })
        .collect();
    let rules = BlockRules {
        time_zone: zone(&e),
        first_day: e.starts_on,
        last_day: e.ends_on,
        others,
    };
    let block = input.parse(&rules).map_err(ServiceError::Invalid)?;
    let id = Uuid::new_v4();
    let minutes = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    meeting_block::ActiveModel {
        id: Set(id),
        edition_id: Set(edition_id),
        starts_at: Set(block.starts_at),
        ends_at: Set(block.ends_at),
        meeting_minutes: Set(minutes(block.meeting_minutes)),
        buffer_minutes: Set(minutes(block.buffer_minutes)),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(actor),
        "meetings.block",
        &format!("meeting_block:{id}"),
        &format!("{} – {}", block.starts_at, block.ends_at),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Removes a block and the meetings inside it (their slots are gone). People keep
/// seeing the released ones, with their reminders, until staff release again.
pub async fn delete_block(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
) -> Result<u64, ServiceError> {
    let txn = begin_write(db).await?;
    let found = meeting_block::Entity::find_by_id(id)
        .filter(meeting_block::Column::EditionId.eq(edition_id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let inside = meeting::Entity::find()
        .filter(meeting::Column::EditionId.eq(edition_id))
        .filter(meeting::Column::StartsAt.gte(found.starts_at))
        .filter(meeting::Column::StartsAt.lt(found.ends_at))
        .all(&txn)
        .await?;
    for m in &inside {
        meeting::Entity::delete_by_id(m.id).exec(&txn).await?;
    }
    meeting_block::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(
        &txn,
        Some(actor),
        "meetings.block_delete",
        &format!("meeting_block:{id}"),
        &format!("{} meetings removed", inside.len()),
    )
    .await?;
    txn.commit().await?;
    Ok(inside.len() as u64)
}

/// Adds a place (`id` None) or renames / changes one; names are unique per edition.
pub async fn save_place(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Option<Uuid>,
    input: &PlaceInput,
) -> Result<Uuid, ServiceError> {
    let place = input.parse().map_err(ServiceError::Invalid)?;
    let txn = begin_write(db).await?;
    chosen_or_current(&txn, Some(edition_id)).await?;
    let same_name = places_of(&txn, edition_id)
        .await?
        .into_iter()
        .any(|p| Some(p.id) != id && p.name.to_lowercase() == place.name.to_lowercase());
    if same_name {
        return Err(ServiceError::field("name", Problem::PlaceNameTaken));
    }
    let seats = i32::try_from(place.seats).unwrap_or(i32::MAX);
    let place_id = match id {
        Some(id) => {
            let found = meeting_place::Entity::find_by_id(id)
                .filter(meeting_place::Column::EditionId.eq(edition_id))
                .one(&txn)
                .await?
                .ok_or(ServiceError::NotFound)?;
            let mut row: meeting_place::ActiveModel = found.into();
            row.name = Set(place.name.clone());
            row.seats = Set(seats);
            row.location = Set(place.location.clone());
            row.update(&txn).await?;
            id
        }
        None => {
            let id = Uuid::new_v4();
            meeting_place::ActiveModel {
                id: Set(id),
                edition_id: Set(edition_id),
                name: Set(place.name.clone()),
                seats: Set(seats),
                location: Set(place.location.clone()),
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
        "meetings.place",
        &format!("meeting_place:{place_id}"),
        &place.name,
    )
    .await?;
    txn.commit().await.map_err(|e| {
        ServiceError::from(e).on_duplicate(|| ServiceError::field("name", Problem::PlaceNameTaken))
    })?;
    Ok(place_id)
}

/// Removes a place no meeting uses.
pub async fn delete_place(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let found = meeting_place::Entity::find_by_id(id)
        .filter(meeting_place::Column::EditionId.eq(edition_id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::PlaceId.eq(id))
        .count(&txn)
        .await?;
    if meetings > 0 {
        return Err(ServiceError::field(
            "place",
            Problem::PlaceInUse { meetings },
        ));
    }
    meeting_place::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(
        &txn,
        Some(actor),
        "meetings.place_delete",
        &format!("meeting_place:{id}"),
        &found.name,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
