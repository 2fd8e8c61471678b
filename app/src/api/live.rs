//! Server functions of live pitch sessions: the staff run of show and board, the
//! judge's phone page and score, the result with its awards, and the public results.

use crate::error::AppError;
use domain::live::{AwardKind, Direction, PitchStatus};
use leptos::prelude::*;
use std::collections::BTreeMap;
use uuid::Uuid;
use wire::{JudgeLive, JudgeSessions, LiveBoard, PitchAwards, PublicLiveResult, RunOfShow};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::live::{board, result, run as show, scores, stage};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[cfg(feature = "ssr")]
fn run_of_show_path(session: Uuid) -> String {
    format!("/staff/live/{session}")
}

#[server(endpoint = "live/run")]
pub async fn get_run_of_show(session: Uuid) -> Result<RunOfShow, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        show::run_of_show(ctx.db(), session).await
    })
    .await
}

#[server(endpoint = "live/open")]
pub async fn open_session(session: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        show::open(ctx.db(), me.id, session).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveOpened);
        Ok(())
    })
    .await
}

#[server(endpoint = "live/close")]
pub async fn close_session(session: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        show::close(ctx.db(), me.id, session).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveClosed);
        Ok(())
    })
    .await
}

/// Next phase or next pitch.
#[server(endpoint = "live/advance")]
pub async fn advance(session: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        show::advance(ctx.db(), session).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveUpdated);
        Ok(())
    })
    .await
}

#[server(endpoint = "live/mark")]
pub async fn mark_pitch(
    session: Uuid,
    submission: Uuid,
    status: PitchStatus,
) -> Result<(), AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        show::mark(ctx.db(), session, submission, status).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveUpdated);
        Ok(())
    })
    .await
}

#[server(endpoint = "live/move")]
pub async fn move_pitch(
    session: Uuid,
    submission: Uuid,
    direction: Direction,
) -> Result<(), AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        show::reorder(ctx.db(), session, submission, direction).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveUpdated);
        Ok(())
    })
    .await
}

/// The session's stage rubric: the ticked criteria of the edition's rubric (at least
/// one); refused once a judge has scored in the session.
#[server(endpoint = "live/stage")]
pub async fn set_stage_rubric(
    session: Uuid,
    #[server(default)] criteria: Vec<String>,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        stage::set(ctx.db(), me.id, session, &criteria).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveStageSaved);
        Ok(())
    })
    .await
}

#[server(endpoint = "live/board")]
pub async fn get_board(session: Uuid) -> Result<LiveBoard, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        board::board(ctx.db(), session).await
    })
    .await
}

/// Marks a finalist, a track winner or a named award's winner.
#[server(endpoint = "live/award")]
pub async fn mark_award(
    session: Uuid,
    submission: Uuid,
    kind: AwardKind,
    #[server(default)] name: String,
) -> Result<(), AppError> {
    let kept = name.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        result::mark_award(ctx.db(), me.id, session, submission, kind, &name).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveAwardSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("name", &kept)]))
}

#[server(endpoint = "live/award/remove")]
pub async fn unmark_award(
    session: Uuid,
    submission: Uuid,
    kind: AwardKind,
    #[server(default)] name: String,
) -> Result<(), AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunSchedule).await?;
        result::unmark_award(ctx.db(), session, submission, kind, &name).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveAwardSaved);
        Ok(())
    })
    .await
}

/// Puts the awards on the public agenda and emails the founders (rate-limited).
#[server(endpoint = "live/release")]
pub async fn release_results(session: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunSchedule).await?;
        let public_url = &ctx.state.config.public_url;
        result::release(ctx.db(), me.id, public_url, session).await?;
        ctx.redirect_with(&run_of_show_path(session), Notice::LiveResultsReleased);
        Ok(())
    })
    .await
}

/// The sessions whose panel the signed-in judge sits on.
#[server(endpoint = "live/judge/sessions")]
pub async fn get_judge_sessions() -> Result<JudgeSessions, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        scores::sessions_of_judge(ctx.db(), me.id).await
    })
    .await
}

#[server(endpoint = "live/judge")]
pub async fn get_judge_live(
    session: Uuid,
    #[server(default)] pitch: Option<Uuid>,
) -> Result<JudgeLive, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        scores::page(ctx.db(), me.id, session, pitch).await
    })
    .await
}

/// A judge's live score; submitting it again overwrites it.
#[server(endpoint = "live/score")]
pub async fn submit_score(
    session: Uuid,
    submission: Uuid,
    #[server(default)] scores: BTreeMap<String, String>,
    #[server(default)] comment: String,
) -> Result<(), AppError> {
    let mut kept: Vec<(String, String)> = scores
        .iter()
        .map(|(k, v)| (domain::review::score_field(k), v.clone()))
        .collect();
    kept.push(("comment".into(), comment.clone()));
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        scores::submit(ctx.db(), me.id, session, submission, &scores, &comment).await?;
        ctx.redirect_with(&format!("/judge/live/{session}"), Notice::LiveScoreSaved);
        Ok(())
    })
    .await
    .map_err(|e| {
        let pairs: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        e.keeping(&pairs)
    })
}

/// Released session results of an edition; public, as the agenda is.
#[server(endpoint = "live/results")]
pub async fn get_public_results(
    #[server(default)] edition: Option<Uuid>,
) -> Result<Vec<PublicLiveResult>, AppError> {
    run(|ctx| async move { result::public(ctx.db(), edition).await }).await
}

/// What a pitch won in sessions whose results are released; public, as the agenda is
/// (its founders see it on their pitch page).
#[server(endpoint = "live/pitch-awards")]
pub async fn get_pitch_awards(submission: Uuid) -> Result<Vec<PitchAwards>, AppError> {
    run(|ctx| async move { result::of_pitch(ctx.db(), submission).await }).await
}
