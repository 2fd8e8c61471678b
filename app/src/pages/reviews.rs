//! The judge's workspace: the review queue with progress, and the scoring form with
//! the pitch beside the rubric, private marks and conflict declaration.

use crate::api::reviews::{
    get_review_form, get_review_queue, DeclareConflict, SaveMarks, SaveReview,
};
use crate::components::forms::{
    loaded, CheckboxField, Field, FormError, SelectField, Submit, TextAreaField,
};
use crate::components::layout::RequireRole;
use crate::error::AppError;
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::showcase::{options, query_value};
use domain::account::Role;
use domain::review::{score_field, Interest, Recommendation};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::{use_location, use_params_map};
use uuid::Uuid;
use wire::{CriterionView, QueueQuery, ReviewForm, ReviewQueue};

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
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
        <Title text="Reviews"/>
        <RequireRole role=Role::Investor>
            <PageNotice/>
            {loaded(queue, move |q: ReviewQueue| view! { <QueueView queue=q track=track() show=show()/> })}
        </RequireRole>
    }
}

#[component]
fn QueueView(queue: ReviewQueue, track: String, show: String) -> impl IntoView {
    let shows: Vec<(String, String)> = [
        ("todo", "Not reviewed yet"),
        ("done", "Reviewed"),
        ("starred", "Shortlist (starred)"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    let title = if show == "starred" {
        "My shortlist"
    } else {
        "Review queue"
    };
    view! {
        <header class="page-header">
            <h1>{title} " · " {queue.edition_name.clone()}</h1>
            <p class="lead">
                {format!("{} of {} assigned pitches reviewed.", queue.assigned_done, queue.assigned_total)}
                {(!queue.phase_open).then_some(" The review phase is closed: reviews are read-only.")}
            </p>
            <progress max=queue.assigned_total.max(1) value=queue.assigned_done aria-label="Review progress"></progress>
        </header>
        <Form method="GET" action="/investor/reviews" attr:class="filters" attr:role="search">
            <label>"Track" <select name="track">{options(track, queue.tracks.iter().map(|t| (t.clone(), t.clone())).collect(), "All tracks")}</select></label>
            <label>"Show" <select name="show">{options(show, shows, "Everything")}</select></label>
            <button type="submit" class="button">"Filter"</button>
        </Form>
        {queue.items.is_empty().then(|| view! { <p class="card">"Nothing here. Staff assign pitches after the submission deadline."</p> })}
        <ul class="queue">
            {queue.items.clone().into_iter().map(|i| view! {
                <li class="queue-item" class:done=i.reviewed>
                    <A href=format!("/investor/reviews/{}", i.submission_id)>{i.label.clone()}</A>
                    {i.starred.then(|| view! { <span class="star" title="On your shortlist">"★"</span> })}
                    <span class="muted">{format!(" · {} · {} · {}", i.track, i.stage, i.country)}</span>
                    <p>{i.one_liner.clone()}</p>
                    <span class="badge">{if i.reviewed { "Reviewed" } else { "To review" }}</span>
                    {(!i.assigned).then(|| view! { <span class="badge">"Not assigned to you"</span> })}
                    {(i.interest != Interest::NoInterest).then(|| view! { <span class="badge">{i.interest.label()}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let params = use_params_map();
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
        <Title text="Review"/>
        <RequireRole role=Role::Investor>
            <PageNotice/>
            {loaded(form, |f: ReviewForm| view! { <ReviewView form=f/> })}
        </RequireRole>
    }
}

#[component]
fn ReviewView(form: ReviewForm) -> impl IntoView {
    let s = form.startup.clone();
    view! {
        <header class="page-header">
            <h1>{form.label.clone()}</h1>
            <p class="lead">
                {form.position.map(|(n, m)| format!("Pitch {n} of {m} assigned to you · "))}
                {form.track.clone()}
                " · "
                <A href="/investor/reviews">"Back to the queue"</A>
            </p>
        </header>
        <div class="review-layout">
            <section class="card pitch-info" aria-labelledby="pitch-title">
                <h2 id="pitch-title">{form.title.clone()}</h2>
                <p class="lead">{s.one_liner.clone()}</p>
                {form.deck_url.clone().map(|u| view! { <p><a href=u class="button" download>"Download the deck (PDF)"</a></p> })}
                {form.video_url.clone().map(|u| view! { <p><a href=u.clone() rel="noopener noreferrer" target="_blank">"Watch the video"</a></p> })}
                <h3>"Summary"</h3>
                <p class="prose">{form.summary.clone()}</p>
                <h3>"Startup"</h3>
                <dl class="facts">
                    <dt>"Stage"</dt><dd>{s.stage.clone()}</dd>
                    <dt>"Where"</dt><dd>{format!("{}, {}", s.city, s.country)}</dd>
                    <dt>"Sectors"</dt><dd>{s.sectors.join(", ")}</dd>
                    <dt>"Founded"</dt><dd>{s.founded_year}</dd>
                    <dt>"Team"</dt><dd>{format!("{} people", s.team_size)}</dd>
                    {(!s.ask.is_empty()).then(|| view! { <dt>"Raising"</dt><dd>{s.ask.clone()}</dd> })}
                    {s.traction.clone().into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    {s.website.clone().map(|w| view! { <dt>"Website"</dt><dd><a href=w.clone() rel="noopener noreferrer" target="_blank">{w.clone()}</a></dd> })}
                </dl>
                <p class="prose">{s.description.clone()}</p>
                {form.blind.then(|| view! { <p class="hint">"Blind review: the startup's and founders' names are hidden. Where the founders wrote their startup's name in this text it shows as [startup]; the deck is shown as they uploaded it and may still name them."</p> })}
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
    let action = ServerAction::<SaveReview>::new();
    let error = action_error(action);
    let recommendations: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose…".to_string()))
            .chain(
                Recommendation::ALL
                    .iter()
                    .map(|r| (r.as_str().to_string(), r.label().to_string())),
            )
            .collect();
    let open = form.phase_open;
    view! {
        <section class="card" aria-labelledby="score-title">
            <h2 id="score-title">"Your review"</h2>
            {(!open).then(|| view! { <div class="alert alert-error" role="alert">"The review phase is closed, so reviews can no longer be written or changed."</div> })}
            <FormError error/>
            <ActionForm action attr:class="score-form" attr:novalidate=true>
                <input type="hidden" name="submission" value=form.submission_id.to_string()/>
                {form.criteria.clone().into_iter().map(|c| view! { <CriterionInput criterion=c error/> }).collect_view()}
                <SelectField label="Recommendation" name="recommendation" options=recommendations initial=form.recommendation.clone() error/>
                <TextAreaField label="Comment" name="comment" hint="Staff may share it with the founders as feedback. At most 3,000 characters." initial=form.comment.clone() rows=4 error/>
                <TextAreaField label="Private note" name="private_note" hint="Only you can read this." initial=form.private_note.clone() rows=3 error/>
                {open.then(|| view! {
                    <div class="form-actions">
                        <button type="submit" name="then" value="next" class="button primary" disabled=move || action.pending().get()>"Save and next"</button>
                        <button type="submit" name="then" value="stay" class="button" disabled=move || action.pending().get()>"Save"</button>
                    </div>
                })}
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn CriterionInput(
    criterion: CriterionView,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let field = score_field(&criterion.key);
    let field_for_error = field.clone();
    let message = Signal::derive(move || error.get().and_then(|e| e.field(&field_for_error)));
    let field_for_value = field.clone();
    let saved = criterion.score.map(|s| s.to_string()).unwrap_or_default();
    let current = Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.kept(&field_for_value))
            .unwrap_or_else(|| saved.clone())
    });
    view! {
        <fieldset class="criterion" class:has-error=move || message.get().is_some()>
            <legend>{criterion.name.clone()} <span class="muted">{format!(" · weight {} · 1 to {}", criterion.weight, criterion.scale_max)}</span></legend>
            {(!criterion.guidance.is_empty()).then(|| view! { <p class="hint">{criterion.guidance.clone()}</p> })}
            <div class="scale" role="radiogroup" aria-label=criterion.name.clone()>
                {(1..=criterion.scale_max).map(|v| {
                    let id = format!("{}-{v}", criterion.key);
                    let value = v.to_string();
                    let is = value.clone();
                    view! {
                        <span class="scale-point">
                            <input type="radio" id=id.clone() name=field.clone() value=value checked=move || current.get() == is/>
                            <label for=id>{v}</label>
                        </span>
                    }
                }).collect_view()}
            </div>
            <p class="field-error" role="alert">{message}</p>
        </fieldset>
    }
    .into_any()
}

#[component]
fn OthersView(form: ReviewForm) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="others-title">
            <h2 id="others-title">"Other judges"</h2>
            {match form.others.clone() {
                None if !form.has_review => view! { <p class="hint">"Other judges' scores stay hidden until you have saved your own review, if the organisers show them at all."</p> }.into_any(),
                None => view! { <p class="hint">"The organisers keep other judges' scores hidden."</p> }.into_any(),
                Some(list) if list.is_empty() => view! { <p class="hint">"No other reviews yet."</p> }.into_any(),
                Some(list) => view! {
                    <ul class="plain">
                        {list.into_iter().map(|o| view! { <li>{o.judge} ": " {format!("{:.2}", o.weighted)} " · " {o.recommendation}</li> }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}

#[component]
fn MarksForm(form: ReviewForm) -> impl IntoView {
    let action = ServerAction::<SaveMarks>::new();
    let error = action_error(action);
    let interests: Vec<(String, String)> = Interest::ALL
        .iter()
        .map(|i| (i.as_str().to_string(), i.label().to_string()))
        .collect();
    view! {
        <section class="card" aria-labelledby="marks-title">
            <h2 id="marks-title">"Your marks"</h2>
            <p class="hint">"Private to you. Staff see only how many investors starred a startup."</p>
            <FormError error/>
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="submission" value=form.submission_id.to_string()/>
                <CheckboxField label="★ On my shortlist" name="starred" initial=form.marks.starred error/>
                <Field label="Tags" name="tags" hint="Separate with commas, at most 8." initial=form.marks.tags.clone() error/>
                <SelectField label="Interest" name="interest" options=interests initial=form.marks.interest.as_str().to_string() error/>
                <div class="form-actions"><Submit label="Save marks" pending=action.pending()/></div>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn ConflictForm(submission: Uuid) -> impl IntoView {
    let action = ServerAction::<DeclareConflict>::new();
    let error = action_error(action);
    view! {
        <section class="card" aria-labelledby="conflict-title">
            <details open=move || error.get().is_some()>
                <summary id="conflict-title">"Declare a conflict of interest"</summary>
                <p class="hint">"You will no longer review this pitch or see its scores. Staff see your reason."</p>
                <FormError error/>
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="submission" value=submission.to_string()/>
                    <TextAreaField label="Reason" name="reason" hint="e.g. I advised this company. 3 to 500 characters." rows=2 error/>
                    <div class="form-actions"><Submit label="Declare conflict" pending=action.pending()/></div>
                </ActionForm>
            </details>
        </section>
    }
    .into_any()
}
