use crate::error::AppError;
use leptos::prelude::*;
use wire::Edition;

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{features::editions, lookup::editions as edition_lookup, ServiceError};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[cfg(feature = "ssr")]
fn parse_id(id: &str) -> Result<uuid::Uuid, ServiceError> {
    id.trim().parse().map_err(|_| ServiceError::NotFound)
}

/// The edition everyone works in now; public, as the conference itself is.
#[server(endpoint = "editions/current")]
pub async fn current_edition() -> Result<Option<Edition>, AppError> {
    run(|ctx| async move { edition_lookup::current(ctx.db()).await }).await
}

#[server(endpoint = "editions/list")]
pub async fn list_editions() -> Result<Vec<Edition>, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::ManageEditions).await?;
        editions::list(ctx.db()).await
    })
    .await
}

#[server(endpoint = "editions/get")]
pub async fn get_edition(id: String) -> Result<Edition, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::ManageEditions).await?;
        edition_lookup::get(ctx.db(), parse_id(&id)?).await
    })
    .await
}

/// Creates an edition (empty `id`) or updates one.
#[server(endpoint = "editions/save")]
pub async fn save_edition(
    id: String,
    name: String,
    city: String,
    starts_on: String,
    ends_on: String,
    time_zone: String,
    submission_deadline: String,
    tracks: String,
    /// Optional; a form without the field (an older page) keeps none.
    #[server(default)]
    attendance_deadline: String,
) -> Result<(), AppError> {
    let input = domain::edition::EditionInput {
        name,
        city,
        starts_on,
        ends_on,
        time_zone,
        submission_deadline,
        tracks,
        attendance_deadline,
    };
    let kept = input.clone();
    run(|ctx| async move {
        let staff = ctx.require(Permission::ManageEditions).await?;
        if id.trim().is_empty() {
            editions::create(ctx.db(), staff.id, &input, ctx.lang()).await?;
        } else {
            editions::update(ctx.db(), staff.id, parse_id(&id)?, &input).await?;
        }
        ctx.redirect_with("/staff/editions", Notice::EditionSaved);
        Ok(())
    })
    .await
    .map_err(|e| {
        e.keeping(&[
            ("name", &kept.name),
            ("city", &kept.city),
            ("starts_on", &kept.starts_on),
            ("ends_on", &kept.ends_on),
            ("time_zone", &kept.time_zone),
            ("submission_deadline", &kept.submission_deadline),
            ("tracks", &kept.tracks),
            ("attendance_deadline", &kept.attendance_deadline),
        ])
    })
}

#[server(endpoint = "editions/make-current")]
pub async fn make_current_edition(id: String) -> Result<(), AppError> {
    run(|ctx| async move {
        let staff = ctx.require(Permission::ManageEditions).await?;
        editions::make_current(ctx.db(), staff.id, parse_id(&id)?).await?;
        ctx.redirect("/staff/editions");
        Ok(())
    })
    .await
}
