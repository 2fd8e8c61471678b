use crate::api::editions::current_edition;
use crate::components::layout::{use_user, RequireRole};
use domain::account::Role;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use wire::Edition;

#[component]
pub fn Landing() -> impl IntoView {
    let user = use_user().0;
    view! {
        <Title text=""/>
        <section class="hero">
            <h1>"Pitch, judge and meet at the Global Startup Investment Conference"</h1>
            <p class="lead">
                "Founders submit their pitch, investors score and shortlist, organisers run the rounds and the meetings: all in one place."
            </p>
            <Transition fallback=|| ()>
                {move || user.get().map(|r| match r.ok().flatten() {
                    Some(u) => view! {
                        <p>
                            "Welcome back, " {u.display_name.clone()} ". "
                            <A href=crate::api::home_path(&u.roles) attr:class="button primary">"Open my workspace"</A>
                        </p>
                    }.into_any(),
                    None => view! {
                        <p class="actions">
                            <A href="/signup" attr:class="button primary">"Sign up as a founder"</A>
                            <A href="/login" attr:class="button">"Log in"</A>
                        </p>
                    }.into_any(),
                })}
            </Transition>
        </section>
        <CurrentEdition/>
    }
}

/// The current edition's key facts, shown on every home page.
#[component]
pub fn CurrentEdition() -> impl IntoView {
    let edition = Resource::new(|| (), |_| current_edition());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading the current edition…"</p> }>
            {move || edition.get().map(|r| match r {
                Ok(Some(e)) => view! { <EditionCard edition=e/> }.into_any(),
                Ok(None) => view! { <p class="muted">"No edition is open yet."</p> }.into_any(),
                Err(e) => view! { <div class="alert alert-error">{e.to_string()}</div> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn EditionCard(edition: Edition) -> impl IntoView {
    view! {
        <section class="card edition-card" aria-label="Current edition">
            <p class="eyebrow">"Current edition"</p>
            <h2>{edition.name.clone()}</h2>
            <p>
                {edition.city.clone()} " · " {edition.starts_on.format("%-d %b %Y").to_string()} " – "
                {edition.ends_on.format("%-d %b %Y").to_string()}
            </p>
            <p>
                "Submissions close " <strong>{edition.submission_deadline_local.replace('T', " ")}</strong> " (" {edition.time_zone.clone()} ")"
            </p>
            <ul class="tags">
                {edition.tracks.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn FounderHome() -> impl IntoView {
    view! {
        <Title text="Founder home"/>
        <RequireRole role=Role::Founder>
            <WorkspaceHeading title="Founder home" intro="Build your startup profile, submit your pitch before the deadline and follow its status here."/>
            <crate::pages::startups::MyStartups/>
            <CurrentEdition/>
        </RequireRole>
    }
}

#[component]
pub fn InvestorHome() -> impl IntoView {
    view! {
        <Title text="Investor home"/>
        <RequireRole role=Role::Investor>
            <WorkspaceHeading title="Investor home" intro="Your review queue, shortlist and meeting requests for the current edition live here."/>
            <p class="actions">
                <A href="/investor/reviews" attr:class="button primary">"Review queue"</A>
                " "
                <A href="/investor/reviews?show=starred" attr:class="button">"My shortlist"</A>
                " "
                <A href="/investor/profile" attr:class="button">"Profile and thesis"</A>
            </p>
            <CurrentEdition/>
        </RequireRole>
    }
}

#[component]
pub fn WorkspaceHeading(title: &'static str, intro: &'static str) -> impl IntoView {
    let user = use_user().0;
    view! {
        <header class="page-header">
            <h1>{title}</h1>
            <p class="lead">
                <Transition fallback=|| ()>
                    {move || user.get().and_then(|r| r.ok().flatten()).map(|u| format!("Hello, {}. ", u.display_name))}
                </Transition>
                {intro}
            </p>
        </header>
    }
}
