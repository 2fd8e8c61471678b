//! The meetings page's read model: for an investor, the startups their thesis fits
//! (with reasons) and their requests; for a founder, per startup, the investors whose
//! thesis fits it and its requests. Each side sees only its own requests.

use super::requests::side_of;
use crate::access::panel::{investor_ids, judges_by_id, pitches, Panel, Pitch};
use crate::lookup::editions::{chosen_or_current, zone};
use crate::model::{investor_mark, investor_profile, meeting_request, meeting_rule, startup};
use crate::model::{pitch_standing, startup_member, user};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::account::Role;
use domain::meetings::requests::replies;
use domain::meetings::RequestStatus;
use domain::recommend::{for_investor, for_startup, InvestorFit, StartupFit};
use domain::submission::Status;
use sea_orm::{entity::prelude::*, ConnectionTrait, QueryOrder};
use std::collections::{HashMap, HashSet};
use wire::{
    FounderMeetings, InvestorMeetings, InvestorSuggestion, MeetingsPage, RequestRow,
    StartupSuggestion,
};

/// How many recommendations a page lists.
const SUGGESTIONS: usize = 20;

fn investor_fit(p: &investor_profile::Model) -> InvestorFit {
    InvestorFit {
        sectors: p.sectors.iter().map(|s| s.to_lowercase()).collect(),
        stages: p.stages.0.clone(),
        ticket_min: p.ticket_min,
        ticket_max: p.ticket_max,
        currency: p.currency.clone(),
        geographies: p.geographies.0.clone(),
    }
}

/// Each judged pitch's place in its track as a top share in percent (1 = the best).
async fn top_percent(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    pitches: &[Pitch],
) -> Result<HashMap<Uuid, u8>, ServiceError> {
    let means: HashMap<Uuid, f64> = pitch_standing::Entity::find()
        .filter(pitch_standing::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.submission_id, s.normalised_mean))
        .collect();
    let mut by_track: HashMap<&str, Vec<(Uuid, f64)>> = HashMap::new();
    for p in pitches {
        if let Some(&mean) = means.get(&p.submission.id) {
            by_track
                .entry(p.track.as_str())
                .or_default()
                .push((p.submission.id, mean));
        }
    }
    let mut out = HashMap::new();
    for (_, mut ranked) in by_track {
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let n = ranked.len();
        for (i, (id, _)) in ranked.into_iter().enumerate() {
            let percent = ((i + 1) * 100).div_ceil(n).clamp(1, 100);
            out.insert(id, percent as u8);
        }
    }
    Ok(out)
}

fn startup_fit(p: &Pitch, top: &HashMap<Uuid, u8>) -> StartupFit {
    StartupFit {
        sectors: p.startup.sectors.iter().map(|s| s.to_lowercase()).collect(),
        stage: p.startup.stage.0,
        ask: p.startup.ask_amount,
        currency: p.startup.currency.clone(),
        country: p.startup.country.clone(),
        top_percent: top.get(&p.submission.id).copied(),
    }
}

/// The pitches of the edition that meet investors: accepted, and not declined.
async fn taking_part(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<Pitch>, ServiceError> {
    let mut all = pitches(db, edition_id, &[Status::Accepted]).await?;
    let declined: HashSet<Uuid> = crate::model::attendance::Entity::find()
        .filter(
            crate::model::attendance::Column::SubmissionId
                .is_in(all.iter().map(|p| p.submission.id)),
        )
        .all(db)
        .await?
        .into_iter()
        .filter(|a| a.answer.0 == domain::attendance::Answer::Declined)
        .map(|a| a.submission_id)
        .collect();
    all.retain(|p| !declined.contains(&p.submission.id));
    all.sort_by_cached_key(|p| (domain::text::sort_key(&p.startup.name), p.startup.id));
    Ok(all)
}

struct Names {
    startups: HashMap<Uuid, startup::Model>,
    investors: HashMap<Uuid, user::Model>,
    firms: HashMap<Uuid, investor_profile::Model>,
}

impl Names {
    async fn load(
        db: &impl ConnectionTrait,
        requests: &[meeting_request::Model],
    ) -> Result<Names, ServiceError> {
        let startup_ids: HashSet<Uuid> = requests.iter().map(|r| r.startup_id).collect();
        let investor_ids: HashSet<Uuid> = requests.iter().map(|r| r.investor_id).collect();
        Ok(Names {
            startups: startup::Entity::find()
                .filter(startup::Column::Id.is_in(startup_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|s| (s.id, s))
                .collect(),
            investors: user::Entity::find()
                .filter(user::Column::Id.is_in(investor_ids.clone()))
                .all(db)
                .await?
                .into_iter()
                .map(|u| (u.id, u))
                .collect(),
            firms: investor_profile::Entity::find()
                .filter(investor_profile::Column::UserId.is_in(investor_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|p| (p.user_id, p))
                .collect(),
        })
    }
}

fn firm_line(p: Option<&investor_profile::Model>) -> String {
    match p {
        Some(p) if !p.title.trim().is_empty() && !p.firm.trim().is_empty() => {
            format!("{}, {}", p.title, p.firm)
        }
        Some(p) => p.firm.clone(),
        None => String::new(),
    }
}

fn row(
    r: &meeting_request::Model,
    reader_asked: bool,
    names: &Names,
    tz: chrono_tz::Tz,
) -> RequestRow {
    let status = r.status_at(Utc::now());
    let local =
        |at: chrono::DateTime<Utc>| at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
    let startup = names.startups.get(&r.startup_id);
    RequestRow {
        id: r.id,
        startup_id: r.startup_id,
        startup_name: startup.map(|s| s.name.clone()).unwrap_or_default(),
        startup_one_liner: startup.map(|s| s.one_liner.clone()).unwrap_or_default(),
        investor_name: names
            .investors
            .get(&r.investor_id)
            .map(|u| u.display_name.clone())
            .unwrap_or_default(),
        investor_firm: firm_line(names.firms.get(&r.investor_id)),
        asked_by: r.asked_by.0,
        reader_asked,
        message: r.message.clone(),
        status,
        reply_text: r.reply_text.clone(),
        asked_local: local(r.created_at),
        expires_local: local(r.expires_at),
        replies: replies(status, reader_asked).to_vec(),
        meeting: None,
    }
}

/// Puts each released meeting of `me` beside its request.
async fn with_meetings(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    me: Uuid,
    tz: chrono_tz::Tz,
    rows: &mut [RequestRow],
) -> Result<(), ServiceError> {
    let booked: HashMap<Uuid, (String, String)> =
        crate::lookup::meetings::of_person(db, edition_id, me)
            .await?
            .into_iter()
            .map(|m| {
                let when = m
                    .meeting
                    .starts_at
                    .with_timezone(&tz)
                    .format("%Y-%m-%d %H:%M");
                (m.meeting.request_id, (when.to_string(), m.place))
            })
            .collect();
    for row in rows {
        row.meeting = booked.get(&row.id).cloned();
    }
    Ok(())
}

/// Newest first.
async fn requests_of(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
    column: meeting_request::Column,
    id: Uuid,
) -> Result<Vec<meeting_request::Model>, ServiceError> {
    Ok(meeting_request::Entity::find()
        .filter(meeting_request::Column::EditionId.eq(edition_id))
        .filter(column.eq(id))
        .order_by_desc(meeting_request::Column::CreatedAt)
        .order_by_asc(meeting_request::Column::Id)
        .all(db)
        .await?)
}

async fn investor_part(
    db: &DatabaseConnection,
    me: &SessionUser,
    edition_id: Uuid,
    tz: chrono_tz::Tz,
) -> Result<InvestorMeetings, ServiceError> {
    let requests = requests_of(db, edition_id, meeting_request::Column::InvestorId, me.id).await?;
    let now = Utc::now();
    let asked: HashMap<Uuid, RequestStatus> = requests
        .iter()
        .map(|r| (r.startup_id, r.status_at(now)))
        .collect();
    let profile = investor_profile::Entity::find_by_id(me.id).one(db).await?;
    let mut suggestions = Vec::new();
    if let Some(profile) = &profile {
        let judges = judges_by_id(db, &[me.id]).await?;
        let panel = Panel::of_judges(db, taking_part(db, edition_id).await?, judges).await?;
        let top = top_percent(db, edition_id, &panel.pitches).await?;
        let fits: Vec<StartupFit> = panel.pitches.iter().map(|p| startup_fit(p, &top)).collect();
        let conflicted = |i: usize| match (panel.pitches.get(i), panel.judges.first()) {
            (Some(p), Some(j)) => panel.conflict(p, j).is_some(),
            _ => true,
        };
        // A startup the investor marked "want a meeting" comes first among equals.
        let marks: HashMap<Uuid, domain::review::Interest> = investor_mark::Entity::find()
            .filter(investor_mark::Column::InvestorId.eq(me.id))
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.startup_id, m.interest.0))
            .collect();
        let mut picked = for_investor(&investor_fit(profile), &fits, conflicted, SUGGESTIONS);
        picked.sort_by_key(|r| {
            let p = &panel.pitches[r.index];
            let wants = marks.get(&p.startup.id) == Some(&domain::review::Interest::WantMeeting);
            (std::cmp::Reverse((wants, r.score)), r.index)
        });
        suggestions = picked
            .into_iter()
            .map(|r| {
                let p = &panel.pitches[r.index];
                StartupSuggestion {
                    startup_id: p.startup.id,
                    name: p.startup.name.clone(),
                    one_liner: p.startup.one_liner.clone(),
                    track: p.track.clone(),
                    reasons: r.reasons,
                    requested: asked.get(&p.startup.id).copied(),
                }
            })
            .collect();
    }
    let names = Names::load(db, &requests).await?;
    let mut rows = Vec::with_capacity(requests.len());
    for r in &requests {
        rows.push(row(
            r,
            r.asked_by.0 == domain::meetings::AskedBy::Investor,
            &names,
            tz,
        ));
    }
    Ok(InvestorMeetings {
        suggestions,
        live_requests: rows.iter().filter(|r| r.status.is_live()).count() as u32,
        requests: rows,
        no_profile: profile.is_none(),
    })
}

async fn founder_part(
    db: &DatabaseConnection,
    me: &SessionUser,
    edition_id: Uuid,
    tz: chrono_tz::Tz,
) -> Result<Vec<FounderMeetings>, ServiceError> {
    let mine: Vec<Uuid> = startup_member::Entity::find()
        .filter(startup_member::Column::UserId.eq(me.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.startup_id)
        .collect();
    if mine.is_empty() {
        return Ok(Vec::new());
    }
    let attending = taking_part(db, edition_id).await?;
    let judges = judges_by_id(db, &investor_ids(db, None).await?).await?;
    let profiles: HashMap<Uuid, investor_profile::Model> = investor_profile::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.user_id, p))
        .collect();
    // Investors with a thesis, in the judges' (name) order.
    let thesis: Vec<usize> = (0..judges.len())
        .filter(|&i| profiles.contains_key(&judges[i].id))
        .collect();
    let fits: Vec<InvestorFit> = thesis
        .iter()
        .map(|&i| investor_fit(&profiles[&judges[i].id]))
        .collect();
    let ours: Vec<Pitch> = attending
        .iter()
        .filter(|p| mine.contains(&p.startup.id))
        .map(|p| Pitch {
            submission: p.submission.clone(),
            startup: p.startup.clone(),
            keys: p.keys.clone(),
            track: p.track.clone(),
        })
        .collect();
    let top = top_percent(db, edition_id, &attending).await?;
    let panel = Panel::of_judges(db, ours, judges).await?;
    let mut startups = startup::Entity::find()
        .filter(startup::Column::Id.is_in(mine.clone()))
        .all(db)
        .await?;
    startups.sort_by_cached_key(|s| (domain::text::sort_key(&s.name), s.id));
    let now = Utc::now();
    let mut out = Vec::new();
    for s in startups {
        let requests =
            requests_of(db, edition_id, meeting_request::Column::StartupId, s.id).await?;
        let asked: HashMap<Uuid, RequestStatus> = requests
            .iter()
            .map(|r| (r.investor_id, r.status_at(now)))
            .collect();
        let pitch = panel.pitches.iter().find(|p| p.startup.id == s.id);
        let suggestions = match pitch {
            None => Vec::new(),
            Some(pitch) => {
                let conflicted = |i: usize| {
                    thesis
                        .get(i)
                        .and_then(|&j| panel.judges.get(j))
                        .is_none_or(|judge| panel.conflict(pitch, judge).is_some())
                };
                for_startup(&startup_fit(pitch, &top), &fits, conflicted, SUGGESTIONS)
                    .into_iter()
                    .filter_map(|r| {
                        let judge = panel.judges.get(*thesis.get(r.index)?)?;
                        Some(InvestorSuggestion {
                            investor_id: judge.id,
                            name: judge.name.clone(),
                            firm: firm_line(profiles.get(&judge.id)),
                            reasons: r.reasons,
                            requested: asked.get(&judge.id).copied(),
                        })
                    })
                    .collect()
            }
        };
        let names = Names::load(db, &requests).await?;
        let rows = requests
            .iter()
            .map(|r| {
                row(
                    r,
                    r.asked_by.0 == domain::meetings::AskedBy::Founder,
                    &names,
                    tz,
                )
            })
            .collect();
        out.push(FounderMeetings {
            startup_id: s.id,
            startup_name: s.name.clone(),
            takes_part: pitch.is_some(),
            requests: rows,
            suggestions,
        });
    }
    Ok(out)
}

/// The reader's meetings page for an edition (the current one unless named).
pub async fn page(
    db: &DatabaseConnection,
    me: &SessionUser,
    wanted: Option<Uuid>,
) -> Result<MeetingsPage, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let tz = zone(&e);
    let mut investor = if me.roles.contains(&Role::Investor) {
        Some(investor_part(db, me, e.id, tz).await?)
    } else {
        None
    };
    let mut founder = if me.roles.contains(&Role::Founder) {
        founder_part(db, me, e.id, tz).await?
    } else {
        Vec::new()
    };
    if let Some(part) = investor.as_mut() {
        with_meetings(db, e.id, me.id, tz, &mut part.requests).await?;
    }
    for part in &mut founder {
        with_meetings(db, e.id, me.id, tz, &mut part.requests).await?;
    }
    Ok(MeetingsPage {
        edition_id: e.id,
        edition_name: e.name.clone(),
        time_zone: e.time_zone.clone(),
        rules: meeting_rule::rules_for(db, e.id).await?,
        investor,
        founder,
    })
}

/// One request, for a side of it (anyone else: "not found").
pub async fn request(
    db: &DatabaseConnection,
    me: &SessionUser,
    id: Uuid,
) -> Result<RequestRow, ServiceError> {
    let found = meeting_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let reader_asked = side_of(db, &found, me.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let e = chosen_or_current(db, Some(found.edition_id)).await?;
    let names = Names::load(db, std::slice::from_ref(&found)).await?;
    Ok(row(&found, reader_asked, &names, zone(&e)))
}
