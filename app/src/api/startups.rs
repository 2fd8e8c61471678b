//! Server functions of startup profiles, teams and pitches.

use crate::error::AppError;
use domain::startup::StartupInput;
use domain::submission::PitchInput;
use leptos::prelude::*;
use wire::{CofounderInvitation, PitchDetail, StartupCard, StartupDetail};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{
    features::{startups, submissions as pitches},
    queries::startup_page,
    ServiceError,
};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[cfg(feature = "ssr")]
fn parse_id(id: &str) -> Result<uuid::Uuid, ServiceError> {
    id.trim().parse().map_err(|_| ServiceError::NotFound)
}

#[server(endpoint = "startups/mine")]
pub async fn my_startups() -> Result<Vec<StartupCard>, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsFounder).await?;
        startup_page::mine(ctx.db(), &me).await
    })
    .await
}

#[server(endpoint = "startups/get")]
pub async fn get_startup(id: String) -> Result<StartupDetail, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        startup_page::detail(ctx.db(), &me, parse_id(&id)?).await
    })
    .await
}

/// Creates a startup (empty `id`) or saves its profile.
#[server(endpoint = "startups/save")]
pub async fn save_startup(
    id: String,
    #[server(flatten)] profile: StartupInput,
) -> Result<(), AppError> {
    let kept = profile.clone();
    run(|ctx| async move {
        let id = if id.trim().is_empty() {
            let me = ctx.require(Permission::ActAsFounder).await?;
            startups::create(ctx.db(), &me, &profile, &ctx.client_ip()).await?
        } else {
            let me = ctx.user().await?;
            let id = parse_id(&id)?;
            startups::update(ctx.db(), &me, id, &profile).await?;
            id
        };
        ctx.redirect_with(&format!("/startups/{id}"), Notice::StartupSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "startups/invite-cofounder")]
pub async fn invite_cofounder(startup_id: String, email: String) -> Result<(), AppError> {
    let kept = email.clone();
    run(|ctx| async move {
        let me = ctx.user().await?;
        let id = parse_id(&startup_id)?;
        let public_url = &ctx.state.config.public_url;
        startups::invite_cofounder(ctx.db(), &me, id, &email, public_url, ctx.lang()).await?;
        ctx.redirect_with(&format!("/startups/{id}"), Notice::CofounderInvited);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("email", &kept)]))
}

#[server(endpoint = "startups/leave")]
pub async fn leave_startup(startup_id: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        startups::leave(ctx.db(), &me, parse_id(&startup_id)?).await?;
        ctx.redirect_with("/founder", Notice::LeftTeam);
        Ok(())
    })
    .await
}

#[server(endpoint = "startups/invitation")]
pub async fn view_cofounder_invitation(token: String) -> Result<CofounderInvitation, AppError> {
    run(|ctx| async move { startups::view_invite(ctx.db(), &token).await }).await
}

/// Joins the team: a signed-in account with the invited email, or a new founder account.
#[server(endpoint = "startups/join")]
pub async fn join_startup(
    token: String,
    #[server(default)] display_name: String,
    #[server(default)] password: String,
) -> Result<(), AppError> {
    let kept = display_name.clone();
    run(|ctx| async move {
        let me = ctx.maybe_user().await?;
        let (user_id, startup_id) = startups::accept_invite(
            ctx.db(),
            &token,
            me.as_ref(),
            &display_name,
            &password,
            ctx.lang(),
        )
        .await?;
        let to = Notice::JoinedTeam.on(&format!("/startups/{startup_id}"));
        match me {
            Some(_) => {
                ctx.redirect(&to);
                Ok(())
            }
            None => super::auth::start_session(&ctx, user_id, Some(&to)).await,
        }
    })
    .await
    .map_err(|e| e.keeping(&[("display_name", &kept)]))
}

/// The startup's pitch to an edition (the current one when `edition_id` is empty).
#[server(endpoint = "pitches/get")]
pub async fn get_pitch(startup_id: String, edition_id: String) -> Result<PitchDetail, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        let edition = match edition_id.trim() {
            "" => {
                backend::lookup::editions::current(ctx.db())
                    .await?
                    .ok_or(ServiceError::NotFound)?
                    .id
            }
            raw => parse_id(raw)?,
        };
        pitches::detail(ctx.db(), &me, parse_id(&startup_id)?, edition).await
    })
    .await
}

/// Saves the pitch as a draft (or a submitted pitch's changes, `intent` = `changes`),
/// or submits it when `intent` is `submit`.
#[server(endpoint = "pitches/save")]
pub async fn save_pitch(
    startup_id: String,
    edition_id: String,
    #[server(default)] intent: String,
    #[server(flatten)] pitch: PitchInput,
) -> Result<(), AppError> {
    let kept = pitch.clone();
    run(|ctx| async move {
        let me = ctx.user().await?;
        let startup = parse_id(&startup_id)?;
        let submit = intent == "submit";
        pitches::save(
            ctx.db(),
            &me,
            startup,
            parse_id(&edition_id)?,
            &pitch,
            submit,
            &ctx.state.config.public_url,
        )
        .await?;
        let notice = match intent.as_str() {
            "submit" => Notice::PitchSubmitted,
            // The form of a submitted pitch: its changes are saved, it is no draft.
            "changes" => Notice::PitchChangesSaved,
            _ => Notice::DraftSaved,
        };
        ctx.redirect_with(&format!("/startups/{startup}/pitch"), notice);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[server(endpoint = "pitches/withdraw")]
pub async fn withdraw_pitch(submission_id: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        let public_url = &ctx.state.config.public_url;
        let (startup, edition) =
            pitches::withdraw(ctx.db(), &me, parse_id(&submission_id)?, public_url).await?;
        ctx.redirect_with(
            &format!("/startups/{startup}/pitch?edition={edition}"),
            Notice::PitchWithdrawn,
        );
        Ok(())
    })
    .await
}

/// Submits the saved draft.
#[server(endpoint = "pitches/submit")]
pub async fn submit_pitch(submission_id: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        let public_url = &ctx.state.config.public_url;
        let (startup, edition) =
            pitches::submit_saved(ctx.db(), &me, parse_id(&submission_id)?, public_url).await?;
        ctx.redirect_with(
            &format!("/startups/{startup}/pitch?edition={edition}"),
            Notice::PitchSubmitted,
        );
        Ok(())
    })
    .await
}
