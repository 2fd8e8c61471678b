//! The judge's workspace: the review queue with progress, and the scoring form with
//! the pitch beside the rubric, private marks and conflict declaration.

use crate::api::reviews::{
    get_review_form, get_review_queue, DeclareConflict, SaveMarks, SaveReview,
};
use crate::components::filters::filter_options;
use crate::components::forms::{
    loaded, CheckboxField, Field, FormError, SelectField, Submit, TextAreaField,
};
use crate::components::labels;
use crate::components::layout::RequireRole;
use crate::components::score::CriterionInput;
use crate::error::AppError;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::meetings::RequestForm;
use crate::pages::showcase::query_value;
use domain::account::Role;
use domain::lang::Lang;
use domain::review::{Interest, Recommendation};
use i18n::format::grouped;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{QueueQuery, ReviewForm, ReviewQueue};

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let lang = use_lang();
    let (track, show) = (query_value("track"), query_value("show"));
    let location = use_location();
    let queue = Resource::new(
        move || (location.search.get(), track(), show()),
        |(_, track, show)| {
            get_review_queue(QueueQuery {
                edition: None,
                track,
                show,
            })
        },
    );
    view! {
        <Title text=t!(lang, "nav-reviews")/>
        <RequireRole role=Role::Investor>
            <PageNotice/>
            {loaded(queue, move |q: ReviewQueue| view! { <QueueView queue=q track=track() show=show()/> })}
        </RequireRole>
    }
}

/// What a judge calls a pitch: its startup's name, or in blind review "Pitch 3F2A1B".
fn pitch_label(lang: Lang, label: &str, blind: bool) -> String {
    if blind {
        t!(lang, "reviews-blind-label", code = label)
    } else {
        label.to_string()
    }
}

#[component]
fn QueueView(queue: ReviewQueue, track: String, show: String) -> impl IntoView {
    let lang = use_lang();
    let shows: Vec<(String, String)> = [
        ("todo", t!(lang, "reviews-show-todo")),
        ("done", t!(lang, "reviews-show-done")),
        ("starred", t!(lang, "reviews-show-starred")),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b))
    .collect();
    let title = if show == "starred" {
        t!(lang, "investor-home-shortlist")
    } else {
        t!(lang, "investor-home-queue")
    };
    let blind = queue.blind;
    view! {
        <header class="page-header">
            <h1>{title} " · " {queue.edition_name.clone()}</h1>
            <p class="lead">
                {t!(lang, "reviews-progress", done = queue.assigned_done, total = queue.assigned_total)}
                {(!queue.phase_open).then(|| t!(lang, "reviews-phase-closed-note"))}
            </p>
            <progress max=queue.assigned_total.max(1) value=queue.assigned_done aria-label=t!(lang, "reviews-progress-label")></progress>
        </header>
        <Form method="GET" action="/investor/reviews" attr:class="filters" attr:role="search">
            <label>{t!(lang, "judging-track")} <select name="track">{filter_options(track, queue.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), t!(lang, "judging-all-tracks"))}</select></label>
            <label>{t!(lang, "reviews-show")} <select name="show">{filter_options(show, shows, t!(lang, "reviews-everything"))}</select></label>
            <button type="submit" class="button">{t!(lang, "reviews-filter")}</button>
        </Form>
        {queue.items.is_empty().then(|| view! { <p class="card">{t!(lang, "reviews-empty")}</p> })}
        <ul class="queue">
            {queue.items.clone().into_iter().map(|i| { let item = i.clone(); view! {
                <li class="queue-item" class:done=i.reviewed>
                    <A href=format!("/investor/reviews/{}", i.submission_id)>{pitch_label(lang, &i.label, blind)}</A>
                    {i.starred.then(|| view! { <span class="star" title=t!(lang, "reviews-on-shortlist")>"★"</span> })}
                    <span class="muted">{format!(" · {} · {} · {}", i.track, labels::stage(lang, i.stage), labels::country(lang, &i.country))}</span>
                    <p>{labels::blind(lang, &i.one_liner)}</p>
                    <span class="badge">{if i.reviewed { t!(lang, "reviews-show-done") } else { t!(lang, "reviews-to-review") }}</span>
                    {(!i.assigned).then(|| view! { <span class="badge">{t!(lang, "reviews-not-assigned")}</span> })}
                    {(i.interest != Interest::NoInterest).then(|| view! { <span class="badge">{labels::interest(lang, i.interest)}</span> })}
                    <ShortlistMeeting item/>
                </li>
            }}).collect_view()}
        </ul>
    }
    .into_any()
}

/// On a shortlisted pitch whose startup is named to the reader (not in blind review):
/// "Request a meeting", or the status of the request already made.
#[component]
fn ShortlistMeeting(item: wire::QueueItem) -> impl IntoView {
    let lang = use_lang();
    let startup = item.startup_id.filter(|_| item.starred);
    startup.map(|startup| match item.meeting {
        Some(status) => view! {
            <p><span class="badge">{t!(lang, "reviews-meeting-requested", status = labels::request_status(lang, status))}</span></p>
        }
        .into_any(),
        None if item.meetings_open => {
            view! { <RequestForm startup investor=None from="shortlist"/> }.into_any()
        }
        // Only accepted startups take part in the meetings: say when asking opens.
        None => view! { <p class="muted">{t!(lang, "reviews-meeting-after-acceptance")}</p> }
            .into_any(),
    })
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let lang = use_lang();
    let params = crate::route_state::params_map();
    let location = use_location();
    let form = Resource::new(
        move || (params.read().get("id"), location.search.get()),
        |(id, _)| async move {
            match id.as_deref().and_then(|i| Uuid::parse_str(i).ok()) {
                Some(id) => get_review_form(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t!(lang, "reviews-review-title")/>
        <RequireRole role=Role::Investor>
            <PageNotice/>
            {loaded(form, |f: ReviewForm| view! { <ReviewView form=f/> })}
        </RequireRole>
    }
}

/// An amount in the startup's currency as judges read it: "US$1,200,000", "¥20,000,000".
fn amount(lang: Lang, value: i64, currency: &str) -> String {
    i18n::format::money(lang, value, currency)
}

/// The figures a startup reported, as (name, value) pairs in the reader's language.
fn traction(lang: Lang, s: &wire::ReviewedStartup) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    if let Some(r) = s.monthly_revenue {
        facts.push((
            t!(lang, "reviews-monthly-revenue"),
            amount(lang, r, &s.currency),
        ));
    }
    if let Some(u) = s.users {
        facts.push((t!(lang, "reviews-users"), grouped(u)));
    }
    if let Some(g) = s.growth_pct {
        facts.push((
            t!(lang, "reviews-growth"),
            t!(lang, "reviews-growth-value", pct = g.to_string()),
        ));
    }
    if let Some(r) = s.raised_so_far {
        facts.push((
            t!(lang, "reviews-raised-so-far"),
            amount(lang, r, &s.currency),
        ));
    }
    facts
}

#[component]
fn ReviewView(form: ReviewForm) -> impl IntoView {
    let lang = use_lang();
    let s = form.startup.clone();
    let ask = s.ask.map(|a| amount(lang, a, &s.currency));
    view! {
        <header class="page-header">
            <h1>{pitch_label(lang, &form.label, form.blind)}</h1>
            <p class="lead">
                {form.position.map(|(n, m)| format!("{} · ", t!(lang, "reviews-position", n = n, m = m)))}
                {form.track.clone()}
                " · "
                <A href="/investor/reviews">{t!(lang, "reviews-back-to-queue")}</A>
            </p>
        </header>
        <div class="review-layout">
            <section class="card pitch-info" aria-labelledby="pitch-title">
                <h2 id="pitch-title">{labels::blind(lang, &form.title)}</h2>
                <p class="lead">{labels::blind(lang, &s.one_liner)}</p>
                {form.deck_url.clone().map(|u| {
                    // The deck beside the rubric: the browser's own PDF viewer in a frame
                    // (the deck route answers inline for `?view=inline` and lets only our own
                    // pages frame it); the download link stays for browsers without one.
                    let inline = format!("{u}?view=inline");
                    view! {
                        <figure class="deck-view">
                            <iframe src=inline title=t!(lang, "reviews-deck-frame-title")></iframe>
                            <figcaption class="hint">{t!(lang, "reviews-deck-frame-hint")}</figcaption>
                        </figure>
                        <p><a href=u class="button" download>{t!(lang, "reviews-download-deck")}</a></p>
                    }
                })}
                {form.video_url.clone().map(|u| view! { <p><a href=u.clone() rel="noopener noreferrer" target="_blank">{t!(lang, "reviews-watch-video")}</a></p> })}
                <h3>{t!(lang, "reviews-summary")}</h3>
                <p class="prose">{labels::blind(lang, &form.summary)}</p>
                <h3>{t!(lang, "reviews-startup")}</h3>
                <dl class="facts">
                    <dt>{t!(lang, "reviews-stage")}</dt><dd>{labels::stage(lang, s.stage)}</dd>
                    <dt>{t!(lang, "reviews-where")}</dt><dd>{t!(lang, "reviews-place", city = s.city.as_str(), country = labels::country(lang, &s.country))}</dd>
                    <dt>{t!(lang, "reviews-sectors")}</dt><dd>{s.sectors.join(if lang == Lang::Zh { "、" } else { ", " })}</dd>
                    <dt>{t!(lang, "reviews-founded")}</dt><dd>{s.founded_year}</dd>
                    <dt>{t!(lang, "reviews-team")}</dt><dd>{t!(lang, "reviews-team-size", count = s.team_size)}</dd>
                    {ask.map(|a| view! { <dt>{t!(lang, "reviews-raising")}</dt><dd>{a}</dd> })}
                    {traction(lang, &s).into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    {s.website.clone().map(|w| view! { <dt>{t!(lang, "reviews-website")}</dt><dd><a href=w.clone() rel="noopener noreferrer" target="_blank">{w.clone()}</a></dd> })}
                </dl>
                <p class="prose">{labels::blind(lang, &s.description)}</p>
                {form.blind.then(|| view! { <p class="hint">{t!(lang, "reviews-blind-hint")}</p> })}
            </section>
            <div class="review-side">
                <ScoreForm form=form.clone()/>
                <OthersView form=form.clone()/>
                <MarksForm form=form.clone()/>
                <ConflictForm submission=form.submission_id/>
            </div>
        </div>
    }
    .into_any()
}

#[component]
fn ScoreForm(form: ReviewForm) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SaveReview>::new();
    let error = action_error(action);
    let recommendations: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "common-choose")))
            .chain(
                Recommendation::ALL
                    .iter()
                    .map(|&r| (r.as_str().to_string(), labels::recommendation(lang, r))),
            )
            .collect();
    let open = form.phase_open;
    view! {
        <section class="card" aria-labelledby="score-title">
            <h2 id="score-title">{t!(lang, "reviews-your-review")}</h2>
            {(!open).then(|| view! { <div class="alert alert-error" role="alert">{t!(lang, "reviews-phase-closed")}</div> })}
            <FormError error/>
            <ActionForm action attr:class="score-form" attr:novalidate=true>
                <input type="hidden" name="submission" value=form.submission_id.to_string()/>
                {form.criteria.clone().into_iter().map(|c| view! { <CriterionInput criterion=c error/> }).collect_view()}
                <SelectField label=t!(lang, "reviews-recommendation") name="recommendation" options=recommendations initial=form.recommendation.clone() error/>
                <TextAreaField label=t!(lang, "reviews-comment") name="comment" hint=t!(lang, "reviews-comment-hint") initial=form.comment.clone() rows=4 error/>
                <TextAreaField label=t!(lang, "reviews-private-note") name="private_note" hint=t!(lang, "reviews-private-note-hint") initial=form.private_note.clone() rows=3 error/>
                {open.then(|| view! {
                    <div class="form-actions">
                        <button type="submit" name="then" value="next" class="button primary" disabled=move || action.pending().get()>{t!(lang, "reviews-save-next")}</button>
                        <button type="submit" name="then" value="stay" class="button" disabled=move || action.pending().get()>{t!(lang, "reviews-save")}</button>
                    </div>
                })}
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn OthersView(form: ReviewForm) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card" aria-labelledby="others-title">
            <h2 id="others-title">{t!(lang, "reviews-other-judges")}</h2>
            {match form.others.clone() {
                None if !form.has_review => view! { <p class="hint">{t!(lang, "reviews-others-after-own")}</p> }.into_any(),
                None => view! { <p class="hint">{t!(lang, "reviews-others-hidden")}</p> }.into_any(),
                Some(list) if list.is_empty() => view! { <p class="hint">{t!(lang, "reviews-no-others")}</p> }.into_any(),
                Some(list) => view! {
                    <ul class="plain">
                        {list.into_iter().map(|o| {
                            let judge = t!(lang, "reviews-other-judge", letter = o.letter.to_string());
                            view! { <li>{judge} ": " {format!("{:.2}", o.weighted)} " · " {labels::recommendation(lang, o.recommendation)}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}

#[component]
fn MarksForm(form: ReviewForm) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SaveMarks>::new();
    let error = action_error(action);
    let interests: Vec<(String, String)> = Interest::ALL
        .iter()
        .map(|&i| (i.as_str().to_string(), labels::interest(lang, i)))
        .collect();
    view! {
        <section class="card" aria-labelledby="marks-title">
            <h2 id="marks-title">{t!(lang, "reviews-your-marks")}</h2>
            <p class="hint">{t!(lang, "reviews-marks-hint")}</p>
            <FormError error/>
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="submission" value=form.submission_id.to_string()/>
                <CheckboxField label=t!(lang, "reviews-starred") name="starred" initial=form.marks.starred error/>
                <Field label=t!(lang, "reviews-tags") name="tags" hint=t!(lang, "reviews-tags-hint") initial=form.marks.tags.clone() error/>
                <SelectField label=t!(lang, "reviews-interest") name="interest" options=interests initial=form.marks.interest.as_str().to_string() error/>
                <div class="form-actions"><Submit label=t!(lang, "reviews-save-marks") pending=action.pending()/></div>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn ConflictForm(submission: Uuid) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<DeclareConflict>::new();
    let error = action_error(action);
    view! {
        <section class="card" aria-labelledby="conflict-title">
            <details open=move || error.get().is_some()>
                <summary id="conflict-title">{t!(lang, "reviews-declare-conflict-title")}</summary>
                <p class="hint">{t!(lang, "reviews-conflict-hint")}</p>
                <FormError error/>
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="submission" value=submission.to_string()/>
                    <TextAreaField label=t!(lang, "reviews-reason") name="reason" hint=t!(lang, "reviews-reason-hint") rows=2 error/>
                    <div class="form-actions"><Submit label=t!(lang, "reviews-declare-conflict") pending=action.pending()/></div>
                </ActionForm>
            </details>
        </section>
    }
    .into_any()
}
