//! The released schedule for calendar apps and conference apps: the edition's iCalendar
//! feed (`/agenda.ics`), each person's secret personal feed (`/calendar/<token>.ics`, only
//! their own slots and panels, and their meetings once the meeting schedule is released)
//! and the frab-compatible JSON (`/agenda.json`). All read the latest released version
//! ([`release::latest`]), never the draft.
//!
//! Time zone: events carry UTC times (`DTSTART:20990915T010000Z`), not `TZID=` local
//! times. RFC 5545 requires a `VTIMEZONE` for every `TZID` used, which the `icalendar`
//! crate does not write and chrono-tz has no transition rules to build from; clients
//! disagree on a `TZID` without one (Outlook rejects the event or treats it as floating,
//! Google and Apple guess). A UTC instant is read the same by every client, which shows
//! it in the viewer's zone, and that is right for a founder flying in. The calendar also
//! names the edition's zone (`X-WR-TIMEZONE`, which Apple and Google use for display), and
//! each description gives the local times with the zone's name.

use super::release::{latest, Snapshot, SnapshotSession};
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, current_model, zone};
use crate::lookup::meetings::{self, PersonalMeeting};
use crate::model::{calendar_feed, edition, schedule_version, user};
use crate::platform::rate_limits;
use crate::secrets::{new_token, token_hash};
use crate::ServiceError;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use domain::lang::Lang;
use i18n::t;
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use wire::CalendarFeed;

/// Calendar apps are asked to look again this often.
const REFRESH: Duration = Duration::hours(1);

/// Text as typed, made safe for a content line before the crate escapes it (`\`, `,`,
/// `;` and line feeds): a carriage return, which the crate would write as it is and
/// which ends a line for some readers, becomes a line feed; other control characters go.
pub fn calendar_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

fn clock(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%H:%M").to_string()
}

fn new_calendar(name: &str, e: &edition::Model) -> Calendar {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", "-//Pitchline//Pitch schedule//EN"));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    // `X-WR-CALNAME` is text (escaped by the crate); RFC 7986's `NAME`, which the crate's
    // `name()` also writes, it would write unescaped.
    cal.append_property(Property::new("X-WR-CALNAME", calendar_text(name)));
    cal.timezone(e.time_zone.as_str());
    cal.ttl(&REFRESH);
    cal
}

/// One event of a released version: `SEQUENCE` is the version number (it grows with
/// each release), `DTSTAMP` the release time.
struct Entry<'a> {
    uid: String,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    summary: String,
    location: &'a str,
    description: String,
    url: String,
}

fn push(cal: &mut Calendar, version: &schedule_version::Model, entry: Entry<'_>) {
    let sequence = u32::try_from(version.number).unwrap_or(0);
    push_revision(cal, sequence, version.released_at, entry);
}

/// An event at its `sequence`-th revision, last changed at `stamp`: calendars replace
/// an event of the same uid only by a higher sequence.
fn push_revision(cal: &mut Calendar, sequence: u32, stamp: DateTime<Utc>, entry: Entry<'_>) {
    let event = icalendar::Event::new()
        .uid(&entry.uid)
        .sequence(sequence)
        .timestamp(stamp)
        .starts(entry.starts)
        .ends(entry.ends)
        .summary(&calendar_text(&entry.summary))
        .location(&calendar_text(entry.location))
        .description(&calendar_text(&entry.description))
        .url(&entry.url)
        .status(EventStatus::Confirmed)
        .done();
    cal.push(event);
}

fn agenda_url(public_url: &str, e: &edition::Model) -> String {
    format!(
        "{}/agenda?edition={}",
        public_url.trim_end_matches('/'),
        e.id
    )
}

/// The startups of a session, one a line with their local times, then its judges.
fn session_description(lang: Lang, s: &SnapshotSession, tz: Tz) -> String {
    let mut lines = vec![t!(
        lang,
        "ical-times-in",
        zone = i18n::format::zone_name(lang, tz.name())
    )];
    for slot in &s.slots {
        lines.push(t!(
            lang,
            "ical-slot-line",
            starts = clock(slot.starts_at, tz),
            ends = clock(slot.ends_at, tz),
            startup = slot.startup.as_str()
        ));
    }
    if !s.panel.is_empty() {
        let names: Vec<&str> = s.panel.iter().map(|j| j.name.as_str()).collect();
        let comma = match lang {
            Lang::En => ", ",
            Lang::Zh => "、",
        };
        lines.push(t!(lang, "agenda-judges", names = names.join(comma)));
    }
    lines.join("\n")
}

/// The edition's feed: one event per pitch session of the latest released version
/// (none before the first release). `wanted`, else the current edition; NotFound for
/// an unknown edition.
pub async fn edition_ical(
    db: &impl ConnectionTrait,
    wanted: Option<Uuid>,
    lang: Lang,
    public_url: &str,
) -> Result<String, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let tz = zone(&e);
    let mut cal = new_calendar(
        &t!(lang, "ical-edition-name", edition = e.name.as_str()),
        &e,
    );
    if let Some((version, snapshot)) = latest(db, e.id).await? {
        for s in &snapshot.sessions {
            push(
                &mut cal,
                &version,
                Entry {
                    uid: format!("session-{}@pitchline", s.id),
                    starts: s.starts_at,
                    ends: s.ends_at,
                    summary: s.title.clone(),
                    location: &s.room,
                    description: session_description(lang, s, tz),
                    url: format!("{}#s-{}", agenda_url(public_url, &e), s.id),
                },
            );
        }
    }
    Ok(cal.to_string())
}

/// The person's own part of `snapshot` as events: each slot where a startup of theirs
/// pitches, each panel they sit on.
fn personal_events(
    cal: &mut Calendar,
    lang: Lang,
    e: &edition::Model,
    public_url: &str,
    user_id: Uuid,
    version: &schedule_version::Model,
    snapshot: &Snapshot,
) {
    let tz = zone(e);
    for s in &snapshot.sessions {
        let url = format!("{}#s-{}", agenda_url(public_url, e), s.id);
        for slot in s.slots.iter().filter(|k| k.founders.contains(&user_id)) {
            push(
                cal,
                version,
                Entry {
                    uid: format!("slot-{}@pitchline", slot.submission_id),
                    starts: slot.starts_at,
                    ends: slot.ends_at,
                    summary: t!(
                        lang,
                        "ical-pitch-summary",
                        startup = slot.startup.as_str(),
                        session = s.title.as_str()
                    ),
                    location: &s.room,
                    description: t!(
                        lang,
                        "ical-pitch-description",
                        startup = slot.startup.as_str(),
                        starts = clock(slot.starts_at, tz),
                        ends = clock(slot.ends_at, tz),
                        zone = i18n::format::zone_name(lang, tz.name()),
                        session = s.title.as_str()
                    ),
                    url: url.clone(),
                },
            );
        }
        if s.panel.iter().any(|j| j.id == user_id) {
            push(
                cal,
                version,
                Entry {
                    uid: format!("panel-{}@pitchline", s.id),
                    starts: s.starts_at,
                    ends: s.ends_at,
                    summary: t!(lang, "ical-panel-summary", session = s.title.as_str()),
                    location: &s.room,
                    description: session_description(lang, s, tz),
                    url,
                },
            );
        }
    }
}

/// A released meeting of the feed's owner: whom, where (the place and its whereabouts),
/// the other side's one line. Its sequence is the seconds between its booking and its
/// last change, so a moved meeting replaces the old one in the subscriber's calendar.
fn meeting_event(
    cal: &mut Calendar,
    lang: Lang,
    e: &edition::Model,
    public_url: &str,
    m: &PersonalMeeting,
) {
    let tz = zone(e);
    let (with, line) = if m.as_investor {
        (m.startup.as_str(), m.startup_one_liner.as_str())
    } else {
        (m.investor.as_str(), m.investor_line.as_str())
    };
    let location = if m.location.trim().is_empty() {
        m.place.clone()
    } else {
        format!("{}, {}", m.place, m.location.trim())
    };
    let revised = m.meeting.updated_at - m.meeting.created_at;
    let sequence = u32::try_from(revised.num_seconds()).unwrap_or(0);
    push_revision(
        cal,
        sequence,
        m.meeting.updated_at,
        Entry {
            uid: format!("meeting-{}@pitchline", m.meeting.id),
            starts: m.meeting.starts_at,
            ends: m.meeting.ends_at,
            summary: t!(lang, "ical-meeting-summary", with = with),
            location: &location,
            description: t!(
                lang,
                "ical-meeting-description",
                with = with,
                line = line,
                starts = clock(m.meeting.starts_at, tz),
                ends = clock(m.meeting.ends_at, tz),
                zone = i18n::format::zone_name(lang, tz.name()),
                place = location.as_str()
            ),
            url: format!("{}/agenda/mine", public_url.trim_end_matches('/')),
        },
    );
}

/// A live (not revoked) feed by the token its URL carries; NotFound otherwise.
async fn live_feed(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<calendar_feed::Model, ServiceError> {
    calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(token_hash(token)))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The personal feed behind `token`, in its owner's language. A revoked or unknown
/// token is NotFound.
pub async fn personal_ical(
    db: &impl ConnectionTrait,
    token: &str,
    public_url: &str,
) -> Result<String, ServiceError> {
    let feed = live_feed(db, token).await?;
    let owner = user::Entity::find_by_id(feed.user_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let e = edition::Entity::find_by_id(feed.edition_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let lang = owner.lang();
    let mut cal = new_calendar(
        &t!(lang, "ical-personal-name", edition = e.name.as_str()),
        &e,
    );
    if let Some((version, snapshot)) = latest(db, e.id).await? {
        personal_events(
            &mut cal, lang, &e, public_url, owner.id, &version, &snapshot,
        );
    }
    for m in meetings::of_person(db, e.id, owner.id).await? {
        meeting_event(&mut cal, lang, &e, public_url, &m);
    }
    Ok(cal.to_string())
}

/// The address of a personal feed.
pub fn feed_url(public_url: &str, token: &str) -> String {
    format!("{}/calendar/{token}.ics", public_url.trim_end_matches('/'))
}

/// Gives `user_id` a new personal feed for the current edition, revoking the one they
/// had; answers the secret token (only its hash is stored). Limited per account.
pub async fn create_feed(db: &DatabaseConnection, user_id: Uuid) -> Result<String, ServiceError> {
    let e = current_model(db).await?.ok_or(ServiceError::NotFound)?;
    rate_limits::hit(
        db,
        &format!("calendar-feed:user:{user_id}"),
        rate_limits::CALENDAR_FEEDS_PER_USER,
    )
    .await?;
    let token = new_token();
    let now = Utc::now();
    let txn = begin_write(db).await?;
    revoke_all(&txn, user_id, e.id, now).await?;
    calendar_feed::ActiveModel {
        id: Set(Uuid::new_v4()),
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        edition_id: Set(e.id),
        created_at: Set(now),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(token)
}

async fn revoke_all(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    edition_id: Uuid,
    now: DateTime<Utc>,
) -> Result<u64, ServiceError> {
    let done = calendar_feed::Entity::update_many()
        .col_expr(calendar_feed::Column::RevokedAt, Expr::value(Some(now)))
        .filter(calendar_feed::Column::UserId.eq(user_id))
        .filter(calendar_feed::Column::EditionId.eq(edition_id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Revokes `user_id`'s feed for the current edition: its URL answers 404 from now on.
/// NotFound when there was none.
pub async fn revoke_feed(db: &DatabaseConnection, user_id: Uuid) -> Result<(), ServiceError> {
    let e = current_model(db).await?.ok_or(ServiceError::NotFound)?;
    let txn = begin_write(db).await?;
    let revoked = revoke_all(&txn, user_id, e.id, Utc::now()).await?;
    if revoked == 0 {
        return Err(ServiceError::NotFound);
    }
    txn.commit().await?;
    Ok(())
}

/// `user_id`'s feed for the current edition as their home page shows it; the URL only
/// when `presented` (the token the browser kept from creating it) is that live feed's.
pub async fn feed_status(
    db: &DatabaseConnection,
    public_url: &str,
    user_id: Uuid,
    presented: Option<&str>,
) -> Result<Option<CalendarFeed>, ServiceError> {
    let Some(e) = current_model(db).await? else {
        return Ok(None);
    };
    let live = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::UserId.eq(user_id))
        .filter(calendar_feed::Column::EditionId.eq(e.id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .order_by_desc(calendar_feed::Column::CreatedAt)
        .one(db)
        .await?;
    let url = match (&live, presented) {
        (Some(feed), Some(token)) if feed.token_hash == token_hash(token) => {
            Some(feed_url(public_url, token))
        }
        _ => None,
    };
    Ok(Some(CalendarFeed {
        edition_id: e.id,
        edition_name: e.name,
        time_zone: e.time_zone,
        active_since: live.map(|f| f.created_at),
        url,
    }))
}

/// A frab conference acronym from the edition's name (`GSIC 2026 Shanghai` →
/// `gsic_2026_shanghai`): lower-case ASCII letters, digits and `_`, at least four.
fn acronym(e: &edition::Model) -> String {
    let mut out = String::new();
    for c in e.name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_string();
    if out.len() >= 4 {
        out
    } else {
        format!("pitchline_{}", &e.id.simple().to_string()[..8])
    }
}

/// A frab event id: a positive integer, the same for a session in every version.
fn event_id(id: Uuid) -> u32 {
    let b = id.as_bytes();
    (u32::from_be_bytes([b[0], b[1], b[2], b[3]]) & 0x7fff_ffff).max(1)
}

fn slug(acronym: &str, id: u32, title: &str) -> String {
    let mut words = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            words.push(c.to_ascii_lowercase());
        } else if !words.ends_with('-') && !words.is_empty() {
            words.push('-');
        }
    }
    let words = words.trim_end_matches('-');
    if words.is_empty() {
        format!("{}-{id}", acronym.replace('_', "-"))
    } else {
        format!("{}-{id}-{words}", acronym.replace('_', "-"))
    }
}

fn hh_mm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The released schedule in the frab / pretalx `schedule.json` format (as the c3voc
/// schema describes it), which existing conference apps read: one event per pitch
/// session, its startups as the persons. Before the first release: the days with no
/// events and version "0".
pub async fn frab_json(
    db: &impl ConnectionTrait,
    wanted: Option<Uuid>,
    public_url: &str,
) -> Result<Value, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let tz = zone(&e);
    let acronym = acronym(&e);
    let base = public_url.trim_end_matches('/').to_string();
    let released = latest(db, e.id).await?;
    let (version, sessions) = match &released {
        Some((v, s)) => (format!("{} (v{})", v.name, v.number), s.sessions.as_slice()),
        None => ("0".to_string(), &[][..]),
    };
    let mut rooms: Vec<&str> = sessions.iter().map(|s| s.room.as_str()).collect();
    rooms.sort_unstable();
    rooms.dedup();
    let mut by_day: BTreeMap<NaiveDate, BTreeMap<&str, Vec<Value>>> = BTreeMap::new();
    let mut day = e.starts_on;
    while day <= e.ends_on {
        by_day.insert(day, rooms.iter().map(|r| (*r, Vec::new())).collect());
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    let mut bounds: BTreeMap<NaiveDate, (DateTime<Utc>, DateTime<Utc>)> = BTreeMap::new();
    for s in sessions {
        let local = s.starts_at.with_timezone(&tz);
        let date = local.date_naive();
        let id = event_id(s.id);
        let persons: Vec<Value> = s
            .slots
            .iter()
            .map(|k| json!({"guid": k.startup_id, "name": k.startup, "public_name": k.startup}))
            .collect();
        let abstract_text: Vec<String> = s
            .slots
            .iter()
            .map(|k| {
                format!(
                    "{}–{} {}",
                    clock(k.starts_at, tz),
                    clock(k.ends_at, tz),
                    k.startup
                )
            })
            .collect();
        let description: Vec<String> = s
            .slots
            .iter()
            .map(|k| match k.one_liner.is_empty() {
                true => k.startup.clone(),
                false => format!("{}: {}", k.startup, k.one_liner),
            })
            .collect();
        let event = json!({
            "id": id,
            "guid": s.id,
            "date": local.to_rfc3339(),
            "start": local.format("%H:%M").to_string(),
            "duration": hh_mm((s.ends_at - s.starts_at).num_minutes().max(0)),
            "room": s.room,
            "slug": slug(&acronym, id, &s.title),
            "url": format!("{base}/agenda?edition={}#s-{}", e.id, s.id),
            "title": s.title,
            "subtitle": "",
            "track": s.track,
            "type": "pitch session",
            "language": "en",
            "abstract": abstract_text.join("\n"),
            "description": description.join("\n"),
            "persons": persons,
            "links": [],
            "attachments": [],
        });
        by_day
            .entry(date)
            .or_insert_with(|| rooms.iter().map(|r| (*r, Vec::new())).collect())
            .entry(s.room.as_str())
            .or_default()
            .push(event);
        let span = bounds.entry(date).or_insert((s.starts_at, s.ends_at));
        span.0 = span.0.min(s.starts_at);
        span.1 = span.1.max(s.ends_at);
    }
    let midnight = |d: NaiveDate| {
        d.and_hms_opt(0, 0, 0)
            .and_then(|n| n.and_local_timezone(tz).earliest())
            .map(|t| t.to_rfc3339())
            .unwrap_or_default()
    };
    let days: Vec<Value> = by_day
        .into_iter()
        .enumerate()
        .map(|(i, (date, rooms))| {
            let (start, end) = match bounds.get(&date) {
                Some((a, b)) => (
                    a.with_timezone(&tz).to_rfc3339(),
                    b.with_timezone(&tz).to_rfc3339(),
                ),
                None => (
                    midnight(date),
                    date.succ_opt().map(midnight).unwrap_or_default(),
                ),
            };
            json!({
                "index": i + 1,
                "date": date.to_string(),
                "day_start": start,
                "day_end": end,
                "rooms": rooms,
            })
        })
        .collect();
    Ok(json!({
        "schedule": {
            "version": version,
            "base_url": format!("{base}/"),
            "conference": {
                "acronym": acronym,
                "title": e.name,
                "start": e.starts_on.to_string(),
                "end": e.ends_on.to_string(),
                "daysCount": days.len(),
                "timeslot_duration": "00:05",
                "time_zone_name": e.time_zone,
                "url": agenda_url(public_url, &e),
                "days": days,
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_text_keeps_what_was_typed_but_no_bare_carriage_return_or_control() {
        assert_eq!(calendar_text("a\r\nb\rc\u{7}d"), "a\nb\ncd");
        assert_eq!(calendar_text(r#"Evil; Co, "x"\n"#), r#"Evil; Co, "x"\n"#);
    }

    #[test]
    fn a_hostile_summary_stays_one_escaped_line() {
        let mut cal = Calendar::empty();
        cal.push(
            icalendar::Event::new()
                .uid("x@pitchline")
                .summary(&calendar_text("Evil; Co, \"x\"\r\nBEGIN:VEVENT\\"))
                .done(),
        );
        let text = cal.to_string();
        assert!(
            text.contains("SUMMARY:Evil\\; Co\\, \"x\"\\nBEGIN:VEVENT\\\\\r\n"),
            "{text}"
        );
        assert_eq!(
            text.matches("BEGIN:VEVENT").count(),
            2,
            "one real, one in text"
        );
        assert_eq!(
            text.lines().filter(|l| *l == "BEGIN:VEVENT").count(),
            1,
            "{text}"
        );
    }

    #[test]
    fn frab_names_follow_the_schema_patterns() {
        let e = edition::Model {
            id: Uuid::nil(),
            name: "GSIC 2026 · Shanghai!".into(),
            ..test_edition()
        };
        assert_eq!(acronym(&e), "gsic_2026_shanghai");
        let zh = edition::Model {
            name: "全球创投大会".into(),
            ..test_edition()
        };
        assert_eq!(acronym(&zh), "pitchline_00000000");
        assert_eq!(
            slug("gsic_2026", 7, "Clean energy I"),
            "gsic-2026-7-clean-energy-i"
        );
        assert_eq!(slug("gsic_2026", 7, "路演"), "gsic-2026-7");
        assert_eq!(hh_mm(90), "01:30");
        assert!(event_id(Uuid::max()) >= 1 && event_id(Uuid::nil()) == 1);
    }

    fn test_edition() -> edition::Model {
        let day = NaiveDate::from_ymd_opt(2099, 9, 15).unwrap_or_default();
        edition::Model {
            id: Uuid::nil(),
            name: String::new(),
            city: "Shanghai".into(),
            starts_on: day,
            ends_on: day,
            time_zone: "Asia/Shanghai".into(),
            submission_deadline: Utc::now(),
            attendance_deadline: None,
            is_current: true,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }
}
