//! Server functions of the investor workspace.

use crate::error::AppError;
use domain::investor::InvestorInput;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::components::labels;
#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::features::investors;
#[cfg(feature = "ssr")]
use domain::policy::Permission;
#[cfg(feature = "ssr")]
use domain::startup::Stage;

/// Each stage named in any language as its code; anything else is left as typed, for
/// the domain to refuse.
#[cfg(feature = "ssr")]
fn stage_codes(raw: &str) -> String {
    raw.split([',', '，', '、', '\n'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| labels::stage_named(item).map_or(item, |s| s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The form as the investor reads it: the stages named in the page's language.
#[server(endpoint = "investors/profile")]
pub async fn my_investor_profile() -> Result<InvestorInput, AppError> {
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        let mut form = investors::my_form(ctx.db(), &me).await?;
        let stages: Vec<Stage> = form
            .stages
            .split(',')
            .filter_map(labels::stage_named)
            .collect();
        form.stages = labels::stage_list(ctx.lang(), &stages);
        Ok(form)
    })
    .await
}

#[server(endpoint = "investors/profile/save")]
pub async fn save_investor_profile(
    #[server(flatten)] profile: InvestorInput,
) -> Result<(), AppError> {
    let kept = profile.clone();
    // Stages typed by name in either language ("种子轮、A 轮") reach the domain as codes.
    let profile = InvestorInput {
        stages: stage_codes(&profile.stages),
        ..profile
    };
    run(|ctx| async move {
        let me = ctx.require(Permission::ActAsInvestor).await?;
        investors::save(ctx.db(), &me, &profile).await?;
        ctx.redirect_with("/investor/profile", Notice::InvestorProfileSaved);
        Ok(())
    })
    .await
    .map_err(|e| e.keeping(&kept.pairs()))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::stage_codes;

    #[test]
    fn stages_named_in_either_language_become_codes() {
        assert_eq!(stage_codes("种子轮、A 轮"), "seed, series_a");
        assert_eq!(
            stage_codes("Seed, series a\nB 轮及以后"),
            "seed, series_a, series_b_plus"
        );
        assert_eq!(stage_codes("Seed，unicorn"), "seed, unicorn");
        assert_eq!(stage_codes(""), "");
    }
}
