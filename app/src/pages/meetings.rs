//! The meetings page, for investors and founders: startups (or investors) whose thesis
//! fits, each with its reasons in words and a request form; and the reader's own
//! requests with what they may answer. Every form is a plain form (works without
//! JavaScript); each request form has its own action, so a refusal shows beside the
//! form it belongs to.

use crate::api::meetings::{get_meetings, AskMeeting, ReplyMeeting};
use crate::components::forms::{loaded, FormError, TextAreaField};
use crate::components::labels;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use domain::lang::Lang;
use domain::meetings::{Reply, RequestStatus};
use domain::recommend::Reason;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use uuid::Uuid;
use wire::{
    FounderMeetings, InvestorMeetings, InvestorSuggestion, MeetingsPage, RequestRow,
    StartupSuggestion,
};

/// Who reads a reason: the investor (of a startup) or the founders (of an investor).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Investor,
    Founder,
}

/// One reason in words, as the reader sees the other side.
pub fn reason_text(lang: Lang, reader: Reader, reason: &Reason) -> String {
    let founder = reader == Reader::Founder;
    match reason {
        Reason::Sectors(sectors) => t!(
            lang,
            "meetings-reason-sectors",
            sectors = sectors.join(", ")
        ),
        Reason::Stage(code) => {
            let stage = domain::startup::Stage::parse(code)
                .map(|s| labels::stage(lang, s))
                .unwrap_or_else(|_| code.clone());
            if founder {
                t!(lang, "meetings-reason-stage-founder", stage = stage)
            } else {
                t!(lang, "meetings-reason-stage", stage = stage)
            }
        }
        Reason::AskInTicket { amount, currency } => {
            let ask = i18n::format::money(lang, *amount, currency);
            if founder {
                t!(lang, "meetings-reason-ticket-founder", ask = ask)
            } else {
                t!(lang, "meetings-reason-ticket", ask = ask)
            }
        }
        Reason::Geography(code) => {
            let country = labels::country(lang, code);
            if founder {
                t!(lang, "meetings-reason-geography-founder", country = country)
            } else {
                t!(lang, "meetings-reason-geography", country = country)
            }
        }
        Reason::TopOfTrack { percent } => {
            t!(lang, "meetings-reason-top", percent = (*percent))
        }
    }
}

#[component]
fn Reasons(reader: Reader, reasons: Vec<Reason>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="reasons">
            {reasons.iter().map(|r| view! { <li>{reason_text(lang, reader, r)}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn MeetingsPageView() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(|| (), |_| get_meetings(String::new()));
    view! {
        <Title text=t!(lang, "meetings-title")/>
        <header class="page-header">
            <h1>{t!(lang, "meetings-title")}</h1>
        </header>
        <PageNotice/>
        {loaded(page, |p: MeetingsPage| view! { <MeetingsBody page=p/> })}
        <crate::pages::pipeline::SharedStages/>
    }
}

#[component]
fn MeetingsBody(page: MeetingsPage) -> impl IntoView {
    let lang = use_lang();
    let quota = page.rules.investor_quota;
    let may_ask = page.rules.founders_may_request;
    let nothing = page.investor.is_none() && page.founder.is_empty();
    view! {
        <p class="muted">{t!(lang, "meetings-intro", edition = page.edition_name.clone(), hours = page.rules.reply_hours)}</p>
        {page.investor.map(|i| view! { <InvestorSide part=i quota/> })}
        {page.founder.into_iter().map(|f| view! { <FounderSide part=f may_ask/> }).collect_view()}
        {nothing.then(|| view! { <p class="card">{t!(lang, "meetings-nothing")}</p> })}
    }
}

#[component]
fn InvestorSide(part: InvestorMeetings, quota: u32) -> impl IntoView {
    let lang = use_lang();
    let suggestions = if part.no_profile {
        view! {
            <p class="card">
                {t!(lang, "meetings-no-thesis")} " "
                <A href="/investor/profile">{t!(lang, "meetings-fill-thesis")}</A>
            </p>
        }
        .into_any()
    } else if part.suggestions.is_empty() {
        view! { <p class="card muted">{t!(lang, "meetings-no-suggestions")}</p> }.into_any()
    } else {
        view! {
            <ul class="suggestions">
                {part.suggestions.into_iter().map(|s| view! { <StartupSuggestionCard s/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="recommended-title">
            <h2 id="recommended-title">{t!(lang, "meetings-recommended")}</h2>
            {suggestions}
        </section>
        <section aria-labelledby="my-requests-title">
            <h2 id="my-requests-title">{t!(lang, "meetings-your-requests")}</h2>
            <p class="muted">{t!(lang, "meetings-quota", live = part.live_requests, quota = quota)}</p>
            <RequestList rows=part.requests reader=Reader::Investor/>
        </section>
    }
}

#[component]
fn StartupSuggestionCard(s: StartupSuggestion) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="card suggestion">
            <h3>{s.name.clone()}</h3>
            <p>{s.one_liner.clone()} <span class="muted">" · " {s.track.clone()}</span></p>
            <Reasons reader=Reader::Investor reasons=s.reasons.clone()/>
            {match s.requested {
                Some(status) => view! { <p><span class="badge">{labels::request_status(lang, status)}</span></p> }.into_any(),
                None => view! { <RequestForm startup=s.startup_id investor=None from="meetings"/> }.into_any(),
            }}
        </li>
    }
}

/// "Request a meeting" with an optional message: the investor asks a startup
/// (`investor` None), or the founders ask an investor.
#[component]
pub fn RequestForm(startup: Uuid, investor: Option<Uuid>, from: &'static str) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<AskMeeting>::new();
    let error = action_error(action);
    view! {
        <details class="request-form" open=move || error.get().is_some()>
            <summary class="button">{t!(lang, "meetings-request")}</summary>
            <FormError error/>
            <ActionForm action>
                <input type="hidden" name="startup" value=startup.to_string()/>
                <input type="hidden" name="investor" value=investor.map(|i| i.to_string()).unwrap_or_default()/>
                <input type="hidden" name="from" value=from/>
                <TextAreaField label=t!(lang, "meetings-message") name="message" hint=t!(lang, "meetings-message-hint") rows=3 error
                    id=format!("message-{startup}-{}", investor.map(|i| i.to_string()).unwrap_or_default())/>
                <button type="submit" class="button primary" disabled=move || action.pending().get()>{t!(lang, "meetings-send-request")}</button>
            </ActionForm>
        </details>
    }
}

/// The request form on a startup's public page, for an investor signed in (nothing for
/// anyone else: the server refuses them too).
#[component]
pub fn RequestIfInvestor(startup: Uuid) -> impl IntoView {
    let user = crate::components::layout::use_user().0;
    view! {
        <Suspense fallback=|| ()>
            {move || user.get().map(|u| match u {
                Ok(Some(u)) if u.has(domain::account::Role::Investor) => view! {
                    <section class="card" aria-label="meeting">
                        <RequestForm startup investor=None from="showcase"/>
                    </section>
                }.into_any(),
                _ => ().into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn FounderSide(part: FounderMeetings, may_ask: bool) -> impl IntoView {
    let lang = use_lang();
    let heading = format!("startup-{}-title", part.startup_id);
    let labelled_by = heading.clone();
    let startup = part.startup_id;
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading>{t!(lang, "meetings-for-startup", startup = part.startup_name.clone())}</h2>
            {(!part.takes_part).then(|| view! { <p class="card muted">{t!(lang, "meetings-not-taking-part")}</p> })}
            <RequestList rows=part.requests reader=Reader::Founder/>
            {(!part.suggestions.is_empty()).then(|| view! {
                <h3>{t!(lang, "meetings-investors-fit")}</h3>
                <ul class="suggestions">
                    {part.suggestions.into_iter().map(|s| view! { <InvestorSuggestionCard s startup may_ask/> }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn InvestorSuggestionCard(s: InvestorSuggestion, startup: Uuid, may_ask: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="card suggestion">
            <h4>{s.name.clone()}</h4>
            {(!s.firm.is_empty()).then(|| view! { <p class="muted">{s.firm.clone()}</p> })}
            <Reasons reader=Reader::Founder reasons=s.reasons.clone()/>
            {match (s.requested, may_ask) {
                (Some(status), _) => view! { <p><span class="badge">{labels::request_status(lang, status)}</span></p> }.into_any(),
                (None, true) => view! { <RequestForm startup investor=Some(s.investor_id) from="meetings"/> }.into_any(),
                (None, false) => ().into_any(),
            }}
        </li>
    }
}

#[component]
fn RequestList(rows: Vec<RequestRow>, reader: Reader) -> impl IntoView {
    let lang = use_lang();
    if rows.is_empty() {
        return view! { <p class="muted">{t!(lang, "meetings-no-requests")}</p> }.into_any();
    }
    view! {
        <ul class="requests">
            {rows.into_iter().map(|r| view! { <RequestCard r reader/> }).collect_view()}
        </ul>
    }
    .into_any()
}

fn status_class(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Accepted => "badge badge-ok",
        RequestStatus::Declined | RequestStatus::Expired | RequestStatus::Withdrawn => {
            "badge badge-muted"
        }
        RequestStatus::Pending | RequestStatus::Proposed => "badge badge-warn",
    }
}

#[component]
fn RequestCard(r: RequestRow, reader: Reader) -> impl IntoView {
    let lang = use_lang();
    let (who, about) = match reader {
        Reader::Investor => (r.startup_name.clone(), r.startup_one_liner.clone()),
        Reader::Founder => (r.investor_name.clone(), r.investor_firm.clone()),
    };
    let direction = if r.reader_asked {
        t!(lang, "meetings-you-asked", when = r.asked_local.clone())
    } else {
        t!(lang, "meetings-they-asked", when = r.asked_local.clone())
    };
    let waiting = matches!(r.status, RequestStatus::Pending | RequestStatus::Proposed);
    let reply_label = match r.status {
        RequestStatus::Proposed => Some(t!(lang, "meetings-proposed-times")),
        RequestStatus::Declined => Some(t!(lang, "meetings-decline-reason")),
        _ => None,
    };
    view! {
        <li class="card request" id=format!("request-{}", r.id)>
            <h3>{who}</h3>
            {(!about.is_empty()).then(|| view! { <p class="muted">{about}</p> })}
            <p>
                <span class=status_class(r.status)>{labels::request_status(lang, r.status)}</span>
                " " <span class="muted">{direction}</span>
            </p>
            {(!r.message.is_empty()).then(|| view! {
                <p>{t!(lang, "meetings-their-message")} " " <q class="pre-line">{r.message.clone()}</q></p>
            })}
            {reply_label.filter(|_| !r.reply_text.is_empty()).map(|label| view! {
                <p>{label} " " <q class="pre-line">{r.reply_text.clone()}</q></p>
            })}
            {waiting.then(|| view! { <p class="muted">{t!(lang, "meetings-expires", when = r.expires_local.clone())}</p> })}
            {r.meeting.clone().map(|(when, place)| view! {
                <p class="meeting-booked">
                    <strong>{t!(lang, "meetings-booked", when = when, place = place)}</strong>
                    " " <A href="/agenda/mine">{t!(lang, "my-agenda-open")}</A>
                </p>
            })}
            <ReplyForms request=r.id replies=r.replies.clone()/>
            {(reader == Reader::Investor && r.status == RequestStatus::Accepted).then(|| view! {
                <crate::pages::pipeline::AddToPipelineButton startup=r.startup_id/>
            })}
        </li>
    }
}

/// The answers open to the reader: one-click buttons for accept and withdraw, a small
/// form for a decline (optional reason) or other times (required).
#[component]
fn ReplyForms(request: Uuid, replies: Vec<Reply>) -> impl IntoView {
    let lang = use_lang();
    if replies.is_empty() {
        return ().into_any();
    }
    let action = ServerAction::<ReplyMeeting>::new();
    let error = action_error(action);
    let id = request.to_string();
    let open_for = move |reply: Reply| {
        move || {
            error
                .get()
                .is_some_and(|e| e.kept("reply").as_deref() == Some(reply.as_str()))
        }
    };
    let forms = replies
        .into_iter()
        .map(|reply| {
            let id = id.clone();
            let id_for_field = id.clone();
            let label = labels::reply(lang, reply);
            match reply {
                Reply::Accept | Reply::Withdraw => {
                    let class = if reply == Reply::Accept { "button primary" } else { "button link danger" };
                    view! {
                        <ActionForm action attr:class="inline-form">
                            <input type="hidden" name="request" value=id/>
                            <input type="hidden" name="reply" value=reply.as_str()/>
                            <button type="submit" class=class disabled=move || action.pending().get()>{label}</button>
                        </ActionForm>
                    }
                    .into_any()
                }
                Reply::Decline | Reply::Propose => {
                    let (field, hint) = if reply == Reply::Propose {
                        (t!(lang, "meetings-other-times"), t!(lang, "meetings-other-times-hint"))
                    } else {
                        (t!(lang, "meetings-reason-optional"), String::new())
                    };
                    view! {
                        <details class="reply-form" open=open_for(reply)>
                            <summary class="button">{label.clone()}</summary>
                            <ActionForm action>
                                <input type="hidden" name="request" value=id/>
                                <input type="hidden" name="reply" value=reply.as_str()/>
                                <TextAreaField label=field name="reply_text" hint=hint rows=2 error
                                    id=format!("reply-{}-{}", id_for_field, reply.as_str())/>
                                <button type="submit" class="button" disabled=move || action.pending().get()>{label}</button>
                            </ActionForm>
                        </details>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    view! {
        <FormError error/>
        <div class="reply-actions">{forms}</div>
    }
    .into_any()
}
