//! Releasing the draft schedule as a numbered, named version with a changelog. The public
//! agenda, founders' slots, judges' panels and calendar feeds read only released
//! versions. Releasing emails only the founders and judges whose own place is new or
//! changed, each with what changed, in their language.

use super::schedule::{load_draft, Draft};
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, zone};
use crate::model::{edition, schedule_version, startup, startup_member, user};
use crate::platform::{audit, mail_texts, outbox, rate_limits};
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::problem::Clash;
use domain::schedule::{check, warnings, Level};
use domain::validation::{bounded_text, single_line};
use domain::{FieldErrors, Noun};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use wire::{AgendaSession, AgendaSlot, MyPlace, MySchedule, PitchSlot, PublicAgenda, VersionRow};

pub const VERSION_NAME_MAX: usize = 80;
pub const CHANGELOG_MAX: usize = 2_000;

pub use crate::lookup::schedule::{latest, Snapshot, SnapshotJudge, SnapshotSession, SnapshotSlot};

/// Where each person appears, by account: (session, when, room) of each slot or panel.
type Places = BTreeMap<Uuid, BTreeSet<(Uuid, DateTime<Utc>, String)>>;

impl Snapshot {
    /// Each founder's slots by account.
    fn founders(&self) -> Places {
        let mut out = Places::new();
        for s in &self.sessions {
            for slot in &s.slots {
                for f in &slot.founders {
                    out.entry(*f)
                        .or_default()
                        .insert((s.id, slot.starts_at, s.room.clone()));
                }
            }
        }
        out
    }

    /// Each judge's panels by account.
    fn judges(&self) -> Places {
        let mut out = Places::new();
        for s in &self.sessions {
            for j in &s.panel {
                out.entry(j.id)
                    .or_default()
                    .insert((s.id, s.starts_at, s.room.clone()));
            }
        }
        out
    }
}

async fn snapshot_of(db: &impl ConnectionTrait, draft: &Draft) -> Result<Snapshot, ServiceError> {
    let startup_ids: Vec<Uuid> = draft.pitches.iter().map(|p| p.startup.id).collect();
    let mut founders: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for m in startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.is_in(startup_ids))
        .all(db)
        .await?
    {
        founders.entry(m.startup_id).or_default().push(m.user_id);
    }
    let current = &draft.instance.current;
    let sessions = draft
        .sessions
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let cut = &draft.instance.sessions[si].slots;
            let mut slots: Vec<SnapshotSlot> = current
                .placements
                .iter()
                .filter(|p| p.session == si)
                .filter_map(|p| {
                    let window = cut.get(p.slot)?;
                    let pitch = draft.pitches.get(p.startup)?;
                    Some(SnapshotSlot {
                        starts_at: window.starts_at,
                        ends_at: window.ends_at,
                        submission_id: pitch.submission.id,
                        startup_id: pitch.startup.id,
                        startup: pitch.startup.name.clone(),
                        one_liner: pitch.startup.one_liner.clone(),
                        founders: founders.get(&pitch.startup.id).cloned().unwrap_or_default(),
                    })
                })
                .collect();
            slots.sort_by_key(|s| s.starts_at);
            let panel = current
                .seats
                .iter()
                .filter(|seat| seat.session == si)
                .filter_map(|seat| draft.judges.get(seat.judge))
                .map(|j| SnapshotJudge {
                    id: j.id,
                    name: j.name.clone(),
                })
                .collect();
            SnapshotSession {
                id: s.id,
                title: s.title.clone(),
                track: s
                    .track_id
                    .and_then(|t| draft.tracks.iter().find(|x| x.id == t))
                    .map(|t| t.name.clone()),
                room: draft.rooms.get(&s.room_id).cloned().unwrap_or_default(),
                starts_at: s.starts_at,
                ends_at: s.ends_at,
                slots,
                panel,
            }
        })
        .collect();
    Ok(Snapshot { sessions })
}

/// Every released version, newest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<VersionRow>, ServiceError> {
    Ok(schedule_version::Entity::find()
        .filter(schedule_version::Column::EditionId.eq(edition_id))
        .order_by_desc(schedule_version::Column::Number)
        .all(db)
        .await?
        .into_iter()
        .map(|v| VersionRow {
            number: v.number,
            name: v.name,
            changelog: v.changelog,
            released_at: v.released_at,
        })
        .collect())
}

/// Releases the draft of `edition_id` as the next version. Refused while the draft
/// breaks a hard rule. Returns the version number.
pub async fn release(
    db: &DatabaseConnection,
    actor: Uuid,
    public_url: &str,
    edition_id: Uuid,
    name: &str,
    changelog: &str,
) -> Result<i32, ServiceError> {
    let mut errors = FieldErrors::new();
    let name = errors.check(
        "name",
        single_line(name, Noun::VersionName, 1, VERSION_NAME_MAX),
    );
    let changelog = errors.check(
        "changelog",
        bounded_text(changelog, Noun::Changelog, 0, CHANGELOG_MAX),
    );
    let (Some(name), Some(changelog)) = (name, changelog) else {
        return Err(ServiceError::Invalid(errors));
    };
    rate_limits::hit(
        db,
        &format!("schedule-release:{edition_id}"),
        rate_limits::SCHEDULE_RELEASES_PER_EDITION,
    )
    .await?;
    let txn = begin_write(db).await?;
    let e = edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let draft = load_draft(&txn, e.clone()).await?;
    let breaches = check(&draft.instance, &draft.instance.current);
    // Soft rules block too where staff set them to.
    let levels = super::schedule::levels(&txn, edition_id).await?;
    let blocking = warnings(&draft.instance, &draft.instance.current)
        .iter()
        .filter(|w| levels.contains(&(w.rule(), Level::BlockPublishing)))
        .count();
    if !breaches.is_empty() || blocking > 0 {
        return Err(ServiceError::Conflict(Clash::ScheduleBreaksRules {
            count: breaches.len() + blocking,
        }));
    }
    let snapshot = snapshot_of(&txn, &draft).await?;
    let previous = latest(&txn, edition_id).await?;
    // Releasing what the agenda already shows would only renumber it.
    if let Some((v, _)) = previous.as_ref().filter(|(_, s)| *s == snapshot) {
        return Err(ServiceError::Conflict(Clash::NothingToRelease {
            number: v.number,
            name: v.name.clone(),
        }));
    }
    let number = previous.as_ref().map(|(v, _)| v.number + 1).unwrap_or(1);
    let text =
        serde_json::to_string(&snapshot).map_err(|e| ServiceError::Internal(e.to_string()))?;
    schedule_version::ActiveModel {
        id: Set(Uuid::new_v4()),
        edition_id: Set(edition_id),
        number: Set(number),
        name: Set(name.clone()),
        changelog: Set(changelog),
        snapshot: Set(text),
        released_by: Set(Some(actor)),
        released_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    let before = previous.map(|(_, s)| s).unwrap_or(Snapshot {
        sessions: Vec::new(),
    });
    let told = tell_the_affected(&txn, public_url, &e, &before, &snapshot, &name).await?;
    audit::record(
        &txn,
        Some(actor),
        "schedule.release",
        &format!("edition:{edition_id}"),
        &format!("version={number} emailed={told}"),
    )
    .await?;
    txn.commit().await?;
    Ok(number)
}

/// Emails each founder and judge whose own slots or panels differ between `before` and
/// `after` (new, moved, gone), listing theirs as they are now. Returns how many.
async fn tell_the_affected(
    db: &impl ConnectionTrait,
    public_url: &str,
    e: &edition::Model,
    before: &Snapshot,
    after: &Snapshot,
    version: &str,
) -> Result<usize, ServiceError> {
    let tz = zone(e);
    let (old_f, new_f) = (before.founders(), after.founders());
    let (old_j, new_j) = (before.judges(), after.judges());
    let changed = |old: &Places, new: &Places| {
        old.keys()
            .chain(new.keys())
            .filter(|k| old.get(k) != new.get(k))
            .copied()
            .collect::<BTreeSet<Uuid>>()
    };
    let founders = changed(&old_f, &new_f);
    let judges = changed(&old_j, &new_j);
    let people: Vec<Uuid> = founders.union(&judges).copied().collect();
    if people.is_empty() {
        return Ok(0);
    }
    let users: HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(people.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let link = format!(
        "{}/agenda?edition={}",
        public_url.trim_end_matches('/'),
        e.id
    );
    let mut sent = 0;
    for id in people {
        let Some(u) = users.get(&id) else { continue };
        let lang = u.lang();
        let when = |at: DateTime<Utc>| i18n::format::date_time_in(lang, at, tz);
        let mut lines: Vec<String> = Vec::new();
        for s in &after.sessions {
            for slot in s
                .slots
                .iter()
                .filter(|slot| founders.contains(&id) && slot.founders.contains(&id))
            {
                lines.push(mail_texts::schedule_slot_line(
                    lang,
                    &slot.startup,
                    &when(slot.starts_at),
                    &s.room,
                    &s.title,
                ));
            }
            if judges.contains(&id) && s.panel.iter().any(|j| j.id == id) {
                lines.push(mail_texts::schedule_panel_line(
                    lang,
                    &s.title,
                    &when(s.starts_at),
                    &s.room,
                ));
            }
        }
        let mail =
            mail_texts::schedule_changed(lang, &u.display_name, &e.name, version, &lines, &link);
        outbox::enqueue(db, &u.email, &mail.subject, &mail.body).await?;
        sent += 1;
    }
    Ok(sent)
}

/// The public agenda of `wanted` (or the current edition): its latest released version,
/// or none yet.
pub async fn agenda(
    db: &DatabaseConnection,
    wanted: Option<Uuid>,
) -> Result<PublicAgenda, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let tz = zone(&e);
    let released = latest(db, e.id).await?;
    let clock = |at: DateTime<Utc>| at.with_timezone(&tz).format("%H:%M").to_string();
    let (version, sessions) = match released {
        None => (None, Vec::new()),
        Some((v, snapshot)) => (
            Some(VersionRow {
                number: v.number,
                name: v.name,
                changelog: v.changelog,
                released_at: v.released_at,
            }),
            snapshot
                .sessions
                .into_iter()
                .map(|s| AgendaSession {
                    id: s.id,
                    title: s.title,
                    track: s.track,
                    room: s.room,
                    day: s.starts_at.with_timezone(&tz).date_naive(),
                    starts: clock(s.starts_at),
                    ends: clock(s.ends_at),
                    slots: s
                        .slots
                        .into_iter()
                        .map(|slot| AgendaSlot {
                            starts: clock(slot.starts_at),
                            ends: clock(slot.ends_at),
                            startup_id: slot.startup_id,
                            startup: slot.startup,
                            one_liner: slot.one_liner,
                        })
                        .collect(),
                    panel: s.panel.into_iter().map(|j| j.name).collect(),
                })
                .collect(),
        ),
    };
    Ok(PublicAgenda {
        edition_id: e.id,
        edition_name: e.name,
        time_zone: e.time_zone,
        version,
        sessions,
    })
}

/// Where a startup pitches in `edition_id`'s latest released programme: the version's
/// name and the slot, or `None` while nothing is released or it has no slot. The
/// programme is public, so this tells nobody anything the agenda does not.
pub async fn slot_of(
    db: &DatabaseConnection,
    edition_id: Uuid,
    startup_id: Uuid,
) -> Result<Option<PitchSlot>, ServiceError> {
    let e = edition::Entity::find_by_id(edition_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    startup::Entity::find_by_id(startup_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let Some((v, snapshot)) = latest(db, e.id).await? else {
        return Ok(None);
    };
    let tz = zone(&e);
    let local = |at: DateTime<Utc>| at.with_timezone(&tz);
    Ok(snapshot.sessions.iter().find_map(|s| {
        let slot = s.slots.iter().find(|slot| slot.startup_id == startup_id)?;
        Some(PitchSlot {
            version: v.name.clone(),
            time_zone: e.time_zone.clone(),
            place: MyPlace {
                startup: Some(slot.startup.clone()),
                session: s.title.clone(),
                room: s.room.clone(),
                day: local(slot.starts_at).date_naive(),
                starts: local(slot.starts_at).format("%H:%M").to_string(),
                ends: local(slot.ends_at).format("%H:%M").to_string(),
            },
        })
    }))
}

/// Where `user` pitches and judges in the current edition's latest released schedule.
pub async fn mine(
    db: &DatabaseConnection,
    user_id: Uuid,
) -> Result<Option<MySchedule>, ServiceError> {
    match crate::lookup::editions::current_model(db).await? {
        Some(e) => mine_in(db, e, user_id).await,
        None => Ok(None),
    }
}

/// [`mine`] in edition `e`, for a caller that has loaded it already.
pub async fn mine_in(
    db: &DatabaseConnection,
    e: edition::Model,
    user_id: Uuid,
) -> Result<Option<MySchedule>, ServiceError> {
    let Some((v, snapshot)) = latest(db, e.id).await? else {
        return Ok(None);
    };
    let tz = zone(&e);
    let place = |s: &SnapshotSession,
                 starts_at: DateTime<Utc>,
                 ends_at: DateTime<Utc>,
                 startup: Option<String>| MyPlace {
        startup,
        session: s.title.clone(),
        room: s.room.clone(),
        day: starts_at.with_timezone(&tz).date_naive(),
        starts: starts_at.with_timezone(&tz).format("%H:%M").to_string(),
        ends: ends_at.with_timezone(&tz).format("%H:%M").to_string(),
    };
    let mut pitches = Vec::new();
    let mut panels = Vec::new();
    for s in &snapshot.sessions {
        for slot in s
            .slots
            .iter()
            .filter(|slot| slot.founders.contains(&user_id))
        {
            pitches.push(place(
                s,
                slot.starts_at,
                slot.ends_at,
                Some(slot.startup.clone()),
            ));
        }
        if s.panel.iter().any(|j| j.id == user_id) {
            panels.push(place(s, s.starts_at, s.ends_at, None));
        }
    }
    Ok(Some(MySchedule {
        edition_id: e.id,
        edition_name: e.name,
        time_zone: e.time_zone,
        version: v.name,
        pitches,
        panels,
    }))
}
