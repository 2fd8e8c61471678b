//! Server functions of follow-up meeting requests: the meetings page (recommendations
//! and requests, per role), asking for a meeting and answering one. Plain forms, so they
//! work without JavaScript.

use crate::error::AppError;
use leptos::prelude::*;
use wire::MeetingsPage;

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{features::meetings, ServiceError};

#[cfg(feature = "ssr")]
fn parse_id(id: &str) -> Result<uuid::Uuid, ServiceError> {
    id.trim().parse().map_err(|_| ServiceError::NotFound)
}

/// Where a form returns to: the startup's public page when asked from there, else the
/// meetings page (never an address the form names, so no open redirect).
#[cfg(feature = "ssr")]
fn back_to(from: &str, startup: uuid::Uuid) -> String {
    match from {
        "showcase" => format!("/showcase/{startup}"),
        "shortlist" => "/investor/reviews?show=starred".to_string(),
        _ => "/meetings".to_string(),
    }
}

#[server(endpoint = "meetings/page")]
pub async fn get_meetings(#[server(default)] edition: String) -> Result<MeetingsPage, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        let wanted = match edition.trim() {
            "" => None,
            id => Some(parse_id(id)?),
        };
        meetings::page::page(ctx.db(), &me, wanted).await
    })
    .await
}

/// An investor asks a startup (`investor` empty), or a startup's founders ask an
/// investor (`investor` named), with an optional message.
#[server(endpoint = "meetings/ask")]
pub async fn ask_meeting(
    startup: String,
    #[server(default)] investor: String,
    #[server(default)] message: String,
    #[server(default)] from: String,
) -> Result<(), AppError> {
    let kept = message.clone();
    run(|ctx| async move {
        let me = ctx.user().await?;
        let startup_id = parse_id(&startup)?;
        let investor_id = match investor.trim() {
            "" => None,
            id => Some(parse_id(id)?),
        };
        let ask = meetings::requests::Ask {
            startup_id,
            investor_id,
            message,
        };
        meetings::requests::ask(ctx.db(), &me, &ask, &ctx.state.config.public_url).await?;
        ctx.redirect_with(&back_to(&from, startup_id), Notice::MeetingRequested);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("message", &kept)]))
}

/// Answers a request: `reply` is `accept`, `decline`, `propose` or `withdraw`;
/// `reply_text` a decline's optional reason or the other times proposed.
#[server(endpoint = "meetings/reply")]
pub async fn reply_meeting(
    request: String,
    reply: String,
    #[server(default)] reply_text: String,
) -> Result<(), AppError> {
    let kept = reply_text.clone();
    let kept_reply = reply.clone();
    run(|ctx| async move {
        let me = ctx.user().await?;
        let id = parse_id(&request)?;
        meetings::requests::reply(
            ctx.db(),
            &me,
            id,
            &reply,
            &reply_text,
            &ctx.state.config.public_url,
        )
        .await?;
        ctx.redirect_with(&format!("/meetings#request-{id}"), Notice::MeetingAnswered);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("reply_text", &kept), ("reply", &kept_reply)]))
}
