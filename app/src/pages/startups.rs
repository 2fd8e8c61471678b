//! The founders' pages: their startups, a startup's profile and team, its pitch, and
//! joining a team by invitation.

use crate::api::startups::{
    get_pitch, get_startup, my_startups, view_cofounder_invitation, InviteCofounder, JoinStartup,
    LeaveStartup, SavePitch, SaveStartup, SubmitPitch, WithdrawPitch,
};
use crate::components::forms::{
    loaded, CheckboxField, Field, FormError, SelectField, Submit, TextAreaField,
};
use crate::components::layout::{use_user, RequireRole};
use crate::notice::{PageNotice, UploadRefusalText};
use crate::pages::auth::action_error;
use domain::account::Role;
use domain::country::COUNTRIES;
use domain::startup::{Instrument, Stage, StartupInput, CURRENCIES};
use domain::submission::Status;
use domain::upload::UploadRule;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};
use wire::{PitchDetail, StartupCard, StartupDetail};

/// The `:id` of the route, with the query string: a redirect after an action (`?saved=1`)
/// changes the query, so the data is fetched again and shows what was just saved.
fn route_id() -> Memo<(String, String)> {
    let params = use_params_map();
    let location = use_location();
    Memo::new(move |_| {
        (
            params.read().get("id").unwrap_or_default(),
            location.search.get(),
        )
    })
}

pub fn status_badge(status: Status) -> impl IntoView {
    view! { <span class=format!("badge status-{}", status.as_str())>{status.label()}</span> }
}

#[component]
pub fn MyStartups() -> impl IntoView {
    let location = use_location();
    let startups = Resource::new(move || location.search.get(), |_| my_startups());
    view! {
        <section class="card" aria-labelledby="my-startups">
            <div class="card-head">
                <h2 id="my-startups">"My startups"</h2>
                <A href="/startups/new" attr:class="button primary">"Add a startup"</A>
            </div>
            <PageNotice/>
            {loaded(startups, |list: Vec<StartupCard>| {
                if list.is_empty() {
                    return view! {
                        <p class="muted">"No startup yet. Add one: its profile is reused every time you apply."</p>
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
                                            <A href=format!("/startups/{}/pitch", s.id)>"Pitch to " {p.edition_name}</A>
                                        }.into_any(),
                                        None => view! {
                                            <A href=format!("/startups/{}/pitch", s.id) attr:class="button small">"Start a pitch"</A>
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

fn options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
    prompt: &str,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), prompt.to_string()))
        .chain(
            all.iter()
                .map(|v| (code(*v).to_string(), label(*v).to_string())),
        )
        .collect()
}

#[component]
fn StartupForm(id: Option<String>, form: StartupInput) -> impl IntoView {
    let action = ServerAction::<SaveStartup>::new();
    let error = action_error(action);
    let f = form;
    let stages = options(Stage::ALL, Stage::as_str, Stage::label, "Choose a stage…");
    let instruments = options(
        Instrument::ALL,
        Instrument::as_str,
        Instrument::label,
        "Choose…",
    );
    let countries: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose a country…".to_string()))
            .chain(
                COUNTRIES
                    .iter()
                    .map(|(c, n)| (c.to_string(), n.to_string())),
            )
            .collect();
    let currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|(c, n)| (c.to_string(), format!("{c} · {n}")))
        .collect();
    let is_new = id.is_none();
    view! {
        <FormError error/>
        <ActionForm action attr:class="grid-form" attr:novalidate=true>
            <input type="hidden" name="id" value=id.unwrap_or_default()/>
            <fieldset>
                <legend>"The company"</legend>
                <Field label="Startup name" name="name" maxlength=100 required=true hint="Up to 100 characters." initial=f.name.clone() error/>
                <Field label="One-liner" name="one_liner" maxlength=140 required=true hint="What you do, in at most 140 characters." initial=f.one_liner.clone() error/>
                <TextAreaField label="Description" name="description" hint="Optional, up to 5,000 characters." initial=f.description.clone() error/>
                <Field label="Sectors" name="sectors" required=true hint="Separate with commas, at most 8, e.g. AI, Fintech, logistics." initial=f.sectors.clone() error/>
                <SelectField label="Stage" name="stage" options=stages initial=f.stage.clone() error/>
                <SelectField label="Country" name="country" options=countries initial=f.country.clone() error/>
                <Field label="City" name="city" maxlength=80 required=true initial=f.city.clone() error/>
                <Field label="Founded (year)" name="founded_year" kind="number" required=true initial=f.founded_year.clone() error/>
                <Field label="Team size" name="team_size" kind="number" required=true initial=f.team_size.clone() error/>
                <Field label="Website" name="website" hint="Optional, e.g. https://example.com" initial=f.website.clone() error/>
            </fieldset>
            <fieldset>
                <legend>"Traction (optional)"</legend>
                <Field label="Monthly revenue" name="monthly_revenue" hint="In the currency below, e.g. 120k" initial=f.monthly_revenue.clone() error/>
                <Field label="Users" name="users" initial=f.users.clone() error/>
                <Field label="Growth, % per month" name="growth_pct" initial=f.growth_pct.clone() error/>
            </fieldset>
            <fieldset>
                <legend>"Funding"</legend>
                <Field label="Amount asked" name="ask_amount" hint="e.g. 1,500,000 or 1.5m; leave empty if you are not raising." initial=f.ask_amount.clone() error/>
                <SelectField label="Currency" name="currency" options=currencies initial=f.currency.clone() error/>
                <SelectField label="Instrument" name="instrument" options=instruments initial=f.instrument.clone() error/>
                <Field label="Pre-money valuation" name="pre_money_valuation" hint="Optional." initial=f.pre_money_valuation.clone() error/>
                <Field label="Raised so far" name="raised_so_far" hint="Optional." initial=f.raised_so_far.clone() error/>
                <TextAreaField label="Use of funds" name="use_of_funds" rows=3 hint="Optional, up to 2,000 characters." initial=f.use_of_funds.clone() error/>
            </fieldset>
            <CheckboxField
                label="List us in the public showcase if we are accepted"
                name="showcase"
                hint="Only your name, one-liner, description, sectors, stage, location, website and logo are shown."
                initial=f.showcase == "on"
                error
            />
            <div class="form-actions">
                <Submit label=if is_new { "Create startup" } else { "Save profile" } pending=action.pending()/>
            </div>
        </ActionForm>
    }
}

#[component]
pub fn NewStartupPage() -> impl IntoView {
    view! {
        <Title text="Add a startup"/>
        <RequireRole role=Role::Founder>
            <header class="page-header">
                <h1>"Add a startup"</h1>
                <p class="lead">"The profile belongs to the startup: co-founders you invite share it, and it is reused when you apply again next year."</p>
            </header>
            <section class="card">
                <StartupForm id=None form=StartupInput { currency: "CNY".into(), ..Default::default() }/>
            </section>
        </RequireRole>
    }
}

#[component]
pub fn StartupPage() -> impl IntoView {
    let id = route_id();
    let startup = Resource::new(move || id.get(), |(id, _)| get_startup(id));
    view! {
        <Title text="Startup profile"/>
        {loaded(startup, |s: StartupDetail| view! { <StartupView startup=s/> })}
    }
}

#[component]
fn StartupView(startup: StartupDetail) -> impl IntoView {
    let id = startup.id.to_string();
    view! {
        <Title text=startup.form.name.clone()/>
        <header class="page-header with-logo">
            {startup.logo_url.clone().map(|src| view! { <img class="logo large" src=src alt=format!("{} logo", startup.form.name)/> })}
            <div>
                <h1>{startup.form.name.clone()}</h1>
                <p class="lead">{startup.form.one_liner.clone()}</p>
            </div>
        </header>
        <PageNotice/>
        <div class="two-columns">
            <section class="card">
                <h2>"Profile"</h2>
                <StartupForm id=Some(id.clone()) form=startup.form.clone()/>
            </section>
            <div class="stack">
                <section class="card">
                    <h2>"Pitches"</h2>
                    <ul class="plain">
                        {startup.pitches.clone().into_iter().map(|p| view! {
                            <li>
                                {status_badge(p.status)} " "
                                <A href=format!("/startups/{}/pitch?edition={}", startup.id, p.edition_id)>{p.edition_name} ": " {p.title}</A>
                            </li>
                        }).collect_view()}
                    </ul>
                    <A href=format!("/startups/{id}/pitch") attr:class="button primary">"Open the pitch for the current edition"</A>
                </section>
                <LogoUpload id=id.clone()/>
                <Team startup=startup.clone()/>
            </div>
        </div>
    }
}

#[component]
fn LogoUpload(id: String) -> impl IntoView {
    view! {
        <section class="card">
            <h2>"Logo"</h2>
            <form method="post" enctype="multipart/form-data" action=format!("/files/startups/{id}/logo")>
                <div class="field">
                    <label for="field-logo">"Logo image"</label>
                    <input id="field-logo" type="file" name="logo" accept="image/png,image/jpeg,image/webp" required aria-describedby="field-logo-hint field-logo-error"/>
                    <p class="hint" id="field-logo-hint">"PNG, JPEG or WebP, at most 2 MB. Square images look best."</p>
                    <UploadRefusalText rule=UploadRule::Logo id="field-logo-error"/>
                </div>
                <button type="submit" class="button">"Upload logo"</button>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn Team(startup: StartupDetail) -> impl IntoView {
    let invite = ServerAction::<InviteCofounder>::new();
    let invite_error = action_error(invite);
    let leave = ServerAction::<LeaveStartup>::new();
    let leave_error = action_error(leave);
    let invite_id = startup.id.to_string();
    let leave_id = startup.id.to_string();
    view! {
        <section class="card">
            <h2>"Team"</h2>
            <ul class="plain">
                {startup.members.iter().map(|m| view! {
                    <li>{m.display_name.clone()} " · " <span class="muted">{m.email.clone()}</span>
                        {m.is_you.then(|| view! { " " <span class="badge">"you"</span> })}
                    </li>
                }).collect_view()}
                {startup.pending_invites.iter().map(|e| view! {
                    <li class="muted">{e.clone()} " · invited"</li>
                }).collect_view()}
            </ul>
            {startup.can_manage_team.then(move || view! {
                <FormError error=invite_error/>
                <ActionForm action=invite>
                    <input type="hidden" name="startup_id" value=invite_id/>
                    <Field label="Invite a co-founder by email" name="email" kind="email" required=true hint="Co-founders share the startup with equal rights." error=invite_error/>
                    <Submit label="Send invitation" pending=invite.pending()/>
                </ActionForm>
                <FormError error=leave_error/>
                <ActionForm action=leave attr:class="inline-form">
                    <input type="hidden" name="startup_id" value=leave_id/>
                    <button type="submit" class="button link danger">"Leave this startup"</button>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
pub fn PitchPage() -> impl IntoView {
    let id = route_id();
    let query = use_query_map();
    let pitch = Resource::new(
        move || (id.get(), query.read().get("edition").unwrap_or_default()),
        |((id, _), edition)| get_pitch(id, edition),
    );
    view! {
        <Title text="Pitch"/>
        {loaded(pitch, |p: PitchDetail| view! { <PitchView pitch=p/> })}
    }
}

#[component]
fn PitchView(pitch: PitchDetail) -> impl IntoView {
    let save = ServerAction::<SavePitch>::new();
    let error = action_error(save);
    let submit = ServerAction::<SubmitPitch>::new();
    let submit_error = action_error(submit);
    let withdraw = ServerAction::<WithdrawPitch>::new();
    let withdraw_error = action_error(withdraw);
    let tracks: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose a track…".to_string()))
            .chain(pitch.tracks.iter().map(|t| (t.clone(), t.clone())))
            .collect();
    let submission_id = pitch.id.map(|i| i.to_string());
    let editable = pitch.locked.is_none() && pitch.team;
    let p = pitch.clone();
    view! {
        <Title text=format!("Pitch · {}", pitch.startup_name)/>
        <header class="page-header">
            <p class="eyebrow"><A href=format!("/startups/{}", pitch.startup_id)>{pitch.startup_name.clone()}</A></p>
            <h1>"Pitch to " {pitch.edition_name.clone()}</h1>
            <p class="lead">
                "Submissions close " <strong>{pitch.deadline_local.clone()}</strong> " (" {pitch.time_zone.clone()} "). Pitch days: " {pitch.pitch_days.clone()} "."
            </p>
        </header>
        <PageNotice/>
        {pitch.blind_review.then(|| view! {
            <div class="alert alert-info" role="note">
                "Judging of this edition is blind: judges do not see your startup's or your names. Pitchline masks your startup's name where you write it in the title and summary, but it cannot edit your deck, so leave your name and logo out of it."
            </div>
        })}
        <div class="two-columns">
            <div class="stack">
                <section class="card">
                    <h2>"Status"</h2>
                    <p>{status_badge(pitch.status)} " " {pitch.status.explanation()}</p>
                    {pitch.locked.clone().map(|why| view! { <div class="alert alert-info" role="status">{crate::components::problems::locked(crate::lang::use_lang(), &why)}</div> })}
                    {(!pitch.timeline.is_empty()).then(|| view! {
                        <ol class="timeline" aria-label="Timeline">
                            {pitch.timeline.iter().map(|e| view! {
                                <li><strong>{e.status.label()}</strong> " · " <time>{e.at_local.clone()}</time></li>
                            }).collect_view()}
                        </ol>
                    })}
                    {(!pitch.feedback.is_empty()).then(|| view! {
                        <h3>"Feedback from the reviewers"</h3>
                        {pitch.feedback.iter().map(|f| view! { <blockquote>{f.clone()}</blockquote> }).collect_view()}
                    })}
                </section>
                <section class="card">
                    <h2>"Pitch deck"</h2>
                    {pitch.deck.clone().map(|d| view! {
                        <p><a href=d.url download>{d.file_name}</a> " · " {d.size} " · uploaded " {d.uploaded_local}</p>
                    })}
                    {match (submission_id.clone(), editable) {
                        (Some(sid), true) => view! {
                            <form method="post" enctype="multipart/form-data" action=format!("/files/pitches/{sid}/deck")>
                                <div class="field">
                                    <label for="field-deck">{if p.deck.is_some() { "Replace the deck" } else { "Deck (PDF)" }}</label>
                                    <input id="field-deck" type="file" name="deck" accept="application/pdf" required aria-describedby="field-deck-hint field-deck-error"/>
                                    <p class="hint" id="field-deck-hint">"PDF, at most 20 MB. The current deck stays until the new one is stored."</p>
                                    <UploadRefusalText rule=UploadRule::Deck id="field-deck-error"/>
                                </div>
                                <button type="submit" class="button">"Upload deck"</button>
                            </form>
                        }.into_any(),
                        (None, true) => view! { <p class="muted">"Save your draft first, then upload the deck here."</p> }.into_any(),
                        _ => ().into_any(),
                    }}
                </section>
                {match (submission_id.clone(), pitch.status == Status::Draft && editable) {
                    (Some(sid), true) => view! {
                        <section class="card">
                            <h2>"Submit"</h2>
                            <p class="muted">"Submits the saved draft and its deck to the organisers."</p>
                            <FormError error=submit_error/>
                            <ActionForm action=submit>
                                <input type="hidden" name="submission_id" value=sid/>
                                <Submit label="Submit pitch" pending=submit.pending()/>
                            </ActionForm>
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }}
                {match (submission_id.clone(), pitch.can_withdraw) {
                    (Some(sid), true) => view! {
                        <FormError error=withdraw_error/>
                        <ActionForm action=withdraw attr:class="inline-form">
                            <input type="hidden" name="submission_id" value=sid/>
                            <button type="submit" class="button link danger">"Withdraw this pitch"</button>
                        </ActionForm>
                    }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
            <section class="card">
                <h2>"Your pitch"</h2>
                <FormError error/>
                <ActionForm action=save attr:class="grid-form" attr:novalidate=true>
                    <input type="hidden" name="startup_id" value=pitch.startup_id.to_string()/>
                    <input type="hidden" name="edition_id" value=pitch.edition_id.to_string()/>
                    <input type="hidden" name="intent" value="draft"/>
                    <fieldset disabled=!editable>
                        <SelectField label="Track" name="track" options=tracks initial=pitch.track.clone() error/>
                        <Field label="Title" name="title" maxlength=120 required=true hint="Up to 120 characters." initial=pitch.title.clone() error/>
                        <TextAreaField label="Summary" name="summary" hint="Up to 3,000 characters: problem, solution, traction, the ask." initial=pitch.summary.clone() error/>
                        <Field label="Video link" name="video_url" hint="Optional, e.g. a 2-minute demo." initial=pitch.video_url.clone() error/>
                        <TextAreaField
                            label="Availability on the pitch days"
                            name="availability"
                            rows=4
                            hint="One window per line in the edition's local time, e.g. 2026-09-15 09:00-12:00. Leave empty if you can pitch any time."
                            initial=pitch.availability.clone()
                            error
                        />
                        <p class="field-error" role="alert">{move || error.get().and_then(|e| e.field("deck"))}</p>
                        <div class="form-actions">
                            <Submit label="Save draft" pending=save.pending()/>
                        </div>
                    </fieldset>
                </ActionForm>
            </section>
        </div>
    }
}

#[component]
pub fn JoinStartupPage() -> impl IntoView {
    let query = use_query_map();
    let token = Memo::new(move |_| query.read().get("token").unwrap_or_default());
    let invitation = Resource::new(move || token.get(), view_cofounder_invitation);
    let action = ServerAction::<JoinStartup>::new();
    let error = action_error(action);
    let user = use_user().0;
    view! {
        <Title text="Join a startup"/>
        <section class="card narrow">
            <h1>"Join a startup"</h1>
            <FormError error/>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || invitation.get().map(|r| match r {
                    Err(e) => view! { <div class="alert alert-error" role="alert">{e.to_string()}</div> }.into_any(),
                    Ok(inv) => {
                        let signed_in = user.get().and_then(|u| u.ok().flatten());
                        view! {
                            <p>{inv.inviter.clone()} " invites " <strong>{inv.email.clone()}</strong> " to the team of " <strong>{inv.startup_name.clone()}</strong> "."</p>
                            <ActionForm action>
                                <input type="hidden" name="token" value=token.get()/>
                                {match (signed_in, inv.account_exists) {
                                    (Some(_), _) => view! { <Submit label="Join the team" pending=action.pending()/> }.into_any(),
                                    (None, true) => view! {
                                        <p>"You already have an account: " <A href="/login">"log in"</A> ", then open the link from the email again."</p>
                                    }.into_any(),
                                    (None, false) => view! {
                                        <Field label="Your name" name="display_name" autocomplete="name" maxlength=100 required=true error/>
                                        <Field label="Password" name="password" kind="password" autocomplete="new-password" hint="8 to 128 characters." maxlength=128 required=true error/>
                                        <Submit label="Create my account and join" pending=action.pending()/>
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
