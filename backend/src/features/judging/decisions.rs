//! Staff's side of judging: the ranking with judge calibration, decisions (one or many
//! at once), and releasing reviewers' comments to founders as feedback.

use super::setup::criterion_key;
use crate::access::panel;
use crate::db::begin_write;
use crate::model::codec::{Coded, JsonText};
use crate::model::decision_batch::{self, Change};
use crate::model::startup::members;
use crate::model::submission::{move_to, restore_status};
use crate::model::{edition, feedback, review, rubric_criterion, submission};
use crate::model::{startup, startup_member};
use crate::platform::outbox::Hold;
use crate::platform::sessions::SessionUser;
use crate::platform::{audit, mail_texts, outbox};
use crate::ServiceError;
use chrono::Utc;
use domain::review::{decidable, Decision};
use domain::submission::Status;
use domain::{Clash, Refusal};
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::HashMap;
use wire::{ConflictNote, StaffReview, SubmissionReviews};
use wire::{DecisionPreview, DecisionPreviewRow};

async fn edition_names(
    db: &impl ConnectionTrait,
    subs: &[submission::Model],
) -> Result<HashMap<Uuid, String>, ServiceError> {
    Ok(edition::Entity::find()
        .filter(edition::Column::Id.is_in(subs.iter().map(|s| s.edition_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect())
}

/// What an email to a pitch's team tells them.
#[derive(Clone, Copy)]
enum News {
    /// Staff decided: the pitch's new status.
    Decision(Status),
    FeedbackReleased,
}

/// Emails every member of the pitch's team, each in their own language.
async fn tell_team(
    db: &impl ConnectionTrait,
    public_url: &str,
    edition_name: &str,
    s: &submission::Model,
    news: News,
    hold: Option<&Hold<'_>>,
) -> Result<(), ServiceError> {
    let link = format!(
        "{public_url}/startups/{}/pitch?edition={}",
        s.startup_id, s.edition_id
    );
    let pitch = mail_texts::Pitch {
        title: &s.title,
        edition: edition_name,
        link: &link,
    };
    // A decision email carries the comments released so far (a later release sends its own).
    let released: Vec<String> = match news {
        News::Decision(_) => feedback::Entity::find()
            .filter(feedback::Column::SubmissionId.eq(s.id))
            .order_by_asc(feedback::Column::ReleasedAt)
            .order_by_asc(feedback::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|f| f.body)
            .collect(),
        News::FeedbackReleased => Vec::new(),
    };
    for (_, member) in members(db, s.startup_id).await? {
        let (lang, name) = (member.lang(), &member.display_name);
        let mail = match news {
            News::Decision(status) => mail_texts::decision(lang, name, status, &pitch, &released),
            News::FeedbackReleased => mail_texts::feedback_released(lang, name, &pitch),
        };
        outbox::enqueue_held(db, &member.email, &mail.subject, &mail.body, hold).await?;
    }
    Ok(())
}

/// What deciding `decision` on `ids` would do, before anything changes: each pitch with
/// its current status and whether it changes, how many earlier decisions it replaces and
/// how many founders would be emailed. Staff confirm this before `decide`.
pub async fn preview(
    db: &DatabaseConnection,
    ids: &[Uuid],
    decision: Decision,
) -> Result<DecisionPreview, ServiceError> {
    if ids.is_empty() {
        return Err(ServiceError::Refused(Refusal::NothingTicked));
    }
    let target = decision.status();
    let subs = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    if subs.len() != ids.iter().collect::<std::collections::HashSet<_>>().len() {
        return Err(ServiceError::NotFound);
    }
    let names: HashMap<Uuid, String> = startup::Entity::find()
        .filter(startup::Column::Id.is_in(subs.iter().map(|s| s.startup_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut team_sizes: HashMap<Uuid, u32> = HashMap::new();
    for m in startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.is_in(subs.iter().map(|s| s.startup_id)))
        .all(db)
        .await?
    {
        *team_sizes.entry(m.startup_id).or_default() += 1;
    }
    let mut preview = DecisionPreview {
        decision,
        rows: Vec::with_capacity(subs.len()),
        changing: 0,
        replacing_earlier: 0,
        founders_emailed: 0,
        refused: Vec::new(),
    };
    for s in subs {
        let from = s.status();
        let name = names.get(&s.startup_id).cloned().unwrap_or_default();
        if let Err(why) = decidable(from) {
            preview.refused.push((name.clone(), why));
        }
        let changes = from != target;
        if changes {
            preview.changing += 1;
            preview.founders_emailed += team_sizes.get(&s.startup_id).copied().unwrap_or(0);
            if DECIDED.contains(&from) {
                preview.replacing_earlier += 1;
            }
        }
        preview.rows.push(DecisionPreviewRow {
            submission_id: s.id,
            startup_name: name,
            title: s.title,
            from,
            changes,
        });
    }
    preview
        .rows
        .sort_by_cached_key(|row| domain::text::sort_key(&row.startup_name));
    Ok(preview)
}

/// Statuses that are already a staff decision.
const DECIDED: [Status; 4] = [
    Status::Shortlisted,
    Status::Accepted,
    Status::Waitlisted,
    Status::Rejected,
];

/// How long staff may undo a decision: its emails wait this long in the outbox.
pub const UNDO_WINDOW: chrono::Duration = chrono::Duration::minutes(3);

/// What a decision did: how many pitches changed, and the batch to undo it by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decided {
    pub changed: u32,
    /// `None` when nothing changed (every pitch had that status already).
    pub batch: Option<Uuid>,
}

/// The outbox hold of a decision's emails.
fn hold_key(batch: Uuid) -> String {
    format!("decision:{batch}")
}

/// Decides on every pitch in `ids`, or on none: one that cannot take the decision
/// refuses the whole batch. Founders hear about it by email once the undo window ends.
pub async fn decide(
    db: &DatabaseConnection,
    me: &SessionUser,
    public_url: &str,
    ids: &[Uuid],
    decision: Decision,
) -> Result<Decided, ServiceError> {
    if ids.is_empty() {
        return Err(ServiceError::Refused(Refusal::NothingTicked));
    }
    let target = decision.status();
    let txn = begin_write(db).await?;
    let subs = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ids.iter().copied()))
        .all(&txn)
        .await?;
    if subs.len() != ids.iter().collect::<std::collections::HashSet<_>>().len() {
        return Err(ServiceError::NotFound);
    }
    let mut refused = Vec::new();
    for s in &subs {
        if let Err(why) = decidable(s.status()) {
            refused.push((s.title.clone(), why));
        }
    }
    if !refused.is_empty() {
        return Err(ServiceError::Conflict(Clash::NotDecidable(refused)));
    }
    let editions = edition_names(&txn, &subs).await?;
    let now = Utc::now();
    let batch = Uuid::new_v4();
    let key = hold_key(batch);
    let hold = Hold {
        key: &key,
        until: now + UNDO_WINDOW,
    };
    let mut changes = Vec::new();
    for s in &subs {
        if s.status() == target {
            continue;
        }
        move_to(&txn, s.id, target, Some(me.id)).await?;
        tell_team(
            &txn,
            public_url,
            editions.get(&s.edition_id).map_or("", String::as_str),
            s,
            News::Decision(target),
            Some(&hold),
        )
        .await?;
        audit::record(
            &txn,
            Some(me.id),
            &format!("decision.{}", decision.as_str()),
            &format!("submission:{}", s.id),
            &s.title,
        )
        .await?;
        changes.push(Change {
            submission: s.id,
            previous: s.status(),
        });
    }
    let changed = changes.len() as u32;
    let batch = match subs.first() {
        Some(first) if !changes.is_empty() => {
            decision_batch::ActiveModel {
                id: Set(batch),
                edition_id: Set(first.edition_id),
                decided_by: Set(Some(me.id)),
                decision: Set(Coded(decision)),
                decided_at: Set(now),
                undo_until: Set(hold.until),
                undone_at: Set(None),
                changes: Set(JsonText(changes)),
            }
            .insert(&txn)
            .await?;
            Some(batch)
        }
        _ => None,
    };
    txn.commit().await?;
    Ok(Decided { changed, batch })
}

/// Takes a decision back while its emails still wait: every pitch returns to its
/// status before, its timeline loses the decision, and the emails are never sent.
/// Answers how many pitches went back.
pub async fn undo(
    db: &DatabaseConnection,
    me: &SessionUser,
    batch_id: Uuid,
) -> Result<u32, ServiceError> {
    let txn = begin_write(db).await?;
    let batch = decision_batch::Entity::find_by_id(batch_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if batch.undone_at.is_some() {
        return Err(ServiceError::Conflict(Clash::AlreadyUndone));
    }
    let too_late = || ServiceError::Conflict(Clash::TooLateToUndo);
    if Utc::now() >= batch.undo_until {
        return Err(too_late());
    }
    if outbox::drop_held(&txn, &hold_key(batch.id)).await? > 0 {
        return Err(too_late());
    }
    let target = batch.decision.0.status();
    let ids: Vec<Uuid> = batch.changes.0.iter().map(|c| c.submission).collect();
    let current: HashMap<Uuid, Status> = submission::Entity::find()
        .filter(submission::Column::Id.is_in(ids))
        .all(&txn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.status()))
        .collect();
    let mut restored = 0;
    for change in &batch.changes.0 {
        // A pitch decided again since (or withdrawn) keeps what happened later.
        if current.get(&change.submission) != Some(&target) {
            continue;
        }
        restore_status(
            &txn,
            change.submission,
            change.previous,
            target,
            batch.decided_at,
        )
        .await?;
        audit::record(
            &txn,
            Some(me.id),
            "decision.undo",
            &format!("submission:{}", change.submission),
            change.previous.as_str(),
        )
        .await?;
        restored += 1;
    }
    decision_batch::ActiveModel {
        id: Set(batch.id),
        undone_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(restored)
}

/// Every review of one pitch for staff, with the conflicts declared or found.
pub async fn submission_reviews(
    db: &DatabaseConnection,
    submission_id: Uuid,
) -> Result<SubmissionReviews, ServiceError> {
    let s = submission::Entity::find_by_id(submission_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let panel = panel::Panel::of(db, panel::pitches_of(db, vec![s.clone()]).await?).await?;
    let pitch = panel.pitches.first().ok_or(ServiceError::NotFound)?;
    let reviews = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(s.id))
        .order_by_asc(review::Column::CreatedAt)
        .all(db)
        .await?;
    // In rubric order: staff read the scores as the judges filled them in.
    let criteria: Vec<(String, String)> = rubric_criterion::Entity::find()
        .filter(rubric_criterion::Column::EditionId.eq(s.edition_id))
        .order_by_asc(rubric_criterion::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (criterion_key(c.id), c.name))
        .collect();
    let names: HashMap<Uuid, &str> = panel
        .judges
        .iter()
        .map(|j| (j.id, j.name.as_str()))
        .collect();
    let conflicts = panel
        .judges
        .iter()
        .filter_map(|j| {
            panel.conflict(pitch, j).map(|c| ConflictNote {
                investor_name: j.name.clone(),
                reason: c.reason,
                automatic: c.automatic,
            })
        })
        .collect();
    Ok(SubmissionReviews {
        submission_id: s.id,
        edition_id: s.edition_id,
        startup_name: pitch.startup.name.clone(),
        title: s.title.clone(),
        status: pitch.status(),
        reviews: reviews
            .iter()
            .map(|r| {
                let scores = r.scores();
                StaffReview {
                    id: r.id,
                    judge: names.get(&r.investor_id).copied().map(str::to_owned),
                    weighted: r.weighted,
                    recommendation: r.recommendation.0,
                    scores: criteria
                        .iter()
                        .filter_map(|(k, name)| scores.get(k).map(|v| (name.clone(), *v)))
                        .collect(),
                    comment: r.comment.clone(),
                    released: r.released,
                }
            })
            .collect(),
        conflicts,
    })
}

/// Makes exactly the comments of `chosen` reviews visible to the founders.
pub async fn release_feedback(
    db: &DatabaseConnection,
    me: &SessionUser,
    public_url: &str,
    submission_id: Uuid,
    chosen: &[Uuid],
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let s = submission::Entity::find_by_id(submission_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let reviews = review::Entity::find()
        .filter(review::Column::SubmissionId.eq(s.id))
        .all(&txn)
        .await?;
    if chosen.iter().any(|id| !reviews.iter().any(|r| r.id == *id)) {
        return Err(ServiceError::NotFound);
    }
    let now = Utc::now();
    let mut newly = 0;
    for r in reviews {
        let want = chosen.contains(&r.id) && !r.comment.is_empty();
        if want == r.released {
            continue;
        }
        if want {
            feedback::ActiveModel {
                id: Set(Uuid::new_v4()),
                submission_id: Set(s.id),
                body: Set(r.comment.clone()),
                review_id: Set(Some(r.id)),
                released_by: Set(Some(me.id)),
                released_at: Set(now),
            }
            .insert(&txn)
            .await?;
            newly += 1;
        } else {
            feedback::Entity::delete_many()
                .filter(feedback::Column::ReviewId.eq(r.id))
                .exec(&txn)
                .await?;
        }
        let mut active: review::ActiveModel = r.into();
        active.released = Set(want);
        active.update(&txn).await?;
    }
    if newly > 0 {
        let editions = edition_names(&txn, std::slice::from_ref(&s)).await?;
        tell_team(
            &txn,
            public_url,
            editions.get(&s.edition_id).map_or("", String::as_str),
            &s,
            News::FeedbackReleased,
            None,
        )
        .await?;
    }
    audit::record(
        &txn,
        Some(me.id),
        "feedback.release",
        &format!("submission:{}", s.id),
        &format!("comments={}", chosen.len()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
