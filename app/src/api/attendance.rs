//! Server functions of confirming attendance after acceptance: the pitch page's card
//! and the team's answer (plain forms, so they work without JavaScript).

use crate::error::AppError;
use leptos::prelude::*;
use wire::AttendanceCard;

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{features::attendance, ServiceError};

#[cfg(feature = "ssr")]
fn parse_id(id: &str) -> Result<uuid::Uuid, ServiceError> {
    id.trim().parse().map_err(|_| ServiceError::NotFound)
}

/// The "Confirm you will pitch" card of a pitch (none unless it is accepted).
#[server(endpoint = "attendance/get")]
pub async fn get_attendance(submission: String) -> Result<Option<AttendanceCard>, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        attendance::card(ctx.db(), &me, parse_id(&submission)?).await
    })
    .await
}

/// The team's answer: `answer` is `confirm` or `decline`; `reason` (optional) is kept
/// for a decline only.
#[server(endpoint = "attendance/answer")]
pub async fn answer_attendance(
    submission: String,
    answer: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let kept = reason.clone();
    run(|ctx| async move {
        let me = ctx.user().await?;
        let (startup, edition, answer) =
            attendance::answer(ctx.db(), &me, parse_id(&submission)?, &answer, &reason).await?;
        let notice = match answer {
            domain::attendance::Answer::Confirmed => Notice::AttendanceConfirmed,
            domain::attendance::Answer::Declined => Notice::AttendanceDeclined,
        };
        ctx.redirect_with(
            &format!("/startups/{startup}/pitch?edition={edition}#attendance"),
            notice,
        );
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&[("reason", &kept)]))
}
