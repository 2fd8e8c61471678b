//! Staff set up pitch rounds (rooms and sessions) and work the draft schedule: solve,
//! look at the proposal as a list of changes, accept it, move pitches and seat judges by
//! hand (every control is a plain form: it works without JavaScript and by keyboard).

use crate::api::rounds::{
    get_rounds, get_schedule, AcceptSolve, BlockPerson, DeleteRoom, DeleteSession, PlacePitch,
    ReleaseSchedule, SaveRoom, SaveRuleLevels, SaveSession, SeatJudge, UnblockPerson,
};
use crate::components::forms::{loaded, Field, FormError, SelectField, Submit, TextAreaField};
use crate::components::layout::RequireRole;
use crate::components::schedule_words::{self as words, Names};
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::schedule_grid::{DayGrids, MoveForm};
use crate::pages::showcase::query_value;
use domain::account::Role;
use i18n::format::date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{PitchSessionRow, RoundsSetup, ScheduleBoard};

fn uuid_of(raw: String) -> Option<Uuid> {
    Uuid::parse_str(raw.trim()).ok()
}

#[component]
pub fn RoundsPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let edition = query_value("edition");
    let setup = Resource::new(
        move || location.search.get(),
        move |_| get_rounds(uuid_of(edition())),
    );
    let editing = query_value("session");
    view! {
        <Title text=t!(lang, "nav-rounds")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "nav-rounds")}</h1>
                <p class="lead">{t!(lang, "rounds-lead")}</p>
            </header>
            <PageNotice/>
            {loaded(setup, move |s: RoundsSetup| {
                let edit = uuid_of(editing()).and_then(|id| s.sessions.iter().find(|r| r.id == id).cloned());
                view! {
                    <p class="muted">
                        {t!(lang, "rounds-edition", name = s.edition_name.as_str(), zone = i18n::format::zone_name(lang, &s.time_zone), first = date(lang, s.first_day), last = date(lang, s.last_day))}
                        " · " <A href=format!("/staff/schedule?edition={}", s.edition_id)>{t!(lang, "rounds-open-schedule")}</A>
                    </p>
                    <Rooms setup=s.clone()/>
                    <Sessions setup=s.clone()/>
                    <SessionForm setup=s session=edit/>
                }
            })}
        </RequireRole>
    }
}

#[component]
fn Rooms(setup: RoundsSetup) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveRoom>::new();
    let save_error = action_error(save);
    let remove = ServerAction::<DeleteRoom>::new();
    let remove_error = action_error(remove);
    let edition = setup.edition_id.to_string();
    view! {
        <section class="card" aria-labelledby="rooms-title">
            <h2 id="rooms-title">{t!(lang, "rounds-rooms")}</h2>
            <FormError error=remove_error/>
            {if setup.rooms.is_empty() {
                view! { <p>{t!(lang, "rounds-no-rooms")}</p> }.into_any()
            } else {
                let edition = edition.clone();
                view! {
                    <div class="table-wrap">
                        <table class="data stack-on-phone">
                            <thead><tr><th>{t!(lang, "rounds-room")}</th><th>{t!(lang, "rounds-capacity")}</th><th>{t!(lang, "rounds-sessions")}</th><th><span class="visually-hidden">{t!(lang, "rounds-actions")}</span></th></tr></thead>
                            <tbody>
                                {setup.rooms.clone().into_iter().map(|r| {
                                    let edition = edition.clone();
                                    view! {
                                        <tr>
                                            <td class="row-title">{r.name.clone()}</td>
                                            <td data-label=t!(lang, "rounds-capacity")>{r.capacity}</td>
                                            <td data-label=t!(lang, "rounds-sessions")>{r.sessions}</td>
                                            <td class="row-actions">
                                                <ActionForm action=remove attr:class="inline-form">
                                                    <input type="hidden" name="edition" value=edition/>
                                                    <input type="hidden" name="id" value=r.id.to_string()/>
                                                    <button type="submit" class="button link" aria-label=t!(lang, "rounds-remove-room", name = r.name.as_str())>{t!(lang, "rounds-remove")}</button>
                                                </ActionForm>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <h3>{t!(lang, "rounds-add-room")}</h3>
            <FormError error=save_error/>
            <ActionForm action=save attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=edition/>
                <Field label=t!(lang, "rounds-room-name") name="name" maxlength=80 required=true error=save_error/>
                <Field label=t!(lang, "rounds-capacity") name="capacity" kind="number" required=true error=save_error/>
                <div class="form-actions"><Submit label=t!(lang, "rounds-add-room") pending=save.pending()/></div>
            </ActionForm>
        </section>
    }
}

fn panel_text(lang: domain::lang::Lang, s: &PitchSessionRow) -> String {
    t!(
        lang,
        "rounds-panel-range",
        min = s.panel_min,
        max = s.panel_max
    )
}

#[component]
fn Sessions(setup: RoundsSetup) -> impl IntoView {
    let lang = use_lang();
    let remove = ServerAction::<DeleteSession>::new();
    let remove_error = action_error(remove);
    let edition = setup.edition_id;
    view! {
        <section class="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t!(lang, "rounds-sessions-title")}</h2>
            <FormError error=remove_error/>
            {if setup.sessions.is_empty() {
                view! { <p>{t!(lang, "rounds-no-sessions")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="data stack-on-phone">
                            <thead><tr>
                                <th>{t!(lang, "rounds-when")}</th><th>{t!(lang, "rounds-session")}</th><th>{t!(lang, "rounds-track")}</th>
                                <th>{t!(lang, "rounds-room")}</th><th>{t!(lang, "rounds-slots")}</th><th>{t!(lang, "rounds-panel")}</th>
                                <th><span class="visually-hidden">{t!(lang, "rounds-actions")}</span></th>
                            </tr></thead>
                            <tbody>
                                {setup.sessions.clone().into_iter().map(|s| view! {
                                    <tr>
                                        <td data-label=t!(lang, "rounds-when")>{date(lang, s.day)} " " {s.starts.clone()} "–" {s.ends.clone()}</td>
                                        <td class="row-title">{s.title.clone()}</td>
                                        <td data-label=t!(lang, "rounds-track")>{s.track.clone().unwrap_or_else(|| t!(lang, "rounds-mixed"))}</td>
                                        <td data-label=t!(lang, "rounds-room")>{s.room.clone()}</td>
                                        <td data-label=t!(lang, "rounds-slots")>{t!(lang, "rounds-slots-used", used = s.pitches, slots = s.slots)}</td>
                                        <td data-label=t!(lang, "rounds-panel")>{panel_text(lang, &s)}</td>
                                        <td class="row-actions">
                                            <A href=format!("/staff/rounds?edition={edition}&session={}#session-form", s.id)>{t!(lang, "rounds-edit")}</A>
                                            " " <A href=format!("/staff/live/{}", s.id)>{t!(lang, "live-run-link")}</A>
                                            <ActionForm action=remove attr:class="inline-form">
                                                <input type="hidden" name="edition" value=edition.to_string()/>
                                                <input type="hidden" name="id" value=s.id.to_string()/>
                                                <button type="submit" class="button link" aria-label=t!(lang, "rounds-remove-session", name = s.title.as_str())>{t!(lang, "rounds-remove")}</button>
                                            </ActionForm>
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn SessionForm(setup: RoundsSetup, session: Option<PitchSessionRow>) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveSession>::new();
    let error = action_error(save);
    let s = session.clone();
    let initial = move |f: fn(&PitchSessionRow) -> String, default: &str| {
        s.as_ref().map(f).unwrap_or_else(|| default.to_string())
    };
    let tracks: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "rounds-mixed-option")))
            .chain(setup.tracks.iter().map(|t| (t.clone(), t.clone())))
            .collect();
    let rooms: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "rounds-choose-room")))
            .chain(
                setup
                    .rooms
                    .iter()
                    .map(|r| (r.id.to_string(), r.name.clone())),
            )
            .collect();
    let heading = match &session {
        Some(s) => t!(lang, "rounds-edit-session", name = s.title.as_str()),
        None => t!(lang, "rounds-add-session"),
    };
    view! {
        <section class="card" id="session-form" aria-labelledby="session-form-title">
            <h2 id="session-form-title">{heading}</h2>
            {setup.rooms.is_empty().then(|| view! { <p class="hint">{t!(lang, "rounds-rooms-first")}</p> })}
            <FormError error/>
            <ActionForm action=save attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=setup.edition_id.to_string()/>
                {session.as_ref().map(|s| view! { <input type="hidden" name="id" value=s.id.to_string()/> })}
                <Field label=t!(lang, "rounds-session-title") name="title" maxlength=120 required=true initial=initial(|s| s.title.clone(), "") error/>
                <SelectField label=t!(lang, "rounds-track") name="track" options=tracks initial=initial(|s| s.track.clone().unwrap_or_default(), "") hint=t!(lang, "rounds-track-hint") error/>
                <SelectField label=t!(lang, "rounds-room") name="room" options=rooms initial=initial(|s| s.room_id.to_string(), "") error/>
                <Field label=t!(lang, "rounds-day") name="day" kind="date" required=true initial=initial(|s| s.day.to_string(), &setup.first_day.to_string()) hint=t!(lang, "rounds-day-hint", zone = i18n::format::zone_name(lang, &setup.time_zone)) error/>
                <Field label=t!(lang, "rounds-starts") name="starts" kind="time" required=true initial=initial(|s| s.starts.clone(), "09:00") error/>
                <Field label=t!(lang, "rounds-ends") name="ends" kind="time" required=true initial=initial(|s| s.ends.clone(), "10:30") error/>
                <Field label=t!(lang, "rounds-pitch-minutes") name="pitch_minutes" kind="number" required=true initial=initial(|s| s.pitch_minutes.to_string(), "6") error/>
                <Field label=t!(lang, "rounds-qa-minutes") name="qa_minutes" kind="number" required=true initial=initial(|s| s.qa_minutes.to_string(), "6") error/>
                <Field label=t!(lang, "rounds-changeover-minutes") name="changeover_minutes" kind="number" required=true initial=initial(|s| s.changeover_minutes.to_string(), "3") error/>
                <TextAreaField label=t!(lang, "rounds-breaks") name="breaks" hint=t!(lang, "rounds-breaks-hint") initial=initial(|s| s.breaks.clone(), "") error/>
                <Field label=t!(lang, "rounds-panel-min") name="panel_min" kind="number" required=true initial=initial(|s| s.panel_min.to_string(), "3") error/>
                <Field label=t!(lang, "rounds-panel-max") name="panel_max" kind="number" required=true initial=initial(|s| s.panel_max.to_string(), "5") error/>
                <div class="form-actions">
                    <Submit label=t!(lang, "rounds-save-session") pending=save.pending()/>
                    {session.is_some().then(|| view! { <A href=format!("/staff/rounds?edition={}", setup.edition_id) attr:class="button">{t!(lang, "staff-cancel")}</A> })}
                </div>
            </ActionForm>
        </section>
    }
}

fn level_name(lang: domain::lang::Lang, level: domain::schedule::Level) -> String {
    use domain::schedule::Level;
    match level {
        Level::BlockPublishing => t!(lang, "schedule-level-block"),
        Level::Warn => t!(lang, "schedule-level-warn"),
        Level::Ignore => t!(lang, "schedule-level-ignore"),
    }
}

#[component]
pub fn SchedulePage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let edition = query_value("edition");
    let solve = query_value("solve");
    let board = Resource::new(
        move || location.search.get(),
        move |_| get_schedule(uuid_of(edition()), solve() == "1"),
    );
    view! {
        <Title text=t!(lang, "nav-schedule")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "nav-schedule")}</h1>
                <p class="lead">{t!(lang, "schedule-lead")}</p>
            </header>
            <PageNotice/>
            {loaded(board, |b: ScheduleBoard| view! { <Board board=b/> })}
        </RequireRole>
    }
}

#[component]
fn Board(board: ScheduleBoard) -> impl IntoView {
    let lang = use_lang();
    // A cell's "Move…" link chooses its startup in the one move form.
    let moving = query_value("move")();
    let accept = ServerAction::<AcceptSolve>::new();
    let accept_error = action_error(accept);
    let place = ServerAction::<PlacePitch>::new();
    let place_error = action_error(place);
    let seat = ServerAction::<SeatJudge>::new();
    let seat_error = action_error(seat);
    let release = ServerAction::<ReleaseSchedule>::new();
    let release_error = action_error(release);
    let block = ServerAction::<BlockPerson>::new();
    let block_error = action_error(block);
    let kept_person = move || {
        block_error
            .get_untracked()
            .and_then(|e| e.kept("person"))
            .unwrap_or_default()
    };
    let unblock = ServerAction::<UnblockPerson>::new();
    let save_levels = ServerAction::<SaveRuleLevels>::new();
    let levels_error = action_error(save_levels);
    let board = StoredValue::new(board);
    let b = board.get_value();
    let names = Names::new(&b, lang);
    let edition = b.edition_id;
    let breaches: Vec<String> = b
        .breaches
        .iter()
        .map(|x| words::breach(&names, x))
        .collect();
    let warnings: Vec<String> = b
        .warnings
        .iter()
        .map(|x| words::warning(&names, x))
        .collect();
    let proposal = b.proposal.clone().map(|p| {
        let changes: Vec<String> = p.changes.iter().map(|c| words::change(&names, c)).collect();
        let unplaced: Vec<(String, Vec<String>)> = p
            .unplaced
            .iter()
            .map(|u| (names.startup(u.startup), u.reasons.iter().map(|r| words::why_unplaced(&names, r)).collect()))
            .collect();
        let short: Vec<String> = p.short_panels.iter().map(|s| words::short_panel(&names, s)).collect();
        view! {
            <section class="card" aria-labelledby="proposal-title">
                <h2 id="proposal-title">{t!(lang, "schedule-proposal")}</h2>
                {if changes.is_empty() {
                    view! { <p>{t!(lang, "schedule-no-changes")}</p> }.into_any()
                } else {
                    view! {
                        <p>{t!(lang, "schedule-changes-count", count = changes.len())}</p>
                        <ul class="change-list">{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                    }.into_any()
                }}
                {(!unplaced.is_empty()).then(|| view! {
                    <h3>{t!(lang, "schedule-left-out")}</h3>
                    <ul>{unplaced.into_iter().map(|(name, reasons)| view! {
                        <li><strong>{name}</strong> ": " {reasons.join(" ")}</li>
                    }).collect_view()}</ul>
                })}
                {(!short.is_empty()).then(|| view! {
                    <h3>{t!(lang, "schedule-short-panels")}</h3>
                    <ul>{short.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                })}
                <p class="hint">
                    {if p.placed == p.startups {
                        t!(lang, "schedule-outcome-all-placed", count = p.startups)
                    } else {
                        t!(lang, "schedule-outcome-placed", placed = p.placed, count = p.startups)
                    }}
                    {(p.wishes > 0).then(|| t!(lang, "schedule-outcome-wishes", met = p.wishes_met, count = p.wishes))}
                </p>
                <FormError error=accept_error/>
                <div class="form-actions">
                    <ActionForm action=accept attr:class="inline-form">
                        <input type="hidden" name="edition" value=edition.to_string()/>
                        <input type="hidden" name="fingerprint" value=p.fingerprint.clone()/>
                        <Submit label=t!(lang, "schedule-accept") pending=accept.pending()/>
                    </ActionForm>
                    <A href=format!("/staff/schedule?edition={edition}") attr:class="button">{t!(lang, "schedule-discard")}</A>
                </div>
            </section>
        }
    });
    let sessions = b.sessions.clone();
    let judges = b.judges.clone();
    let versions = b.versions.clone();
    let blocked = b.blocked.clone();
    let levels = b.levels.clone();
    let first_day = b
        .sessions
        .first()
        .map(|s| s.day.to_string())
        .unwrap_or_default();
    let zone = b.time_zone.clone();
    let move_board = b.clone();
    let grid_board = b.clone();
    view! {
        <p class="muted">
            {b.edition_name.clone()} " · " {t!(lang, "schedule-times-in", zone = i18n::format::zone_name(lang, &b.time_zone))}
            " · " <A href=format!("/staff/rounds?edition={edition}")>{t!(lang, "schedule-open-rounds")}</A>
        </p>
        <Form method="GET" action="/staff/schedule" attr:class="inline-form">
            <input type="hidden" name="edition" value=edition.to_string()/>
            <input type="hidden" name="solve" value="1"/>
            <button type="submit" class="button primary">{t!(lang, "schedule-solve")}</button>
            <span class="hint">{t!(lang, "schedule-solve-hint")}</span>
        </Form>
        {proposal}
        <section class="card" aria-labelledby="problems-title">
            <h2 id="problems-title">{t!(lang, "schedule-problems")}</h2>
            {if breaches.is_empty() && warnings.is_empty() {
                view! { <p>{t!(lang, "schedule-no-problems")}</p> }.into_any()
            } else {
                view! {
                    <ul class="breaches">{breaches.into_iter().map(|x| view! { <li class="breach"><span class="badge badge-danger">{t!(lang, "schedule-blocks")}</span> " " {x}</li> }).collect_view()}</ul>
                    <ul class="warnings">{warnings.into_iter().map(|x| view! { <li><span class="badge">{t!(lang, "schedule-warns")}</span> " " {x}</li> }).collect_view()}</ul>
                }.into_any()
            }}
        </section>
        <section class="card" aria-labelledby="levels-title">
            <h2 id="levels-title">{t!(lang, "schedule-levels")}</h2>
            <p class="hint">{t!(lang, "schedule-levels-intro")}</p>
            <FormError error=levels_error/>
            <ActionForm action=save_levels attr:class="grid-form">
                <input type="hidden" name="edition" value=edition.to_string()/>
                {levels.into_iter().map(|(rule, level)| {
                    let id = format!("level-{}", rule.as_str());
                    view! {
                        <div class="field">
                            <label for=id.clone()>{crate::components::problems::schedule_rule(lang, rule)}</label>
                            <select id=id name=rule.as_str()>
                                {domain::schedule::Level::ALL.iter().map(|&l| view! {
                                    <option value=l.as_str() selected=l == level>{level_name(lang, l)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
                <div class="form-actions"><Submit label=t!(lang, "schedule-levels-save") pending=save_levels.pending()/></div>
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="release-title">
            <h2 id="release-title">{t!(lang, "schedule-release")}</h2>
            <p class="hint">{t!(lang, "schedule-release-intro")}</p>
            <FormError error=release_error/>
            <ActionForm action=release attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=edition.to_string()/>
                <Field label=t!(lang, "schedule-version-name") name="name" maxlength=80 required=true hint=format!("{} {}", t!(lang, "schedule-release-name-public"), t!(lang, "schedule-version-name-hint")) error=release_error/>
                <TextAreaField label=t!(lang, "schedule-changelog") name="changelog" error=release_error/>
                <div class="form-actions"><Submit label=t!(lang, "schedule-release-button") pending=release.pending()/></div>
            </ActionForm>
            <h3>{t!(lang, "schedule-versions")}</h3>
            {if versions.is_empty() {
                view! { <p class="muted">{t!(lang, "schedule-no-versions")}</p> }.into_any()
            } else {
                view! {
                    <ol class="versions" reversed=true>
                        {versions.into_iter().map(|v| view! {
                            <li>
                                <strong>{v.name.clone()}</strong> " · " {i18n::format::date_time_in_named(lang, v.released_at, &zone)}
                                {(!v.changelog.is_empty()).then(|| view! { <p class="prose">{v.changelog.clone()}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
        <section class="card" aria-labelledby="blocked-title">
            <h2 id="blocked-title">{t!(lang, "schedule-blocked")}</h2>
            <p class="hint">{t!(lang, "schedule-blocked-intro")}</p>
            <ul>
                {blocked.into_iter().map(|x| view! {
                    <li>
                        {t!(lang, "schedule-blocked-line", person = x.person.as_str(), day = date(lang, x.day), starts = x.starts.as_str(), ends = x.ends.as_str())}
                        {(!x.note.is_empty()).then(|| view! { <span class="muted">" · " {x.note.clone()}</span> })}
                        <ActionForm action=unblock attr:class="inline-form">
                            <input type="hidden" name="edition" value=edition.to_string()/>
                            <input type="hidden" name="id" value=x.id.to_string()/>
                            <button type="submit" class="button link" aria-label=t!(lang, "schedule-unblock-label", person = x.person.as_str())>{t!(lang, "schedule-unblock")}</button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
            <FormError error=block_error/>
            <ActionForm action=block attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=edition.to_string()/>
                <div class="field">
                    <label for="block-person">{t!(lang, "schedule-block-person")}</label>
                    <select id="block-person" name="person">
                        <optgroup label=t!(lang, "schedule-block-judges")>
                            {b.judges.iter().map(|j| view! { <option value=j.investor_id.to_string() selected=kept_person() == j.investor_id.to_string()>{j.name.clone()}</option> }).collect_view()}
                        </optgroup>
                        {(!b.founders.is_empty()).then(|| view! {
                            <optgroup label=t!(lang, "schedule-block-founders")>
                                {b.founders.iter().map(|f| view! {
                                    <option value=f.user_id.to_string() selected=kept_person() == f.user_id.to_string()>
                                        {t!(lang, "schedule-block-founder-option", person = f.name.as_str(), startup = f.startup.as_str())}
                                    </option>
                                }).collect_view()}
                            </optgroup>
                        })}
                    </select>
                </div>
                <Field label=t!(lang, "schedule-block-day") name="day" kind="date" initial=first_day error=block_error/>
                <Field label=t!(lang, "schedule-block-from") name="from" kind="time" error=block_error/>
                <Field label=t!(lang, "schedule-block-to") name="to" kind="time" error=block_error/>
                <Field label=t!(lang, "schedule-block-note") name="note" maxlength=200 error=block_error/>
                <p class="field-error" role="alert">{move || block_error.get().and_then(|e| e.field("block"))}</p>
                <div class="form-actions"><Submit label=t!(lang, "schedule-block-button") pending=block.pending()/></div>
            </ActionForm>
        </section>
        {(!b.unplaced.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="unplaced-title">
                <h2 id="unplaced-title">{t!(lang, "schedule-unplaced", count = b.unplaced.len())}</h2>
                <ul class="place-list">
                    {b.unplaced.iter().filter_map(|&i| b.pitches.get(i).cloned()).map(|p| view! {
                        <li>
                            <strong>{p.startup.clone()}</strong> " · " {p.track.clone()} " · "
                            <a href=format!("/staff/schedule?edition={edition}&move={}#move-form", p.submission_id) aria-label=t!(lang, "schedule-place-label", startup = p.startup.as_str())>{t!(lang, "schedule-place-link")}</a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <MoveForm board=move_board action=place error=place_error chosen=moving/>
        <DayGrids board=grid_board action=place/>
        <FormError error=seat_error/>
        {sessions.into_iter().enumerate().map(|(si, s)| {
            let b = board.get_value();
            let session_title = s.title.clone();
            let session_id = s.id;
            let judges = judges.clone();
            let seated: Vec<usize> = s.panel.iter().map(|seat| seat.judge).collect();
            view! {
                <section class="card schedule-session" aria-labelledby=format!("session-{si}")>
                    <h2 id=format!("session-{si}")>{s.title.clone()}</h2>
                    <p class="muted">
                        {date(lang, s.day)} " " {s.starts.clone()} "–" {s.ends.clone()} " · " {s.room.clone()} " · "
                        {s.track.clone().unwrap_or_else(|| t!(lang, "rounds-mixed"))}
                        " · " {t!(lang, "rounds-slots-used", used = s.slots.iter().filter(|x| x.pitch.is_some()).count(), slots = s.slots.len())}
                    </p>
                    <h3>{t!(lang, "schedule-panel", seated = s.panel.len(), min = s.panel_min, max = s.panel_max)}</h3>
                    <ul class="panel-list">
                        {s.panel.iter().filter_map(|seat| judges.get(seat.judge).cloned().map(|j| (j, seat.locked))).map(|(j, locked)| {
                            let session_title = session_title.clone();
                            view! {
                            <li>
                                {j.name.clone()} {locked.then(|| view! { " " <span class="badge">{t!(lang, "schedule-locked")}</span> })}
                                <ActionForm action=seat attr:class="inline-form">
                                    <input type="hidden" name="edition" value=edition.to_string()/>
                                    <input type="hidden" name="session" value=session_id.to_string()/>
                                    <input type="hidden" name="investor" value=j.investor_id.to_string()/>
                                    <button type="submit" class="button link" aria-label=t!(lang, "schedule-unseat-label", judge = j.name.as_str(), session = session_title.as_str())>{t!(lang, "schedule-unseat")}</button>
                                </ActionForm>
                            </li>
                        }}).collect_view()}
                    </ul>
                    <ActionForm action=seat attr:class="inline-form">
                        <input type="hidden" name="edition" value=edition.to_string()/>
                        <input type="hidden" name="session" value=s.id.to_string()/>
                        <input type="hidden" name="seated" value="on"/>
                        <label for=format!("seat-{si}")>{t!(lang, "schedule-add-judge")}</label>
                        <select id=format!("seat-{si}") name="investor">
                            {judges.iter().filter(|j| !seated.iter().any(|&k| b.judges.get(k).is_some_and(|x| x.investor_id == j.investor_id))).map(|j| view! {
                                <option value=j.investor_id.to_string()>{j.name.clone()}</option>
                            }).collect_view()}
                        </select>
                        <label><input type="checkbox" name="override_rules"/> {t!(lang, "schedule-override")}</label>
                        <button type="submit" class="button">{t!(lang, "schedule-seat")}</button>
                    </ActionForm>
                </section>
            }
        }).collect_view()}
    }
}
