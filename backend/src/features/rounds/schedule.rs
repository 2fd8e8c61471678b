//! The draft schedule: read from its rows into `domain::schedule`'s indices, checked,
//! solved, and written back. Staff see it as a board; the solver's proposal is shown as
//! a diff and applied only if the draft is still the one it was computed from.

use super::setup::sessions_of;
use crate::access::panel::{declined, Judge, Panel, Pitch};
use crate::db::begin_write;
use crate::lookup::editions::{chosen_or_current, zone};
use crate::model::{
    availability_window, blocked_time, edition, judge_availability, pitch_session, room,
    schedule_panel, schedule_placement, schedule_rule_level, startup_member, track, user,
};
use crate::platform::audit;
use crate::ServiceError;
use chrono::Utc;
use domain::code::Code;
use domain::problem::Clash;
use domain::schedule::{
    self, check, diff, warnings, Instance, Level, Placement, Rule, Schedule, Seat,
};
use domain::submission::{Status, Window};
use domain::text::sort_key;
use domain::Problem;
use sea_orm::{entity::prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder};
use std::collections::{BTreeMap, HashMap, HashSet};
use wire::{
    BoardFounder, BoardJudge, BoardPitch, BoardSeat, BoardSession, BoardSlot, ScheduleBoard,
    SolveProposal, VersionRow,
};

/// The draft as the solver and the checker see it, with the rows behind each index.
pub(super) struct Draft {
    pub edition: edition::Model,
    pub tracks: Vec<track::Model>,
    pub sessions: Vec<pitch_session::Model>,
    pub rooms: HashMap<Uuid, String>,
    pub pitches: Vec<Pitch>,
    pub judges: Vec<Judge>,
    pub instance: Instance,
    /// Row id → index, built once: every look-up inside a loop is O(1).
    session_at: HashMap<Uuid, usize>,
    pitch_at: HashMap<Uuid, usize>,
    judge_at: HashMap<Uuid, usize>,
}

/// Each id's position in `items`.
fn index_by<T>(items: &[T], id: impl Fn(&T) -> Uuid) -> HashMap<Uuid, usize> {
    items.iter().enumerate().map(|(i, x)| (id(x), i)).collect()
}

impl Draft {
    fn session_index(&self, id: Uuid) -> Option<usize> {
        self.session_at.get(&id).copied()
    }

    fn pitch_index(&self, submission_id: Uuid) -> Option<usize> {
        self.pitch_at.get(&submission_id).copied()
    }

    fn judge_index(&self, investor_id: Uuid) -> Option<usize> {
        self.judge_at.get(&investor_id).copied()
    }

    /// A stable name for the facts: the same draft gives the same name on any server.
    fn fingerprint(&self) -> String {
        // FNV-1a over the instance's debug text: no per-process random seed.
        let text = format!("{:?}", self.instance);
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{hash:016x}")
    }
}

pub(super) async fn load_draft(
    db: &impl ConnectionTrait,
    e: edition::Model,
) -> Result<Draft, ServiceError> {
    let tracks = track::Entity::find()
        .filter(track::Column::EditionId.eq(e.id))
        .order_by_asc(track::Column::Position)
        .all(db)
        .await?;
    let sessions = sessions_of(db, e.id).await?;
    let rooms: HashMap<Uuid, String> = room::Entity::find()
        .filter(room::Column::EditionId.eq(e.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.name))
        .collect();
    // Teams that declined stay in the instance, marked: the solver gives them no slot and
    // the checker flags a slot they still hold (placed before they answered).
    let panel = Panel::load(db, e.id, &[Status::Accepted]).await?;
    let declined = declined(db, panel.pitches.iter().map(|p| p.submission.id)).await?;
    let mut order: Vec<usize> = (0..panel.pitches.len()).collect();
    order.sort_by_cached_key(|&i| {
        let p = &panel.pitches[i];
        (sort_key(&p.startup.name), p.submission.id)
    });
    // Conflicts by the panel's own order, before the pitches are reordered.
    let mut conflicted: Vec<(Uuid, Uuid)> = Vec::new();
    for p in &panel.pitches {
        for j in &panel.judges {
            if panel.conflict(p, j).is_some() {
                conflicted.push((j.id, p.submission.id));
            }
        }
    }
    let Panel {
        judges, pitches, ..
    } = panel;
    let mut slots: Vec<Option<Pitch>> = pitches.into_iter().map(Some).collect();
    let pitches: Vec<Pitch> = order.iter().filter_map(|&i| slots[i].take()).collect();

    let startup_ids: Vec<Uuid> = pitches.iter().map(|p| p.startup.id).collect();
    let members = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.is_in(startup_ids))
        .all(db)
        .await?;
    let windows = availability_window::Entity::find()
        .filter(
            availability_window::Column::SubmissionId
                .is_in(pitches.iter().map(|p| p.submission.id)),
        )
        .all(db)
        .await?;
    let placements = schedule_placement::Entity::find()
        .filter(schedule_placement::Column::EditionId.eq(e.id))
        .all(db)
        .await?;
    let seats = schedule_panel::Entity::find()
        .filter(schedule_panel::Column::EditionId.eq(e.id))
        .all(db)
        .await?;
    let availability: HashMap<Uuid, judge_availability::Model> = judge_availability::Entity::find()
        .filter(judge_availability::Column::EditionId.eq(e.id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.investor_id, a))
        .collect();
    let blocks = blocked_time::Entity::find()
        .filter(blocked_time::Column::EditionId.eq(e.id))
        .all(db)
        .await?;

    // People: every judge and founder by their account, one index each.
    let mut people: BTreeMap<Uuid, usize> = BTreeMap::new();
    let mut person = |id: Uuid| {
        let next = people.len();
        *people.entry(id).or_insert(next)
    };
    let track_at = index_by(&tracks, |t| t.id);
    let session_at = index_by(&sessions, |s| s.id);
    let track_index = |id: Uuid| track_at.get(&id).copied();
    // Founders, availability and block-outs grouped once by their owner, in row order.
    let mut founders_of: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for m in &members {
        founders_of.entry(m.startup_id).or_default().push(m.user_id);
    }
    let mut blocks_of: HashMap<Uuid, Vec<Window>> = HashMap::new();
    for b in &blocks {
        blocks_of.entry(b.user_id).or_default().push(Window {
            starts_at: b.starts_at,
            ends_at: b.ends_at,
        });
    }
    let instance_sessions = sessions
        .iter()
        .map(|s| schedule::Session {
            span: s.span(),
            track: s.track_id.and_then(track_index),
            slots: s.slots(),
            panel_min: usize::try_from(s.panel_min).unwrap_or(0),
            panel_max: usize::try_from(s.panel_max).unwrap_or(0),
        })
        .collect();
    let mut windows_by_pitch: HashMap<(Uuid, bool), Vec<Window>> = HashMap::new();
    for w in &windows {
        windows_by_pitch
            .entry((w.submission_id, w.preferred))
            .or_default()
            .push(Window {
                starts_at: w.starts_at,
                ends_at: w.ends_at,
            });
    }
    let windows_of = |submission: Uuid, preferred: bool| {
        windows_by_pitch
            .get(&(submission, preferred))
            .cloned()
            .unwrap_or_default()
    };
    let instance_startups = pitches
        .iter()
        .map(|p| schedule::Startup {
            // A track that is gone matches no session: reported, not guessed.
            track: track_index(p.submission.track_id).unwrap_or(usize::MAX),
            founders: founders_of
                .get(&p.startup.id)
                .map(|ids| ids.iter().map(|&id| person(id)).collect())
                .unwrap_or_default(),
            availability: windows_of(p.submission.id, false),
            preferred: windows_of(p.submission.id, true),
            // A block-out of any founder keeps the whole team off the stage then.
            blocked: founders_of
                .get(&p.startup.id)
                .into_iter()
                .flatten()
                .filter_map(|id| blocks_of.get(id))
                .flatten()
                .copied()
                .collect(),
            declined: declined.contains(&p.submission.id),
        })
        .collect();
    let instance_judges = judges
        .iter()
        .map(|j| schedule::Judge {
            person: person(j.id),
            availability: availability
                .get(&j.id)
                .map(|a| a.windows())
                .unwrap_or_default(),
            blocked: blocks_of.get(&j.id).cloned().unwrap_or_default(),
            preferred_sessions: availability
                .get(&j.id)
                .map(|a| {
                    a.preferred()
                        .iter()
                        .filter_map(|id| session_at.get(id).copied())
                        .collect()
                })
                .unwrap_or_default(),
            // Thesis fit with a track: the judge lists it among their sectors.
            fit: tracks
                .iter()
                .map(|t| {
                    let wanted = sort_key(&t.name);
                    i32::from(j.sectors.iter().any(|s| sort_key(s) == wanted)) * 2
                })
                .collect(),
        })
        .collect();
    let mut draft = Draft {
        pitch_at: index_by(&pitches, |p| p.submission.id),
        judge_at: index_by(&judges, |j| j.id),
        session_at,
        edition: e,
        tracks,
        sessions,
        rooms,
        pitches,
        judges,
        instance: Instance::default(),
    };
    let conflicts = conflicted
        .iter()
        .filter_map(|&(j, s)| Some((draft.judge_index(j)?, draft.pitch_index(s)?)))
        .collect();
    let mut current = Schedule::default();
    for p in &placements {
        if let (Some(startup), Some(session)) = (
            draft.pitch_index(p.submission_id),
            draft.session_index(p.session_id),
        ) {
            current.placements.push(Placement {
                startup,
                session,
                slot: usize::try_from(p.slot).unwrap_or(usize::MAX),
                locked: p.locked,
            });
        }
    }
    for s in &seats {
        if let (Some(judge), Some(session)) = (
            draft.judge_index(s.investor_id),
            draft.session_index(s.session_id),
        ) {
            current.seats.push(Seat {
                judge,
                session,
                locked: s.locked,
            });
        }
    }
    draft.instance = Instance {
        sessions: instance_sessions,
        startups: instance_startups,
        judges: instance_judges,
        conflicts,
        current: current.sorted(),
    };
    Ok(draft)
}

fn board_of(
    draft: &Draft,
    proposal: Option<SolveProposal>,
    versions: Vec<VersionRow>,
) -> ScheduleBoard {
    let tz = zone(&draft.edition);
    let clock = |at: chrono::DateTime<Utc>| at.with_timezone(&tz).format("%H:%M").to_string();
    let current = &draft.instance.current;
    let track_names: HashMap<Uuid, &str> = draft
        .tracks
        .iter()
        .map(|t| (t.id, t.name.as_str()))
        .collect();
    let track_name =
        |id: Option<Uuid>| id.and_then(|id| track_names.get(&id).map(|n| String::from(*n)));
    // Who is in each slot and on each panel, read once (not per slot or per session).
    let in_slot: HashMap<(usize, usize), &Placement> = current
        .placements
        .iter()
        .map(|p| ((p.session, p.slot), p))
        .collect();
    let mut panels: HashMap<usize, Vec<BoardSeat>> = HashMap::new();
    for seat in &current.seats {
        panels.entry(seat.session).or_default().push(BoardSeat {
            judge: seat.judge,
            locked: seat.locked,
        });
    }
    let placed: std::collections::HashSet<usize> =
        current.placements.iter().map(|p| p.startup).collect();
    let sessions = draft
        .sessions
        .iter()
        .enumerate()
        .map(|(si, s)| BoardSession {
            id: s.id,
            title: s.title.clone(),
            track: track_name(s.track_id),
            room: draft.rooms.get(&s.room_id).cloned().unwrap_or_default(),
            day: s.starts_at.with_timezone(&tz).date_naive(),
            starts: clock(s.starts_at),
            ends: clock(s.ends_at),
            panel_min: usize::try_from(s.panel_min).unwrap_or(0),
            panel_max: usize::try_from(s.panel_max).unwrap_or(0),
            slots: draft.instance.sessions[si]
                .slots
                .iter()
                .enumerate()
                .map(|(slot, w)| {
                    let here = in_slot.get(&(si, slot));
                    BoardSlot {
                        starts: clock(w.starts_at),
                        ends: clock(w.ends_at),
                        pitch: here.map(|p| p.startup),
                        locked: here.is_some_and(|p| p.locked),
                    }
                })
                .collect(),
            panel: panels.remove(&si).unwrap_or_default(),
        })
        .collect();
    // A team that declined is left out on purpose, not waiting for a slot.
    let unplaced = (0..draft.pitches.len())
        .filter(|i| !placed.contains(i))
        .filter(|&i| draft.instance.startups.get(i).is_none_or(|s| !s.declined))
        .collect();
    ScheduleBoard {
        edition_id: draft.edition.id,
        edition_name: draft.edition.name.clone(),
        time_zone: draft.edition.time_zone.clone(),
        tracks: draft.tracks.iter().map(|t| t.name.clone()).collect(),
        pitches: draft
            .pitches
            .iter()
            .map(|p| BoardPitch {
                submission_id: p.submission.id,
                startup: p.startup.name.clone(),
                track: p.track.clone(),
            })
            .collect(),
        judges: draft
            .judges
            .iter()
            .map(|j| BoardJudge {
                investor_id: j.id,
                name: j.name.clone(),
            })
            .collect(),
        sessions,
        unplaced,
        breaches: check(&draft.instance, current),
        warnings: warnings(&draft.instance, current),
        proposal,
        versions,
        blocked: Vec::new(),
        founders: Vec::new(),
        levels: Vec::new(),
    }
}

/// The draft of `wanted` (or the current edition), checked; with `solve`, also what the
/// solver proposes, as changes to accept or discard.
pub async fn board(
    db: &DatabaseConnection,
    wanted: Option<Uuid>,
    solve: bool,
) -> Result<ScheduleBoard, ServiceError> {
    let e = chosen_or_current(db, wanted).await?;
    let draft = load_draft(db, e).await?;
    let proposal = solve.then(|| {
        let solution = schedule::solve(&draft.instance);
        // Teams that declined are left out on purpose: counted neither way.
        let all = &draft.instance.startups;
        let startups = all.iter().filter(|s| !s.declined).count();
        let placed: HashSet<usize> = solution
            .schedule
            .placements
            .iter()
            .filter(|p| all.get(p.startup).is_some_and(|s| !s.declined))
            .map(|p| p.startup)
            .collect();
        let wishes = all
            .iter()
            .filter(|s| !s.declined && !s.preferred.is_empty())
            .count();
        let declined_wishes = all
            .iter()
            .filter(|s| s.declined && !s.preferred.is_empty())
            .count();
        let misses = solution
            .objective
            .preferred_time_misses
            .saturating_sub(declined_wishes);
        SolveProposal {
            placed: placed.len(),
            startups,
            wishes_met: wishes.saturating_sub(misses),
            wishes,
            changes: diff(&draft.instance.current, &solution.schedule),
            unplaced: solution.unplaced,
            short_panels: solution.short_panels,
            fingerprint: draft.fingerprint(),
            objective: solution.objective.total,
            bound: solution.bound.total(),
        }
    });
    let versions = super::release::versions(db, draft.edition.id).await?;
    let blocked = super::availability::blocked(db, &draft.edition).await?;
    let levels = levels(db, draft.edition.id).await?;
    let mut board = board_of(&draft, proposal, versions);
    board.blocked = blocked;
    board.founders = founders_of_pitches(db, &draft).await?;
    // Warnings staff chose to ignore are not shown.
    board.warnings.retain(|w| {
        levels
            .iter()
            .find(|(rule, _)| *rule == w.rule())
            .is_none_or(|(_, level)| *level != Level::Ignore)
    });
    board.levels = levels;
    Ok(board)
}

/// Founders of the draft's pitches, in name order, each with their startup.
async fn founders_of_pitches(
    db: &impl ConnectionTrait,
    draft: &Draft,
) -> Result<Vec<BoardFounder>, ServiceError> {
    let startups: HashMap<Uuid, &str> = draft
        .pitches
        .iter()
        .map(|p| (p.startup.id, p.startup.name.as_str()))
        .collect();
    let members = startup_member::Entity::find()
        .filter(startup_member::Column::StartupId.is_in(startups.keys().copied()))
        .all(db)
        .await?;
    let names: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(members.iter().map(|m| m.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let mut founders: Vec<BoardFounder> = members
        .iter()
        .filter_map(|m| {
            Some(BoardFounder {
                user_id: m.user_id,
                name: names.get(&m.user_id)?.clone(),
                startup: String::from(*startups.get(&m.startup_id)?),
            })
        })
        .collect();
    founders.sort_by_cached_key(|f| (sort_key(&f.name), sort_key(&f.startup)));
    Ok(founders)
}

/// The edition's level for each soft rule (staff's choice, else the rule's default).
pub async fn levels(
    db: &impl ConnectionTrait,
    edition_id: Uuid,
) -> Result<Vec<(Rule, Level)>, ServiceError> {
    let chosen: HashMap<String, String> = schedule_rule_level::Entity::find()
        .filter(schedule_rule_level::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.rule, r.level))
        .collect();
    Ok(Rule::SOFT
        .iter()
        .map(|&rule| {
            let level = chosen
                .get(rule.as_str())
                .and_then(|l| Level::from_code(l))
                .unwrap_or(rule.default_level());
            (rule, level)
        })
        .collect())
}

/// Sets the levels of soft rules; a hard rule always blocks release and is not listed.
pub async fn set_levels(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    chosen: &[(Rule, Level)],
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    for &(rule, level) in chosen.iter().filter(|(r, _)| !r.is_hard()) {
        schedule_rule_level::Entity::delete_by_id((edition_id, rule.as_str().to_string()))
            .exec(&txn)
            .await?;
        schedule_rule_level::ActiveModel {
            edition_id: Set(edition_id),
            rule: Set(rule.as_str().to_string()),
            level: Set(level.as_str().to_string()),
        }
        .insert(&txn)
        .await?;
    }
    let detail = chosen
        .iter()
        .map(|(r, l)| format!("{}={}", r.as_str(), l.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    audit::record(
        &txn,
        Some(actor),
        "schedule.levels",
        &format!("edition:{edition_id}"),
        &detail,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Replaces the draft with the solver's schedule, if the draft is still the one the
/// proposal (named by `fingerprint`) was computed from.
pub async fn apply_solve(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    fingerprint: &str,
) -> Result<usize, ServiceError> {
    let txn = begin_write(db).await?;
    let e = edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let draft = load_draft(&txn, e).await?;
    if draft.fingerprint() != fingerprint {
        return Err(ServiceError::Conflict(Clash::ScheduleChanged));
    }
    let solution = schedule::solve(&draft.instance);
    let changes = diff(&draft.instance.current, &solution.schedule);
    write(&txn, &draft, &solution.schedule).await?;
    audit::record(
        &txn,
        Some(actor),
        "schedule.solve",
        &format!("edition:{edition_id}"),
        &format!(
            "changes={} unplaced={}",
            changes.len(),
            solution.unplaced.len()
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(changes.len())
}

/// Writes `schedule` as the draft of `draft`'s edition, replacing every row.
async fn write(
    db: &impl ConnectionTrait,
    draft: &Draft,
    schedule: &Schedule,
) -> Result<(), ServiceError> {
    let edition_id = draft.edition.id;
    schedule_placement::Entity::delete_many()
        .filter(schedule_placement::Column::EditionId.eq(edition_id))
        .exec(db)
        .await?;
    schedule_panel::Entity::delete_many()
        .filter(schedule_panel::Column::EditionId.eq(edition_id))
        .exec(db)
        .await?;
    let now = Utc::now();
    for p in &schedule.placements {
        let (Some(pitch), Some(session)) =
            (draft.pitches.get(p.startup), draft.sessions.get(p.session))
        else {
            continue;
        };
        schedule_placement::ActiveModel {
            submission_id: Set(pitch.submission.id),
            edition_id: Set(edition_id),
            session_id: Set(session.id),
            slot: Set(i32::try_from(p.slot).unwrap_or(i32::MAX)),
            locked: Set(p.locked),
            updated_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    for s in &schedule.seats {
        let (Some(judge), Some(session)) =
            (draft.judges.get(s.judge), draft.sessions.get(s.session))
        else {
            continue;
        };
        schedule_panel::ActiveModel {
            session_id: Set(session.id),
            investor_id: Set(judge.id),
            edition_id: Set(edition_id),
            locked: Set(s.locked),
            updated_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// A hand edit of the draft, as staff make it on the board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Put a pitch in `(session, slot)`, locked there or not, or take it out of the
    /// schedule (`None`).
    Place {
        submission_id: Uuid,
        to: Option<(Uuid, usize)>,
        locked: bool,
    },
    /// Seat a judge on a session's panel, or take them off.
    Seat {
        investor_id: Uuid,
        session_id: Uuid,
        seated: bool,
    },
    /// Lock or unlock a pitch's place (a re-solve keeps a locked one).
    LockPlacement { submission_id: Uuid, locked: bool },
    LockSeat {
        investor_id: Uuid,
        session_id: Uuid,
        locked: bool,
    },
}

/// Applies one hand edit. An edit that breaks a hard rule the draft did not already
/// break is refused with the rule, unless staff `override_rules`: then it is saved and
/// the override is in the audit log.
pub async fn edit(
    db: &DatabaseConnection,
    actor: Uuid,
    edition_id: Uuid,
    change: &Edit,
    override_rules: bool,
) -> Result<(), ServiceError> {
    let txn = begin_write(db).await?;
    let e = edition::Entity::find_by_id(edition_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let draft = load_draft(&txn, e).await?;
    let mut next = draft.instance.current.clone();
    match *change {
        Edit::Place {
            submission_id,
            to,
            locked,
        } => {
            let startup = draft
                .pitch_index(submission_id)
                .ok_or(ServiceError::NotFound)?;
            next.placements.retain(|p| p.startup != startup);
            if let Some((session_id, slot)) = to {
                let session = draft
                    .session_index(session_id)
                    .ok_or(ServiceError::NotFound)?;
                if slot >= draft.instance.sessions[session].slots.len() {
                    return Err(ServiceError::NotFound);
                }
                if let Some(other) = next
                    .placements
                    .iter()
                    .find(|p| p.session == session && p.slot == slot)
                {
                    let name = draft.pitches[other.startup].startup.name.clone();
                    return Err(ServiceError::field(
                        "slot",
                        Problem::SlotTaken { startup: name },
                    ));
                }
                next.placements.push(Placement {
                    startup,
                    session,
                    slot,
                    locked,
                });
            }
        }
        Edit::Seat {
            investor_id,
            session_id,
            seated,
        } => {
            let judge = draft
                .judge_index(investor_id)
                .ok_or(ServiceError::NotFound)?;
            let session = draft
                .session_index(session_id)
                .ok_or(ServiceError::NotFound)?;
            next.seats
                .retain(|s| !(s.judge == judge && s.session == session));
            if seated {
                next.seats.push(Seat {
                    judge,
                    session,
                    locked: false,
                });
            }
        }
        Edit::LockPlacement {
            submission_id,
            locked,
        } => {
            let startup = draft
                .pitch_index(submission_id)
                .ok_or(ServiceError::NotFound)?;
            let placed = next
                .placements
                .iter_mut()
                .find(|p| p.startup == startup)
                .ok_or(ServiceError::NotFound)?;
            placed.locked = locked;
        }
        Edit::LockSeat {
            investor_id,
            session_id,
            locked,
        } => {
            let judge = draft
                .judge_index(investor_id)
                .ok_or(ServiceError::NotFound)?;
            let session = draft
                .session_index(session_id)
                .ok_or(ServiceError::NotFound)?;
            let seat = next
                .seats
                .iter_mut()
                .find(|s| s.judge == judge && s.session == session)
                .ok_or(ServiceError::NotFound)?;
            seat.locked = locked;
        }
    }
    let next = next.sorted();
    let before = check(&draft.instance, &draft.instance.current);
    let new_breaches: Vec<_> = check(&draft.instance, &next)
        .into_iter()
        .filter(|b| !before.contains(b))
        // A panel still filling up is the normal state of a hand-built draft.
        .filter(|b| !matches!(b, schedule::Breach::PanelTooSmall { .. }))
        .collect();
    if !new_breaches.is_empty() && !override_rules {
        return Err(ServiceError::field(
            "override",
            Problem::BreaksRules {
                rules: {
                    let mut rules: Vec<_> = new_breaches.iter().map(|b| b.rule()).collect();
                    rules.dedup();
                    rules
                },
            },
        ));
    }
    write(&txn, &draft, &next).await?;
    let action = if new_breaches.is_empty() {
        "schedule.edit"
    } else {
        "schedule.override"
    };
    audit::record(
        &txn,
        Some(actor),
        action,
        &format!("edition:{edition_id}"),
        &format!("{change:?} breaches={:?}", new_breaches),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
