use crate::api::editions::current_edition;
use crate::components::layout::{use_user, RequireRole};
use crate::lang::{local_time_text, t, use_lang};
use domain::account::Role;
use i18n::format::date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use wire::Edition;

#[component]
pub fn Landing() -> impl IntoView {
    let lang = use_lang();
    let user = use_user().0;
    view! {
        <Title text=""/>
        <section class="hero">
            <h1>{t!(lang, "home-title")}</h1>
            <p class="lead">{t!(lang, "home-lead")}</p>
            <Transition fallback=|| ()>
                {move || user.get().map(|r| match r.ok().flatten() {
                    Some(u) => view! {
                        <p>
                            {t!(lang, "home-welcome-back", name = u.display_name.as_str())} " "
                            <A href=crate::api::home_path(&u.roles) attr:class="button primary">{t!(lang, "home-open-workspace")}</A>
                        </p>
                    }.into_any(),
                    None => view! {
                        <p class="actions">
                            <A href="/signup" attr:class="button primary">{t!(lang, "home-sign-up-founder")}</A>
                            <A href="/login" attr:class="button">{t!(lang, "nav-log-in")}</A>
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
    let lang = use_lang();
    let edition = Resource::new(|| (), |_| current_edition());
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "home-edition-loading")}</p> }>
            {move || edition.get().map(|r| match r {
                Ok(Some(e)) => view! { <EditionCard edition=e/> }.into_any(),
                Ok(None) => view! { <p class="muted">{t!(lang, "home-no-edition")}</p> }.into_any(),
                Err(e) => view! { <div class="alert alert-error" role="alert">{e.message(lang)}</div> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn EditionCard(edition: Edition) -> impl IntoView {
    let lang = use_lang();
    let deadline = local_time_text(lang, &edition.submission_deadline_local, &edition.time_zone);
    view! {
        <section class="card edition-card" aria-label=t!(lang, "home-current-edition")>
            <p class="eyebrow">{t!(lang, "home-current-edition")}</p>
            <h2>{edition.name.clone()}</h2>
            <p>
                {edition.city.clone()} " · " {date(lang, edition.starts_on)} " – "
                {date(lang, edition.ends_on)}
            </p>
            <p>{t!(lang, "home-submissions-close", when = deadline)}</p>
            <ul class="tags">
                {edition.tracks.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn FounderHome() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "founder-home-title")/>
        <RequireRole role=Role::Founder>
            <WorkspaceHeading title=t!(lang, "founder-home-title") intro=t!(lang, "founder-home-intro")/>
            <crate::pages::agenda::MyScheduleCard/>
            <crate::pages::agenda::CalendarFeedCard/>
            <crate::pages::startups::MyStartups/>
            <crate::pages::needs::MatchingNeedsCard/>
            <CurrentEdition/>
        </RequireRole>
    }
}

#[component]
pub fn InvestorHome() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "investor-home-title")/>
        <RequireRole role=Role::Investor>
            <WorkspaceHeading title=t!(lang, "investor-home-title") intro=t!(lang, "investor-home-intro")/>
            <p class="actions">
                <A href="/investor/reviews" attr:class="button primary">{t!(lang, "investor-home-queue")}</A>
                " "
                <A href="/investor/reviews?show=starred" attr:class="button">{t!(lang, "investor-home-shortlist")}</A>
                " "
                <A href="/investor/profile" attr:class="button">{t!(lang, "investor-home-profile")}</A>
                " "
                <A href="/investor/availability" attr:class="button">{t!(lang, "availability-link")}</A>
                " "
                <A href="/judge/live" attr:class="button">{t!(lang, "live-judge-title")}</A>
            </p>
            <crate::pages::agenda::MyScheduleCard/>
            <crate::pages::agenda::CalendarFeedCard/>
            <CurrentEdition/>
        </RequireRole>
    }
}

#[component]
pub fn WorkspaceHeading(#[prop(into)] title: String, #[prop(into)] intro: String) -> impl IntoView {
    let lang = use_lang();
    let user = use_user().0;
    view! {
        <header class="page-header">
            <h1>{title}</h1>
            <p class="lead">
                <Transition fallback=|| ()>
                    {move || user.get().and_then(|r| r.ok().flatten()).map(|u| format!("{} ", t!(lang, "home-hello", name = u.display_name.as_str())))}
                </Transition>
                {intro}
            </p>
        </header>
    }
}
