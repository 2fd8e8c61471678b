//! The run of show: staff open a session (its running order and panel copied from the
//! latest released schedule), call the next pitch, move between pitch and Q&A, mark
//! pitches pitched / no-show / moved, reorder them, and close the session.

use super::{lineup, live_of, must_be_open, pitch_row, session, session_ref};
use crate::db::begin_write;
use crate::lookup::schedule::latest;
use crate::model::codec::Coded;
use crate::model::{live_panel, live_pitch, live_session, submission, track};
use crate::platform::audit;
use crate::ServiceError;
use chrono::Utc;
use domain::live::{self, countdown, Direction, LiveState, PitchStatus, Stage};
use domain::Clash;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use wire::{LiveClock, RunOfShow};

/// The run of show of `session_id` (the projector shows the same without controls).
pub async fn run_of_show(
    db: &DatabaseConnection,
    session_id: Uuid,
) -> Result<RunOfShow, ServiceError> {
    let s = session(db, session_id).await?;
    let live = live_of(db, session_id).await?;
    let pitches = lineup(db, session_id).await?;
    let rows: Vec<_> = pitches
        .iter()
        .map(|p| pitch_row(p, live.as_ref()))
        .collect();
    let current = rows.iter().find(|r| r.on_stage).cloned();
    let order: Vec<(Uuid, PitchStatus)> =
        rows.iter().map(|r| (r.submission_id, r.status)).collect();
    let next_id = live::next_up(&order, current.as_ref().map(|c| c.submission_id));
    let next = next_id.and_then(|id| rows.iter().find(|r| r.submission_id == id).cloned());
    let pattern = s.session.pattern();
    let clock = match (&live, &current) {
        (Some(l), Some(_)) => match (l.phase, l.phase_started_at) {
            (Some(phase), Some(started_at)) => {
                let c = countdown(pattern, phase.0, started_at, Utc::now());
                Some(LiveClock {
                    phase: phase.0,
                    started_at,
                    ends_at: c.ends_at,
                    remaining_seconds: c.remaining_seconds,
                })
            }
            _ => None,
        },
        _ => None,
    };
    let result = match &live {
        Some(l) if l.state.0 == LiveState::Closed => {
            Some(super::result::ranking(db, s.edition.id, session_id, &pitches).await?)
        }
        _ => None,
    };
    Ok(RunOfShow {
        edition_id: s.edition.id,
        session: session_ref(&s, live.as_ref()),
        time_zone: s.edition.time_zone.clone(),
        pitch_minutes: pattern.pitch_minutes,
        qa_minutes: pattern.qa_minutes,
        pitches: rows,
        current,
        next,
        clock,
        version: live.as_ref().map(|l| l.version).unwrap_or(0),
        results_released: live.as_ref().is_some_and(|l| l.results_released),
        result,
        stage: super::stage::choice(db, s.edition.id, session_id).await?,
        stage_locked: super::stage::scored(db, session_id).await?,
    })
}

/// Opens the session for scoring. The first time, its running order and panel are
/// copied from the latest released schedule (refused when it is in none); later opens
/// (after a close) keep what the day changed.
pub async fn open(
    db: &DatabaseConnection,
    actor: Uuid,
    session_id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let s = session(&txn, session_id).await?;
    let now = Utc::now();
    match live_of(&txn, session_id).await? {
        Some(l) if l.results_released => {
            return Err(ServiceError::Conflict(Clash::LiveResultsOut));
        }
        Some(l) => {
            let mut active: live_session::ActiveModel = l.into();
            active.state = Set(Coded(LiveState::Open));
            active.closed_at = Set(None);
            active.updated_at = Set(now);
            active.update(&txn).await?;
            live_session::bump(&txn, session_id).await?;
        }
        None => {
            let released = latest(&txn, s.edition.id).await?;
            let Some(snap) = released.and_then(|(_, snapshot)| {
                snapshot.sessions.into_iter().find(|x| x.id == session_id)
            }) else {
                return Err(ServiceError::Conflict(Clash::LiveNotReleased));
            };
            live_session::ActiveModel {
                session_id: Set(session_id),
                edition_id: Set(s.edition.id),
                state: Set(Coded(LiveState::Open)),
                current_submission: Set(None),
                phase: Set(None),
                phase_started_at: Set(None),
                version: Set(1),
                results_released: Set(false),
                opened_at: Set(now),
                closed_at: Set(None),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?;
            let track = snap.track.clone().unwrap_or_default();
            let tracks: std::collections::HashMap<Uuid, String> = track::Entity::find()
                .filter(track::Column::EditionId.eq(s.edition.id))
                .all(&txn)
                .await?
                .into_iter()
                .map(|t| (t.id, t.name))
                .collect();
            for (position, slot) in snap.slots.iter().enumerate() {
                let pitch_track = submission::Entity::find_by_id(slot.submission_id)
                    .one(&txn)
                    .await?
                    .and_then(|sub| tracks.get(&sub.track_id).cloned())
                    .unwrap_or_else(|| track.clone());
                live_pitch::ActiveModel {
                    session_id: Set(session_id),
                    submission_id: Set(slot.submission_id),
                    startup_id: Set(slot.startup_id),
                    startup: Set(slot.startup.clone()),
                    one_liner: Set(slot.one_liner.clone()),
                    track: Set(pitch_track),
                    position: Set(position as i32),
                    status: Set(Coded(PitchStatus::Waiting)),
                    updated_at: Set(now),
                }
                .insert(&txn)
                .await?;
            }
            for judge in &snap.panel {
                live_panel::ActiveModel {
                    session_id: Set(session_id),
                    investor_id: Set(judge.id),
                    name: Set(judge.name.clone()),
                }
                .insert(&txn)
                .await?;
            }
        }
    }
    audit::record(
        &txn,
        Some(actor),
        "live.open",
        &format!("session:{session_id}"),
        &s.session.title,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Closes the session: no more scores; the pitch on stage counts as pitched. The
/// ranking is computed from the scores as they stand ([`super::result`]).
pub async fn close(
    db: &DatabaseConnection,
    actor: Uuid,
    session_id: Uuid,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let s = session(&txn, session_id).await?;
    let l = must_be_open(live_of(&txn, session_id).await?)?;
    if let Some(current) = l.current_submission {
        set_status(&txn, session_id, current, PitchStatus::Pitched).await?;
    }
    let mut active: live_session::ActiveModel = l.into();
    active.state = Set(Coded(LiveState::Closed));
    active.current_submission = Set(None);
    active.phase = Set(None);
    active.phase_started_at = Set(None);
    active.closed_at = Set(Some(Utc::now()));
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    live_session::bump(&txn, session_id).await?;
    audit::record(
        &txn,
        Some(actor),
        "live.close",
        &format!("session:{session_id}"),
        &s.session.title,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn set_status(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    submission_id: Uuid,
    status: PitchStatus,
) -> Result<(), ServiceError> {
    live_pitch::Entity::update_many()
        .col_expr(live_pitch::Column::Status, Expr::value(Coded(status)))
        .col_expr(live_pitch::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(live_pitch::Column::SessionId.eq(session_id))
        .filter(live_pitch::Column::SubmissionId.eq(submission_id))
        .exec(db)
        .await?;
    Ok(())
}

/// "Next": nobody on stage → the next waiting pitch starts; pitch → Q&A; Q&A → the
/// pitch is marked pitched and the next one starts (`domain::live::advance`).
pub async fn advance(db: &DatabaseConnection, session_id: Uuid) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let s = session(&txn, session_id).await?;
    let l = must_be_open(live_of(&txn, session_id).await?)?;
    let order: Vec<(Uuid, PitchStatus)> = lineup(&txn, session_id)
        .await?
        .iter()
        .map(|p| (p.submission_id, p.status.0))
        .collect();
    let (stage, done) = live::advance(
        &order,
        Stage {
            current: l.current_submission,
            phase: l.phase.map(|p| p.0),
        },
        s.session.pattern(),
    );
    if let Some(done) = done {
        set_status(&txn, session_id, done, PitchStatus::Pitched).await?;
    }
    let mut active: live_session::ActiveModel = l.into();
    active.current_submission = Set(stage.current);
    active.phase = Set(stage.phase.map(Coded));
    active.phase_started_at = Set(stage.phase.map(|_| Utc::now()));
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    live_session::bump(&txn, session_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Marks a pitch of the running order; a pitch marked while on stage leaves the stage.
pub async fn mark(
    db: &DatabaseConnection,
    session_id: Uuid,
    submission_id: Uuid,
    status: PitchStatus,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    session(&txn, session_id).await?;
    let Some(l) = live_of(&txn, session_id).await? else {
        return Err(ServiceError::Conflict(Clash::LiveNotOpen));
    };
    if !lineup(&txn, session_id)
        .await?
        .iter()
        .any(|p| p.submission_id == submission_id)
    {
        return Err(ServiceError::NotFound);
    }
    set_status(&txn, session_id, submission_id, status).await?;
    if l.current_submission == Some(submission_id) && status != PitchStatus::Waiting {
        let mut active: live_session::ActiveModel = l.into();
        active.current_submission = Set(None);
        active.phase = Set(None);
        active.phase_started_at = Set(None);
        active.update(&txn).await?;
    }
    live_session::bump(&txn, session_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Moves a pitch one place up or down the running order.
pub async fn reorder(
    db: &DatabaseConnection,
    session_id: Uuid,
    submission_id: Uuid,
    direction: Direction,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    session(&txn, session_id).await?;
    if live_of(&txn, session_id).await?.is_none() {
        return Err(ServiceError::Conflict(Clash::LiveNotOpen));
    }
    let order: Vec<Uuid> = lineup(&txn, session_id)
        .await?
        .iter()
        .map(|p| p.submission_id)
        .collect();
    let moved = live::reorder(&order, submission_id, direction).ok_or(ServiceError::NotFound)?;
    for (position, id) in moved.iter().enumerate() {
        if order.get(position) != Some(id) {
            live_pitch::Entity::update_many()
                .col_expr(live_pitch::Column::Position, Expr::value(position as i32))
                .filter(live_pitch::Column::SessionId.eq(session_id))
                .filter(live_pitch::Column::SubmissionId.eq(*id))
                .exec(&txn)
                .await?;
        }
    }
    live_session::bump(&txn, session_id).await?;
    txn.commit().await?;
    Ok(())
}
