//! The missing-scores board: the session's judges × its pitches, each cell scored,
//! missing, conflicted (never shown as missing) or not due yet. [`version`] is the one
//! number a server push polls to learn that the board moved.

use super::{lineup, live_of, on_stage, session};
use crate::access::panel::{judges_by_id, pitches_of, Panel};
use crate::model::{live_panel, live_session, live_verdict, submission};
use crate::ServiceError;
use domain::live::cell;
use sea_orm::{entity::prelude::*, QuerySelect};
use std::collections::{HashMap, HashSet};
use wire::{LiveBoard, LiveBoardRow};

/// The session's change counter (`None`: never opened).
pub async fn version(
    db: &DatabaseConnection,
    session_id: Uuid,
) -> Result<Option<i64>, ServiceError> {
    Ok(live_session::Entity::find_by_id(session_id)
        .select_only()
        .column(live_session::Column::Version)
        .into_tuple::<i64>()
        .one(db)
        .await?)
}

pub async fn board(db: &DatabaseConnection, session_id: Uuid) -> Result<LiveBoard, ServiceError> {
    session(db, session_id).await?;
    let live = live_of(db, session_id).await?;
    let pitches = lineup(db, session_id).await?;
    let seats = live_panel::Entity::find()
        .filter(live_panel::Column::SessionId.eq(session_id))
        .all(db)
        .await?;
    let ids: Vec<Uuid> = seats.iter().map(|s| s.investor_id).collect();
    let judges = judges_by_id(db, &ids).await?;
    let subs = submission::Entity::find()
        .filter(submission::Column::Id.is_in(pitches.iter().map(|p| p.submission_id)))
        .all(db)
        .await?;
    let panel = Panel::of_judges(db, pitches_of(db, subs).await?, judges).await?;
    let by_submission: HashMap<Uuid, usize> = panel
        .pitches
        .iter()
        .enumerate()
        .map(|(i, p)| (p.submission.id, i))
        .collect();
    let scored: HashSet<(Uuid, Uuid)> = live_verdict::Entity::find()
        .filter(live_verdict::Column::SessionId.eq(session_id))
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.submission_id, v.investor_id))
        .collect();
    let rows = pitches
        .iter()
        .map(|p| {
            let stage = on_stage(p, live.as_ref());
            LiveBoardRow {
                startup: p.startup.clone(),
                status: p.status.0,
                on_stage: stage,
                cells: panel
                    .judges
                    .iter()
                    .map(|j| {
                        let conflicted = by_submission
                            .get(&p.submission_id)
                            .and_then(|i| panel.pitches.get(*i))
                            .is_some_and(|pitch| panel.conflict(pitch, j).is_some());
                        cell(
                            conflicted,
                            scored.contains(&(p.submission_id, j.id)),
                            p.status.0,
                            stage,
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(LiveBoard {
        session_id,
        version: live.as_ref().map(|l| l.version).unwrap_or(0),
        judges: panel.judges.iter().map(|j| j.name.clone()).collect(),
        rows,
    })
}
