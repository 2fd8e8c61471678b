//! The judges and pitches of an edition loaded in bulk, with every conflict of
//! interest between them: declared ones from the table, automatic ones computed by
//! `domain::conflict` from portfolios and email domains.

use crate::model::{
    conflict, investor_profile, startup, startup_member, submission, track, user, user_role,
};
use crate::ServiceError;
use domain::account::Role;
use domain::conflict::{
    detect_keys, ConflictReason, InvestorKeys, InvestorSide, StartupKeys, StartupSide, TeamEmail,
};
use domain::submission::Status;
use domain::text::sort_key;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};
use std::collections::HashMap;

pub struct Judge {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub keys: InvestorKeys,
    pub sectors: Vec<String>,
    pub stages: Vec<String>,
}

pub struct Pitch {
    pub submission: submission::Model,
    pub startup: startup::Model,
    pub keys: StartupKeys,
    pub track: String,
}

impl Pitch {
    pub fn status(&self) -> Status {
        self.submission.status()
    }
}

/// Why a judge may not review a pitch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub reason: ConflictReason,
    pub automatic: bool,
}

pub struct Panel {
    pub judges: Vec<Judge>,
    pub pitches: Vec<Pitch>,
    declared: HashMap<(Uuid, Uuid), String>,
}

fn judge_from(u: user::Model, profile: Option<&investor_profile::Model>) -> Judge {
    let portfolio: Vec<(String, String)> =
        profile.map(|p| p.portfolio.0.clone()).unwrap_or_default();
    Judge {
        id: u.id,
        keys: InvestorKeys::of(&InvestorSide {
            email: u.email.clone(),
            portfolio,
        }),
        name: u.display_name,
        email: u.email,
        sectors: profile.map(|p| p.sectors.0.clone()).unwrap_or_default(),
        stages: profile
            .map(|p| p.stages.iter().map(|s| s.as_str().to_string()).collect())
            .unwrap_or_default(),
    }
}

/// Every investor (they are the judges), by name. The investors are chosen inside each
/// query: a page showing every judge does not send their ids back to the database.
pub async fn judges(db: &impl ConnectionTrait) -> Result<Vec<Judge>, ServiceError> {
    let investors = || {
        Query::select()
            .column(user_role::Column::UserId)
            .from(user_role::Entity)
            .and_where(Expr::col(user_role::Column::Role).eq(Role::Investor.as_str()))
            .to_owned()
    };
    let profiles = investor_profile::Entity::find()
        .filter(investor_profile::Column::UserId.in_subquery(investors()))
        .all(db)
        .await?;
    let users = user::Entity::find()
        .filter(user::Column::Id.in_subquery(investors()))
        .all(db)
        .await?;
    Ok(judges_of(users, profiles))
}

/// The investors' ids: all of them, or those among `among`.
pub async fn investor_ids(
    db: &impl ConnectionTrait,
    among: Option<Vec<Uuid>>,
) -> Result<Vec<Uuid>, ServiceError> {
    let mut select =
        user_role::Entity::find().filter(user_role::Column::Role.eq(Role::Investor.as_str()));
    if let Some(ids) = among {
        select = select.filter(user_role::Column::UserId.is_in(ids));
    }
    Ok(select
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect())
}

pub async fn judges_by_id(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<Judge>, ServiceError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let profiles = investor_profile::Entity::find()
        .filter(investor_profile::Column::UserId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    Ok(judges_of(users, profiles))
}

/// The judges these accounts and profiles make, by name as people read it (pinyin for
/// Chinese names), not by code point.
fn judges_of(mut users: Vec<user::Model>, profiles: Vec<investor_profile::Model>) -> Vec<Judge> {
    let profiles: HashMap<Uuid, investor_profile::Model> =
        profiles.into_iter().map(|p| (p.user_id, p)).collect();
    users.sort_by_cached_key(|u| (sort_key(&u.display_name), u.id));
    users
        .into_iter()
        .map(|u| {
            let p = profiles.get(&u.id);
            judge_from(u, p)
        })
        .collect()
}

/// The edition's pitches in `statuses`, with their startups and founders' emails.
pub async fn pitches(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    statuses: &[Status],
) -> Result<Vec<Pitch>, ServiceError> {
    let subs = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .filter(submission::Column::Status.is_in(statuses.iter().map(|s| s.as_str())))
        .order_by_asc(submission::Column::SubmittedAt)
        .order_by_asc(submission::Column::Id)
        .all(db)
        .await?;
    pitches_of(db, subs).await
}

pub async fn pitches_of(
    db: &impl ConnectionTrait,
    subs: Vec<submission::Model>,
) -> Result<Vec<Pitch>, ServiceError> {
    if subs.is_empty() {
        return Ok(Vec::new());
    }
    let startup_ids: Vec<Uuid> = subs.iter().map(|s| s.startup_id).collect();
    let startups: HashMap<Uuid, startup::Model> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(startup_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let members = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.is_in(startup_ids))
        .all(db)
        .await?;
    let emails: HashMap<Uuid, TeamEmail> = user::Entity::find()
        .filter(user::Column::Id.is_in(members.iter().map(|m| m.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            let verified = u.email_verified_at.is_some();
            (
                u.id,
                TeamEmail {
                    address: u.email,
                    verified,
                },
            )
        })
        .collect();
    let mut team: HashMap<Uuid, Vec<TeamEmail>> = HashMap::new();
    for m in members {
        if let Some(e) = emails.get(&m.user_id) {
            team.entry(m.startup_id).or_default().push(e.clone());
        }
    }
    let tracks: HashMap<Uuid, String> = track::Entity::find()
        .filter(track::Column::Id.is_in(subs.iter().map(|s| s.track_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    Ok(subs
        .into_iter()
        .filter_map(|s| {
            let st = startups.get(&s.startup_id)?.clone();
            Some(Pitch {
                keys: StartupKeys::of(&StartupSide {
                    name: st.name.clone(),
                    website: st.website.clone(),
                    founder_emails: team.remove(&st.id).unwrap_or_default(),
                }),
                track: tracks.get(&s.track_id).cloned().unwrap_or_default(),
                startup: st,
                submission: s,
            })
        })
        .collect())
}

async fn declared_for(
    db: &impl ConnectionTrait,
    submission_ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<(Uuid, Uuid), String>, ServiceError> {
    Ok(conflict::Entity::find()
        .filter(conflict::Column::SubmissionId.is_in(submission_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| ((c.submission_id, c.investor_id), c.reason))
        .collect())
}

/// Which of these pitches' teams declined to pitch (confirming attendance).
pub async fn declined(
    db: &impl ConnectionTrait,
    submission_ids: impl IntoIterator<Item = Uuid>,
) -> Result<std::collections::HashSet<Uuid>, ServiceError> {
    Ok(crate::model::attendance::Entity::find()
        .filter(crate::model::attendance::Column::SubmissionId.is_in(submission_ids))
        .filter(
            crate::model::attendance::Column::Answer
                .eq(domain::attendance::Answer::Declined.as_str()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.submission_id)
        .collect())
}

impl Panel {
    /// Pitches with these statuses less those whose teams declined to pitch (confirming
    /// attendance after acceptance), against every judge: what the pitch schedule places.
    pub async fn load_attending(
        db: &impl ConnectionTrait,
        edition_id: Uuid,
        statuses: &[Status],
    ) -> Result<Panel, ServiceError> {
        let mut accepted = pitches(db, edition_id, statuses).await?;
        let declined = declined(db, accepted.iter().map(|p| p.submission.id)).await?;
        accepted.retain(|p| !declined.contains(&p.submission.id));
        Panel::of(db, accepted).await
    }

    pub async fn load(
        db: &impl ConnectionTrait,
        edition_id: Uuid,
        statuses: &[Status],
    ) -> Result<Panel, ServiceError> {
        Panel::of(db, pitches(db, edition_id, statuses).await?).await
    }

    /// Every judge against these pitches.
    pub async fn of(db: &impl ConnectionTrait, pitches: Vec<Pitch>) -> Result<Panel, ServiceError> {
        let judges = judges(db).await?;
        Panel::of_judges(db, pitches, judges).await
    }

    /// Only `judges` against these pitches (one judge's own queue needs no others).
    pub async fn of_judges(
        db: &impl ConnectionTrait,
        pitches: Vec<Pitch>,
        judges: Vec<Judge>,
    ) -> Result<Panel, ServiceError> {
        let declared = declared_for(db, pitches.iter().map(|p| p.submission.id)).await?;
        Ok(Panel {
            judges,
            pitches,
            declared,
        })
    }

    pub fn conflict(&self, pitch: &Pitch, judge: &Judge) -> Option<Conflict> {
        conflict_of(&self.declared, pitch, judge)
    }
}

fn conflict_of(
    declared: &HashMap<(Uuid, Uuid), String>,
    pitch: &Pitch,
    judge: &Judge,
) -> Option<Conflict> {
    if let Some(reason) = declared.get(&(pitch.submission.id, judge.id)) {
        return Some(Conflict {
            reason: ConflictReason::Declared(reason.clone()),
            automatic: false,
        });
    }
    detect_keys(&judge.keys, &pitch.keys)
        .into_iter()
        .next()
        .map(|found| Conflict {
            reason: ConflictReason::Found(found),
            automatic: true,
        })
}

/// The conflict, if any, between one judge and one submission.
pub async fn conflict_between(
    db: &impl ConnectionTrait,
    submission: &submission::Model,
    investor_id: Uuid,
) -> Result<Option<Conflict>, ServiceError> {
    let Some(judge) = judges_by_id(db, &[investor_id]).await?.into_iter().next() else {
        return Ok(None);
    };
    let Some(pitch) = pitches_of(db, vec![submission.clone()])
        .await?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let declared = declared_for(db, [submission.id]).await?;
    Ok(conflict_of(&declared, &pitch, &judge))
}

/// Whether `investor_id` is in conflict with any pitch of `startup_id` (on its team,
/// declared, or automatic): such a person reads nothing private about the startup, not
/// even what their own firm notes on it.
pub async fn conflicted_with_startup(
    db: &impl ConnectionTrait,
    investor_id: Uuid,
    startup_id: Uuid,
) -> Result<bool, ServiceError> {
    if crate::model::startup::is_member(db, startup_id, investor_id).await? {
        return Ok(true);
    }
    for pitch in submission::Entity::find()
        .filter(submission::Column::StartupId.eq(startup_id))
        .all(db)
        .await?
    {
        if conflict_between(db, &pitch, investor_id).await?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Startups `investor_id` is on the team of or declared a conflict with (two queries:
/// what a list of many startups can afford; `conflicted_with_startup` adds automatic
/// conflicts for one).
pub async fn startups_declared_or_own(
    db: &impl ConnectionTrait,
    investor_id: Uuid,
) -> Result<std::collections::HashSet<Uuid>, ServiceError> {
    let mut out: std::collections::HashSet<Uuid> = crate::model::startup_member::Entity::find()
        .filter(crate::model::startup_member::Column::UserId.eq(investor_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.startup_id)
        .collect();
    let declared: Vec<Uuid> = conflict::Entity::find()
        .filter(conflict::Column::InvestorId.eq(investor_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.submission_id)
        .collect();
    out.extend(
        submission::Entity::find()
            .filter(submission::Column::Id.is_in(declared))
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.startup_id),
    );
    Ok(out)
}
