//! A person's own agenda: their pitch slots, panels and meetings, for anyone signed in.

use crate::error::AppError;
use leptos::prelude::*;
use wire::MyAgenda;

#[cfg(feature = "ssr")]
use crate::server::ctx::run;

/// The signed-in person's agenda in the current edition (`None` when there is none).
#[server(endpoint = "agenda/personal")]
pub async fn get_my_agenda() -> Result<Option<MyAgenda>, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        backend::queries::agenda::personal(ctx.db(), me.id, chrono::Utc::now()).await
    })
    .await
}
