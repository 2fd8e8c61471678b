//! Signed agreements (issue 12): staff record any, the two parties their own (a founder
//! for their startup, with an investor or corporate their startup really met; an
//! investor or corporate with themselves as the counterparty, for a startup they really
//! met: an accepted meeting request or a response to their need). One side's word is
//! not a deal: what a party records waits until the other side (or staff, when the
//! counterparty has no account here) confirms it, and only confirmed agreements count in
//! an edition's totals (`domain::deals`, integer arithmetic, half-to-even rounding).

mod pages;

pub use pages::{mine, staff_page};

use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, current_model};
use crate::model::codec::Coded;
use crate::model::startup::{is_member, members};
use crate::model::{
    agreement, agreement_rate, meeting_request, need, need_response, startup, submission, user,
    user_role,
};
use crate::platform::rate_limits::{hit, AGREEMENTS_PER_USER};
use crate::platform::sessions::SessionUser;
use crate::platform::{audit, mail_texts, outbox};
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::deals::{
    confirmer, may_answer, may_record, parse_rates, AgreementInput, AgreementStatus, Confirmer,
    RecordedBy, SigningWindow, RATE_SCALE,
};
use domain::meetings::RequestStatus;
use domain::problem::Clash;
use domain::submission::Status;
use domain::{Noun, Problem};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait};
use std::collections::HashSet;

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

/// The startup sent a pitch to the edition (anything past a draft).
pub(super) async fn pitched_in(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
    edition_id: Uuid,
) -> Result<bool, ServiceError> {
    Ok(submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.ne(Status::Draft.as_str()))
        .one(db)
        .await?
        .is_some())
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

/// Meeting requests that were accepted: the meetings that really were agreed.
fn accepted() -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(meeting_request::Column::Status.eq(RequestStatus::Accepted.as_str()))
}

/// Startups `me` (an investor or corporate) really met here: responders to their needs
/// and startups that accepted a meeting with them.
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
            .filter(accepted())
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.startup_id),
    );
    Ok(out)
}

/// Investor and corporate accounts `startups` really met: accepted meeting requests and
/// the posters of needs they responded to.
async fn related_dealers(
    db: &impl ConnectionTrait,
    startups: &[Uuid],
) -> Result<HashSet<Uuid>, ServiceError> {
    let responded: Vec<Uuid> = need_response::Entity::find()
        .filter(need_response::Column::StartupId.is_in(startups.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.need_id)
        .collect();
    let mut out: HashSet<Uuid> = need::Entity::find()
        .filter(need::Column::Id.is_in(responded))
        .all(db)
        .await?
        .into_iter()
        .map(|n| n.posted_by)
        .collect();
    out.extend(
        meeting_request::Entity::find()
            .filter(meeting_request::Column::StartupId.is_in(startups.to_vec()))
            .filter(accepted())
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.investor_id),
    );
    Ok(out)
}

/// How `me` stands towards recording for `startup`: which side they record as and the
/// counterparty account, or NotFound when they are no party (nor staff).
async fn recording_side(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    startup_id: Uuid,
    chosen_counterparty: Option<Uuid>,
) -> Result<(RecordedBy, Option<Uuid>), ServiceError> {
    let staff = me.roles.contains(&Role::Staff);
    let dealer = me.roles.contains(&Role::Investor) || me.roles.contains(&Role::Corporate);
    let on_team = is_member(db, startup_id, me.id).await?;
    let (by, counterparty) = if staff {
        (RecordedBy::Staff, chosen_counterparty)
    } else if on_team {
        (RecordedBy::Team, chosen_counterparty)
    } else if dealer && chosen_counterparty.is_none_or(|c| c == me.id) {
        (RecordedBy::Counterparty, Some(me.id))
    } else {
        return Err(ServiceError::NotFound);
    };
    if !may_record(staff, on_team, counterparty == Some(me.id)) {
        return Err(ServiceError::NotFound);
    }
    // The other side of a deal is never on the startup's own team: an account that
    // joined the team could otherwise record and confirm a deal with itself.
    if let Some(c) = counterparty {
        if is_member(db, startup_id, c).await? {
            return Err(not_listed("counterparty", Noun::Counterparty));
        }
    }
    match (by, counterparty) {
        (RecordedBy::Counterparty, _) => {
            if !related_startups(db, me.id).await?.contains(&startup_id) {
                return Err(ServiceError::NotFound);
            }
        }
        (RecordedBy::Team, Some(c)) => {
            if !related_dealers(db, &[startup_id]).await?.contains(&c) {
                return Err(not_listed("counterparty", Noun::Counterparty));
            }
        }
        (RecordedBy::Staff, Some(c)) => {
            if !is_dealer(db, c).await? {
                return Err(not_listed("counterparty", Noun::Counterparty));
            }
        }
        (_, None) => {}
    }
    Ok((by, counterparty))
}

/// The need and meeting an agreement came from must be the startup's own (a response to
/// the need; its meeting request, accepted) and, for the parties, the counterparty's.
async fn check_origin(
    db: &impl ConnectionTrait,
    ids: &RecordIds,
    by: RecordedBy,
    counterparty: Option<Uuid>,
) -> Result<(), ServiceError> {
    let party_check = by != RecordedBy::Staff;
    if let Some(n) = ids.need {
        let responded = need_response::Entity::find()
            .filter(need_response::Column::NeedId.eq(n))
            .filter(need_response::Column::StartupId.eq(ids.startup))
            .one(db)
            .await?
            .is_some();
        let posted_by_counterparty = need::Entity::find_by_id(n)
            .one(db)
            .await?
            .is_some_and(|x| Some(x.posted_by) == counterparty);
        if !responded || (party_check && !posted_by_counterparty) {
            return Err(not_listed("need", Noun::Need));
        }
    }
    if let Some(m) = ids.meeting {
        let fits = meeting_request::Entity::find_by_id(m)
            .filter(accepted())
            .one(db)
            .await?
            .is_some_and(|r| {
                r.startup_id == ids.startup && (!party_check || Some(r.investor_id) == counterparty)
            });
        if !fits {
            return Err(not_listed("meeting", Noun::Meeting));
        }
    }
    Ok(())
}

/// Records an agreement; returns its id and who must confirm it (none: it counts at
/// once). Someone who is not a party (nor staff) gets 404. What a party records waits
/// for the other side's confirmation, who are told by email.
pub async fn record(
    db: &DatabaseConnection,
    me: &SessionUser,
    ids: &RecordIds,
    input: &AgreementInput,
    public_url: &str,
) -> Result<(Uuid, Option<Confirmer>), ServiceError> {
    let found = startup::Entity::find_by_id(ids.startup)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (by, counterparty) = recording_side(db, me, found.id, ids.counterparty).await?;
    let edition = if by == RecordedBy::Staff {
        chosen_or_current(db, ids.edition).await?
    } else {
        current_model(db).await?.ok_or(ServiceError::NotFound)?
    };
    // An edition's results are its own startups' deals: one that did not pitch there
    // (a draft is no pitch) counts for no edition.
    if !pitched_in(db, found.id, edition.id).await? {
        return Err(not_listed("startup", Noun::Startup));
    }
    let window = SigningWindow::for_edition(edition.starts_on, Utc::now().date_naive());
    let a = input
        .parse(counterparty.is_some(), window)
        .map_err(ServiceError::Invalid)?;
    check_origin(db, ids, by, counterparty).await?;
    hit(db, &format!("agreement:{}", me.id), AGREEMENTS_PER_USER).await?;
    let waiting_for = confirmer(by, counterparty.is_some());
    let id = Uuid::new_v4();
    let now = Utc::now();
    let txn = begin_write(db).await?;
    agreement::ActiveModel {
        id: Set(id),
        edition_id: Set(edition.id),
        startup_id: Set(found.id),
        counterparty_id: Set(counterparty),
        counterparty_name: Set(a.counterparty_name.clone()),
        kind: Set(Coded(a.kind)),
        amount: Set(a.amount),
        currency: Set(a.currency.clone()),
        signed_on: Set(a.signed_on),
        need_id: Set(ids.need),
        meeting_request_id: Set(ids.meeting),
        recorded_by: Set(me.id),
        created_at: Set(now),
        status: Set(Coded(if waiting_for.is_some() {
            AgreementStatus::Pending
        } else {
            AgreementStatus::Confirmed
        })),
        waiting_for: Set(waiting_for.map(Coded)),
        answered_by: Set(None),
        answered_at: Set(None),
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
    let recipients: Vec<user::Model> = match waiting_for {
        Some(Confirmer::Team) => members(&txn, found.id)
            .await?
            .into_iter()
            .map(|(_, u)| u)
            .collect(),
        Some(Confirmer::Counterparty) => match counterparty {
            Some(c) => user::Entity::find_by_id(c)
                .one(&txn)
                .await?
                .into_iter()
                .collect(),
            None => Vec::new(),
        },
        Some(Confirmer::Staff) | None => Vec::new(),
    };
    let labels =
        crate::lookup::accounts::labels(&txn, vec![me.id, counterparty.unwrap_or(me.id)]).await?;
    let from = if by == RecordedBy::Team {
        found.name.clone()
    } else {
        labels.get(&me.id).cloned().unwrap_or_default()
    };
    let other = counterparty
        .and_then(|c| labels.get(&c).cloned())
        .unwrap_or_else(|| a.counterparty_name.clone());
    for to in recipients {
        let lang = to.lang();
        let what = format!(
            "{}, {}, {}",
            i18n::t!(lang, "mail-agreement-kind", kind = a.kind.as_str()),
            i18n::format::money(lang, a.amount, &a.currency),
            i18n::format::date(lang, a.signed_on)
        );
        let mail = mail_texts::agreement_to_confirm(
            lang,
            &to.display_name,
            &from,
            (&found.name, &other),
            &what,
            &format!("{public_url}/deals"),
        );
        outbox::enqueue(&txn, &to.email, &mail.subject, &mail.body).await?;
    }
    txn.commit().await?;
    Ok((id, waiting_for))
}

/// The other side (or staff) confirms or declines a pending agreement; returns its
/// edition. Someone who is no party (nor staff) gets 404; the side that recorded it
/// cannot answer its own word (404 too: there is nothing for them to do).
pub async fn answer(
    db: &DatabaseConnection,
    me: &SessionUser,
    agreement_id: Uuid,
    answer: &str,
) -> Result<Uuid, ServiceError> {
    let status = match AgreementStatus::parse(answer) {
        Ok(s @ (AgreementStatus::Confirmed | AgreementStatus::Declined)) => s,
        _ => {
            return Err(not_listed("answer", Noun::AgreementStatus));
        }
    };
    let txn = begin_write(db).await?;
    let found = agreement::Entity::find_by_id(agreement_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let staff = me.roles.contains(&Role::Staff);
    let on_team = is_member(&txn, found.startup_id, me.id).await?;
    let is_counterparty = found.counterparty_id == Some(me.id);
    // Whoever recorded it never answers it, whichever side they stand on now: one
    // account's word alone must not count.
    if !(staff || on_team || is_counterparty) || (found.recorded_by == me.id && !staff) {
        return Err(ServiceError::NotFound);
    }
    match (&found.status, &found.waiting_for) {
        (Coded(AgreementStatus::Pending), Some(w))
            if may_answer(w.0, staff, on_team, is_counterparty) => {}
        // Staff withdraw any agreement from the results (a typo, a false record): a
        // decline, audited like every answer.
        (Coded(AgreementStatus::Pending | AgreementStatus::Confirmed), _)
            if staff && status == AgreementStatus::Declined => {}
        (Coded(AgreementStatus::Pending), Some(_)) => return Err(ServiceError::NotFound),
        _ => return Err(ServiceError::Conflict(Clash::AgreementAnswered)),
    }
    let edition_id = found.edition_id;
    let mut row: agreement::ActiveModel = found.into();
    row.status = Set(Coded(status));
    row.answered_by = Set(Some(me.id));
    row.answered_at = Set(Some(Utc::now()));
    row.update(&txn).await?;
    audit::record(
        &txn,
        Some(me.id),
        "deals.answer",
        &format!("agreement:{agreement_id}"),
        status.as_str(),
    )
    .await?;
    txn.commit().await?;
    Ok(edition_id)
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
