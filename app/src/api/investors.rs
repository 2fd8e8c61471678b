//! Server functions of the investor workspace.

use crate::error::AppError;
use domain::investor::InvestorInput;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::investors;
#[cfg(feature = "ssr")]
use domain::policy::Permission;

#[server(endpoint = "investors/profile")]
pub async fn my_investor_profile() -> Result<InvestorInput, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        investors::my_form(ctx.db(), &me).await
    })
    .await
}

#[server(endpoint = "investors/profile/save")]
pub async fn save_investor_profile(
    #[server(flatten)] profile: InvestorInput,
) -> Result<(), AppError> {
    let kept = profile.clone();
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        investors::save(ctx.db(), &me, &profile).await?;
        ctx.redirect_with("/investor/profile", Notice::InvestorProfileSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}
