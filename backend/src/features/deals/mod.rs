//! Signed agreements (issue 12): staff record any, the two parties their own (a founder
//! for their startup; an investor or corporate with themselves as the counterparty, for
//! a startup they met through a need or a meeting request). Staff see an edition's
//! totals — count, value by currency, value converted at the rates they set — per track
//! and per country (`domain::deals`, integer arithmetic, half-to-even rounding).

use crate::access::need::teams_of;
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, current_model};
use crate::model::codec::Coded;
use crate::model::startup::is_member;
use crate::model::{
    agreement, agreement_rate, edition, investor_profile, meeting_request, need, need_organisation,
    need_response, startup, submission, track, user, user_role,
};
use crate::platform::audit;
use crate::platform::rate_limits::{hit, AGREEMENTS_PER_USER};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::deals::{edition_totals, may_record, parse_rates, AgreementInput, Counted, RATE_SCALE};
use domain::{Noun, Problem};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::{HashMap, HashSet};
use wire::{AgreementRow, Choice, DealsStaff, MyDeals};

/// The ids the record form chose (read by the adapter; empty: none).
#[derive(Clone, Debug, Default)]
pub struct RecordIds {
    pub startup: Uuid,
    pub counterparty: Option<Uuid>,
    pub need: Option<Uuid>,
    pub meeting: Option<Uuid>,
    /// Staff choose the edition; the parties record into the current one.
    pub edition: Option<Uuid>,
}

fn not_listed(field: &str, noun: Noun) -> ServiceError {
    ServiceError::field(field, Problem::NotInList { field: noun })
}

/// Investors and corporates: who may be a counterparty account.
async fn is_dealer(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, ServiceError> {
    Ok(user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(id))
        .filter(user_role::Column::Role.is_in([Role::Investor.as_str(), Role::Corporate.as_str()]))
        .one(db)
        .await?
        .is_some())
}

/// Startups `me` (an investor or corporate) met here: responders to their needs and
/// startups of their meeting requests.
async fn related_startups(
    db: &impl ConnectionTrait,
    me: Uuid,
) -> Result<HashSet<Uuid>, ServiceError> {
    let my_needs: Vec<Uuid> = need::Entity::find()
        .filter(need::Column::PostedBy.eq(me))
        .all(db)
        .await?
        .into_iter()
        .map(|n| n.id)
        .collect();
    let mut out: HashSet<Uuid> = need_response::Entity::find()
        .filter(need_response::Column::NeedId.is_in(my_needs))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.startup_id)
        .collect();
    out.extend(
        meeting_request::Entity::find()
            .filter(meeting_request::Column::InvestorId.eq(me))
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.startup_id),
    );
    Ok(out)
}

/// Records an agreement; returns its id. Someone who is not a party (nor staff) gets 404.
pub async fn record(
    db: &DatabaseConnection,
    me: &SessionUser,
    ids: &RecordIds,
    input: &AgreementInput,
) -> Result<Uuid, ServiceError> {
    let staff = me.roles.contains(&Role::Staff);
    let dealer = me.roles.contains(&Role::Investor) || me.roles.contains(&Role::Corporate);
    let found = startup::Entity::find_by_id(ids.startup)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let on_team = is_member(db, found.id, me.id).await?;
    // An investor or corporate records as the counterparty, for a startup they met.
    let counterparty = match ids.counterparty {
        None if !staff && !on_team && dealer => Some(me.id),
        other => other,
    };
    let is_counterparty = counterparty == Some(me.id);
    if !may_record(staff, on_team, is_counterparty) {
        return Err(ServiceError::NotFound);
    }
    if !staff && !on_team && !related_startups(db, me.id).await?.contains(&found.id) {
        return Err(ServiceError::NotFound);
    }
    if let Some(c) = counterparty {
        if !is_dealer(db, c).await? {
            return Err(not_listed("counterparty", Noun::Counterparty));
        }
    }
    let edition = if staff {
        chosen_or_current(db, ids.edition).await?
    } else {
        current_model(db).await?.ok_or(ServiceError::NotFound)?
    };
    let a = input
        .parse(counterparty.is_some(), Utc::now().date_naive())
        .map_err(ServiceError::Invalid)?;
    if let Some(n) = ids.need {
        let responded = need_response::Entity::find()
            .filter(need_response::Column::NeedId.eq(n))
            .filter(need_response::Column::StartupId.eq(found.id))
            .one(db)
            .await?
            .is_some();
        if !responded {
            return Err(not_listed("need", Noun::Need));
        }
    }
    if let Some(m) = ids.meeting {
        let of_startup = meeting_request::Entity::find_by_id(m)
            .one(db)
            .await?
            .is_some_and(|r| r.startup_id == found.id);
        if !of_startup {
            return Err(not_listed("meeting", Noun::Meeting));
        }
    }
    hit(db, &format!("agreement:{}", me.id), AGREEMENTS_PER_USER).await?;
    let id = Uuid::new_v4();
    let txn = begin_write(db).await?;
    agreement::ActiveModel {
        id: Set(id),
        edition_id: Set(edition.id),
        startup_id: Set(found.id),
        counterparty_id: Set(counterparty),
        counterparty_name: Set(a.counterparty_name),
        kind: Set(Coded(a.kind)),
        amount: Set(a.amount),
        currency: Set(a.currency.clone()),
        signed_on: Set(a.signed_on),
        need_id: Set(ids.need),
        meeting_request_id: Set(ids.meeting),
        recorded_by: Set(me.id),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(me.id),
        "deals.record",
        &format!("agreement:{id}"),
        &format!("{} {} {}", a.kind.as_str(), a.amount, a.currency),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Staff set an edition's rates (replacing the previous set).
pub async fn set_rates(
    db: &DatabaseConnection,
    staff_id: Uuid,
    edition_id: Option<Uuid>,
    reporting: &str,
    lines: &str,
) -> Result<Uuid, ServiceError> {
    let e = chosen_or_current(db, edition_id).await?;
    let rates = parse_rates(reporting, lines).map_err(ServiceError::Invalid)?;
    let now = Utc::now();
    let txn = begin_write(db).await?;
    agreement_rate::Entity::delete_many()
        .filter(agreement_rate::Column::EditionId.eq(e.id))
        .exec(&txn)
        .await?;
    let rows = std::iter::once((rates.reporting.clone(), RATE_SCALE))
        .chain(rates.micro.clone())
        .map(|(currency, rate)| agreement_rate::ActiveModel {
            edition_id: Set(e.id),
            currency: Set(currency),
            reporting: Set(rates.reporting.clone()),
            rate_micro: Set(rate),
            updated_at: Set(now),
        });
    agreement_rate::Entity::insert_many(rows).exec(&txn).await?;
    audit::record(
        &txn,
        Some(staff_id),
        "deals.rates",
        &format!("edition:{}", e.id),
        &rates.lines().replace('\n', "; "),
    )
    .await?;
    txn.commit().await?;
    Ok(e.id)
}

/// Display names of accounts: "Name (organisation or firm)".
async fn account_labels(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, ServiceError> {
    let mut orgs: HashMap<Uuid, String> = investor_profile::Entity::find()
        .filter(investor_profile::Column::UserId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .filter(|p| !p.firm.trim().is_empty())
        .map(|p| (p.user_id, p.firm))
        .collect();
    orgs.extend(
        need_organisation::Entity::find()
            .filter(need_organisation::Column::UserId.is_in(ids.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.user_id, o.name)),
    );
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            let label = match orgs.get(&u.id) {
                Some(org) => format!("{} ({org})", u.display_name),
                None => u.display_name.clone(),
            };
            (u.id, label)
        })
        .collect())
}

/// Rows for `agreements`, with each startup's track (its pitch in that edition) and
/// country.
async fn rows(
    db: &impl ConnectionTrait,
    agreements: &[agreement::Model],
) -> Result<Vec<AgreementRow>, ServiceError> {
    let startups: HashMap<Uuid, startup::Model> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(agreements.iter().map(|a| a.startup_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let accounts = account_labels(
        db,
        agreements
            .iter()
            .filter_map(|a| a.counterparty_id)
            .collect(),
    )
    .await?;
    let editions: HashMap<Uuid, String> = edition::Entity::find()
        .filter(edition::Column::Id.is_in(agreements.iter().map(|a| a.edition_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    let needs: HashMap<Uuid, String> = need::Entity::find()
        .filter(need::Column::Id.is_in(agreements.iter().filter_map(|a| a.need_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.title))
        .collect();
    let pitches = submission::Entity::find()
        .filter(submission::Column::StartupId.is_in(agreements.iter().map(|a| a.startup_id)))
        .filter(submission::Column::EditionId.is_in(agreements.iter().map(|a| a.edition_id)))
        .all(db)
        .await?;
    let tracks: HashMap<Uuid, String> = track::Entity::find()
        .filter(track::Column::Id.is_in(pitches.iter().map(|p| p.track_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let track_of: HashMap<(Uuid, Uuid), String> = pitches
        .iter()
        .filter_map(|p| {
            tracks
                .get(&p.track_id)
                .map(|t| ((p.edition_id, p.startup_id), t.clone()))
        })
        .collect();
    Ok(agreements
        .iter()
        .map(|a| {
            let s = startups.get(&a.startup_id);
            let counterparty = match a.counterparty_id.and_then(|c| accounts.get(&c)) {
                Some(label) if a.counterparty_name.is_empty() => label.clone(),
                Some(label) => format!("{label} · {}", a.counterparty_name),
                None => a.counterparty_name.clone(),
            };
            AgreementRow {
                id: a.id,
                kind: a.kind.0,
                startup_name: s.map(|s| s.name.clone()).unwrap_or_default(),
                counterparty,
                amount: a.amount,
                currency: a.currency.clone(),
                signed_on: a.signed_on,
                edition_name: editions.get(&a.edition_id).cloned().unwrap_or_default(),
                need_title: a.need_id.and_then(|n| needs.get(&n).cloned()),
                track: track_of
                    .get(&(a.edition_id, a.startup_id))
                    .cloned()
                    .unwrap_or_default(),
                country: s.map(|s| s.country.clone()).unwrap_or_default(),
            }
        })
        .collect())
}

/// Investor and corporate accounts, by name.
async fn dealers(db: &impl ConnectionTrait) -> Result<Vec<Choice>, ServiceError> {
    let ids: Vec<Uuid> = user_role::Entity::find()
        .filter(user_role::Column::Role.is_in([Role::Investor.as_str(), Role::Corporate.as_str()]))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let mut out: Vec<Choice> = account_labels(db, ids)
        .await?
        .into_iter()
        .map(|(id, label)| Choice { id, label })
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out.dedup_by_key(|c| c.id);
    Ok(out)
}

fn startup_choices(mut startups: Vec<startup::Model>) -> Vec<Choice> {
    startups.sort_by(|a, b| a.sort_name.cmp(&b.sort_name));
    startups
        .into_iter()
        .map(|s| Choice {
            id: s.id,
            label: s.name,
        })
        .collect()
}

fn need_choices(needs: Vec<need::Model>) -> Vec<Choice> {
    needs
        .into_iter()
        .map(|n| Choice {
            id: n.id,
            label: n.title,
        })
        .collect()
}

/// `/staff/deals`: the chosen (else current) edition's agreements, totals and rates.
pub async fn staff_page(
    db: &DatabaseConnection,
    edition_id: Option<Uuid>,
) -> Result<DealsStaff, ServiceError> {
    let e = chosen_or_current(db, edition_id).await?;
    let agreements = agreement::Entity::find()
        .filter(agreement::Column::EditionId.eq(e.id))
        .order_by_desc(agreement::Column::SignedOn)
        .order_by_asc(agreement::Column::CreatedAt)
        .all(db)
        .await?;
    let rows = rows(db, &agreements).await?;
    let rates = agreement_rate::rates_of(db, e.id).await?;
    let counted: Vec<Counted> = rows
        .iter()
        .map(|r| Counted {
            amount: r.amount,
            currency: &r.currency,
            track: &r.track,
            country: &r.country,
        })
        .collect();
    let totals = edition_totals(&counted, &rates);
    let editions = edition::Entity::find()
        .order_by_desc(edition::Column::StartsOn)
        .all(db)
        .await?
        .into_iter()
        .map(|x| Choice {
            id: x.id,
            label: x.name,
        })
        .collect();
    let startup_ids: Vec<Uuid> = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(e.id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.startup_id)
        .collect();
    let startups = startup::Entity::find()
        .filter(startup::Column::Id.is_in(startup_ids))
        .all(db)
        .await?;
    let needs = need::Entity::find()
        .order_by_desc(need::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(DealsStaff {
        edition_id: e.id,
        edition_name: e.name,
        editions,
        agreements: rows,
        totals,
        reporting: rates.reporting.clone(),
        rates: rates.lines(),
        startups: startup_choices(startups),
        counterparties: dealers(db).await?,
        needs: need_choices(needs),
    })
}

/// `/deals`: the reader's own agreements (their startups', or as counterparty) and the
/// record form's choices.
pub async fn mine(db: &DatabaseConnection, me: &SessionUser) -> Result<MyDeals, ServiceError> {
    let teams = teams_of(db, me.id).await?;
    let agreements = agreement::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(agreement::Column::StartupId.is_in(teams.clone()))
                .add(agreement::Column::CounterpartyId.eq(me.id)),
        )
        .order_by_desc(agreement::Column::SignedOn)
        .all(db)
        .await?;
    let rows = rows(db, &agreements).await?;
    let current = current_model(db).await?;
    let dealer = me.roles.contains(&Role::Investor) || me.roles.contains(&Role::Corporate);
    let mut startup_ids: HashSet<Uuid> = teams.iter().copied().collect();
    if dealer {
        startup_ids.extend(related_startups(db, me.id).await?);
    }
    let startups = startup::Entity::find()
        .filter(startup::Column::Id.is_in(startup_ids.iter().copied()))
        .all(db)
        .await?;
    // Needs: those the reader posted, and those their startups responded to.
    let responded: Vec<Uuid> = need_response::Entity::find()
        .filter(need_response::Column::StartupId.is_in(teams.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.need_id)
        .collect();
    let needs = need::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(need::Column::PostedBy.eq(me.id))
                .add(need::Column::Id.is_in(responded)),
        )
        .order_by_desc(need::Column::CreatedAt)
        .all(db)
        .await?;
    Ok(MyDeals {
        edition_id: current.as_ref().map(|e| e.id),
        edition_name: current.map(|e| e.name).unwrap_or_default(),
        agreements: rows,
        startups: startup_choices(startups),
        counterparties: if teams.is_empty() {
            Vec::new()
        } else {
            dealers(db).await?
        },
        needs: need_choices(needs),
    })
}
