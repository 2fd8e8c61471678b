//! A person's own agenda (`/agenda/mine`), phone-first: day by day in the edition's zone,
//! where they pitch, where they judge and whom they meet — the other side's one line and
//! the table's whereabouts — with the meeting's check-in on the day, and their calendar
//! link. Plain forms, so it works without JavaScript.

use crate::api::agenda::get_my_agenda;
use crate::api::meeting_staff::CheckInMeeting;
use crate::components::forms::loaded;
use crate::components::labels;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use domain::lang::Lang;
use domain::meetings::CheckIn;
use i18n::format::date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use wire::{AgendaMeeting, MyAgenda, MyItem, MyItemKind};

#[component]
pub fn MyAgendaPage() -> impl IntoView {
    let lang = use_lang();
    let agenda = Resource::new(|| (), |_| get_my_agenda());
    view! {
        <Title text=t!(lang, "my-agenda-title")/>
        <header class="page-header">
            <h1>{t!(lang, "my-agenda-title")}</h1>
        </header>
        <PageNotice/>
        {loaded(agenda, move |found: Option<MyAgenda>| match found {
            Some(a) => view! { <Agenda agenda=a/> }.into_any(),
            None => view! { <p class="muted">{t!(lang, "my-agenda-no-edition")}</p> }.into_any(),
        })}
        <crate::pages::agenda::CalendarFeedCard notice=false/>
    }
}

#[component]
fn Agenda(agenda: MyAgenda) -> impl IntoView {
    let lang = use_lang();
    let zone = i18n::format::zone_name(lang, &agenda.time_zone);
    view! {
        <p class="lead">{t!(lang, "my-agenda-lead", edition = agenda.edition_name.as_str())}</p>
        <p class="hint">{t!(lang, "schedule-times-in", zone = zone)}</p>
        {(!agenda.meetings_released).then(|| view! {
            <p class="hint">{t!(lang, "my-agenda-meetings-later")}</p>
        })}
        {if agenda.days.is_empty() {
            view! { <p class="card muted">{t!(lang, "my-agenda-nothing")}</p> }.into_any()
        } else {
            agenda.days.into_iter().map(|d| {
                let heading = format!("day-{}", d.day);
                let labelled_by = heading.clone();
                view! {
                    <section class="card agenda-day" aria-labelledby=labelled_by>
                        <h2 id=heading>{date(lang, d.day)}</h2>
                        <ol class="my-items">
                            {d.items.into_iter().map(|item| view! { <Item item/> }).collect_view()}
                        </ol>
                    </section>
                }
            }).collect_view().into_any()
        }}
        <p><A href=format!("/agenda?edition={}", agenda.edition_id)>{t!(lang, "my-schedule-agenda")}</A></p>
    }
}

#[component]
fn Item(item: MyItem) -> impl IntoView {
    let lang = use_lang();
    let when = format!("{}–{}", item.starts, item.ends);
    let body = match item.what {
        MyItemKind::Pitch { startup, session, room } => view! {
            <p class="what">{t!(lang, "my-agenda-pitch", startup = startup.as_str(), session = session.as_str())}</p>
            <p class="where">{t!(lang, "my-agenda-room", room = room.as_str())}</p>
        }
        .into_any(),
        MyItemKind::Panel { session, room } => view! {
            <p class="what">{t!(lang, "my-agenda-panel", session = session.as_str())}</p>
            <p class="where">{t!(lang, "my-agenda-room", room = room.as_str())}</p>
        }
        .into_any(),
        MyItemKind::Meeting(m) => view! { <Meeting meeting=m/> }.into_any(),
    };
    view! {
        <li class="my-item">
            <p class="when"><strong>{when}</strong></p>
            {body}
        </li>
    }
}

#[component]
fn Meeting(meeting: AgendaMeeting) -> impl IntoView {
    let lang = use_lang();
    let (title, line) = if meeting.as_investor {
        let (href, name) = (
            format!("/showcase/{}", meeting.startup_id),
            meeting.startup.clone(),
        );
        (
            view! {
                {t!(lang, "my-agenda-meeting-with")} " "
                <A href=href>{name}</A>
            }
            .into_any(),
            meeting.startup_one_liner.clone(),
        )
    } else {
        (
            {
                let name = meeting.investor.clone();
                view! { {t!(lang, "my-agenda-meeting-with")} " " {name} }.into_any()
            },
            meeting.investor_line.clone(),
        )
    };
    let place = if meeting.location.trim().is_empty() {
        t!(lang, "my-agenda-table", place = meeting.place.as_str())
    } else {
        t!(
            lang,
            "my-agenda-table-at",
            place = meeting.place.as_str(),
            location = meeting.location.as_str()
        )
    };
    view! {
        <p class="what">{title}</p>
        {(!line.trim().is_empty()).then(|| view! { <p class="hint">{line}</p> })}
        <p class="where">{place}</p>
        <CheckInForms meeting/>
    }
}

/// "It was held" / "They did not come" for the reader's side, with what each side said;
/// before the meeting starts, when check-in opens instead. A refusal (a page left open
/// from before the start) shows beside this meeting's buttons only.
#[component]
fn CheckInForms(meeting: AgendaMeeting) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<CheckInMeeting>::new();
    let mine = meeting.id.to_string();
    let error = action_error(action);
    let refused = move || {
        error
            .get()
            .filter(|e| e.kept("meeting").as_deref() == Some(mine.as_str()))
            .and_then(|e| e.field("check"))
    };
    let you_said = meeting.my_check.map(|c| {
        t!(
            lang,
            "my-agenda-you-said",
            check = labels::check_in(lang, c)
        )
    });
    let they_said = meeting.their_check.map(|c| {
        t!(
            lang,
            "my-agenda-they-said",
            check = labels::check_in(lang, c)
        )
    });
    let id = meeting.id.to_string();
    let my_check = meeting.my_check;
    let buttons = CheckIn::ALL
        .into_iter()
        .map(|check| {
            let primary = check == CheckIn::Held && my_check.is_none();
            let id = id.clone();
            view! {
                <ActionForm action attr:class="inline-form">
                    <input type="hidden" name="meeting" value=id/>
                    <input type="hidden" name="check" value=check.as_str()/>
                    <input type="hidden" name="back" value="/agenda/mine"/>
                    <button type="submit" class=if primary { "button primary small" } else { "button small" }
                        aria-pressed=(my_check == Some(check)).to_string()
                        disabled=move || action.pending().get()>{check_label(lang, check)}</button>
                </ActionForm>
            }
        })
        .collect_view();
    let actions = if meeting.check_in_open {
        view! { <div class="reply-actions">{buttons}</div> }.into_any()
    } else {
        let opens = t!(
            lang,
            "my-agenda-check-in-opens",
            opens = meeting.check_in_opens.as_str()
        );
        view! { <p class="hint">{opens}</p> }.into_any()
    };
    view! {
        <div class="check-in" role="group" aria-label=t!(lang, "my-agenda-check-in")>
            {you_said.map(|text| view! { <p class="hint">{text}</p> })}
            {they_said.map(|text| view! { <p class="hint">{text}</p> })}
            {actions}
            <p class="field-error" role="alert">{refused}</p>
        </div>
    }
}

fn check_label(lang: Lang, check: CheckIn) -> String {
    match check {
        CheckIn::Held => t!(lang, "my-agenda-held"),
        CheckIn::NoShow => t!(lang, "my-agenda-no-show"),
    }
}
