//! The judge's side of reviewing: the queue, the scoring form, saving a review (and
//! moving on to the next), declaring a conflict, and private marks.

use super::setup::{criterion_key, rubric_of};
use crate::access::panel::{self, Pitch};
use crate::access::review::open;
use crate::db::{begin_write, join_in_order};
use crate::lookup::editions::{
    chosen_or_current as edition_or_current, review_settings, track_names,
};
use crate::model::codec::{Coded, JsonText};
use crate::model::submission::move_to;
use crate::model::{
    assignment, conflict, edition, investor_mark, meeting_request, review, submission, tallies,
};
use crate::platform::audit;
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::Utc;
use domain::review::{
    mask_name, may_write, parse_conflict_reason, parse_review, parse_tags, Interest,
};
use domain::submission::{starts_review, Status, REVIEWABLE};
use domain::Clash;
use sea_orm::sea_query::{Asterisk, Expr, ExprTrait, Order, Query};
use sea_orm::{
    entity::prelude::*, ActiveValue::Set, ConnectionTrait, FromQueryResult, QueryOrder, QuerySelect,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use wire::{
    CriterionView, Marks, OtherReview, QueueItem, QueueQuery, ReviewForm, ReviewQueue,
    ReviewedStartup,
};

/// What a judge calls a pitch: its startup's name, or in blind review a short code
/// of the pitch (pages write "Pitch 3F2A1B" in the reader's language).
fn label(pitch: &Pitch, blind: bool) -> String {
    if blind {
        blind_code(pitch.submission.id)
    } else {
        pitch.startup.name.clone()
    }
}

pub fn blind_code(id: Uuid) -> String {
    id.simple().to_string()[..6].to_uppercase()
}

async fn marks_of(
    db: &impl ConnectionTrait,
    me: Uuid,
) -> Result<HashMap<Uuid, investor_mark::Model>, ServiceError> {
    Ok(investor_mark::Entity::find()
        .filter(investor_mark::Column::InvestorId.eq(me))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.startup_id, m))
        .collect())
}

/// The submissions `judge` has reviewed.
async fn reviewed_by(
    db: &impl ConnectionTrait,
    judge: Uuid,
) -> Result<HashSet<Uuid>, ServiceError> {
    let ids: Vec<Uuid> = review::Entity::find()
        .select_only()
        .column(review::Column::SubmissionId)
        .filter(review::Column::InvestorId.eq(judge))
        .into_tuple()
        .all(db)
        .await?;
    Ok(ids.into_iter().collect())
}

/// The reviewable submissions of the edition assigned to `judge`, in queue order. Read
/// from the judge's assignments (`join_in_order`): SQLite would otherwise start from the
/// edition's index and read every reviewable submission to keep the judge's fifty.
async fn assigned_pitches(
    db: &impl ConnectionTrait,
    judge: Uuid,
    edition_id: Uuid,
) -> Result<Vec<submission::Model>, ServiceError> {
    let mut stmt = Query::select()
        .column((submission::Entity, Asterisk))
        .from(assignment::Entity)
        .to_owned();
    join_in_order(
        db,
        &mut stmt,
        submission::Entity,
        Expr::col((submission::Entity, submission::Column::Id))
            .equals((assignment::Entity, assignment::Column::SubmissionId)),
    );
    stmt.and_where(Expr::col((assignment::Entity, assignment::Column::InvestorId)).eq(judge))
        .and_where(Expr::col((submission::Entity, submission::Column::EditionId)).eq(edition_id))
        .and_where(
            Expr::col((submission::Entity, submission::Column::Status))
                .is_in(REVIEWABLE.iter().map(|s| s.as_str())),
        )
        .order_by(
            (submission::Entity, submission::Column::SubmittedAt),
            Order::Asc,
        )
        .order_by((submission::Entity, submission::Column::Id), Order::Asc);
    Ok(
        submission::Model::find_by_statement(db.get_database_backend().build(&stmt))
            .all(db)
            .await?,
    )
}

/// The pitches `me` reviews in order: assigned ones first, then (if `browse`, which
/// staff allow or not) the rest; conflicted ones never appear. What only needs the
/// assigned part (the form's position, the next pitch) passes `browse: false` and does
/// not load the edition.
async fn ordered(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    edition_id: Uuid,
    browse: bool,
) -> Result<(Vec<(Pitch, bool)>, HashSet<Uuid>), ServiceError> {
    // The judge's reviewable pitches of this edition, read once: they are the queue
    // without browsing, and tell assigned from browsable ones with it.
    let assigned_subs = assigned_pitches(db, me.id, edition_id).await?;
    let assigned: HashSet<Uuid> = assigned_subs.iter().map(|s| s.id).collect();
    let pitches = if browse {
        panel::pitches(db, edition_id, &REVIEWABLE).await?
    } else {
        panel::pitches_of(db, assigned_subs).await?
    };
    let me_as_judge = panel::judges_by_id(db, &[me.id]).await?;
    let panel = panel::Panel::of_judges(db, pitches, me_as_judge).await?;
    let Some(judge) = panel.judges.first() else {
        return Ok((Vec::new(), HashSet::new()));
    };
    let reviewed = reviewed_by(db, me.id).await?;
    let conflicted: HashSet<Uuid> = panel
        .pitches
        .iter()
        .filter(|p| panel.conflict(p, judge).is_some())
        .map(|p| p.submission.id)
        .collect();
    let mut mine = Vec::new();
    let mut others = Vec::new();
    for p in panel.pitches {
        if conflicted.contains(&p.submission.id) {
            continue;
        }
        if assigned.contains(&p.submission.id) {
            mine.push((p, true));
        } else if browse {
            others.push((p, false));
        }
    }
    mine.extend(others);
    Ok((mine, reviewed))
}

pub async fn queue(
    db: &DatabaseConnection,
    me: &SessionUser,
    query: &QueueQuery,
) -> Result<ReviewQueue, ServiceError> {
    let e = edition_or_current(db, query.edition).await?;
    let settings = review_settings(db, e.id).await?;
    let (pitches, reviewed) = ordered(db, me, e.id, settings.browse).await?;
    let marks = marks_of(db, me.id).await?;
    let assigned_total = pitches.iter().filter(|(_, a)| *a).count() as u32;
    let assigned_done = pitches
        .iter()
        .filter(|(p, a)| *a && reviewed.contains(&p.submission.id))
        .count() as u32;
    let tracks = track_names(db, e.id).await?;
    // The reader's meeting requests by startup (newest last wins), for the shortlist.
    let now = Utc::now();
    let asked: HashMap<Uuid, domain::meetings::RequestStatus> = meeting_request::Entity::find()
        .filter(meeting_request::Column::EditionId.eq(e.id))
        .filter(meeting_request::Column::InvestorId.eq(me.id))
        .order_by_asc(meeting_request::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.startup_id, r.status_at(now)))
        .collect();
    let items = pitches
        .into_iter()
        .map(|(p, assigned)| {
            let mark = marks.get(&p.startup.id);
            QueueItem {
                submission_id: p.submission.id,
                label: label(&p, settings.blind),
                one_liner: blind_text(&p.startup.one_liner, &p, settings.blind),
                track: p.track.clone(),
                stage: p.startup.stage.0,
                // The code: the page names it in the reader's language.
                country: p.startup.country.clone(),
                assigned,
                reviewed: reviewed.contains(&p.submission.id),
                starred: mark.is_some_and(|m| m.starred),
                interest: mark.map_or(Interest::NoInterest, |m| m.interest.0),
                startup_id: (!settings.blind).then_some(p.startup.id),
                meeting: if settings.blind {
                    None
                } else {
                    asked.get(&p.startup.id).copied()
                },
                meetings_open: p.submission.status.0 == domain::submission::Status::Accepted,
            }
        })
        .filter(|i| query.track.is_empty() || i.track == query.track)
        .filter(|i| match query.show.as_str() {
            "todo" => !i.reviewed,
            "done" => i.reviewed,
            "starred" => i.starred,
            _ => true,
        })
        .collect();
    Ok(ReviewQueue {
        edition_id: e.id,
        edition_name: e.name,
        phase_open: settings.phase_open,
        blind: settings.blind,
        browse_allowed: settings.browse,
        assigned_done,
        assigned_total,
        tracks,
        items,
    })
}

/// Founder-written text as a judge reads it: in blind review the startup's name is masked
/// wherever the founders wrote it.
fn blind_text(text: &str, pitch: &Pitch, blind: bool) -> String {
    if blind {
        mask_name(text, &pitch.startup.name)
    } else {
        text.to_string()
    }
}

fn profile_for_judges(p: &Pitch, blind: bool) -> ReviewedStartup {
    let s = &p.startup;
    ReviewedStartup {
        one_liner: blind_text(&s.one_liner, p, blind),
        description: blind_text(&s.description, p, blind),
        sectors: s.sectors(),
        stage: s.stage.0,
        country: s.country.clone(),
        city: s.city.clone(),
        founded_year: s.founded_year,
        team_size: s.team_size,
        website: if blind { None } else { s.website.clone() },
        currency: s.currency.clone(),
        monthly_revenue: s.monthly_revenue,
        users: s.users,
        growth_pct: s.growth_pct,
        raised_so_far: s.raised_so_far,
        ask: s.ask_amount,
    }
}

/// The scoring form of one pitch, with the judge's own review if any.
pub async fn form(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
) -> Result<ReviewForm, ServiceError> {
    let (s, access, settings) = open(db, me, submission_id).await?;
    let rubric = rubric_of(db, s.edition_id).await?;
    let reviews = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(s.id))
        .order_by_asc(review::Column::CreatedAt)
        .all(db)
        .await?;
    let own = reviews.iter().find(|r| r.investor_id == me.id);
    let own_scores = own.map(|r| r.scores()).unwrap_or_default();
    let others = access
        .can_see_others(settings.visibility, own.is_some())
        .then(|| {
            reviews
                .iter()
                .filter(|r| r.investor_id != me.id)
                .enumerate()
                .map(|(i, r)| OtherReview {
                    letter: (b'A' + (i % 26) as u8) as char,
                    weighted: r.weighted,
                    recommendation: r.recommendation.0,
                })
                .collect()
        });
    // Position and next pitch count assigned pitches only: the browsable rest is not read.
    let (queue, reviewed) = ordered(db, me, s.edition_id, false).await?;
    let assigned: Vec<Uuid> = queue
        .iter()
        .filter(|(_, a)| *a)
        .map(|(p, _)| p.submission.id)
        .collect();
    let position = assigned
        .iter()
        .position(|id| *id == s.id)
        .map(|i| (i as u32 + 1, assigned.len() as u32));
    let next_id = next_after(&queue, &reviewed, s.id);
    let pitch = panel::pitches_of(db, vec![s.clone()])
        .await?
        .into_iter()
        .next()
        .ok_or(ServiceError::NotFound)?;
    let mark = investor_mark::Entity::find_by_id((me.id, s.startup_id))
        .one(db)
        .await?;
    Ok(ReviewForm {
        submission_id: s.id,
        label: label(&pitch, settings.blind),
        blind: settings.blind,
        startup: profile_for_judges(&pitch, settings.blind),
        track: pitch.track.clone(),
        title: blind_text(&s.title, &pitch, settings.blind),
        summary: blind_text(&s.summary, &pitch, settings.blind),
        video_url: s.video_url.clone(),
        deck_url: s
            .deck_file_id
            .map(|_| format!("/files/decks/{}", s.id.simple())),
        criteria: rubric
            .iter()
            .map(|(id, c)| CriterionView {
                key: criterion_key(*id),
                name: c.name.clone(),
                guidance: c.guidance.clone(),
                weight: c.weight,
                scale_max: c.scale_max,
                anchors: c.anchors.clone(),
                score: own_scores.get(&criterion_key(*id)).copied(),
            })
            .collect(),
        comment: own.map(|r| r.comment.clone()).unwrap_or_default(),
        private_note: own.map(|r| r.private_note.clone()).unwrap_or_default(),
        recommendation: own
            .map(|r| r.recommendation.0.as_str().to_string())
            .unwrap_or_default(),
        phase_open: settings.phase_open,
        assigned: access.assigned,
        has_review: own.is_some(),
        others,
        marks: Marks {
            starred: mark.as_ref().is_some_and(|m| m.starred),
            tags: mark.as_ref().map(|m| m.tags.join(", ")).unwrap_or_default(),
            interest: mark.map_or(Interest::NoInterest, |m| m.interest.0),
        },
        position,
        next_id,
    })
}

/// The next assigned pitch without the judge's review, after `current` in queue order
/// (wrapping round), if any.
fn next_after(queue: &[(Pitch, bool)], reviewed: &HashSet<Uuid>, current: Uuid) -> Option<Uuid> {
    let assigned: Vec<Uuid> = queue
        .iter()
        .filter(|(_, a)| *a)
        .map(|(p, _)| p.submission.id)
        .collect();
    let start = assigned
        .iter()
        .position(|id| *id == current)
        .map_or(0, |i| i + 1);
    assigned[start..]
        .iter()
        .chain(assigned[..start.min(assigned.len())].iter())
        .find(|id| **id != current && !reviewed.contains(id))
        .copied()
}

/// What the scoring form posts.
#[derive(Clone, Debug, Default)]
pub struct ReviewDraft {
    pub scores: BTreeMap<String, String>,
    pub comment: String,
    pub private_note: String,
    pub recommendation: String,
}

/// Saves the judge's review (all of it or nothing); returns the next pitch to review.
pub async fn save(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
    draft: &ReviewDraft,
) -> Result<Option<Uuid>, ServiceError> {
    let (s, _, settings) = open(db, me, submission_id).await?;
    may_write(&settings).map_err(ServiceError::Conflict)?;
    let rubric = rubric_of(db, s.edition_id).await?;
    let keyed: Vec<(String, domain::review::RubricCriterion)> = rubric
        .iter()
        .map(|(id, c)| (criterion_key(*id), c.clone()))
        .collect();
    let valid = parse_review(
        &keyed,
        &draft.scores,
        &draft.comment,
        &draft.private_note,
        &draft.recommendation,
    )
    .map_err(ServiceError::Invalid)?;
    let scores: BTreeMap<String, u8> = keyed
        .iter()
        .map(|(k, _)| k.clone())
        .zip(valid.scores.iter().copied())
        .collect();
    let txn = begin_write(db).await?;
    // First, so the review read below is the one this change replaces.
    let tallies = tallies::open(&txn, s.edition_id).await?;
    // The phase may have closed since the checks above.
    may_write(&review_settings(&txn, s.edition_id).await?).map_err(ServiceError::Conflict)?;
    let now = Utc::now();
    let existing = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(s.id))
        .filter(review::Column::InvestorId.eq(me.id))
        .one(&txn)
        .await?;
    let before = existing.as_ref().map(|r| r.weighted);
    match existing {
        Some(existing) => {
            let mut active: review::ActiveModel = existing.into();
            active.scores = Set(JsonText(scores.clone()));
            active.weighted = Set(valid.weighted);
            active.comment = Set(valid.comment.clone());
            active.private_note = Set(valid.private_note.clone());
            active.recommendation = Set(Coded(valid.recommendation));
            active.updated_at = Set(now);
            active.update(&txn).await?;
        }
        None => {
            review::ActiveModel {
                id: Set(Uuid::new_v4()),
                submission_id: Set(s.id),
                investor_id: Set(me.id),
                scores: Set(JsonText(scores)),
                weighted: Set(valid.weighted),
                comment: Set(valid.comment.clone()),
                private_note: Set(valid.private_note.clone()),
                recommendation: Set(Coded(valid.recommendation)),
                released: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await
            .map_err(|e| {
                ServiceError::from(e)
                    .on_duplicate(|| ServiceError::Conflict(Clash::ReviewSavedElsewhere))
            })?;
        }
    }
    tallies
        .review_changed(s.id, me.id, before, Some(valid.weighted))
        .await?;
    // The first review of a pitch assigned before its deadline starts its review: the
    // judge scored what they read, so its founders stop changing it now.
    if let Some(now_status) = submission::Entity::find_by_id(s.id).one(&txn).await? {
        let deadline = edition::Entity::find_by_id(s.edition_id)
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound)?
            .submission_deadline;
        if starts_review(now_status.status(), true, true, now, deadline) {
            move_to(&txn, s.id, Status::UnderReview, Some(me.id)).await?;
        }
    }
    audit::record(
        &txn,
        Some(me.id),
        "review.save",
        &format!("submission:{}", s.id),
        &format!("{:.2} {}", valid.weighted, valid.recommendation.as_str()),
    )
    .await?;
    txn.commit().await?;
    // Position and next pitch count assigned pitches only: the browsable rest is not read.
    let (queue, reviewed) = ordered(db, me, s.edition_id, false).await?;
    Ok(next_after(&queue, &reviewed, s.id))
}

/// The judge declares a conflict: they leave the pitch, and a review they wrote is
/// withdrawn with them. The reason stays for staff.
pub async fn declare_conflict(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
    reason: &str,
) -> Result<(), ServiceError> {
    let (s, _, settings) = open(db, me, submission_id).await?;
    // Declaring withdraws the judge's review: after the phase it would rewrite the
    // outcome, so it follows the same rule as changing a review.
    may_write(&settings).map_err(ServiceError::Conflict)?;
    let reason = parse_conflict_reason(reason).map_err(|e| ServiceError::field("reason", e))?;
    let txn = begin_write(db).await?;
    let tallies = tallies::open(&txn, s.edition_id).await?;
    may_write(&review_settings(&txn, s.edition_id).await?).map_err(ServiceError::Conflict)?;
    conflict::ActiveModel {
        submission_id: Set(s.id),
        investor_id: Set(me.id),
        reason: Set(reason.clone()),
        declared_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(|e| ServiceError::from(e).on_duplicate(|| ServiceError::NotFound))?;
    assignment::Entity::delete_by_id((s.id, me.id))
        .exec(&txn)
        .await?;
    let withdrawn = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(s.id))
        .filter(review::Column::InvestorId.eq(me.id))
        .one(&txn)
        .await?;
    if let Some(r) = withdrawn {
        review::Entity::delete_by_id(r.id).exec(&txn).await?;
        tallies
            .review_changed(s.id, me.id, Some(r.weighted), None)
            .await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "review.conflict",
        &format!("submission:{}", s.id),
        &reason,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Star, tags and interest: the judge's private marks on the pitch's startup.
pub async fn save_marks(
    db: &DatabaseConnection,
    me: &SessionUser,
    submission_id: Uuid,
    starred: bool,
    tags: &str,
    interest: &str,
) -> Result<(), ServiceError> {
    let (s, _, _) = open(db, me, submission_id).await?;
    let mut errors = domain::FieldErrors::new();
    let tags = errors.check("tags", parse_tags(tags));
    let interest = errors.check("interest", Interest::parse(interest));
    let (Some(tags), Some(interest)) = (tags, interest) else {
        return Err(ServiceError::Invalid(errors));
    };
    let row = investor_mark::ActiveModel {
        investor_id: Set(me.id),
        startup_id: Set(s.startup_id),
        starred: Set(starred),
        tags: Set(JsonText(tags)),
        interest: Set(Coded(interest)),
        updated_at: Set(Utc::now()),
    };
    let txn = begin_write(db).await?;
    if investor_mark::Entity::find_by_id((me.id, s.startup_id))
        .one(&txn)
        .await?
        .is_some()
    {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(())
}
