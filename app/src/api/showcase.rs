//! The public showcase and the staff submission table.

use crate::error::AppError;
use leptos::prelude::*;
use wire::{PublicStartup, ShowcasePage, ShowcaseQuery, SubmissionQuery, SubmissionTable};

#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{queries::catalogue, ServiceError};

/// Public: accepted startups of the current edition that opted in.
#[server(endpoint = "showcase/list")]
pub async fn showcase(#[server(flatten)] query: ShowcaseQuery) -> Result<ShowcasePage, AppError> {
    run(|ctx| async move { catalogue::showcase(ctx.db(), &query).await }).await
}

#[server(endpoint = "showcase/startup")]
pub async fn public_startup_page(id: String) -> Result<PublicStartup, AppError> {
    run(|ctx| async move {
        let id = id.trim().parse().map_err(|_| ServiceError::NotFound)?;
        catalogue::public_startup(ctx.db(), id).await
    })
    .await
}

#[server(endpoint = "staff/submissions")]
pub async fn staff_submissions(
    #[server(flatten)] query: SubmissionQuery,
) -> Result<SubmissionTable, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        catalogue::staff_table(ctx.db(), &me, &query).await
    })
    .await
}
