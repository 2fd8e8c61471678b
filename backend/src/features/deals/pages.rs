//! What the agreements pages read: staff's page per edition (agreements, totals of the
//! confirmed ones, rates) and a party's own list with the record form's choices.

use super::{accepted, related_dealers, related_startups};
use crate::access::need::teams_of;
use crate::lookup::accounts::labels;
use crate::lookup::editions::{chosen_or_current, current_model};
use crate::model::{
    agreement, agreement_rate, edition, meeting_request, need, need_response, startup, submission,
    track, user_role,
};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use domain::account::Role;
use domain::deals::{edition_totals, may_answer, AgreementStatus, Counted};
use domain::submission::Status;
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};
use std::collections::{HashMap, HashSet};
use wire::{AgreementRow, Choice, DealsStaff, MyDeals};

/// Rows for `agreements`, with each startup's track (its pitch in that edition) and
/// country; `answers` says whether the reader may confirm or decline a pending one;
/// `staff` readers may withdraw a confirmed one from the results.
async fn rows(
    db: &impl ConnectionTrait,
    agreements: &[agreement::Model],
    staff: bool,
    answers: impl Fn(&agreement::Model) -> bool,
) -> Result<Vec<AgreementRow>, ServiceError> {
    let startups: HashMap<Uuid, startup::Model> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(agreements.iter().map(|a| a.startup_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let accounts = labels(
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
                status: a.status.0,
                waiting_for: a.waiting_for.as_ref().map(|w| w.0),
                reader_answers: a.status.0 == AgreementStatus::Pending && answers(a),
                reader_withdraws: staff && a.status.0 == AgreementStatus::Confirmed,
            }
        })
        .collect())
}

/// Investor and corporate accounts by name: all of them, or only those in `among`.
async fn dealers(
    db: &impl ConnectionTrait,
    among: Option<HashSet<Uuid>>,
) -> Result<Vec<Choice>, ServiceError> {
    let mut query = user_role::Entity::find()
        .filter(user_role::Column::Role.is_in([Role::Investor.as_str(), Role::Corporate.as_str()]));
    if let Some(among) = among {
        query = query.filter(user_role::Column::UserId.is_in(among));
    }
    let ids: Vec<Uuid> = query
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let mut out: Vec<Choice> = labels(db, ids)
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
    let rows = rows(db, &agreements, true, |_| true).await?;
    let rates = agreement_rate::rates_of(db, e.id).await?;
    let pending = rows
        .iter()
        .filter(|r| r.status == AgreementStatus::Pending)
        .count() as u64;
    let counted: Vec<Counted> = rows
        .iter()
        .filter(|r| r.status == AgreementStatus::Confirmed)
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
        .filter(submission::Column::Status.ne(Status::Draft.as_str()))
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
        counterparties: dealers(db, None).await?,
        needs: need_choices(needs),
        pending,
    })
}

/// `/deals`: the reader's own agreements (their startups', or as counterparty) and the
/// record form's choices: only startups, counterparties, needs and meetings the reader
/// really has to do with.
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
    let rows = rows(db, &agreements, false, |a| {
        a.recorded_by != me.id
            && a.waiting_for.as_ref().is_some_and(|w| {
                may_answer(
                    w.0,
                    false,
                    teams.contains(&a.startup_id),
                    a.counterparty_id == Some(me.id),
                )
            })
    })
    .await?;
    let current = current_model(db).await?;
    let dealer = me.roles.contains(&Role::Investor) || me.roles.contains(&Role::Corporate);
    let mut startup_ids: HashSet<Uuid> = teams.iter().copied().collect();
    if dealer {
        startup_ids.extend(related_startups(db, me.id).await?);
    }
    // Only startups that pitched in the current edition count in its results.
    let pitched: Vec<Uuid> = match &current {
        Some(e) => submission::Entity::find()
            .filter(submission::Column::EditionId.eq(e.id))
            .filter(submission::Column::StartupId.is_in(startup_ids.iter().copied()))
            .filter(submission::Column::Status.ne(Status::Draft.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.startup_id)
            .collect(),
        None => Vec::new(),
    };
    let startups = startup::Entity::find()
        .filter(startup::Column::Id.is_in(pitched))
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
    let counterparties = if teams.is_empty() {
        Vec::new()
    } else {
        dealers(db, Some(related_dealers(db, &teams).await?)).await?
    };
    let meetings = match &current {
        Some(e) => meeting_choices(db, e.id, me.id, &teams).await?,
        None => Vec::new(),
    };
    Ok(MyDeals {
        edition_id: current.as_ref().map(|e| e.id),
        edition_name: current.map(|e| e.name).unwrap_or_default(),
        agreements: rows,
        startups: startup_choices(startups),
        counterparties,
        needs: need_choices(needs),
        meetings,
    })
}

/// The reader's accepted meeting requests of the edition (as the investor, or for one of
/// their startups), as "Startup · Investor (firm)".
async fn meeting_choices(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    me: Uuid,
    teams: &[Uuid],
) -> Result<Vec<Choice>, ServiceError> {
    let requests = meeting_request::Entity::find()
        .filter(meeting_request::Column::EditionId.eq(edition_id))
        .filter(accepted())
        .filter(
            sea_orm::Condition::any()
                .add(meeting_request::Column::InvestorId.eq(me))
                .add(meeting_request::Column::StartupId.is_in(teams.to_vec())),
        )
        .all(db)
        .await?;
    let investors = labels(db, requests.iter().map(|r| r.investor_id).collect()).await?;
    let startups: HashMap<Uuid, String> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(requests.iter().map(|r| r.startup_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut out: Vec<Choice> = requests
        .iter()
        .map(|r| Choice {
            id: r.id,
            label: format!(
                "{} · {}",
                startups.get(&r.startup_id).cloned().unwrap_or_default(),
                investors.get(&r.investor_id).cloned().unwrap_or_default()
            ),
        })
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(out)
}
