//! The technology-needs board: `/needs` (the list with its filters, the poster's form and
//! own needs, a corporate's organisation, a founder's matching needs) and `/needs/:id`
//! (the need, its outcome once closed; for its poster the edit and close forms and every
//! response with shortlist and meeting; for a founder the response form and their own
//! response). Every control is a plain form (works without JavaScript).

use crate::api::needs::{
    get_matching_needs, get_need, get_needs, CloseNeed, PostNeed, RequestMeetingFromNeed,
    RespondNeed, SaveOrganisation, ShortlistResponse, UpdateNeed,
};
use crate::components::filters::filter_options;
use crate::components::forms::{
    loaded, CheckboxField, Field, FormError, SelectField, Submit, TextAreaField,
};
use crate::components::labels;
use crate::error::AppError;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::showcase::query_value;
use domain::lang::Lang;
use domain::needs::{NeedInput, NeedVisibility, Outcome};
use i18n::format::{date, money};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{MatchingNeeds, NeedCard, NeedPage, NeedsBoard, RespondAs, ResponseRow};

fn budget(lang: Lang, n: &NeedCard) -> String {
    t!(
        lang,
        "needs-budget-range",
        min = money(lang, n.budget_min, &n.currency),
        max = money(lang, n.budget_max, &n.currency)
    )
}

/// A need's state in words: open until its deadline, past its deadline, or its outcome.
fn state(lang: Lang, n: &NeedCard) -> String {
    match (n.outcome, n.open) {
        (Some(o), _) => match (&n.outcome_startup, o) {
            (Some(s), Outcome::TakenUp) => t!(lang, "needs-taken-up-by", startup = s.as_str()),
            _ => labels::need_outcome(lang, o),
        },
        (None, true) => t!(lang, "needs-open-until", deadline = date(lang, n.deadline)),
        (None, false) => t!(
            lang,
            "needs-past-deadline",
            deadline = date(lang, n.deadline)
        ),
    }
}

#[component]
fn NeedSummary(n: NeedCard) -> impl IntoView {
    let lang = use_lang();
    let badge = if n.open {
        "badge badge-ok"
    } else {
        "badge badge-muted"
    };
    let href = format!("/needs/{}", n.id);
    let meta = format!(" · {} · {}", n.sector, labels::country(lang, &n.country));
    let poster = poster(lang, &n);
    let members = (n.visibility == NeedVisibility::Members)
        .then(|| format!(" · {}", labels::need_visibility(lang, n.visibility)));
    let money_line = budget(lang, &n);
    let state_line = state(lang, &n);
    let count = n.responses.map(
        |c| view! { " " <span class="muted">{t!(lang, "needs-response-count", count = c)}</span> },
    );
    view! {
        <li class="card need">
            <h3><A href=href>{n.title}</A></h3>
            <p class="muted">{poster}{meta}{members}</p>
            <p>{money_line}</p>
            <p><span class=badge>{state_line}</span>{count}</p>
        </li>
    }
}

/// Who posted: their organisation with the company mail domain they proved, or a note
/// that no company address backs the organisation's name (anyone may type one).
fn poster(lang: Lang, n: &NeedCard) -> impl IntoView {
    let domain = n.poster_domain.clone().map(|d| {
        view! { " " <span class="poster-domain" title=t!(lang, "needs-poster-domain-hint")>{format!("@{d}")}</span> }
    });
    let unconfirmed = n
        .poster_unconfirmed
        .then(|| view! { " " <span class="muted">{t!(lang, "needs-poster-unconfirmed")}</span> });
    view! { <span class="poster">{n.posted_by.clone()}</span> {domain} {unconfirmed} }
}

fn need_list(lang: Lang, needs: Vec<NeedCard>) -> AnyView {
    if needs.is_empty() {
        return view! { <p class="muted">{t!(lang, "needs-none")}</p> }.into_any();
    }
    view! {
        <ul class="needs">{needs.into_iter().map(|n| view! { <NeedSummary n/> }).collect_view()}</ul>
    }
    .into_any()
}

fn visibility_options(lang: Lang) -> Vec<(String, String)> {
    NeedVisibility::ALL
        .iter()
        .map(|&v| (v.as_str().to_string(), labels::need_visibility(lang, v)))
        .collect()
}

/// The need form's fields (post and edit share them).
#[component]
fn NeedFields(
    form: NeedInput,
    sectors: Vec<String>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lang = use_lang();
    let mut sector_options: Vec<(String, String)> =
        vec![(String::new(), t!(lang, "needs-choose-sector"))];
    sector_options.extend(sectors.iter().map(|s| (s.clone(), s.clone())));
    if !form.sector.is_empty() && !sectors.contains(&form.sector) {
        sector_options.push((form.sector.clone(), form.sector.clone()));
    }
    let countries: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "needs-choose-country")))
            .chain(labels::countries(lang))
            .collect();
    let currencies = labels::currency_options(lang);
    view! {
        <Field label=t!(lang, "needs-field-title") name="title" required=true maxlength=domain::needs::TITLE_MAX initial=form.title.clone() error/>
        <SelectField label=t!(lang, "needs-field-sector") name="sector" options=sector_options initial=form.sector.clone() error/>
        <TextAreaField label=t!(lang, "needs-field-description") name="description" rows=5 initial=form.description.clone() error/>
        <div class="field-row">
            <Field label=t!(lang, "needs-field-budget-min") name="budget_min" required=true hint=t!(lang, "needs-budget-hint") initial=form.budget_min.clone() error/>
            <Field label=t!(lang, "needs-field-budget-max") name="budget_max" required=true initial=form.budget_max.clone() error/>
            <SelectField label=t!(lang, "needs-field-currency") name="currency" options=currencies initial=form.currency.clone() error/>
        </div>
        <Field label=t!(lang, "needs-field-deadline") name="deadline" kind="date" required=true initial=form.deadline.clone() error/>
        <SelectField label=t!(lang, "needs-field-country") name="country" options=countries initial=form.country.clone() error/>
        <SelectField label=t!(lang, "needs-field-visibility") name="visibility" options=visibility_options(lang) initial=form.visibility.clone() error/>
    }
}

#[component]
fn PostNeedForm(sectors: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let post = ServerAction::<PostNeed>::new();
    let error = action_error(post);
    let blank = NeedInput {
        currency: "CNY".into(),
        visibility: NeedVisibility::Public.as_str().into(),
        ..Default::default()
    };
    view! {
        <details class="card" open=move || error.get().is_some()>
            <summary class="button primary">{t!(lang, "needs-post")}</summary>
            <FormError error/>
            <ActionForm action=post attr:class="need-form" attr:novalidate=true>
                <NeedFields form=blank sectors error/>
                <div class="form-actions"><Submit label=t!(lang, "needs-post-submit") pending=post.pending()/></div>
            </ActionForm>
        </details>
    }
}

#[component]
fn OrganisationForm(current: String) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveOrganisation>::new();
    let error = action_error(save);
    view! {
        <section class="card" aria-labelledby="organisation-title">
            <h2 id="organisation-title">{t!(lang, "needs-organisation")}</h2>
            <p class="muted">{t!(lang, "needs-organisation-hint")}</p>
            <FormError error/>
            <ActionForm action=save attr:class="inline-form" attr:novalidate=true>
                <Field label=t!(lang, "needs-organisation-name") name="organisation" required=true maxlength=domain::needs::ORGANISATION_MAX initial=current error/>
                <Submit label=t!(lang, "needs-save") pending=save.pending()/>
            </ActionForm>
        </section>
    }
}

/// For each of the reader's startups, the open needs of its sectors (also on the
/// founder's home).
#[component]
pub fn MatchingNeedsList(matching: Vec<MatchingNeeds>) -> impl IntoView {
    let lang = use_lang();
    (!matching.is_empty()).then(|| {
        view! {
            <section class="card" aria-labelledby="matching-needs-title">
                <h2 id="matching-needs-title">{t!(lang, "needs-matching")}</h2>
                {matching.into_iter().map(|m| view! {
                    <h3>{t!(lang, "needs-matching-for", startup = m.startup_name.as_str())}</h3>
                    {need_list(lang, m.needs)}
                }).collect_view()}
            </section>
        }
    })
}

/// The founder's home section: the needs matching their startups.
#[component]
pub fn MatchingNeedsCard() -> impl IntoView {
    let matching = Resource::new(|| (), |_| get_matching_needs());
    view! {
        <Suspense fallback=|| ()>
            {move || matching.get().and_then(Result::ok).map(|matching| view! { <MatchingNeedsList matching/> })}
        </Suspense>
    }
}

#[component]
pub fn NeedsBoardPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let sector = query_value("sector");
    let country = query_value("country");
    let open = query_value("open");
    let board = Resource::new(
        move || location.search.get(),
        move |_| get_needs(sector(), country(), open()),
    );
    view! {
        <Title text=t!(lang, "needs-title")/>
        <header class="page-header">
            <h1>{t!(lang, "needs-title")}</h1>
            <p class="lead">{t!(lang, "needs-lead")}</p>
        </header>
        <PageNotice/>
        {loaded(board, move |b: NeedsBoard| {
            let sectors: Vec<(String, String)> = b.sectors.iter().map(|s| (s.clone(), s.clone())).collect();
            view! {
                {b.organisation.clone().map(|o| view! { <OrganisationForm current=o/> })}
                {b.may_post.then(|| view! {
                    <PostNeedForm sectors=b.sectors.clone()/>
                    <section aria-labelledby="my-needs-title">
                        <h2 id="my-needs-title">{t!(lang, "needs-mine")}</h2>
                        {need_list(lang, b.mine.clone())}
                    </section>
                })}
                <MatchingNeedsList matching=b.matching.clone()/>
                <section aria-labelledby="board-title">
                    <h2 id="board-title">{t!(lang, "needs-board")}</h2>
                    <Form method="GET" action="/needs" attr:class="filters" attr:role="search">
                        <label>{t!(lang, "needs-field-sector")}<select name="sector">{filter_options(sector(), sectors, t!(lang, "needs-all-sectors"))}</select></label>
                        <label>{t!(lang, "needs-field-country")}<select name="country">{filter_options(country(), labels::countries(lang), t!(lang, "needs-all-countries"))}</select></label>
                        <label class="checkbox"><input type="checkbox" name="open" value="on" checked=open() == "on"/>{t!(lang, "needs-open-only")}</label>
                        <button type="submit" class="button">{t!(lang, "needs-filter")}</button>
                    </Form>
                    {(!b.signed_in).then(|| view! { <p class="muted">{t!(lang, "needs-public-only")}</p> })}
                    {need_list(lang, b.needs.clone())}
                </section>
            }
        })}
    }
}

#[component]
pub fn NeedDetailPage() -> impl IntoView {
    let lang = use_lang();
    let params = crate::route_state::params_map();
    let location = use_location();
    let page = Resource::new(
        move || (params.read().get("id"), location.search.get()),
        |(id, _)| get_need(id.unwrap_or_default()),
    );
    view! {
        <Title text=t!(lang, "needs-title")/>
        <PageNotice/>
        {loaded(page, |p: NeedPage| view! { <NeedBody p/> })}
    }
}

#[component]
fn NeedBody(p: NeedPage) -> impl IntoView {
    let lang = use_lang();
    let n = p.need.clone();
    let id = n.id;
    view! {
        <Title text=n.title.clone()/>
        <header class="page-header">
            <p><A href="/needs">{t!(lang, "needs-back")}</A></p>
            <h1>{n.title.clone()}</h1>
            <p class="lead">{poster(lang, &n)} " · " {n.sector.clone()} " · " {labels::country(lang, &n.country)} " · " {labels::need_visibility(lang, n.visibility)}</p>
        </header>
        <section class="card">
            <p><strong>{budget(lang, &n)}</strong></p>
            <p><span class=if n.open { "badge badge-ok" } else { "badge badge-muted" }>{state(lang, &n)}</span></p>
            {(!n.outcome_note.is_empty()).then(|| view! { <p class="pre-line">{n.outcome_note.clone()}</p> })}
            <p class="pre-line">{n.description.clone()}</p>
            {n.responses.map(|c| view! { <p class="muted">{t!(lang, "needs-response-count", count = c)}</p> })}
        </section>
        {p.mine.then(|| view! { <PosterForms p=p.clone()/> })}
        {(!p.respond_as.is_empty()).then(|| view! { <RespondForm need=id options=p.respond_as.clone()/> })}
        {(!p.responses.is_empty()).then(|| view! {
            <section id="responses" aria-labelledby="responses-title">
                <h2 id="responses-title">{if p.mine { t!(lang, "needs-responses") } else { t!(lang, "needs-your-response") }}</h2>
                {(p.mine && p.corporate_poster).then(|| view! { <p class="muted">{t!(lang, "needs-corporate-meetings")}</p> })}
                <ul class="responses">
                    {p.responses.clone().into_iter().map(|r| view! { <ResponseCard r mine=p.mine/> }).collect_view()}
                </ul>
            </section>
        })}
    }
}

#[component]
fn PosterForms(p: NeedPage) -> impl IntoView {
    let lang = use_lang();
    let update = ServerAction::<UpdateNeed>::new();
    let update_error = action_error(update);
    let close = ServerAction::<CloseNeed>::new();
    let close_error = action_error(close);
    let id = p.need.id.to_string();
    let closed = p.need.outcome.is_some();
    let outcomes: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "needs-choose-outcome")))
            .chain(
                Outcome::ALL
                    .iter()
                    .map(|&o| (o.as_str().to_string(), labels::need_outcome(lang, o))),
            )
            .collect();
    let responders: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "needs-choose-startup")))
            .chain(
                p.responses
                    .iter()
                    .map(|r| (r.startup_id.to_string(), r.startup_name.clone())),
            )
            .collect();
    (!closed).then(|| {
        let id2 = id.clone();
        view! {
            <details class="card" open=move || update_error.get().is_some()>
                <summary class="button">{t!(lang, "needs-edit")}</summary>
                <FormError error=update_error/>
                <ActionForm action=update attr:class="need-form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id/>
                    <NeedFields form=p.form.clone() sectors=p.sectors.clone() error=update_error/>
                    <div class="form-actions"><Submit label=t!(lang, "needs-save") pending=update.pending()/></div>
                </ActionForm>
            </details>
            <details class="card" open=move || close_error.get().is_some()>
                <summary class="button">{t!(lang, "needs-close")}</summary>
                <FormError error=close_error/>
                <ActionForm action=close attr:class="need-form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id2/>
                    <SelectField label=t!(lang, "needs-field-outcome") name="outcome" options=outcomes error=close_error/>
                    <SelectField label=t!(lang, "needs-field-taken-up-by") name="startup" options=responders hint=t!(lang, "needs-taken-up-hint") error=close_error/>
                    <TextAreaField label=t!(lang, "needs-field-outcome-note") name="note" rows=2 error=close_error/>
                    <div class="form-actions"><Submit label=t!(lang, "needs-close-submit") pending=close.pending()/></div>
                </ActionForm>
            </details>
        }
    })
}

#[component]
fn RespondForm(need: Uuid, options: Vec<RespondAs>) -> impl IntoView {
    let lang = use_lang();
    let respond = ServerAction::<RespondNeed>::new();
    let error = action_error(respond);
    let any_deck = options.iter().any(|o| o.deck_submission.is_some());
    let startups: Vec<(String, String)> = options
        .iter()
        .map(|o| (o.startup_id.to_string(), o.name.clone()))
        .collect();
    view! {
        <section class="card" aria-labelledby="respond-title">
            <h2 id="respond-title">{t!(lang, "needs-respond")}</h2>
            <FormError error/>
            <ActionForm action=respond attr:class="need-form" attr:novalidate=true>
                <input type="hidden" name="need" value=need.to_string()/>
                <SelectField label=t!(lang, "needs-respond-as") name="startup" options=startups error/>
                <TextAreaField label=t!(lang, "needs-field-proposal") name="proposal" rows=4 hint=t!(lang, "needs-proposal-hint") error/>
                {any_deck.then(|| view! {
                    <CheckboxField label=t!(lang, "needs-attach-deck") name="attach_deck" hint=t!(lang, "needs-attach-deck-hint") error/>
                })}
                <p class="field-error" role="alert">{move || error.get().and_then(|e| e.field("attach_deck"))}</p>
                <div class="form-actions"><Submit label=t!(lang, "needs-respond-submit") pending=respond.pending()/></div>
            </ActionForm>
        </section>
    }
}

#[component]
fn ResponseCard(r: ResponseRow, mine: bool) -> impl IntoView {
    let lang = use_lang();
    let shortlist = ServerAction::<ShortlistResponse>::new();
    let meeting = ServerAction::<RequestMeetingFromNeed>::new();
    let meeting_error = action_error(meeting);
    let id = r.id.to_string();
    let id2 = id.clone();
    view! {
        <li class="card response" id=format!("response-{}", r.id)>
            <h3>{r.startup_name.clone()}</h3>
            {(!r.one_liner.is_empty()).then(|| view! { <p class="muted">{r.one_liner.clone()}</p> })}
            <p class="muted">{t!(lang, "needs-sent-on", day = date(lang, r.sent_on))}
                {r.shortlisted.then(|| view! { " " <span class="badge badge-ok">{t!(lang, "needs-shortlisted")}</span> })}</p>
            <p class="pre-line">{r.proposal.clone()}</p>
            {r.deck_submission.map(|s| view! { <p><a href=format!("/files/decks/{s}") rel="nofollow">{t!(lang, "needs-deck")}</a></p> })}
            {(!r.contacts.is_empty()).then(|| view! {
                <p>{t!(lang, "needs-contacts")} " " {r.contacts.join(", ")}</p>
            })}
            {r.meeting.map(|m| view! { <p>{t!(lang, "needs-meeting")} " " <span class="badge">{labels::request_status(lang, m)}</span></p> })}
            {mine.then(|| view! {
                <ActionForm action=shortlist attr:class="inline-form">
                    <input type="hidden" name="response" value=id/>
                    <input type="hidden" name="on" value=if r.shortlisted { "" } else { "on" }/>
                    <button type="submit" class="button">{if r.shortlisted { t!(lang, "needs-unshortlist") } else { t!(lang, "needs-shortlist") }}</button>
                </ActionForm>
            })}
            {r.may_request_meeting.then(|| view! {
                <details class="request-form" open=move || meeting_error.get().is_some()>
                    <summary class="button primary">{t!(lang, "meetings-request")}</summary>
                    <FormError error=meeting_error/>
                    <ActionForm action=meeting>
                        <input type="hidden" name="response" value=id2/>
                        <TextAreaField label=t!(lang, "meetings-message") name="message" rows=3 error=meeting_error id=format!("message-{}", r.id)/>
                        <button type="submit" class="button primary">{t!(lang, "meetings-send-request")}</button>
                    </ActionForm>
                </details>
            })}
        </li>
    }
}
