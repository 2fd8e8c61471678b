//! Server functions staff use to run judging: review setup, assignments, the ranking,
//! decisions and feedback.

use crate::error::AppError;
use domain::review::ReviewSetupInput;
use leptos::prelude::*;
use uuid::Uuid;
use wire::{
    AssignmentBoard, BoardQuery, DecisionPreview, Ranking, RankingQuery, ReviewSetup,
    SubmissionReviews,
};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::paths::{judging_board, judging_setup};
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::judging::{assignments, decisions, setup};
#[cfg(feature = "ssr")]
use backend::{queries::ranking, ServiceError};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[server(endpoint = "judging/setup")]
pub async fn get_review_setup(
    #[server(default)] edition: Option<Uuid>,
) -> Result<ReviewSetup, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunJudging).await?;
        setup::setup(ctx.db(), edition).await
    })
    .await
}

#[server(endpoint = "judging/setup/save")]
pub async fn save_review_setup(
    edition: Uuid,
    #[server(flatten)] setup: ReviewSetupInput,
) -> Result<(), AppError> {
    let kept = setup.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunJudging).await?;
        setup::save(ctx.db(), &me, edition, &setup).await?;
        ctx.redirect_with(&judging_setup(edition), Notice::ReviewSettingsSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "judging/assignments")]
pub async fn get_assignment_board(
    #[server(flatten)] query: BoardQuery,
) -> Result<AssignmentBoard, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunJudging).await?;
        assignments::board(ctx.db(), &query).await
    })
    .await
}

#[server(endpoint = "judging/auto-assign")]
pub async fn auto_assign(edition: Uuid) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunJudging).await?;
        let outcome = assignments::auto_assign(ctx.db(), &me, edition).await?;
        ctx.redirect(&format!(
            "/staff/judging?edition={edition}&assigned={}&short={}",
            outcome.added,
            outcome.short.len()
        ));
        Ok(())
    })
    .await
}

/// `investor` is what staff typed or picked: `Name <email>`, an email, a name, or an id.
/// `track` and `page` bring staff back to the board page they were on.
#[server(endpoint = "judging/assign")]
pub async fn assign_reviewer(
    submission: Uuid,
    investor: String,
    #[server(default)] track: String,
    #[server(default)] page: u64,
) -> Result<(), AppError> {
    let kept = investor.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::RunJudging).await?;
        let edition = assignments::add(ctx.db(), &me, submission, &investor).await?;
        ctx.redirect_with(
            &format!(
                "{}#pitch-{submission}",
                judging_board(edition, &track, page)
            ),
            Notice::AssignmentsChanged,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("investor", &kept), ("submission", &submission.to_string())]))
}

#[server(endpoint = "judging/unassign")]
pub async fn unassign_reviewer(
    submission: Uuid,
    investor: Uuid,
    #[server(default)] track: String,
    #[server(default)] page: u64,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunJudging).await?;
        let edition = assignments::remove(ctx.db(), &me, submission, investor).await?;
        ctx.redirect_with(
            &format!(
                "{}#pitch-{submission}",
                judging_board(edition, &track, page)
            ),
            Notice::AssignmentsChanged,
        );
        Ok(())
    })
    .await
}

#[server(endpoint = "judging/ranking")]
pub async fn get_ranking(#[server(flatten)] query: RankingQuery) -> Result<Ranking, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunJudging).await?;
        ranking::ranking(ctx.db(), &query).await
    })
    .await
}

#[server(endpoint = "judging/decide")]
pub async fn decide(
    #[server(default)] ids: Vec<Uuid>,
    decision: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunJudging).await?;
        let decision = domain::review::Decision::parse(&decision)
            .map_err(|e| ServiceError::field("decision", e))?;
        let decided =
            decisions::decide(ctx.db(), &me, &ctx.state.config.public_url, &ids, decision).await?;
        // The ranking page says how many pitches the decision changed, and offers its undo.
        let mut outcome = format!("count={}", decided.changed);
        if let Some(batch) = decided.batch {
            outcome.push_str(&format!("&undo={batch}"));
        }
        ctx.redirect_with(&with_outcome(&back, &outcome), Notice::Decided);
        Ok(())
    })
    .await
}

/// Takes back a decision while its emails still wait in the outbox.
#[server(endpoint = "judging/decide/undo")]
pub async fn undo_decision(batch: Uuid, #[server(default)] back: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunJudging).await?;
        let restored = decisions::undo(ctx.db(), &me, batch).await?;
        ctx.redirect_with(
            &with_outcome(&back, &format!("count={restored}")),
            Notice::DecisionUndone,
        );
        Ok(())
    })
    .await
}

/// `back` (a staff page of ours, else the ranking) without an earlier outcome, with this one.
#[cfg(feature = "ssr")]
fn with_outcome(back: &str, outcome: &str) -> String {
    // Only a path of our own: never an open redirect.
    let back = if back.starts_with("/staff/") && !back.starts_with("/staff//") {
        back
    } else {
        "/staff/ranking"
    };
    let (path, query) = back.split_once('?').unwrap_or((back, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| !["count", "undo", "notice"].contains(&p.split('=').next().unwrap_or("")))
        .collect();
    let mut url = path.to_string();
    url.push('?');
    for p in kept {
        url.push_str(p);
        url.push('&');
    }
    url.push_str(outcome);
    url
}

/// What a decision on the ticked pitches would do; staff confirm it before it applies.
#[server(endpoint = "judging/decide/preview")]
pub async fn preview_decision(
    #[server(default)] ids: Vec<Uuid>,
    decision: String,
) -> Result<DecisionPreview, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunJudging).await?;
        let decision = domain::review::Decision::parse(&decision)
            .map_err(|e| ServiceError::field("decision", e))?;
        decisions::preview(ctx.db(), &ids, decision).await
    })
    .await
}

#[server(endpoint = "judging/reviews")]
pub async fn get_submission_reviews(submission: Uuid) -> Result<SubmissionReviews, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::RunJudging).await?;
        decisions::submission_reviews(ctx.db(), submission).await
    })
    .await
}

#[server(endpoint = "judging/release")]
pub async fn release_feedback(
    submission: Uuid,
    #[server(default)] reviews: Vec<Uuid>,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::RunJudging).await?;
        decisions::release_feedback(
            ctx.db(),
            &me,
            &ctx.state.config.public_url,
            submission,
            &reviews,
        )
        .await?;
        ctx.redirect_with(
            &format!("/staff/reviews/{submission}"),
            Notice::FeedbackReleased,
        );
        Ok(())
    })
    .await
}
