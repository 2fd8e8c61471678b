//! Live pitch sessions on the day ([`run`]: staff open a session, which copies its
//! running order and panel from the latest released schedule, call the pitches, mark
//! them and close it), the judges' phone scores ([`scores`]), the missing-scores board
//! ([`board`]) and the session's result, awards and their release ([`result`]).
//!
//! Every write to a session's live rows bumps `live_sessions.version` in its own
//! transaction: a board on any server sees a change by reading that one number.

pub mod board;
pub mod result;
pub mod run;
pub mod scores;
pub mod stage;

use crate::lookup::editions::zone;
use crate::model::{edition, live_pitch, live_session, pitch_session, room};
use crate::ServiceError;
use domain::live::{LiveState, PitchStatus};
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};
use wire::{LivePitchRow, LiveSessionRef};

/// A session with its edition and room's name; NotFound when it does not exist.
pub(crate) struct Session {
    pub session: pitch_session::Model,
    pub edition: edition::Model,
    pub room: String,
}

pub(crate) async fn session(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Session, ServiceError> {
    let session = pitch_session::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let edition = edition::Entity::find_by_id(session.edition_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let room = room::Entity::find_by_id(session.room_id)
        .one(db)
        .await?
        .map(|r| r.name)
        .unwrap_or_default();
    Ok(Session {
        session,
        edition,
        room,
    })
}

pub(crate) async fn live_of(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Option<live_session::Model>, ServiceError> {
    Ok(live_session::Entity::find_by_id(session_id).one(db).await?)
}

/// The running order.
pub(crate) async fn lineup(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<live_pitch::Model>, ServiceError> {
    Ok(live_pitch::Entity::find()
        .filter(live_pitch::Column::SessionId.eq(session_id))
        .order_by_asc(live_pitch::Column::Position)
        .order_by_asc(live_pitch::Column::SubmissionId)
        .all(db)
        .await?)
}

pub(crate) fn session_ref(s: &Session, live: Option<&live_session::Model>) -> LiveSessionRef {
    let tz = zone(&s.edition);
    let clock =
        |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&tz).format("%H:%M").to_string();
    LiveSessionRef {
        id: s.session.id,
        title: s.session.title.clone(),
        room: s.room.clone(),
        day: s.session.starts_at.with_timezone(&tz).date_naive(),
        starts: clock(s.session.starts_at),
        ends: clock(s.session.ends_at),
        state: live.map(|l| l.state.0),
    }
}

pub(crate) fn pitch_row(p: &live_pitch::Model, live: Option<&live_session::Model>) -> LivePitchRow {
    LivePitchRow {
        submission_id: p.submission_id,
        startup: p.startup.clone(),
        one_liner: p.one_liner.clone(),
        track: p.track.clone(),
        status: p.status.0,
        on_stage: on_stage(p, live),
    }
}

pub(crate) fn on_stage(p: &live_pitch::Model, live: Option<&live_session::Model>) -> bool {
    live.is_some_and(|l| {
        l.state.0 == LiveState::Open && l.current_submission == Some(p.submission_id)
    }) && p.status.0 == PitchStatus::Waiting
}

/// The session is open, else 409.
pub(crate) fn must_be_open(
    live: Option<live_session::Model>,
) -> Result<live_session::Model, ServiceError> {
    match live {
        Some(l) if l.state.0 == LiveState::Open => Ok(l),
        _ => Err(ServiceError::Conflict(domain::Clash::LiveNotOpen)),
    }
}
