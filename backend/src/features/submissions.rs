//! Pitch submissions: drafts, submitting before the deadline, decks, availability,
//! withdrawal and the timeline the founders read.

use crate::access::{review, startup as startup_access};
use crate::db::begin_write;
use crate::lookup::editions::{self, local_iso, zone};
use crate::model::codec::Coded;
use crate::model::submission::{move_to, record_draft};
use crate::model::{
    availability_window, edition, feedback, startup, stored_file, submission, submission_event,
    user, user_role,
};
use crate::platform::sessions::SessionUser;
use crate::platform::{audit, files, mail_texts, outbox};
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::policy::StartupViewer;
use domain::submission::{
    deck_replaceable, editable, format_windows, withdrawable, withdrawal_frees_a_place, PitchInput,
    PitchRules, Status, Window,
};
use domain::upload::UploadRule;
use domain::{Clash, Problem};
use i18n::format::date_time_in;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};
use startup_access::submission_visible as load_visible;
use wire::{DeckInfo, PitchDetail, TimelineEntry};

/// The startup's pitch to `edition_id` (or an empty form for a new one).
pub async fn detail(
    db: &DatabaseConnection,
    me: &SessionUser,
    startup_id: Uuid,
    edition_id: Uuid,
) -> Result<PitchDetail, ServiceError> {
    let (startup, access) = startup_access::load_visible(db, startup_id, me).await?;
    let (edition, tracks) = editions::with_tracks(db, edition_id).await?;
    let tz = zone(&edition);
    let found = submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .filter(submission::Column::EditionId.eq(edition_id))
        .one(db)
        .await?;
    let track_names: Vec<String> = tracks.iter().map(|t| t.name.clone()).collect();
    let now = Utc::now();
    let mut detail = PitchDetail {
        id: None,
        startup_id,
        startup_name: startup.name.clone(),
        edition_id,
        edition_name: edition.name.clone(),
        time_zone: edition.time_zone.clone(),
        deadline_local: local_iso(edition.submission_deadline, tz),
        starts_on: edition.starts_on,
        ends_on: edition.ends_on,
        tracks: track_names,
        title: String::new(),
        summary: String::new(),
        video_url: String::new(),
        track: String::new(),
        availability: String::new(),
        preferred_times: String::new(),
        deck: None,
        status: Status::Draft,
        locked: editable(Status::Draft, now, edition.submission_deadline).err(),
        can_withdraw: false,
        team: access.can_manage_team(),
        timeline: Vec::new(),
        feedback: Vec::new(),
        blind_review: editions::review_settings(db, edition_id).await?.blind,
    };
    // Someone outside the team (staff) sees a draft as no pitch at all.
    let Some(s) = found.filter(|s| s.status() != Status::Draft || access.can_read_draft()) else {
        return Ok(detail);
    };
    let status = s.status();
    detail.id = Some(s.id);
    detail.status = status;
    detail.locked = editable(status, now, edition.submission_deadline).err();
    detail.can_withdraw = access.can_manage_team() && withdrawable(status).is_ok();
    detail.track = tracks
        .iter()
        .find(|t| t.id == s.track_id)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let (preferred, available): (Vec<_>, Vec<_>) = windows_of(db, s.id)
        .await?
        .into_iter()
        .partition(|w| w.preferred);
    let times = |windows: Vec<availability_window::Model>| {
        let windows: Vec<Window> = windows
            .into_iter()
            .map(|w| Window {
                starts_at: w.starts_at,
                ends_at: w.ends_at,
            })
            .collect();
        format_windows(&windows, tz)
    };
    detail.availability = times(available);
    detail.preferred_times = times(preferred);
    if let Some(file_id) = s.deck_file_id {
        if let Some(f) = files::find(db, file_id).await? {
            detail.deck = Some(DeckInfo {
                url: format!("/files/decks/{}", s.id.simple()),
                file_name: f.original_name,
                size_bytes: u64::try_from(f.size_bytes).unwrap_or(0),
                uploaded_local: local_iso(f.created_at, tz),
            });
        }
    }
    detail.timeline = submission_event::Entity::find()
        .filter(submission_event::Column::SubmissionId.eq(s.id))
        .order_by_asc(submission_event::Column::At)
        .all(db)
        .await?
        .into_iter()
        .map(|e| TimelineEntry {
            status: e.status.0,
            at_local: local_iso(e.at, tz),
        })
        .collect();
    detail.feedback = feedback::Entity::find()
        .filter(feedback::Column::SubmissionId.eq(s.id))
        .order_by_asc(feedback::Column::ReleasedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.body)
        .collect();
    detail.title = s.title;
    detail.summary = s.summary;
    detail.video_url = s.video_url.unwrap_or_default();
    Ok(detail)
}

async fn windows_of(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Vec<availability_window::Model>, ServiceError> {
    Ok(availability_window::Entity::find()
        .filter(availability_window::Column::SubmissionId.eq(id))
        .order_by_asc(availability_window::Column::StartsAt)
        .all(db)
        .await?)
}

/// Tells every member of the team that their pitch arrived (it was just submitted), each
/// in their own language, with the deadline until which they may still change it.
async fn tell_team_received(
    db: &impl ConnectionTrait,
    public_url: &str,
    edition: &edition::Model,
    startup_id: Uuid,
    title: &str,
) -> Result<(), ServiceError> {
    let link = format!(
        "{public_url}/startups/{startup_id}/pitch?edition={}",
        edition.id
    );
    let pitch = mail_texts::Pitch {
        title,
        edition: &edition.name,
        link: &link,
    };
    for (_, member) in startup::members(db, startup_id).await? {
        let lang = member.lang();
        let deadline = date_time_in(lang, edition.submission_deadline, zone(edition));
        let mail = mail_texts::pitch_received(lang, &member.display_name, &deadline, &pitch);
        outbox::enqueue(db, &member.email, &mail.subject, &mail.body).await?;
    }
    Ok(())
}

/// Tells every staff member, each in their own language, that a team withdrew a pitch
/// that held a place (`domain::submission::withdrawal_frees_a_place`).
async fn tell_staff_withdrawn(
    db: &impl ConnectionTrait,
    public_url: &str,
    s: &submission::Model,
    startup_name: &str,
    was: Status,
) -> Result<(), ServiceError> {
    let edition = edition::Entity::find_by_id(s.edition_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let link = format!("{public_url}/staff/submissions?edition={}", edition.id);
    let pitch = mail_texts::Pitch {
        title: &s.title,
        edition: &edition.name,
        link: &link,
    };
    let staff_ids: Vec<Uuid> = user_role::Entity::find()
        .filter(user_role::Column::Role.eq(Role::Staff.as_str()))
        .select_only()
        .column(user_role::Column::UserId)
        .into_tuple()
        .all(db)
        .await?;
    let staff = user::Entity::find()
        .filter(user::Column::Id.is_in(staff_ids))
        .all(db)
        .await?;
    for member in staff {
        let mail = mail_texts::pitch_withdrawn(
            member.lang(),
            &member.display_name,
            startup_name,
            was,
            &pitch,
        );
        outbox::enqueue(db, &member.email, &mail.subject, &mail.body).await?;
    }
    Ok(())
}

/// Only the team changes a pitch: someone who sees it (staff, once it is submitted) is
/// refused (403); for anyone else it does not exist (404).
fn team_only(access: StartupViewer, draft: bool) -> Result<(), ServiceError> {
    if access.can_manage_team() {
        Ok(())
    } else if access.can_see_pitch(draft) {
        Err(ServiceError::Forbidden)
    } else {
        Err(ServiceError::NotFound)
    }
}

fn locked(l: domain::submission::Locked) -> ServiceError {
    ServiceError::Conflict(Clash::Locked(l))
}

/// Saves the team's pitch to the edition (creating the draft on first save); with
/// `submit`, also submits it, which needs a deck, and emails the team that it arrived
/// (links under `public_url`). Returns the submission id.
pub async fn save(
    db: &DatabaseConnection,
    me: &SessionUser,
    startup_id: Uuid,
    edition_id: Uuid,
    input: &PitchInput,
    submit: bool,
    public_url: &str,
) -> Result<Uuid, ServiceError> {
    let (_, access) = startup_access::load_visible(db, startup_id, me).await?;
    // Whoever sees the startup sees its pitch form (a draft as an empty one).
    team_only(access, false)?;
    let (edition, tracks) = editions::with_tracks(db, edition_id).await?;
    let names: Vec<String> = tracks.iter().map(|t| t.name.clone()).collect();
    let rules = PitchRules {
        tracks: &names,
        time_zone: zone(&edition),
        first_day: edition.starts_on,
        last_day: edition.ends_on,
    };
    let txn = begin_write(db).await?;
    let existing = submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .filter(submission::Column::EditionId.eq(edition_id))
        .one(&txn)
        .await?;
    // A new pitch goes only to the current edition; another edition's id (guessed or
    // kept from an old link) is not open to founders.
    if existing.is_none() && !edition.is_current {
        return Err(ServiceError::NotFound);
    }
    let now = Utc::now();
    let status = existing
        .as_ref()
        .map(submission::Model::status)
        .unwrap_or(Status::Draft);
    editable(status, now, edition.submission_deadline).map_err(locked)?;
    let pitch = input.parse(&rules).map_err(ServiceError::Invalid)?;
    let track_id = tracks
        .iter()
        .find(|t| t.name == pitch.track)
        .map(|t| t.id)
        .ok_or_else(|| ServiceError::field("track", Problem::NotATrack))?;
    let has_deck = existing.as_ref().is_some_and(|s| s.deck_file_id.is_some());
    if submit && !has_deck {
        return Err(ServiceError::field("deck", Problem::DeckBeforeSubmit));
    }
    let id = match existing {
        Some(s) => {
            let id = s.id;
            let mut active: submission::ActiveModel = s.into();
            active.track_id = Set(track_id);
            active.title = Set(pitch.title.clone());
            active.summary = Set(pitch.summary.clone());
            active.video_url = Set(pitch.video_url.clone());
            active.updated_at = Set(now);
            active.update(&txn).await?;
            id
        }
        None => {
            let id = Uuid::new_v4();
            submission::ActiveModel {
                id: Set(id),
                edition_id: Set(edition_id),
                startup_id: Set(startup_id),
                track_id: Set(track_id),
                title: Set(pitch.title.clone()),
                summary: Set(pitch.summary.clone()),
                video_url: Set(pitch.video_url.clone()),
                deck_file_id: Set(None),
                status: Set(Coded(Status::Draft)),
                submitted_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await
            .map_err(|e| {
                ServiceError::from(e).on_duplicate(|| ServiceError::Conflict(Clash::PitchExists))
            })?;
            record_draft(&txn, id, me.id).await?;
            id
        }
    };
    availability_window::Entity::delete_many()
        .filter(availability_window::Column::SubmissionId.eq(id))
        .exec(&txn)
        .await?;
    let available = pitch.availability.iter().map(|w| (w, false));
    for (w, preferred) in available.chain(pitch.preferred.iter().map(|w| (w, true))) {
        availability_window::ActiveModel {
            id: Set(Uuid::new_v4()),
            submission_id: Set(id),
            starts_at: Set(w.starts_at),
            ends_at: Set(w.ends_at),
            preferred: Set(preferred),
        }
        .insert(&txn)
        .await?;
    }
    if submit && status == Status::Draft {
        move_to(&txn, id, Status::Submitted, Some(me.id)).await?;
        tell_team_received(&txn, public_url, &edition, startup_id, &pitch.title).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        if submit { "pitch.submit" } else { "pitch.save" },
        &format!("submission:{id}"),
        &pitch.title,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Withdraws the pitch; returns its startup and edition. A pitch that held a place
/// (accepted, shortlisted, waitlisted) is announced to staff by email.
pub async fn withdraw(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
    public_url: &str,
) -> Result<(Uuid, Uuid), ServiceError> {
    let txn = begin_write(db).await?;
    let (s, startup, access) = load_visible(&txn, me, id).await?;
    team_only(access, s.status() == Status::Draft)?;
    let was = s.status();
    withdrawable(was).map_err(locked)?;
    let ids = (s.startup_id, s.edition_id);
    move_to(&txn, id, Status::Withdrawn, Some(me.id)).await?;
    if withdrawal_frees_a_place(was) {
        tell_staff_withdrawn(&txn, public_url, &s, &startup.name, was).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "pitch.withdraw",
        &format!("submission:{id}"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(ids)
}

/// Checks that `me` may replace the deck of submission `id` now, before any byte is read.
pub async fn may_upload_deck(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
) -> Result<(submission::Model, edition::Model), ServiceError> {
    let (s, _, access) = load_visible(db, me, id).await?;
    team_only(access, s.status() == Status::Draft)?;
    let (edition, _) = editions::with_tracks(db, s.edition_id).await?;
    deck_replaceable(s.status(), Utc::now(), edition.submission_deadline).map_err(locked)?;
    Ok((s, edition))
}

/// Points the submission at a newly stored deck; the previous one is deleted only
/// after the new one is recorded, so a failed upload never loses the old deck.
pub async fn set_deck(
    db: &DatabaseConnection,
    store: &files::FileStore,
    me: &SessionUser,
    id: Uuid,
    received: &files::Received,
    original_name: &str,
) -> Result<Uuid, ServiceError> {
    let (s, _) = may_upload_deck(db, me, id).await?;
    let old = s.deck_file_id;
    let startup_id = s.startup_id;
    let txn = begin_write(db).await?;
    files::record(&txn, received, UploadRule::Deck, original_name, me.id).await?;
    let mut active: submission::ActiveModel = s.into();
    active.deck_file_id = Set(Some(received.id));
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    audit::record(
        &txn,
        Some(me.id),
        "pitch.deck",
        &format!("submission:{id}"),
        original_name,
    )
    .await?;
    txn.commit().await?;
    if let Some(old) = old {
        stored_file::Entity::delete_by_id(old).exec(db).await?;
        store.remove(old).await;
    }
    Ok(startup_id)
}

/// The deck of submission `id`, if `me` may read it: the team, staff, and judges who
/// may review this pitch.
pub async fn deck_for_download(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
) -> Result<(stored_file::Model, String), ServiceError> {
    let s = submission::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut access = startup_access::viewer(db, s.startup_id, me).await?;
    access.reviewer = review::can_open(db, me, &s).await?
        || crate::access::need::deck_shared_with(db, me, s.id).await?;
    let draft = s.status() == Status::Draft;
    if !access.can_read_deck() || (draft && !access.can_read_draft()) {
        return Err(ServiceError::NotFound);
    }
    let startup = startup::Entity::find_by_id(s.startup_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let file = match s.deck_file_id {
        Some(f) => files::find(db, f).await?.ok_or(ServiceError::NotFound)?,
        None => return Err(ServiceError::NotFound),
    };
    // A judge in blind mode must not learn the name from the file name either.
    let blind = !access.can_see() && editions::review_settings(db, s.edition_id).await?.blind;
    let shown = if blind {
        format!("pitch-{}", &s.id.simple().to_string()[..6])
    } else {
        startup.name.clone()
    };
    let safe: String = shown
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    Ok((file, format!("{}-deck.pdf", safe.trim_matches('-'))))
}

/// Submits the saved draft as it stands (its deck included) before the deadline and
/// emails the team that it arrived; returns its startup and edition.
pub async fn submit_saved(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
    public_url: &str,
) -> Result<(Uuid, Uuid), ServiceError> {
    let txn = begin_write(db).await?;
    let (s, _, access) = load_visible(&txn, me, id).await?;
    team_only(access, s.status() == Status::Draft)?;
    let (edition, _) = editions::with_tracks(&txn, s.edition_id).await?;
    let status = s.status();
    editable(status, Utc::now(), edition.submission_deadline).map_err(locked)?;
    if s.deck_file_id.is_none() {
        return Err(ServiceError::field("deck", Problem::DeckMissing));
    }
    let ids = (s.startup_id, s.edition_id);
    if status == Status::Draft {
        move_to(&txn, id, Status::Submitted, Some(me.id)).await?;
        tell_team_received(&txn, public_url, &edition, s.startup_id, &s.title).await?;
        audit::record(
            &txn,
            Some(me.id),
            "pitch.submit",
            &format!("submission:{id}"),
            &s.title,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(ids)
}

/// Moves a submission through `steps` (demo data; decisions by staff arrive with reviews).
pub async fn force_status(
    db: &DatabaseConnection,
    id: Uuid,
    steps: &[Status],
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let mut last = None;
    for &status in steps {
        if last != Some(status) {
            move_to(&txn, id, status, None).await?;
            last = Some(status);
        }
    }
    txn.commit().await?;
    Ok(())
}
