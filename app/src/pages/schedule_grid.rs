//! The staff schedule as a grid per day (rooms across, slot times down) and the one move
//! form of the page. The page stays linear in slots: the free slots are listed once, in
//! the move form, never once per startup; a cell links to that form with its startup
//! chosen. With JavaScript, `islands::schedule_drag` lets staff drag a card onto a free
//! cell through the same server function.

use crate::api::rounds::{PlacePitch, TAKE_OUT};
use crate::components::forms::FormError;
use crate::components::schedule_words::{self as words, Names};
use crate::error::AppError;
use crate::islands::schedule_drag::{DragWords, ScheduleDrag};
use crate::lang::{t, use_lang};
use chrono::NaiveDate;
use i18n::format::date;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use wire::ScheduleBoard;

/// Every free slot once, as (form value, "Session, 09:15").
fn free_slots(b: &ScheduleBoard, names: &Names<'_>) -> Vec<(String, String)> {
    b.sessions
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.slots
                .iter()
                .enumerate()
                .filter(|(_, slot)| slot.pitch.is_none())
                .map(move |(k, _)| (si, k, s.id))
        })
        .map(|(si, k, id)| (format!("{id}/{k}"), names.slot(si, k)))
        .collect()
}

/// One form for every move: the startup, then the free slot (or out of the schedule).
/// `chosen` preselects a startup (a cell's "Move…" link); after a refusal the server
/// brings back both choices, so "Save anyway" is one tick away.
#[component]
pub fn MoveForm(
    board: ScheduleBoard,
    action: ServerAction<PlacePitch>,
    error: Signal<Option<AppError>>,
    chosen: String,
) -> impl IntoView {
    let lang = use_lang();
    let names = Names::new(&board, lang);
    let free = free_slots(&board, &names);
    let kept = move |name: &str| error.get_untracked().and_then(|e| e.kept(name));
    let chosen = kept("submission").unwrap_or(chosen);
    let place = kept("place").unwrap_or_default();
    // A choice that is not offered (a stale link) leaves the placeholder selected, so the
    // browser never picks the first startup or slot on its own.
    let chosen_known = board
        .pitches
        .iter()
        .any(|p| p.submission_id.to_string() == chosen);
    let place_known = place == TAKE_OUT || free.iter().any(|(v, _)| *v == place);
    let field = move |name: &'static str| move || error.get().and_then(|e| e.field(name));
    view! {
        <section class="card" id="move-form" aria-labelledby="move-title">
            <h2 id="move-title">{t!(lang, "schedule-move-title")}</h2>
            <p class="hint">{t!(lang, "schedule-move-intro")}</p>
            <FormError error/>
            <ActionForm action attr:class="grid-form">
                <input type="hidden" name="edition" value=board.edition_id.to_string()/>
                <div class="field">
                    <label for="move-submission">{t!(lang, "schedule-move-startup")}</label>
                    <select id="move-submission" name="submission" required=true>
                        <option value="" disabled=true selected=!chosen_known>{t!(lang, "schedule-choose-startup")}</option>
                        {board.pitches.iter().map(|p| {
                            let id = p.submission_id.to_string();
                            let selected = id == chosen;
                            view! { <option value=id selected=selected>{p.startup.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="move-place">{t!(lang, "schedule-move-to")}</label>
                    <select id="move-place" name="place" required=true aria-describedby="move-place-error">
                        <option value="" disabled=true selected=!place_known>{t!(lang, "schedule-choose-slot")}</option>
                        {free.into_iter().map(|(v, text)| {
                            let selected = v == place;
                            view! { <option value=v selected=selected>{text}</option> }
                        }).collect_view()}
                        <option value=TAKE_OUT selected=place == TAKE_OUT>{t!(lang, "schedule-take-out")}</option>
                    </select>
                    <p class="field-error" id="move-place-error" role="alert">{field("slot")}</p>
                </div>
                <div class="field">
                    <label><input type="checkbox" name="lock"/> {t!(lang, "schedule-lock")}</label>
                    <label><input type="checkbox" name="override_rules"/> {t!(lang, "schedule-override")}</label>
                    <p class="field-error" role="alert">{field("override")}</p>
                </div>
                <div class="form-actions">
                    <button type="submit" class="button primary">{t!(lang, "schedule-apply")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

/// What a cell says about its startup: the rules it breaks and the warnings it has,
/// worded once per fact.
struct Marks {
    broken: HashMap<usize, Vec<String>>,
    warned: HashMap<usize, Vec<String>>,
}

impl Marks {
    fn of(b: &ScheduleBoard, names: &Names<'_>) -> Marks {
        let mut broken: HashMap<usize, Vec<String>> = HashMap::new();
        for x in &b.breaches {
            let text = words::breach(names, x);
            for s in x.startups() {
                broken.entry(s).or_default().push(text.clone());
            }
        }
        let mut warned: HashMap<usize, Vec<String>> = HashMap::new();
        for x in &b.warnings {
            if let Some(s) = x.placed_startup() {
                warned.entry(s).or_default().push(words::warning(names, x));
            }
        }
        Marks { broken, warned }
    }
}

/// One day's grid: the rooms that have a session that day, and every slot start time.
struct Day {
    day: NaiveDate,
    rooms: Vec<String>,
    times: Vec<String>,
    /// (room, start) → (session index, slot number).
    cells: HashMap<(String, String), (usize, usize)>,
}

fn days_of(b: &ScheduleBoard) -> Vec<Day> {
    let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for (si, s) in b.sessions.iter().enumerate() {
        by_day.entry(s.day).or_default().push(si);
    }
    by_day
        .into_iter()
        .map(|(day, sessions)| {
            // Rooms in the order their first session starts (sessions come in time order).
            let mut rooms: Vec<String> = Vec::new();
            let mut times = BTreeSet::new();
            let mut cells = HashMap::new();
            for &si in &sessions {
                let s = &b.sessions[si];
                if !rooms.contains(&s.room) {
                    rooms.push(s.room.clone());
                }
                for (k, slot) in s.slots.iter().enumerate() {
                    times.insert(slot.starts.clone());
                    cells.insert((s.room.clone(), slot.starts.clone()), (si, k));
                }
            }
            Day {
                day,
                rooms,
                times: times.into_iter().collect(),
                cells,
            }
        })
        .collect()
}

/// The grids, one per day with sessions, and the drag-and-drop island once for all.
#[component]
pub fn DayGrids(board: ScheduleBoard, action: ServerAction<PlacePitch>) -> impl IntoView {
    let lang = use_lang();
    let names = Names::new(&board, lang);
    let marks = Marks::of(&board, &names);
    let edition = board.edition_id;
    let words = DragWords {
        refused: t!(lang, "schedule-drag-refused"),
        save_anyway: t!(lang, "schedule-override"),
        cancel: t!(lang, "staff-cancel"),
        failed: t!(lang, "schedule-drag-failed"),
        moving: t!(lang, "schedule-drag-moving"),
    };
    let grids = days_of(&board)
        .into_iter()
        .map(|d| {
            let heading_id = format!("grid-{}", d.day);
            let labelled_by = heading_id.clone();
            let head = d
                .rooms
                .iter()
                .map(|r| view! { <th scope="col">{r.clone()}</th> })
                .collect_view();
            let rows = d
                .times
                .iter()
                .map(|time| {
                    let cells = d
                        .rooms
                        .iter()
                        .map(|room| match d.cells.get(&(room.clone(), time.clone())) {
                            None => view! { <td class="grid-cell none"></td> }.into_any(),
                            Some(&(si, k)) => cell(&board, &marks, action, si, k).into_any(),
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{time.clone()}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <section class="card" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{t!(lang, "schedule-grid-day", day = date(lang, d.day))}</h2>
                    <div class="table-wrap grid-wrap">
                        <table class="schedule-grid">
                            <thead><tr><th scope="col">{t!(lang, "schedule-time")}</th>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{t!(lang, "schedule-grid-hint")}</p>
        <ScheduleDrag edition=edition.to_string() words/>
        {grids}
    }
}

/// One slot: its startup's card (name, lock, marks, actions) or "Free" (a drop target).
fn cell(
    b: &ScheduleBoard,
    marks: &Marks,
    action: ServerAction<PlacePitch>,
    si: usize,
    k: usize,
) -> impl IntoView {
    let lang = use_lang();
    let s = &b.sessions[si];
    let slot = &s.slots[k];
    let place = format!("{}/{k}", s.id);
    let edition = b.edition_id;
    // The session's name on its first slot, and on every slot in a title.
    let title = format!("{} · {}–{}", s.title, slot.starts, slot.ends);
    let session = (k == 0).then(|| view! { <span class="grid-session">{s.title.clone()}</span> });
    let pitch = slot
        .pitch
        .and_then(|i| b.pitches.get(i).map(|p| (i, p.clone())));
    match pitch {
        None => view! {
            <td class="grid-cell free" data-drop=place title=title>
                {session}
                <span class="muted">{t!(lang, "schedule-free")}</span>
            </td>
        }
        .into_any(),
        Some((i, p)) => {
            let broken = marks.broken.get(&i).map(|x| x.join(" "));
            let warned = marks.warned.get(&i).map(|x| x.join(" "));
            let locked = slot.locked;
            let id = p.submission_id.to_string();
            view! {
                <td class="grid-cell filled" title=title>
                    {session}
                    <div class="grid-card" draggable="true" data-submission=id.clone() data-locked=locked.then_some("1")>
                        <strong>{p.startup.clone()}</strong>
                        {locked.then(|| view! { " " <span class="badge">{t!(lang, "schedule-locked")}</span> })}
                        {broken.map(|why| view! { " " <span class="badge badge-danger" title=why>{t!(lang, "schedule-mark-breach")}</span> })}
                        {warned.map(|why| view! { " " <span class="badge warn" title=why>{t!(lang, "schedule-mark-warning")}</span> })}
                    </div>
                    <div class="cell-actions">
                        <a href=format!("/staff/schedule?edition={edition}&move={id}#move-form") aria-label=t!(lang, "schedule-move-link-label", startup = p.startup.as_str())>{t!(lang, "schedule-move-link")}</a>
                        <ActionForm action attr:class="inline-form">
                            <input type="hidden" name="edition" value=edition.to_string()/>
                            <input type="hidden" name="submission" value=id/>
                            <input type="hidden" name="place" value=place/>
                            {(!locked).then(|| view! { <input type="hidden" name="lock" value="on"/> })}
                            <button type="submit" class="button link" aria-label=if locked { t!(lang, "schedule-unlock-label", startup = p.startup.as_str()) } else { t!(lang, "schedule-lock-label", startup = p.startup.as_str()) }>
                                {if locked { t!(lang, "schedule-unlock") } else { t!(lang, "schedule-lock-short") }}
                            </button>
                        </ActionForm>
                    </div>
                </td>
            }
            .into_any()
        }
    }
}
