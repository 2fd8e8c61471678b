//! Investors' own profiles and theses.

use crate::db::begin_write;
use crate::model::codec::JsonText;
use crate::model::investor_profile;
use crate::platform::audit;
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::investor::{InvestorInput, Thesis};
use domain::startup::{format_amount, Stage};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};

/// The stored thesis, or `None` before the investor first saves it.
pub async fn thesis_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Option<Thesis>, ServiceError> {
    let Some(m) = investor_profile::Entity::find_by_id(user_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(Thesis {
        firm: m.firm,
        title: m.title,
        sectors: m.sectors.0,
        stages: m.stages.0,
        ticket_min: m.ticket_min,
        ticket_max: m.ticket_max,
        currency: m.currency,
        geographies: m.geographies.0,
        portfolio: m.portfolio.0,
    }))
}

/// The investor's own profile as the text of its form (empty before the first save).
pub async fn my_form(
    db: &DatabaseConnection,
    me: &SessionUser,
) -> Result<InvestorInput, ServiceError> {
    let Some(t) = thesis_of(db, me.id).await? else {
        return Ok(InvestorInput {
            currency: "USD".into(),
            ..Default::default()
        });
    };
    Ok(InvestorInput {
        firm: t.firm,
        title: t.title,
        sectors: t.sectors.join(", "),
        stages: t
            .stages
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join(", "),
        ticket_min: t.ticket_min.map(format_amount).unwrap_or_default(),
        ticket_max: t.ticket_max.map(format_amount).unwrap_or_default(),
        currency: t.currency,
        geographies: t.geographies.join(", "),
        portfolio: t
            .portfolio
            .iter()
            .map(|(name, site)| {
                if site.is_empty() {
                    name.clone()
                } else {
                    format!("{name}, {site}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
    })
}

pub async fn save(
    db: &DatabaseConnection,
    me: &SessionUser,
    input: &InvestorInput,
) -> Result<(), ServiceError> {
    let t = input.parse().map_err(ServiceError::Invalid)?;
    let stages: Vec<Stage> = t.stages.clone();
    let model = investor_profile::ActiveModel {
        user_id: Set(me.id),
        firm: Set(t.firm.clone()),
        title: Set(t.title.clone()),
        sectors: Set(JsonText(t.sectors.clone())),
        stages: Set(JsonText(stages)),
        ticket_min: Set(t.ticket_min),
        ticket_max: Set(t.ticket_max),
        currency: Set(t.currency.clone()),
        geographies: Set(JsonText(t.geographies.clone())),
        portfolio: Set(JsonText(t.portfolio.clone())),
        updated_at: Set(Utc::now()),
    };
    let txn = begin_write(db).await?;
    if investor_profile::Entity::find_by_id(me.id)
        .one(&txn)
        .await?
        .is_some()
    {
        model.update(&txn).await?;
    } else {
        model.insert(&txn).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "investor.profile",
        &format!("user:{}", me.id),
        &t.firm,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
