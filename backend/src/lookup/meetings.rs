//! An edition's meeting rules and release as every meetings feature reads them (the
//! request side checks quotas and reply hours, the staff side runs and releases).

use crate::model::meeting_rule;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::meetings::MeetingRules;
use sea_orm::{entity::prelude::*, ConnectionTrait};

/// The edition's meeting rules, or the defaults before staff saved any.
pub async fn rules(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<MeetingRules, ServiceError> {
    Ok(row(db, edition_id)
        .await?
        .map(|r| r.rules())
        .unwrap_or_default())
}

/// The stored row (none before staff saved rules or released).
pub async fn row(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Option<meeting_rule::Model>, ServiceError> {
    Ok(meeting_rule::Entity::find_by_id(edition_id).one(db).await?)
}

/// When staff released the edition's meeting schedule to the people in it (none: the
/// schedule is staff's draft, and nobody else sees a meeting).
pub async fn released_at(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Option<DateTime<Utc>>, ServiceError> {
    Ok(row(db, edition_id).await?.and_then(|r| r.released_at))
}

/// One of a person's released meetings, as their agenda and calendar show it: the
/// meeting as staff last released it, with what each side said on the day.
#[derive(Clone, Debug)]
pub struct PersonalMeeting {
    pub meeting: crate::model::released_meeting::Model,
    /// The person is its investor (else a founder of its startup).
    pub as_investor: bool,
    pub place: String,
    pub location: String,
    pub startup: String,
    pub startup_one_liner: String,
    pub investor: String,
    /// "Partner, Harbour Ventures", or empty before the investor filled their profile.
    pub investor_line: String,
    pub investor_check: Option<domain::meetings::CheckIn>,
    pub founder_check: Option<domain::meetings::CheckIn>,
}

/// `user_id`'s meetings in the edition — as its investor or as a founder of its startup —
/// in time order, as staff last released them (`released_meetings`: a meeting staff
/// moved, added or cancelled since shows as it was until they release again); none
/// before the first release. Six queries whatever the number of meetings.
pub async fn of_person(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    user_id: Uuid,
) -> Result<Vec<PersonalMeeting>, ServiceError> {
    use crate::model::{
        investor_profile, meeting, released_meeting, startup, startup_member, user,
    };
    use sea_orm::{Condition, QueryOrder};
    use std::collections::HashMap;
    let my_startups: Vec<Uuid> = startup_member::Entity::find()
        .filter(startup_member::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.startup_id)
        .collect();
    let rows = released_meeting::Entity::find()
        .filter(released_meeting::Column::EditionId.eq(edition_id))
        .filter(
            Condition::any()
                .add(released_meeting::Column::InvestorId.eq(user_id))
                .add(released_meeting::Column::StartupId.is_in(my_startups)),
        )
        .order_by_asc(released_meeting::Column::StartsAt)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    // What each side said lives on the live meeting of the same id.
    let checks: HashMap<Uuid, meeting::Model> = meeting::Entity::find()
        .filter(meeting::Column::Id.is_in(rows.iter().map(|m| m.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let startups: HashMap<Uuid, startup::Model> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(rows.iter().map(|m| m.startup_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let investor_ids: Vec<Uuid> = rows.iter().map(|m| m.investor_id).collect();
    let names: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(investor_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let profiles: HashMap<Uuid, investor_profile::Model> = investor_profile::Entity::find()
        .filter(investor_profile::Column::UserId.is_in(investor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.user_id, p))
        .collect();
    Ok(rows
        .into_iter()
        .map(|m| {
            let company = startups.get(&m.startup_id);
            let live = checks.get(&m.id);
            let investor_line = profiles
                .get(&m.investor_id)
                .map(|p| {
                    [p.title.trim(), p.firm.trim()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            PersonalMeeting {
                as_investor: m.investor_id == user_id,
                place: m.place_name.clone(),
                location: m.place_location.clone(),
                startup: company.map(|s| s.name.clone()).unwrap_or_default(),
                startup_one_liner: company.map(|s| s.one_liner.clone()).unwrap_or_default(),
                investor: names.get(&m.investor_id).cloned().unwrap_or_default(),
                investor_line,
                investor_check: live.and_then(|l| l.investor_check.map(|c| c.0)),
                founder_check: live.and_then(|l| l.founder_check.map(|c| c.0)),
                meeting: m,
            }
        })
        .collect())
}
