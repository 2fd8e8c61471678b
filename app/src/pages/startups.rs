//! The founders' pages: their startups, a startup's profile and team, its pitch, and
//! joining a team by invitation.

use crate::api::attendance::{get_attendance, AnswerAttendance};
use crate::api::startups::{
    get_pitch, get_startup, my_startups, view_cofounder_invitation, InviteCofounder, JoinStartup,
    LeaveStartup, SavePitch, SaveStartup, SubmitPitch, WithdrawPitch,
};
use crate::components::forms::{
    loaded, CheckboxField, Field, FieldProblems, FormError, SelectField, Submit, TextAreaField,
};
use crate::components::layout::{use_user, RequireRole};
use crate::components::{labels, problems};
use crate::lang::{local_time_text, t, use_lang};
use crate::notice::{PageNotice, UploadRefusalText};
use crate::pages::agenda::PitchSlotCard;
use crate::pages::auth::action_error;
use domain::account::Role;
use domain::lang::Lang;
use domain::startup::{Instrument, Stage, StartupInput};
use domain::submission::Status;
use domain::upload::UploadRule;
use i18n::format::date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wire::{AttendanceCard, PitchDetail, StartupCard, StartupDetail};

/// The `:id` of the route, with the query string: a redirect after an action (`?saved=1`)
/// changes the query, so the data is fetched again and shows what was just saved.
fn route_id() -> Memo<(String, String)> {
    let params = crate::route_state::params_map();
    let location = use_location();
    Memo::new(move |_| {
        (
            params.read().get("id").unwrap_or_default(),
            location.search.get(),
        )
    })
}

/// A pitch's status as a coloured badge, named in the page's language.
pub fn status_badge(status: Status) -> impl IntoView {
    let name = labels::status(use_lang(), status);
    view! { <span class=format!("badge status-{}", status.as_str())>{name}</span> }
}

#[component]
pub fn MyStartups() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let startups = Resource::new(move || location.search.get(), |_| my_startups());
    view! {
        <section class="card" aria-labelledby="my-startups">
            <div class="card-head">
                <h2 id="my-startups">{t!(lang, "nav-my-startups")}</h2>
                <A href="/startups/new" attr:class="button primary">{t!(lang, "startup-add")}</A>
            </div>
            <PageNotice/>
            {loaded(startups, move |list: Vec<StartupCard>| {
                if list.is_empty() {
                    return view! {
                        <p class="muted">{t!(lang, "startup-none-yet")}</p>
                    }.into_any();
                }
                view! {
                    <ul class="startup-list">
                        {list.into_iter().map(|s| view! {
                            <li class="startup-row">
                                {s.logo_url.clone().map(|src| view! { <img class="logo" src=src alt="" width="48" height="48"/> })}
                                <div>
                                    <A href=format!("/startups/{}", s.id)><strong>{s.name.clone()}</strong></A>
                                    <p class="muted">{s.one_liner.clone()}</p>
                                </div>
                                <div class="startup-pitch">
                                    {match s.current_pitch.clone() {
                                        Some(p) => view! {
                                            <span>{status_badge(p.status)}</span>
                                            <A href=format!("/startups/{}/pitch", s.id)>{t!(lang, "startup-pitch-to", edition = p.edition_name)}</A>
                                        }.into_any(),
                                        None => view! {
                                            <A href=format!("/startups/{}/pitch", s.id) attr:class="button small">{t!(lang, "startup-start-pitch")}</A>
                                        }.into_any(),
                                    }}
                                </div>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

/// A drop-down's options: the prompt, then every value named in `lang`.
fn options<T: Copy>(
    lang: Lang,
    all: &[T],
    code: fn(T) -> &'static str,
    name: fn(Lang, T) -> String,
    prompt: String,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), prompt))
        .chain(all.iter().map(|v| (code(*v).to_string(), name(lang, *v))))
        .collect()
}

#[component]
fn StartupForm(id: Option<String>, form: StartupInput) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SaveStartup>::new();
    let error = action_error(action);
    let f = form;
    let stages = options(
        lang,
        Stage::ALL,
        Stage::as_str,
        labels::stage,
        t!(lang, "startup-choose-stage"),
    );
    let instruments = options(
        lang,
        Instrument::ALL,
        Instrument::as_str,
        labels::instrument,
        t!(lang, "common-choose"),
    );
    let countries: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "startup-choose-country")))
            .chain(labels::countries(lang))
            .collect();
    let currencies = labels::currency_options(lang);
    let is_new = id.is_none();
    view! {
        <FormError error/>
        <ActionForm action attr:class="grid-form" attr:novalidate=true>
            <input type="hidden" name="id" value=id.unwrap_or_default()/>
            <fieldset>
                <legend>{t!(lang, "startup-company")}</legend>
                <Field label=t!(lang, "startup-name") name="name" maxlength=100 required=true hint=t!(lang, "startup-name-hint") initial=f.name.clone() error/>
                <Field label=t!(lang, "startup-one-liner") name="one_liner" maxlength=140 required=true hint=t!(lang, "startup-one-liner-hint") initial=f.one_liner.clone() error/>
                <TextAreaField label=t!(lang, "startup-description") name="description" hint=t!(lang, "startup-description-hint") initial=f.description.clone() error/>
                <Field label=t!(lang, "startup-sectors") name="sectors" required=true hint=t!(lang, "startup-sectors-hint") initial=f.sectors.clone() error/>
                <SelectField label=t!(lang, "startup-stage") name="stage" options=stages initial=f.stage.clone() error/>
                <SelectField label=t!(lang, "startup-country") name="country" options=countries initial=f.country.clone() error/>
                <Field label=t!(lang, "startup-city") name="city" maxlength=80 required=true initial=f.city.clone() error/>
                <Field label=t!(lang, "startup-founded") name="founded_year" kind="number" required=true initial=f.founded_year.clone() error/>
                <Field label=t!(lang, "startup-team-size") name="team_size" kind="number" required=true initial=f.team_size.clone() error/>
                <Field label=t!(lang, "startup-website") name="website" hint=t!(lang, "startup-website-hint") initial=f.website.clone() error/>
            </fieldset>
            <fieldset>
                <legend>{t!(lang, "startup-traction")}</legend>
                <Field label=t!(lang, "startup-monthly-revenue") name="monthly_revenue" hint=t!(lang, "startup-monthly-revenue-hint") initial=f.monthly_revenue.clone() error/>
                <Field label=t!(lang, "startup-users") name="users" initial=f.users.clone() error/>
                <Field label=t!(lang, "startup-growth") name="growth_pct" initial=f.growth_pct.clone() error/>
            </fieldset>
            <fieldset>
                <legend>{t!(lang, "startup-funding")}</legend>
                <Field label=t!(lang, "startup-ask") name="ask_amount" hint=t!(lang, "startup-ask-hint") initial=f.ask_amount.clone() error/>
                <SelectField label=t!(lang, "startup-currency") name="currency" options=currencies initial=f.currency.clone() error/>
                <SelectField label=t!(lang, "startup-instrument") name="instrument" options=instruments initial=f.instrument.clone() error/>
                <Field label=t!(lang, "startup-pre-money") name="pre_money_valuation" hint=t!(lang, "startup-optional") initial=f.pre_money_valuation.clone() error/>
                <Field label=t!(lang, "startup-raised") name="raised_so_far" hint=t!(lang, "startup-optional") initial=f.raised_so_far.clone() error/>
                <TextAreaField label=t!(lang, "startup-use-of-funds") name="use_of_funds" rows=3 hint=t!(lang, "startup-use-of-funds-hint") initial=f.use_of_funds.clone() error/>
            </fieldset>
            <CheckboxField
                label=t!(lang, "startup-showcase")
                name="showcase"
                hint=t!(lang, "startup-showcase-hint")
                initial=f.showcase == "on"
                error
            />
            <div class="form-actions">
                <Submit label=if is_new { t!(lang, "startup-create") } else { t!(lang, "startup-save-profile") } pending=action.pending()/>
            </div>
        </ActionForm>
    }
}

#[component]
pub fn NewStartupPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "startup-add")/>
        <RequireRole role=Role::Founder>
            <header class="page-header">
                <h1>{t!(lang, "startup-add")}</h1>
                <p class="lead">{t!(lang, "startup-new-lead")}</p>
            </header>
            <section class="card">
                <StartupForm id=None form=StartupInput { currency: "CNY".into(), ..Default::default() }/>
            </section>
        </RequireRole>
    }
}

#[component]
pub fn StartupPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let startup = Resource::new(move || id.get(), |(id, _)| get_startup(id));
    view! {
        <Title text=t!(lang, "startup-profile-title")/>
        {loaded(startup, |s: StartupDetail| view! { <StartupView startup=s/> })}
    }
}

#[component]
fn StartupView(startup: StartupDetail) -> impl IntoView {
    let lang = use_lang();
    let id = startup.id.to_string();
    view! {
        <Title text=startup.form.name.clone()/>
        <header class="page-header with-logo">
            {startup.logo_url.clone().map(|src| view! { <img class="logo large" src=src alt=t!(lang, "startup-logo-alt", name = startup.form.name.as_str())/> })}
            <div>
                <h1>{startup.form.name.clone()}</h1>
                <p class="lead">{startup.form.one_liner.clone()}</p>
            </div>
        </header>
        <PageNotice/>
        <div class="two-columns">
            <section class="card">
                <h2>{t!(lang, "startup-profile")}</h2>
                <StartupForm id=Some(id.clone()) form=startup.form.clone()/>
            </section>
            <div class="stack">
                <section class="card">
                    <h2>{t!(lang, "startup-pitches")}</h2>
                    <ul class="plain">
                        {startup.pitches.clone().into_iter().map(|p| view! {
                            <li>
                                {status_badge(p.status)} " "
                                <A href=format!("/startups/{}/pitch?edition={}", startup.id, p.edition_id)>{t!(lang, "startup-pitch-item", edition = p.edition_name, title = p.title)}</A>
                            </li>
                        }).collect_view()}
                    </ul>
                    <A href=format!("/startups/{id}/pitch") attr:class="button primary">{t!(lang, "startup-open-pitch")}</A>
                </section>
                <LogoUpload id=id.clone()/>
                <Team startup=startup.clone()/>
            </div>
        </div>
    }
}

#[component]
fn LogoUpload(id: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card">
            <h2>{t!(lang, "startup-logo")}</h2>
            <form method="post" enctype="multipart/form-data" action=format!("/files/startups/{id}/logo")>
                <div class="field">
                    <label for="field-logo">{t!(lang, "startup-logo-image")}</label>
                    <input id="field-logo" type="file" name="logo" accept="image/png,image/jpeg,image/webp" required aria-describedby="field-logo-hint field-logo-error"/>
                    <p class="hint" id="field-logo-hint">{t!(lang, "startup-logo-hint")}</p>
                    <UploadRefusalText rule=UploadRule::Logo id="field-logo-error"/>
                </div>
                <button type="submit" class="button">{t!(lang, "startup-upload-logo")}</button>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn Team(startup: StartupDetail) -> impl IntoView {
    let lang = use_lang();
    let invite = ServerAction::<InviteCofounder>::new();
    let invite_error = action_error(invite);
    let leave = ServerAction::<LeaveStartup>::new();
    let leave_error = action_error(leave);
    let invite_id = startup.id.to_string();
    let leave_id = startup.id.to_string();
    view! {
        <section class="card">
            <h2>{t!(lang, "startup-team")}</h2>
            <ul class="plain">
                {startup.members.iter().map(|m| view! {
                    <li>{m.display_name.clone()} " · " <span class="muted">{m.email.clone()}</span>
                        {m.is_you.then(|| view! { " " <span class="badge">{t!(lang, "startup-you")}</span> })}
                    </li>
                }).collect_view()}
                {startup.pending_invites.iter().map(|e| view! {
                    <li class="muted">{t!(lang, "startup-invited", email = e.as_str())}</li>
                }).collect_view()}
            </ul>
            {startup.can_manage_team.then(move || view! {
                <FormError error=invite_error/>
                <ActionForm action=invite>
                    <input type="hidden" name="startup_id" value=invite_id/>
                    <Field label=t!(lang, "startup-invite") name="email" kind="email" required=true hint=t!(lang, "startup-invite-hint") error=invite_error/>
                    <Submit label=t!(lang, "startup-send-invitation") pending=invite.pending()/>
                </ActionForm>
                <FormError error=leave_error/>
                <ActionForm action=leave attr:class="inline-form">
                    <input type="hidden" name="startup_id" value=leave_id/>
                    <button type="submit" class="button link danger">{t!(lang, "startup-leave")}</button>
                </ActionForm>
            })}
        </section>
    }
}

/// "Confirm you will pitch": an accepted pitch's team confirms or declines (with an
/// optional reason) until the edition's confirmation deadline; staff read the answer.
#[component]
/// An accepted pitch's attendance card and its slot: a team that declined reads that its
/// slot is released instead of the slot.
fn AttendanceSection(
    submission: uuid::Uuid,
    edition: uuid::Uuid,
    startup: uuid::Uuid,
) -> impl IntoView {
    use domain::attendance::Answer;
    let lang = use_lang();
    let card = Resource::new(move || submission.to_string(), get_attendance);
    view! {
        <Suspense fallback=|| ()>
            {move || card.get().map(|r| match r {
                Ok(Some(c)) => {
                    let declined = c.mark.as_ref().is_some_and(|m| m.answer == Answer::Declined);
                    view! {
                        <AttendanceCardView card=c/>
                        {if declined {
                            view! {
                                <section class="card" aria-labelledby="pitch-slot" id="slot">
                                    <h2 id="pitch-slot">{t!(lang, "pitch-slot-title")}</h2>
                                    <p><strong>{t!(lang, "pitch-slot-released")}</strong></p>
                                    <p class="muted">{t!(lang, "pitch-slot-released-why")}</p>
                                </section>
                            }.into_any()
                        } else {
                            view! { <PitchSlotCard edition startup/> }.into_any()
                        }}
                    }.into_any()
                }
                _ => view! { <PitchSlotCard edition startup/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn AttendanceCardView(card: AttendanceCard) -> impl IntoView {
    use domain::attendance::{Answer, Closed};
    let lang = use_lang();
    // One action for both forms: a refusal shows once, above them.
    let action = ServerAction::<AnswerAttendance>::new();
    let error = action_error(action);
    let zone = card.time_zone.clone();
    let at = move |local: &str| local_time_text(lang, local, &zone);
    let deadline = at(&card.deadline_local);
    let answered = card.mark.clone().map(|m| {
        let when = at(&m.answered_local);
        let said = match m.answer {
            Answer::Confirmed => t!(lang, "attendance-you-confirmed", when = when),
            Answer::Declined => t!(lang, "attendance-you-declined", when = when),
        };
        let reason = (!m.reason.is_empty()).then(|| {
            view! { <p class="muted">{t!(lang, "attendance-your-reason")} " " <q class="pre-line">{m.reason.clone()}</q></p> }
        });
        view! { <p><strong>{said}</strong></p> {reason} }
    });
    let open = card.closed.is_none() && card.team;
    let confirmed = card
        .mark
        .as_ref()
        .is_some_and(|m| m.answer == Answer::Confirmed);
    let state = match card.closed {
        None if card.mark.is_some() => t!(lang, "attendance-change", deadline = deadline.as_str()),
        None => t!(lang, "attendance-ask", deadline = deadline.as_str()),
        Some(Closed::PastDeadline) => t!(lang, "attendance-closed", deadline = deadline.as_str()),
        Some(Closed::NotAsked) => t!(lang, "attendance-not-asked"),
        Some(Closed::NotAccepted) => String::new(),
    };
    let sid = card.submission_id.to_string();
    let sid2 = sid.clone();
    view! {
        <section class="card attendance" id="attendance" aria-labelledby="attendance-title">
            <h2 id="attendance-title">{t!(lang, "attendance-heading")}</h2>
            {answered}
            {(!state.is_empty()).then(|| view! { <p class="muted">{state}</p> })}
            {open.then(|| view! {
                <FormError error/>
                <ActionForm action attr:class="inline-form attendance-confirm">
                    <input type="hidden" name="submission" value=sid/>
                    <input type="hidden" name="answer" value="confirm"/>
                    // Once confirmed, confirming again is no longer the thing to do.
                    <button type="submit" class=if confirmed { "button" } else { "button primary" } disabled=move || action.pending().get()>
                        {if confirmed { t!(lang, "attendance-confirm-again") } else { t!(lang, "attendance-confirm") }}
                    </button>
                </ActionForm>
                <details class="attendance-decline" open=move || error.get().is_some_and(|e| e.field("reason").is_some())>
                    <summary>{t!(lang, "attendance-decline-open")}</summary>
                    <ActionForm action>
                        <input type="hidden" name="submission" value=sid2/>
                        <input type="hidden" name="answer" value="decline"/>
                        <TextAreaField label=t!(lang, "attendance-reason") name="reason" hint=t!(lang, "attendance-reason-hint") rows=3 error/>
                        <button type="submit" class="button danger" disabled=move || action.pending().get()>{t!(lang, "attendance-decline")}</button>
                    </ActionForm>
                </details>
            })}
        </section>
    }
}

#[component]
pub fn PitchPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let query = crate::route_state::query_map();
    let pitch = Resource::new(
        move || (id.get(), query.read().get("edition").unwrap_or_default()),
        |((id, _), edition)| get_pitch(id, edition),
    );
    view! {
        <Title text=t!(lang, "pitch-title")/>
        {loaded(pitch, |p: PitchDetail| view! { <PitchView pitch=p/> })}
    }
}

/// The pitch page's address (`?edition=…`, and `&edit=1` for the form of a submitted pitch).
fn pitch_path(pitch: &PitchDetail, edit: bool) -> String {
    let edit = if edit { "&edit=1" } else { "" };
    format!(
        "/startups/{}/pitch?edition={}{edit}",
        pitch.startup_id, pitch.edition_id
    )
}

/// The pitch as it stands, to read: a submitted pitch's summary, and what a decided or
/// locked pitch shows instead of a greyed-out form.
#[component]
fn PitchSummary(pitch: PitchDetail) -> impl IntoView {
    let lang = use_lang();
    let or_none = |text: &str, none: String| {
        if text.trim().is_empty() {
            view! { <p class="muted">{none}</p> }.into_any()
        } else {
            view! { <p class="pre-line">{text.to_string()}</p> }.into_any()
        }
    };
    view! {
        <dl class="facts pitch-summary">
            <dt>{t!(lang, "pitch-track")}</dt><dd>{pitch.track.clone()}</dd>
            <dt>{t!(lang, "pitch-title-field")}</dt><dd>{pitch.title.clone()}</dd>
            <dt>{t!(lang, "pitch-summary")}</dt><dd>{or_none(&pitch.summary, String::new())}</dd>
            <dt>{t!(lang, "pitch-video")}</dt><dd>{or_none(&pitch.video_url, t!(lang, "pitch-no-video"))}</dd>
            <dt>{t!(lang, "pitch-availability")}</dt><dd>{or_none(&pitch.availability, t!(lang, "pitch-no-availability"))}</dd>
            <dt>{t!(lang, "pitch-preferred-times")}</dt><dd>{or_none(&pitch.preferred_times, t!(lang, "pitch-no-preferred-times"))}</dd>
        </dl>
    }
}

#[component]
fn PitchView(pitch: PitchDetail) -> impl IntoView {
    let lang = use_lang();
    let query = crate::route_state::query_map();
    let save = ServerAction::<SavePitch>::new();
    let error = action_error(save);
    let submit = ServerAction::<SubmitPitch>::new();
    let submit_error = action_error(submit);
    let tracks: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "pitch-choose-track")))
            .chain(pitch.tracks.iter().map(|t| (t.clone(), t.clone())))
            .collect();
    let submission_id = pitch.id.map(|i| i.to_string());
    let editable = pitch.locked.is_none() && pitch.team;
    // An accepted team may still replace its deck (the slides shown on stage):
    // `domain::submission::deck_replaceable`.
    let accepted = pitch.status == Status::Accepted;
    let deck_open = editable || (accepted && pitch.team);
    // A draft is its form. A submitted pitch reads as a summary with an "Edit until …"
    // action (`?edit=1`, also where a failed save returns); anything else (decided,
    // under review, past the deadline, or seen by staff) is a summary only.
    let draft = pitch.status == Status::Draft;
    let editing = editable && (draft || query.read_untracked().get("edit").is_some());
    let p = pitch.clone();
    let zone = pitch.time_zone.clone();
    let at = move |local: &str| local_time_text(lang, local, &zone);
    let summary_pitch = pitch.clone();
    let deadline_text = at(&pitch.deadline_local);
    let heading = if pitch.status == Status::Submitted {
        t!(lang, "pitch-summary-heading")
    } else {
        t!(lang, "pitch-decided-heading")
    };
    let edit_href = pitch_path(&pitch, true);
    let summary_href = pitch_path(&pitch, false);
    let withdraw_href = format!(
        "/startups/{}/pitch/withdraw?edition={}",
        pitch.startup_id, pitch.edition_id
    );
    view! {
        <Title text=t!(lang, "pitch-page-title", startup = pitch.startup_name.as_str())/>
        <header class="page-header">
            <p class="eyebrow"><A href=format!("/startups/{}", pitch.startup_id)>{pitch.startup_name.clone()}</A></p>
            <h1>{t!(lang, "startup-pitch-to", edition = pitch.edition_name.as_str())}</h1>
            <p class="lead">
                {t!(lang, "pitch-closes")} <strong>{at(&pitch.deadline_local)}</strong> {t!(lang, "pitch-closes-end")}
                {t!(lang, "pitch-days", from = date(lang, pitch.starts_on), to = date(lang, pitch.ends_on))}
            </p>
        </header>
        <PageNotice/>
        {pitch.blind_review.then(|| view! {
            <div class="alert alert-info" role="note">{t!(lang, "pitch-blind")}</div>
        })}
        <div class="two-columns">
            <div class="stack">
                <section class="card">
                    <h2>{t!(lang, "pitch-status")}</h2>
                    <p>{status_badge(pitch.status)} " " {labels::status_explanation(lang, pitch.status)}</p>
                    {pitch.locked.as_ref().map(|why| view! { <div class="alert alert-info" role="status">{problems::locked(lang, why)}</div> })}
                    {(!pitch.timeline.is_empty()).then(|| view! {
                        <ol class="timeline" aria-label=t!(lang, "pitch-timeline")>
                            {pitch.timeline.iter().map(|e| view! {
                                <li><strong>{labels::status(lang, e.status)}</strong> " · " <time datetime=e.at_local.clone()>{at(&e.at_local)}</time></li>
                            }).collect_view()}
                        </ol>
                    })}
                    {(!pitch.feedback.is_empty()).then(|| view! {
                        <h3>{t!(lang, "pitch-feedback")}</h3>
                        {pitch.feedback.iter().map(|f| view! { <blockquote>{f.clone()}</blockquote> }).collect_view()}
                    })}
                </section>
                {match (pitch.id, pitch.status == Status::Accepted) {
                    (Some(sid), true) => view! {
                        <AttendanceSection submission=sid edition=pitch.edition_id startup=pitch.startup_id/>
                    }.into_any(),
                    (None, true) => view! { <PitchSlotCard edition=pitch.edition_id startup=pitch.startup_id/> }.into_any(),
                    _ => ().into_any(),
                }}
                {match (pitch.id, pitch.status == Status::Accepted) {
                    (Some(sid), true) => view! { <crate::pages::live::PitchAwardsCard submission=sid/> }.into_any(),
                    _ => ().into_any(),
                }}
                <section class="card" id="deck">
                    <h2>{t!(lang, "pitch-deck")}</h2>
                    {match pitch.deck.clone() {
                        Some(d) => view! {
                            <p>
                                <a href=d.url download>{d.file_name}</a> " · " {labels::file_size(lang, d.size_bytes)} " · "
                                {t!(lang, "pitch-deck-uploaded", when = at(&d.uploaded_local))}
                            </p>
                        }.into_any(),
                        None if accepted => view! {
                            <p class="empty-deck"><strong>{t!(lang, "pitch-no-deck")}</strong></p>
                            <p class="muted">{t!(lang, "pitch-no-deck-on-stage")}</p>
                        }.into_any(),
                        None => view! {
                            <p class="empty-deck"><strong>{t!(lang, "pitch-no-deck")}</strong></p>
                            <p class="muted">{t!(lang, "pitch-no-deck-why")}</p>
                        }.into_any(),
                    }}
                    {match (submission_id.clone(), deck_open) {
                        (Some(sid), true) => view! {
                            <form method="post" enctype="multipart/form-data" action=format!("/files/pitches/{sid}/deck")>
                                <div class="field">
                                    <label for="field-deck">{if p.deck.is_some() { t!(lang, "pitch-deck-replace") } else { t!(lang, "pitch-deck-pdf") }}</label>
                                    <input id="field-deck" type="file" name="deck" accept="application/pdf" required aria-describedby="field-deck-hint field-deck-error"/>
                                    <p class="hint" id="field-deck-hint">{t!(lang, "pitch-deck-hint")}</p>
                                    <UploadRefusalText rule=UploadRule::Deck id="field-deck-error"/>
                                </div>
                                <button type="submit" class="button">{t!(lang, "pitch-upload-deck")}</button>
                            </form>
                        }.into_any(),
                        (None, true) => view! { <p class="muted">{t!(lang, "pitch-save-first")}</p> }.into_any(),
                        _ => ().into_any(),
                    }}
                </section>
                {match (submission_id.clone(), draft && editable) {
                    (Some(sid), true) => view! {
                        <section class="card">
                            <h2>{t!(lang, "pitch-submit")}</h2>
                            <p class="muted">{t!(lang, "pitch-submit-explained")}</p>
                            <FormError error=submit_error/>
                            <FieldProblems error=submit_error/>
                            <ActionForm action=submit>
                                <input type="hidden" name="submission_id" value=sid/>
                                <Submit label=t!(lang, "pitch-submit-pitch") pending=submit.pending()/>
                            </ActionForm>
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }}
                {(submission_id.is_some() && pitch.can_withdraw).then(|| view! {
                    <p><a class="button link danger" href=withdraw_href>{t!(lang, "pitch-withdraw")}</a></p>
                })}
            </div>
            {if editing {
                view! {
                    <section class="card">
                        <h2>{t!(lang, "pitch-yours")}</h2>
                        <FormError error/>
                        <ActionForm action=save attr:class="grid-form" attr:novalidate=true>
                            <input type="hidden" name="startup_id" value=pitch.startup_id.to_string()/>
                            <input type="hidden" name="edition_id" value=pitch.edition_id.to_string()/>
                            <input type="hidden" name="intent" value=if draft { "draft" } else { "changes" }/>
                            <SelectField label=t!(lang, "pitch-track") name="track" options=tracks initial=pitch.track.clone() error/>
                            <Field label=t!(lang, "pitch-title-field") name="title" maxlength=120 required=true hint=t!(lang, "pitch-title-hint") initial=pitch.title.clone() error/>
                            <TextAreaField label=t!(lang, "pitch-summary") name="summary" hint=t!(lang, "pitch-summary-hint") initial=pitch.summary.clone() error/>
                            <Field label=t!(lang, "pitch-video") name="video_url" hint=t!(lang, "pitch-video-hint") initial=pitch.video_url.clone() error/>
                            <TextAreaField
                                label=t!(lang, "pitch-availability")
                                name="availability"
                                rows=4
                                hint=t!(lang, "pitch-availability-hint", example = pitch.starts_on.to_string())
                                initial=pitch.availability.clone()
                                error
                            />
                            <TextAreaField
                                label=t!(lang, "pitch-preferred-times")
                                name="preferred_times"
                                rows=3
                                hint=t!(lang, "pitch-preferred-times-hint")
                                initial=pitch.preferred_times.clone()
                                error
                            />
                            <p class="field-error" role="alert">{move || error.get().and_then(|e| e.field("deck"))}</p>
                            <div class="form-actions">
                                <Submit label=if draft { t!(lang, "pitch-save-draft") } else { t!(lang, "pitch-save-changes") } pending=save.pending()/>
                                {(!draft).then(|| view! { <a href=summary_href.clone()>{t!(lang, "pitch-view-summary")}</a> })}
                            </div>
                        </ActionForm>
                    </section>
                }.into_any()
            } else {
                view! {
                    <section class="card" aria-labelledby="pitch-summary-heading">
                        <h2 id="pitch-summary-heading">{heading}</h2>
                        <PitchSummary pitch=summary_pitch/>
                        {editable.then(|| view! {
                            <p class="form-actions">
                                <a class="button primary" href=edit_href.clone()>{t!(lang, "pitch-edit-until", deadline = deadline_text.as_str())}</a>
                            </p>
                        })}
                    </section>
                }.into_any()
            }}
        </div>
    }
}

/// The step before withdrawing: what it means, then one button (a plain form post).
#[component]
pub fn WithdrawPitchPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let query = crate::route_state::query_map();
    let pitch = Resource::new(
        move || (id.get(), query.read().get("edition").unwrap_or_default()),
        |((id, _), edition)| get_pitch(id, edition),
    );
    view! {
        <Title text=t!(lang, "pitch-withdraw-confirm-title")/>
        {loaded(pitch, |p: PitchDetail| view! { <WithdrawConfirmation pitch=p/> })}
    }
}

#[component]
fn WithdrawConfirmation(pitch: PitchDetail) -> impl IntoView {
    let lang = use_lang();
    let withdraw = ServerAction::<WithdrawPitch>::new();
    let error = action_error(withdraw);
    let back = pitch_path(&pitch, false);
    let edition = pitch.edition_name.clone();
    let body = match pitch.id.filter(|_| pitch.can_withdraw) {
        None => view! {
            <p>{t!(lang, "pitch-withdraw-not-possible")}</p>
            {pitch.locked.as_ref().map(|why| view! { <p class="muted">{problems::locked(lang, why)}</p> })}
            <p><a href=back.clone()>{t!(lang, "pitch-view-summary")}</a></p>
        }
        .into_any(),
        Some(sid) => view! {
            <p>{t!(lang, "pitch-withdraw-confirm-lead", title = pitch.title.as_str(), edition = edition.as_str())}</p>
            <ul class="consequences">
                <li>{t!(lang, "pitch-withdraw-means-final", edition = edition.as_str())}</li>
                <li>{t!(lang, "pitch-withdraw-means-judges")}</li>
                {domain::submission::withdrawal_frees_a_place(pitch.status).then(|| view! {
                    <li><strong>{t!(lang, "pitch-withdraw-means-place", status = labels::status(lang, pitch.status))}</strong></li>
                })}
            </ul>
            <FormError error/>
            <ActionForm action=withdraw attr:class="form-actions">
                <input type="hidden" name="submission_id" value=sid.to_string()/>
                <button type="submit" class="button danger">{t!(lang, "pitch-withdraw-yes")}</button>
                <a class="button" href=back.clone()>{t!(lang, "pitch-withdraw-keep")}</a>
            </ActionForm>
        }
        .into_any(),
    };
    view! {
        <section class="card narrow" aria-labelledby="withdraw-title">
            <p class="eyebrow">{pitch.startup_name.clone()}</p>
            <h1 id="withdraw-title">{t!(lang, "pitch-withdraw-confirm-title")}</h1>
            {body}
        </section>
    }
}

#[component]
pub fn JoinStartupPage() -> impl IntoView {
    let lang = use_lang();
    let query = crate::route_state::query_map();
    let token = Memo::new(move |_| query.read().get("token").unwrap_or_default());
    let invitation = Resource::new(move || token.get(), view_cofounder_invitation);
    let action = ServerAction::<JoinStartup>::new();
    let error = action_error(action);
    let user = use_user().0;
    view! {
        <Title text=t!(lang, "startup-join-title")/>
        <section class="card narrow">
            <h1>{t!(lang, "startup-join-title")}</h1>
            <FormError error/>
            <Suspense fallback=move || view! { <p class="loading">{t!(lang, "common-loading")}</p> }>
                {move || invitation.get().map(|r| match r {
                    Err(e) => view! { <div class="alert alert-error" role="alert">{e.message(lang)}</div> }.into_any(),
                    Ok(inv) => {
                        let signed_in = user.get().and_then(|u| u.ok().flatten());
                        view! {
                            <p>{t!(lang, "startup-join-invites", inviter = inv.inviter.as_str(), email = inv.email.as_str(), startup = inv.startup_name.as_str())}</p>
                            <ActionForm action>
                                <input type="hidden" name="token" value=token.get()/>
                                {match (signed_in, inv.account_exists) {
                                    (Some(_), _) => view! { <Submit label=t!(lang, "startup-join-team") pending=action.pending()/> }.into_any(),
                                    (None, true) => view! {
                                        <p>{t!(lang, "startup-join-have-account")} <A href="/login">{t!(lang, "startup-join-log-in")}</A> {t!(lang, "startup-join-then")}</p>
                                    }.into_any(),
                                    (None, false) => view! {
                                        <Field label=t!(lang, "auth-your-name") name="display_name" autocomplete="name" maxlength=100 required=true error/>
                                        <Field label=t!(lang, "auth-password") name="password" kind="password" autocomplete="new-password" hint=t!(lang, "auth-password-hint-short") maxlength=128 required=true error/>
                                        <Submit label=t!(lang, "startup-join-create") pending=action.pending()/>
                                    }.into_any(),
                                }}
                            </ActionForm>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}
