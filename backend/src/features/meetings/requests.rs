//! Asking for a meeting and answering: every rule is `domain::meetings::requests`; this
//! loads its facts, stores the outcome and emails the other side. One request per pair
//! and edition (a unique index: two concurrent asks cannot both land).

use crate::access::panel::{conflict_between, investor_ids};
use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::lookup::editions::current_model;
use crate::model::codec::Coded;
use crate::model::startup::{is_member, members};
use crate::model::{
    investor_profile, meeting, meeting_request, meeting_rule, released_meeting, startup,
    submission, user,
};
use crate::platform::rate_limits::{hit, MEETING_REPLIES_PER_USER, MEETING_REQUESTS_PER_USER};
use crate::platform::sessions::SessionUser;
use crate::platform::{audit, mail_texts, outbox};
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::meetings::requests::{
    after_reply, expires_at, may_request, message, reply_text, RequestFacts,
};
use domain::meetings::{AskedBy, Reply, RequestStatus};
use domain::submission::Status;
use domain::{Clash, Noun, Problem, Refusal};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QuerySelect};

/// Where the meetings page is, for emails.
fn meetings_link(public_url: &str) -> String {
    format!("{public_url}/meetings")
}

/// The startup's accepted pitch in the edition, if it has one its team did not decline.
pub(super) async fn takes_part(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    startup_id: Uuid,
) -> Result<Option<submission::Model>, ServiceError> {
    let accepted = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::StartupId.eq(startup_id))
        .filter(submission::Column::Status.eq(Status::Accepted.as_str()))
        .one(db)
        .await?;
    let Some(pitch) = accepted else {
        return Ok(None);
    };
    let declined = crate::model::attendance::Entity::find_by_id(pitch.id)
        .one(db)
        .await?
        .is_some_and(|a| a.answer.0 == domain::attendance::Answer::Declined);
    Ok((!declined).then_some(pitch))
}

/// How many of `requests` still count against a quota as of now.
fn live(requests: &[meeting_request::Model]) -> u32 {
    let now = Utc::now();
    requests
        .iter()
        .filter(|r| r.status_at(now).is_live())
        .count() as u32
}

async fn requests_where(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    filter: sea_orm::Condition,
) -> Result<Vec<meeting_request::Model>, ServiceError> {
    Ok(meeting_request::Entity::find()
        .filter(meeting_request::Column::EditionId.eq(edition_id))
        .filter(filter)
        .all(db)
        .await?)
}

/// What the form sent, once its ids are read.
pub struct Ask {
    pub startup_id: Uuid,
    /// `Some` when founders ask an investor; `None` when the investor asks.
    pub investor_id: Option<Uuid>,
    pub message: String,
}

/// Makes a request in the current edition: the investor `me` asks `startup_id`, or, when
/// `ask.investor_id` is given, the founders (`me` on the team) ask that investor.
/// Someone who cannot see either side gets "not found"; the rules refuse the rest in
/// words. Returns the request's id.
pub async fn ask(
    db: &DatabaseConnection,
    me: &SessionUser,
    ask: &Ask,
    public_url: &str,
) -> Result<Uuid, ServiceError> {
    let text = message(&ask.message).map_err(|p| ServiceError::field("message", p))?;
    let edition = current_model(db).await?.ok_or(ServiceError::NotFound)?;
    let found = startup::Entity::find_by_id(ask.startup_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (asked_by, investor_id) = match ask.investor_id {
        None if me.roles.contains(&Role::Investor) => (AskedBy::Investor, me.id),
        None => return Err(ServiceError::NotFound),
        Some(investor) => {
            if !is_member(db, found.id, me.id).await? {
                return Err(ServiceError::NotFound);
            }
            if investor_ids(db, Some(vec![investor])).await?.is_empty() {
                return Err(ServiceError::NotFound);
            }
            (AskedBy::Founder, investor)
        }
    };
    hit(
        db,
        &format!("meeting-request:{}", me.id),
        MEETING_REQUESTS_PER_USER,
    )
    .await?;
    let txn = begin_write(db).await?;
    // Both parties' rows are locked until commit (PostgreSQL; SQLite writes one at a
    // time anyway), so two concurrent asks cannot both slip under a quota.
    user::Entity::find_by_id(investor_id)
        .lock_exclusive()
        .one(&txn)
        .await?;
    startup::Entity::find_by_id(found.id)
        .lock_exclusive()
        .one(&txn)
        .await?;
    let rules = meeting_rule::rules_for(&txn, edition.id).await?;
    let pitch = takes_part(&txn, edition.id, found.id).await?;
    let conflicted = match &pitch {
        Some(p) => conflict_between(&txn, p, investor_id).await?.is_some(),
        None => false,
    };
    let of_investor = requests_where(
        &txn,
        edition.id,
        meeting_request::Column::InvestorId.eq(investor_id).into(),
    )
    .await?;
    let of_startup = requests_where(
        &txn,
        edition.id,
        meeting_request::Column::StartupId.eq(found.id).into(),
    )
    .await?;
    let facts = RequestFacts {
        asked_by,
        rules,
        startup_takes_part: pitch.is_some(),
        conflicted,
        pair_already_asked: of_investor.iter().any(|r| r.startup_id == found.id),
        investor_live_requests: live(&of_investor),
        startup_live_requests: live(&of_startup),
    };
    may_request(&facts).map_err(|why| ServiceError::Refused(Refusal::MeetingRequest(why)))?;
    let now = Utc::now();
    let id = Uuid::new_v4();
    meeting_request::ActiveModel {
        id: Set(id),
        edition_id: Set(edition.id),
        investor_id: Set(investor_id),
        startup_id: Set(found.id),
        asked_by: Set(Coded(asked_by)),
        asked_by_user: Set(me.id),
        message: Set(text.clone()),
        status: Set(Coded(RequestStatus::Pending)),
        reply_text: Set(String::new()),
        created_at: Set(now),
        replied_at: Set(None),
        expires_at: Set(expires_at(now, &rules)),
    }
    .insert(&txn)
    .await
    .map_err(|e| {
        if is_unique_violation(&e) {
            ServiceError::Refused(Refusal::MeetingRequest(
                domain::meetings::RequestRefused::AlreadyAsked,
            ))
        } else {
            ServiceError::Db(e)
        }
    })?;
    let link = meetings_link(public_url);
    match asked_by {
        AskedBy::Investor => {
            let from = investor_label(&txn, me).await?;
            for (_, founder) in members(&txn, found.id).await? {
                let mail = mail_texts::meeting_requested(
                    founder.lang(),
                    &founder.display_name,
                    &from,
                    &text,
                    &link,
                );
                outbox::enqueue(&txn, &founder.email, &mail.subject, &mail.body).await?;
            }
        }
        AskedBy::Founder => {
            if let Some(investor) = user::Entity::find_by_id(investor_id).one(&txn).await? {
                let mail = mail_texts::meeting_requested(
                    investor.lang(),
                    &investor.display_name,
                    &found.name,
                    &text,
                    &link,
                );
                outbox::enqueue(&txn, &investor.email, &mail.subject, &mail.body).await?;
            }
        }
    }
    audit::record(
        &txn,
        Some(me.id),
        "meetings.request",
        &format!("meeting_request:{id}"),
        &found.name,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// "Ada Investor (Northwind Capital)", or the name alone without a firm.
async fn investor_label(db: &impl ConnectionTrait, me: &SessionUser) -> Result<String, DbErr> {
    let firm = investor_profile::Entity::find_by_id(me.id)
        .one(db)
        .await?
        .map(|p| p.firm)
        .filter(|f| !f.trim().is_empty());
    Ok(match firm {
        Some(firm) => format!("{} ({firm})", me.display_name),
        None => me.display_name.clone(),
    })
}

/// Which side of `request` the reader is on: `Some(true)` the asking side, `Some(false)`
/// the asked side, `None` neither (the request is not theirs to see).
pub(super) async fn side_of(
    db: &impl ConnectionTrait,
    request: &meeting_request::Model,
    me: Uuid,
) -> Result<Option<bool>, ServiceError> {
    let on_investor_side = request.investor_id == me;
    let on_startup_side = !on_investor_side && is_member(db, request.startup_id, me).await?;
    Ok(match (on_investor_side, on_startup_side) {
        (true, _) => Some(request.asked_by.0 == AskedBy::Investor),
        (false, true) => Some(request.asked_by.0 == AskedBy::Founder),
        (false, false) => None,
    })
}

/// Answers a request: `raw_reply` is `accept`, `decline`, `propose` or `withdraw`;
/// `raw_text` a decline's optional reason or the other times proposed. A request that is
/// not the reader's is "not found"; a reply that does not fit its state is refused in
/// words; the same reply twice changes nothing. Returns the new status.
pub async fn reply(
    db: &DatabaseConnection,
    me: &SessionUser,
    request_id: Uuid,
    raw_reply: &str,
    raw_text: &str,
    public_url: &str,
) -> Result<RequestStatus, ServiceError> {
    let found = meeting_request::Entity::find_by_id(request_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let asker = side_of(db, &found, me.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let reply = Reply::parse(raw_reply).ok_or_else(|| {
        ServiceError::field(
            "reply",
            Problem::NotInList {
                field: Noun::Decision,
            },
        )
    })?;
    let text = reply_text(reply, raw_text).map_err(|p| ServiceError::field("reply_text", p))?;
    hit(
        db,
        &format!("meeting-reply:{}", me.id),
        MEETING_REPLIES_PER_USER,
    )
    .await?;
    let txn = begin_write(db).await?;
    // Read again inside the transaction: a concurrent answer may have landed.
    let found = meeting_request::Entity::find_by_id(request_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let now = Utc::now();
    let status = found.status_at(now);
    let next = after_reply(status, asker, reply)
        .map_err(|why| ServiceError::Conflict(Clash::MeetingReply(why)))?;
    if next == status {
        return Ok(status);
    }
    let startup_name = startup::Entity::find_by_id(found.startup_id)
        .one(&txn)
        .await?
        .map(|s| s.name)
        .unwrap_or_default();
    let mut row: meeting_request::ActiveModel = found.clone().into();
    row.status = Set(Coded(next));
    row.reply_text = Set(text.clone());
    row.replied_at = Set(Some(now));
    row.update(&txn).await?;
    if matches!(next, RequestStatus::Withdrawn | RequestStatus::Declined) {
        // A called-off request keeps no meeting, and its reminders go with it. The two
        // sides called it off themselves: it leaves the released schedule at once too.
        let booked = meeting::Entity::find()
            .filter(meeting::Column::RequestId.eq(found.id))
            .all(&txn)
            .await?;
        for m in booked {
            meeting::Entity::delete_by_id(m.id).exec(&txn).await?;
        }
        let released = released_meeting::Entity::find()
            .filter(released_meeting::Column::RequestId.eq(found.id))
            .all(&txn)
            .await?;
        for m in released {
            outbox::drop_held(&txn, &format!("meeting:{}", m.id)).await?;
            released_meeting::Entity::delete_by_id(m.id)
                .exec(&txn)
                .await?;
        }
    }
    // Tell the other side.
    let on_investor_side = found.investor_id == me.id;
    let recipients: Vec<user::Model> = if on_investor_side {
        members(&txn, found.startup_id)
            .await?
            .into_iter()
            .map(|(_, u)| u)
            .collect()
    } else {
        user::Entity::find_by_id(found.investor_id)
            .one(&txn)
            .await?
            .into_iter()
            .collect()
    };
    let from = if on_investor_side {
        investor_label(&txn, me).await?
    } else {
        startup_name.clone()
    };
    let link = meetings_link(public_url);
    for to in recipients {
        let lang = to.lang();
        let answer = i18n::t!(lang, "meeting-answer-word", status = next.as_str());
        let mail =
            mail_texts::meeting_answered(lang, &to.display_name, &from, &answer, &text, &link);
        outbox::enqueue(&txn, &to.email, &mail.subject, &mail.body).await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        match reply {
            Reply::Accept => "meetings.accept",
            Reply::Decline => "meetings.decline",
            Reply::Propose => "meetings.propose",
            Reply::Withdraw => "meetings.withdraw",
        },
        &format!("meeting_request:{}", found.id),
        &startup_name,
    )
    .await?;
    txn.commit().await?;
    Ok(next)
}
