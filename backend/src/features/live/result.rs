//! A closed session's result: the ranking (`domain::live::rank`, i.e. the pre-event
//! scoring rules with per-judge normalisation) with raw and normalised means, the
//! finalists, track winners and named awards staff mark, and their release to the
//! public agenda, which emails the session's founders (rate-limited per staff account).

use super::{lineup, live_of, session};
use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::lookup::editions::chosen_or_current;
use crate::model::codec::Coded;
use crate::model::{live_award, live_pitch, live_session, live_verdict, startup_member, user};
use crate::platform::{audit, mail_texts, outbox, rate_limits};
use crate::ServiceError;
use chrono::Utc;
use domain::live::{
    common_scale, on_scale, parse_award_name, rank, AwardKind, LiveState, PitchStatus,
};
use domain::scoring::Score;
use domain::Clash;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::HashMap;
use wire::{LiveAward, LiveResult, LiveResultRow, PitchAwards, PublicAward, PublicLiveResult};

async fn awards_of(
    db: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<live_award::Model>, ServiceError> {
    let mut awards = live_award::Entity::find()
        .filter(live_award::Column::SessionId.eq(session_id))
        .order_by_asc(live_award::Column::Name)
        .order_by_asc(live_award::Column::CreatedAt)
        .all(db)
        .await?;
    // Winners, then named awards, then finalists.
    awards.sort_by_key(|a| a.kind.0);
    Ok(awards)
}

/// The ranking of the session's scores as they stand, with each pitch's awards.
pub async fn ranking(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    session_id: Uuid,
    pitches: &[live_pitch::Model],
) -> Result<LiveResult, ServiceError> {
    // Means go back onto the stage rubric's own scale when its criteria share one.
    let criteria: Vec<domain::review::RubricCriterion> =
        super::stage::stored(db, edition_id, session_id)
            .await?
            .into_iter()
            .map(|(_, c)| c)
            .collect();
    let scale_max = common_scale(&criteria);
    let shown = |value: f64| scale_max.map_or(value, |top| on_scale(value, top));
    let scores: Vec<Score<Uuid, Uuid>> = live_verdict::Entity::find()
        .filter(live_verdict::Column::SessionId.eq(session_id))
        .all(db)
        .await?
        .into_iter()
        .map(|v| Score {
            judge: v.investor_id,
            submission: v.submission_id,
            value: v.weighted,
        })
        .collect();
    let (placed, _) = rank(&scores);
    let by_id: HashMap<Uuid, &live_pitch::Model> =
        pitches.iter().map(|p| (p.submission_id, p)).collect();
    let mut awards: HashMap<Uuid, Vec<LiveAward>> = HashMap::new();
    for a in awards_of(db, session_id).await? {
        awards.entry(a.submission_id).or_default().push(LiveAward {
            kind: a.kind.0,
            name: a.name,
        });
    }
    Ok(LiveResult {
        rows: placed
            .into_iter()
            .map(|p| {
                let id = p.aggregate.submission;
                let pitch = by_id.get(&id);
                LiveResultRow {
                    place: p.place,
                    submission_id: id,
                    startup: pitch.map(|x| x.startup.clone()).unwrap_or_default(),
                    track: pitch.map(|x| x.track.clone()).unwrap_or_default(),
                    scores: p.aggregate.reviews,
                    raw_mean: shown(p.aggregate.raw_mean),
                    normalised_mean: shown(p.aggregate.normalised_mean),
                    awards: awards.remove(&id).unwrap_or_default(),
                }
            })
            .collect(),
        scale_max,
    })
}

fn must_be_closed(live: Option<live_session::Model>) -> Result<live_session::Model, ServiceError> {
    match live {
        Some(l) if l.state.0 == LiveState::Closed => Ok(l),
        _ => Err(ServiceError::Conflict(Clash::LiveStillOpen)),
    }
}

/// Marks a pitch of a closed session as a finalist, its track's winner, or the winner
/// of the award `name`. Marking it twice is one mark.
pub async fn mark_award(
    db: &DatabaseConnection,
    actor: Uuid,
    session_id: Uuid,
    submission_id: Uuid,
    kind: AwardKind,
    name: &str,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    session(&txn, session_id).await?;
    let l = must_be_closed(live_of(&txn, session_id).await?)?;
    let pitch = live_pitch::Entity::find_by_id((session_id, submission_id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let name = match kind {
        AwardKind::Finalist => String::new(),
        AwardKind::Winner => pitch.track.clone(),
        AwardKind::Award => parse_award_name(name).map_err(|p| ServiceError::field("name", p))?,
    };
    let inserted = live_award::ActiveModel {
        id: Set(Uuid::new_v4()),
        session_id: Set(session_id),
        edition_id: Set(l.edition_id),
        submission_id: Set(submission_id),
        kind: Set(Coded(kind)),
        name: Set(name.clone()),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            txn.rollback().await?;
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    }
    live_session::bump(&txn, session_id).await?;
    audit::record(
        &txn,
        Some(actor),
        "live.award",
        &format!("submission:{submission_id}"),
        &format!("{} {name}", kind.as_str()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a mark back.
pub async fn unmark_award(
    db: &DatabaseConnection,
    session_id: Uuid,
    submission_id: Uuid,
    kind: AwardKind,
    name: &str,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    session(&txn, session_id).await?;
    must_be_closed(live_of(&txn, session_id).await?)?;
    let gone = live_award::Entity::delete_many()
        .filter(live_award::Column::SessionId.eq(session_id))
        .filter(live_award::Column::SubmissionId.eq(submission_id))
        .filter(live_award::Column::Kind.eq(Coded(kind)))
        .filter(live_award::Column::Name.eq(name.trim()))
        .exec(&txn)
        .await?;
    if gone.rows_affected == 0 {
        return Err(ServiceError::NotFound);
    }
    live_session::bump(&txn, session_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Shows the closed session's awards on the public agenda and emails each founder of
/// its pitched startups their result, in their language. Releasing again changes
/// nothing and emails nobody. Returns how many emails were queued.
pub async fn release(
    db: &DatabaseConnection,
    actor: Uuid,
    public_url: &str,
    session_id: Uuid,
) -> Result<usize, ServiceError> {
    let s = session(db, session_id).await?;
    rate_limits::hit(
        db,
        &format!("live-results:{actor}"),
        rate_limits::LIVE_RESULTS_PER_USER,
    )
    .await?;
    let txn = begin_write(db).await?;
    let l = must_be_closed(live_of(&txn, session_id).await?)?;
    if l.results_released {
        txn.rollback().await?;
        return Ok(0);
    }
    let pitches = lineup(&txn, session_id).await?;
    let mut awards: HashMap<Uuid, Vec<(AwardKind, String)>> = HashMap::new();
    for a in awards_of(&txn, session_id).await? {
        awards
            .entry(a.submission_id)
            .or_default()
            .push((a.kind.0, a.name));
    }
    let mut active: live_session::ActiveModel = l.into();
    active.results_released = Set(true);
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    live_session::bump(&txn, session_id).await?;
    let link = format!(
        "{}/agenda?edition={}",
        public_url.trim_end_matches('/'),
        s.edition.id
    );
    let mut sent = 0;
    for p in pitches
        .iter()
        .filter(|p| p.status.0 == PitchStatus::Pitched)
    {
        let members = startup_member::Entity::find()
            .filter(startup_member::Column::StartupId.eq(p.startup_id))
            .all(&txn)
            .await?;
        let people = user::Entity::find()
            .filter(user::Column::Id.is_in(members.iter().map(|m| m.user_id)))
            .all(&txn)
            .await?;
        let theirs = awards.get(&p.submission_id).cloned().unwrap_or_default();
        for u in people {
            let mail = mail_texts::live_results(
                u.lang(),
                &u.display_name,
                &p.startup,
                &s.session.title,
                &theirs,
                &link,
            );
            outbox::enqueue(&txn, &u.email, &mail.subject, &mail.body).await?;
            sent += 1;
        }
    }
    audit::record(
        &txn,
        Some(actor),
        "live.release",
        &format!("session:{session_id}"),
        &s.session.title,
    )
    .await?;
    txn.commit().await?;
    Ok(sent)
}

/// The released results of `wanted` (or the current edition), for the public agenda:
/// who won what, never scores.
pub async fn public(
    db: &DatabaseConnection,
    wanted: Option<Uuid>,
) -> Result<Vec<PublicLiveResult>, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let released = live_session::Entity::find()
        .filter(live_session::Column::EditionId.eq(e.id))
        .filter(live_session::Column::ResultsReleased.eq(true))
        .all(db)
        .await?;
    let mut out = Vec::new();
    for l in released {
        let s = session(db, l.session_id).await?;
        let names: HashMap<Uuid, String> = lineup(db, l.session_id)
            .await?
            .into_iter()
            .map(|p| (p.submission_id, p.startup))
            .collect();
        let winners = awards_of(db, l.session_id)
            .await?
            .into_iter()
            .map(|a| PublicAward {
                startup: names.get(&a.submission_id).cloned().unwrap_or_default(),
                kind: a.kind.0,
                name: a.name,
            })
            .collect();
        out.push((
            s.session.starts_at,
            PublicLiveResult {
                session_id: l.session_id,
                title: s.session.title,
                winners,
            },
        ));
    }
    out.sort_by_key(|a| a.0);
    Ok(out.into_iter().map(|(_, r)| r).collect())
}

/// What a pitch won in sessions whose results are released (public, as the agenda is):
/// one entry a session, nothing before the release. An unknown pitch has none.
pub async fn of_pitch(
    db: &DatabaseConnection,
    submission_id: Uuid,
) -> Result<Vec<PitchAwards>, ServiceError> {
    let mut by_session: Vec<(Uuid, Vec<LiveAward>)> = Vec::new();
    let mut awards = live_award::Entity::find()
        .filter(live_award::Column::SubmissionId.eq(submission_id))
        .order_by_asc(live_award::Column::Name)
        .all(db)
        .await?;
    awards.sort_by_key(|a| a.kind.0);
    for a in awards {
        let award = LiveAward {
            kind: a.kind.0,
            name: a.name,
        };
        match by_session.iter_mut().find(|(s, _)| *s == a.session_id) {
            Some((_, list)) => list.push(award),
            None => by_session.push((a.session_id, vec![award])),
        }
    }
    let mut out = Vec::new();
    for (session_id, awards) in by_session {
        if !live_of(db, session_id)
            .await?
            .is_some_and(|l| l.results_released)
        {
            continue;
        }
        let s = session(db, session_id).await?;
        out.push(PitchAwards {
            session: s.session.title,
            awards,
        });
    }
    Ok(out)
}
