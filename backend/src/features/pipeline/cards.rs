//! The board and its cards: what a firm's board shows (columns per stage, the funnel,
//! passed cards apart), putting a startup on it (by hand, from the shortlist, from a
//! meeting), moving, passing and reviving a card, and one card's page.

use super::{card_of, clash, invalid, members, names, touch, Board};
use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::model::codec::Coded;
use crate::model::{
    assignment, deal_card, deal_move, deal_note, deal_task, edition, investor_mark, meeting,
    meeting_request, released_meeting, review, review_setting, startup, submission,
};
use crate::platform::sessions::SessionUser;
use crate::ServiceError;
use chrono::{DateTime, Utc};
use domain::meetings::{CheckIn, RequestStatus};
use domain::pipeline::{
    after, funnel, overdue, reason, revive as revived, stale, Event, FunnelCard, PipelineProblem,
    Place, Refused, Source, Stage, Target,
};
use domain::review::Interest;
use domain::submission::Status;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::{BTreeMap, HashMap, HashSet};
use wire::{
    Candidate, CardSummary, MoveRow, MyMeeting, MyScore, NoteRow, PipelineBoard, PipelineCard,
    TaskRow,
};

/// Startups `me` may put on a board, with the best reason each is offered: a meeting
/// (an accepted request), the shortlist (starred or marked interested / want a
/// meeting), else by hand (a public startup, or a pitch `me` was assigned to judge).
/// A startup `me` cannot see is not here.
async fn pickable(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    only: Option<Uuid>,
) -> Result<BTreeMap<Uuid, Source>, ServiceError> {
    let mut found: BTreeMap<Uuid, Source> = BTreeMap::new();
    let mut offer = |id: Uuid, source: Source| {
        let rank = |s: Source| match s {
            Source::Meeting => 2,
            Source::Shortlist => 1,
            Source::Hand => 0,
        };
        let entry = found.entry(id).or_insert(source);
        if rank(source) > rank(*entry) {
            *entry = source;
        }
    };
    let mut requests = meeting_request::Entity::find()
        .filter(meeting_request::Column::InvestorId.eq(me.id))
        .filter(meeting_request::Column::Status.eq(RequestStatus::Accepted.as_str()));
    let mut marks =
        investor_mark::Entity::find().filter(investor_mark::Column::InvestorId.eq(me.id));
    let mut public = startup::Entity::find().filter(startup::Column::Showcase.eq(true));
    if let Some(id) = only {
        requests = requests.filter(meeting_request::Column::StartupId.eq(id));
        marks = marks.filter(investor_mark::Column::StartupId.eq(id));
        public = public.filter(startup::Column::Id.eq(id));
    }
    for r in requests.all(db).await? {
        offer(r.startup_id, Source::Meeting);
    }
    // What review told `me` (marks, assignments) is offered by name only where review is
    // not blind: a blind judge's shortlist must not name the startups behind its codes.
    let mut from_review: Vec<(Uuid, Source)> = Vec::new();
    for m in marks.all(db).await? {
        let keen = matches!(m.interest.0, Interest::Interested | Interest::WantMeeting);
        if m.starred || keen {
            from_review.push((m.startup_id, Source::Shortlist));
        }
    }
    let public_ids: Vec<Uuid> = public.all(db).await?.into_iter().map(|s| s.id).collect();
    let mut pitches = submission::Entity::find()
        .filter(submission::Column::StartupId.is_in(public_ids))
        .filter(submission::Column::Status.eq(Status::Accepted.as_str()));
    if let Some(id) = only {
        pitches = pitches.filter(submission::Column::StartupId.eq(id));
    }
    for p in pitches.all(db).await? {
        offer(p.startup_id, Source::Hand);
    }
    let assigned: Vec<Uuid> = assignment::Entity::find()
        .filter(assignment::Column::InvestorId.eq(me.id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.submission_id)
        .collect();
    if !assigned.is_empty() {
        let mut judged = submission::Entity::find().filter(submission::Column::Id.is_in(assigned));
        if let Some(id) = only {
            judged = judged.filter(submission::Column::StartupId.eq(id));
        }
        for p in judged.all(db).await? {
            from_review.push((p.startup_id, Source::Hand));
        }
    }
    let blind = reviewed_blind(db, from_review.iter().map(|(id, _)| *id)).await?;
    for (id, source) in from_review {
        if !blind.contains(&id) {
            offer(id, source);
        }
    }
    Ok(found)
}

/// Of `startups`, those with a pitch in an edition whose review is blind.
async fn reviewed_blind(
    db: &impl ConnectionTrait,
    startups: impl IntoIterator<Item = Uuid>,
) -> Result<HashSet<Uuid>, ServiceError> {
    let startups: Vec<Uuid> = startups.into_iter().collect();
    if startups.is_empty() {
        return Ok(HashSet::new());
    }
    let blind_editions: Vec<Uuid> = review_setting::Entity::find()
        .filter(review_setting::Column::Blind.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.edition_id)
        .collect();
    Ok(submission::Entity::find()
        .filter(submission::Column::StartupId.is_in(startups))
        .filter(submission::Column::EditionId.is_in(blind_editions))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.startup_id)
        .collect())
}

async fn startup_names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, ServiceError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    Ok(startup::Entity::find()
        .filter(startup::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect())
}

/// The board `me` works on, as of `now`.
pub async fn board(
    db: &DatabaseConnection,
    me: &SessionUser,
    now: DateTime<Utc>,
) -> Result<PipelineBoard, ServiceError> {
    let b = super::board_of(db, me).await?;
    // A firm-mate in conflict with a startup does not see the firm's card on it.
    let conflicted = crate::access::panel::startups_declared_or_own(db, me.id).await?;
    let cards: Vec<deal_card::Model> = deal_card::Entity::find()
        .filter(deal_card::Column::Board.eq(b.key.clone()))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| !conflicted.contains(&c.startup_id))
        .collect();
    let names = startup_names(db, cards.iter().map(|c| c.startup_id)).await?;
    let tasks = deal_task::Entity::find()
        .filter(deal_task::Column::CardId.is_in(cards.iter().map(|c| c.id)))
        .filter(deal_task::Column::Done.eq(false))
        .all(db)
        .await?;
    let today = now.date_naive();
    let mut open: HashMap<Uuid, (u32, u32)> = HashMap::new();
    for t in &tasks {
        let e = open.entry(t.card_id).or_default();
        e.0 += 1;
        if overdue(t.due_on, t.done, today) {
            e.1 += 1;
        }
    }
    let mut summaries: Vec<CardSummary> = cards
        .iter()
        .map(|c| {
            let (open_tasks, overdue_tasks) = open.get(&c.id).copied().unwrap_or_default();
            CardSummary {
                id: c.id,
                startup_id: c.startup_id,
                startup_name: names.get(&c.startup_id).cloned().unwrap_or_default(),
                stage: c.stage.0,
                passed: c.passed,
                shared: c.shared,
                open_tasks,
                overdue_tasks,
                stale: stale(c.place(), c.touched_at, now),
            }
        })
        .collect();
    summaries.sort_by(|a, b| {
        domain::text::sort_key(&a.startup_name)
            .cmp(&domain::text::sort_key(&b.startup_name))
            .then(a.id.cmp(&b.id))
    });
    let funnel = funnel(cards.iter().map(|c| FunnelCard {
        furthest: c.furthest.0,
        place: c.place(),
    }));
    let on_board: HashSet<Uuid> = cards.iter().map(|c| c.startup_id).collect();
    let offered: Vec<(Uuid, Source)> = pickable(db, me, None)
        .await?
        .into_iter()
        .filter(|(id, _)| !on_board.contains(id) && !conflicted.contains(id))
        .collect();
    let offered_names = startup_names(db, offered.iter().map(|(id, _)| *id)).await?;
    let mut candidates: Vec<Candidate> = offered
        .into_iter()
        .filter_map(|(id, source)| {
            Some(Candidate {
                startup_id: id,
                name: offered_names.get(&id)?.clone(),
                source,
            })
        })
        .collect();
    candidates.sort_by_key(|c| domain::text::sort_key(&c.name));
    let shortlist_to_add = candidates
        .iter()
        .filter(|c| c.source == Source::Shortlist)
        .count() as u32;
    let columns = Stage::ALL
        .iter()
        .map(|&stage| {
            let cards = summaries
                .iter()
                .filter(|c| !c.passed && c.stage == stage)
                .cloned()
                .collect();
            (stage, cards)
        })
        .collect();
    let passed = summaries.into_iter().filter(|c| c.passed).collect();
    Ok(PipelineBoard {
        firm: b.firm,
        columns,
        passed,
        funnel,
        candidates,
        shortlist_to_add,
    })
}

/// Puts `startup_id` on `me`'s board (at "sourced"), recording where it came from; a
/// startup already there keeps its card. Returns the card's id. A startup `me` may not
/// see is "not found"; `None` means nothing was chosen.
pub async fn add(
    db: &DatabaseConnection,
    me: &SessionUser,
    startup_id: Option<Uuid>,
) -> Result<Uuid, ServiceError> {
    let b = super::board_of(db, me).await?;
    let startup_id =
        startup_id.ok_or_else(|| invalid("startup", PipelineProblem::StartupRequired))?;
    let source = *pickable(db, me, Some(startup_id))
        .await?
        .get(&startup_id)
        .ok_or(ServiceError::NotFound)?;
    let txn = begin_write(db).await?;
    let id = match existing(&txn, &b, startup_id).await? {
        Some(id) => id,
        None => match insert(&txn, me, &b, startup_id, source).await {
            Ok(id) => id,
            // Another member added it a moment ago: theirs is the card.
            Err(ServiceError::Db(e)) if is_unique_violation(&e) => {
                txn.rollback().await?;
                return existing(db, &b, startup_id)
                    .await?
                    .ok_or(ServiceError::NotFound);
            }
            Err(e) => return Err(e),
        },
    };
    txn.commit().await?;
    Ok(id)
}

async fn existing(
    db: &impl ConnectionTrait,
    b: &Board,
    startup_id: Uuid,
) -> Result<Option<Uuid>, ServiceError> {
    Ok(deal_card::Entity::find()
        .filter(deal_card::Column::Board.eq(b.key.clone()))
        .filter(deal_card::Column::StartupId.eq(startup_id))
        .one(db)
        .await?
        .map(|c| c.id))
}

async fn insert(
    db: &impl ConnectionTrait,
    me: &SessionUser,
    b: &Board,
    startup_id: Uuid,
    source: Source,
) -> Result<Uuid, ServiceError> {
    let now = Utc::now();
    let id = Uuid::new_v4();
    deal_card::ActiveModel {
        id: Set(id),
        board: Set(b.key.clone()),
        startup_id: Set(startup_id),
        stage: Set(Coded(Stage::Sourced)),
        furthest: Set(Coded(Stage::Sourced)),
        passed: Set(false),
        pass_reason: Set(String::new()),
        shared: Set(false),
        source: Set(Coded(source)),
        created_by: Set(me.id),
        created_at: Set(now),
        touched_at: Set(now),
    }
    .insert(db)
    .await?;
    history(db, id, me.id, Event::Added, None, Stage::Sourced, "", now).await?;
    Ok(id)
}

#[allow(clippy::too_many_arguments)]
async fn history(
    db: &impl ConnectionTrait,
    card_id: Uuid,
    by: Uuid,
    event: Event,
    from: Option<Stage>,
    to: Stage,
    reason: &str,
    at: DateTime<Utc>,
) -> Result<(), ServiceError> {
    deal_move::ActiveModel {
        id: Set(Uuid::new_v4()),
        card_id: Set(card_id),
        at: Set(at),
        by_user: Set(by),
        event: Set(Coded(event)),
        from_stage: Set(from.map(Coded)),
        to_stage: Set(Coded(to)),
        reason: Set(reason.to_string()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Adds every shortlisted startup (starred, interested, want a meeting) not yet on the
/// board; answers how many were added.
pub async fn add_shortlist(db: &DatabaseConnection, me: &SessionUser) -> Result<u32, ServiceError> {
    let b = super::board_of(db, me).await?;
    let wanted: Vec<Uuid> = pickable(db, me, None)
        .await?
        .into_iter()
        .filter(|(_, s)| *s == Source::Shortlist)
        .map(|(id, _)| id)
        .collect();
    let mut added = 0;
    let txn = begin_write(db).await?;
    for startup_id in wanted {
        if existing(&txn, &b, startup_id).await?.is_none() {
            insert(&txn, me, &b, startup_id, Source::Shortlist).await?;
            added += 1;
        }
    }
    txn.commit().await?;
    Ok(added)
}

/// Moves a card: `raw_target` is a stage's code or `passed`, `raw_reason` the reason
/// (needed for a pass and a move back by two stages or more). Returns its new place.
pub async fn move_card(
    db: &DatabaseConnection,
    me: &SessionUser,
    card_id: Uuid,
    raw_target: &str,
    raw_reason: &str,
) -> Result<Place, ServiceError> {
    card_of(db, me, card_id).await?;
    count_change(db, me).await?;
    let target = Target::parse(raw_target).map_err(|p| invalid("stage", p))?;
    let why = reason(raw_reason).map_err(|p| invalid("reason", p))?;
    let txn = begin_write(db).await?;
    // Read again under the write lock: a member may have moved it a moment ago.
    let (card, _) = card_of(&txn, me, card_id).await?;
    let from = card.place();
    let to = after(from, target, &why).map_err(|r| match r {
        Refused::Problem(p) => invalid("reason", p),
        Refused::Clash(c) => clash(c),
    })?;
    let now = Utc::now();
    let mut row: deal_card::ActiveModel = card.clone().into();
    row.stage = Set(Coded(to.stage));
    row.furthest = Set(Coded(card.furthest.0.max(to.stage)));
    row.passed = Set(to.passed);
    row.pass_reason = Set(if to.passed {
        why.clone()
    } else {
        String::new()
    });
    row.touched_at = Set(now);
    row.update(&txn).await?;
    let event = if to.passed {
        Event::Passed
    } else {
        Event::Moved
    };
    history(
        &txn,
        card.id,
        me.id,
        event,
        Some(from.stage),
        to.stage,
        &why,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(to)
}

/// Counts one change to a card against the investor's hourly allowance.
pub(super) async fn count_change(
    db: &DatabaseConnection,
    me: &SessionUser,
) -> Result<(), ServiceError> {
    crate::platform::rate_limits::hit(
        db,
        &format!("pipeline-change:{}", me.id),
        crate::platform::rate_limits::PIPELINE_CHANGES_PER_USER,
    )
    .await
}

/// Brings a passed card back, active, at the stage it died at.
pub async fn revive(
    db: &DatabaseConnection,
    me: &SessionUser,
    card_id: Uuid,
) -> Result<Place, ServiceError> {
    card_of(db, me, card_id).await?;
    count_change(db, me).await?;
    let txn = begin_write(db).await?;
    let (card, _) = card_of(&txn, me, card_id).await?;
    let to = revived(card.place()).map_err(clash)?;
    let now = Utc::now();
    let mut row: deal_card::ActiveModel = card.clone().into();
    row.passed = Set(false);
    row.pass_reason = Set(String::new());
    row.touched_at = Set(now);
    row.update(&txn).await?;
    history(
        &txn,
        card.id,
        me.id,
        Event::Revived,
        Some(card.stage.0),
        to.stage,
        "",
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(to)
}

/// One card's page for a member of its board, as of `now`.
pub async fn card(
    db: &DatabaseConnection,
    me: &SessionUser,
    card_id: Uuid,
    now: DateTime<Utc>,
) -> Result<PipelineCard, ServiceError> {
    let (card, b) = card_of(db, me, card_id).await?;
    let company = startup::Entity::find_by_id(card.startup_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let pitches = submission::Entity::find()
        .filter(submission::Column::StartupId.eq(company.id))
        .all(db)
        .await?;
    let public = company.showcase && pitches.iter().any(|p| p.status() == Status::Accepted);
    let editions: HashMap<Uuid, String> = edition::Entity::find()
        .filter(edition::Column::Id.is_in(pitches.iter().map(|p| p.edition_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    let by_pitch: HashMap<Uuid, &submission::Model> = pitches.iter().map(|p| (p.id, p)).collect();
    let scores = review::Entity::find()
        .filter(review::Column::InvestorId.eq(me.id))
        .filter(review::Column::SubmissionId.is_in(pitches.iter().map(|p| p.id)))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| {
            let p = by_pitch.get(&r.submission_id)?;
            Some(MyScore {
                submission_id: p.id,
                pitch_title: p.title.clone(),
                edition_name: editions.get(&p.edition_id).cloned().unwrap_or_default(),
                weighted: r.weighted,
                recommendation: r.recommendation.0,
            })
        })
        .collect();
    // The schedule people see is the released one (staff's unreleased moves stay
    // theirs); whether a meeting was held is the live check-in.
    let checks: HashMap<Uuid, Option<CheckIn>> = meeting::Entity::find()
        .filter(meeting::Column::InvestorId.eq(me.id))
        .filter(meeting::Column::StartupId.eq(company.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.request_id, m.investor_check.map(|c| c.0)))
        .collect();
    let meetings = released_meeting::Entity::find()
        .filter(released_meeting::Column::InvestorId.eq(me.id))
        .filter(released_meeting::Column::StartupId.eq(company.id))
        .order_by_asc(released_meeting::Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(|m| MyMeeting {
            starts_at: m.starts_at,
            held: checks.get(&m.request_id).copied().flatten(),
        })
        .collect();
    let notes = deal_note::Entity::find()
        .filter(deal_note::Column::CardId.eq(card.id))
        .order_by_desc(deal_note::Column::CreatedAt)
        .all(db)
        .await?;
    let tasks = deal_task::Entity::find()
        .filter(deal_task::Column::CardId.eq(card.id))
        .order_by_asc(deal_task::Column::Done)
        .order_by_asc(deal_task::Column::DueOn)
        .all(db)
        .await?;
    let moves = deal_move::Entity::find()
        .filter(deal_move::Column::CardId.eq(card.id))
        .order_by_asc(deal_move::Column::At)
        .all(db)
        .await?;
    let who = names(
        db,
        notes
            .iter()
            .map(|n| n.author)
            .chain(tasks.iter().map(|t| t.owner))
            .chain(moves.iter().map(|m| m.by_user)),
    )
    .await?;
    let name = |id: &Uuid| who.get(id).cloned().unwrap_or_default();
    let today = now.date_naive();
    Ok(PipelineCard {
        id: card.id,
        startup_id: company.id,
        startup_name: company.name,
        one_liner: company.one_liner,
        public,
        stage: card.stage.0,
        passed: card.passed,
        pass_reason: card.pass_reason,
        shared: card.shared,
        source: card.source.0,
        scores,
        meetings,
        notes: notes
            .into_iter()
            .map(|n| NoteRow {
                author: name(&n.author),
                at: n.created_at,
                body: n.body,
            })
            .collect(),
        tasks: tasks
            .into_iter()
            .map(|t| TaskRow {
                id: t.id,
                overdue: overdue(t.due_on, t.done, today),
                owner: name(&t.owner),
                title: t.title,
                due_on: t.due_on,
                done: t.done,
            })
            .collect(),
        history: moves
            .into_iter()
            .map(|m| MoveRow {
                at: m.at,
                by: name(&m.by_user),
                event: m.event.0,
                from: m.from_stage.map(|s| s.0),
                to: m.to_stage.0,
                reason: m.reason,
            })
            .collect(),
        members: members(db, &b)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect(),
        me: me.id,
    })
}

/// Touches a card after a note or task change (shared with `notes` and `tasks`).
pub(super) async fn worked_on(
    db: &impl ConnectionTrait,
    card: &deal_card::Model,
) -> Result<(), ServiceError> {
    touch(db, card, Utc::now()).await
}
