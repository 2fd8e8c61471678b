//! The staff meetings page (`/staff/meetings`): the edition's meeting rules, blocks and
//! places; the matcher run with its share of the best possible and the requests it left
//! out (with why); release; the schedule with lock, cancel and a hand booking form; the
//! day's no-shows with the stand-by list. Every control is a plain form.

use crate::api::meeting_staff::{
    get_meeting_staff, AddMeetingBlock, BookMeeting, BookStandby, CancelMeeting,
    DeleteMeetingBlock, DeleteMeetingPlace, LockMeeting, ReleaseMeetings, RunMatcher,
    SaveMeetingPlace, SaveMeetingRules,
};
use crate::components::forms::{loaded, CheckboxField, Field, FormError, SelectField, Submit};
use crate::components::labels::{check_in, request_status};
use crate::components::layout::RequireRole;
use crate::components::problems::why_unplaced;
use crate::lang::{local_time_text, t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::showcase::query_value;
use domain::account::Role;
use domain::lang::Lang;
use i18n::format::date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{MeetingStaff, StaffMeetingRow};

#[component]
pub fn MeetingStaffPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let edition = query_value("edition");
    let data = Resource::new(
        move || location.search.get(),
        move |_| get_meeting_staff(Uuid::parse_str(edition().trim()).ok()),
    );
    view! {
        <Title text=t!(lang, "nav-meeting-staff")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "nav-meeting-staff")}</h1>
                <p class="lead">{t!(lang, "mstaff-lead")}</p>
            </header>
            <PageNotice/>
            {loaded(data, move |s: MeetingStaff| view! {
                <p class="muted">{t!(lang, "mstaff-edition", name = s.edition_name.as_str(), zone = i18n::format::zone_name(lang, &s.time_zone))}</p>
                <Rules s=s.clone()/>
                <Blocks s=s.clone()/>
                <Places s=s.clone()/>
                <Run s=s.clone()/>
                <Schedule s=s.clone()/>
                <Book s=s.clone()/>
                <Standby s/>
            })}
        </RequireRole>
    }
}

fn when(lang: Lang, s: &MeetingStaff, local: &str) -> String {
    local_time_text(lang, local, &s.time_zone)
}

#[component]
fn Rules(s: MeetingStaff) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveMeetingRules>::new();
    let error = action_error(save);
    let r = s.rules.clone();
    view! {
        <section class="card" aria-labelledby="rules-title">
            <h2 id="rules-title">{t!(lang, "mstaff-rules")}</h2>
            <FormError error/>
            <ActionForm action=save attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=s.edition_id.to_string()/>
                <Field label=t!(lang, "mstaff-investor-quota") name="investor_quota" kind="number" required=true initial=r.investor_quota.clone() error/>
                <Field label=t!(lang, "mstaff-startup-quota") name="startup_quota" kind="number" required=true initial=r.startup_quota.clone() error/>
                <Field label=t!(lang, "mstaff-reply-hours") name="reply_hours" kind="number" required=true initial=r.reply_hours.clone() error/>
                <CheckboxField label=t!(lang, "mstaff-pending-holds") name="pending_holds_slot" initial=r.pending_holds_slot.is_some() error/>
                <CheckboxField label=t!(lang, "mstaff-founders-may") name="founders_may_request" initial=r.founders_may_request.is_some() error/>
                <div class="form-actions"><Submit label=t!(lang, "mstaff-save-rules") pending=save.pending()/></div>
            </ActionForm>
            <h3>{t!(lang, "mstaff-requests")}</h3>
            <ul class="inline-list">
                {s.counts.iter().map(|&(status, count)| {
                    let status = request_status(lang, status);
                    let line = t!(lang, "mstaff-count", status = status.as_str(), count = count);
                    view! { <li>{line}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Blocks(s: MeetingStaff) -> impl IntoView {
    let lang = use_lang();
    let add = ServerAction::<AddMeetingBlock>::new();
    let add_error = action_error(add);
    let remove = ServerAction::<DeleteMeetingBlock>::new();
    let remove_error = action_error(remove);
    let edition = s.edition_id;
    let places = s.places.len();
    view! {
        <section class="card" aria-labelledby="blocks-title">
            <h2 id="blocks-title">{t!(lang, "mstaff-blocks")}</h2>
            <FormError error=remove_error/>
            {if s.blocks.is_empty() {
                view! { <p>{t!(lang, "mstaff-no-blocks")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="data">
                            <thead><tr>
                                <th>{t!(lang, "mstaff-day")}</th><th>{t!(lang, "mstaff-time")}</th><th>{t!(lang, "mstaff-length")}</th>
                                <th>{t!(lang, "mstaff-buffer")}</th><th>{t!(lang, "mstaff-gives")}</th>
                                <th><span class="visually-hidden">{t!(lang, "mstaff-actions")}</span></th>
                            </tr></thead>
                            <tbody>
                                {s.blocks.clone().into_iter().map(|b| {
                                    let time = format!("{}–{}", b.starts, b.ends);
                                    view! {
                                        <tr>
                                            <td>{date(lang, b.day)}</td>
                                            <td>{time.clone()}</td>
                                            <td>{t!(lang, "mstaff-minutes", minutes = b.meeting_minutes)}</td>
                                            <td>{t!(lang, "mstaff-minutes", minutes = b.buffer_minutes)}</td>
                                            <td>{t!(lang, "mstaff-gives-count", meetings = b.capacity, slots = b.slots, places = places)}</td>
                                            <td>
                                                <ActionForm action=remove attr:class="inline-form">
                                                    <input type="hidden" name="edition" value=edition.to_string()/>
                                                    <input type="hidden" name="id" value=b.id.to_string()/>
                                                    <button type="submit" class="button link" aria-label=t!(lang, "mstaff-remove-block", day = date(lang, b.day), time = time.as_str())>{t!(lang, "mstaff-remove")}</button>
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
            <h3>{t!(lang, "mstaff-add-block")}</h3>
            <FormError error=add_error/>
            <ActionForm action=add attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=edition.to_string()/>
                <Field label=t!(lang, "mstaff-day") name="day" kind="date" required=true initial=s.first_day.to_string() hint=t!(lang, "mstaff-block-day-hint", zone = i18n::format::zone_name(lang, &s.time_zone)) error=add_error/>
                <Field label=t!(lang, "mstaff-starts") name="starts" kind="time" required=true initial="14:00".to_string() error=add_error/>
                <Field label=t!(lang, "mstaff-ends") name="ends" kind="time" required=true initial="17:00".to_string() error=add_error/>
                <Field label=t!(lang, "mstaff-meeting-minutes") name="meeting_minutes" kind="number" required=true initial="20".to_string() error=add_error/>
                <Field label=t!(lang, "mstaff-buffer-minutes") name="buffer_minutes" kind="number" required=true initial="5".to_string() error=add_error/>
                <div class="form-actions"><Submit label=t!(lang, "mstaff-add-block") pending=add.pending()/></div>
            </ActionForm>
        </section>
    }
}

#[component]
fn Places(s: MeetingStaff) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveMeetingPlace>::new();
    let save_error = action_error(save);
    let rename = ServerAction::<SaveMeetingPlace>::new();
    let rename_error = action_error(rename);
    let remove = ServerAction::<DeleteMeetingPlace>::new();
    let remove_error = action_error(remove);
    let edition = s.edition_id;
    view! {
        <section class="card" aria-labelledby="places-title">
            <h2 id="places-title">{t!(lang, "mstaff-places")}</h2>
            <FormError error=remove_error/>
            <FormError error=rename_error/>
            {if s.places.is_empty() {
                view! { <p>{t!(lang, "mstaff-no-places")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="data">
                            <thead><tr>
                                <th>{t!(lang, "mstaff-place-name")}</th><th>{t!(lang, "mstaff-seats")}</th><th>{t!(lang, "mstaff-where")}</th>
                                <th>{t!(lang, "mstaff-meetings")}</th><th><span class="visually-hidden">{t!(lang, "mstaff-actions")}</span></th>
                            </tr></thead>
                            <tbody>
                                {s.places.clone().into_iter().map(|p| {
                                    let form = format!("place-{}", p.id);
                                    view! {
                                        <tr>
                                            <td><input form=form.clone() name="name" value=p.name.clone() maxlength="80" aria-label=t!(lang, "mstaff-place-name")/></td>
                                            <td><input form=form.clone() name="seats" type="number" value=p.seats.to_string() aria-label=t!(lang, "mstaff-seats")/></td>
                                            <td><input form=form.clone() name="location" value=p.location.clone() maxlength="200" aria-label=t!(lang, "mstaff-where")/></td>
                                            <td>{p.meetings}</td>
                                            <td class="row-actions">
                                                <ActionForm action=rename attr:class="inline-form" attr:id=form.clone()>
                                                    <input type="hidden" name="edition" value=edition.to_string()/>
                                                    <input type="hidden" name="id" value=p.id.to_string()/>
                                                    <button type="submit" class="button link">{t!(lang, "mstaff-save-place")}</button>
                                                </ActionForm>
                                                <ActionForm action=remove attr:class="inline-form">
                                                    <input type="hidden" name="edition" value=edition.to_string()/>
                                                    <input type="hidden" name="id" value=p.id.to_string()/>
                                                    <button type="submit" class="button link" aria-label=t!(lang, "mstaff-remove-place", name = p.name.as_str())>{t!(lang, "mstaff-remove")}</button>
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
            <h3>{t!(lang, "mstaff-add-place")}</h3>
            <FormError error=save_error/>
            <ActionForm action=save attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=edition.to_string()/>
                <Field label=t!(lang, "mstaff-place-name") name="name" maxlength=80 required=true error=save_error/>
                <Field label=t!(lang, "mstaff-seats") name="seats" kind="number" required=true initial="4".to_string() error=save_error/>
                <Field label=t!(lang, "mstaff-where") name="location" maxlength=200 error=save_error/>
                <div class="form-actions"><Submit label=t!(lang, "mstaff-add-place") pending=save.pending()/></div>
            </ActionForm>
        </section>
    }
}

#[component]
fn Run(s: MeetingStaff) -> impl IntoView {
    let lang = use_lang();
    let run = ServerAction::<RunMatcher>::new();
    let run_error = action_error(run);
    let release = ServerAction::<ReleaseMeetings>::new();
    let release_error = action_error(release);
    let edition = s.edition_id;
    let report = match &s.last_run {
        None => view! { <p>{t!(lang, "mstaff-never-run")}</p> }.into_any(),
        Some(r) => view! {
            <p>{t!(lang, "mstaff-last-run", when = when(lang, &s, &r.ran_at_local), placed = r.placed, requests = r.requests, moved = r.moved)}</p>
            <p><strong>{t!(lang, "mstaff-share", percent = r.percent_of_bound(), weight = r.weight, bound = r.bound)}</strong></p>
            <p>{t!(lang, "mstaff-idle", gaps = r.idle_gaps)}</p>
            {(!r.unplaced.is_empty()).then(|| view! {
                <h3>{t!(lang, "mstaff-unplaced")}</h3>
                <ul class="unplaced">
                    {r.unplaced.iter().map(|u| view! {
                        <li>{t!(lang, "mstaff-unplaced-line", investor = u.investor.as_str(), startup = u.startup.as_str(), why = why_unplaced(lang, &u.why))}</li>
                    }).collect_view()}
                </ul>
            })}
        }.into_any(),
    };
    let released = s.released_at;
    view! {
        <section class="card" id="run" aria-labelledby="run-title">
            <h2 id="run-title">{t!(lang, "mstaff-run-title")}</h2>
            <p class="hint">{t!(lang, "mstaff-run-hint")}</p>
            <FormError error=run_error/>
            <ActionForm action=run attr:class="inline-form">
                <input type="hidden" name="edition" value=edition.to_string()/>
                <Submit label=t!(lang, "mstaff-run") pending=run.pending()/>
            </ActionForm>
            {report}
        </section>
        <section class="card" aria-labelledby="release-title">
            <h2 id="release-title">{t!(lang, "mstaff-release-title")}</h2>
            {match released {
                Some(at) => view! { <p>{t!(lang, "mstaff-released", when = i18n::format::date_time_in_named(lang, at, &s.time_zone))}</p> }.into_any(),
                None => view! { <p>{t!(lang, "mstaff-not-released")}</p> }.into_any(),
            }}
            <FormError error=release_error/>
            <ActionForm action=release attr:class="inline-form">
                <input type="hidden" name="edition" value=edition.to_string()/>
                <Submit label=if released.is_some() { t!(lang, "mstaff-release-again") } else { t!(lang, "mstaff-release") } pending=release.pending()/>
            </ActionForm>
        </section>
    }
}

fn check_text(lang: Lang, m: &StaffMeetingRow) -> String {
    let one = |c: Option<domain::meetings::CheckIn>| {
        c.map(|c| check_in(lang, c))
            .unwrap_or_else(|| t!(lang, "mstaff-check-none"))
    };
    t!(
        lang,
        "mstaff-check-line",
        investor = one(m.investor_check),
        founders = one(m.founder_check)
    )
}

#[component]
fn Schedule(s: MeetingStaff) -> impl IntoView {
    let lang = use_lang();
    let lock = ServerAction::<LockMeeting>::new();
    let lock_error = action_error(lock);
    let cancel = ServerAction::<CancelMeeting>::new();
    let cancel_error = action_error(cancel);
    let edition = s.edition_id;
    view! {
        <section class="card" aria-labelledby="schedule-title">
            <h2 id="schedule-title">{t!(lang, "mstaff-schedule")}</h2>
            <FormError error=lock_error/>
            <FormError error=cancel_error/>
            {if s.meetings.is_empty() {
                view! { <p>{t!(lang, "mstaff-no-meetings")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="data meetings">
                            <thead><tr>
                                <th>{t!(lang, "mstaff-when")}</th><th>{t!(lang, "mstaff-place")}</th><th>{t!(lang, "mstaff-investor")}</th>
                                <th>{t!(lang, "mstaff-startup")}</th><th>{t!(lang, "mstaff-check")}</th>
                                <th><span class="visually-hidden">{t!(lang, "mstaff-actions")}</span></th>
                            </tr></thead>
                            <tbody>
                                {s.meetings.clone().into_iter().map(|m| {
                                    let at = when(lang, &s, &m.starts_local);
                                    let checks = check_text(lang, &m);
                                    let no_show = m.no_show();
                                    let cancel_label = t!(lang, "mstaff-cancel-meeting", investor = m.investor.as_str(), startup = m.startup.as_str());
                                    let id = m.id;
                                    view! {
                                    <tr class:no-show=no_show>
                                        <td>{at} {m.locked.then(|| view! { " " <span class="badge">{t!(lang, "mstaff-locked")}</span> })}</td>
                                        <td>{m.place.clone()}</td>
                                        <td>{m.investor.clone()}</td>
                                        <td>{m.startup.clone()}</td>
                                        <td>{checks}</td>
                                        <td class="row-actions">
                                            <ActionForm action=lock attr:class="inline-form">
                                                <input type="hidden" name="edition" value=edition.to_string()/>
                                                <input type="hidden" name="meeting" value=id.to_string()/>
                                                {(!m.locked).then(|| view! { <input type="hidden" name="locked" value="on"/> })}
                                                <button type="submit" class="button link">{if m.locked { t!(lang, "mstaff-unlock") } else { t!(lang, "mstaff-lock") }}</button>
                                            </ActionForm>
                                            <ActionForm action=cancel attr:class="inline-form">
                                                <input type="hidden" name="edition" value=edition.to_string()/>
                                                <input type="hidden" name="meeting" value=id.to_string()/>
                                                <button type="submit" class="button link" aria-label=cancel_label>{t!(lang, "mstaff-cancel")}</button>
                                            </ActionForm>
                                        </td>
                                    </tr>
                                }}).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Book(s: MeetingStaff) -> impl IntoView {
    let lang = use_lang();
    let book = ServerAction::<BookMeeting>::new();
    let error = action_error(book);
    let choose = (String::new(), t!(lang, "mstaff-choose"));
    let requests: Vec<(String, String)> = std::iter::once(choose.clone())
        .chain(s.unplaced.iter().map(|r| {
            (
                r.id.to_string(),
                t!(
                    lang,
                    "mstaff-request-option",
                    investor = r.investor.as_str(),
                    startup = r.startup.as_str(),
                    status = request_status(lang, r.status)
                ),
            )
        }))
        .chain(s.meetings.iter().map(|m| {
            (
                m.request_id.to_string(),
                t!(
                    lang,
                    "mstaff-request-placed",
                    investor = m.investor.as_str(),
                    startup = m.startup.as_str(),
                    when = when(lang, &s, &m.starts_local)
                ),
            )
        }))
        .collect();
    let places: Vec<(String, String)> = std::iter::once(choose.clone())
        .chain(s.places.iter().map(|p| (p.id.to_string(), p.name.clone())))
        .collect();
    let slots: Vec<(String, String)> = std::iter::once(choose)
        .chain(
            s.slots
                .iter()
                .map(|x| (x.starts_at.to_rfc3339(), when(lang, &s, &x.starts_local))),
        )
        .collect();
    view! {
        <section class="card" id="book" aria-labelledby="book-title">
            <h2 id="book-title">{t!(lang, "mstaff-book-title")}</h2>
            <p class="hint">{t!(lang, "mstaff-book-hint")}</p>
            <FormError error/>
            <ActionForm action=book attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=s.edition_id.to_string()/>
                <SelectField label=t!(lang, "mstaff-request") name="request" options=requests error/>
                <SelectField label=t!(lang, "mstaff-place") name="place" options=places error/>
                <SelectField label=t!(lang, "mstaff-slot") name="slot" options=slots error/>
                <CheckboxField label=t!(lang, "mstaff-lock-it") name="lock" initial=true error/>
                <CheckboxField label=t!(lang, "mstaff-override") name="override_rules" error/>
                <div class="form-actions"><Submit label=t!(lang, "mstaff-book") pending=book.pending()/></div>
            </ActionForm>
        </section>
    }
}

#[component]
fn Standby(s: MeetingStaff) -> impl IntoView {
    let lang = use_lang();
    let book = ServerAction::<BookStandby>::new();
    let error = action_error(book);
    let edition = s.edition_id;
    let no_shows: Vec<StaffMeetingRow> =
        s.meetings.iter().filter(|m| m.no_show()).cloned().collect();
    view! {
        <section class="card" aria-labelledby="standby-title">
            <h2 id="standby-title">{t!(lang, "mstaff-no-shows")}</h2>
            <FormError error/>
            {if no_shows.is_empty() {
                view! { <p>{t!(lang, "mstaff-no-no-shows")}</p> }.into_any()
            } else {
                view! {
                    <ul class="standby">
                        {no_shows.into_iter().map(|m| {
                            let slot = s.standby.iter().find(|x| x.meeting_id == m.id).cloned();
                            let candidates = slot.map(|x| x.candidates).unwrap_or_default();
                            let line = t!(lang, "mstaff-standby-slot", place = m.place.as_str(), when = when(lang, &s, &m.starts_local), investor = m.investor.as_str(), startup = m.startup.as_str());
                            let checks = check_text(lang, &m);
                            let meeting = m.id;
                            view! {
                                <li>
                                    <p>{line} " · " {checks}</p>
                                    {if candidates.is_empty() {
                                        view! { <p class="muted">{t!(lang, "mstaff-standby-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul>
                                                {candidates.into_iter().map(|c| view! {
                                                    <li>
                                                        <ActionForm action=book attr:class="inline-form">
                                                            <input type="hidden" name="edition" value=edition.to_string()/>
                                                            <input type="hidden" name="meeting" value=meeting.to_string()/>
                                                            <input type="hidden" name="request" value=c.id.to_string()/>
                                                            <button type="submit" class="button">{t!(lang, "mstaff-standby-book", investor = c.investor.as_str(), startup = c.startup.as_str())}</button>
                                                        </ActionForm>
                                                    </li>
                                                }).collect_view()}
                                            </ul>
                                        }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
