//! The released pitch schedule: the public agenda (by day, room and track; plain links
//! and a GET form, so it works without JavaScript and on a phone), and each person's own
//! slots and panels on their home page; judges' availability for the pitch days.

use crate::api::agenda::get_my_agenda;
use crate::api::rounds::{
    get_agenda, get_calendar_feed, get_judge_availability, get_pitch_slot, CreateCalendarFeed,
    RevokeCalendarFeed, SaveJudgeAvailability,
};
use crate::components::forms::{loaded, FormError, Submit, TextAreaField};
use crate::components::layout::RequireRole;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::showcase::query_value;
use domain::account::Role;
use i18n::format::date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{
    AgendaSession, CalendarFeed, JudgeAvailabilityForm, MyAgenda, MyItemKind, PublicAgenda,
};

#[component]
pub fn AgendaPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let edition = query_value("edition");
    let agenda = Resource::new(
        move || location.search.get(),
        move |_| get_agenda(Uuid::parse_str(edition().trim()).ok()),
    );
    let (day, room, track) = (
        query_value("day"),
        query_value("room"),
        query_value("track"),
    );
    view! {
        <Title text=t!(lang, "nav-agenda")/>
        {loaded(agenda, move |a: PublicAgenda| view! {
            <Agenda agenda=a.clone() day=day() room=room() track=track()/>
            <crate::pages::live::PublicResults edition=Some(a.edition_id)/>
        })}
    }
}

/// `chosen` as a filter: empty shows everything.
fn matches(chosen: &str, value: &str) -> bool {
    chosen.is_empty() || chosen == value
}

#[component]
fn Agenda(agenda: PublicAgenda, day: String, room: String, track: String) -> impl IntoView {
    let lang = use_lang();
    let zone = i18n::format::zone_name(lang, &agenda.time_zone);
    let mut days: Vec<_> = agenda.sessions.iter().map(|s| s.day).collect();
    days.dedup();
    let mut rooms: Vec<String> = agenda.sessions.iter().map(|s| s.room.clone()).collect();
    rooms.sort();
    rooms.dedup();
    let mut tracks: Vec<String> = agenda
        .sessions
        .iter()
        .filter_map(|s| s.track.clone())
        .collect();
    tracks.sort();
    tracks.dedup();
    let shown: Vec<AgendaSession> = agenda
        .sessions
        .iter()
        .filter(|s| matches(&day, &s.day.to_string()))
        .filter(|s| matches(&room, &s.room))
        .filter(|s| matches(&track, s.track.as_deref().unwrap_or("")))
        .cloned()
        .collect();
    let option = |value: String, text: String, chosen: &str| {
        let selected = value == chosen;
        view! { <option value=value selected=selected>{text}</option> }
    };
    view! {
        <header class="page-header">
            <h1>{t!(lang, "nav-agenda")} " · " {agenda.edition_name.clone()}</h1>
            <p class="lead">{t!(lang, "agenda-lead", edition = agenda.edition_name.as_str(), zone = zone)}</p>
            {agenda.version.as_ref().map(|v| view! {
                <p class="muted">{t!(lang, "agenda-version", name = v.name.as_str(), when = i18n::format::date_time_in_named(lang, v.released_at, &agenda.time_zone))}</p>
            })}
        </header>
        <p class="actions agenda-feeds">
            // Plain links (not client-side navigation): the feeds are files, not pages.
            <a href=format!("/agenda.ics?edition={}", agenda.edition_id) rel="external" type="text/calendar">{t!(lang, "agenda-ical")}</a>
            " · "
            <a href=format!("/agenda.json?edition={}", agenda.edition_id) rel="external" type="application/json">{t!(lang, "agenda-json")}</a>
        </p>
        {if agenda.version.is_none() {
            view! { <p class="card">{t!(lang, "agenda-none")}</p> }.into_any()
        } else {
            view! {
                <Form method="GET" action="/agenda" attr:class="filters" attr:role="search">
                    <input type="hidden" name="edition" value=agenda.edition_id.to_string()/>
                    <label>{t!(lang, "agenda-day")} " "
                        <select name="day">
                            {option(String::new(), t!(lang, "agenda-all-days"), &day)}
                            {days.iter().map(|d| option(d.to_string(), date(lang, *d), &day)).collect_view()}
                        </select>
                    </label>
                    <label>{t!(lang, "agenda-room")} " "
                        <select name="room">
                            {option(String::new(), t!(lang, "agenda-all-rooms"), &room)}
                            {rooms.iter().map(|r| option(r.clone(), r.clone(), &room)).collect_view()}
                        </select>
                    </label>
                    <label>{t!(lang, "rounds-track")} " "
                        <select name="track">
                            {option(String::new(), t!(lang, "agenda-all-tracks"), &track)}
                            {tracks.iter().map(|x| option(x.clone(), x.clone(), &track)).collect_view()}
                        </select>
                    </label>
                    <button type="submit" class="button">{t!(lang, "agenda-show")}</button>
                </Form>
                {if shown.is_empty() {
                    view! { <p>{t!(lang, "agenda-nothing-matches")}</p> }.into_any()
                } else {
                    shown.into_iter().map(|s| view! { <SessionCard session=s/> }).collect_view().into_any()
                }}
            }.into_any()
        }}
    }
}

#[component]
fn SessionCard(session: AgendaSession) -> impl IntoView {
    let lang = use_lang();
    let s = session;
    view! {
        <section class="card agenda-session" aria-labelledby=format!("s-{}", s.id)>
            <h2 id=format!("s-{}", s.id)>{s.title.clone()}</h2>
            <p class="muted">
                {date(lang, s.day)} " " {s.starts.clone()} "–" {s.ends.clone()} " · " {s.room.clone()}
                {s.track.clone().map(|t| view! { " · " {t} })}
            </p>
            <ol class="agenda-slots">
                {s.slots.clone().into_iter().map(|slot| view! {
                    <li>
                        <span class="agenda-time">{slot.starts.clone()} "–" {slot.ends.clone()}</span>
                        " "
                        <A href=format!("/showcase/{}", slot.startup_id)><strong>{slot.startup.clone()}</strong></A>
                        {(!slot.one_liner.is_empty()).then(|| view! { <span class="muted">" · " {slot.one_liner.clone()}</span> })}
                    </li>
                }).collect_view()}
            </ol>
            {(!s.panel.is_empty()).then(|| {
                let comma = match lang {
                    domain::lang::Lang::En => ", ",
                    domain::lang::Lang::Zh => "、",
                };
                view! { <p class="hint">{t!(lang, "agenda-judges", names = s.panel.join(comma))}</p> }
            })}
        </section>
    }
}

/// The signed-in person's next few slots, panels and meetings, on their home page, with
/// the way to their whole agenda; nothing when there is no current edition.
#[component]
pub fn MyScheduleCard() -> impl IntoView {
    /// Lines the card shows before "and N more".
    const SHOWN: usize = 5;
    let lang = use_lang();
    let mine = Resource::new(|| (), |_| get_my_agenda());
    view! {
        <Suspense fallback=|| ()>
            {move || mine.get().and_then(|r| r.ok()).flatten().map(|a: MyAgenda| {
                let lines: Vec<String> = a
                    .days
                    .iter()
                    .flat_map(|d| d.items.iter().map(move |item| agenda_line(lang, d.day, item)))
                    .collect();
                let more = lines.len().saturating_sub(SHOWN);
                view! {
                    <section class="card" aria-labelledby="my-schedule">
                        <h2 id="my-schedule">{t!(lang, "my-agenda-title")}</h2>
                        {if lines.is_empty() {
                            view! { <p>{t!(lang, "my-agenda-nothing")}</p> }.into_any()
                        } else {
                            view! { <ul>{lines.into_iter().take(SHOWN).map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        {(more > 0).then(|| view! { <p class="hint">{t!(lang, "my-agenda-more", count = more)}</p> })}
                        <p class="hint">{t!(lang, "schedule-times-in", zone = i18n::format::zone_name(lang, &a.time_zone))}</p>
                        <p class="actions">
                            <A href="/agenda/mine" attr:class="button">{t!(lang, "my-agenda-open")}</A>
                            " "
                            <A href=format!("/agenda?edition={}", a.edition_id)>{t!(lang, "my-schedule-agenda")}</A>
                        </p>
                    </section>
                }
            })}
        </Suspense>
    }
}

/// One item of a person's agenda in one line, with its day.
fn agenda_line(lang: domain::lang::Lang, day: chrono::NaiveDate, item: &wire::MyItem) -> String {
    let (starts, ends) = (item.starts.as_str(), item.ends.as_str());
    match &item.what {
        MyItemKind::Pitch {
            startup,
            session,
            room,
        } => t!(
            lang,
            "my-schedule-pitch",
            startup = startup.as_str(),
            day = date(lang, day),
            starts = starts,
            ends = ends,
            room = room.as_str(),
            session = session.as_str()
        ),
        MyItemKind::Panel { session, room } => t!(
            lang,
            "my-schedule-panel",
            session = session.as_str(),
            day = date(lang, day),
            starts = starts,
            ends = ends,
            room = room.as_str()
        ),
        MyItemKind::Meeting(m) => {
            let with = if m.as_investor {
                m.startup.as_str()
            } else {
                m.investor.as_str()
            };
            t!(
                lang,
                "my-schedule-meeting",
                with = with,
                day = date(lang, day),
                starts = starts,
                ends = ends,
                place = m.place.as_str()
            )
        }
    }
}

/// The startup's slot in the released programme, on its pitch page (an accepted
/// pitch): where and when, or that it is not scheduled yet.
#[component]
pub fn PitchSlotCard(edition: Uuid, startup: Uuid) -> impl IntoView {
    let lang = use_lang();
    let slot = Resource::new(|| (), move |_| get_pitch_slot(edition, startup));
    view! {
        <section class="card" aria-labelledby="pitch-slot" id="slot">
            <h2 id="pitch-slot">{t!(lang, "pitch-slot-title")}</h2>
            <Suspense fallback=|| ()>
                {move || slot.get().map(|found| match found.ok().flatten() {
                    Some(s) => {
                        let p = &s.place;
                        view! {
                            <p class="slot-line"><strong>{date(lang, p.day)}</strong> " · "
                                {t!(lang, "pitch-slot-line", session = p.session.as_str(), room = p.room.as_str(), starts = p.starts.as_str(), ends = p.ends.as_str())}
                            </p>
                            <p class="hint">{t!(lang, "schedule-times-in", zone = i18n::format::zone_name(lang, &s.time_zone))}</p>
                            <p class="hint">{t!(lang, "pitch-slot-version", version = s.version.as_str())}</p>
                            <A href=format!("/agenda?edition={edition}")>{t!(lang, "my-schedule-agenda")}</A>
                        }
                        .into_any()
                    }
                    None => view! { <p class="muted">{t!(lang, "pitch-slot-none")}</p> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

/// A judge says when they can sit on panels and which sessions they would like.
#[component]
pub fn JudgeAvailabilityPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let edition = query_value("edition");
    let form = Resource::new(
        move || location.search.get(),
        move |_| get_judge_availability(Uuid::parse_str(edition().trim()).ok()),
    );
    view! {
        <Title text=t!(lang, "availability-title")/>
        <RequireRole role=Role::Investor>
            <header class="page-header">
                <h1>{t!(lang, "availability-title")}</h1>
            </header>
            <PageNotice/>
            {loaded(form, |f: JudgeAvailabilityForm| view! { <AvailabilityForm form=f/> })}
        </RequireRole>
    }
}

#[component]
fn AvailabilityForm(form: JudgeAvailabilityForm) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SaveJudgeAvailability>::new();
    let error = action_error(action);
    let zone = i18n::format::zone_name(lang, &form.time_zone);
    view! {
        <section class="card" aria-labelledby="availability-form">
            <h2 id="availability-form">{form.edition_name.clone()}</h2>
            <p class="hint">{t!(lang, "availability-intro", edition = form.edition_name.as_str(), first = date(lang, form.first_day), last = date(lang, form.last_day), zone = zone)}</p>
            <FormError error/>
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="edition" value=form.edition_id.to_string()/>
                <TextAreaField label=t!(lang, "availability-windows") name="windows" hint=t!(lang, "availability-windows-hint", example = form.first_day.to_string()) initial=form.windows.clone() error/>
                <fieldset class="field">
                    <legend>{t!(lang, "availability-sessions")}</legend>
                    {if form.sessions.is_empty() {
                        view! { <p class="muted">{t!(lang, "availability-no-sessions")}</p> }.into_any()
                    } else {
                        form.sessions.iter().enumerate().map(|(i, s)| {
                            let id = format!("preferred-{i}");
                            view! {
                                <div class="checkbox">
                                    <input type="checkbox" id=id.clone() name=format!("preferred[{i}]") value=s.id.to_string() checked=s.preferred/>
                                    <label for=id>{t!(lang, "availability-session", title = s.title.as_str(), day = date(lang, s.day), starts = s.starts.as_str(), ends = s.ends.as_str())}</label>
                                </div>
                            }
                        }).collect_view().into_any()
                    }}
                </fieldset>
                <Submit label=t!(lang, "availability-save") pending=action.pending()/>
            </ActionForm>
        </section>
    }
}

/// A founder's or investor's secret calendar link for the current edition: make one,
/// copy it (shown once, right after it was made), revoke it. Plain forms, so it works
/// without JavaScript. `notice`: show the page's notice here (false on a page that shows
/// it at its top already).
#[component]
pub fn CalendarFeedCard(#[prop(default = true)] notice: bool) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let feed = Resource::new(|| (), |_| get_calendar_feed());
    let create = ServerAction::<CreateCalendarFeed>::new();
    let revoke = ServerAction::<RevokeCalendarFeed>::new();
    view! {
        <Suspense fallback=|| ()>
            {move || feed.get().and_then(|r| r.ok()).flatten().map(|f: CalendarFeed| {
                let back = location.pathname.get_untracked();
                view! {
                    <section class="card" id="calendar-feed" aria-labelledby="calendar-feed-title">
                        <h2 id="calendar-feed-title">{t!(lang, "calendar-feed-title")}</h2>
                        {notice.then(|| view! { <crate::notice::PageNotice/> })}
                        <p>{t!(lang, "calendar-feed-lead", edition = f.edition_name.as_str())}</p>
                        {f.url.clone().map(|url| view! {
                            <label class="field">
                                <span>{t!(lang, "calendar-feed-url")}</span>
                                <input type="text" readonly=true value=url.clone() class="feed-url"/>
                            </label>
                            <p class="copy-line">
                                <crate::islands::copy_button::CopyButton text=url label=t!(lang, "calendar-feed-copy") copied=t!(lang, "calendar-feed-copied")/>
                            </p>
                        })}
                        {match (f.active_since, f.url.is_some()) {
                            (Some(when), false) => Some(view! {
                                <p class="hint">{t!(lang, "calendar-feed-active", when = i18n::format::date_time_in_named(lang, when, &f.time_zone))}</p>
                            }),
                            _ => None,
                        }}
                        <div class="actions">
                            {if f.active_since.is_none() {
                                view! {
                                    <ActionForm action=create>
                                        <input type="hidden" name="back" value=back/>
                                        <button type="submit" class="button primary">{t!(lang, "calendar-feed-create")}</button>
                                    </ActionForm>
                                }.into_any()
                            } else {
                                view! {
                                    <ActionForm action=revoke>
                                        <input type="hidden" name="back" value=back/>
                                        <button type="submit" class="button">{t!(lang, "calendar-feed-revoke")}</button>
                                    </ActionForm>
                                }.into_any()
                            }}
                        </div>
                    </section>
                }
            })}
        </Suspense>
    }
}
