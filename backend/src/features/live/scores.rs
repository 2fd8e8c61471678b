//! The judge's side: the sessions whose panel they sit on, the phone page (the pitch
//! on stage, the rubric, the pitches still unscored) and submitting a score. Outside
//! the panel, or conflicted with the pitch → NotFound; session not open → 409; a pitch
//! not on stage (nor pitched) in this session or a bad score → a problem beside its field.

use super::stage;
use super::{lineup, live_of, on_stage, pitch_row, session, session_ref};
use crate::access::panel::conflict_between;
use crate::db::begin_write;
use crate::lookup::rubric::{criterion_key, rubric_of};
use crate::model::{live_panel, live_pitch, live_score, live_session, live_verdict, submission};
use crate::ServiceError;
use chrono::Utc;
use domain::live::{may_score, parse_live_score, ScoreFacts, ScoreRefusal};
use domain::{Clash, Problem};
use sea_orm::sea_query::OnConflict;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use std::collections::{BTreeMap, HashMap, HashSet};
use wire::{CriterionView, JudgeLive, JudgeSessions};

/// The sessions staff opened (at least once) whose panel `judge` sits on, in time order.
pub async fn sessions_of_judge(
    db: &DatabaseConnection,
    judge: Uuid,
) -> Result<JudgeSessions, ServiceError> {
    let mut out = Vec::new();
    for seat in live_panel::Entity::find()
        .filter(live_panel::Column::InvestorId.eq(judge))
        .all(db)
        .await?
    {
        let s = session(db, seat.session_id).await?;
        // Judges see a session once staff opened it (its panel is copied then).
        let Some(live) = live_of(db, seat.session_id).await? else {
            continue;
        };
        let live = Some(live);
        out.push((s.session.starts_at, session_ref(&s, live.as_ref())));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.title.cmp(&b.1.title)));
    Ok(JudgeSessions {
        sessions: out.into_iter().map(|(_, r)| r).collect(),
    })
}

async fn on_panel(
    db: &impl ConnectionTrait,
    session_id: Uuid,
    judge: Uuid,
) -> Result<bool, ServiceError> {
    Ok(live_panel::Entity::find_by_id((session_id, judge))
        .one(db)
        .await?
        .is_some())
}

/// The submissions of `pitches` this judge is conflicted with.
async fn conflicted(
    db: &impl ConnectionTrait,
    pitches: &[live_pitch::Model],
    judge: Uuid,
) -> Result<HashSet<Uuid>, ServiceError> {
    let mut out = HashSet::new();
    let subs = submission::Entity::find()
        .filter(submission::Column::Id.is_in(pitches.iter().map(|p| p.submission_id)))
        .all(db)
        .await?;
    for sub in subs {
        if conflict_between(db, &sub, judge).await?.is_some() {
            out.insert(sub.id);
        }
    }
    Ok(out)
}

/// The judge's phone page for `session_id`: `pitch` if asked for (it must be one this
/// judge may see), else the pitch on stage.
pub async fn page(
    db: &DatabaseConnection,
    judge: Uuid,
    session_id: Uuid,
    pitch: Option<Uuid>,
) -> Result<JudgeLive, ServiceError> {
    if !on_panel(db, session_id, judge).await? {
        return Err(ServiceError::NotFound);
    }
    let s = session(db, session_id).await?;
    let live = live_of(db, session_id).await?;
    if live.is_none() {
        // Never opened: not the judge's to see yet.
        return Err(ServiceError::NotFound);
    }
    let pitches = lineup(db, session_id).await?;
    let conflicts = conflicted(db, &pitches, judge).await?;
    let verdicts: HashMap<Uuid, live_verdict::Model> = live_verdict::Entity::find()
        .filter(live_verdict::Column::SessionId.eq(session_id))
        .filter(live_verdict::Column::InvestorId.eq(judge))
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.submission_id, v))
        .collect();
    let visible: Vec<&live_pitch::Model> = pitches
        .iter()
        .filter(|p| !conflicts.contains(&p.submission_id))
        .collect();
    let chosen = match pitch {
        Some(id) => Some(
            *visible
                .iter()
                .find(|p| p.submission_id == id)
                .ok_or(ServiceError::NotFound)?,
        ),
        None => visible.iter().find(|p| on_stage(p, live.as_ref())).copied(),
    };
    let own: HashMap<Uuid, i32> = match chosen {
        Some(p) => live_score::Entity::find()
            .filter(live_score::Column::SessionId.eq(session_id))
            .filter(live_score::Column::SubmissionId.eq(p.submission_id))
            .filter(live_score::Column::InvestorId.eq(judge))
            .all(db)
            .await?
            .into_iter()
            .map(|x| (x.criterion_id, x.value))
            .collect(),
        None => HashMap::new(),
    };
    let rubric = stage::criteria(db, s.edition.id, session_id)
        .await?
        .into_iter()
        .map(|(id, c)| CriterionView {
            key: criterion_key(id),
            name: c.name,
            guidance: c.guidance,
            weight: c.weight,
            scale_max: c.scale_max,
            anchors: c.anchors,
            score: own.get(&id).and_then(|v| u8::try_from(*v).ok()),
        })
        .collect();
    let unscored = visible
        .iter()
        .map(|p| pitch_row(p, live.as_ref()))
        .filter(|r| {
            (r.on_stage || r.status == domain::live::PitchStatus::Pitched)
                && !verdicts.contains_key(&r.submission_id)
        })
        .collect();
    let verdict = chosen.and_then(|p| verdicts.get(&p.submission_id));
    Ok(JudgeLive {
        session: session_ref(&s, live.as_ref()),
        pitch: chosen.map(|p| pitch_row(p, live.as_ref())),
        rubric,
        comment: verdict.map(|v| v.comment.clone()).unwrap_or_default(),
        scored: verdict.is_some(),
        unscored,
    })
}

/// Stores `judge`'s score of `submission_id` in `session_id`. A second submit
/// overwrites the first (one row per judge × pitch × criterion), so a retry after a
/// dropped connection never duplicates.
pub async fn submit(
    db: &DatabaseConnection,
    judge: Uuid,
    session_id: Uuid,
    submission_id: Uuid,
    scores: &BTreeMap<String, String>,
    comment: &str,
) -> Result<(), ServiceError> {
    let s = session(db, session_id).await?;
    let edition_rubric = rubric_of(db, s.edition.id).await?;
    let txn = begin_write(db).await?;
    // The stage rubric read inside the write: staff cannot change it under this score.
    let rubric = stage::of_rubric(&txn, session_id, &edition_rubric).await?;
    let keyed: Vec<(String, domain::review::RubricCriterion)> = rubric
        .iter()
        .map(|(id, c)| (criterion_key(*id), c.clone()))
        .collect();
    let live = live_of(&txn, session_id).await?;
    let pitch = live_pitch::Entity::find_by_id((session_id, submission_id))
        .one(&txn)
        .await?;
    let conflicted = match &pitch {
        Some(_) => match submission::Entity::find_by_id(submission_id)
            .one(&txn)
            .await?
        {
            Some(sub) => conflict_between(&txn, &sub, judge).await?.is_some(),
            None => false,
        },
        None => false,
    };
    let facts = ScoreFacts {
        on_panel: on_panel(&txn, session_id, judge).await?,
        state: live.as_ref().map(|l| l.state.0),
        status: pitch.as_ref().map(|p| p.status.0),
        on_stage: pitch.as_ref().is_some_and(|p| on_stage(p, live.as_ref())),
        conflicted,
    };
    match may_score(facts) {
        Ok(()) => {}
        Err(ScoreRefusal::Hidden) => return Err(ServiceError::NotFound),
        Err(ScoreRefusal::NotOpen) => return Err(ServiceError::Conflict(Clash::LiveNotOpen)),
        Err(ScoreRefusal::NotOnStage) => {
            return Err(ServiceError::field("submission", Problem::NotOnStage))
        }
    }
    let valid = parse_live_score(&keyed, scores, comment).map_err(ServiceError::Invalid)?;
    for ((criterion_id, _), value) in rubric.iter().zip(&valid.scores) {
        live_score::Entity::insert(live_score::ActiveModel {
            session_id: Set(session_id),
            submission_id: Set(submission_id),
            investor_id: Set(judge),
            criterion_id: Set(*criterion_id),
            value: Set(i32::from(*value)),
        })
        .on_conflict(
            OnConflict::columns([
                live_score::Column::SessionId,
                live_score::Column::SubmissionId,
                live_score::Column::InvestorId,
                live_score::Column::CriterionId,
            ])
            .update_column(live_score::Column::Value)
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    live_verdict::Entity::insert(live_verdict::ActiveModel {
        session_id: Set(session_id),
        submission_id: Set(submission_id),
        investor_id: Set(judge),
        weighted: Set(valid.weighted),
        comment: Set(valid.comment),
        submitted_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            live_verdict::Column::SessionId,
            live_verdict::Column::SubmissionId,
            live_verdict::Column::InvestorId,
        ])
        .update_columns([
            live_verdict::Column::Weighted,
            live_verdict::Column::Comment,
            live_verdict::Column::SubmittedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    live_session::bump(&txn, session_id).await?;
    txn.commit().await?;
    Ok(())
}
