//! The meeting schedule read into the matcher's indices, the matcher run that stores its
//! result, and the release (with a reminder per person per meeting, held in the outbox
//! until an hour before it).

use super::reminder_hold;
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, local, zone};
use crate::lookup::meetings;
use crate::model::codec::JsonText;
use crate::model::meeting_run::RunReport;
use crate::model::{
    blocked_time, edition, investor_mark, meeting, meeting_block, meeting_place, meeting_request,
    meeting_rule, meeting_run, pitch_session, released_meeting, schedule_panel, schedule_placement,
    startup, startup_member, submission, user,
};
use crate::platform::{audit, mail_texts, outbox, rate_limits};
use crate::ServiceError;
use chrono::{DateTime, Duration, Utc};
use domain::meetings::requests::weight;
use domain::meetings::{
    solve, AskedBy, Instance, Meeting, MeetingRules, Party, Request, RequestStatus,
};
use domain::rate_limit::Limit;
use domain::submission::Window;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Matcher runs one staff account starts (each reads and rewrites the whole schedule).
pub const RUNS_PER_USER: Limit = Limit {
    max_attempts: 30,
    window: Duration::hours(1),
};

/// Releases per edition: each queues a reminder per person per meeting.
pub const RELEASES_PER_EDITION: Limit = Limit {
    max_attempts: 30,
    window: Duration::days(1),
};

/// Which requests the instance holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// What the matcher places: accepted requests, and pending ones when the rules say a
    /// pending request holds a slot.
    Matcher,
    /// Every live request (pending, proposed or accepted): what staff may book by hand.
    Live,
}

/// The schedule as the matcher and the checker see it, with the rows behind each index.
pub(super) struct Loaded {
    pub edition: edition::Model,
    pub instance: Instance,
    /// Index = request index.
    pub requests: Vec<meeting_request::Model>,
    /// Index = table index.
    pub places: Vec<meeting_place::Model>,
    /// The stored meetings (all of them, also those outside the instance).
    pub meetings: Vec<meeting::Model>,
    request_at: HashMap<Uuid, usize>,
    place_at: HashMap<Uuid, usize>,
    slot_at: HashMap<DateTime<Utc>, usize>,
}

impl Loaded {
    pub fn request_index(&self, id: Uuid) -> Option<usize> {
        self.request_at.get(&id).copied()
    }
    pub fn place_index(&self, id: Uuid) -> Option<usize> {
        self.place_at.get(&id).copied()
    }
    pub fn slot_index(&self, starts_at: DateTime<Utc>) -> Option<usize> {
        self.slot_at.get(&starts_at).copied()
    }
    /// A stored meeting by index, if its request, place and time are in the instance.
    pub fn as_meeting(&self, m: &meeting::Model) -> Option<Meeting> {
        Some(Meeting {
            request: self.request_index(m.request_id)?,
            slot: self.slot_index(m.starts_at)?,
            table: self.place_index(m.place_id)?,
            locked: m.locked,
        })
    }
}

/// The edition's blocks in time order.
pub(super) async fn blocks_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<meeting_block::Model>, ServiceError> {
    Ok(meeting_block::Entity::find()
        .filter(meeting_block::Column::EditionId.eq(edition_id))
        .order_by_asc(meeting_block::Column::StartsAt)
        .order_by_asc(meeting_block::Column::Id)
        .all(db)
        .await?)
}

/// The edition's places in name order.
pub(super) async fn places_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<meeting_place::Model>, ServiceError> {
    Ok(meeting_place::Entity::find()
        .filter(meeting_place::Column::EditionId.eq(edition_id))
        .order_by_asc(meeting_place::Column::Name)
        .order_by_asc(meeting_place::Column::Id)
        .all(db)
        .await?)
}

pub(super) async fn meetings_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<meeting::Model>, ServiceError> {
    Ok(meeting::Entity::find()
        .filter(meeting::Column::EditionId.eq(edition_id))
        .order_by_asc(meeting::Column::StartsAt)
        .order_by_asc(meeting::Column::PlaceId)
        .all(db)
        .await?)
}

/// Reads the edition's meeting schedule into the matcher's indices: slots from every
/// block in time order, places as tables (name order), requests in the order they were
/// made, investors and startups in id order; busy times are each party's pitch slot
/// (draft schedule), panels, and times blocked out (a startup: any of its founders').
pub(super) async fn load(
    db: &impl ConnectionTrait,
    edition: edition::Model,
    scope: Scope,
    now: DateTime<Utc>,
) -> Result<Loaded, ServiceError> {
    let edition_id = edition.id;
    let rule_row = meetings::row(db, edition_id).await?;
    let rules = rule_row.as_ref().map(|r| r.rules()).unwrap_or_default();
    let blocks = blocks_of(db, edition_id).await?;
    let slots: Vec<Window> = blocks.iter().flat_map(|b| b.block().slots()).collect();
    let slot_at: HashMap<DateTime<Utc>, usize> = slots
        .iter()
        .enumerate()
        .map(|(i, w)| (w.starts_at, i))
        .collect();
    let places = places_of(db, edition_id).await?;
    let place_at: HashMap<Uuid, usize> =
        places.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let stored = meetings_of(db, edition_id).await?;
    let takes_part = |status: RequestStatus| match scope {
        Scope::Live => status.is_live(),
        Scope::Matcher => {
            status == RequestStatus::Accepted
                || (rules.pending_holds_slot
                    && matches!(status, RequestStatus::Pending | RequestStatus::Proposed))
        }
    };
    let requests: Vec<meeting_request::Model> = meeting_request::Entity::find()
        .filter(meeting_request::Column::EditionId.eq(edition_id))
        .order_by_asc(meeting_request::Column::CreatedAt)
        .order_by_asc(meeting_request::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|r| takes_part(r.status_at(now)))
        .collect();
    let request_at: HashMap<Uuid, usize> = requests
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id, i))
        .collect();
    let investors: Vec<Uuid> = requests
        .iter()
        .map(|r| r.investor_id)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let startups: Vec<Uuid> = requests
        .iter()
        .map(|r| r.startup_id)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let investor_at: HashMap<Uuid, usize> = investors
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();
    let startup_at: HashMap<Uuid, usize> = startups
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();

    // Busy times.
    let mut investor_busy: Vec<Vec<Window>> = vec![Vec::new(); investors.len()];
    let mut startup_busy: Vec<Vec<Window>> = vec![Vec::new(); startups.len()];
    let sessions: HashMap<Uuid, pitch_session::Model> = pitch_session::Entity::find()
        .filter(pitch_session::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let startup_of_pitch: HashMap<Uuid, Uuid> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.startup_id))
        .collect();
    for p in schedule_placement::Entity::find()
        .filter(schedule_placement::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
    {
        let party = startup_of_pitch
            .get(&p.submission_id)
            .and_then(|s| startup_at.get(s));
        let window = sessions
            .get(&p.session_id)
            .and_then(|s| s.slots().get(usize::try_from(p.slot).ok()?).copied());
        if let (Some(&party), Some(window)) = (party, window) {
            startup_busy[party].push(window);
        }
    }
    for seat in schedule_panel::Entity::find()
        .filter(schedule_panel::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
    {
        if let (Some(&party), Some(s)) = (
            investor_at.get(&seat.investor_id),
            sessions.get(&seat.session_id),
        ) {
            investor_busy[party].push(s.span());
        }
    }
    let members = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.is_in(startups.clone()))
        .all(db)
        .await?;
    let mut startups_of_user: HashMap<Uuid, Vec<usize>> = HashMap::new();
    for m in &members {
        if let Some(&s) = startup_at.get(&m.startup_id) {
            startups_of_user.entry(m.user_id).or_default().push(s);
        }
    }
    for b in blocked_time::Entity::find()
        .filter(blocked_time::Column::EditionId.eq(edition_id))
        .order_by_asc(blocked_time::Column::StartsAt)
        .all(db)
        .await?
    {
        let window = Window {
            starts_at: b.starts_at,
            ends_at: b.ends_at,
        };
        if let Some(&i) = investor_at.get(&b.user_id) {
            investor_busy[i].push(window);
        }
        for &s in startups_of_user.get(&b.user_id).into_iter().flatten() {
            startup_busy[s].push(window);
        }
    }

    // Weights: the investor's interest mark, more when the founders asked.
    let interest: HashMap<(Uuid, Uuid), domain::review::Interest> = investor_mark::Entity::find()
        .filter(investor_mark::Column::InvestorId.is_in(investors.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|m| ((m.investor_id, m.startup_id), m.interest.0))
        .collect();
    let quota = |n: u32| Some(usize::try_from(n).unwrap_or(usize::MAX));
    let instance_requests = requests
        .iter()
        .map(|r| Request {
            investor: investor_at[&r.investor_id],
            startup: startup_at[&r.startup_id],
            weight: weight(
                interest.get(&(r.investor_id, r.startup_id)).copied(),
                r.asked_by.0 == AskedBy::Founder,
            ),
        })
        .collect();
    let mut loaded = Loaded {
        instance: Instance {
            slots,
            tables: places.len(),
            investors: investor_busy
                .into_iter()
                .map(|busy| Party {
                    busy,
                    max_meetings: quota(rules.investor_quota),
                })
                .collect(),
            startups: startup_busy
                .into_iter()
                .map(|busy| Party {
                    busy,
                    max_meetings: quota(rules.startup_quota),
                })
                .collect(),
            requests: instance_requests,
            current: Vec::new(),
        },
        edition,
        requests,
        places,
        meetings: stored,
        request_at,
        place_at,
        slot_at,
    };
    loaded.instance.current = loaded
        .meetings
        .iter()
        .filter_map(|m| loaded.as_meeting(m))
        .collect();
    Ok(loaded)
}

/// What a run did, for the caller (the page reads the stored report).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunDone {
    pub placed: usize,
    pub unplaced: usize,
    pub weight: i64,
    pub bound: i64,
}

/// Runs the matcher on the edition's schedule and stores its result: meetings it keeps
/// stay as they are (check-ins too), the others are replaced in one transaction, and
/// meetings of requests no longer live go. Locked meetings are kept where they are.
/// People see none of it (agenda, calendar, reminders) until staff release again.
pub async fn run(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
) -> Result<RunDone, ServiceError> {
    rate_limits::hit(db, &format!("meeting-run:{actor}"), RUNS_PER_USER).await?;
    let txn = begin_write(db).await?;
    let e = chosen_or_current(&txn, Some(edition_id)).await?;
    let now = Utc::now();
    let loaded = load(&txn, e, Scope::Matcher, now).await?;
    let solution = solve(&loaded.instance);
    let wanted: HashMap<usize, Meeting> =
        solution.meetings.iter().map(|m| (m.request, *m)).collect();
    // Out first (the unique indexes see the schedule between statements), then in.
    let mut kept: BTreeSet<usize> = BTreeSet::new();
    let mut moved = 0;
    for m in &loaded.meetings {
        let stays = loaded.as_meeting(m).is_some_and(|now_at| {
            wanted
                .get(&now_at.request)
                .is_some_and(|w| w.slot == now_at.slot && w.table == now_at.table)
        });
        if stays {
            kept.insert(loaded.request_index(m.request_id).unwrap_or(usize::MAX));
        } else {
            moved += 1;
            meeting::Entity::delete_by_id(m.id).exec(&txn).await?;
        }
    }
    for m in &solution.meetings {
        if kept.contains(&m.request) {
            continue;
        }
        insert(&txn, &loaded, m, now).await?;
    }
    let report = RunReport {
        requests: loaded.requests.len(),
        placed: solution.meetings.len(),
        moved,
        weight: solution.weight,
        bound: solution.bound,
        idle_gaps: solution.idle_gaps,
        unplaced: solution
            .unplaced
            .iter()
            .filter_map(|u| Some((loaded.requests.get(u.request)?.id, u.why.clone())))
            .collect(),
    };
    meeting_run::Entity::delete_by_id(edition_id)
        .exec(&txn)
        .await?;
    meeting_run::ActiveModel {
        edition_id: Set(edition_id),
        ran_at: Set(now),
        ran_by: Set(Some(actor)),
        report: Set(JsonText(report.clone())),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(actor),
        "meetings.run",
        &format!("edition:{edition_id}"),
        &format!(
            "placed {} of {}, weight {} of at most {}",
            report.placed, report.requests, report.weight, report.bound
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(RunDone {
        placed: report.placed,
        unplaced: report.unplaced.len(),
        weight: report.weight,
        bound: report.bound,
    })
}

/// Stores `m` (by index) as a meeting row.
pub(super) async fn insert(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
    m: &Meeting,
    now: DateTime<Utc>,
) -> Result<Uuid, ServiceError> {
    let (Some(r), Some(w), Some(p)) = (
        loaded.requests.get(m.request),
        loaded.instance.slots.get(m.slot),
        loaded.places.get(m.table),
    ) else {
        return Err(ServiceError::Internal(format!(
            "meeting out of its instance: {m:?}"
        )));
    };
    let id = Uuid::new_v4();
    meeting::ActiveModel {
        id: Set(id),
        edition_id: Set(loaded.edition.id),
        request_id: Set(r.id),
        investor_id: Set(r.investor_id),
        startup_id: Set(r.startup_id),
        place_id: Set(p.id),
        starts_at: Set(w.starts_at),
        ends_at: Set(w.ends_at),
        locked: Set(m.locked),
        investor_check: Set(None),
        founder_check: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// Copies live meeting `m` into the released schedule (replacing its released row, if
/// any) and queues its reminders from that copy.
pub(super) async fn publish(
    db: &impl ConnectionTrait,
    edition: &edition::Model,
    m: &meeting::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let place = meeting_place::Entity::find_by_id(m.place_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    released_meeting::Entity::delete_by_id(m.id)
        .exec(db)
        .await?;
    released_meeting::ActiveModel {
        id: Set(m.id),
        edition_id: Set(m.edition_id),
        request_id: Set(m.request_id),
        investor_id: Set(m.investor_id),
        startup_id: Set(m.startup_id),
        place_id: Set(m.place_id),
        place_name: Set(place.name),
        place_location: Set(place.location),
        starts_at: Set(m.starts_at),
        ends_at: Set(m.ends_at),
        created_at: Set(m.created_at),
        updated_at: Set(m.updated_at),
        released_at: Set(now),
    }
    .insert(db)
    .await?;
    remind_in(db, edition, m.id).await
}

/// Takes released meeting `id` out of the released schedule, with its unsent reminders.
pub(super) async fn unpublish(db: &impl ConnectionTrait, id: Uuid) -> Result<(), ServiceError> {
    outbox::drop_held(db, &reminder_hold(id)).await?;
    released_meeting::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Queues the reminders of released meeting `id` (after dropping any it had): one to the
/// investor and one to each founder of the startup, in their language, an hour before
/// it starts, with the place and time as released.
async fn remind_in(
    db: &impl ConnectionTrait,
    edition: &edition::Model,
    id: Uuid,
) -> Result<(), ServiceError> {
    let key = reminder_hold(id);
    outbox::drop_held(db, &key).await?;
    let Some(m) = released_meeting::Entity::find_by_id(id).one(db).await? else {
        return Ok(());
    };
    let company = startup::Entity::find_by_id(m.startup_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let investor = user::Entity::find_by_id(m.investor_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let founder_ids: Vec<Uuid> = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.eq(m.startup_id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.user_id)
        .collect();
    let founders = user::Entity::find()
        .filter(user::Column::Id.is_in(founder_ids))
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?;
    let when = format!(
        "{} ({})",
        local(m.starts_at, zone(edition)),
        edition.time_zone
    );
    let hold = outbox::Hold {
        key: &key,
        until: m.starts_at - Duration::hours(1),
    };
    let send = |to: &user::Model, other: &str| {
        let mail = mail_texts::meeting_reminder(
            to.lang(),
            &to.display_name,
            other,
            &when,
            &m.place_name,
            &m.place_location,
        );
        (to.email.clone(), mail)
    };
    let mut mails = vec![send(&investor, &company.name)];
    for f in &founders {
        mails.push(send(f, &investor.display_name));
    }
    for (to, mail) in mails {
        outbox::enqueue_held(db, &to, &mail.subject, &mail.body, Some(&hold)).await?;
    }
    Ok(())
}

/// Releases the meeting schedule: the live meetings are copied into the released
/// schedule (`released_meetings`, replacing the last release), which is what the people
/// in it see on their agenda and in their calendar, and each gets a reminder an hour
/// before each meeting. Releasing again replaces the copy and queues the reminders
/// afresh (never twice: each released meeting's unsent reminders are dropped first).
pub async fn release(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
) -> Result<usize, ServiceError> {
    let e = chosen_or_current(db, Some(edition_id)).await?;
    rate_limits::hit(
        db,
        &format!("meeting-release:{edition_id}"),
        RELEASES_PER_EDITION,
    )
    .await?;
    let txn = begin_write(db).await?;
    let now = Utc::now();
    match meetings::row(&txn, edition_id).await? {
        Some(row) => {
            let mut row: meeting_rule::ActiveModel = row.into();
            row.released_at = Set(Some(now));
            row.updated_at = Set(now);
            row.update(&txn).await?;
        }
        None => {
            let rules = MeetingRules::default();
            meeting_rule::ActiveModel {
                edition_id: Set(edition_id),
                investor_quota: Set(i32::try_from(rules.investor_quota).unwrap_or(i32::MAX)),
                startup_quota: Set(i32::try_from(rules.startup_quota).unwrap_or(i32::MAX)),
                reply_hours: Set(i32::try_from(rules.reply_hours).unwrap_or(i32::MAX)),
                pending_holds_slot: Set(rules.pending_holds_slot),
                founders_may_request: Set(rules.founders_may_request),
                released_at: Set(Some(now)),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?;
        }
    }
    let before = released_meeting::Entity::find()
        .filter(released_meeting::Column::EditionId.eq(edition_id))
        .all(&txn)
        .await?;
    for old in before {
        unpublish(&txn, old.id).await?;
    }
    let all = meetings_of(&txn, edition_id).await?;
    for m in &all {
        publish(&txn, &e, m, now).await?;
    }
    audit::record(
        &txn,
        Some(actor),
        "meetings.release",
        &format!("edition:{edition_id}"),
        &format!("{} meetings", all.len()),
    )
    .await?;
    txn.commit().await?;
    Ok(all.len())
}

/// The last run's report, if the edition had one.
pub(super) async fn last_run(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Option<meeting_run::Model>, ServiceError> {
    Ok(meeting_run::Entity::find_by_id(edition_id).one(db).await?)
}

/// Names by id: investors' display names and startups' names.
pub(super) async fn names(
    db: &impl ConnectionTrait,
    investors: impl IntoIterator<Item = Uuid>,
    startups: impl IntoIterator<Item = Uuid>,
) -> Result<(BTreeMap<Uuid, String>, BTreeMap<Uuid, String>), ServiceError> {
    let investors: Vec<Uuid> = investors
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let startups: Vec<Uuid> = startups
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let people = user::Entity::find()
        .filter(user::Column::Id.is_in(investors))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let companies = startup::Entity::find()
        .filter(startup::Column::Id.is_in(startups))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    Ok((people, companies))
}
