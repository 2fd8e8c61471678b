//! A person's own agenda: their pitch slots and panels from the released pitch programme
//! (`features::rounds::release::mine`) and their meetings once the meeting schedule is
//! released (`lookup::meetings::of_person`), merged day by day in the edition's zone.

use crate::features::rounds::release;
use crate::lookup::editions::{current_model, zone};
use crate::lookup::meetings::{self, PersonalMeeting};
use crate::model::edition;
use crate::ServiceError;
use chrono::{DateTime, NaiveDate, Utc};
use domain::meetings::{check_in_time, CheckInTime};
use sea_orm::DatabaseConnection;
use std::collections::BTreeMap;
use uuid::Uuid;
use wire::{AgendaMeeting, MyAgenda, MyDay, MyItem, MyItemKind, MyPlace};

/// `user_id`'s agenda in the current edition at `now` (which meetings take a check-in);
/// `None` when there is no current edition.
pub async fn personal(
    db: &DatabaseConnection,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<MyAgenda>, ServiceError> {
    let Some(e) = current_model(db).await? else {
        return Ok(None);
    };
    let tz = zone(&e);
    let programme = release::mine_in(db, e.clone(), user_id).await?;
    let meetings_released = meetings::released_at(db, e.id).await?.is_some();
    let mine = meetings::of_person(db, e.id, user_id).await?;
    let mut days: BTreeMap<NaiveDate, Vec<MyItem>> = BTreeMap::new();
    let mut put = |day: NaiveDate, item: MyItem| days.entry(day).or_default().push(item);
    let mut version = None;
    if let Some(p) = programme {
        for place in p.pitches {
            let MyPlace {
                startup,
                session,
                room,
                day,
                starts,
                ends,
            } = place;
            let what = MyItemKind::Pitch {
                startup: startup.unwrap_or_default(),
                session,
                room,
            };
            put(day, MyItem { starts, ends, what });
        }
        for place in p.panels {
            let what = MyItemKind::Panel {
                session: place.session,
                room: place.room,
            };
            let (starts, ends) = (place.starts, place.ends);
            put(place.day, MyItem { starts, ends, what });
        }
        version = Some(p.version);
    }
    for m in mine {
        let starts_at = m.meeting.starts_at.with_timezone(&tz);
        let ends_at = m.meeting.ends_at.with_timezone(&tz);
        put(
            starts_at.date_naive(),
            MyItem {
                starts: starts_at.format("%H:%M").to_string(),
                ends: ends_at.format("%H:%M").to_string(),
                what: MyItemKind::Meeting(meeting_view(m, &e, now)),
            },
        );
    }
    Ok(Some(MyAgenda {
        edition_id: e.id,
        edition_name: e.name,
        time_zone: e.time_zone,
        version,
        meetings_released,
        days: days
            .into_iter()
            .map(|(day, mut items)| {
                // Zero-padded local times of one day sort as text.
                items.sort_by(|a, b| a.starts.cmp(&b.starts));
                MyDay { day, items }
            })
            .collect(),
    }))
}

fn meeting_view(m: PersonalMeeting, e: &edition::Model, now: DateTime<Utc>) -> AgendaMeeting {
    let (my_check, their_check) = if m.as_investor {
        (m.investor_check, m.founder_check)
    } else {
        (m.founder_check, m.investor_check)
    };
    let tz = zone(e);
    let check_in = check_in_time(m.meeting.starts_at, e.ends_on, tz, now);
    AgendaMeeting {
        id: m.meeting.id,
        as_investor: m.as_investor,
        startup_id: m.meeting.startup_id,
        startup: m.startup,
        startup_one_liner: m.startup_one_liner,
        investor: m.investor,
        investor_line: m.investor_line,
        place: m.place,
        location: m.location,
        my_check,
        their_check,
        check_in_open: check_in == CheckInTime::Open,
        check_in_opens: m
            .meeting
            .starts_at
            .with_timezone(&tz)
            .format("%H:%M")
            .to_string(),
    }
}
