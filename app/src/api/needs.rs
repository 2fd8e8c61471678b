//! Server functions of the technology-needs board: the board and a need's page (public
//! needs for visitors), posting, editing and closing (the poster), responding (a
//! founder for their startup), shortlisting and asking for a meeting from a response
//! (the poster), and a corporate's organisation name. Plain forms, so they work
//! without JavaScript.

use crate::error::AppError;
use domain::needs::{CloseInput, NeedInput};
use leptos::prelude::*;
use wire::{MatchingNeeds, NeedPage, NeedsBoard};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{features::needs, ServiceError};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[cfg(feature = "ssr")]
fn parse_id(id: &str) -> Result<uuid::Uuid, ServiceError> {
    id.trim().parse().map_err(|_| ServiceError::NotFound)
}

/// The board under its filters (`open` = "on": open needs only).
#[server(endpoint = "needs/board")]
pub async fn get_needs(
    #[server(default)] sector: String,
    #[server(default)] country: String,
    #[server(default)] open: String,
) -> Result<NeedsBoard, AppError> {
    run(|ctx| async move {
        let me = ctx.maybe_user().await?;
        let filter = needs::board::Filter {
            sector,
            country,
            open_only: open == "on",
        };
        needs::board::board(ctx.db(), me.as_ref(), &filter).await
    })
    .await
}

/// The open needs matching the caller's startups (the founder's home card): the board's
/// "matching" section without the board.
#[server(endpoint = "needs/matching")]
pub async fn get_matching_needs() -> Result<Vec<MatchingNeeds>, AppError> {
    run(|ctx| async move { needs::board::matching(ctx.db(), &ctx.user().await?).await }).await
}

#[server(endpoint = "needs/get")]
pub async fn get_need(id: String) -> Result<NeedPage, AppError> {
    run(|ctx| async move {
        let me = ctx.maybe_user().await?;
        needs::board::page(ctx.db(), me.as_ref(), parse_id(&id)?).await
    })
    .await
}

#[server(endpoint = "needs/post")]
pub async fn post_need(#[server(flatten)] need: NeedInput) -> Result<(), AppError> {
    let kept = need.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::PostNeeds).await?;
        let id = needs::post(ctx.db(), &me, &need).await?;
        ctx.redirect_with(&format!("/needs/{id}"), Notice::NeedPosted);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "needs/update")]
pub async fn update_need(id: String, #[server(flatten)] need: NeedInput) -> Result<(), AppError> {
    let kept = need.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::PostNeeds).await?;
        let id = parse_id(&id)?;
        needs::update(ctx.db(), &me, id, &need).await?;
        ctx.redirect_with(&format!("/needs/{id}"), Notice::NeedSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "needs/close")]
pub async fn close_need(id: String, #[server(flatten)] close: CloseInput) -> Result<(), AppError> {
    let kept = close.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::PostNeeds).await?;
        let id = parse_id(&id)?;
        needs::close(ctx.db(), &me, id, &close).await?;
        ctx.redirect_with(&format!("/needs/{id}"), Notice::NeedClosed);
        Ok(())
    })
    .await
    .map_err(|e| {
        e.keeping(&[
            ("outcome", &kept.outcome),
            ("startup", &kept.startup),
            ("note", &kept.note),
        ])
    })
}

/// A founder responds for one of their startups (`attach_deck` = "on" links its deck).
#[server(endpoint = "needs/respond")]
pub async fn respond_need(
    need: String,
    startup: String,
    #[server(default)] proposal: String,
    #[server(default)] attach_deck: String,
) -> Result<(), AppError> {
    let kept = proposal.clone();
    let kept_deck = attach_deck.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsFounder).await?;
        let need_id = parse_id(&need)?;
        let respond = needs::Respond {
            need_id,
            startup_id: parse_id(&startup)?,
            proposal,
            attach_deck: attach_deck == "on",
        };
        needs::respond(ctx.db(), &me, &respond, &ctx.state.config.public_url).await?;
        ctx.redirect_with(&format!("/needs/{need_id}"), Notice::NeedResponded);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("proposal", &kept), ("attach_deck", &kept_deck)]))
}

/// The poster shortlists a response (`on` = "on") or takes it off the shortlist.
#[server(endpoint = "needs/shortlist")]
pub async fn shortlist_response(
    response: String,
    #[server(default)] on: String,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::PostNeeds).await?;
        let need = needs::shortlist(ctx.db(), &me, parse_id(&response)?, on == "on").await?;
        ctx.redirect_with(&format!("/needs/{need}#responses"), Notice::NeedShortlisted);
        Ok(())
    })
    .await
}

/// An investor poster asks the startup of a shortlisted response for a meeting: the
/// needs feature checks the response, then the meeting requests' own `ask` runs with
/// every rule of meetings (quota, conflicts, taking part in the current edition).
#[server(endpoint = "needs/request-meeting")]
pub async fn request_meeting_from_need(
    response: String,
    #[server(default)] message: String,
) -> Result<(), AppError> {
    let kept = message.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::PostNeeds).await?;
        let (need, startup_id) = needs::meeting_target(ctx.db(), &me, parse_id(&response)?).await?;
        let ask = backend::features::meetings::requests::Ask {
            startup_id,
            investor_id: None,
            message,
        };
        backend::features::meetings::requests::ask(
            ctx.db(),
            &me,
            &ask,
            &ctx.state.config.public_url,
        )
        .await?;
        ctx.redirect_with(
            &format!("/needs/{need}#responses"),
            Notice::MeetingRequested,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("message", &kept)]))
}

/// A corporate names its organisation.
#[server(endpoint = "needs/organisation")]
pub async fn save_organisation(organisation: String) -> Result<(), AppError> {
    let kept = organisation.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsCorporate).await?;
        needs::save_organisation(ctx.db(), &me, &organisation).await?;
        ctx.redirect_with("/needs", Notice::OrganisationSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("organisation", &kept)]))
}
