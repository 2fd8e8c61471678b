//! The technology-needs board (issue 12): investors and corporates post needs, edit and
//! close them with an outcome; founders respond for their startup (one response per
//! startup, optionally linking their pitch's deck); the poster shortlists. The rules
//! are `domain::needs`; who sees what is `access::need`. Reads are in `board`.
//!
//! Meetings from a response: an investor poster asks through the meeting requests of
//! `features::meetings` — the app's server function calls `meeting_target` here, then
//! that feature's `ask` (a feature never imports another). A corporate is not an
//! investor in the meeting tables (a request names an investor account), so a corporate
//! arranges the meeting by email: the founders' addresses show on a response once the
//! corporate shortlists it.

pub mod board;

use crate::access::need::visible;
use crate::db::begin_write;
use crate::model::codec::Coded;
use crate::model::startup::is_member;
use crate::model::{need, need_organisation, need_response, startup, submission, user};
use crate::platform::rate_limits::{
    hit, NEEDS_PER_USER, NEED_EDITS_PER_USER, NEED_RESPONSES_PER_USER,
};
use crate::platform::sessions::SessionUser;
use crate::platform::{audit, mail_texts, outbox};
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::needs::{parse_organisation, parse_proposal, CloseInput, Need, NeedInput, Outcome};
use domain::submission::Status;
use domain::{Clash, Noun, Problem};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};

/// Today as the board counts deadlines (UTC).
pub fn today() -> Date {
    Utc::now().date_naive()
}

/// Counts one edit on the board against the account's hourly allowance.
async fn count_edit(db: &DatabaseConnection, me: &SessionUser) -> Result<(), ServiceError> {
    hit(db, &format!("need-edit:{}", me.id), NEED_EDITS_PER_USER).await
}

/// A corporate names its organisation (shown on its needs).
pub async fn save_organisation(
    db: &DatabaseConnection,
    me: &SessionUser,
    raw: &str,
) -> Result<(), ServiceError> {
    count_edit(db, me).await?;
    let name = parse_organisation(raw).map_err(|p| ServiceError::field("organisation", p))?;
    let txn = begin_write(db).await?;
    let row = need_organisation::ActiveModel {
        user_id: Set(me.id),
        name: Set(name.clone()),
        updated_at: Set(Utc::now()),
    };
    if need_organisation::Entity::find_by_id(me.id)
        .one(&txn)
        .await?
        .is_some()
    {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "needs.organisation",
        &format!("user:{}", me.id),
        &name,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn parsed(input: &NeedInput) -> Result<Need, ServiceError> {
    input.parse(today()).map_err(ServiceError::Invalid)
}

/// Posts a need; returns its id.
pub async fn post(
    db: &DatabaseConnection,
    me: &SessionUser,
    input: &NeedInput,
) -> Result<Uuid, ServiceError> {
    let n = parsed(input)?;
    hit(db, &format!("need-post:{}", me.id), NEEDS_PER_USER).await?;
    let now = Utc::now();
    let id = Uuid::new_v4();
    let txn = begin_write(db).await?;
    need::ActiveModel {
        id: Set(id),
        posted_by: Set(me.id),
        title: Set(n.title.clone()),
        sector: Set(n.sector),
        description: Set(n.description),
        budget_min: Set(n.budget_min),
        budget_max: Set(n.budget_max),
        currency: Set(n.currency),
        deadline: Set(n.deadline),
        country: Set(n.country),
        visibility: Set(Coded(n.visibility)),
        outcome: Set(None),
        outcome_startup_id: Set(None),
        outcome_note: Set(String::new()),
        closed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(me.id),
        "needs.post",
        &format!("need:{id}"),
        &n.title,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// The poster's own need, else 404 (visible needs of others: 403 for a change).
async fn own(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    id: Uuid,
) -> Result<need::Model, ServiceError> {
    let (n, viewer) = visible(db, Some(me), id).await?;
    if !viewer.can_manage() {
        return Err(ServiceError::Forbidden);
    }
    Ok(n)
}

/// Edits an open need.
pub async fn update(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
    input: &NeedInput,
) -> Result<(), ServiceError> {
    count_edit(db, me).await?;
    let txn = begin_write(db).await?;
    let found = own(&txn, me, id).await?;
    if found.closed_at.is_some() {
        return Err(ServiceError::Conflict(Clash::NeedClosed));
    }
    let n = parsed(input)?;
    let mut row: need::ActiveModel = found.into();
    row.title = Set(n.title.clone());
    row.sector = Set(n.sector);
    row.description = Set(n.description);
    row.budget_min = Set(n.budget_min);
    row.budget_max = Set(n.budget_max);
    row.currency = Set(n.currency);
    row.deadline = Set(n.deadline);
    row.country = Set(n.country);
    row.visibility = Set(Coded(n.visibility));
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    audit::record(
        &txn,
        Some(me.id),
        "needs.update",
        &format!("need:{id}"),
        &n.title,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Closes a need with its outcome; "taken up" names one of the startups that responded.
pub async fn close(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
    input: &CloseInput,
) -> Result<(), ServiceError> {
    count_edit(db, me).await?;
    let close = input.parse().map_err(ServiceError::Invalid)?;
    let txn = begin_write(db).await?;
    let found = own(&txn, me, id).await?;
    if found.closed_at.is_some() {
        return Err(ServiceError::Conflict(Clash::NeedClosed));
    }
    let startup = match &close.startup {
        Some(raw) => {
            let not_listed = || {
                ServiceError::field(
                    "startup",
                    Problem::NotInList {
                        field: Noun::TakenUpBy,
                    },
                )
            };
            let startup_id: Uuid = raw.parse().map_err(|_| not_listed())?;
            need_response::Entity::find()
                .filter(need_response::Column::NeedId.eq(id))
                .filter(need_response::Column::StartupId.eq(startup_id))
                .one(&txn)
                .await?
                .ok_or_else(not_listed)?;
            Some(startup_id)
        }
        None => None,
    };
    let mut row: need::ActiveModel = found.into();
    row.outcome = Set(Some(Coded(close.outcome)));
    row.outcome_startup_id = Set(startup);
    row.outcome_note = Set(close.note.clone());
    row.closed_at = Set(Some(Utc::now()));
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    audit::record(
        &txn,
        Some(me.id),
        "needs.close",
        &format!("need:{id}"),
        close.outcome.as_str(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The startup's latest pitch with a deck that is no longer a draft (a draft's deck is
/// the team's alone), to link from a response.
pub async fn deck_pitch(
    db: &impl ConnectionTrait,
    startup_id: Uuid,
) -> Result<Option<Uuid>, ServiceError> {
    Ok(submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .filter(submission::Column::DeckFileId.is_not_null())
        .filter(submission::Column::Status.ne(Status::Draft.as_str()))
        .order_by_desc(submission::Column::CreatedAt)
        .one(db)
        .await?
        .map(|s| s.id))
}

/// What the response form sent.
pub struct Respond {
    pub need_id: Uuid,
    pub startup_id: Uuid,
    pub proposal: String,
    pub attach_deck: bool,
}

/// A founder responds for their startup; returns the response's id. The poster gets an
/// email with the proposal and a link to the need (`public_url` is the site's address).
pub async fn respond(
    db: &DatabaseConnection,
    me: &SessionUser,
    r: &Respond,
    public_url: &str,
) -> Result<Uuid, ServiceError> {
    let (n, _) = visible(db, Some(me), r.need_id).await?;
    if !is_member(db, r.startup_id, me.id).await? {
        return Err(ServiceError::NotFound);
    }
    let proposal = parse_proposal(&r.proposal).map_err(|p| ServiceError::field("proposal", p))?;
    if !n.is_open(today()) {
        return Err(ServiceError::Conflict(Clash::NeedClosed));
    }
    let deck = if r.attach_deck {
        match deck_pitch(db, r.startup_id).await? {
            Some(id) => Some(id),
            None => {
                return Err(ServiceError::field("attach_deck", Problem::DeckMissing));
            }
        }
    } else {
        None
    };
    hit(
        db,
        &format!("need-response:{}", me.id),
        NEED_RESPONSES_PER_USER,
    )
    .await?;
    let id = Uuid::new_v4();
    let txn = begin_write(db).await?;
    need_response::ActiveModel {
        id: Set(id),
        need_id: Set(n.id),
        startup_id: Set(r.startup_id),
        responded_by: Set(me.id),
        proposal: Set(proposal.clone()),
        deck_submission_id: Set(deck),
        shortlisted: Set(false),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(|e| {
        ServiceError::Db(e).on_duplicate(|| ServiceError::Conflict(Clash::AlreadyResponded))
    })?;
    audit::record(
        &txn,
        Some(me.id),
        "needs.respond",
        &format!("need:{}", n.id),
        &format!("startup:{}", r.startup_id),
    )
    .await?;
    tell_poster(&txn, &n, r.startup_id, &proposal, public_url).await?;
    txn.commit().await?;
    Ok(id)
}

/// Emails the need's poster that `startup` responded, with the proposal as typed.
async fn tell_poster(
    db: &impl ConnectionTrait,
    n: &need::Model,
    startup_id: Uuid,
    proposal: &str,
    public_url: &str,
) -> Result<(), ServiceError> {
    let (Some(poster), Some(startup)) = (
        user::Entity::find_by_id(n.posted_by).one(db).await?,
        startup::Entity::find_by_id(startup_id).one(db).await?,
    ) else {
        return Ok(());
    };
    let mail = mail_texts::need_response(
        poster.lang(),
        &poster.display_name,
        (&startup.name, &n.title),
        proposal,
        &format!("{public_url}/needs/{}", n.id),
    );
    outbox::enqueue(db, &poster.email, &mail.subject, &mail.body).await?;
    Ok(())
}

/// The response and its need, if `me` posted the need; anyone else: 404.
async fn response_for_poster(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    response_id: Uuid,
) -> Result<(need_response::Model, need::Model), ServiceError> {
    let r = need_response::Entity::find_by_id(response_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let n = need::Entity::find_by_id(r.need_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if n.posted_by != me.id {
        return Err(ServiceError::NotFound);
    }
    Ok((r, n))
}

/// The poster marks (or unmarks) a response as shortlisted; returns its need's id.
pub async fn shortlist(
    db: &DatabaseConnection,
    me: &SessionUser,
    response_id: Uuid,
    on: bool,
) -> Result<Uuid, ServiceError> {
    count_edit(db, me).await?;
    let txn = begin_write(db).await?;
    let (r, n) = response_for_poster(&txn, me, response_id).await?;
    let mut row: need_response::ActiveModel = r.into();
    row.shortlisted = Set(on);
    row.update(&txn).await?;
    audit::record(
        &txn,
        Some(me.id),
        "needs.shortlist",
        &format!("need:{}", n.id),
        if on { "on" } else { "off" },
    )
    .await?;
    txn.commit().await?;
    Ok(n.id)
}

/// Before an investor poster asks for a meeting from a response: the response is theirs
/// and shortlisted. Returns (need id, startup id). A corporate poster: 403 (they arrange
/// meetings by email).
pub async fn meeting_target(
    db: &DatabaseConnection,
    me: &SessionUser,
    response_id: Uuid,
) -> Result<(Uuid, Uuid), ServiceError> {
    let (r, n) = response_for_poster(db, me, response_id).await?;
    if !me.roles.contains(&Role::Investor) {
        return Err(ServiceError::Forbidden);
    }
    if !r.shortlisted {
        return Err(ServiceError::Conflict(Clash::NotShortlisted));
    }
    Ok((n.id, r.startup_id))
}

/// The outcome a closed need shows, for tests and seeds.
pub fn outcome_of(n: &need::Model) -> Option<Outcome> {
    n.outcome.as_ref().map(|o| o.0)
}
