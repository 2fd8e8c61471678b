//! Server functions of the investor pipeline: the firm's board, one card, adding
//! (by hand, the shortlist, from a meeting), moving / passing / reviving, sharing the
//! stage with founders, private notes, tasks; what founders see; the digest trigger for
//! staff. Plain forms, so they work without JavaScript (the board's drag and drop posts
//! the move form's fields to `pipeline/move`).

use crate::error::AppError;
use leptos::prelude::*;
use wire::{PipelineBoard, PipelineCard, SharedStage};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{features::pipeline, ServiceError};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[cfg(feature = "ssr")]
fn parse_id(id: &str) -> Result<uuid::Uuid, ServiceError> {
    id.trim().parse().map_err(|_| ServiceError::NotFound)
}

/// Where a card form returns to: the card's page or the board (never an address the
/// form names, so no open redirect).
#[cfg(feature = "ssr")]
fn back_to(back: &str, card: uuid::Uuid) -> String {
    match back {
        "card" => format!("/pipeline/{card}"),
        _ => format!("/pipeline#card-{card}"),
    }
}

#[server(endpoint = "pipeline/board")]
pub async fn get_pipeline_board() -> Result<PipelineBoard, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        pipeline::cards::board(ctx.db(), &me, chrono::Utc::now()).await
    })
    .await
}

#[server(endpoint = "pipeline/card")]
pub async fn get_pipeline_card(card: String) -> Result<PipelineCard, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let id = parse_id(&card)?;
        pipeline::cards::card(ctx.db(), &me, id, chrono::Utc::now()).await
    })
    .await
}

/// Puts a startup on the reader's board (`from`: `meetings` returns to the meetings
/// page, anything else to the new card).
#[server(endpoint = "pipeline/add")]
pub async fn add_to_pipeline(
    #[server(default)] startup: String,
    #[server(default)] from: String,
) -> Result<(), AppError> {
    let kept = startup.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let chosen = match startup.trim() {
            "" => None,
            id => Some(parse_id(id)?),
        };
        let card = pipeline::cards::add(ctx.db(), &me, chosen).await?;
        let to = match from.as_str() {
            "meetings" => "/meetings".to_string(),
            _ => format!("/pipeline/{card}"),
        };
        ctx.redirect_with(&to, Notice::PipelineCardAdded);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("startup", &kept)]))
}

#[server(endpoint = "pipeline/add-shortlist")]
pub async fn add_shortlist() -> Result<u32, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let added = pipeline::cards::add_shortlist(ctx.db(), &me).await?;
        ctx.redirect_with("/pipeline", Notice::PipelineShortlistAdded);
        Ok(added)
    })
    .await
}

/// Moves a card: `stage` is a stage's code or `passed`; `reason` is needed for a pass
/// and for a move back by two stages or more.
#[server(endpoint = "pipeline/move")]
pub async fn move_card(
    card: String,
    #[server(default)] stage: String,
    #[server(default)] reason: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    let kept = [card.clone(), stage.clone(), reason.clone()];
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let id = parse_id(&card)?;
        pipeline::cards::move_card(ctx.db(), &me, id, &stage, &reason).await?;
        ctx.redirect_with(&back_to(&back, id), Notice::PipelineMoved);
        Ok(())
    })
    .await
    .map_err(|e| {
        e.keeping(&[
            ("card", &kept[0]),
            ("stage", &kept[1]),
            ("reason", &kept[2]),
        ])
    })
}

#[server(endpoint = "pipeline/revive")]
pub async fn revive_card(card: String, #[server(default)] back: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let id = parse_id(&card)?;
        pipeline::cards::revive(ctx.db(), &me, id).await?;
        ctx.redirect_with(&back_to(&back, id), Notice::PipelineRevived);
        Ok(())
    })
    .await
}

/// Shares the card's stage with the startup's founders (`share` = `on`) or stops.
#[server(endpoint = "pipeline/share")]
pub async fn share_card(card: String, #[server(default)] share: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let id = parse_id(&card)?;
        let on = share == "on";
        pipeline::shares::set_shared(ctx.db(), &me, id, on).await?;
        let notice = if on {
            Notice::PipelineShared
        } else {
            Notice::PipelineUnshared
        };
        ctx.redirect_with(&format!("/pipeline/{id}"), notice);
        Ok(())
    })
    .await
}

#[server(endpoint = "pipeline/note")]
pub async fn add_note(card: String, #[server(default)] body: String) -> Result<(), AppError> {
    let kept = body.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let id = parse_id(&card)?;
        pipeline::notes::add(ctx.db(), &me, id, &body).await?;
        ctx.redirect_with(&format!("/pipeline/{id}#notes"), Notice::PipelineNoteAdded);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("body", &kept)]))
}

#[server(endpoint = "pipeline/task")]
pub async fn add_task(
    card: String,
    #[server(default)] title: String,
    #[server(default)] due_on: String,
    #[server(default)] owner: String,
) -> Result<(), AppError> {
    let kept = [title.clone(), due_on.clone(), owner.clone()];
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let id = parse_id(&card)?;
        let input = pipeline::tasks::TaskInput {
            title,
            due_on,
            owner,
        };
        pipeline::tasks::add(ctx.db(), &me, id, &input).await?;
        ctx.redirect_with(&format!("/pipeline/{id}#tasks"), Notice::PipelineTaskAdded);
        Ok(())
    })
    .await
    .map_err(|e| {
        e.keeping(&[
            ("title", &kept[0]),
            ("due_on", &kept[1]),
            ("owner", &kept[2]),
        ])
    })
}

/// Marks a task done (`done` = `on`) or not done.
#[server(endpoint = "pipeline/task-done")]
pub async fn set_task_done(task: String, #[server(default)] done: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let id = parse_id(&task)?;
        let card = pipeline::tasks::set_done(ctx.db(), &me, id, done == "on").await?;
        ctx.redirect_with(
            &format!("/pipeline/{card}#tasks"),
            Notice::PipelineTaskUpdated,
        );
        Ok(())
    })
    .await
}

/// The stages investors shared with the reader's startups (empty for anyone else).
#[server(endpoint = "pipeline/shared")]
pub async fn get_shared_stages() -> Result<Vec<SharedStage>, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        pipeline::shares::shared_with(ctx.db(), &me).await
    })
    .await
}

/// Staff send this week's digests now (the hourly job does the same; a digest already
/// sent this week is not sent again). Answers how many were sent.
#[server(endpoint = "pipeline/digest")]
pub async fn run_digest() -> Result<u32, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ReadOutbox).await?;
        let url = &ctx.state.config.public_url;
        let sent = pipeline::digest::run_by_hand(ctx.db(), me.id, chrono::Utc::now(), url).await?;
        ctx.redirect_with("/staff/outbox", Notice::PipelineDigestRun);
        Ok(sent)
    })
    .await
}
