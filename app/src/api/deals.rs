//! Server functions of signed agreements: staff's page per edition (agreements, totals,
//! rates), the parties' own list, recording one and setting an edition's rates.

use crate::error::AppError;
use domain::deals::AgreementInput;
use leptos::prelude::*;
use wire::{DealsStaff, MyDeals};

#[cfg(feature = "ssr")]
use crate::notice::Notice;
#[cfg(feature = "ssr")]
use crate::server::ctx::run;
#[cfg(feature = "ssr")]
use backend::{features::deals, ServiceError};
#[cfg(feature = "ssr")]
use domain::policy::Permission;

/// An optional id: empty is none; anything unreadable is "not found".
#[cfg(feature = "ssr")]
fn optional_id(raw: &str) -> Result<Option<uuid::Uuid>, ServiceError> {
    match raw.trim() {
        "" => Ok(None),
        id => id.parse().map(Some).map_err(|_| ServiceError::NotFound),
    }
}

#[server(endpoint = "deals/staff")]
pub async fn get_deals_staff(#[server(default)] edition: String) -> Result<DealsStaff, AppError> {
    run(|ctx| async move {
        ctx.require(Permission::ManageDeals).await?;
        deals::staff_page(ctx.db(), optional_id(&edition)?).await
    })
    .await
}

#[server(endpoint = "deals/mine")]
pub async fn get_my_deals() -> Result<MyDeals, AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        deals::mine(ctx.db(), &me).await
    })
    .await
}

/// Records an agreement. `back` = "staff" returns to the staff page of its edition.
#[server(endpoint = "deals/record")]
pub async fn record_agreement(
    startup: String,
    #[server(default)] counterparty: String,
    #[server(default)] need: String,
    #[server(default)] meeting: String,
    #[server(default)] edition: String,
    #[server(default)] back: String,
    #[server(flatten)] agreement: AgreementInput,
) -> Result<(), AppError> {
    let kept = agreement.clone();
    let kept_ids = [
        ("startup", startup.clone()),
        ("counterparty", counterparty.clone()),
        ("need", need.clone()),
        ("meeting", meeting.clone()),
    ];
    run(|ctx| async move {
        let me = ctx.user().await?;
        let ids = deals::RecordIds {
            startup: optional_id(&startup)?.ok_or(ServiceError::NotFound)?,
            counterparty: optional_id(&counterparty)?,
            need: optional_id(&need)?,
            meeting: optional_id(&meeting)?,
            edition: optional_id(&edition)?,
        };
        let (_, waiting_for) = deals::record(
            ctx.db(),
            &me,
            &ids,
            &agreement,
            &ctx.state.config.public_url,
        )
        .await?;
        let to = match (back.as_str(), ids.edition) {
            ("staff", Some(e)) => format!("/staff/deals?edition={e}"),
            ("staff", None) => "/staff/deals".to_string(),
            _ => "/deals".to_string(),
        };
        let notice = match waiting_for {
            Some(_) => Notice::AgreementAwaits,
            None => Notice::AgreementRecorded,
        };
        ctx.redirect_with(&to, notice);
        Ok(())
    })
    .await
    .map_err(|e| {
        let mut pairs = kept.pairs();
        pairs.extend(kept_ids.iter().map(|(k, v)| (*k, v.as_str())));
        e.keeping(&pairs)
    })
}

/// The other side of a pending agreement (or staff) confirms or declines it
/// (`answer` = "confirmed" or "declined"). `back` = "staff" returns to the staff page.
#[server(endpoint = "deals/answer")]
pub async fn answer_agreement(
    agreement: String,
    answer: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    run(|ctx| async move {
        let me = ctx.user().await?;
        let id = optional_id(&agreement)?.ok_or(ServiceError::NotFound)?;
        let edition = deals::answer(ctx.db(), &me, id, &answer).await?;
        let notice = if answer == "declined" {
            Notice::AgreementDeclined
        } else {
            Notice::AgreementConfirmed
        };
        let to = if back == "staff" {
            format!("/staff/deals?edition={edition}")
        } else {
            "/deals".to_string()
        };
        ctx.redirect_with(&to, notice);
        Ok(())
    })
    .await
}

/// Staff set the edition's reporting currency and rates (`USD 7.1`, one a line).
#[server(endpoint = "deals/rates")]
pub async fn save_rates(
    #[server(default)] edition: String,
    #[server(default)] reporting: String,
    #[server(default)] rates: String,
) -> Result<(), AppError> {
    let kept = [("reporting", reporting.clone()), ("rates", rates.clone())];
    run(|ctx| async move {
        let me = ctx.require(Permission::ManageDeals).await?;
        let e =
            deals::set_rates(ctx.db(), me.id, optional_id(&edition)?, &reporting, &rates).await?;
        ctx.redirect_with(&format!("/staff/deals?edition={e}"), Notice::RatesSaved);
        Ok(())
    })
    .await
    .map_err(|e| {
        let pairs: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (*k, v.as_str())).collect();
        e.keeping(&pairs)
    })
}
